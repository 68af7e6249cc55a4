#pragma once
// LogSearchBar: the find bar under a log: the text, a case toggle, previous/next, the match
// count and the progress of a search of a large log, with a button to cancel it.
// It only reports what the user asks for; LogViewer runs the search.

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Takt {

class LogSearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogSearchBar(QWidget *parent = nullptr);
    ~LogSearchBar() override;

    QString text() const;
    void setText(const QString &text);
    Qt::CaseSensitivity caseSensitivity() const;
    void setCaseSensitivity(Qt::CaseSensitivity cs);

    /// "12 matches", "3 of 12 matches", "No matches" …
    void setStatus(const QString &status);
    QString status() const;
    /// Search progress in 0..1; a negative value hides the progress and the cancel button.
    void setProgress(double fraction);

    /// Shows the bar and puts the cursor in the text, all of it selected.
    void activate();
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    /// The text or the case toggle changed (typing is debounced).
    void searchRequested(const QString &text, Qt::CaseSensitivity cs);
    void nextRequested();
    void previousRequested();
    void cancelRequested();
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Emits searchRequested() if the text or case changed since the last one; says so.
    bool requestSearchNow();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_caseButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_requested; // the text of the last search asked for
    Qt::CaseSensitivity m_requestedCase = Qt::CaseInsensitive;
};

} // namespace Takt
