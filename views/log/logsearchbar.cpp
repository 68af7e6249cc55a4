#include "logsearchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Takt {

LogSearchBar::LogSearchBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);

    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find in log"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(200);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);

    m_caseButton = new QToolButton(this);
    m_caseButton->setText(tr("Aa"));
    m_caseButton->setCheckable(true);
    m_caseButton->setAutoRaise(true);
    m_caseButton->setToolTip(tr("Match case"));
    layout->addWidget(m_caseButton);

    m_previousButton = new QToolButton(this);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_previousButton->setAutoRaise(true);
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    layout->addWidget(m_previousButton);

    m_nextButton = new QToolButton(this);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_nextButton->setAutoRaise(true);
    m_nextButton->setToolTip(tr("Next match (Enter, F3)"));
    layout->addWidget(m_nextButton);

    m_status = new QLabel(this);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("000,000 of 000,000 matches")));
    layout->addWidget(m_status);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setToolTip(tr("Searching the log"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Stop"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setToolTip(tr("Stop searching"));
    m_cancelButton->hide();
    layout->addWidget(m_cancelButton);

    m_closeButton = new QToolButton(this);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close the find bar (Esc)"));
    layout->addWidget(m_closeButton);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { requestSearchNow(); });
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_caseButton, &QToolButton::toggled, this, [this] { requestSearchNow(); });
    // A new text first goes to its first match; stepping starts from there.
    connect(m_previousButton, &QToolButton::clicked, this, [this] {
        if (!requestSearchNow())
            Q_EMIT previousRequested();
    });
    connect(m_nextButton, &QToolButton::clicked, this, [this] {
        if (!requestSearchNow())
            Q_EMIT nextRequested();
    });
    connect(m_cancelButton, &QToolButton::clicked, this, &LogSearchBar::cancelRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &LogSearchBar::closeRequested);
}

LogSearchBar::~LogSearchBar() = default;

QString LogSearchBar::text() const
{
    return m_edit->text();
}

void LogSearchBar::setText(const QString &text)
{
    m_edit->setText(text);
    requestSearchNow();
}

Qt::CaseSensitivity LogSearchBar::caseSensitivity() const
{
    return m_caseButton->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void LogSearchBar::setCaseSensitivity(Qt::CaseSensitivity cs)
{
    m_caseButton->setChecked(cs == Qt::CaseSensitive);
}

void LogSearchBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

QString LogSearchBar::status() const
{
    return m_status->text();
}

void LogSearchBar::setProgress(double fraction)
{
    const bool visible = fraction >= 0;
    m_progress->setVisible(visible);
    m_cancelButton->setVisible(visible);
    if (visible)
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void LogSearchBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool LogSearchBar::requestSearchNow()
{
    m_debounce->stop();
    if (m_edit->text() == m_requested && caseSensitivity() == m_requestedCase)
        return false;
    m_requested = m_edit->text();
    m_requestedCase = caseSensitivity();
    Q_EMIT searchRequested(m_requested, m_requestedCase);
    return true;
}

bool LogSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (requestSearchNow())
                return true; // a new text: its first match is shown
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Takt
