#include "commandhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace Takt {

namespace {

bool isIdentStart(QChar c) { return c.isLetter() || c == u'_'; }
bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

QSet<QString> makeSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

const QSet<QString> &shellKeywords()
{
    static const QSet<QString> words = makeSet({
        "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
        "done", "in", "function", "time", "export", "local", "readonly", "declare", "return", "exit",
        "break", "continue", "set", "unset", "shift", "trap", "source", "eval", "exec"});
    return words;
}

const QSet<QString> &pythonKeywords()
{
    static const QSet<QString> words = makeSet({
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield"});
    return words;
}

// Lower case; SQL keywords are matched case-insensitively.
const QSet<QString> &sqlKeywords()
{
    static const QSet<QString> words = makeSet({
        "select", "from", "where", "and", "or", "not", "null", "is", "in", "insert", "into",
        "values", "update", "set", "delete", "create", "table", "drop", "alter", "add", "column",
        "index", "view", "as", "on", "join", "left", "right", "inner", "outer", "full", "cross",
        "natural", "using", "group", "by", "order", "having", "limit", "offset", "union", "all",
        "distinct", "case", "when", "then", "else", "end", "begin", "commit", "rollback",
        "transaction", "with", "recursive", "returning", "exists", "between", "like", "ilike",
        "primary", "key", "foreign", "references", "default", "constraint", "unique", "check",
        "if", "replace", "function", "returns", "language", "trigger", "grant", "revoke", "to",
        "vacuum", "analyze", "explain", "truncate", "cascade", "restrict", "asc", "desc", "true",
        "false", "int", "integer", "bigint", "smallint", "text", "varchar", "boolean", "timestamp",
        "timestamptz", "date", "interval", "serial", "numeric", "do", "declare", "return",
        "perform", "raise", "notice", "copy", "sequence", "schema", "database", "refresh",
        "materialized", "conflict", "nothing", "lateral", "window", "over", "partition", "filter",
        "cast", "count", "sum", "min", "max", "avg", "now", "current_date", "current_timestamp"});
    return words;
}

const QSet<QString> &pythonStringPrefixes()
{
    static const QSet<QString> words = makeSet({"r", "u", "b", "f", "br", "rb", "fr", "rf"});
    return words;
}

/// Index of the first unescaped `quote` at or after `from` (backslash escapes); -1 if none.
int findUnescaped(const QString &text, int from, QChar quote)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == quote)
            return i;
    }
    return -1;
}

/// Index of the first unescaped `delimiter` (e.g. """) at or after `from`; -1 if none.
int findUnescaped(const QString &text, int from, const QString &delimiter)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (QStringView(text).mid(i).startsWith(delimiter))
            return i;
    }
    return -1;
}

/// Index of the quote closing an SQL string ('' is a quote inside it), from `from`; -1 if none.
int findSqlQuote(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        if (text.at(i) != u'\'')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'\'')
            ++i;
        else
            return i;
    }
    return -1;
}

/// Length of a shell variable reference at `i` ($name, ${…}, $1, $?); 0 if there is none.
int shellVariableLength(const QString &text, int i)
{
    if (i + 1 >= text.size())
        return 0;
    const QChar next = text.at(i + 1);
    if (next == u'{') {
        const int end = text.indexOf(u'}', i + 2);
        return end < 0 ? text.size() - i : end - i + 1;
    }
    if (isIdentStart(next)) {
        int j = i + 1;
        while (j < text.size() && isIdentChar(text.at(j)))
            ++j;
        return j - i;
    }
    if (next.isDigit() || QStringView(u"@*#?$!-").contains(next))
        return 2;
    return 0;
}

/// Length of a number at `i` (digits, then letters, digits, '_' and '.' as in 0x1f, 1e5, 3.14).
int numberLength(const QString &text, int i)
{
    int j = i;
    while (j < text.size() && (isIdentChar(text.at(j)) || text.at(j) == u'.'))
        ++j;
    return j - i;
}

} // namespace

CommandHighlighter::CommandHighlighter(QTextDocument *document, CommandLanguage language)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    setPalette(QGuiApplication::palette());
}

void CommandHighlighter::setLanguage(CommandLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void CommandHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    struct Style { QColor light, dark; bool bold, italic; };
    const Style styles[] = {
        {QColor(0x00, 0x33, 0xb3), QColor(0x6c, 0xb6, 0xff), true, false},  // keyword
        {QColor(0x06, 0x7d, 0x17), QColor(0x8d, 0xd3, 0x8a), false, false}, // string
        {QColor(0x6e, 0x77, 0x81), QColor(0x8b, 0x94, 0x9e), false, true},  // comment
        {QColor(0x87, 0x10, 0x94), QColor(0xd2, 0xa8, 0xff), false, false}, // variable
        {QColor(0xb3, 0x50, 0x00), QColor(0xff, 0xa6, 0x57), false, false}, // number
    };
    for (int i = 0; i < 5; ++i) {
        QTextCharFormat format;
        format.setForeground(dark ? styles[i].dark : styles[i].light);
        if (styles[i].bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(styles[i].italic);
        m_formats[i] = format;
    }
    rehighlight();
}

QTextCharFormat CommandHighlighter::format(Kind kind) const
{
    return m_formats[int(kind)];
}

void CommandHighlighter::highlightBlock(const QString &text)
{
    State state = previousBlockState() < 0 ? Normal : State(previousBlockState());
    switch (m_language) {
    case CommandLanguage::Shell: state = highlightShell(text, state); break;
    case CommandLanguage::Python: state = highlightPython(text, state); break;
    case CommandLanguage::Sql: state = highlightSql(text, state); break;
    case CommandLanguage::Arguments: state = Normal; break;
    }
    setCurrentBlockState(state);
}

void CommandHighlighter::formatShellDouble(const QString &text, int from, int to)
{
    setKind(from, to - from, Kind::String);
    for (int i = from; i < to; ++i) {
        if (text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == u'$') {
            const int length = std::min(shellVariableLength(text, i), to - i);
            if (length > 0) {
                setKind(i, length, Kind::Variable);
                i += length - 1;
            }
        }
    }
}

CommandHighlighter::State CommandHighlighter::highlightShell(const QString &text, State state)
{
    const int n = text.size();
    int i = 0;
    if (state == ShellSingle) {
        const int end = text.indexOf(u'\'');
        if (end < 0) {
            setKind(0, n, Kind::String);
            return ShellSingle;
        }
        setKind(0, end + 1, Kind::String);
        i = end + 1;
    } else if (state == ShellDouble) {
        const int end = findUnescaped(text, 0, u'"');
        if (end < 0) {
            formatShellDouble(text, 0, n);
            return ShellDouble;
        }
        formatShellDouble(text, 0, end + 1);
        i = end + 1;
    }
    // A word ends at these; '#' starts a comment only after one of them (so "a#b" is one word).
    const auto separates = [](QChar c) { return c.isSpace() || QStringView(u";&|()<>`").contains(c); };
    while (i < n) {
        const QChar c = text.at(i);
        const bool wordStart = i == 0 || separates(text.at(i - 1));
        if (c == u'\\') {
            i += 2;
        } else if (c == u'#' && wordStart) {
            setKind(i, n - i, Kind::Comment);
            return Normal;
        } else if (c == u'\'') {
            const int end = text.indexOf(u'\'', i + 1);
            if (end < 0) {
                setKind(i, n - i, Kind::String);
                return ShellSingle;
            }
            setKind(i, end - i + 1, Kind::String);
            i = end + 1;
        } else if (c == u'"') {
            const int end = findUnescaped(text, i + 1, u'"');
            if (end < 0) {
                formatShellDouble(text, i, n);
                return ShellDouble;
            }
            formatShellDouble(text, i, end + 1);
            i = end + 1;
        } else if (c == u'$') {
            const int length = shellVariableLength(text, i);
            if (length > 0)
                setKind(i, length, Kind::Variable);
            i += std::max(length, 1);
        } else if (isIdentStart(c)) {
            int j = i;
            while (j < n && isIdentChar(text.at(j)))
                ++j;
            const bool wholeWord = wordStart && (j == n || separates(text.at(j)));
            if (wholeWord && shellKeywords().contains(text.mid(i, j - i)))
                setKind(i, j - i, Kind::Keyword);
            i = j;
        } else if (c.isDigit()) {
            int j = i;
            while (j < n && text.at(j).isDigit())
                ++j;
            if ((i == 0 || !isIdentChar(text.at(i - 1))) && (j == n || !isIdentChar(text.at(j))))
                setKind(i, j - i, Kind::Number);
            i = j;
        } else {
            ++i;
        }
    }
    return Normal;
}

CommandHighlighter::State CommandHighlighter::highlightPython(const QString &text, State state)
{
    const int n = text.size();
    int i = 0;
    if (state == PyTripleDouble || state == PyTripleSingle) {
        const QString delimiter = state == PyTripleDouble ? QStringLiteral("\"\"\"") : QStringLiteral("'''");
        const int end = findUnescaped(text, 0, delimiter);
        if (end < 0) {
            setKind(0, n, Kind::String);
            return state;
        }
        setKind(0, end + 3, Kind::String);
        i = end + 3;
    }
    // A string from `start` (its prefix) whose quote is at `quote`; returns where scanning goes on.
    const auto string = [&](int start, int quote, State &out) {
        const QChar q = text.at(quote);
        const QString triple(3, q);
        if (QStringView(text).mid(quote).startsWith(triple)) {
            const int end = findUnescaped(text, quote + 3, triple);
            if (end < 0) {
                setKind(start, n - start, Kind::String);
                out = q == u'"' ? PyTripleDouble : PyTripleSingle;
                return n;
            }
            setKind(start, end + 3 - start, Kind::String);
            return end + 3;
        }
        const int end = findUnescaped(text, quote + 1, q);
        const int stop = end < 0 ? n : end + 1; // an unclosed short string ends with its line
        setKind(start, stop - start, Kind::String);
        return stop;
    };
    State out = Normal;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'#') {
            setKind(i, n - i, Kind::Comment);
            return Normal;
        } else if (c == u'"' || c == u'\'') {
            i = string(i, i, out);
        } else if (isIdentStart(c)) {
            int j = i;
            while (j < n && isIdentChar(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i);
            if (j < n && (text.at(j) == u'"' || text.at(j) == u'\'') && pythonStringPrefixes().contains(word.toLower())) {
                i = string(i, j, out);
                continue;
            }
            if (pythonKeywords().contains(word))
                setKind(i, j - i, Kind::Keyword);
            else if (word == u"self" || word == u"cls")
                setKind(i, j - i, Kind::Variable);
            i = j;
        } else if (c == u'@' && text.left(i).trimmed().isEmpty()) {
            int j = i + 1;
            while (j < n && (isIdentChar(text.at(j)) || text.at(j) == u'.'))
                ++j;
            setKind(i, j - i, Kind::Variable); // a decorator
            i = j;
        } else if (c.isDigit() && (i == 0 || !isIdentChar(text.at(i - 1)))) {
            const int length = numberLength(text, i);
            setKind(i, length, Kind::Number);
            i += length;
        } else {
            ++i;
        }
    }
    return out;
}

CommandHighlighter::State CommandHighlighter::highlightSql(const QString &text, State state)
{
    const int n = text.size();
    int i = 0;
    // Where the multi-line construct `state` ends in this line (index after it), or -1.
    const auto endOf = [&](State s, int from) -> int {
        switch (s) {
        case SqlBlockComment: { const int e = text.indexOf(QStringLiteral("*/"), from); return e < 0 ? -1 : e + 2; }
        case SqlDollar: { const int e = text.indexOf(QStringLiteral("$$"), from); return e < 0 ? -1 : e + 2; }
        case SqlString: { const int e = findSqlQuote(text, from); return e < 0 ? -1 : e + 1; }
        default: return from;
        }
    };
    const auto kindOf = [](State s) { return s == SqlBlockComment ? Kind::Comment : Kind::String; };
    // Formats the construct `s` opened at `start` (content from `from`); returns the state after the line.
    const auto open = [&](State s, int start, int from) {
        const int end = endOf(s, from);
        if (end < 0) {
            setKind(start, n - start, kindOf(s));
            return s;
        }
        setKind(start, end - start, kindOf(s));
        i = end;
        return Normal;
    };
    if (state == SqlBlockComment || state == SqlDollar || state == SqlString) {
        if (open(state, 0, 0) != Normal)
            return state;
    }
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            setKind(i, n - i, Kind::Comment);
            return Normal;
        } else if (c == u'/' && next == u'*') {
            if (open(SqlBlockComment, i, i + 2) != Normal)
                return SqlBlockComment;
        } else if (c == u'\'') {
            if (open(SqlString, i, i + 1) != Normal)
                return SqlString;
        } else if (c == u'$' && next == u'$') {
            if (open(SqlDollar, i, i + 2) != Normal)
                return SqlDollar;
        } else if (c == u'"') {
            const int end = text.indexOf(u'"', i + 1); // a quoted identifier: not a keyword
            i = end < 0 ? n : end + 1;
        } else if (c == u'$' && next.isDigit()) {
            int j = i + 1;
            while (j < n && text.at(j).isDigit())
                ++j;
            setKind(i, j - i, Kind::Variable); // a parameter, $1
            i = j;
        } else if (c == u':' && next == u':') {
            i += 2; // a cast, ::int
        } else if (c == u':' && (isIdentStart(next) || next == u'\'' || next == u'"')) {
            // psql variables: :name, :'name', :"name"
            int j = i + 1;
            if (next == u'\'' || next == u'"') {
                const int end = text.indexOf(next, i + 2);
                j = end < 0 ? n : end + 1;
            } else {
                while (j < n && isIdentChar(text.at(j)))
                    ++j;
            }
            setKind(i, j - i, Kind::Variable);
            i = j;
        } else if (isIdentStart(c)) {
            int j = i;
            while (j < n && (isIdentChar(text.at(j)) || text.at(j) == u'$'))
                ++j;
            if (sqlKeywords().contains(text.mid(i, j - i).toLower()))
                setKind(i, j - i, Kind::Keyword);
            i = j;
        } else if (c.isDigit() && (i == 0 || !isIdentChar(text.at(i - 1)))) {
            const int length = numberLength(text, i);
            setKind(i, length, Kind::Number);
            i += length;
        } else {
            ++i;
        }
    }
    return Normal;
}

} // namespace Takt
