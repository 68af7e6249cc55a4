// RemoteEngine's live events against a real `takt serve` on 127.0.0.1: changes arrive as
// EngineApi signals; after a dropped connection (a relay cut between client and server) every
// change made meanwhile is seen exactly once, compared id by id with a client that was never
// cut; a server restart is answered with a reset and a resync; a followed log resumes from its
// offset with nothing lost or repeated; one-shot use opens no socket; wss:// with a trusted CA.
#include "taktserve.h"
#include "tcprelay.h"

#include <engine/api/logfollower.h>
#include <engine/api/remoteengine.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

using namespace Takt;
using namespace TaktTest;

namespace {

constexpr int Long = 30'000;

/// The ids of the change events a plain WebSocket client of the server gets: the truth the
/// RemoteEngine under test is compared with.
class RawEventRecorder
{
public:
    RawEventRecorder(const QUrl &server, const QString &token)
    {
        m_socket.setProxy(QNetworkProxy::NoProxy);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame[u"type"].toString() == u"hello")
                m_helloLastId = frame[u"lastEventId"].toInteger();
            else if (frame.contains(u"id"))
                m_ids.append(frame[u"id"].toInteger());
        });
        QUrl url = server;
        url.setScheme(u"ws"_qs);
        url.setPath(u"/api/v1/events"_qs);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_socket.open(request);
    }
    bool hasHello() const { return m_helloLastId >= 0; }
    qint64 helloLastId() const { return m_helloLastId; }
    QList<qint64> ids() const { return m_ids; }

private:
    QWebSocket m_socket;
    qint64 m_helloLastId = -1;
    QList<qint64> m_ids;
};

JobSpec shellJob(const QString &name, const QString &script)
{
    JobSpec spec;
    spec.name = name;
    spec.command = {u"/bin/sh"_qs, u"-c"_qs, script};
    return spec;
}

template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, Long))
        return makeError(ErrorCode::Unavailable, {}, u"no answer within 30 s"_qs);
    return future.result();
}

QUrl relayUrl(const TcpRelay &relay)
{
    return QUrl(u"http://127.0.0.1:%1"_qs.arg(relay.port()));
}

} // namespace

class tst_RemoteEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneShotUseOpensNoSocket();
    void changesArriveAsSignals();
    void readOnlyTokenMakesTheEngineReadOnly();
    void reconnectionMissesNothingAndRepeatsNothing();
    void silentNetworkIsNoticedAndRecovered();
    void serverRestartLeadsToResync();
    void logFollowResumesFromItsOffset();
    void eventsOverTls();
};

void tst_RemoteEvents::oneShotUseOpensNoSocket()
{
    TaktServe serve;
    QVERIFY(serve.start());
    RemoteEngine engine(serve.url(), serve.token());
    QVERIFY(await(engine.jobs()).isOk());
    QTest::qWait(200); // a socket opened by mistake would have said hello by now
    QVERIFY(engine.eventEpoch().isEmpty());
    QVERIFY(engine.isConnected()); // HTTP works; nothing says otherwise
}

void tst_RemoteEvents::changesArriveAsSignals()
{
    TaktServe serve;
    QVERIFY(serve.start());
    RemoteEngine viewer(serve.url(), serve.token());
    QList<Job> jobs;
    QList<RunRecord> runs;
    connect(&viewer, &EngineApi::jobChanged, this, [&](const Job &job) { jobs.append(job); });
    connect(&viewer, &EngineApi::runChanged, this, [&](const RunRecord &run) { runs.append(run); });
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long); // connecting opened the socket

    RemoteEngine writer(serve.url(), serve.token());
    QVERIFY(await(writer.createJob(shellJob(u"greet"_qs, u"echo hello"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(!jobs.isEmpty(), Long);
    QCOMPARE(jobs.last().spec.name, u"greet"_qs);

    const Result<RunRecord> started = await(writer.runJobNow(u"greet"_qs));
    QVERIFY(started.isOk());
    QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty() && runs.last().id == started->id
                                 && runs.last().state == RunState::Succeeded, Long);
    // The states came in their order: nothing after the final one.
    for (int i = 0; i + 1 < runs.size(); ++i)
        QVERIFY(!isFinal(runs.at(i).state));

    QSignalSpy removed(&viewer, &EngineApi::jobRemoved);
    QVERIFY(await(writer.deleteJob(u"greet"_qs)).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, Long);
    QCOMPARE(removed.first().first().toString(), u"greet"_qs);
}

void tst_RemoteEvents::readOnlyTokenMakesTheEngineReadOnly()
{
    TaktServe serve;
    QVERIFY(serve.start());
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(serve.url().toString() + u"/api/v1/tokens"_qs));
    request.setRawHeader("Authorization", "Bearer " + serve.token().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_qs);
    std::unique_ptr<QNetworkReply> reply(network.post(request, R"({"name":"viewer","read_only":true})"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Long);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QString readOnlyToken = QJsonDocument::fromJson(reply->readAll()).object().value(u"token").toString();
    QVERIFY(!readOnlyToken.isEmpty());

    RemoteEngine viewer(serve.url(), readOnlyToken);
    viewer.startEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long);
    QVERIFY(viewer.isConnected());
    QVERIFY(viewer.isReadOnly()); // the views disable their changing actions

    RemoteEngine admin(serve.url(), serve.token());
    admin.startEvents();
    QTRY_VERIFY_WITH_TIMEOUT(!admin.eventEpoch().isEmpty(), Long);
    QVERIFY(!admin.isReadOnly());
}

void tst_RemoteEvents::reconnectionMissesNothingAndRepeatsNothing()
{
    TaktServe serve;
    QVERIFY(serve.start());
    RawEventRecorder truth(serve.url(), serve.token());
    QTRY_VERIFY_WITH_TIMEOUT(truth.hasHello(), Long);

    TcpRelay relay(serve.port());
    RemoteEngine viewer(relayUrl(relay), serve.token());
    QList<qint64> seen;
    QStringList jobsSeen;
    connect(&viewer, &RemoteEngine::eventReceived, this, [&](qint64 id, const QString &) { seen.append(id); });
    connect(&viewer, &EngineApi::jobChanged, this, [&](const Job &job) { jobsSeen.append(job.spec.name); });
    QSignalSpy connection(&viewer, &EngineApi::connectionChanged);
    QSignalSpy resynced(&viewer, &EngineApi::resynced);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long);
    QCOMPARE(viewer.lastEventId(), truth.helloLastId());

    RemoteEngine writer(serve.url(), serve.token());
    QVERIFY(await(writer.createJob(shellJob(u"before"_qs, u"true"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(jobsSeen.contains(u"before"_qs), Long);

    // The cable is pulled: the viewer notices and keeps trying; nothing gets through.
    relay.setBlocked(true);
    relay.cut();
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isConnected(), Long);
    QCOMPARE(connection.count(), 1);
    QCOMPARE(connection.first().first().toBool(), false);
    QVERIFY(viewer.isReadOnly());

    // Meanwhile the server changes: jobs made, one run to its end.
    for (const QString &name : {u"during-1"_qs, u"during-2"_qs, u"during-3"_qs})
        QVERIFY(await(writer.createJob(shellJob(name, u"echo x"_qs))).isOk());
    const Result<RunRecord> run = await(writer.runJobNow(u"during-1"_qs));
    QVERIFY(run.isOk());
    QTRY_VERIFY_WITH_TIMEOUT(await(writer.run(run->id))->state == RunState::Succeeded, Long);
    const int idsWhileCut = int(truth.ids().size());
    QTRY_VERIFY_WITH_TIMEOUT(relay.refusedCount() > 0, Long); // it did try to come back
    QVERIFY(seen.size() < idsWhileCut);

    // Plugged in again: it reconnects by itself and resumes.
    relay.setBlocked(false);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isConnected(), Long);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), idsWhileCut, Long);
    QCOMPARE(seen, truth.ids().mid(0, idsWhileCut)); // same ids, same order: no gap, no double
    QCOMPARE(connection.count(), 2);
    QCOMPARE(connection.last().first().toBool(), true);
    QCOMPARE(resynced.count(), 0); // resumed, not reset
    QCOMPARE(jobsSeen.count(u"during-2"_qs), 1);
    QCOMPARE(jobsSeen.count(u"during-3"_qs), 1);

    // And it goes on live.
    QVERIFY(await(writer.createJob(shellJob(u"after"_qs, u"true"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(jobsSeen.contains(u"after"_qs), Long);
    QTRY_COMPARE_WITH_TIMEOUT(seen, truth.ids(), Long);
}

void tst_RemoteEvents::silentNetworkIsNoticedAndRecovered()
{
    TaktServe serve;
    QVERIFY(serve.start());
    RawEventRecorder truth(serve.url(), serve.token());
    QTRY_VERIFY_WITH_TIMEOUT(truth.hasHello(), Long);
    TcpRelay relay(serve.port());
    RemoteEngine viewer(relayUrl(relay), serve.token());
    viewer.setEventsKeepAlive(100, 800); // short, so the test need not wait 25 s
    QList<qint64> seen;
    connect(&viewer, &RemoteEngine::eventReceived, this, [&](qint64 id, const QString &) { seen.append(id); });
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long);

    // The network goes quiet: no reset, no close, just nothing. Pings go unanswered.
    relay.setSilent(true);
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isConnected(), Long);
    QVERIFY2(viewer.connectionError().contains(u"no answer"_qs), qPrintable(viewer.connectionError()));
    RemoteEngine writer(serve.url(), serve.token());
    QVERIFY(await(writer.createJob(shellJob(u"while-silent"_qs, u"true"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(!truth.ids().isEmpty(), Long);
    QVERIFY(seen.isEmpty());

    // Reconnection attempts meanwhile hang in their handshake; they are given up and retried,
    // so once the network carries bytes again the viewer is back and has everything.
    relay.setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isConnected(), Long);
    QTRY_COMPARE_WITH_TIMEOUT(seen, truth.ids(), Long);
}

void tst_RemoteEvents::serverRestartLeadsToResync()
{
    TaktServe serve;
    QVERIFY(serve.start());
    RemoteEngine viewer(serve.url(), serve.token());
    QSignalSpy connection(&viewer, &EngineApi::connectionChanged);
    QSignalSpy resynced(&viewer, &EngineApi::resynced);
    QStringList jobsSeen;
    connect(&viewer, &EngineApi::jobChanged, this, [&](const Job &job) { jobsSeen.append(job.spec.name); });
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long);
    const QString firstEpoch = viewer.eventEpoch();

    RemoteEngine writer(serve.url(), serve.token());
    QVERIFY(await(writer.createJob(shellJob(u"kept"_qs, u"true"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(jobsSeen.contains(u"kept"_qs), Long);

    serve.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isConnected(), Long);
    QVERIFY(serve.start()); // same port, same data
    QTRY_VERIFY_WITH_TIMEOUT(viewer.isConnected(), Long);
    // The new process cannot replay the old one's events: the viewer is told to read again.
    QTRY_COMPARE_WITH_TIMEOUT(resynced.count(), 1, Long);
    QVERIFY(viewer.eventEpoch() != firstEpoch);
    QCOMPARE(connection.count(), 2);

    // The job made before the restart is there when the lists are read again.
    const Result<QList<Job>> jobs = await(viewer.jobs());
    QVERIFY(jobs.isOk());
    QCOMPARE(jobs->size(), 1);
    // Events continue from the new epoch's point on.
    QVERIFY(await(writer.createJob(shellJob(u"after-restart"_qs, u"true"_qs))).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(jobsSeen.contains(u"after-restart"_qs), Long);
    QCOMPARE(jobsSeen.count(u"after-restart"_qs), 1);
}

void tst_RemoteEvents::logFollowResumesFromItsOffset()
{
    TaktServe serve;
    QVERIFY(serve.start());
    TcpRelay relay(serve.port());
    RemoteEngine viewer(relayUrl(relay), serve.token());
    RemoteEngine writer(serve.url(), serve.token());

    // Prints a line every 20 ms, then waits until the test lets it finish.
    const QString gate = serve.dataDir() + u"/gate"_qs;
    QVERIFY(await(writer.createJob(shellJob(
        u"chatty"_qs, u"for i in $(seq 1 30); do echo line $i; sleep 0.02; done; "
                      "while [ ! -e '%1' ]; do sleep 0.02; done; "
                      "for i in $(seq 31 60); do echo line $i; done"_qs.arg(gate)))).isOk());
    const Result<RunRecord> run = await(writer.runJobNow(u"chatty"_qs));
    QVERIFY(run.isOk());

    LogFollower *follower = viewer.followLog(run->id, 1, 0, this);
    QByteArray received;
    qint64 expectedOffset = 0;
    bool contiguous = true;
    connect(follower, &LogFollower::dataArrived, this, [&](int, qint64 offset, const QByteArray &data, qint64 next) {
        contiguous = contiguous && offset == expectedOffset && next == offset + data.size();
        expectedOffset = next;
        received += data;
    });
    QSignalSpy ended(follower, &LogFollower::ended);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("line 10\n"), Long);

    // Cut while the log grows; the rest is written while nothing gets through.
    relay.setBlocked(true);
    relay.cut();
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.isConnected(), Long);
    const qint64 cutAt = follower->nextOffset();
    QFile(gate).open(QIODevice::WriteOnly);
    QTRY_VERIFY_WITH_TIMEOUT(isFinal(await(writer.run(run->id))->state), Long);
    QCOMPARE(follower->nextOffset(), cutAt);
    QVERIFY(ended.isEmpty());

    relay.setBlocked(false);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, Long);
    QVERIFY(contiguous);
    QCOMPARE(ended.first().at(2).value<RunState>(), RunState::Succeeded);
    QCOMPARE(ended.first().at(3).toInt(), 0);
    // Byte for byte the file the server has: nothing lost, nothing twice.
    const Result<LogChunk> whole = await(writer.readLog(run->id, 1, 0, 16 * 1024 * 1024));
    QVERIFY(whole.isOk());
    QCOMPARE(received, whole->data);
    QVERIFY(received.contains("line 60\n"));
    QCOMPARE(received.count("line 45\n"), 1);
}

void tst_RemoteEvents::eventsOverTls()
{
    // A self-signed certificate for 127.0.0.1, made now, trusted as users do with TAKT_CA_CERT.
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_qs);
    const QString key = dir.filePath(u"key.pem"_qs);
    QProcess openssl;
    openssl.start(u"openssl"_qs, {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs, key,
                                  u"-out"_qs, cert, u"-days"_qs, u"2"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs,
                                  u"-addext"_qs, u"subjectAltName=IP:127.0.0.1"_qs});
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);
    TaktServe serve;
    QVERIFY(serve.start({u"--tls-cert"_qs, cert, u"--tls-key"_qs, key}));
    QCOMPARE(serve.url().scheme(), u"https"_qs);

    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusted = before;
    trusted.addCaCertificates(QSslCertificate::fromPath(cert));
    QSslConfiguration::setDefaultConfiguration(trusted);
    auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(before); });

    RemoteEngine viewer(serve.url(), serve.token());
    QStringList jobsSeen;
    connect(&viewer, &EngineApi::jobChanged, this, [&](const Job &job) { jobsSeen.append(job.spec.name); });
    QTRY_VERIFY_WITH_TIMEOUT(!viewer.eventEpoch().isEmpty(), Long); // wss:// came up
    RemoteEngine writer(serve.url(), serve.token());
    const Result<Job> created = await(writer.createJob(shellJob(u"secure"_qs, u"true"_qs)));
    QVERIFY2(created.isOk(), qPrintable(created.error().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(jobsSeen, QStringList{u"secure"_qs}, Long);
}

QTEST_GUILESS_MAIN(tst_RemoteEvents)
#include "tst_remoteevents.moc"
