#pragma once
// How a run state looks everywhere in the console: its translated name, colour and icon,
// so the jobs strip, the runs table, the DAG view and the tray all agree.

#include <engine/core/run.h>

#include <QColor>
#include <QIcon>
#include <QString>

namespace Takt {

class RunStateStyle final
{
public:
    /// "Succeeded", "Timed out" … translated.
    static QString displayName(RunState state);
    /// A colour that reads on light and dark backgrounds.
    static QColor color(RunState state);
    /// A small round icon in the state's colour (cached; cheap to call per row).
    static QIcon icon(RunState state);
};

} // namespace Takt
