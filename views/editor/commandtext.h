#pragma once
// CommandText: a job's argv as the editor shows it — a script and the interpreter that runs it
// (/bin/sh -c, python3 -c, psql -c), or a program and its arguments one per line.

#include <QString>
#include <QStringList>

#include <optional>

namespace Takt {

/// The language of a command's text; Arguments means "program and arguments, one per line".
enum class CommandLanguage { Shell, Python, Sql, Arguments };

/// A value; converts to and from JobSpec::command. A script becomes interpreter + [text]:
/// Shell {"/bin/sh", "-c", text} (what the engine makes of a JSON string), Python
/// {"python3", "-c", text}, SQL {"psql", "-c", text} (the connection comes from PGHOST,
/// PGDATABASE … in the job's environment). The interpreter can be changed ("bash -c",
/// "psql -d reports -c"). Arguments mode takes one argument per line, trimmed; blank lines are ignored.
struct CommandText
{
    CommandLanguage language = CommandLanguage::Shell;
    QStringList interpreter = defaultInterpreter(CommandLanguage::Shell); ///< unused for Arguments
    QString text;

    /// The argv for JobSpec::command; empty when there is nothing to run.
    QStringList toArgv() const;
    /// Recognises the interpreters of sh/bash/dash/zsh/ksh, python*, psql followed by "-c" (or
    /// psql's "--command") as scripts; anything else becomes Arguments. Lossless unless
    /// an argument is empty, has a line break or surrounding spaces in Arguments mode (see isExact()).
    static CommandText fromArgv(const QStringList &argv);
    /// True when toArgv() gives back `argv` exactly.
    static bool isExact(const QStringList &argv) { return fromArgv(argv).toArgv() == argv; }

    static QStringList defaultInterpreter(CommandLanguage language);
    friend bool operator==(const CommandText &, const CommandText &) = default;
};

/// The language a script's shebang names ("#!/usr/bin/env python3" → Python); nullopt without one.
std::optional<CommandLanguage> languageFromShebang(const QString &script);
/// The language of an interpreter program ("bash" → Shell, "python3.11" → Python, "psql" → SQL).
std::optional<CommandLanguage> languageOfProgram(const QString &program);

/// Joins arguments into one line for display, quoting those with spaces or quotes so that
/// splitArguments() gives them back (QProcess::splitCommand rules: "a b", """ for a quote).
QString joinArguments(const QStringList &arguments);
QStringList splitArguments(const QString &line);

} // namespace Takt
