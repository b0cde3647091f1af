// How long Api::Pager takes to list 16,000 topics (320 pages of 50) from a loopback responder
// that answers after a simulated round trip, with 1, 4 and 6 pages in flight.
//
//   build/<dir>/tests/bench_pager [topics=16000] [rtt-ms=20]

#include "api/apiclient.h"
#include "api/pager.h"
#include "loopbackserverthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Api;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int topics = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 16000;
    const int rttMs = argc > 2 ? qMax(0, QByteArray(argv[2]).toInt()) : 20;

    TestSupport::LoopbackServerThread serverThread; // the responder's work off this thread
    TestSupport::LoopbackHttpServer *server = serverThread.server();
    server->setHandler(
        [server, topics, rttMs](const TestSupport::HttpRequest &r) -> std::optional<TestSupport::HttpResponse> {
            const QUrlQuery query(QString::fromLatin1(r.query));
            const int offset = query.queryItemValue(u"offset"_s).toInt();
            const int limit = query.queryItemValue(u"limit"_s).toInt();
            QJsonArray items;
            for (int i = offset; i < qMin(topics, offset + limit); ++i)
                items.append(QJsonObject {{"name"_L1, u"topic-%1"_s.arg(i)},
                                          {"permission"_L1, "all"_L1},
                                          {"total_read_queue_num"_L1, 8},
                                          {"total_write_queue_num"_L1, 8}});
            const auto response = TestSupport::HttpResponse::json(
                200,
                QJsonDocument(QJsonObject {{"topics"_L1, items}, {"total"_L1, topics}}).toJson(QJsonDocument::Compact));
            const int index = r.index;
            QTimer::singleShot(rttMs, server, [server, index, response] { server->respond(index, response); });
            return std::nullopt;
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
    client.setMaxParallel(8);
    Auth::Credentials aksk;
    aksk.kind = Auth::Credentials::Kind::AkSk;
    aksk.accessKey = "EXAMPLEAK0123456789Z";
    aksk.secretKey = "EXAMPLEsk0123456789abcdefghijklmnopqrstu";
    client.setCredentials(aksk);

    std::printf("Api::Pager: %d topics, pages of 50, simulated round trip %d ms\n", topics, rttMs);
    for (const int inFlight : {1, 4, 6}) {
        Pager pager(&client, u"list_topics"_s, {{u"instance_id"_s, u"i-1"_s}});
        pager.setMaxInFlight(inFlight);
        qint64 items = 0;
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&pager, &Pager::finished, &loop, [&](qint64 n) {
            items = n;
            ok = true;
            loop.quit();
        });
        QObject::connect(&pager, &Pager::failed, &loop, [&](const ApiError &e) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(e.toString()));
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        pager.start();
        loop.exec();
        if (!ok)
            return 1;
        const qint64 ms = timer.elapsed();
        std::printf("  %d in flight: %lld items in %lld ms (%d requests, %.0f items/s)\n", inFlight,
                    static_cast<long long>(items), static_cast<long long>(ms), pager.pagesRequested(),
                    ms > 0 ? items * 1000.0 / ms : 0.0);
    }
    return 0;
}
