// CloseBehaviour: asks the first time the window closes with the engine embedded, stores the
// answer only with "Don't ask again", and never asks for a remote engine or without a tray.

#include <views/shell/appsettings.h>
#include <views/shell/closebehaviour.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Takt;

class tst_CloseBehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void remoteOrNoTrayQuitsWithoutAsking();
    void asksUntilToldNotTo();
    void dontAskAgainStoresTheAnswer_data();
    void dontAskAgainStoresTheAnswer();
    void cancelKeepsTheWindow();
    void storedChoiceDecides();

private:
    /// A CloseBehaviour whose question is answered with `answer` and counted in m_asked.
    CloseBehaviour behaviour(CloseBehaviour::Answer answer)
    {
        CloseBehaviour b;
        b.setAsker([this, answer](QWidget *) {
            ++m_asked;
            return answer;
        });
        return b;
    }

    QTemporaryDir m_dir;
    int m_asked = 0;
};

void tst_CloseBehaviour::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void tst_CloseBehaviour::init()
{
    QSettings(u"Takt"_qs, u"takt"_qs).clear();
    m_asked = 0;
}

void tst_CloseBehaviour::remoteOrNoTrayQuitsWithoutAsking()
{
    CloseBehaviour b = behaviour({false, true, false});
    QCOMPARE(b.decide(nullptr, false, true), CloseBehaviour::Action::Quit);
    QCOMPARE(b.decide(nullptr, true, false), CloseBehaviour::Action::Quit);
    QCOMPARE(m_asked, 0);
}

void tst_CloseBehaviour::asksUntilToldNotTo()
{
    CloseBehaviour b = behaviour({false, true, false});
    QCOMPARE(b.decide(nullptr, true, true), CloseBehaviour::Action::HideToTray);
    QCOMPARE(b.decide(nullptr, true, true), CloseBehaviour::Action::HideToTray);
    QCOMPARE(m_asked, 2);
    QCOMPARE(AppSettings().keepInTray(), AppSettings::KeepInTray::Ask);
}

void tst_CloseBehaviour::dontAskAgainStoresTheAnswer_data()
{
    QTest::addColumn<bool>("keepRunning");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("stored");
    QTest::newRow("keep running") << true << int(CloseBehaviour::Action::HideToTray) << int(AppSettings::KeepInTray::Yes);
    QTest::newRow("quit") << false << int(CloseBehaviour::Action::Quit) << int(AppSettings::KeepInTray::No);
}

void tst_CloseBehaviour::dontAskAgainStoresTheAnswer()
{
    QFETCH(bool, keepRunning);
    QFETCH(int, action);
    QFETCH(int, stored);
    CloseBehaviour b = behaviour({false, keepRunning, true});
    QCOMPARE(int(b.decide(nullptr, true, true)), action);
    QCOMPARE(int(AppSettings().keepInTray()), stored);
    QCOMPARE(int(b.decide(nullptr, true, true)), action);
    QCOMPARE(m_asked, 1);
}

void tst_CloseBehaviour::cancelKeepsTheWindow()
{
    CloseBehaviour b = behaviour({true, false, false});
    QCOMPARE(b.decide(nullptr, true, true), CloseBehaviour::Action::Cancel);
    QCOMPARE(AppSettings().keepInTray(), AppSettings::KeepInTray::Ask);
}

void tst_CloseBehaviour::storedChoiceDecides()
{
    CloseBehaviour b = behaviour({true, false, false});
    AppSettings().setKeepInTray(AppSettings::KeepInTray::Yes);
    QCOMPARE(b.decide(nullptr, true, true), CloseBehaviour::Action::HideToTray);
    AppSettings().setKeepInTray(AppSettings::KeepInTray::No);
    QCOMPARE(b.decide(nullptr, true, true), CloseBehaviour::Action::Quit);
    QCOMPARE(m_asked, 0);
}

QTEST_MAIN(tst_CloseBehaviour)
#include "tst_closebehaviour.moc"
