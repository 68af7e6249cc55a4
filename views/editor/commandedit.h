#pragma once
// CommandEdit: the job editor's command field — a language selector, the interpreter that runs
// the script, and a highlighted text editor. See CommandText for how text becomes argv.

#include <views/editor/commandtext.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace Takt {

class CommandEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit CommandEdit(QWidget *parent = nullptr);

    /// Shows `argv`. command() gives back exactly `argv` until the user edits something, also
    /// for argv that the editor cannot show exactly (see CommandText::isExact()).
    void setCommand(const QStringList &argv);
    /// The argv to store; empty when there is nothing to run.
    QStringList command() const;

    CommandLanguage language() const;
    /// Switches language; a default interpreter follows (a customised one is kept).
    void setLanguage(CommandLanguage language);
    QString interpreterText() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLanguageChosen();
    void onTextChanged();
    void updateHighlighter();
    void updateHint();
    CommandText current() const;

    QComboBox *m_language = nullptr;
    QLabel *m_interpreterLabel = nullptr;
    QLineEdit *m_interpreter = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QStringList m_original;     // argv as set, returned while the fields still show it
    CommandText m_shown;        // what setCommand() put in the fields
    bool m_updating = false;
};

} // namespace Takt
