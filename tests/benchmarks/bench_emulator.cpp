// mqdesk-emulator start-up time, as a user sees it: from process start to the "listening on"
// line, with the --demo data (cold: empty data dir, seeds everything; warm: restart on the
// seeded dir) and without it. Runs the real executable ($MQDESK_EMULATOR, else the one next to
// this build). Prints the median and the spread of N runs.
// Run: bench_emulator [runs]   (default 5)
#include "emulatorprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
    QList<qint64> ms;
    qint64 median() const
    {
        QList<qint64> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? -1 : sorted.at(sorted.size() / 2);
    }
    qint64 min() const { return ms.isEmpty() ? -1 : *std::min_element(ms.cbegin(), ms.cend()); }
    qint64 max() const { return ms.isEmpty() ? -1 : *std::max_element(ms.cbegin(), ms.cend()); }
};

qint64 timedStart(TestSupport::EmulatorProcess &emulator)
{
    QElapsedTimer timer;
    timer.start();
    if (!emulator.start(120000)) {
        std::fprintf(stderr, "start failed: %s\n", qPrintable(emulator.errorString()));
        return -1;
    }
    return timer.elapsed();
}

void print(const char *name, const Figures &figures)
{
    std::printf("%-34s median %6lld ms   min %6lld ms   max %6lld ms   (%lld runs)\n", name,
                static_cast<long long>(figures.median()), static_cast<long long>(figures.min()),
                static_cast<long long>(figures.max()), static_cast<long long>(figures.ms.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("MQDESK_EMULATOR")) {
        const QString sibling =
            QDir(QCoreApplication::applicationDirPath()).filePath(u"../src/emulator/mqdesk-emulator"_s);
        qputenv("MQDESK_EMULATOR", QFile::encodeName(QDir::cleanPath(sibling)));
    }
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    std::printf("mqdesk-emulator start-up (%s)\n", qPrintable(TestSupport::EmulatorProcess::executable()));

    Figures coldDemo, warmDemo, coldEmpty, warmEmpty;
    for (int i = 0; i < runs; ++i) {
        for (const bool demo : {true, false}) {
            QTemporaryDir dir;
            TestSupport::EmulatorProcess emulator;
            emulator.setDataDir(dir.path());
            if (demo)
                emulator.setExtraArguments({u"--demo"_s});
            const qint64 cold = timedStart(emulator);
            if (cold < 0 || !emulator.stop())
                return 1;
            const qint64 warm = timedStart(emulator);
            if (warm < 0 || !emulator.stop())
                return 1;
            (demo ? coldDemo : coldEmpty).ms.append(cold);
            (demo ? warmDemo : warmEmpty).ms.append(warm);
        }
    }
    print("cold start, --demo (seeding)", coldDemo);
    print("warm restart, --demo (seeded dir)", warmDemo);
    print("cold start, empty", coldEmpty);
    print("warm restart, empty", warmEmpty);
    return 0;
}
