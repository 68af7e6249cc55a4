// bench_resume: a console that was cut off while a server produced N change events comes back
// and takes them in (resume → replay → jobChanged signals). Its time is printed beside the
// limit measured in the same run: a plain QWebSocket client that sends the same resume through
// a relay like it and parses each frame's JSON (what any client must do), but builds no Job
// values and emits no signals.
// Usage: bench_resume [EVENTS] (default 5000; the server keeps at least 10,000 for replay).
#include "../../engine/api/taktserve.h"
#include "../../engine/api/tcprelay.h"

#include <engine/api/remoteengine.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QWebSocket>

#include <cstdio>

using namespace Takt;
using namespace TaktTest;

namespace {

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    QTest::qWaitFor([&] { return future.isFinished(); }, 60'000);
    return future.isFinished() ? future.result() : Result<T>();
}

/// Milliseconds from the hello of a plain WebSocket resume to the last of `count` events.
double rawReplayMs(const QUrl &url, const QString &token, const QString &epoch, qint64 after, int count)
{
    QWebSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QElapsedTimer timer;
    int received = 0;
    double doneMs = -1;
    QObject::connect(&socket, &QWebSocket::connected, [&] {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
            {u"type"_qs, u"resume"_qs}, {u"epoch"_qs, epoch}, {u"after"_qs, after}}).toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(u"type").toString() == u"hello")
            timer.start();
        else if (frame.contains(u"id") && ++received == count)
            doneMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QUrl ws = url;
    ws.setScheme(u"ws"_qs);
    ws.setPath(u"/api/v1/events"_qs);
    QNetworkRequest request(ws);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    socket.open(request);
    QTest::qWaitFor([&] { return doneMs >= 0; }, 120'000);
    return doneMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? std::max(1, atoi(argv[1])) : 5000;

    TaktServe serve;
    if (!serve.start()) {
        fprintf(stderr, "bench_resume: takt serve did not start\n");
        return 1;
    }
    TcpRelay relay(serve.port());
    const QUrl viaRelay(u"http://127.0.0.1:%1"_qs.arg(relay.port()));
    RemoteEngine viewer(viaRelay, serve.token());
    int jobEvents = 0;
    double doneMs = -1;
    QElapsedTimer timer;
    QObject::connect(&viewer, &EngineApi::jobChanged, [&] {
        if (++jobEvents == events)
            doneMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&viewer, &EngineApi::connectionChanged, [&](bool up) {
        if (up)
            timer.start(); // the hello of the reconnection: the replay follows it
    });
    QTest::qWaitFor([&] { return !viewer.eventEpoch().isEmpty(); }, 30'000);

    // Cut off; meanwhile the server makes `events` job changes (pause and resume, alternately).
    relay.setBlocked(true);
    relay.cut();
    QTest::qWaitFor([&] { return !viewer.isConnected(); }, 30'000);
    const QString epoch = viewer.eventEpoch();
    const qint64 after = viewer.lastEventId();
    RemoteEngine writer(serve.url(), serve.token());
    JobSpec spec;
    spec.name = u"toggled"_qs;
    spec.command = {u"/bin/true"_qs};
    if (!await(writer.createJob(spec)).isOk()) {
        fprintf(stderr, "bench_resume: cannot create the job\n");
        return 1;
    }
    for (int i = 1; i < events; ++i)
        (void)await(writer.setJobPaused(spec.name, i % 2 == 1));
    jobEvents = 0;

    // Limit first, while the console is still cut off (so the two never share the CPU), through
    // a relay of its own: a plain client's replay of the same events.
    TcpRelay rawRelay(serve.port());
    const double rawMs = rawReplayMs(QUrl(u"http://127.0.0.1:%1"_qs.arg(rawRelay.port())), serve.token(), epoch,
                                     after, events);
    relay.setBlocked(false);
    QTest::qWaitFor([&] { return doneMs >= 0; }, 120'000);
    if (doneMs < 0 || rawMs < 0) {
        fprintf(stderr, "bench_resume: the replay did not complete (RemoteEngine %d of %d events)\n", jobEvents, events);
        return 1;
    }
    printf("replay of %d missed events after a reconnection (hello to last event, through a TCP relay on 127.0.0.1)\n",
           events);
    printf("  RemoteEngine -> jobChanged signals : %8.1f ms  (%8.0f events/s)\n", doneMs, events / doneMs * 1000.0);
    printf("  limit: plain QWebSocket + JSON     : %8.1f ms  (%8.0f events/s)\n", rawMs, events / rawMs * 1000.0);
    printf("  ratio %.2f (target <= 2: making Job values and signals costs at most what receiving costs) %s\n",
           doneMs / rawMs, doneMs / rawMs <= 2.0 ? "PASS" : "MISS");
    return 0;
}
