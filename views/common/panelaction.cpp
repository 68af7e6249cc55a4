#include "panelaction.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PanelAction)
};
} // namespace

QAction *makePanelAction(QWidget *panel, const QString &text, const QString &themeIcon,
                         QStyle::StandardPixmap fallbackIcon, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(QIcon::fromTheme(themeIcon, panel->style()->standardIcon(fallbackIcon)), text, panel);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(keys.isEmpty() ? text
                                      : Tr::tr("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
    panel->addAction(action); // the shortcut works wherever the focus is inside the panel
    return action;
}

} // namespace Takt
