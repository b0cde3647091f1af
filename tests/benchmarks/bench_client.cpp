// Requests per second through Api::ApiClient against a loopback HTTP responder running in its
// own thread: sequential signed GETs (the figure for one view loading pages one by one),
// sequential token GETs (no signing, to show its cost) and signed GETs six at a time.
// Run: bench_client [requests]   (default 3000)
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "loopbackserverthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Api;

namespace {

struct Run
{
    int done = 0;
    int failed = 0;
    qint64 ms = 0;
    double cpuMs = 0; ///< process CPU time (client and server threads): robust on a busy machine
};

/// Keeps `parallel` calls going until `total` have ended; returns when all are done.
Run drive(ApiClient &client, int total, int parallel)
{
    Run run;
    int started = 0;
    QElapsedTimer timer;
    std::function<void()> startOne = [&] {
        if (started >= total)
            return;
        ++started;
        ApiRequest request;
        request.path = u"/v2/0123456789abcdef0123456789abcdef/instances"_s;
        request.query = {{u"limit"_s, u"10"_s}, {u"offset"_s, QString::number(started)}};
        request.operationId = u"list_instances"_s;
        ApiCall *call = client.send(request, nullptr);
        QObject::connect(call, &ApiCall::finished, &client, [&] {
            ++run.done;
            startOne();
        });
        QObject::connect(call, &ApiCall::failed, &client, [&](const ApiError &error) {
            if (run.failed++ == 0)
                std::fprintf(stderr, "first failure: %s\n", qPrintable(error.toString()));
            ++run.done;
            startOne();
        });
    };
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (int i = 0; i < parallel; ++i)
        startOne();
    while (run.done < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    run.ms = timer.elapsed();
    run.cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    return run;
}

void report(const char *name, const Run &run)
{
    std::printf("%-36s %6d requests in %6lld ms = %7.0f requests/s, CPU %6.1f us/request%s\n", name, run.done,
                static_cast<long long>(run.ms), run.ms > 0 ? run.done * 1000.0 / double(run.ms) : 0.0,
                run.done > 0 ? run.cpuMs * 1000.0 / run.done : 0.0, run.failed ? "  (FAILURES)" : "");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3000;

    TestSupport::LoopbackServerThread serverThread; // the server's work off this thread
    TestSupport::LoopbackHttpServer *server = serverThread.server();
    server->setHandler([](const TestSupport::HttpRequest &) {
        return TestSupport::HttpResponse::json(200, R"({"instances":[],"instance_num":0})");
    });
    if (!serverThread.start()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }

    ApiClient client;
    Endpoint endpoint;
    endpoint.dms = server->url();
    endpoint.projectId = u"0123456789abcdef0123456789abcdef"_s;
    client.setEndpoint(endpoint);
    client.requestLog()->setCapacity(5000);

    Auth::Credentials aksk;
    aksk.kind = Auth::Credentials::Kind::AkSk;
    aksk.accessKey = "EXAMPLEAK0123456789Z";
    aksk.secretKey = "EXAMPLEsk0123456789abcdefghijklmnopqrstu";
    Auth::Credentials token;
    token.kind = Auth::Credentials::Kind::IamToken;
    token.token = "MIIbenchmark-token";

    client.setCredentials(aksk);
    drive(client, 200, 1); // warm-up: connection, caches
    report("sequential signed GET", drive(client, total, 1));
    client.setCredentials(token);
    report("sequential token GET (no signing)", drive(client, total, 1));
    client.setCredentials(aksk);
    report("signed GET, 6 in parallel", drive(client, total, 6));

    return 0;
}
