#include "highlighting.h"

#include "commandhighlighter.h"

#include <QPalette>
#include <QTextDocument>

#if TAKT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Takt {

#if TAKT_HAVE_KSYNTAXHIGHLIGHTING
namespace {
// Loading the definitions is the expensive part; one repository serves every editor.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

QString definitionName(CommandLanguage language)
{
    switch (language) {
    case CommandLanguage::Shell: return QStringLiteral("Bash");
    case CommandLanguage::Python: return QStringLiteral("Python");
    case CommandLanguage::Sql: return QStringLiteral("SQL (PostgreSQL)");
    case CommandLanguage::Arguments: break;
    }
    return {};
}
} // namespace
#endif

QString highlighterBackendName()
{
#if TAKT_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting " TAKT_KSYNTAXHIGHLIGHTING_VERSION);
#else
    return QStringLiteral("built-in");
#endif
}

QSyntaxHighlighter *createCommandHighlighter(QTextDocument *document, CommandLanguage language,
                                             const QPalette &palette)
{
    if (language == CommandLanguage::Arguments)
        return nullptr;
#if TAKT_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = s_repository->definitionForName(definitionName(language));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(s_repository->themeForPalette(palette));
        highlighter->setDefinition(definition);
        return highlighter;
    }
    // A KSyntaxHighlighting without that definition: the built-in one still knows the language.
#endif
    auto *highlighter = new CommandHighlighter(document, language);
    highlighter->setPalette(palette);
    return highlighter;
}

} // namespace Takt
