#include "ansiparser.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Takt {

namespace {

constexpr char Esc = 0x1b;

bool isSpecial(uchar c)
{
    return c < 0x20 || c == 0x7f;
}

// Collects text and closes a span whenever the style changes.
class Builder
{
public:
    void appendUtf8(QByteArrayView bytes)
    {
        if (!bytes.isEmpty())
            m_out.text += QString::fromUtf8(bytes);
    }

    void appendSpaces(int count) { m_out.text += QString(count, QLatin1Char(' ')); }
    int column() const { return int(m_out.text.size()); }

    void setStyle(const AnsiStyle &style)
    {
        if (style == m_style)
            return;
        closeSpan();
        m_style = style;
    }
    const AnsiStyle &style() const { return m_style; }

    // A '\r' inside a line: what follows is drawn over the same line from its start.
    void restart()
    {
        m_out.text.clear();
        m_out.spans.clear();
        m_spanStart = 0;
    }

    AnsiText finish()
    {
        closeSpan();
        return std::move(m_out);
    }

private:
    void closeSpan()
    {
        const int end = int(m_out.text.size());
        if (end > m_spanStart && !m_style.isPlain()) {
            if (!m_out.spans.isEmpty() && m_out.spans.last().style == m_style
                && m_out.spans.last().start + m_out.spans.last().length == m_spanStart)
                m_out.spans.last().length += end - m_spanStart;
            else
                m_out.spans.append(AnsiSpan{m_spanStart, end - m_spanStart, m_style});
        }
        m_spanStart = end;
    }

    AnsiText m_out;
    AnsiStyle m_style;
    int m_spanStart = 0;
};

struct Param
{
    int value = -1;   // -1: empty
    bool sub = false; // introduced by ':' (a sub-parameter of the one before)
};

using Params = QVarLengthArray<Param, 32>;

Params parseParams(QByteArrayView bytes)
{
    Params params;
    Param current;
    for (const char c : bytes) {
        if (c >= '0' && c <= '9') {
            current.value = std::min(current.value < 0 ? c - '0' : current.value * 10 + (c - '0'), 1 << 20);
        } else if (c == ';' || c == ':') {
            params.append(current);
            current = Param{-1, c == ':'};
        }
    }
    params.append(current);
    return params;
}

int valueOr0(int v)
{
    return v < 0 ? 0 : v;
}

// 38/48/58 extended colour. Reads its arguments from the sub-parameters (38:5:n, 38:2::r:g:b)
// or from the following parameters (38;5;n, 38;2;r;g;b). Returns the index after them.
qsizetype extendedColor(const Params &params, qsizetype i, std::optional<AnsiColor> &color)
{
    QVarLengthArray<int, 6> args;
    qsizetype next = i + 1;
    const bool colonForm = next < params.size() && params[next].sub;
    if (colonForm) {
        while (next < params.size() && params[next].sub)
            args.append(params[next++].value);
    } else {
        while (next < params.size() && args.size() < 4) {
            args.append(params[next].value);
            ++next;
            if (args.size() == 2 && args[0] == 5)
                break;
            if (args.size() == 1 && args[0] != 2 && args[0] != 5)
                break;
        }
    }
    if (args.isEmpty())
        return next;
    if (args[0] == 5 && args.size() >= 2) {
        if (args[1] >= 0 && args[1] <= 255)
            color = AnsiColor::indexed(args[1]);
    } else if (args[0] == 2) {
        // The colon form may carry a colour-space id before r:g:b.
        const qsizetype first = colonForm && args.size() >= 5 ? 2 : 1;
        if (args.size() >= first + 3) {
            const auto c = [](int v) { return std::clamp(v, 0, 255); };
            color = AnsiColor::rgb(c(args[first]), c(args[first + 1]), c(args[first + 2]));
        }
    }
    return next;
}

void applySgr(QByteArrayView paramBytes, AnsiStyle &style)
{
    const Params params = parseParams(paramBytes);
    qsizetype i = 0;
    while (i < params.size()) {
        const int v = valueOr0(params[i].value);
        qsizetype next = i + 1;
        if (v == 38 || v == 48 || v == 58) {
            std::optional<AnsiColor> color;
            next = extendedColor(params, i, color);
            if (color && v == 38)
                style.foreground = *color;
            else if (color && v == 48)
                style.background = *color;
        } else {
            switch (v) {
            case 0: style = AnsiStyle(); break;
            case 1: style.bold = true; break;
            case 3: style.italic = true; break;
            case 4:
                // 4:0 turns underline off; 4:1..4:5 are underline styles.
                style.underline = !(next < params.size() && params[next].sub && params[next].value == 0);
                break;
            case 7: style.inverse = true; break;
            case 21: style.underline = true; break; // doubly underlined
            case 22: style.bold = false; break;
            case 23: style.italic = false; break;
            case 24: style.underline = false; break;
            case 27: style.inverse = false; break;
            case 39: style.foreground = AnsiColor(); break;
            case 49: style.background = AnsiColor(); break;
            default:
                if (v >= 30 && v <= 37)
                    style.foreground = AnsiColor::indexed(v - 30);
                else if (v >= 40 && v <= 47)
                    style.background = AnsiColor::indexed(v - 40);
                else if (v >= 90 && v <= 97)
                    style.foreground = AnsiColor::indexed(v - 90 + 8);
                else if (v >= 100 && v <= 107)
                    style.background = AnsiColor::indexed(v - 100 + 8);
                break; // anything else (blink, fonts, …) is ignored
            }
            while (next < params.size() && params[next].sub)
                ++next;
        }
        i = next;
    }
}

// Skips the escape sequence that starts at raw[i] (an ESC); applies it when it is an SGR.
// Returns the index after it.
qsizetype escapeSequence(QByteArrayView raw, qsizetype i, AnsiStyle &style)
{
    const qsizetype n = raw.size();
    if (i + 1 >= n)
        return n;
    const uchar c = uchar(raw[i + 1]);
    if (c == '[') { // CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E
        qsizetype j = i + 2;
        const qsizetype paramStart = j;
        while (j < n && uchar(raw[j]) >= 0x30 && uchar(raw[j]) <= 0x3f)
            ++j;
        const qsizetype paramEnd = j;
        while (j < n && uchar(raw[j]) >= 0x20 && uchar(raw[j]) <= 0x2f)
            ++j;
        if (j < n && uchar(raw[j]) >= 0x40 && uchar(raw[j]) <= 0x7e) {
            const bool isPrivate = paramEnd > paramStart && uchar(raw[paramStart]) >= 0x3c;
            if (raw[j] == 'm' && paramEnd == j && !isPrivate)
                applySgr(raw.sliced(paramStart, paramEnd - paramStart), style);
            return j + 1;
        }
        return j; // broken off: drop what was read, keep the byte that broke it
    }
    if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') { // strings ended by ST or BEL
        for (qsizetype j = i + 2; j < n; ++j) {
            if (raw[j] == '\a')
                return j + 1;
            if (raw[j] == Esc && j + 1 < n && raw[j + 1] == '\\')
                return j + 2;
        }
        return n;
    }
    if (c >= 0x20 && c <= 0x2f) { // nF: ESC ( B and friends
        qsizetype j = i + 1;
        while (j < n && uchar(raw[j]) >= 0x20 && uchar(raw[j]) <= 0x2f)
            ++j;
        if (j < n && uchar(raw[j]) >= 0x30 && uchar(raw[j]) <= 0x7e)
            ++j;
        return j;
    }
    if (c >= 0x30 && c <= 0x7e) // two-byte sequences: ESC 7, ESC =, ESC M …
        return i + 2;
    return i + 1; // a lone ESC
}

} // namespace

bool AnsiParser::isPlainAscii(QByteArrayView raw)
{
    for (const char c : raw) {
        if (uchar(c) - 0x20u > 0x5eu)
            return false;
    }
    return true;
}

AnsiText AnsiParser::parse(QByteArrayView raw)
{
    while (!raw.isEmpty() && raw.back() == '\r')
        raw.chop(1);

    Builder out;
    AnsiStyle style;
    qsizetype segment = 0;
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        const uchar c = uchar(raw[i]);
        if (!isSpecial(c)) {
            ++i;
            continue;
        }
        out.appendUtf8(raw.sliced(segment, i - segment));
        if (c == uchar(Esc)) {
            i = escapeSequence(raw, i, style);
            out.setStyle(style);
        } else {
            if (c == '\t')
                out.appendSpaces(8 - out.column() % 8);
            else if (c == '\r')
                out.restart();
            ++i; // other control characters are dropped
        }
        segment = i;
    }
    out.appendUtf8(raw.sliced(segment, n - segment));
    return out.finish();
}

bool AnsiParser::asciiPlainText(QByteArrayView raw, std::string &out)
{
    while (!raw.isEmpty() && raw.back() == '\r')
        raw.chop(1);
    out.clear();
    AnsiStyle ignored;
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        const uchar c = uchar(raw[i]);
        if (c >= 0x80)
            return false;
        if (!isSpecial(c)) {
            out += char(c);
            ++i;
        } else if (c == uchar(Esc)) {
            i = escapeSequence(raw, i, ignored);
        } else {
            if (c == '\t')
                out.append(8 - out.size() % 8, ' ');
            else if (c == '\r')
                out.clear();
            ++i;
        }
    }
    return true;
}

QString AnsiParser::plainText(QByteArrayView raw)
{
    if (isPlainAscii(raw))
        return QString::fromLatin1(raw);
    return parse(raw).text;
}

} // namespace Takt
