#include "closebehaviour.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace Takt {

CloseBehaviour::CloseBehaviour()
    : m_asker(&CloseBehaviour::askWithMessageBox)
{
}

CloseBehaviour::Action CloseBehaviour::decide(QWidget *window, bool engineEmbedded, bool trayAvailable)
{
    // A remote engine runs on without us; without a tray a hidden window could not come back.
    if (!engineEmbedded || !trayAvailable)
        return Action::Quit;
    AppSettings settings;
    switch (settings.keepInTray()) {
    case AppSettings::KeepInTray::Yes: return Action::HideToTray;
    case AppSettings::KeepInTray::No: return Action::Quit;
    case AppSettings::KeepInTray::Ask: break;
    }
    const Answer answer = m_asker(window);
    if (answer.cancelled)
        return Action::Cancel;
    if (answer.dontAskAgain) {
        settings.setKeepInTray(answer.keepRunning ? AppSettings::KeepInTray::Yes : AppSettings::KeepInTray::No);
        settings.sync();
    }
    return answer.keepRunning ? Action::HideToTray : Action::Quit;
}

CloseBehaviour::Answer CloseBehaviour::askWithMessageBox(QWidget *parent)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Close Takt"));
    box.setText(tr("Keep Takt running in the tray?"));
    box.setInformativeText(tr("The engine runs your scheduled jobs only while Takt runs. In the tray it "
                              "keeps running; the tray icon brings the window back."));
    QPushButton *keep = box.addButton(tr("&Keep running"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    auto *dontAsk = new QCheckBox(tr("&Don't ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();

    Answer answer;
    answer.cancelled = box.clickedButton() != keep && box.clickedButton() != quit;
    answer.keepRunning = box.clickedButton() == keep;
    answer.dontAskAgain = !answer.cancelled && dontAsk->isChecked();
    return answer;
}

} // namespace Takt
