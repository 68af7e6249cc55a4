#pragma once
// Which highlighter the command editor uses: KSyntaxHighlighting (KF6) when the build found it,
// otherwise the built-in CommandHighlighter. The About dialog names the backend.

#include <views/editor/commandtext.h>

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Takt {

/// "KSyntaxHighlighting 6.3.0" or "built-in" (not translated: it names software).
QString highlighterBackendName();

/// A highlighter for `language` on `document` (which owns it), coloured for `palette`;
/// nullptr for CommandLanguage::Arguments. The first KSyntaxHighlighting call loads its
/// repository of definitions (milliseconds), later ones share it.
QSyntaxHighlighter *createCommandHighlighter(QTextDocument *document, CommandLanguage language,
                                             const QPalette &palette);

} // namespace Takt
