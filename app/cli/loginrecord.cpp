#include "loginrecord.h"

#include "clitr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Takt::Cli {

QString LoginRecord::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("takt/login.json"));
}

std::optional<LoginRecord> LoginRecord::read()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LoginRecord record{QUrl(json.value(u"server").toString()), json.value(u"ca_cert").toString()};
    if (!record.server.isValid() || record.server.isEmpty())
        return std::nullopt;
    return record;
}

Result<void> LoginRecord::write() const
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Unavailable, {}, Tr::tr("cannot create the directory of %1").arg(path));
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(QJsonObject{{u"server"_qs, server.toString()},
                                                      {u"ca_cert"_qs, caCertificate}})
                                .toJson();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit())
        return makeError(ErrorCode::Unavailable, {}, Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Takt::Cli
