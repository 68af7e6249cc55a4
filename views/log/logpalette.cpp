#include "logpalette.h"

namespace Takt {

LogPalette LogPalette::forPalette(const QPalette &palette)
{
    LogPalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.dark = p.background.lightness() < 128;
    if (p.dark) {
        // Bright enough on a dark background (GitHub's dark terminal colours).
        p.m_basic = {QColor(0x48, 0x4f, 0x58), QColor(0xff, 0x7b, 0x72), QColor(0x3f, 0xb9, 0x50), QColor(0xd2, 0x99, 0x22),
                     QColor(0x58, 0xa6, 0xff), QColor(0xbc, 0x8c, 0xff), QColor(0x39, 0xc5, 0xcf), QColor(0xb1, 0xba, 0xc4),
                     QColor(0x6e, 0x76, 0x81), QColor(0xff, 0xa1, 0x98), QColor(0x56, 0xd3, 0x64), QColor(0xe3, 0xb3, 0x41),
                     QColor(0x79, 0xc0, 0xff), QColor(0xd2, 0xa8, 0xff), QColor(0x56, 0xd4, 0xdd), QColor(0xff, 0xff, 0xff)};
        p.gutterBackground = p.background.lighter(125);
        p.stderrBackground = QColor(0x4a, 0x1e, 0x22);
        p.stderrMarker = QColor(0xff, 0x7b, 0x72);
        p.match = QColor(0x8a, 0x6d, 0x00);
        p.currentMatch = QColor(0xd2, 0x6f, 0x00);
        p.matchText = QColor(0xff, 0xff, 0xff);
    } else {
        // Dark enough on white; yellow and white darkened so they stay legible.
        p.m_basic = {QColor(0x24, 0x29, 0x2f), QColor(0xcf, 0x22, 0x2e), QColor(0x11, 0x63, 0x29), QColor(0x9a, 0x67, 0x00),
                     QColor(0x09, 0x69, 0xda), QColor(0x82, 0x50, 0xdf), QColor(0x1b, 0x7c, 0x83), QColor(0x6e, 0x77, 0x81),
                     QColor(0x57, 0x60, 0x6a), QColor(0xa4, 0x0e, 0x26), QColor(0x1a, 0x7f, 0x37), QColor(0x7d, 0x4e, 0x00),
                     QColor(0x21, 0x8b, 0xff), QColor(0xa4, 0x75, 0xf9), QColor(0x31, 0x92, 0xaa), QColor(0x8c, 0x95, 0x9f)};
        p.gutterBackground = p.background.darker(104);
        p.stderrBackground = QColor(0xff, 0xeb, 0xe9);
        p.stderrMarker = QColor(0xcf, 0x22, 0x2e);
        p.match = QColor(0xff, 0xe0, 0x66);
        p.currentMatch = QColor(0xff, 0x96, 0x32);
        p.matchText = QColor(0x1f, 0x23, 0x28);
    }
    p.gutterText = palette.color(QPalette::PlaceholderText);
    if (!p.gutterText.isValid() || p.gutterText == p.text)
        p.gutterText = palette.color(QPalette::Disabled, QPalette::Text);
    p.taktText = p.gutterText;
    p.selection = palette.color(QPalette::Highlight);
    p.selection.setAlpha(90);
    p.placeholder = p.gutterBackground.darker(p.dark ? 80 : 110);
    return p;
}

QColor LogPalette::ansi(int index) const
{
    if (index < 0 || index > 255)
        return text;
    if (index < 16)
        return m_basic[size_t(index)];
    if (index < 232) {
        static constexpr int levels[] = {0, 95, 135, 175, 215, 255};
        const int i = index - 16;
        return QColor(levels[i / 36], levels[i / 6 % 6], levels[i % 6]);
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QColor LogPalette::resolve(const AnsiColor &color, const QColor &fallback) const
{
    switch (color.kind) {
    case AnsiColor::Default: return fallback;
    case AnsiColor::Indexed: return ansi(int(color.value));
    case AnsiColor::Rgb: return QColor::fromRgb(QRgb(0xff000000u | color.value));
    }
    return fallback;
}

QColor LogPalette::foreground(const AnsiStyle &style, const QColor &fallback) const
{
    if (!style.background.isDefault() && style.foreground.kind == AnsiColor::Indexed) {
        switch (style.foreground.value) {
        case 0: return QColor(0x1f, 0x23, 0x28);
        case 8: return QColor(0x57, 0x60, 0x6a);
        case 7: return QColor(0xe6, 0xe6, 0xe6);
        case 15: return QColor(0xff, 0xff, 0xff);
        default: break;
        }
    }
    return resolve(style.foreground, fallback);
}

} // namespace Takt
