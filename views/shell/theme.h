#pragma once
// Themes of the desktop console: the platform's look, or Fusion with a light or a dark palette.

#include <views/shell/appsettings.h>

#include <QPalette>

namespace Takt {

/// Applies `theme` to the whole application at once (widgets repaint; highlighters pick
/// colours for the new base). System restores the style and palette the application had
/// before the first call. Needs a QApplication; call in the GUI thread.
void applyTheme(AppSettings::Theme theme);

/// The dark palette used by the Dark theme (Fusion colours; links and highlights in blue).
QPalette darkPalette();

} // namespace Takt
