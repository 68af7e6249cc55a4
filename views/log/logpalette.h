#pragma once
// LogPalette: the colours of the log view — the 256 ANSI colours tuned to read on the
// view's background, and the colours of stderr marks, Takt's lines, matches and selection —
// for a light or a dark widget palette.

#include "ansiparser.h"

#include <QColor>
#include <QPalette>

#include <array>

namespace Takt {

class LogPalette final
{
public:
    /// Chooses the light or dark set from the palette's base colour.
    static LogPalette forPalette(const QPalette &palette);

    /// ANSI colour 0-255 (0-15 from the set, 16-231 the 6x6x6 cube, 232-255 greys).
    QColor ansi(int index) const;
    /// `color` as a QColor; `fallback` for the default colour.
    QColor resolve(const AnsiColor &color, const QColor &fallback) const;
    /// The text colour of `style`. Black and white keep their true values on a background
    /// the program chose ("white on blue" badges), and are tuned to the view's background
    /// otherwise.
    QColor foreground(const AnsiStyle &style, const QColor &fallback) const;

    bool dark = false;
    QColor text;
    QColor background;
    QColor gutterBackground;
    QColor gutterText;
    QColor stderrBackground;
    QColor stderrMarker;
    QColor taktText;
    QColor match;
    QColor currentMatch;
    QColor matchText;
    QColor selection;
    QColor placeholder;

private:
    std::array<QColor, 16> m_basic;
};

} // namespace Takt
