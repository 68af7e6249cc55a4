#pragma once
// AnsiParser: turns the text of one log line, written for a terminal, into plain text and
// style runs. SGR colours, bold, italic, underline and inverse are kept; every other escape
// sequence and control character is dropped. No GUI types: the view maps AnsiColor to QColor.

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <string>

namespace Takt {

/// A colour as the program named it: the terminal's default, one of the 256 indexed
/// colours (0-7 normal, 8-15 bright, 16-231 cube, 232-255 greys) or a 24-bit RGB value.
struct AnsiColor
{
    enum Kind : quint8 { Default, Indexed, Rgb };
    Kind kind = Default;
    quint32 value = 0; ///< the index (0-255) or 0xRRGGBB

    static AnsiColor indexed(int index) { return {Indexed, quint32(index)}; }
    static AnsiColor rgb(int r, int g, int b) { return {Rgb, quint32((r << 16) | (g << 8) | b)}; }
    bool isDefault() const { return kind == Default; }
    friend bool operator==(const AnsiColor &, const AnsiColor &) = default;
};

struct AnsiStyle
{
    AnsiColor foreground;
    AnsiColor background;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool inverse = false; ///< swap foreground and background when drawing

    bool isPlain() const { return *this == AnsiStyle(); }
    friend bool operator==(const AnsiStyle &, const AnsiStyle &) = default;
};

/// The characters [start, start + length) of an AnsiText's text, drawn in `style`.
struct AnsiSpan
{
    int start = 0;
    int length = 0;
    AnsiStyle style;
    friend bool operator==(const AnsiSpan &, const AnsiSpan &) = default;
};

/// A line as it reads on screen: its characters, and the styled runs among them (in
/// order, not overlapping; characters outside every span are plain).
struct AnsiText
{
    QString text;
    QList<AnsiSpan> spans;
    friend bool operator==(const AnsiText &, const AnsiText &) = default;
};

class AnsiParser final
{
public:
    /// Parses one line (raw bytes without its '\n'). The bytes are UTF-8; invalid ones
    /// become U+FFFD. The style starts plain on every line (stdout and stderr interleave,
    /// so a colour left open by one line says nothing about the next).
    /// A tab becomes spaces up to the next multiple of 8; a '\r' at the end is dropped and a
    /// '\r' inside the line starts it over, as on a terminal that rewrites a progress bar.
    static AnsiText parse(QByteArrayView raw);

    /// parse(raw).text, faster when the line is plain printable ASCII.
    static QString plainText(QByteArrayView raw);

    /// True when `raw` holds only printable ASCII: its plain text is then the bytes themselves.
    static bool isPlainAscii(QByteArrayView raw);

    /// The plain text as bytes, without building a QString or spans: true and `out` set when
    /// the plain text is all ASCII (escape sequences may be anything), false otherwise (then
    /// use parse()). Same text as parse(), several times faster; for searching.
    static bool asciiPlainText(QByteArrayView raw, std::string &out);
};

} // namespace Takt
