#include "commandline.h"

#include "clitr.h"
#include "console.h"

namespace Takt::Cli {

CommandLine::CommandLine(const QString &command, const QString &usage, const QString &description)
    : m_command(command)
    , m_usage(usage)
    , m_description(description)
{
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")});
}

void CommandLine::addJsonOption()
{
    m_hasJson = true;
    m_parser.addOption({QStringLiteral("json"), Tr::tr("Print the API's JSON instead of text.")});
}

void CommandLine::addDataOption()
{
    m_parser.addOption({QStringLiteral("data"),
                        Tr::tr("The engine's data directory (default: $TAKT_DATA, else ~/.local/share/takt)."),
                        Tr::tr("dir")});
}

void CommandLine::addEngineOptions()
{
    m_parser.addOption({QStringLiteral("server"),
                        Tr::tr("URL of the engine (default: $TAKT_SERVER, else the server of 'takt login', else the local engine of the data directory)."),
                        Tr::tr("url")});
    m_parser.addOption({QStringLiteral("token"),
                        Tr::tr("Access token for --server (default: $TAKT_TOKEN, else the data directory's token)."),
                        Tr::tr("token")});
    m_parser.addOption({QStringLiteral("ca-cert"),
                        Tr::tr("Trust this PEM CA certificate for an https:// server (default: $TAKT_CA_CERT, else the one given to 'takt login')."),
                        Tr::tr("file")});
    addDataOption();
}

std::optional<int> CommandLine::parse(const QStringList &args, int minPositional, int maxPositional)
{
    if (!m_parser.parse(QStringList{QStringLiteral("takt")} + args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        printOut(helpText());
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(Tr::tr("missing argument"));
    if (maxPositional >= 0 && count > maxPositional) {
        return usageError(Tr::tr("unexpected argument '%1'")
                              .arg(m_parser.positionalArguments().at(maxPositional)));
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's own "Usage:" line knows neither the command words nor the
    // arguments' order; keep only its option list.
    QString options = m_parser.helpText();
    const qsizetype at = options.indexOf(QStringLiteral("Options:"));
    options = at >= 0 ? options.mid(at) : QString();
    return Tr::tr("Usage: takt %1 %2\n\n%3\n\n").arg(m_command, m_usage, m_description) + options;
}

int CommandLine::usageError(const QString &message) const
{
    return Cli::usageError(m_command, message, QStringLiteral("takt %1 %2").arg(m_command, m_usage));
}

int CommandLine::fail(const QString &message) const
{
    return Cli::fail(m_command, message);
}

int CommandLine::fail(const Error &error) const
{
    return Cli::fail(m_command, error);
}

} // namespace Takt::Cli
