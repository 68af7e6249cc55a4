#pragma once
// For the remote-engine tests: a real `takt serve` process on 127.0.0.1 that can be stopped
// and started again on the same port and data directory (a server restart as users see it).
// Header-only; needs TAKT_EXECUTABLE.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace TaktTest {

class TaktServe
{
public:
    TaktServe() = default;
    ~TaktServe() { stop(); }

    /// Starts `takt serve` (on the port it had before, if it ran already) and waits until it
    /// has written its server.json. False if it did not come up within 30 s. `extra` goes
    /// after the other arguments (e.g. --tls-cert FILE --tls-key FILE).
    bool start(const QStringList &extra = {})
    {
        QFile::remove(QDir(m_data.path()).filePath(QStringLiteral("server.json")));
        m_process.setProgram(QStringLiteral(TAKT_EXECUTABLE));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--data"), m_data.path(),
                                           QStringLiteral("--listen"), listen}
                               + extra);
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        const QString info = QDir(m_data.path()).filePath(QStringLiteral("server.json"));
        QElapsedTimer timer;
        timer.start();
        while (!QFile::exists(info) && timer.elapsed() < 30'000 && m_process.state() == QProcess::Running)
            QTest::qWait(20);
        QFile file(info);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_url = QUrl(QJsonDocument::fromJson(file.readAll()).object()[u"url"].toString());
        m_port = quint16(m_url.port());
        QFile tokenFile(QDir(m_data.path()).filePath(QStringLiteral("token")));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return false;
        m_token = QString::fromLatin1(tokenFile.readAll().trimmed());
        return m_url.isValid() && m_port != 0;
    }

    /// SIGTERM, as a service manager stops it; waits until it has exited.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(20'000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QUrl url() const { return m_url; }
    quint16 port() const { return m_port; }
    QString token() const { return m_token; }
    QString dataDir() const { return m_data.path(); }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    QUrl m_url;
    quint16 m_port = 0;
    QString m_token;
};

} // namespace TaktTest
