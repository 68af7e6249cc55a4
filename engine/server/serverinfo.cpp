#include "serverinfo.h"

#include <engine/core/tr.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <csignal>

namespace Takt {

QString ServerInfo::filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.json"));
}

bool ServerInfo::isProcessAlive() const
{
    if (pid <= 0)
        return false;
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

Result<ServerInfo> ServerInfo::read(const QString &dataDir)
{
    const QString path = filePath(dataDir);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, {}, Tr::tr("%1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unavailable, {}, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    ServerInfo info;
    if (doc.isObject()) {
        info.url = QUrl(doc.object().value(u"url").toString());
        info.pid = qint64(doc.object().value(u"pid").toDouble());
    }
    if (!info.isValid())
        return makeError(ErrorCode::InvalidArgument, {}, Tr::tr("%1 is not a valid server file").arg(path));
    return info;
}

Result<void> ServerInfo::write(const QString &dataDir) const
{
    const QString path = filePath(dataDir);
    const QJsonObject json{{u"url"_qs, url.toString(QUrl::StripTrailingSlash)}, {u"pid"_qs, pid}};
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Unavailable, {}, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

bool ServerInfo::remove(const QString &dataDir)
{
    const QString path = filePath(dataDir);
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace Takt
