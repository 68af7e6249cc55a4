// The terminal console against a real `takt serve`, as a user types it: `takt logs ID
// --follow` (live over the events socket, through retries and a dropped connection, exiting
// with the run's status), `takt tokens create|list|revoke`, and `takt login URL`.

#include "../server/serveprocess.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace TestServer;

namespace {

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// A TCP relay between the CLI and the server whose connections the test can cut, as a
/// network would.
class Relay : public QObject
{
public:
    explicit Relay(quint16 target) : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->setProxy(QNetworkProxy::NoProxy);
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
                connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                m_clients.append(client);
                ++m_connections;
            }
        });
    }
    QString url() const { return u"http://127.0.0.1:%1"_qs.arg(m_server.serverPort()); }
    /// Drops every open connection without a goodbye.
    void cut()
    {
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client)
                client->abort();
        }
        m_clients.clear();
    }
    int connections() const { return m_connections; }

private:
    quint16 m_target;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_clients;
    int m_connections = 0;
};

} // namespace

class tst_CliRemote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logsFollowPrintsLiveAndExitsWithTheRunsStatus();
    void logsFollowExitStatus_data();
    void logsFollowExitStatus();
    void logsFollowThroughRetries();
    void logsFollowSurvivesADroppedConnection();
    void logsFollowSurvivesAServerRestart();
    void logsFollowUnknownRun();
    void tokensCommands();
    void loginKeepsTheServerForLaterCommands();
    void loginRefusesABadToken();

private:
    Cli takt(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = cleanEnvironment());
    static QProcessEnvironment cleanEnvironment();
    QStringList data() const { return {u"--data"_qs, m_serve.dataDir()}; }
    qint64 createAndRun(const QString &name, const QJsonObject &spec);

    ServeProcess m_serve;
};

QProcessEnvironment tst_CliRemote::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"TAKT_"))
            env.remove(key);
    }
    return env;
}

Cli tst_CliRemote::takt(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TAKT_EXECUTABLE), args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void tst_CliRemote::initTestCase()
{
    QVERIFY(m_serve.start());
}

qint64 tst_CliRemote::createAndRun(const QString &name, const QJsonObject &spec)
{
    QJsonObject body = spec;
    body.insert(u"name"_qs, name);
    if (m_serve.post(u"/api/v1/jobs"_qs, body).status != 201)
        return 0;
    return m_serve.request("POST", u"/api/v1/jobs/"_qs + name + u"/run"_qs).json[u"id"].toInteger();
}

void tst_CliRemote::logsFollowPrintsLiveAndExitsWithTheRunsStatus()
{
    // The job waits for a file before it ends, so the test sees output while it runs.
    QTemporaryDir gate;
    const QString release = gate.filePath(u"release"_qs);
    const qint64 id = createAndRun(u"live"_qs, {{u"command"_qs, u"echo first; while [ ! -e '%1' ]; do sleep 0.05; done; echo last; exit 7"_qs.arg(release)}});
    QVERIFY(id > 0);

    QProcess follow;
    follow.setProcessEnvironment(cleanEnvironment());
    follow.start(QStringLiteral(TAKT_EXECUTABLE), QStringList{u"logs"_qs, QString::number(id), u"--follow"_qs} + data());
    QVERIFY(follow.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += follow.readAllStandardOutput()).contains("first\n"), 30'000);
    // Printed while the run is still running: live, not after the fact.
    QCOMPARE(m_serve.request("GET", u"/api/v1/runs/%1"_qs.arg(id)).json[u"state"].toString(), u"running"_qs);
    QCOMPARE(follow.state(), QProcess::Running);

    QFile(release).open(QIODevice::WriteOnly);
    QVERIFY(follow.waitForFinished(60'000));
    out += follow.readAllStandardOutput();
    QCOMPARE(out, QByteArray("first\nlast\n"));
    QCOMPARE(follow.exitStatus(), QProcess::NormalExit);
    QCOMPARE(follow.exitCode(), 7);
}

void tst_CliRemote::logsFollowExitStatus_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("succeeded") << u"echo ok"_qs << 0 << QByteArray("ok\n");
    QTest::newRow("exit 3") << u"echo bad; exit 3"_qs << 3 << QByteArray("bad\n");
    QTest::newRow("killed by SIGTERM") << u"echo bye; kill -TERM $$"_qs << 128 + 15 << QByteArray("bye\n");
    QTest::newRow("command not found") << u"/nonexistent/program"_qs << 127 << QByteArray();
}

void tst_CliRemote::logsFollowExitStatus()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(QByteArray, output);
    static int n = 0;
    const qint64 id = createAndRun(u"status-%1"_qs.arg(++n), {{u"command"_qs, command}});
    QVERIFY(id > 0);
    const Cli follow = takt(QStringList{u"logs"_qs, QString::number(id), u"-f"_qs} + data());
    QCOMPARE(follow.exitCode, status);
    if (!output.isEmpty())
        QCOMPARE(follow.out, output);
    // Also once the run has long ended: the whole log, the same status.
    QVERIFY(!m_serve.waitForFinalRun(id).isEmpty());
    const Cli late = takt(QStringList{u"logs"_qs, QString::number(id), u"--follow"_qs} + data());
    QCOMPARE(late.exitCode, status);
    QCOMPARE(late.out, follow.out);
}

void tst_CliRemote::logsFollowThroughRetries()
{
    const qint64 id = createAndRun(u"retrier"_qs, {{u"command"_qs, u"echo attempt; exit 5"_qs}, {u"retries"_qs, 2}, {u"retry_delay"_qs, u"100ms"_qs}});
    QVERIFY(id > 0);
    const Cli follow = takt(QStringList{u"logs"_qs, QString::number(id), u"--follow"_qs} + data());
    QCOMPARE(follow.exitCode, 5);
    QCOMPARE(follow.out, QByteArray("attempt\nattempt\nattempt\n"));
}

void tst_CliRemote::logsFollowSurvivesADroppedConnection()
{
    // Numbered lines, slowly; the connection is cut twice on the way.
    QTemporaryDir gate;
    const QString release = gate.filePath(u"release"_qs);
    const QString script = u"i=0; while [ ! -e '%1' ]; do i=$((i+1)); echo \"line $i\"; sleep 0.02; done; echo end"_qs.arg(release);
    const qint64 id = createAndRun(u"chatty"_qs, {{u"command"_qs, script}});
    QVERIFY(id > 0);

    Relay relay(QUrl(m_serve.url()).port());
    QProcess follow;
    follow.setProcessEnvironment(cleanEnvironment());
    follow.start(QStringLiteral(TAKT_EXECUTABLE),
                 {u"logs"_qs, QString::number(id), u"--follow"_qs, u"--server"_qs, relay.url(), u"--token"_qs,
                  QString::fromLatin1(m_serve.token())});
    QVERIFY(follow.waitForStarted());
    QByteArray out;
    for (int cut = 0; cut < 2; ++cut) {
        const qsizetype seen = out.size();
        QTRY_VERIFY_WITH_TIMEOUT((out += follow.readAllStandardOutput()).size() > seen + 50, 30'000);
        relay.cut();
    }
    QTRY_VERIFY_WITH_TIMEOUT(relay.connections() >= 3, 30'000); // it came back each time
    QTRY_VERIFY_WITH_TIMEOUT((out += follow.readAllStandardOutput()).size() > 200, 30'000);
    QFile(release).open(QIODevice::WriteOnly);
    // Waited for with the event loop running: the relay lives in this process.
    QTRY_VERIFY_WITH_TIMEOUT(follow.state() == QProcess::NotRunning, 60'000);
    out += follow.readAllStandardOutput();
    QCOMPARE(follow.exitCode(), 0);

    // Every line exactly once, in order: no gap, no double.
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.last(), QByteArray());
    QCOMPARE(lines[lines.size() - 2], QByteArray("end"));
    for (qsizetype i = 0; i < lines.size() - 2; ++i)
        QCOMPARE(lines[i], "line " + QByteArray::number(i + 1));
    QVERIFY(lines.size() > 20);
}

void tst_CliRemote::logsFollowSurvivesAServerRestart()
{
    // A server of its own on a fixed port, stopped and started again while a run goes on (the
    // run's supervisor keeps it running; the new server adopts it).
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString listen = u"127.0.0.1:%1"_qs.arg(probe.serverPort());
    probe.close();
    ServeProcess serve;
    QVERIFY(serve.start({u"--listen"_qs, listen}));
    QTemporaryDir gate;
    const QString release = gate.filePath(u"release"_qs);
    QCOMPARE(serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"survivor"_qs},
                                             {u"command"_qs, u"i=0; while [ ! -e '%1' ]; do i=$((i+1)); echo \"line $i\"; sleep 0.02; done; echo end"_qs.arg(release)}})
                 .status,
             201);
    const qint64 id = serve.request("POST", u"/api/v1/jobs/survivor/run"_qs).json[u"id"].toInteger();
    QVERIFY(id > 0);

    QProcess follow;
    follow.setProcessEnvironment(cleanEnvironment());
    follow.start(QStringLiteral(TAKT_EXECUTABLE), {u"logs"_qs, QString::number(id), u"--follow"_qs, u"--data"_qs, serve.dataDir()});
    QVERIFY(follow.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += follow.readAllStandardOutput()).size() > 50, 30'000);
    serve.stop();
    QCOMPARE(follow.state(), QProcess::Running); // waiting for the server to come back
    QVERIFY(serve.start({u"--listen"_qs, listen}));
    const qsizetype before = out.size();
    QTRY_VERIFY_WITH_TIMEOUT((out += follow.readAllStandardOutput()).size() > before + 100, 30'000);
    QFile(release).open(QIODevice::WriteOnly);
    QVERIFY(follow.waitForFinished(60'000));
    out += follow.readAllStandardOutput();
    QCOMPARE(follow.exitCode(), 0);
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines[lines.size() - 2], QByteArray("end"));
    for (qsizetype i = 0; i < lines.size() - 2; ++i)
        QCOMPARE(lines[i], "line " + QByteArray::number(i + 1));
}

void tst_CliRemote::logsFollowUnknownRun()
{
    const Cli follow = takt(QStringList{u"logs"_qs, u"987654"_qs, u"--follow"_qs} + data());
    QCOMPARE(follow.exitCode, 1);
    QVERIFY2(follow.err.contains("987654"), follow.err.constData());
    const Cli nowhere = takt({u"logs"_qs, u"1"_qs, u"--follow"_qs, u"--server"_qs, u"http://127.0.0.1:1"_qs, u"--token"_qs, u"x"_qs});
    QCOMPARE(nowhere.exitCode, 1);
    QVERIFY2(nowhere.err.contains("cannot reach"), nowhere.err.constData());
}

void tst_CliRemote::tokensCommands()
{
    const Cli made = takt(QStringList{u"tokens"_qs, u"create"_qs, u"laptop"_qs, u"--read-only"_qs} + data());
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}\n$"_qs).match(QString::fromLatin1(made.out)).hasMatch(), made.out.constData());
    QVERIFY2(made.err.contains("only time it is shown"), made.err.constData());
    const QString secret = QString::fromLatin1(made.out.trimmed());

    const Cli list = takt(QStringList{u"tokens"_qs, u"list"_qs} + data());
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(QRegularExpression(u"laptop\\s+read-only"_qs).match(QString::fromUtf8(list.out)).hasMatch(), list.out.constData());
    QVERIFY(!list.out.contains(secret.toLatin1()));

    // The read-only token can list but not change.
    const QStringList as{u"--server"_qs, m_serve.url(), u"--token"_qs, secret};
    QCOMPARE(takt(QStringList{u"jobs"_qs, u"list"_qs} + as).exitCode, 0);
    const Cli refused = takt(QStringList{u"jobs"_qs, u"create"_qs, u"nope"_qs, u"--schedule"_qs, u""_qs} + as + QStringList{u"--"_qs, u"true"_qs});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("read-only"), refused.err.constData());

    QCOMPARE(takt(QStringList{u"tokens"_qs, u"revoke"_qs, u"laptop"_qs} + data()).exitCode, 0);
    const Cli revoked = takt(QStringList{u"jobs"_qs, u"list"_qs} + as);
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY2(revoked.err.contains("not valid"), revoked.err.constData());
    const Cli again = takt(QStringList{u"tokens"_qs, u"revoke"_qs, u"laptop"_qs} + data());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("laptop"), again.err.constData());
    QCOMPARE(takt(QStringList{u"tokens"_qs, u"create"_qs, u"bad/name"_qs} + data()).exitCode, 1);
    QCOMPARE(takt(QStringList{u"tokens"_qs, u"frobnicate"_qs}).exitCode, 2);
}

void tst_CliRemote::loginKeepsTheServerForLaterCommands()
{
    QTemporaryDir home;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u".config"_qs));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs); // no keyring here: the 0600 file
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"seen-after-login"_qs}, {u"command"_qs, u"true"_qs}}).status, 201);
    const QString secret = m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"login"_qs}}).json[u"token"].toString();
    QVERIFY(!secret.isEmpty());

    // Without a login, a command without --server looks for a local engine (none in $HOME).
    const Cli before = takt({u"jobs"_qs, u"list"_qs}, {}, env);
    QCOMPARE(before.exitCode, 1);

    // The token from stdin, as when typed at the prompt.
    const Cli login = takt({u"login"_qs, m_serve.url()}, secret.toLatin1() + '\n', env);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY2(login.err.contains("logged in to " + m_serve.url().toLatin1()), login.err.constData());

    const Cli after = takt({u"jobs"_qs, u"list"_qs}, {}, env);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QVERIFY2(after.out.contains("seen-after-login"), after.out.constData());

    // login.json names the server, never the token.
    QFile record(home.filePath(u".config/takt/login.json"_qs));
    QVERIFY(record.open(QIODevice::ReadOnly));
    const QByteArray text = record.readAll();
    QVERIFY(text.contains(m_serve.url().toLatin1()));
    QVERIFY(!text.contains(secret.toLatin1()));

    // --token works too, and the newest login wins.
    const Cli viaOption = takt({u"login"_qs, m_serve.url(), u"--token"_qs, secret}, {}, env);
    QCOMPARE(viaOption.exitCode, 0);
    // Revoked: later commands say so.
    QCOMPARE(m_serve.request("DELETE", u"/api/v1/tokens/login"_qs).status, 204);
    const Cli revoked = takt({u"jobs"_qs, u"list"_qs}, {}, env);
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY2(revoked.err.contains("not valid"), revoked.err.constData());
}

void tst_CliRemote::loginRefusesABadToken()
{
    QTemporaryDir home;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u".config"_qs));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_qs);
    const Cli bad = takt({u"login"_qs, m_serve.url(), u"--token"_qs, QString(64, u'0')}, {}, env);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("not valid"), bad.err.constData());
    QVERIFY(!QFile::exists(home.filePath(u".config/takt/login.json"_qs))); // nothing kept
    QCOMPARE(takt({u"login"_qs, u"ftp://example.com"_qs}, {}, env).exitCode, 1);
    const Cli empty = takt({u"login"_qs, m_serve.url()}, "\n", env);
    QCOMPARE(empty.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CliRemote)
#include "tst_cliremote.moc"
