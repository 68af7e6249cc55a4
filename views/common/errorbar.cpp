#include "errorbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Takt {

ErrorBar::ErrorBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
    colours.setColor(QPalette::WindowText, QColor(0x82, 0x07, 0x1e));
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(this);
    dismiss->setAutoRaise(true);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismiss);
    hide();
}

QString ErrorBar::message() const
{
    return m_label->text();
}

void ErrorBar::showMessage(const QString &message)
{
    m_label->setText(message);
    show();
}

} // namespace Takt
