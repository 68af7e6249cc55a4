#pragma once
// CommandHighlighter: the built-in highlighter for job commands (shell, Python, SQL), used
// when KSyntaxHighlighting is not available. Keywords, strings, comments, variables, numbers.

#include <views/editor/commandtext.h>

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace Takt {

class CommandHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// What a piece of text is; each kind has one format.
    enum class Kind { Keyword, String, Comment, Variable, Number };

    /// Highlights `document` (which owns the highlighter) as `language`; Arguments highlights nothing.
    CommandHighlighter(QTextDocument *document, CommandLanguage language);

    CommandLanguage language() const { return m_language; }
    void setLanguage(CommandLanguage language);
    /// Picks colours that read on `palette`'s base colour (light or dark) and re-highlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Multi-line constructs carried from one block to the next in the block state.
    enum State { Normal = 0, ShellSingle, ShellDouble, PyTripleDouble, PyTripleSingle,
                 SqlBlockComment, SqlDollar, SqlString };

    /// Each formats one line that starts in `state` and returns the state at its end.
    State highlightShell(const QString &text, State state);
    State highlightPython(const QString &text, State state);
    State highlightSql(const QString &text, State state);
    /// Formats a shell double-quoted stretch [from, to) as a string with its $variables.
    void formatShellDouble(const QString &text, int from, int to);
    void setKind(int start, int count, Kind kind) { setFormat(start, count, m_formats[int(kind)]); }

    CommandLanguage m_language;
    QTextCharFormat m_formats[5];
};

} // namespace Takt
