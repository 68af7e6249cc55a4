// CommandHighlighter: keywords, strings, comments, variables and numbers of shell, Python and SQL
// land in the text layout's formats, also across lines; and the backend is named.

#include <views/editor/commandhighlighter.h>
#include <views/editor/highlighting.h>

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Takt;

namespace {

/// The format the layout applies at `position` in the document; invalid if none.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

constexpr int None = -1;

} // namespace

class tst_CommandHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void languageChangeRehighlights();
    void darkPaletteChangesColours();
    void backendName();
};

void tst_CommandHighlighter::formats_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("occurrence"); // 0 = first
    QTest::addColumn<int>("kind");       // CommandHighlighter::Kind or None

    using K = CommandHighlighter::Kind;
    const int sh = int(CommandLanguage::Shell), py = int(CommandLanguage::Python), sql = int(CommandLanguage::Sql);
    QTest::newRow("sh keyword") << sh << u"if true; then exit 1; fi"_qs << u"if"_qs << 0 << int(K::Keyword);
    QTest::newRow("sh keyword fi") << sh << u"if true; then exit 1; fi"_qs << u"fi"_qs << 0 << int(K::Keyword);
    QTest::newRow("sh number") << sh << u"if true; then exit 1; fi"_qs << u"1"_qs << 0 << int(K::Number);
    QTest::newRow("sh plain word") << sh << u"echo done-ish"_qs << u"done"_qs << 0 << None;
    QTest::newRow("sh variable") << sh << u"cd $HOME"_qs << u"$HOME"_qs << 0 << int(K::Variable);
    QTest::newRow("sh braced variable") << sh << u"echo ${name:-x}"_qs << u"name"_qs << 0 << int(K::Variable);
    QTest::newRow("sh variable in string") << sh << u"echo \"$HOME/x\""_qs << u"HOME"_qs << 0 << int(K::Variable);
    QTest::newRow("sh rest of string") << sh << u"echo \"$HOME/x\""_qs << u"/x"_qs << 0 << int(K::String);
    QTest::newRow("sh single quotes") << sh << u"echo '$HOME'"_qs << u"HOME"_qs << 0 << int(K::String);
    QTest::newRow("sh comment") << sh << u"ls # if"_qs << u"if"_qs << 0 << int(K::Comment);
    QTest::newRow("sh # inside a word") << sh << u"echo a#b"_qs << u"b"_qs << 0 << None;
    QTest::newRow("sh string over lines") << sh << u"echo 'a\nif x'"_qs << u"if"_qs << 0 << int(K::String);
    QTest::newRow("sh after the string") << sh << u"echo 'a\nb'; then"_qs << u"then"_qs << 0 << int(K::Keyword);

    QTest::newRow("py keyword") << py << u"def f():\n    return None"_qs << u"def"_qs << 0 << int(K::Keyword);
    QTest::newRow("py None") << py << u"def f():\n    return None"_qs << u"None"_qs << 0 << int(K::Keyword);
    QTest::newRow("py string") << py << u"print('if')"_qs << u"if"_qs << 0 << int(K::String);
    QTest::newRow("py f-string") << py << u"x = f\"{a}\""_qs << u"f\""_qs << 0 << int(K::String);
    QTest::newRow("py triple over lines") << py << u"'''doc\nreturn\n''' \nreturn"_qs << u"return"_qs << 0 << int(K::String);
    QTest::newRow("py after triple") << py << u"'''doc\nreturn\n''' \nreturn"_qs << u"return"_qs << 1 << int(K::Keyword);
    QTest::newRow("py hex number") << py << u"x = 0x1f  # if"_qs << u"0x1f"_qs << 0 << int(K::Number);
    QTest::newRow("py comment") << py << u"x = 0x1f  # if"_qs << u"if"_qs << 0 << int(K::Comment);
    QTest::newRow("py decorator") << py << u"@app.route\ndef f(): pass"_qs << u"app"_qs << 0 << int(K::Variable);
    QTest::newRow("py identifier") << py << u"iffy = 1"_qs << u"iffy"_qs << 0 << None;

    QTest::newRow("sql keyword any case") << sql << u"SeLeCt * from t"_qs << u"SeLeCt"_qs << 0 << int(K::Keyword);
    QTest::newRow("sql parameter") << sql << u"select * from t where id = $1 -- if"_qs << u"$1"_qs << 0 << int(K::Variable);
    QTest::newRow("sql line comment") << sql << u"select * from t where id = $1 -- if"_qs << u"if"_qs << 0 << int(K::Comment);
    QTest::newRow("sql string with quote") << sql << u"select 'it''s from'"_qs << u"from"_qs << 0 << int(K::String);
    QTest::newRow("sql psql variable") << sql << u"select :'day'"_qs << u"day"_qs << 0 << int(K::Variable);
    QTest::newRow("sql block comment over lines") << sql << u"/* a\nselect */ select 1"_qs << u"select"_qs << 0 << int(K::Comment);
    QTest::newRow("sql after the comment") << sql << u"/* a\nselect */ select 1"_qs << u"select"_qs << 1 << int(K::Keyword);
    QTest::newRow("sql number") << sql << u"select 3.5"_qs << u"3.5"_qs << 0 << int(K::Number);
    QTest::newRow("sql dollar body") << sql << u"do $$\nbegin\n$$"_qs << u"begin"_qs << 0 << int(K::String);

    QTest::newRow("arguments: nothing") << int(CommandLanguage::Arguments) << u"if\n1"_qs << u"if"_qs << 0 << None;
}

void tst_CommandHighlighter::formats()
{
    QFETCH(int, language);
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, occurrence);
    QFETCH(int, kind);

    QTextDocument document;
    document.setPlainText(text);
    // Highlights at once (a highlighter attached earlier would wait for the event loop).
    auto *highlighter = new CommandHighlighter(&document, CommandLanguage(language));
    int position = -1;
    for (int i = 0; i <= occurrence; ++i)
        position = text.indexOf(needle, position + 1);
    QVERIFY(position >= 0);
    const QTextCharFormat format = formatAt(document, position);
    const QTextCharFormat lastChar = formatAt(document, position + needle.size() - 1);
    if (kind == None) {
        QVERIFY2(!format.hasProperty(QTextFormat::ForegroundBrush), qPrintable(format.foreground().color().name()));
    } else {
        const QTextCharFormat expected = highlighter->format(CommandHighlighter::Kind(kind));
        QCOMPARE(format.foreground().color().name(), expected.foreground().color().name());
        QCOMPARE(format.fontWeight(), expected.fontWeight());
        QCOMPARE(lastChar.foreground().color().name(), expected.foreground().color().name());
    }
}

void tst_CommandHighlighter::languageChangeRehighlights()
{
    QTextDocument document;
    document.setPlainText(u"def"_qs);
    auto *highlighter = new CommandHighlighter(&document, CommandLanguage::Shell);
    QVERIFY(!formatAt(document, 0).hasProperty(QTextFormat::ForegroundBrush));
    highlighter->setLanguage(CommandLanguage::Python);
    QCOMPARE(formatAt(document, 0).foreground().color(),
             highlighter->format(CommandHighlighter::Kind::Keyword).foreground().color());
}

void tst_CommandHighlighter::darkPaletteChangesColours()
{
    QTextDocument document;
    auto *highlighter = new CommandHighlighter(&document, CommandLanguage::Shell);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    highlighter->setPalette(light);
    const QColor onLight = highlighter->format(CommandHighlighter::Kind::Keyword).foreground().color();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    highlighter->setPalette(dark);
    const QColor onDark = highlighter->format(CommandHighlighter::Kind::Keyword).foreground().color();
    QVERIFY(onLight != onDark);
    QVERIFY(onDark.lightness() > onLight.lightness());
}

void tst_CommandHighlighter::backendName()
{
#if defined(TAKT_EXPECT_KSYNTAXHIGHLIGHTING)
    QVERIFY(highlighterBackendName().startsWith(u"KSyntaxHighlighting "_qs));
#else
    QCOMPARE(highlighterBackendName(), u"built-in"_qs);
    // Without KSyntaxHighlighting the editor's highlighter is the built-in one.
    QTextDocument sql;
    QVERIFY(qobject_cast<CommandHighlighter *>(createCommandHighlighter(&sql, CommandLanguage::Sql, QPalette())));
#endif
    QTextDocument document;
    QCOMPARE(createCommandHighlighter(&document, CommandLanguage::Arguments, QPalette()), nullptr);
}

QTEST_MAIN(tst_CommandHighlighter)
#include "tst_commandhighlighter.moc"
