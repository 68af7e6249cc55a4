#include "commandtext.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace Takt {

namespace {

bool fitsOnOneLine(const QString &argument)
{
    return !argument.isEmpty() && !argument.contains(u'\n') && !argument.contains(u'\r');
}

} // namespace

QStringList CommandText::defaultInterpreter(CommandLanguage language)
{
    switch (language) {
    case CommandLanguage::Shell: return {QStringLiteral("/bin/sh"), QStringLiteral("-c")};
    case CommandLanguage::Python: return {QStringLiteral("python3"), QStringLiteral("-c")};
    case CommandLanguage::Sql: return {QStringLiteral("psql"), QStringLiteral("-c")};
    case CommandLanguage::Arguments: return {};
    }
    return {};
}

QStringList CommandText::toArgv() const
{
    if (language == CommandLanguage::Arguments) {
        QStringList argv;
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            // Trimmed: spaces at a line's end are invisible, and "echo " is not a program.
            const QString argument = line.trimmed();
            if (!argument.isEmpty())
                argv.append(argument);
        }
        return argv;
    }
    if (text.trimmed().isEmpty() || interpreter.isEmpty())
        return {};
    return interpreter + QStringList{text};
}

CommandText CommandText::fromArgv(const QStringList &argv)
{
    CommandText result;
    if (argv.isEmpty())
        return result;
    if (argv.size() >= 3) {
        const QString &flag = argv.at(argv.size() - 2);
        const std::optional<CommandLanguage> language = languageOfProgram(argv.first());
        const bool scriptFlag = flag == u"-c" || (language == CommandLanguage::Sql && flag == u"--command");
        const QStringList interpreter = argv.mid(0, argv.size() - 1);
        if (language && scriptFlag && std::all_of(interpreter.begin(), interpreter.end(), fitsOnOneLine)) {
            result.language = *language;
            result.interpreter = interpreter;
            result.text = argv.last();
            return result;
        }
    }
    result.language = CommandLanguage::Arguments;
    result.interpreter.clear();
    result.text = argv.join(u'\n');
    return result;
}

std::optional<CommandLanguage> languageOfProgram(const QString &program)
{
    static const QRegularExpression shell(QStringLiteral("^(sh|bash|dash|zsh|ksh|ash|mksh)$"));
    static const QRegularExpression python(QStringLiteral("^python[0-9.]*$"));
    const QString name = QFileInfo(program).fileName();
    if (shell.match(name).hasMatch())
        return CommandLanguage::Shell;
    if (python.match(name).hasMatch())
        return CommandLanguage::Python;
    if (name == u"psql")
        return CommandLanguage::Sql;
    return std::nullopt;
}

std::optional<CommandLanguage> languageFromShebang(const QString &script)
{
    if (!script.startsWith(u"#!"))
        return std::nullopt;
    const QString firstLine = script.section(u'\n', 0, 0);
    // "#!/usr/bin/env -S python3 -u" and "#!/bin/bash -e": the first word that names a known program.
    const QStringList words = firstLine.mid(2).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (const auto language = languageOfProgram(word))
            return language;
    }
    return std::nullopt;
}

QString joinArguments(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments) {
        QString escaped = argument;
        escaped.replace(u'"', QStringLiteral("\"\"\""));
        const bool needsQuotes = argument.isEmpty()
            || std::any_of(argument.begin(), argument.end(), [](QChar c) { return c.isSpace(); });
        quoted.append(needsQuotes ? u'"' + escaped + u'"' : escaped);
    }
    return quoted.join(u' ');
}

QStringList splitArguments(const QString &line)
{
    return QProcess::splitCommand(line);
}

} // namespace Takt
