// The connect dialog refuses what cannot be a server before asking anything, naming the field;
// says why a server cannot be reached; offers the recent servers and brings back the token
// kept for the one picked; and says where tokens are kept.
#include <engine/api/credentialstore.h>
#include <views/connect/connectdialog.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

class tst_ConnectDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_qs)));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::newRow("no server") << QString() << u"t"_qs << u"Server: enter the server's URL."_qs;
        QTest::newRow("not http") << u"ftp://files.example.com"_qs << u"t"_qs
                                  << u"Server: 'ftp://files.example.com' is not an http:// or https:// URL."_qs;
        QTest::newRow("no token") << u"http://127.0.0.1:8611"_qs << QString()
                                  << u"Token: enter the server's access token."_qs;
    }

    void badInputNamesTheField()
    {
        QFETCH(QString, server);
        QFETCH(QString, token);
        QFETCH(QString, message);
        ConnectDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &ConnectDialog::connectRequested);
        QTest::keyClicks(dialog.serverEdit()->lineEdit(), server);
        QTest::keyClicks(dialog.tokenEdit(), token);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.statusLabel()->text(), message);
        QVERIFY(dialog.isVisible());
        QCOMPARE(requested.count(), 0);
    }

    void unreachableServerIsSaidSo()
    {
        // A port that was free a moment ago: nobody answers there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ConnectDialog dialog;
        dialog.show();
        QTest::keyClicks(dialog.serverEdit()->lineEdit(), u"http://127.0.0.1:%1"_qs.arg(port));
        QTest::keyClicks(dialog.tokenEdit(), u"secret"_qs);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().contains(u"cannot reach http://127.0.0.1:%1"_qs.arg(port)),
                                 30'000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.connectButton()->isEnabled()); // can be tried again
        QVERIFY(CredentialStore::recentServers().isEmpty()); // nothing kept for a failure
    }

    void recentServersBringTheirToken()
    {
        QVERIFY(CredentialStore::save(QUrl(u"http://older.example.com:8611"_qs), u"older-token"_qs).isOk());
        QVERIFY(CredentialStore::save(QUrl(u"http://newer.example.com:8611"_qs), u"newer-token"_qs).isOk());
        ConnectDialog dialog;
        dialog.show();
        QCOMPARE(dialog.storageLabel()->text(),
                 u"The token will be kept in the file ~/.config/takt/servers.json, readable only by you."_qs);
        QComboBox *server = dialog.serverEdit();
        QCOMPARE(server->count(), 2);
        QCOMPARE(server->itemText(0), u"http://newer.example.com:8611"_qs);
        QVERIFY(dialog.tokenEdit()->text().isEmpty());
        // Arrowing through the list, as a user does: each server brings its own token.
        server->setFocus();
        QTest::keyClick(server, Qt::Key_Down);
        QCOMPARE(server->currentText(), u"http://newer.example.com:8611"_qs);
        QCOMPARE(dialog.tokenEdit()->text(), u"newer-token"_qs);
        QTest::keyClick(server, Qt::Key_Down);
        QCOMPARE(server->currentText(), u"http://older.example.com:8611"_qs);
        QCOMPARE(dialog.tokenEdit()->text(), u"older-token"_qs);
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
