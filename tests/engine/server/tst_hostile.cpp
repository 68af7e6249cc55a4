// Hostile input against a real `takt serve`: malformed, oversized and wrongly typed bodies,
// unknown fields, path tricks, slow and dropped connections. Each gets a clear 4xx (with the
// one error shape naming the field) or is closed; nothing changes; other clients are served
// meanwhile.

#include "serveprocess.h"

#include <QTcpSocket>

using namespace TestServer;

class tst_Hostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badBodies_data();
    void badBodies();
    void oversizedBody();
    void oversizedDeclaredBodyAnsweredEarly();
    void pathTricks_data();
    void pathTricks();
    void rawPathTricks_data();
    void rawPathTricks();
    void slowRequestClosed();
    void droppedMidBody();
    void garbageRequestLine();

private:
    /// Jobs and runs as the API lists them: compared before and after each test.
    QByteArray snapshot();
    /// A raw connection to the server.
    std::unique_ptr<QTcpSocket> connectRaw();
    /// Reads until the peer closes or `timeoutMs` passes.
    QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 20'000);

    ServeProcess m_serve;
    QByteArray m_before;
    quint16 m_port = 0;
};

void tst_Hostile::initTestCase()
{
    // A short request deadline, so the slow-client test does not wait 30 s.
    QVERIFY(m_serve.start({u"--request-timeout"_qs, u"1s"_qs}));
    m_port = QUrl(m_serve.url()).port();
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"keep"_qs}, {u"command"_qs, u"true"_qs}}).status, 201);
    const HttpReply run = m_serve.request("POST", u"/api/v1/jobs/keep/run"_qs);
    QCOMPARE(run.status, 201);
    QVERIFY(!m_serve.waitForFinalRun(run.json[u"id"].toInteger()).isEmpty());
}

QByteArray tst_Hostile::snapshot()
{
    return m_serve.request("GET", u"/api/v1/jobs"_qs).body + m_serve.request("GET", u"/api/v1/runs"_qs).body
         + m_serve.request("GET", u"/api/v1/tokens"_qs).body;
}

void tst_Hostile::init()
{
    m_before = snapshot();
    QVERIFY(m_before.contains("\"keep\""));
}

void tst_Hostile::cleanup()
{
    // Nothing changed, and the server still answers.
    QCOMPARE(snapshot(), m_before);
    QCOMPARE(m_serve.request("GET", u"/healthz"_qs).status, 200);
}

std::unique_ptr<QTcpSocket> tst_Hostile::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->setProxy(QNetworkProxy::NoProxy);
    socket->connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket->waitForConnected(10'000))
        return nullptr;
    return socket;
}

QByteArray tst_Hostile::readUntilClosed(QTcpSocket &socket, int timeoutMs)
{
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        data += socket.readAll();
    }
    data += socket.readAll();
    return data;
}

void tst_Hostile::badBodies_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("malformed JSON") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray("{\"name\": \"x\", ") << 400 << u"body"_qs;
    QTest::newRow("not an object") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray("[1, 2]") << 400 << u"body"_qs;
    QTest::newRow("binary junk") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray("\x00\xff\xfe junk", 9) << 400 << u"body"_qs;
    QTest::newRow("empty body") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray(" ") << 400 << u"body"_qs;
    QTest::newRow("name is a number") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray("{\"name\": 5, \"command\": \"true\"}") << 400 << u"name"_qs;
    QTest::newRow("retries is a string") << QByteArray("POST") << u"/api/v1/jobs"_qs
                                         << QByteArray("{\"name\": \"x\", \"command\": \"true\", \"retries\": \"three\"}") << 400 << u"retries"_qs;
    QTest::newRow("env is a list") << QByteArray("POST") << u"/api/v1/jobs"_qs
                                   << QByteArray("{\"name\": \"x\", \"command\": \"true\", \"env\": [1]}") << 400 << u"env"_qs;
    QTest::newRow("unknown field") << QByteArray("POST") << u"/api/v1/jobs"_qs
                                   << QByteArray("{\"name\": \"x\", \"command\": \"true\", \"colour\": \"red\"}") << 400 << u"colour"_qs;
    QTest::newRow("unknown field on apply") << QByteArray("PUT") << u"/api/v1/jobs/keep"_qs
                                            << QByteArray("{\"command\": \"false\", \"sudo\": true}") << 400 << u"sudo"_qs;
    QTest::newRow("token: unknown field") << QByteArray("POST") << u"/api/v1/tokens"_qs
                                          << QByteArray("{\"name\": \"t\", \"admin\": true}") << 400 << u"admin"_qs;
    QTest::newRow("token: read_only a string") << QByteArray("POST") << u"/api/v1/tokens"_qs
                                               << QByteArray("{\"name\": \"t\", \"read_only\": \"yes\"}") << 400 << u"read_only"_qs;
    QTest::newRow("token: name with a slash") << QByteArray("POST") << u"/api/v1/tokens"_qs
                                              << QByteArray("{\"name\": \"../t\"}") << 400 << u"name"_qs;
    QTest::newRow("unknown query parameter") << QByteArray("GET") << u"/api/v1/runs?stat=failed"_qs << QByteArray() << 400 << u"stat"_qs;
    QTest::newRow("limit not a number") << QByteArray("GET") << u"/api/v1/runs?limit=lots"_qs << QByteArray() << 400 << u"limit"_qs;
}

void tst_Hostile::badBodies()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply reply = m_serve.request(verb, path, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), u"invalid_argument"_qs);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.errorMessage().isEmpty());
}

void tst_Hostile::oversizedBody()
{
    QByteArray body = "{\"name\": \"big\", \"command\": \"true\", \"description\": \"";
    body += QByteArray(2 * 1024 * 1024, 'x');
    body += "\"}";
    const HttpReply reply = m_serve.request("POST", u"/api/v1/jobs"_qs, body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorField(), u"body"_qs);
}

void tst_Hostile::oversizedDeclaredBodyAnsweredEarly()
{
    // A client announces 1 GB: the server answers 413 after a little over 1 MiB and does not
    // keep what follows.
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_serve.token()
                  + "\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n");
    const QByteArray chunk(64 * 1024, 'x');
    QByteArray answer;
    for (int i = 0; i < 64 && answer.isEmpty(); ++i) {
        socket->write(chunk);
        socket->waitForBytesWritten(1000);
        socket->waitForReadyRead(20);
        answer += socket->readAll();
    }
    answer += readUntilClosed(*socket, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY(answer.contains("\"field\":\"body\""));
    // Others are served meanwhile.
    QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs).status, 200);
}

void tst_Hostile::pathTricks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("deleteStatus");
    QTest::newRow("encoded slashes in a name") << u"/api/v1/jobs/..%2F..%2Fetc%2Fpasswd"_qs << 404 << u"name"_qs << 404;
    // The client resolves "%2E%2E" to "..": the request is for no route at all.
    QTest::newRow("encoded dot-dot") << u"/api/v1/jobs/%2E%2E"_qs << 404 << QString() << 404;
    QTest::newRow("NUL in a name") << u"/api/v1/jobs/keep%00evil"_qs << 404 << u"name"_qs << 404;
    QTest::newRow("very long name") << u"/api/v1/jobs/"_qs + QString(8000, u'a') << 404 << u"name"_qs << 404;
    QTest::newRow("run id not a number") << u"/api/v1/runs/abc"_qs << 400 << u"id"_qs << 405;
    QTest::newRow("run id negative") << u"/api/v1/runs/-1"_qs << 400 << u"id"_qs << 405;
    QTest::newRow("run id too large") << u"/api/v1/runs/99999999999999999999999"_qs << 400 << u"id"_qs << 405;
    QTest::newRow("run id with a slash") << u"/api/v1/runs/1%2F..%2F2/log"_qs << 400 << u"id"_qs << 405;
    QTest::newRow("run id hex") << u"/api/v1/runs/0x10"_qs << 400 << u"id"_qs << 405;
    // Tokens are only ever deleted by name: GET is not allowed there.
    QTest::newRow("token name with dots") << u"/api/v1/tokens/..%2F.."_qs << 405 << u"method"_qs << 404;
}

void tst_Hostile::pathTricks()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(int, deleteStatus);
    // Reads and deletes on the same path: neither does anything.
    const HttpReply read = m_serve.request("GET", path);
    QCOMPARE(read.status, status);
    QCOMPARE(read.errorField(), field);
    const HttpReply removed = m_serve.request("DELETE", path);
    QCOMPARE(removed.status, deleteStatus);
    QVERIFY(!removed.errorCode().isEmpty());
}

void tst_Hostile::rawPathTricks_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot-dot segments") << QByteArray("/api/v1/../../../etc/passwd");
    QTest::newRow("dot-dot after a job") << QByteArray("/api/v1/jobs/keep/../../tokens");
    QTest::newRow("absolute URL elsewhere") << QByteArray("http://example.com/etc/passwd");
    QTest::newRow("backslashes") << QByteArray("/api/v1/jobs/..\\..\\etc");
}

void tst_Hostile::rawPathTricks()
{
    QFETCH(QByteArray, target);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("DELETE " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_serve.token()
                  + "\r\nConnection: close\r\n\r\n");
    const QByteArray answer = readUntilClosed(*socket);
    // Never a success: a 4xx with the error document, or the connection closed.
    QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(300).constData());
    if (!answer.isEmpty())
        QVERIFY(answer.contains("{\"error\":{"));
}

void tst_Hostile::slowRequestClosed()
{
    // Half a request, then nothing.
    auto slow = connectRaw();
    QVERIFY(slow);
    slow->write("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_serve.token()
                + "\r\nContent-Length: 100\r\n\r\n{\"name\": \"sl");
    slow->flush();
    // Meanwhile others are served at once.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs).status, 200);
    // The stalled one gets 408 and is closed after the deadline (1 s here).
    const QByteArray answer = readUntilClosed(*slow);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    QVERIFY(answer.contains("{\"error\":{"));
    QCOMPARE(slow->state(), QAbstractSocket::UnconnectedState);

    // A connection that never sends anything is closed too.
    auto silent = connectRaw();
    QVERIFY(silent);
    QVERIFY(readUntilClosed(*silent).isEmpty());
    QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);
}

void tst_Hostile::droppedMidBody()
{
    for (int i = 0; i < 5; ++i) {
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write("POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_serve.token()
                      + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"name\": \"dropped\", \"comm");
        socket->waitForBytesWritten(1000);
        socket->abort();
        QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs).status, 200);
    }
}

void tst_Hostile::garbageRequestLine()
{
    const QList<QByteArray> garbage = {
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 a TLS hello to a plain port\r\n\r\n", 45),
        QByteArray("HELLO THERE\r\n\r\n"),
        QByteArray("GET /api/v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
        QByteArray("GET /api/v1/jobs HTTP/1.1\r\n") + QByteArray(200'000, 'X') + "\r\n\r\n",
    };
    for (const QByteArray &request : garbage) {
        auto socket = connectRaw();
        QVERIFY(socket);
        socket->write(request);
        const QByteArray answer = readUntilClosed(*socket);
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
        QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs).status, 200);
    }
}

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
