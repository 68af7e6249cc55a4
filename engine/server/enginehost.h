#pragma once
// EngineHost: what makes an engine reachable from this machine — the data directory's lock,
// the access token, the HTTP API and DATA/server.json. `takt serve` and the desktop console
// both host their engine with it, so the terminal console finds either the same way.

#include <engine/core/result.h>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace Takt {

class ApiServer;
class EngineCore;

class EngineHost final : public QObject
{
    Q_OBJECT
public:
    /// Takes the data directory's lock (DATA/engine.lock): one engine per directory, since two
    /// would run the same jobs twice. A lock left by a process that died is taken over. The
    /// error names the pid of the engine that holds it.
    static Result<std::unique_ptr<QLockFile>> lockDataDir(const QString &dataDir);

    /// `core` is not owned, must be started, and must live in this object's thread.
    explicit EngineHost(EngineCore *core, QObject *parent = nullptr);
    /// Stops serving and removes server.json.
    ~EngineHost() override;

    /// Serve HTTPS/WSS (ApiServer::loadTlsFiles); set before serve().
    void setTlsConfiguration(const QSslConfiguration &configuration) { m_tls = configuration; }
    /// See ApiServer::setRequestTimeout; set before serve().
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    /// Serves the API on address:port and writes server.json. With `anyPortIfBusy`, a port in
    /// use gives way to a free one (the desktop console; `serve` wants exactly what it was told).
    Result<QUrl> serve(const QHostAddress &address, quint16 port, bool anyPortIfBusy = false);
    QUrl url() const;

private:
    EngineCore *m_core;
    std::unique_ptr<ApiServer> m_server;
    QString m_dataDir;
    std::optional<QSslConfiguration> m_tls;
    int m_requestTimeoutMs = 0;   ///< 0 = the server's default
};

} // namespace Takt
