// Benchmark harness: time from construction to the first paint of a minimal Qt Widgets
// window, then of the console's main window (services, tree model, dock; no profile opened),
// in the same process. Prints milliseconds.
#include "appcontext.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

class PaintProbe final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

template<class Make> qint64 timeToPaint(Make make)
{
    QElapsedTimer t;
    t.start();
    PaintProbe probe;
    auto window = make();
    window->installEventFilter(&probe);
    window->show();
    if (!QTest::qWaitFor([&] { return probe.painted; }, 10000))
        return -1;
    return t.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer process;
    process.start();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "QApplication: " << process.elapsed() << " ms" << Qt::endl;
    const qint64 minimal = timeToPaint([] {
        auto w = std::make_unique<QMainWindow>();
        w->resize(1200, 800);
        return w;
    });
    QTemporaryDir dir;
    std::unique_ptr<Gui::AppServices> services;
    const qint64 console = timeToPaint([&] {
        services = std::make_unique<Gui::AppServices>(dir.filePath(QStringLiteral("bench.ini")));
        return std::make_unique<Gui::MainWindow>(services->context());
    });
    out << "minimal QMainWindow to first paint: " << minimal << " ms" << Qt::endl
        << "mqdesk main window to first paint: " << console << " ms" << Qt::endl;
    return 0;
}
