// AboutDialog names the version, Qt, the highlighting backend, the data directory and the engine.

#include "fakeengine.h"

#include <views/editor/highlighting.h>
#include <views/shell/aboutdialog.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Takt;

namespace {
QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}
} // namespace

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesEverything();
    void withoutEngine();
};

void tst_AboutDialog::namesEverything()
{
    QCoreApplication::setApplicationVersion(QString());
    FakeEngine engine;
    AboutDialog dialog(&engine, u"/home/ann/.local/share/takt"_qs);
    const QStringList texts = labelTexts(dialog);
    QVERIFY2(texts.contains(highlighterBackendName()), qPrintable(texts.join(u" | ")));
    QVERIFY(texts.contains(u"built-in"_qs) || highlighterBackendName().startsWith(u"KSyntaxHighlighting"_qs));
    QVERIFY(texts.contains(u"Fake engine — /tmp/fake"_qs));
    QVERIFY(texts.contains(u"/home/ann/.local/share/takt"_qs));
    QVERIFY(texts.contains(QString::fromLatin1(qVersion())));
    QVERIFY(texts.contains(u"<h2>Takt " TAKT_TEST_VERSION "</h2>"_qs));

    const QString details = dialog.detailsText();
    QVERIFY(details.contains(u"Command highlighting: "_qs + highlighterBackendName()));
    QVERIFY(details.contains(u"Version: " TAKT_TEST_VERSION ""_qs));
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>()) {
        if (button->text() == u"&Copy details")
            copy = button;
    }
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), details);
}

void tst_AboutDialog::withoutEngine()
{
    QCoreApplication::setApplicationVersion(u"9.9.9"_qs);
    AboutDialog dialog(nullptr, u"/data"_qs);
    QVERIFY(labelTexts(dialog).contains(u"Not connected"_qs));
    QVERIFY(dialog.detailsText().contains(u"Version: 9.9.9"_qs));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
