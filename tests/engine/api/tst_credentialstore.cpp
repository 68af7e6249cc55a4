// CredentialStore with no keyring on the session bus (as on a server or in CI): tokens go to
// ~/.config/takt/servers.json, mode 0600 from its first byte, and come back per server; the
// recent servers are listed newest first; bad input is refused with the field named.
#include <engine/api/credentialstore.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Takt;

class tst_CredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring: the file backend
    }

    void fileBackendWithoutKeyring()
    {
        QVERIFY(!CredentialStore::usesKeyring());
        QCOMPARE(CredentialStore::filePath(), m_config.filePath(u"takt/servers.json"_qs));
        QVERIFY2(CredentialStore::backendName().contains(u"servers.json, readable only by you"_qs),
                 qPrintable(CredentialStore::backendName()));
    }

    void roundTripAndMode0600()
    {
        const QUrl a(u"http://sched-a.example.com:8611"_qs);
        const QUrl b(u"https://sched-b.example.com/"_qs);
        QVERIFY(CredentialStore::save(a, u"token-a"_qs).isOk());
        QVERIFY(CredentialStore::save(b, u"token-b"_qs).isOk());

        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(CredentialStore::filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));

        const Result<QString> tokenA = CredentialStore::load(a);
        QVERIFY2(tokenA.isOk(), qPrintable(tokenA.error().message));
        QCOMPARE(tokenA.value(), u"token-a"_qs);
        const Result<QString> tokenB = CredentialStore::load(QUrl(u"https://sched-b.example.com"_qs));
        QVERIFY2(tokenB.isOk(), qPrintable(tokenB.error().message));
        QCOMPARE(tokenB.value(), u"token-b"_qs);
        const Result<QString> unknown = CredentialStore::load(QUrl(u"http://nowhere.example.com"_qs));
        QVERIFY(!unknown.isOk());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);

        // Newest first, each server once; a new token replaces the old one.
        QCOMPARE(CredentialStore::recentServers(), (QList<QUrl>{QUrl(u"https://sched-b.example.com"_qs), a}));
        QVERIFY(CredentialStore::save(a, u"token-a2"_qs).isOk());
        QCOMPARE(CredentialStore::recentServers(), (QList<QUrl>{a, QUrl(u"https://sched-b.example.com"_qs)}));
        const Result<QString> tokenA2 = CredentialStore::load(a);
        QVERIFY2(tokenA2.isOk(), qPrintable(tokenA2.error().message));
        QCOMPARE(tokenA2.value(), u"token-a2"_qs);
        QCOMPARE(::stat(QFile::encodeName(CredentialStore::filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600)); // rewriting keeps it private
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QUrl>("server");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("field");
        QTest::newRow("no host") << QUrl(u"http://"_qs) << u"t"_qs << u"server"_qs;
        QTest::newRow("empty token") << QUrl(u"http://h.example.com"_qs) << QString() << u"token"_qs;
    }

    void badInputIsRefused()
    {
        QFETCH(QUrl, server);
        QFETCH(QString, token);
        QFETCH(QString, field);
        const QList<QUrl> before = CredentialStore::recentServers();
        const Result<void> saved = CredentialStore::save(server, token);
        QVERIFY(!saved.isOk());
        QCOMPARE(saved.error().field, field);
        QCOMPARE(CredentialStore::recentServers(), before); // nothing half-written
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
