#include "enginehost.h"

#include "accesstoken.h"
#include "apiserver.h"
#include "serverinfo.h"

#include <engine/core/tr.h>
#include <engine/scheduler/enginecore.h>

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace Takt {

Result<std::unique_ptr<QLockFile>> EngineHost::lockDataDir(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("engine.lock"));
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // a live engine's lock never goes stale by age; a dead one's does
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &app))
        return makeError(ErrorCode::Conflict, {},
                         Tr::tr("another engine (pid %1) is using %2").arg(pid).arg(dataDir));
    return makeError(ErrorCode::Unavailable, {}, Tr::tr("cannot lock %1").arg(path));
}

EngineHost::EngineHost(EngineCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_dataDir(core->dataDir())
{
}

EngineHost::~EngineHost()
{
    if (m_server) {
        m_server->close();
        ServerInfo::remove(m_dataDir);
    }
}

Result<QUrl> EngineHost::serve(const QHostAddress &address, quint16 port, bool anyPortIfBusy)
{
    const Result<QString> token = AccessToken::loadOrCreateToken(m_dataDir);
    if (!token)
        return token.error();
    auto server = std::make_unique<ApiServer>(m_core, token.value());
    if (m_tls)
        server->setTlsConfiguration(*m_tls);
    if (m_requestTimeoutMs > 0)
        server->setRequestTimeout(m_requestTimeoutMs);
    Result<quint16> bound = server->listen(address, port);
    if (!bound && anyPortIfBusy && port != 0)
        bound = server->listen(address, 0);
    if (!bound)
        return bound.error();
    const ServerInfo info{server->url(), QCoreApplication::applicationPid()};
    if (const Result<void> written = info.write(m_dataDir); !written)
        return written.error();
    m_server = std::move(server);
    return m_server->url();
}

QUrl EngineHost::url() const
{
    return m_server ? m_server->url() : QUrl();
}

} // namespace Takt
