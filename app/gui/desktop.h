#pragma once
// The desktop console's start-up: the application object, settings, language and theme, the
// embedded engine (hosted for the terminal console too) and the main window.

#include <QString>

namespace Takt::Desktop {

/// True when a window can be shown (a display, or a QT_QPA_PLATFORM chosen by the user).
bool hasDisplay();

/// Runs the desktop console until it quits; the process's exit code. `dataDir` empty = the
/// settings' data directory (default ~/.local/share/takt; TAKT_DATA overrides).
int run(int &argc, char **argv, const QString &dataDir = {});

} // namespace Takt::Desktop
