#include "logviewer.h"

#include "enginelogsource.h"
#include "logdocument.h"
#include "logsearch.h"
#include "logsearchbar.h"
#include "logview.h"

#include <engine/api/engineapi.h>
#include <views/common/displayformat.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace Takt {

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogViewer::LogViewer(EngineApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_document = new LogDocument(this);
    m_search = new LogSearch(m_document, this);
    m_view = new LogView(m_document, this);
    m_view->setSearch(m_search);
    m_searchBar = new LogSearchBar(this);
    m_searchBar->hide();

    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(4, 2, 4, 2);
    barLayout->setSpacing(2);
    m_followButton = toolButton(tr("Follow"), tr("Keep the newest lines in view while the run writes them"), bar);
    m_followButton->setCheckable(true);
    m_followButton->setChecked(m_view->isFollowing());
    m_timestampsButton = toolButton(tr("Timestamps"), tr("Show when each line was written (local time)"), bar);
    m_timestampsButton->setCheckable(true);
    m_timestampsButton->setChecked(m_view->showsTimestamps());
    m_findButton = toolButton(tr("Find"), tr("Find in the log (Ctrl+F)"), bar);
    m_copyButton = toolButton(tr("Copy"), tr("Copy the selected lines as plain text (Ctrl+C)"), bar);
    m_copyButton->setEnabled(false);
    m_saveButton = toolButton(tr("Save As…"), tr("Save the log to a file, as plain text or raw"), bar);
    m_message = new QLabel(bar);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(bar);
    m_indexProgress = new QProgressBar(bar);
    m_indexProgress->setRange(0, 1000);
    m_indexProgress->setMaximumWidth(160);
    m_indexProgress->setFormat(tr("Indexing %p%"));
    m_indexProgress->hide();
    m_saveProgress = new QProgressBar(bar);
    m_saveProgress->setRange(0, 1000);
    m_saveProgress->setMaximumWidth(160);
    m_saveProgress->setFormat(tr("Saving %p%"));
    m_saveProgress->hide();
    m_saveCancel = toolButton(tr("Stop"), tr("Stop saving"), bar);
    m_saveCancel->hide();
    barLayout->addWidget(m_followButton);
    barLayout->addWidget(m_timestampsButton);
    barLayout->addSpacing(8);
    barLayout->addWidget(m_findButton);
    barLayout->addWidget(m_copyButton);
    barLayout->addWidget(m_saveButton);
    barLayout->addSpacing(8);
    barLayout->addWidget(m_message, 1);
    barLayout->addWidget(m_saveProgress);
    barLayout->addWidget(m_saveCancel);
    barLayout->addWidget(m_indexProgress);
    barLayout->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_searchBar);

    connect(m_followButton, &QToolButton::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followingChanged, m_followButton, &QToolButton::setChecked);
    connect(m_timestampsButton, &QToolButton::toggled, m_view, &LogView::setShowTimestamps);
    connect(m_view, &LogView::showTimestampsChanged, m_timestampsButton, &QToolButton::setChecked);
    connect(m_findButton, &QToolButton::clicked, this, &LogViewer::openSearch);
    connect(m_copyButton, &QToolButton::clicked, this, &LogViewer::copy);
    connect(m_saveButton, &QToolButton::clicked, this, &LogViewer::saveAs);
    connect(m_view, &LogView::selectionChanged, this, [this] { m_copyButton->setEnabled(m_view->hasSelection()); });
    connect(m_view, &LogView::copied, this, [this](qint64 lines, bool truncated) {
        const QString count = QLocale().toString(lines);
        if (truncated)
            showMessage(tr("Copied the first %1 lines; use Save As for the whole log.").arg(count));
        else
            showMessage(lines == 1 ? tr("Copied 1 line.") : tr("Copied %1 lines.").arg(count));
    });

    connect(m_document, &LogDocument::linesAdded, this, &LogViewer::updateStatus);
    connect(m_document, &LogDocument::indexProgress, this, [this](qint64 indexed, qint64 size) {
        const bool indexing = m_document->isIndexing() && size > 0;
        m_indexProgress->setVisible(indexing);
        if (indexing)
            m_indexProgress->setValue(int(1000.0 * double(indexed) / double(size)));
    });
    connect(m_document, &LogDocument::caughtUp, this, [this] {
        m_indexProgress->hide();
        updateStatus();
    });
    connect(m_document, &LogDocument::failed, this, [this](const QString &message) {
        m_indexProgress->hide();
        const QString text = tr("Cannot read the log: %1").arg(message);
        showMessage(text, true);
        Q_EMIT loadFailed(text);
    });
    connect(m_document, &LogDocument::linesLoaded, this, [this](qint64 first, qint64 last) {
        if (m_revealLine >= first && m_revealLine <= last)
            revealCurrentMatch();
    });

    connect(m_searchBar, &LogSearchBar::searchRequested, this, &LogViewer::onSearchRequested);
    connect(m_searchBar, &LogSearchBar::nextRequested, this, &LogViewer::findNext);
    connect(m_searchBar, &LogSearchBar::previousRequested, this, &LogViewer::findPrevious);
    connect(m_searchBar, &LogSearchBar::cancelRequested, m_search, &LogSearch::cancel);
    connect(m_searchBar, &LogSearchBar::closeRequested, this, &LogViewer::closeSearch);
    connect(m_search, &LogSearch::matchesChanged, this, [this] {
        tryPendingJump();
        updateSearchStatus();
    });
    connect(m_search, &LogSearch::stateChanged, this, [this] {
        tryPendingJump();
        updateSearchStatus();
    });
    connect(m_search, &LogSearch::currentChanged, this, &LogViewer::updateSearchStatus);
    connect(m_search, &LogSearch::progressed, this, [this](qint64 searched, qint64 size) {
        m_searchBar->setProgress(m_search->isSearching() && size > 0 ? double(searched) / double(size) : -1);
    });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &LogViewer::openSearch);
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, &LogViewer::findNext);
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    previousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousShortcut, &QShortcut::activated, this, &LogViewer::findPrevious);

    connect(m_saveCancel, &QToolButton::clicked, this, [this] {
        if (m_saver)
            m_saver->cancel();
    });

    if (api)
        connect(api, &EngineApi::runChanged, this, &LogViewer::onRunChanged);
    setFocusProxy(m_view);
    updateStatus();
}

LogViewer::~LogViewer() = default;

void LogViewer::setRun(RunId run, int attempt)
{
    m_run = run;
    m_requestedAttempt = attempt;
    m_attempt = 0;
    showMessage(QString());
    if (attempt > 0) {
        load(run, attempt);
        return;
    }
    // "The latest" is resolved to a number first: polling "the latest" would switch
    // files under the reader when a retry starts.
    const quint64 generation = ++m_loadGeneration;
    showSource(nullptr);
    if (!m_api) {
        showMessage(tr("No engine is connected."), true);
        return;
    }
    m_api->run(run).then(this, [this, generation, run](const Result<RunRecord> &record) {
        if (generation != m_loadGeneration)
            return;
        if (!record.isOk()) {
            const QString text = tr("Cannot read the log: %1").arg(record.error().toString());
            showMessage(text, true);
            Q_EMIT loadFailed(text);
            return;
        }
        if (record->current.attempt == 0) {
            showMessage(tr("The run has not started yet."));
            return; // onRunChanged() loads the first attempt when it starts
        }
        load(run, record->current.attempt);
    });
}

void LogViewer::load(RunId run, int attempt)
{
    ++m_loadGeneration;
    m_run = run;
    m_attempt = attempt;
    auto *source = new EngineLogSource(m_api, run, attempt);
    source->setPollInterval(m_pollInterval);
    showSource(source);
}

void LogViewer::setSource(LogSource *source)
{
    ++m_loadGeneration;
    m_run = 0;
    m_requestedAttempt = 0;
    m_attempt = 0;
    showMessage(QString());
    showSource(source);
}

void LogViewer::clear()
{
    setSource(nullptr);
}

void LogViewer::showSource(LogSource *source)
{
    if (m_saver && m_saver->isActive())
        m_saver->cancel();
    m_revealLine = -1;
    m_jumpPending = false;
    // A running log is followed from its end; a finished one opens at its start. The first
    // answer tells which (it comes before any line).
    m_followDecided = false;
    m_view->setFollowing(true);
    if (source) {
        connect(source, &LogSource::grown, this, [this](qint64, bool finished) {
            if (m_followDecided)
                return;
            m_followDecided = true;
            if (finished) {
                m_view->setFollowing(false);
                m_view->scrollToTop();
            }
        });
    }
    m_document->setSource(source);
    m_indexProgress->hide();
    updateStatus();
}

void LogViewer::onRunChanged(const RunRecord &run)
{
    if (run.id != m_run || m_requestedAttempt != 0 || run.current.attempt <= m_attempt)
        return;
    showMessage(m_attempt == 0 ? QString() : tr("Showing attempt %1, the retry that just started.").arg(run.current.attempt));
    load(run.id, run.current.attempt);
}

bool LogViewer::isFollowing() const
{
    return m_view->isFollowing();
}

void LogViewer::setFollowing(bool follow)
{
    m_followDecided = true; // the user's choice wins over the default
    m_view->setFollowing(follow);
}

bool LogViewer::showsTimestamps() const
{
    return m_view->showsTimestamps();
}

void LogViewer::setShowTimestamps(bool show)
{
    m_view->setShowTimestamps(show);
}

void LogViewer::setPollInterval(int ms)
{
    m_pollInterval = ms;
    if (auto *source = qobject_cast<EngineLogSource *>(m_document->source()))
        source->setPollInterval(ms);
}

QString LogViewer::statusText() const
{
    return m_status->text();
}

QString LogViewer::messageText() const
{
    return m_message->text();
}

void LogViewer::updateStatus()
{
    if (!m_document->source()) {
        m_status->clear();
        return;
    }
    const qint64 lines = m_document->lineCount();
    m_status->setText(tr("%1 lines · %2").arg(QLocale().toString(lines), displaySize(m_document->size())));
}

void LogViewer::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #cf222e;") : QString());
}

void LogViewer::copy()
{
    m_view->copy();
}

void LogViewer::saveAs()
{
    auto *dialog = new QFileDialog(this, tr("Save Log As"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString plain = tr("Plain text, without colours (*.txt)");
    const QString raw = tr("Raw log, with times and streams (*.log)");
    dialog->setNameFilters({plain, raw});
    dialog->selectFile(m_run > 0 ? QStringLiteral("run-%1-attempt-%2.txt").arg(m_run).arg(m_attempt)
                                 : QStringLiteral("log.txt"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, raw](const QString &filter) {
        dialog->setDefaultSuffix(filter == raw ? QStringLiteral("log") : QStringLiteral("txt"));
    });
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, raw](const QString &path) {
        saveTo(path, dialog->selectedNameFilter() == raw ? LogSaver::Format::Raw : LogSaver::Format::PlainText);
    });
    dialog->open();
}

bool LogViewer::saveTo(const QString &path, LogSaver::Format format)
{
    if (!m_document->source()) {
        showMessage(tr("There is no log to save."), true);
        return false;
    }
    if (m_saver && m_saver->isActive()) {
        showMessage(tr("A save is already running."), true);
        return false;
    }
    if (m_saver)
        m_saver->deleteLater();
    m_saver = new LogSaver(m_document->source(), this);
    connect(m_saver, &LogSaver::progressed, this, [this](qint64 done, qint64 size) {
        if (size > 0)
            m_saveProgress->setValue(int(1000.0 * double(done) / double(size)));
    });
    LogSaver *saver = m_saver;
    connect(m_saver, &LogSaver::finished, this, [this, saver, path](bool ok) {
        m_saveProgress->hide();
        m_saveCancel->hide();
        const QString message = ok ? tr("Saved to %1").arg(path) : saver->errorString();
        showMessage(message, !ok);
        Q_EMIT saveFinished(ok, message);
    });
    if (!m_saver->start(path, format)) {
        showMessage(m_saver->errorString(), true);
        return false;
    }
    m_saveProgress->setValue(0);
    m_saveProgress->show();
    m_saveCancel->show();
    showMessage(QString());
    return true;
}

void LogViewer::openSearch()
{
    m_searchBar->activate();
}

void LogViewer::closeSearch()
{
    m_searchBar->hide();
    m_searchBar->setText(QString());
    m_jumpPending = false;
    m_search->clear();
    m_view->setFocus();
}

void LogViewer::find(const QString &text, Qt::CaseSensitivity cs)
{
    m_searchBar->activate();
    m_searchBar->setCaseSensitivity(cs);
    m_searchBar->setText(text);
}

void LogViewer::onSearchRequested(const QString &text, Qt::CaseSensitivity cs)
{
    m_search->start(text, cs);
    // After start(): a search of a small log may have finished inside it already.
    m_jumpPending = !text.isEmpty();
    m_jumpFrom = m_view->firstVisibleLine();
    tryPendingJump();
    updateSearchStatus();
}

void LogViewer::findNext()
{
    goToMatch(true);
}

void LogViewer::findPrevious()
{
    goToMatch(false);
}

void LogViewer::goToMatch(bool forward)
{
    if (m_search->text().isEmpty()) {
        openSearch();
        return;
    }
    const LogSearch::Match current = m_search->current();
    if (!current.isValid()) {
        if (forward) {
            m_jumpPending = true;
            m_jumpFrom = m_view->firstVisibleLine();
            tryPendingJump();
        } else {
            const LogSearch::Match match = m_search->previous(m_search->firstMatchFrom(m_view->firstVisibleLine()));
            m_jumpPending = false;
            m_search->setCurrent(match);
            revealCurrentMatch();
        }
        return;
    }
    m_jumpPending = false;
    m_search->setCurrent(forward ? m_search->next(current) : m_search->previous(current));
    revealCurrentMatch();
}

void LogViewer::tryPendingJump()
{
    if (!m_jumpPending)
        return;
    const LogSearch::Match match = m_search->firstMatchFrom(m_jumpFrom);
    if (!match.isValid()) {
        if (!m_search->isSearching())
            m_jumpPending = false; // nothing to go to
        return;
    }
    if (match.line < m_jumpFrom && m_search->isSearching())
        return; // wrapped: a match below the top line may still be found
    m_jumpPending = false;
    m_search->setCurrent(match);
    revealCurrentMatch();
}

void LogViewer::revealCurrentMatch()
{
    const LogSearch::Match match = m_search->current();
    m_revealLine = -1;
    if (!match.isValid())
        return;
    m_view->ensureVisible(match.line);
    if (const DecodedLine *line = m_document->line(match.line)) {
        const QList<int> positions = m_search->matcher().positions(line->text.text);
        if (match.occurrence < positions.size())
            m_view->ensureVisible(match.line, positions[match.occurrence], int(m_search->text().size()));
    } else {
        m_revealLine = match.line; // once it is loaded
    }
}

QString LogViewer::matchCountText(qint64 count)
{
    return count == 1 ? tr("1 match") : tr("%1 matches").arg(QLocale().toString(count));
}

void LogViewer::updateSearchStatus()
{
    if (m_search->text().isEmpty()) {
        m_searchBar->setStatus(QString());
        m_searchBar->setProgress(-1);
        return;
    }
    const qint64 count = m_search->matchCount();
    const bool searching = m_search->isSearching();
    const LogSearch::Match current = m_search->current();
    QString status;
    if (count == 0)
        status = searching ? tr("Searching…") : tr("No matches");
    else if (current.isValid())
        status = tr("%1 of %2").arg(QLocale().toString(current.number + 1), matchCountText(count));
    else
        status = matchCountText(count);
    if (m_search->wasCancelled())
        status = tr("%1 (stopped)").arg(status);
    m_searchBar->setStatus(status);
    if (!searching)
        m_searchBar->setProgress(-1);
}

} // namespace Takt
