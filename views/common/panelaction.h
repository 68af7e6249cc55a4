#pragma once
// makePanelAction(): an action of a console panel (jobs, runs) made the same way everywhere.

#include <QKeySequence>
#include <QList>
#include <QStyle>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace Takt {

/// The themed icon (or the style's `fallbackIcon`), shortcuts that work wherever the focus is
/// inside `panel`, and a tooltip naming the first shortcut. Owned by `panel`; the caller
/// connects it.
QAction *makePanelAction(QWidget *panel, const QString &text, const QString &themeIcon,
                         QStyle::StandardPixmap fallbackIcon, const QList<QKeySequence> &keys);

} // namespace Takt
