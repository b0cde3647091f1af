// Peak RSS (and wall time) of mqdesk-cli for `--list` and for one signed call that returns
// a 50-topic page from a loopback responder.
//
//   build/<dir>/tests/bench_cli [path/to/mqdesk-cli]     (default: $MQDESK_CLI)
//
// Each case runs in a child of this harness (`bench_cli --measure CASE`) so that the
// children's peak RSS (getrusage RUSAGE_CHILDREN) belongs to that one mqdesk-cli run.

#include "loopbackhttpserver.h"
#include "peakrss.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;

namespace {

QTextStream out(stdout);

int measure(const QString &cli, const QString &which)
{
    TestSupport::LoopbackHttpServer server;
    if (!server.listen())
        return 1;
    QJsonArray topics;
    for (int i = 0; i < 50; ++i)
        topics.append(QJsonObject {{"name"_L1, u"topic-%1"_s.arg(i)},
                                   {"permission"_L1, "all"_L1},
                                   {"total_read_queue_num"_L1, 8},
                                   {"total_write_queue_num"_L1, 8}});
    const QByteArray page = QJsonDocument(QJsonObject {{"topics"_L1, topics}, {"total"_L1, 16000}}).toJson();
    server.setHandler([page](const HttpRequest &) { return HttpResponse::json(200, page); });

    QStringList args;
    if (which == QLatin1String("list"))
        args = {u"--list"_s};
    else
        args = {u"--endpoint"_s,  server.url().toString(), u"--project-id"_s, u"0123456789abcdef0123456789abcdef"_s,
                u"list_topics"_s, u"instance_id=i-1"_s,    u"limit=50"_s};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLOUD_SDK_AK"_s, u"EXAMPLEAK0123456789Z"_s);
    env.insert(u"CLOUD_SDK_SK"_s, u"EXAMPLEsk0123456789abcdefghijklmnopqrstu"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(cli, args);
    if (!finished.wait(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << "mqdesk-cli failed: " << process.readAllStandardError() << Qt::endl;
        return 1;
    }
    const qint64 ms = timer.elapsed();
    out << TestSupport::childrenPeakRssKiB() << ' ' << ms << ' ' << process.readAllStandardOutput().size() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--measure"))
        return measure(args.at(3), args.at(2));

    const QString cli = args.size() > 1 ? args.at(1) : QString::fromLocal8Bit(qgetenv("MQDESK_CLI"));
    if (cli.isEmpty()) {
        QTextStream(stderr) << "usage: bench_cli path/to/mqdesk-cli (or set MQDESK_CLI)" << Qt::endl;
        return 2;
    }
    out << "mqdesk-cli peak RSS (getrusage of the child), best of 5 runs each" << Qt::endl;
    for (const QString &which : {u"list"_s, u"call"_s}) {
        qint64 bestRss = -1;
        qint64 bestMs = -1;
        QByteArray outputBytes;
        for (int run = 0; run < 5; ++run) {
            QProcess harness;
            harness.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, which, cli});
            if (!harness.waitForFinished(120000) || harness.exitCode() != 0) {
                QTextStream(stderr) << "measurement failed: " << harness.readAllStandardError() << Qt::endl;
                return 1;
            }
            const QList<QByteArray> fields = harness.readAllStandardOutput().trimmed().split(' ');
            const qint64 rss = fields.value(0).toLongLong();
            const qint64 ms = fields.value(1).toLongLong();
            outputBytes = fields.value(2);
            if (bestRss < 0 || rss < bestRss)
                bestRss = rss;
            if (bestMs < 0 || ms < bestMs)
                bestMs = ms;
        }
        out << (which == QLatin1String("list") ? "--list                       " : "list_topics (50-topic page)  ")
            << "peak RSS " << (bestRss >= 0 ? QString::number(bestRss / 1024.0, 'f', 1) + u" MiB"_s : u"n/a"_s)
            << ", wall " << bestMs << " ms, stdout " << outputBytes << " bytes" << Qt::endl;
    }
    return 0;
}
