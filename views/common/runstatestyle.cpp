#include "runstatestyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Takt {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunStateStyle)
};
} // namespace

QString RunStateStyle::displayName(RunState state)
{
    switch (state) {
    case RunState::Scheduled: return Tr::tr("Scheduled");
    case RunState::Queued: return Tr::tr("Queued");
    case RunState::Running: return Tr::tr("Running");
    case RunState::Succeeded: return Tr::tr("Succeeded");
    case RunState::Failed: return Tr::tr("Failed");
    case RunState::TimedOut: return Tr::tr("Timed out");
    case RunState::Cancelled: return Tr::tr("Cancelled");
    case RunState::Skipped: return Tr::tr("Skipped");
    case RunState::UpstreamFailed: return Tr::tr("Upstream failed");
    case RunState::Lost: return Tr::tr("Lost");
    }
    return {};
}

QColor RunStateStyle::color(RunState state)
{
    switch (state) {
    case RunState::Scheduled: return QColor(0x8b, 0x94, 0x9e);
    case RunState::Queued: return QColor(0xbf, 0x87, 0x00);
    case RunState::Running: return QColor(0x1f, 0x6f, 0xeb);
    case RunState::Succeeded: return QColor(0x2d, 0xa4, 0x4e);
    case RunState::Failed: return QColor(0xcf, 0x22, 0x2e);
    case RunState::TimedOut: return QColor(0xd1, 0x57, 0x04);
    case RunState::Cancelled: return QColor(0x6e, 0x77, 0x81);
    case RunState::Skipped: return QColor(0xa0, 0xa8, 0xb0);
    case RunState::UpstreamFailed: return QColor(0xe3, 0x6d, 0x7a);
    case RunState::Lost: return QColor(0x82, 0x50, 0xdf);
    }
    return Qt::gray;
}

QIcon RunStateStyle::icon(RunState state)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return it.value();
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(state));
        const qreal margin = size * 0.15;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (state == RunState::Running) {
            // A hollow centre tells "running" apart without relying on colour alone.
            painter.setBrush(Qt::white);
            painter.drawEllipse(QRectF(size * 0.38, size * 0.38, size * 0.24, size * 0.24));
        }
        icon.addPixmap(pixmap);
    }
    cache.insert(int(state), icon);
    return icon;
}

} // namespace Takt
