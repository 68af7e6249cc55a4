// Tests AnsiParser: SGR colours and attributes become spans, every other escape sequence and
// control character is dropped, and the plain text is what a terminal would show.

#include <views/log/ansiparser.h>

#include <QTest>

using namespace Takt;

Q_DECLARE_METATYPE(Takt::AnsiText)

namespace {

AnsiStyle fg(int index)
{
    AnsiStyle s;
    s.foreground = AnsiColor::indexed(index);
    return s;
}

AnsiStyle bg(int index)
{
    AnsiStyle s;
    s.background = AnsiColor::indexed(index);
    return s;
}

AnsiStyle bold(AnsiStyle s = {})
{
    s.bold = true;
    return s;
}

AnsiText text(const QString &plain, QList<AnsiSpan> spans = {})
{
    return AnsiText{plain, spans};
}

} // namespace

namespace QTest {
template<>
char *toString(const AnsiText &t)
{
    QString out = QStringLiteral("\"%1\"").arg(t.text);
    for (const AnsiSpan &s : t.spans) {
        out += QStringLiteral(" [%1+%2 fg=%3:%4 bg=%5:%6%7%8%9%10]")
                   .arg(s.start).arg(s.length)
                   .arg(int(s.style.foreground.kind)).arg(s.style.foreground.value, 0, 16)
                   .arg(int(s.style.background.kind)).arg(s.style.background.value, 0, 16)
                   .arg(s.style.bold ? QStringLiteral(" bold") : QString())
                   .arg(s.style.italic ? QStringLiteral(" italic") : QString())
                   .arg(s.style.underline ? QStringLiteral(" underline") : QString())
                   .arg(s.style.inverse ? QStringLiteral(" inverse") : QString());
    }
    return qstrdup(out.toUtf8().constData());
}
} // namespace QTest

class tst_AnsiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void plainTextMatchesParse_data() { parse_data(); }
    void plainTextMatchesParse();
    void asciiPlainTextMatchesParse_data() { parse_data(); }
    void asciiPlainTextMatchesParse();
    void isPlainAscii();
};

void tst_AnsiParser::parse_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<AnsiText>("expected");

    AnsiStyle redBold = bold(fg(1));
    AnsiStyle italicUnder;
    italicUnder.italic = true;
    italicUnder.underline = true;
    AnsiStyle inverse;
    inverse.inverse = true;
    AnsiStyle rgb;
    rgb.foreground = AnsiColor::rgb(255, 128, 0);
    AnsiStyle rgbBg;
    rgbBg.background = AnsiColor::rgb(1, 2, 3);
    AnsiStyle fgOnBg = fg(2);
    fgOnBg.background = AnsiColor::indexed(4);

    QTest::newRow("plain") << QByteArray("hello world") << text("hello world");
    QTest::newRow("empty") << QByteArray() << text("");
    QTest::newRow("red then reset") << QByteArray("a\x1b[31mred\x1b[0mb") << text("aredb", {{1, 3, fg(1)}});
    QTest::newRow("reset by empty m") << QByteArray("\x1b[32mok\x1b[m done") << text("ok done", {{0, 2, fg(2)}});
    QTest::newRow("all normal colours") << QByteArray("\x1b[30m0\x1b[37m7") << text("07", {{0, 1, fg(0)}, {1, 1, fg(7)}});
    QTest::newRow("bright 90-97") << QByteArray("\x1b[90mg\x1b[97mw") << text("gw", {{0, 1, fg(8)}, {1, 1, fg(15)}});
    QTest::newRow("background 40-47") << QByteArray("\x1b[41m x \x1b[49m") << text(" x ", {{0, 3, bg(1)}});
    QTest::newRow("bright background") << QByteArray("\x1b[104mb") << text("b", {{0, 1, bg(12)}});
    QTest::newRow("fg and bg") << QByteArray("\x1b[32;44mx") << text("x", {{0, 1, fgOnBg}});
    QTest::newRow("bold and colour combined") << QByteArray("\x1b[1;31mERR\x1b[0m") << text("ERR", {{0, 3, redBold}});
    QTest::newRow("bold off by 22") << QByteArray("\x1b[1mb\x1b[22mn") << text("bn", {{0, 1, bold()}});
    QTest::newRow("default fg by 39") << QByteArray("\x1b[33my\x1b[39mn") << text("yn", {{0, 1, fg(3)}});
    QTest::newRow("italic underline") << QByteArray("\x1b[3;4mi\x1b[23;24m") << text("i", {{0, 1, italicUnder}});
    QTest::newRow("inverse") << QByteArray("\x1b[7mrev\x1b[27m") << text("rev", {{0, 3, inverse}});
    QTest::newRow("256 colours") << QByteArray("\x1b[38;5;196mr\x1b[48;5;21mb") << text("rb", {{0, 1, fg(196)}, {1, 1, [] { AnsiStyle s = fg(196); s.background = AnsiColor::indexed(21); return s; }()}});
    QTest::newRow("256 colours, colon form") << QByteArray("\x1b[38:5:208mo") << text("o", {{0, 1, fg(208)}});
    QTest::newRow("256 colour out of range ignored") << QByteArray("\x1b[38;5;300mx") << text("x");
    QTest::newRow("truecolor") << QByteArray("\x1b[38;2;255;128;0mo") << text("o", {{0, 1, rgb}});
    QTest::newRow("truecolor colon with colour space") << QByteArray("\x1b[38:2::255:128:0mo") << text("o", {{0, 1, rgb}});
    QTest::newRow("truecolor background") << QByteArray("\x1b[48;2;1;2;3mb") << text("b", {{0, 1, rgbBg}});
    QTest::newRow("extended then more params") << QByteArray("\x1b[38;5;2;1mx") << text("x", {{0, 1, bold(fg(2))}});
    QTest::newRow("adjacent same style merges") << QByteArray("\x1b[31ma\x1b[31mb") << text("ab", {{0, 2, fg(1)}});
    QTest::newRow("cursor movement stripped") << QByteArray("a\x1b[2Kb\x1b[1;1Hc\x1b[?25l") << text("abc");
    QTest::newRow("private SGR-like ignored") << QByteArray("\x1b[>4;2mx") << text("x");
    QTest::newRow("OSC title with BEL") << QByteArray("\x1b]0;title\x07text") << text("text");
    QTest::newRow("OSC hyperlink with ST") << QByteArray("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") << text("link");
    QTest::newRow("charset designation") << QByteArray("\x1b(Bplain") << text("plain");
    QTest::newRow("two-byte escape") << QByteArray("a\x1b=b\x1b" "7c") << text("abc");
    QTest::newRow("unterminated CSI at end") << QByteArray("ok\x1b[31") << text("ok");
    QTest::newRow("lone ESC at end") << QByteArray("ok\x1b") << text("ok");
    QTest::newRow("unterminated OSC") << QByteArray("ok\x1b]0;never ends") << text("ok");
    QTest::newRow("unknown SGR ignored") << QByteArray("\x1b[5;31mblink") << text("blink", {{0, 5, fg(1)}});
    QTest::newRow("tab expands to 8") << QByteArray("ab\tc\td") << text("ab      c       d");
    QTest::newRow("trailing CR dropped") << QByteArray("dos line\r") << text("dos line");
    QTest::newRow("CR rewrites the line") << QByteArray("10%\r50%\r100% done") << text("100% done");
    QTest::newRow("CR keeps the style") << QByteArray("\x1b[32m1\r2") << text("2", {{0, 1, fg(2)}});
    QTest::newRow("other controls dropped") << QByteArray("a\x07" "b\x08" "c\x00" "d\x7f", 8) << text("abcd");
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << text(QString::fromUtf8("café ✓"));
    QTest::newRow("UTF-8 around colours") << QByteArray("\x1b[31m\xc3\xa9\x1b[0m\xc3\xa9") << text(QString::fromUtf8("éé"), {{0, 1, fg(1)}});
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff" "b") << text(QStringView(u"a\uFFFDb").toString());
}

void tst_AnsiParser::parse()
{
    QFETCH(QByteArray, raw);
    QFETCH(AnsiText, expected);
    QCOMPARE(AnsiParser::parse(raw), expected);
}

void tst_AnsiParser::plainTextMatchesParse()
{
    QFETCH(QByteArray, raw);
    QFETCH(AnsiText, expected);
    QCOMPARE(AnsiParser::plainText(raw), expected.text);
}

void tst_AnsiParser::asciiPlainTextMatchesParse()
{
    QFETCH(QByteArray, raw);
    QFETCH(AnsiText, expected);
    std::string bytes;
    const bool ascii = AnsiParser::asciiPlainText(raw, bytes);
    bool expectedAscii = true;
    for (QChar c : expected.text)
        expectedAscii = expectedAscii && c.unicode() < 0x80;
    QCOMPARE(ascii, expectedAscii);
    if (ascii)
        QCOMPARE(QString::fromLatin1(bytes.data(), qsizetype(bytes.size())), expected.text);
}

void tst_AnsiParser::isPlainAscii()
{
    QVERIFY(AnsiParser::isPlainAscii("hello, world ~!"));
    QVERIFY(AnsiParser::isPlainAscii(""));
    QVERIFY(!AnsiParser::isPlainAscii("tab\there"));
    QVERIFY(!AnsiParser::isPlainAscii("\x1b[0m"));
    QVERIFY(!AnsiParser::isPlainAscii("caf\xc3\xa9"));
    QVERIFY(!AnsiParser::isPlainAscii("cr\r"));
}

QTEST_GUILESS_MAIN(tst_AnsiParser)
#include "tst_ansiparser.moc"
