// CommandText: argv ↔ what the editor shows (script + interpreter, or one argument per line),
// and CommandEdit, which returns the argv it was given until the user edits it.

#include <views/editor/commandedit.h>
#include <views/editor/commandhighlighter.h>
#include <views/editor/commandtext.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Takt;

class tst_CommandText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromArgv_data();
    void fromArgv();
    void toArgv_data();
    void toArgv();
    void shebang_data();
    void shebang();
    void joinSplit_data();
    void joinSplit();
    void editKeepsInexactArgvUntilEdited();
    void editShebangPicksLanguage();
    void editLanguageSwitchKeepsCustomInterpreter();
    void editHighlighterFollowsPalette();
};

void tst_CommandText::fromArgv_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("interpreter");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("exact");

    const auto L = [](CommandLanguage l) { return int(l); };
    QTest::newRow("empty") << QStringList() << L(CommandLanguage::Shell)
                           << QStringList{u"/bin/sh"_qs, u"-c"_qs} << QString() << true;
    QTest::newRow("sh -c") << QStringList{u"/bin/sh"_qs, u"-c"_qs, u"echo hi\nls"_qs} << L(CommandLanguage::Shell)
                           << QStringList{u"/bin/sh"_qs, u"-c"_qs} << u"echo hi\nls"_qs << true;
    QTest::newRow("bash -e -c") << QStringList{u"bash"_qs, u"-e"_qs, u"-c"_qs, u"make"_qs} << L(CommandLanguage::Shell)
                                << QStringList{u"bash"_qs, u"-e"_qs, u"-c"_qs} << u"make"_qs << true;
    QTest::newRow("python3 -c") << QStringList{u"python3"_qs, u"-c"_qs, u"print(1)"_qs} << L(CommandLanguage::Python)
                                << QStringList{u"python3"_qs, u"-c"_qs} << u"print(1)"_qs << true;
    QTest::newRow("/usr/bin/python3.11 -c") << QStringList{u"/usr/bin/python3.11"_qs, u"-c"_qs, u"pass"_qs}
                                            << L(CommandLanguage::Python)
                                            << QStringList{u"/usr/bin/python3.11"_qs, u"-c"_qs} << u"pass"_qs << true;
    QTest::newRow("psql -d db --command") << QStringList{u"psql"_qs, u"-d"_qs, u"db"_qs, u"--command"_qs, u"select 1"_qs}
                                          << L(CommandLanguage::Sql)
                                          << QStringList{u"psql"_qs, u"-d"_qs, u"db"_qs, u"--command"_qs}
                                          << u"select 1"_qs << true;
    QTest::newRow("program and arguments") << QStringList{u"rsync"_qs, u"-a"_qs, u"/src/"_qs, u"/dst/"_qs}
                                           << L(CommandLanguage::Arguments) << QStringList()
                                           << u"rsync\n-a\n/src/\n/dst/"_qs << true;
    QTest::newRow("sh without -c") << QStringList{u"sh"_qs, u"script.sh"_qs} << L(CommandLanguage::Arguments)
                                   << QStringList() << u"sh\nscript.sh"_qs << true;
    QTest::newRow("unknown -c") << QStringList{u"ruby"_qs, u"-c"_qs, u"x"_qs} << L(CommandLanguage::Arguments)
                                << QStringList() << u"ruby\n-c\nx"_qs << true;
    QTest::newRow("argument with a line break") << QStringList{u"echo"_qs, u"a\nb"_qs} << L(CommandLanguage::Arguments)
                                                << QStringList() << u"echo\na\nb"_qs << false;
    QTest::newRow("empty argument") << QStringList{u"echo"_qs, QString()} << L(CommandLanguage::Arguments)
                                    << QStringList() << u"echo\n"_qs << false;
}

void tst_CommandText::fromArgv()
{
    QFETCH(QStringList, argv);
    QFETCH(int, language);
    QFETCH(QStringList, interpreter);
    QFETCH(QString, text);
    QFETCH(bool, exact);

    const CommandText command = CommandText::fromArgv(argv);
    QCOMPARE(int(command.language), language);
    QCOMPARE(command.interpreter, interpreter);
    QCOMPARE(command.text, text);
    QCOMPARE(CommandText::isExact(argv), exact);
}

void tst_CommandText::toArgv_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("argv");

    QTest::newRow("shell") << int(CommandLanguage::Shell) << u"echo $HOME"_qs
                           << QStringList{u"/bin/sh"_qs, u"-c"_qs, u"echo $HOME"_qs};
    QTest::newRow("python") << int(CommandLanguage::Python) << u"import sys"_qs
                            << QStringList{u"python3"_qs, u"-c"_qs, u"import sys"_qs};
    QTest::newRow("sql") << int(CommandLanguage::Sql) << u"vacuum;"_qs
                         << QStringList{u"psql"_qs, u"-c"_qs, u"vacuum;"_qs};
    QTest::newRow("blank script") << int(CommandLanguage::Shell) << u"  \n "_qs << QStringList();
    QTest::newRow("arguments, blank lines and spaces")
        << int(CommandLanguage::Arguments) << u"  tar \n\n-czf\r\n/tmp/a b.tgz  \n"_qs
        << QStringList{u"tar"_qs, u"-czf"_qs, u"/tmp/a b.tgz"_qs};
}

void tst_CommandText::toArgv()
{
    QFETCH(int, language);
    QFETCH(QString, text);
    QFETCH(QStringList, argv);

    CommandText command;
    command.language = CommandLanguage(language);
    command.interpreter = CommandText::defaultInterpreter(command.language);
    command.text = text;
    QCOMPARE(command.toArgv(), argv);
}

void tst_CommandText::shebang_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("language"); // -1 = none

    QTest::newRow("env python3") << u"#!/usr/bin/env python3\nprint(1)"_qs << int(CommandLanguage::Python);
    QTest::newRow("env -S python3 -u") << u"#!/usr/bin/env -S python3 -u\n"_qs << int(CommandLanguage::Python);
    QTest::newRow("bash -e") << u"#!/bin/bash -e\nmake"_qs << int(CommandLanguage::Shell);
    QTest::newRow("psql") << u"#!/usr/bin/psql"_qs << int(CommandLanguage::Sql);
    QTest::newRow("perl") << u"#!/usr/bin/perl"_qs << -1;
    QTest::newRow("no shebang") << u"echo #!/bin/bash"_qs << -1;
}

void tst_CommandText::shebang()
{
    QFETCH(QString, script);
    QFETCH(int, language);
    const auto found = languageFromShebang(script);
    QCOMPARE(found ? int(*found) : -1, language);
}

void tst_CommandText::joinSplit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{u"/bin/sh"_qs, u"-c"_qs} << u"/bin/sh -c"_qs;
    QTest::newRow("space") << QStringList{u"psql"_qs, u"-d"_qs, u"my db"_qs, u"-c"_qs} << u"psql -d \"my db\" -c"_qs;
    QTest::newRow("quote") << QStringList{u"a\"b"_qs, u"say \"hi\""_qs} << u"a\"\"\"b \"say \"\"\"hi\"\"\"\""_qs;
}

void tst_CommandText::joinSplit()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, line);
    QCOMPARE(joinArguments(arguments), line);
    QCOMPARE(splitArguments(line), arguments);
}

void tst_CommandText::editKeepsInexactArgvUntilEdited()
{
    CommandEdit edit;
    const QStringList argv{u"printf"_qs, u"%s\n"_qs, u""_qs};
    edit.setCommand(argv);
    QCOMPARE(edit.language(), CommandLanguage::Arguments);
    QCOMPARE(edit.command(), argv);
    // Once edited, the text is what counts.
    edit.textEdit()->setPlainText(u"printf\nx"_qs);
    QCOMPARE(edit.command(), (QStringList{u"printf"_qs, u"x"_qs}));
}

void tst_CommandText::editShebangPicksLanguage()
{
    CommandEdit edit;
    edit.show();
    QCOMPARE(edit.language(), CommandLanguage::Shell);
    QTest::keyClicks(edit.textEdit(), u"#!/usr/bin/env python3"_qs);
    QCOMPARE(edit.language(), CommandLanguage::Python);
    QCOMPARE(edit.interpreterText(), u"python3 -c"_qs);
    QTest::keyClick(edit.textEdit(), Qt::Key_Return);
    QTest::keyClicks(edit.textEdit(), u"print('hi')"_qs);
    QCOMPARE(edit.command(),
             (QStringList{u"python3"_qs, u"-c"_qs, u"#!/usr/bin/env python3\nprint('hi')"_qs}));
}

void tst_CommandText::editLanguageSwitchKeepsCustomInterpreter()
{
    CommandEdit edit;
    edit.show();
    auto *language = edit.findChild<QComboBox *>(u"commandLanguage"_qs);
    auto *interpreter = edit.findChild<QLineEdit *>(u"commandInterpreter"_qs);
    QVERIFY(language && interpreter);
    language->setCurrentIndex(language->findData(int(CommandLanguage::Sql)));
    QCOMPARE(interpreter->text(), u"psql -c"_qs);
    interpreter->clear();
    QTest::keyClicks(interpreter, u"psql -d reports -c"_qs);
    language->setCurrentIndex(language->findData(int(CommandLanguage::Shell)));
    QCOMPARE(interpreter->text(), u"psql -d reports -c"_qs); // customised: kept
    QTest::keyClicks(edit.textEdit(), u"select 1"_qs);
    QCOMPARE(edit.command(), (QStringList{u"psql"_qs, u"-d"_qs, u"reports"_qs, u"-c"_qs, u"select 1"_qs}));
    // Arguments mode hides the interpreter.
    language->setCurrentIndex(language->findData(int(CommandLanguage::Arguments)));
    QVERIFY(interpreter->isHidden());
}

void tst_CommandText::editHighlighterFollowsPalette()
{
    CommandEdit edit;
    edit.setCommand({u"/bin/sh"_qs, u"-c"_qs, u"if true; then :; fi"_qs});
    auto *highlighter = qobject_cast<CommandHighlighter *>(edit.highlighter());
    if (!highlighter)
        QSKIP("KSyntaxHighlighting is in use: its theme chooses the colours");
    const QColor onLight = highlighter->format(CommandHighlighter::Kind::Keyword).foreground().color();
    // A dark theme (applyTheme) reaches the widget as a palette change.
    QPalette dark = edit.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    edit.setPalette(dark);
    highlighter = qobject_cast<CommandHighlighter *>(edit.highlighter());
    QVERIFY(highlighter);
    QVERIFY(highlighter->format(CommandHighlighter::Kind::Keyword).foreground().color() != onLight);
    // Program-and-arguments text has nothing to highlight.
    edit.setLanguage(CommandLanguage::Arguments);
    QCOMPARE(edit.highlighter(), nullptr);
}

QTEST_MAIN(tst_CommandText)
#include "tst_commandtext.moc"
