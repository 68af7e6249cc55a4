#pragma once
// Console output of the CLI: stdout/stderr writes, the exit codes, error lines in the
// "takt: jobs create: field: reason" form, JSON and local-time formatting.

#include <engine/core/result.h>

#include <QJsonValue>
#include <QString>

namespace Takt::Cli {

/// 0 done, 1 the command failed (bad value, engine error, no engine), 2 the command line
/// could not be understood (unknown command or option, missing or extra argument).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

void printOut(const QString &text);           ///< as UTF-8, no newline added
void printOutBytes(const QByteArray &bytes);  ///< as is
void printErr(const QString &text);

/// "takt: <command>: <message>" on stderr; returns ExitFailure.
int fail(const QString &command, const QString &message);
int fail(const QString &command, const Error &error);
/// "takt: <command>: <message>", the usage line and a --help hint; returns ExitUsage.
int usageError(const QString &command, const QString &message, const QString &usage);

/// Indented JSON on stdout.
void printJson(const QJsonValue &value);

/// Local time "2026-11-24 21:22:03"; "-" for 0.
QString localTime(qint64 ms);
/// "1m30s" rounded to the second above a minute; "-" when either end is missing.
QString elapsed(qint64 fromMs, qint64 toMs);

} // namespace Takt::Cli
