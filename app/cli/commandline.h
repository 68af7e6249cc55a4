#pragma once
// CommandLine: the QCommandLineParser of one CLI command ("jobs create"), with the options
// every command shares (--help, --json, --server/--token/--data), its usage line, and the
// error and exit-code conventions of console.h.

#include <engine/core/result.h>

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace Takt::Cli {

class CommandLine final
{
public:
    /// `command` as typed ("jobs create"); `usage` is what follows it in the usage line.
    CommandLine(const QString &command, const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    /// --json: print the API's JSON instead of text.
    void addJsonOption();
    /// --server, --token and --data: which engine to talk to (see EngineConnection).
    void addEngineOptions();
    /// --data only (serve).
    void addDataOption();

    /// Parses `args` (the words after the command). Returns an exit code when the command
    /// is done already — 0 after --help, 2 after a usage error — and nothing to go on.
    /// The number of positional arguments must be in [minPositional, maxPositional]
    /// (maxPositional -1 = any).
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool wantsJson() const { return m_hasJson && m_parser.isSet(QStringLiteral("json")); }

    QString command() const { return m_command; }
    QString helpText() const;
    int usageError(const QString &message) const;
    int fail(const QString &message) const;
    int fail(const Error &error) const;

private:
    QString m_command;
    QString m_usage;
    QString m_description;
    QCommandLineParser m_parser;
    bool m_hasJson = false;
};

} // namespace Takt::Cli
