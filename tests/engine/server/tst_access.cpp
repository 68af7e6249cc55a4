// Who may do what on a real `takt serve`: 401 without a token, named tokens stored hashed,
// 403 for a read-only token on every change, revocation that works at once (its event
// sockets closed too); and TLS: a non-loopback listen without TLS is refused, HTTPS and WSS
// with a self-signed certificate work once its CA is trusted.

#include "serveprocess.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSslCertificate>

using namespace TestServer;

class tst_Access : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noTokenIs401_data();
    void noTokenIs401();
    void namedTokensAreStoredHashed();
    void readOnlyTokenLooksButDoesNotChange_data();
    void readOnlyTokenLooksButDoesNotChange();
    void readOnlyTokenReadsAndListens();
    void fullNamedTokenChanges();
    void revokedTokenStopsAtOnce();
    void adminTokenKeepsWorking();
    void nonLoopbackWithoutTlsRefused();
    void badTlsOptions_data();
    void badTlsOptions();
    void httpsAndWss();

private:
    QByteArray snapshot();
    /// Runs the takt binary; returns exit code, with stderr in `err`.
    int takt(const QStringList &args, QByteArray *err = nullptr, QByteArray *out = nullptr);

    ServeProcess m_serve;
    QByteArray m_full;
    QByteArray m_viewer;
};

void tst_Access::initTestCase()
{
    QVERIFY(m_serve.start());
    QCOMPARE(m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"guarded"_qs}, {u"command"_qs, u"sleep 30"_qs}}).status, 201);
    const HttpReply full = m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"deploy"_qs}});
    QCOMPARE(full.status, 201);
    QCOMPARE(full.json[u"read_only"].toBool(), false);
    m_full = full.json[u"token"].toString().toLatin1();
    const HttpReply viewer = m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"viewer"_qs}, {u"read_only"_qs, true}});
    QCOMPARE(viewer.status, 201);
    QCOMPARE(viewer.json[u"read_only"].toBool(), true);
    m_viewer = viewer.json[u"token"].toString().toLatin1();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_qs).match(QString::fromLatin1(m_viewer)).hasMatch());
    QVERIFY(m_full != m_viewer);
}

QByteArray tst_Access::snapshot()
{
    return m_serve.request("GET", u"/api/v1/jobs"_qs).body + m_serve.request("GET", u"/api/v1/runs"_qs).body;
}

int tst_Access::takt(const QStringList &args, QByteArray *err, QByteArray *out)
{
    QProcess process;
    process.start(QStringLiteral(TAKT_EXECUTABLE), args);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000))
        process.kill();
    if (err)
        *err = process.readAllStandardError();
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_Access::noTokenIs401_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("list jobs, no token") << QByteArray("GET") << u"/api/v1/jobs"_qs << QByteArray();
    QTest::newRow("create job, no token") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray();
    QTest::newRow("delete job, no token") << QByteArray("DELETE") << u"/api/v1/jobs/guarded"_qs << QByteArray();
    QTest::newRow("make a token, no token") << QByteArray("POST") << u"/api/v1/tokens"_qs << QByteArray();
    QTest::newRow("wrong token") << QByteArray("DELETE") << u"/api/v1/jobs/guarded"_qs << QByteArray(64, 'f');
    QTest::newRow("a token's hash is not the token") << QByteArray("GET") << u"/api/v1/jobs"_qs
                                                     << QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex();
}

void tst_Access::noTokenIs401()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, token);
    const QByteArray before = snapshot();
    const HttpReply reply = m_serve.request(verb, path, verb == "POST" ? QByteArray("{\"name\": \"x\", \"command\": \"true\"}") : QByteArray(),
                                            token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), u"unauthorized"_qs);
    QVERIFY(!reply.errorMessage().isEmpty());
    QCOMPARE(snapshot(), before);
}

void tst_Access::namedTokensAreStoredHashed()
{
    const HttpReply list = m_serve.request("GET", u"/api/v1/tokens"_qs);
    QCOMPARE(list.status, 200);
    QStringList names;
    for (const QJsonValue &token : list.json[u"tokens"].toArray()) {
        names << token[u"name"].toString();
        QVERIFY(!token.toObject().contains(u"token")); // never the secret again
        QVERIFY(token[u"created_at"].isString());
    }
    QCOMPARE(names, (QStringList{u"deploy"_qs, u"viewer"_qs}));
    QVERIFY(!list.body.contains(m_full));

    // Nowhere in the data directory (database, WAL) is a secret, only its SHA-256.
    QByteArray everything;
    for (QDirIterator it(m_serve.dataDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(!everything.contains(m_full));
    QVERIFY(!everything.contains(m_viewer));
    QVERIFY(everything.contains(QCryptographicHash::hash(m_viewer, QCryptographicHash::Sha256).toHex()));

    // Names are unique, and "admin" is the data directory's own.
    QCOMPARE(m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"deploy"_qs}}).status, 409);
    QCOMPARE(m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"admin"_qs}}).status, 409);
}

void tst_Access::readOnlyTokenLooksButDoesNotChange_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("create job") << QByteArray("POST") << u"/api/v1/jobs"_qs << QByteArray("{\"name\": \"ro\", \"command\": \"true\"}");
    QTest::newRow("apply job") << QByteArray("PUT") << u"/api/v1/jobs/guarded"_qs << QByteArray("{\"command\": \"false\"}");
    QTest::newRow("delete job") << QByteArray("DELETE") << u"/api/v1/jobs/guarded"_qs << QByteArray();
    QTest::newRow("pause job") << QByteArray("POST") << u"/api/v1/jobs/guarded/pause"_qs << QByteArray();
    QTest::newRow("run job") << QByteArray("POST") << u"/api/v1/jobs/guarded/run"_qs << QByteArray();
    QTest::newRow("cancel run") << QByteArray("POST") << u"/api/v1/runs/1/cancel"_qs << QByteArray();
    QTest::newRow("make a token") << QByteArray("POST") << u"/api/v1/tokens"_qs << QByteArray("{\"name\": \"sneaky\"}");
    QTest::newRow("revoke a token") << QByteArray("DELETE") << u"/api/v1/tokens/deploy"_qs << QByteArray();
}

void tst_Access::readOnlyTokenLooksButDoesNotChange()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QByteArray before = snapshot();
    const QByteArray tokens = m_serve.request("GET", u"/api/v1/tokens"_qs).body;
    const HttpReply reply = m_serve.request(verb, path, body, m_viewer);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), u"forbidden"_qs);
    QVERIFY2(reply.errorMessage().contains(u"read-only"), qPrintable(reply.errorMessage()));
    QCOMPARE(snapshot(), before);
    // Token list unchanged but for last-used times.
    QCOMPARE(m_serve.request("GET", u"/api/v1/tokens"_qs).json[u"tokens"].toArray().size(),
             QJsonDocument::fromJson(tokens).object()[u"tokens"].toArray().size());
}

void tst_Access::readOnlyTokenReadsAndListens()
{
    QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs, {}, m_viewer).status, 200);
    QCOMPARE(m_serve.request("GET", u"/api/v1/jobs/guarded"_qs, {}, m_viewer).status, 200);
    QCOMPARE(m_serve.request("GET", u"/api/v1/runs"_qs, {}, m_viewer).status, 200);
    QCOMPARE(m_serve.request("GET", u"/api/v1/cron/next?expr=@daily"_qs, {}, m_viewer).status, 200);
    EventClient events;
    events.open(m_serve.url(), m_viewer);
    QVERIFY(events.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(!events.framesOfType(u"hello"_qs).isEmpty(), 20'000);
    // It sees the changes others make.
    QCOMPARE(m_serve.request("POST", u"/api/v1/jobs/guarded/pause"_qs).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!events.framesOfType(u"job"_qs).isEmpty(), 20'000);
    QCOMPARE(m_serve.request("POST", u"/api/v1/jobs/guarded/resume"_qs).status, 200);
    // Its use is recorded.
    bool used = false;
    for (const QJsonValue &token : m_serve.request("GET", u"/api/v1/tokens"_qs).json[u"tokens"].toArray())
        used |= token[u"name"].toString() == u"viewer" && token[u"last_used_at"].isString();
    QVERIFY(used);
}

void tst_Access::fullNamedTokenChanges()
{
    const HttpReply created = m_serve.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"by-deploy"_qs}, {u"command"_qs, u"true"_qs}}, m_full);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_serve.request("DELETE", u"/api/v1/jobs/by-deploy"_qs, {}, m_full).status, 204);
}

void tst_Access::revokedTokenStopsAtOnce()
{
    const HttpReply temp = m_serve.post(u"/api/v1/tokens"_qs, {{u"name"_qs, u"temp"_qs}});
    QCOMPARE(temp.status, 201);
    const QByteArray secret = temp.json[u"token"].toString().toLatin1();
    QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs, {}, secret).status, 200);
    EventClient events;
    events.open(m_serve.url(), secret);
    QVERIFY(events.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(!events.framesOfType(u"hello"_qs).isEmpty(), 20'000);

    QCOMPARE(m_serve.request("DELETE", u"/api/v1/tokens/temp"_qs).status, 204);
    QCOMPARE(m_serve.request("GET", u"/api/v1/jobs"_qs, {}, secret).status, 401);
    QTRY_VERIFY_WITH_TIMEOUT(events.isClosed(), 20'000);
    QCOMPARE(events.closeCode(), 4401);
    QVERIFY2(events.closeReason().contains(u"revoked"), qPrintable(events.closeReason()));
    EventClient again;
    again.open(m_serve.url(), secret);
    QTRY_VERIFY_WITH_TIMEOUT(again.isClosed(), 20'000);
    QCOMPARE(again.closeCode(), 4401);
    QCOMPARE(m_serve.request("DELETE", u"/api/v1/tokens/temp"_qs).status, 404);
}

void tst_Access::adminTokenKeepsWorking()
{
    // The data directory's token is full access, as before named tokens existed.
    QCOMPARE(m_serve.request("POST", u"/api/v1/jobs/guarded/pause"_qs).status, 200);
    QCOMPARE(m_serve.request("POST", u"/api/v1/jobs/guarded/resume"_qs).status, 200);
}

void tst_Access::nonLoopbackWithoutTlsRefused()
{
    QTemporaryDir dir;
    QByteArray err;
    const int code = takt({u"serve"_qs, u"--data"_qs, dir.path(), u"--listen"_qs, u"0.0.0.0:0"_qs}, &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("not a loopback address"), err.constData());
    QVERIFY2(err.contains("--tls-cert FILE --tls-key FILE"), err.constData());
    QVERIFY2(err.contains("--insecure"), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"server.json"_qs))); // it never started

    // --insecure says the network is trusted: it serves.
    ServeProcess insecure(dir.path());
    QProcess &process = insecure.process();
    process.setProgram(QStringLiteral(TAKT_EXECUTABLE));
    process.setArguments({u"serve"_qs, u"--data"_qs, dir.path(), u"--listen"_qs, u"0.0.0.0:0"_qs, u"--insecure"_qs});
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(u"server.json"_qs)), 30'000);
    insecure.stop();
}

void tst_Access::badTlsOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("cert without key") << QStringList{u"--tls-cert"_qs, u"/etc/hostname"_qs} << QByteArray("--tls-cert and --tls-key go together");
    QTest::newRow("cert not there") << QStringList{u"--tls-cert"_qs, u"/nonexistent.pem"_qs, u"--tls-key"_qs, u"/nonexistent.key"_qs}
                                    << QByteArray("--tls-cert: cannot read /nonexistent.pem");
    QTest::newRow("cert not PEM") << QStringList{u"--tls-cert"_qs, u"/etc/hostname"_qs, u"--tls-key"_qs, u"/etc/hostname"_qs}
                                  << QByteArray("--tls-cert: /etc/hostname holds no PEM certificate");
}

void tst_Access::badTlsOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(takt(QStringList{u"serve"_qs, u"--data"_qs, dir.path(), u"--listen"_qs, u"127.0.0.1:0"_qs} + options, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
}

void tst_Access::httpsAndWss()
{
    // A self-signed certificate for 127.0.0.1, made now with openssl.
    QTemporaryDir dir;
    const QString cert = dir.filePath(u"cert.pem"_qs);
    const QString key = dir.filePath(u"key.pem"_qs);
    QProcess openssl;
    openssl.start(u"openssl"_qs, {u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"rsa:2048"_qs, u"-nodes"_qs, u"-keyout"_qs, key,
                                  u"-out"_qs, cert, u"-days"_qs, u"2"_qs, u"-subj"_qs, u"/CN=127.0.0.1"_qs,
                                  u"-addext"_qs, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_qs});
    QVERIFY(openssl.waitForFinished(60'000));
    QCOMPARE(openssl.exitCode(), 0);

    ServeProcess tls;
    QVERIFY(tls.start({u"--tls-cert"_qs, cert, u"--tls-key"_qs, key}));
    QVERIFY2(tls.url().startsWith(u"https://127.0.0.1:"), qPrintable(tls.url()));

    QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    trusted.addCaCertificates(QSslCertificate::fromPath(cert));
    tls.setSslConfiguration(trusted);
    const HttpReply secure = tls.request("GET", u"/api/v1/jobs"_qs);
    QVERIFY2(secure.status == 200, qPrintable(secure.errorString));
    QCOMPARE(tls.request("GET", u"/api/v1/jobs"_qs, {}, "").status, 401);
    QCOMPARE(tls.post(u"/api/v1/jobs"_qs, {{u"name"_qs, u"secure"_qs}, {u"command"_qs, u"true"_qs}}).status, 201);

    // Without trusting the certificate: no answer (a client of its own, so that no
    // connection made with the CA is reused).
    QNetworkAccessManager untrustedNetwork;
    untrustedNetwork.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply *untrusted = untrustedNetwork.get(QNetworkRequest(QUrl(tls.url() + u"/healthz"_qs)));
    QSignalSpy untrustedDone(untrusted, &QNetworkReply::finished);
    QVERIFY(untrustedDone.wait(20'000) || untrusted->isFinished());
    QCOMPARE(untrusted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
    untrusted->deleteLater();

    // Plain HTTP on the TLS port gets nothing useful.
    QNetworkAccessManager plainNetwork;
    plainNetwork.setProxy(QNetworkProxy::NoProxy);
    QString plainUrl = tls.url();
    plainUrl.replace(u"https://"_qs, u"http://"_qs);
    QNetworkReply *plain = plainNetwork.get(QNetworkRequest(QUrl(plainUrl + u"/healthz"_qs)));
    QSignalSpy plainDone(plain, &QNetworkReply::finished);
    QVERIFY(plainDone.wait(20'000) || plain->isFinished());
    QVERIFY(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
    plain->deleteLater();

    // WSS, with the same CA.
    EventClient events;
    events.socket().setSslConfiguration(trusted);
    events.open(tls.url(), tls.token());
    QVERIFY(events.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(!events.framesOfType(u"hello"_qs).isEmpty(), 20'000);

    // The CLI with --ca-cert (and without it, a clear failure).
    QByteArray err, out;
    QCOMPARE(takt({u"jobs"_qs, u"list"_qs, u"--server"_qs, tls.url(), u"--token"_qs, QString::fromLatin1(tls.token()),
                   u"--ca-cert"_qs, cert},
                  &err, &out),
             0);
    QVERIFY2(out.contains("secure"), out.constData());
    QCOMPARE(takt({u"jobs"_qs, u"list"_qs, u"--server"_qs, tls.url(), u"--token"_qs, QString::fromLatin1(tls.token())}, &err), 1);
    QVERIFY2(!err.isEmpty(), err.constData());
}

QTEST_GUILESS_MAIN(tst_Access)
#include "tst_access.moc"
