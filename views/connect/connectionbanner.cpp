#include "connectionbanner.h"

#include <engine/api/engineapi.h>
#include <engine/api/remoteengine.h>

#include <QHBoxLayout>
#include <QLabel>

namespace Takt {

ConnectionBanner::ConnectionBanner(EngineApi *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x5c, 0x3c, 0x00));
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    if (m_engine)
        connect(m_engine, &EngineApi::connectionChanged, this, &ConnectionBanner::update);
    update(!m_engine || m_engine->isConnected());
}

QString ConnectionBanner::message() const
{
    return m_label->text();
}

void ConnectionBanner::update(bool connected)
{
    if (connected || !m_engine) {
        hide();
        return;
    }
    QString text = tr("Connection to %1 lost — reconnecting… The views show the last data read and "
                      "cannot change anything until the engine is back.")
                       .arg(m_engine->displayName());
    if (auto *remote = qobject_cast<RemoteEngine *>(m_engine.data()); remote && !remote->connectionError().isEmpty())
        text += u'\n' + tr("Reason: %1").arg(remote->connectionError());
    m_label->setText(text);
    show();
}

} // namespace Takt
