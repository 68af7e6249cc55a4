#pragma once
// ServerInfo: DATA_DIR/server.json, how consoles on this machine find the engine that serves
// a data directory: {"url": "http://127.0.0.1:8611", "pid": 1234}. Written by `takt serve`
// once it listens, removed when it shuts down cleanly.

#include <engine/core/result.h>

#include <QString>
#include <QUrl>

namespace Takt {

struct ServerInfo
{
    QUrl url;
    qint64 pid = 0;

    bool isValid() const { return url.isValid() && pid > 0; }
    /// False when the process that wrote the file is gone (the file outlived a crash).
    bool isProcessAlive() const;

    static QString filePath(const QString &dataDir);
    /// NotFound when there is no server.json (no engine runs there); InvalidArgument when
    /// the file is not what serve writes.
    static Result<ServerInfo> read(const QString &dataDir);
    /// Written atomically, so a reader never sees half a file.
    Result<void> write(const QString &dataDir) const;
    /// Removes the file if it is there; true if none is left.
    static bool remove(const QString &dataDir);

    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

} // namespace Takt
