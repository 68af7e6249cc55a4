#include "datadir.h"

#include "clitr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Takt::Cli {

QString resolveDataDir(const QString &option)
{
    QString dir = option;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("TAKT_DATA");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(QDir(dir).absolutePath());
}

Result<void> ensureDataDir(const QString &dir)
{
    if (QFileInfo(dir).isDir())
        return {};
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        return makeError(ErrorCode::Unavailable, u"data"_qs, Tr::tr("cannot create %1").arg(dir));
    }
    return {};
}

} // namespace Takt::Cli
