#pragma once
// CloseBehaviour: what closing the main window does while the engine runs inside the app —
// keep it running in the tray or quit. Asks the first time ("Don't ask again" stores the answer).

#include <views/shell/appsettings.h>

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace Takt {

class CloseBehaviour final
{
    Q_DECLARE_TR_FUNCTIONS(CloseBehaviour)
public:
    enum class Action {
        Quit,       ///< close the window and quit (stopping an embedded engine)
        HideToTray, ///< hide the window; the engine keeps running, the tray icon brings it back
        Cancel,     ///< the user changed their mind: keep the window open
    };
    struct Answer
    {
        bool cancelled = false;
        bool keepRunning = false;
        bool dontAskAgain = false;
    };
    /// Puts the question; the default shows askWithMessageBox(). Tests pass their own.
    using Asker = std::function<Answer(QWidget *parent)>;

    CloseBehaviour();
    void setAsker(Asker asker) { m_asker = std::move(asker); }

    /// Decides for a close of `window`. A remote engine, or no tray to return from, means Quit
    /// without asking. Otherwise the stored choice decides, or the question is put (modal).
    Action decide(QWidget *window, bool engineEmbedded, bool trayAvailable);

    /// "Keep Takt running in the tray?" with Keep running / Quit / Cancel and "Don't ask again".
    static Answer askWithMessageBox(QWidget *parent);

private:
    Asker m_asker;
};

} // namespace Takt
