#include "commandedit.h"

#include "highlighting.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Takt {

CommandEdit::CommandEdit(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_interpreterLabel(new QLabel(tr("Ru&n with:"), this))
    , m_interpreter(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    m_language->setObjectName(QStringLiteral("commandLanguage"));
    m_language->addItem(tr("Shell script"), int(CommandLanguage::Shell));
    m_language->addItem(tr("Python"), int(CommandLanguage::Python));
    m_language->addItem(tr("SQL (psql)"), int(CommandLanguage::Sql));
    m_language->addItem(tr("Program and arguments"), int(CommandLanguage::Arguments));
    m_interpreter->setObjectName(QStringLiteral("commandInterpreter"));
    m_interpreter->setToolTip(tr("The program and options that run the script; the script is "
                                 "passed as the last argument."));
    m_interpreterLabel->setBuddy(m_interpreter);
    m_text->setObjectName(QStringLiteral("commandText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_hint->setObjectName(QStringLiteral("commandHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addSpacing(12);
    top->addWidget(m_interpreterLabel);
    top->addWidget(m_interpreter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hint);

    connect(m_language, &QComboBox::currentIndexChanged, this, &CommandEdit::onLanguageChosen);
    connect(m_interpreter, &QLineEdit::textEdited, this, [this] {
        updateHint();
        Q_EMIT changed();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommandEdit::onTextChanged);

    setCommand({});
}

void CommandEdit::setCommand(const QStringList &argv)
{
    const CommandText text = CommandText::fromArgv(argv);
    m_updating = true;
    m_language->setCurrentIndex(m_language->findData(int(text.language)));
    m_interpreter->setText(joinArguments(text.interpreter));
    m_text->setPlainText(text.text);
    m_updating = false;
    m_original = argv;
    m_shown = current();
    updateHighlighter();
    updateHint();
    Q_EMIT changed();
}

QStringList CommandEdit::command() const
{
    // Compared by content, not by edit signals: re-highlighting also signals textChanged.
    const CommandText shown = current();
    return shown == m_shown ? m_original : shown.toArgv();
}

CommandLanguage CommandEdit::language() const
{
    return CommandLanguage(m_language->currentData().toInt());
}

void CommandEdit::setLanguage(CommandLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

QString CommandEdit::interpreterText() const
{
    return m_interpreter->text();
}

CommandText CommandEdit::current() const
{
    CommandText text;
    text.language = language();
    text.interpreter = text.language == CommandLanguage::Arguments ? QStringList()
                                                                   : splitArguments(m_interpreter->text());
    text.text = m_text->toPlainText();
    return text;
}

void CommandEdit::onLanguageChosen()
{
    if (m_updating)
        return;
    // The interpreter follows the language unless the user wrote one of their own.
    const QStringList interpreter = splitArguments(m_interpreter->text());
    bool isDefault = interpreter.isEmpty();
    for (CommandLanguage l : {CommandLanguage::Shell, CommandLanguage::Python, CommandLanguage::Sql})
        isDefault = isDefault || interpreter == CommandText::defaultInterpreter(l);
    if (isDefault || language() == CommandLanguage::Arguments)
        m_interpreter->setText(joinArguments(CommandText::defaultInterpreter(language())));
    updateHighlighter();
    updateHint();
    Q_EMIT changed();
}

void CommandEdit::onTextChanged()
{
    if (m_updating)
        return;
    // A pasted script that names its interpreter ("#!/usr/bin/env python3") picks the language,
    // unless the interpreter was customised.
    const std::optional<CommandLanguage> shebang = languageFromShebang(m_text->toPlainText());
    if (shebang && *shebang != language() && language() != CommandLanguage::Arguments
        && splitArguments(m_interpreter->text()) == CommandText::defaultInterpreter(language())) {
        setLanguage(*shebang);
    }
    Q_EMIT changed();
}

void CommandEdit::updateHighlighter()
{
    delete m_highlighter;
    m_highlighter = createCommandHighlighter(m_text->document(), language(), palette());
}

void CommandEdit::updateHint()
{
    const bool script = language() != CommandLanguage::Arguments;
    m_interpreterLabel->setVisible(script);
    m_interpreter->setVisible(script);
    switch (language()) {
    case CommandLanguage::Shell:
    case CommandLanguage::Python:
        m_hint->setText(tr("Runs as: %1 ‹script›. A non-zero exit status fails the run.")
                            .arg(m_interpreter->text()));
        break;
    case CommandLanguage::Sql:
        m_hint->setText(tr("Runs as: %1 ‹script›. Set PGHOST, PGDATABASE and PGUSER under "
                           "Environment to choose the database.").arg(m_interpreter->text()));
        break;
    case CommandLanguage::Arguments:
        m_hint->setText(tr("One per line: the program first, then each argument. No shell is "
                           "involved, so nothing needs quoting."));
        break;
    }
}

void CommandEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHighlighter(); // colours for the new (light or dark) base
}

} // namespace Takt
