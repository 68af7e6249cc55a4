#pragma once
// LogViewer: the log of one run attempt, as a widget to embed anywhere (run details, a dock,
// a window of its own). It opens a log of any size at once, indexes it in the background,
// follows it while the run is running, and offers find, copy and save.
//
//     auto *viewer = new LogViewer(api, parent);   // api: the window's EngineApi
//     viewer->setRun(run.id);                     // the latest attempt, following retries
//     viewer->setRun(run.id, 2);                  // or one attempt

#include "logsaver.h"

#include <engine/core/run.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Takt {

class EngineApi;
class LogDocument;
class LogSearch;
class LogSearchBar;
class LogSource;
class LogView;

class LogViewer : public QWidget
{
    Q_OBJECT
public:
    /// `api` is not owned and should outlive the viewer (reads fail once it is gone).
    explicit LogViewer(EngineApi *api, QWidget *parent = nullptr);
    ~LogViewer() override;

    /// Shows the log of `attempt` of run `run`. Attempt 0 means the latest: the viewer then
    /// switches to a newer attempt when a retry starts, and waits for the first one when
    /// the run has not started. Returns at once; the log appears as it is read.
    void setRun(RunId run, int attempt = 0);
    /// Shows a log from any source (the viewer takes ownership), e.g. one fed by a push
    /// channel instead of polling; run() is then 0.
    void setSource(LogSource *source);
    /// Shows nothing.
    void clear();

    RunId run() const { return m_run; }
    /// The attempt shown (resolved when setRun() was given 0); 0 while none is.
    int attempt() const { return m_attempt; }
    /// The attempt setRun() was given (0: the latest), to tell whether a call would change
    /// anything.
    int requestedAttempt() const { return m_requestedAttempt; }

    bool isFollowing() const;
    void setFollowing(bool follow);
    bool showsTimestamps() const;
    void setShowTimestamps(bool show);

    /// Opens the find bar with `text` and searches for it; the first match at or below the
    /// top line becomes current.
    void find(const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    void findNext();
    void findPrevious();

    /// Copies the selected lines' plain text (Ctrl+C).
    void copy();
    /// Asks for a file and saves the log to it (plain text or raw).
    void saveAs();
    /// Saves without asking; false and a message when the file cannot be created.
    bool saveTo(const QString &path, LogSaver::Format format);

    /// How often a running log is polled for growth (default 500 ms).
    void setPollInterval(int ms);

    LogDocument *document() const { return m_document; }
    LogView *view() const { return m_view; }
    LogSearch *search() const { return m_search; }
    LogSearchBar *searchBar() const { return m_searchBar; }
    /// The status line ("12,345 lines · 1.2 MB") and the last message shown.
    QString statusText() const;
    QString messageText() const;

Q_SIGNALS:
    /// The log could not be read (the message is for people).
    void loadFailed(const QString &message);
    void saveFinished(bool ok, const QString &message);

private:
    void load(RunId run, int attempt);
    void showSource(LogSource *source);
    void onRunChanged(const RunRecord &run);
    void openSearch();
    void closeSearch();
    void onSearchRequested(const QString &text, Qt::CaseSensitivity cs);
    void goToMatch(bool forward);
    void tryPendingJump();
    void revealCurrentMatch();
    void updateSearchStatus();
    static QString matchCountText(qint64 count);
    void updateStatus();
    void showMessage(const QString &message, bool error = false);

    QPointer<EngineApi> m_api;
    RunId m_run = 0;
    int m_requestedAttempt = 0;
    int m_attempt = 0;
    quint64 m_loadGeneration = 0;
    int m_pollInterval = 500;
    bool m_followDecided = false;

    LogDocument *m_document = nullptr;
    LogView *m_view = nullptr;
    LogSearch *m_search = nullptr;
    LogSearchBar *m_searchBar = nullptr;
    LogSaver *m_saver = nullptr;
    QToolButton *m_followButton = nullptr;
    QToolButton *m_timestampsButton = nullptr;
    QToolButton *m_findButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_indexProgress = nullptr;
    QProgressBar *m_saveProgress = nullptr;
    QToolButton *m_saveCancel = nullptr;
    QLabel *m_message = nullptr;

    bool m_jumpPending = false;  // go to the first match from m_jumpFrom once one is found
    qint64 m_jumpFrom = 0;
    qint64 m_revealLine = -1;    // scroll the current match into view horizontally once loaded
};

} // namespace Takt
