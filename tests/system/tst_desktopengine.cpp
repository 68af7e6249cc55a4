// The desktop console's embedded engine serves the same API as `takt serve` on loopback: the
// terminal console, pointed at the same data directory, sees it and drives it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_DesktopEngine : public QObject
{
    Q_OBJECT

private:
    // Runs the terminal console; stdout, or an empty array on failure.
    static QByteArray takt(const QStringList &args, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral(TAKT_EXECUTABLE), args);
        process.waitForFinished(60'000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (*exitCode != 0)
            qWarning("takt %s: %s", qPrintable(args.join(u' ')), process.readAllStandardError().constData());
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void terminalConsoleSeesTheDesktopsEngine()
    {
        QTemporaryDir data;
        QProcess desktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
        desktop.setProcessEnvironment(env);
        desktop.setProcessChannelMode(QProcess::ForwardedChannels);
        desktop.start(QStringLiteral(TAKT_EXECUTABLE), {QStringLiteral("--data"), data.path()});
        QVERIFY(desktop.waitForStarted());
        const QString info = QDir(data.path()).filePath(QStringLiteral("server.json"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(info), 30'000);
        QFile file(info);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[u"pid"].toInteger(), desktop.processId());

        const QStringList dataArgs{QStringLiteral("--data"), data.path()};
        int code = 0;
        takt(QStringList{QStringLiteral("jobs"), QStringLiteral("create"), QStringLiteral("from-terminal"),
                         QStringLiteral("--schedule"), QStringLiteral("@daily")} + dataArgs
                 + QStringList{QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("hi")}, &code);
        QCOMPARE(code, 0);
        const QByteArray listed = takt(QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")} + dataArgs, &code);
        QCOMPARE(code, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(listed).object()[u"jobs"].toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0)[u"spec"][u"name"].toString(), QStringLiteral("from-terminal"));

        // A second engine on the same directory is refused: the desktop holds it.
        QProcess serve;
        serve.start(QStringLiteral(TAKT_EXECUTABLE), QStringList{QStringLiteral("serve")} + dataArgs);
        QVERIFY(serve.waitForFinished(30'000));
        QCOMPARE(serve.exitCode(), 1);
        QVERIFY(serve.readAllStandardError().contains("another engine (pid "));

        desktop.kill();
        desktop.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(tst_DesktopEngine)
#include "tst_desktopengine.moc"
