// bench_events: how fast committed changes reach clients of the live-events socket, beside the
// limit measured in the same run: bare QWebSocketServer → QWebSocket text frames of the same
// size on the same loopback, in the same single thread (server and clients share it in both).
//
//     build/tests/bench/server/bench_events [--events 20000] [--clients 10]

#include <engine/scheduler/enginecore.h>
#include <engine/server/accesstoken.h>
#include <engine/server/apiserver.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Takt;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) * 1e-9;
}

/// Runs the event loop until `done` or 120 s.
template<typename Done>
bool spin(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

struct Counter
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    qint64 frames = 0;
    qint64 events = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int events = args.contains(u"--events"_qs) ? args.value(args.indexOf(u"--events"_qs) + 1).toInt() : 20000;
    const int clients = args.contains(u"--clients"_qs) ? args.value(args.indexOf(u"--clients"_qs) + 1).toInt() : 10;

    QTemporaryDir dir;
    EngineCore::Options options;
    options.dataDir = dir.path();
    EngineCore core(options);
    if (!core.start()) {
        std::fprintf(stderr, "engine did not start\n");
        return 1;
    }
    const QString token = AccessToken::loadOrCreateToken(dir.path()).value();
    ApiServer server(&core, token);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0).value();
    JobSpec spec;
    spec.name = u"bench"_qs;
    spec.command = {u"true"_qs};
    (void)core.createJob(spec);

    // A job event as the clients get it, for the size of the limit's frames.
    QByteArray sample;
    {
        QWebSocket probe;
        probe.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/events"_qs.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QObject::connect(&probe, &QWebSocket::textMessageReceived, [&](const QString &text) {
            if (text.contains(u"\"type\":\"job\""))
                sample = text.toUtf8();
        });
        probe.open(request);
        spin([&] { return probe.state() == QAbstractSocket::ConnectedState; });
        (void)core.setJobPaused(u"bench"_qs, true);
        spin([&] { return !sample.isEmpty(); });
    }

    const auto openClients = [&](int count, const QUrl &url, bool withToken) {
        std::vector<std::unique_ptr<Counter>> list;
        for (int i = 0; i < count; ++i) {
            auto counter = std::make_unique<Counter>();
            Counter *c = counter.get();
            c->socket->setProxy(QNetworkProxy::NoProxy);
            QObject::connect(c->socket.get(), &QWebSocket::textMessageReceived, [c](const QString &text) {
                ++c->frames;
                if (text.contains(u"\"id\":"))
                    ++c->events;
            });
            QNetworkRequest request(url);
            if (withToken)
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            c->socket->open(request);
            list.push_back(std::move(counter));
        }
        spin([&] {
            return std::all_of(list.begin(), list.end(), [](const auto &c) { return c->socket->state() == QAbstractSocket::ConnectedState; });
        });
        return list;
    };

    // ---- the limit: bare frames of the same size, same loopback, same thread ----
    QWebSocketServer bare(u"bench"_qs, QWebSocketServer::NonSecureMode);
    bare.listen(QHostAddress::LocalHost, 0);
    std::vector<QWebSocket *> bareSockets;
    QObject::connect(&bare, &QWebSocketServer::newConnection, [&] {
        while (QWebSocket *s = bare.nextPendingConnection())
            bareSockets.push_back(s);
    });
    auto bareClients = openClients(clients, QUrl(u"ws://127.0.0.1:%1"_qs.arg(bare.serverPort())), false);
    spin([&] { return int(bareSockets.size()) == clients; });
    QElapsedTimer timer;
    timer.start();
    const QString frame = QString::fromUtf8(sample);
    for (int i = 0; i < events; ++i) {
        for (QWebSocket *s : bareSockets)
            s->sendTextMessage(frame);
        if (i % 256 == 0)
            QCoreApplication::processEvents();
    }
    spin([&] { return std::all_of(bareClients.begin(), bareClients.end(), [&](const auto &c) { return c->frames >= events; }); });
    const double bareSeconds = seconds(timer);

    // Latency of one bare frame to every client.
    std::vector<double> bareLatency;
    for (int i = 0; i < 500; ++i) {
        const qint64 target = bareClients.front()->frames + 1;
        QElapsedTimer one;
        one.start();
        for (QWebSocket *s : bareSockets)
            s->sendTextMessage(frame);
        spin([&] { return std::all_of(bareClients.begin(), bareClients.end(), [&](const auto &c) { return c->frames >= target; }); });
        bareLatency.push_back(one.nsecsElapsed() * 1e-6);
    }
    bareClients.clear();

    // ---- the engine alone: the same changes with nobody listening ----
    bool paused = true;
    timer.restart();
    for (int i = 0; i < events; ++i)
        (void)core.setJobPaused(u"bench"_qs, paused = !paused);
    const double engineSeconds = seconds(timer);

    // ---- takt: committed changes to `clients` event sockets ----
    auto taktClients = openClients(clients, QUrl(u"ws://127.0.0.1:%1/api/v1/events"_qs.arg(port)), true);
    QElapsedTimer settle;
    settle.start();
    spin([&] { return settle.elapsed() > 500; }); // past the wait for a resume frame
    timer.restart();
    for (int i = 0; i < events; ++i) {
        (void)core.setJobPaused(u"bench"_qs, paused = !paused);
        if (i % 256 == 0)
            QCoreApplication::processEvents();
    }
    const bool all = spin([&] { return std::all_of(taktClients.begin(), taktClients.end(), [&](const auto &c) { return c->events >= events; }); });
    const double taktSeconds = seconds(timer);

    std::vector<double> taktLatency;
    for (int i = 0; i < 500; ++i) {
        const qint64 target = taktClients.front()->events + 1;
        QElapsedTimer one;
        one.start();
        (void)core.setJobPaused(u"bench"_qs, paused = !paused);
        spin([&] { return std::all_of(taktClients.begin(), taktClients.end(), [&](const auto &c) { return c->events >= target; }); });
        taktLatency.push_back(one.nsecsElapsed() * 1e-6);
    }

    const double bareRate = events / bareSeconds;
    const double engineRate = events / engineSeconds;
    const double taktRate = events / taktSeconds;
    std::printf("bench_events: %d events of %lld bytes to %d clients, one thread\n", events, qint64(sample.size()), clients);
    std::printf("  bare QWebSocket frames to %d clients:      %9.0f frames/s per client\n", clients, bareRate);
    std::printf("  engine alone (commit + signal), no client:  %9.0f changes/s\n", engineRate);
    std::printf("  takt, change committed -> every client has it: %6.0f events/s per client%s\n", taktRate,
                all ? "" : " (NOT ALL ARRIVED)");
    std::printf("  ratio to the slower of its two limits: %.2f\n", taktRate / std::min(bareRate, engineRate));
    std::printf("  latency, one change -> all %d clients: p50 %.2f ms, p99 %.2f ms (bare frame: p50 %.2f ms, p99 %.2f ms)\n",
                clients, percentile(taktLatency, 0.5), percentile(taktLatency, 0.99), percentile(bareLatency, 0.5),
                percentile(bareLatency, 0.99));
    taktClients.clear();
    core.stop();
    return all ? 0 : 1;
}
