#pragma once
/**
 * Light and dark palettes. By default the window follows the system's palette and style; the
 * user may force a light or a dark one (View › Appearance), remembered between runs. Forced
 * palettes use the Fusion style, which draws every control from the palette, so both look whole.
 * Views read their colours from the palette, so they follow a switch at once.
 */
#include <QObject>
#include <QPalette>
#include <QString>

class QMenu;
class QActionGroup;

namespace app {

class Appearance : public QObject {
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit Appearance(QObject* parent = nullptr);

    /** The saved choice, System at first. */
    static Theme savedChoice();
    Theme current() const { return m_current; }
    /** Applies and remembers the theme. */
    void apply(Theme theme);
    /** Whether the palette in use is a dark one (its window darker than its text). */
    static bool isDark(const QPalette& palette);
    static QPalette darkPalette();
    static QPalette lightPalette();
    /** Black on white (or white on black when `dark`) with a strong highlight: for a projector. */
    static QPalette highContrastPalette(bool dark);
    /** Fills `menu` with the three choices, checked as they change. */
    void populate(QMenu* menu);

private:
    void retranslate();

    Theme m_current = Theme::System;
    QString m_systemStyle;
    QPalette m_systemPalette;
    QActionGroup* m_group = nullptr;
};

} // namespace app
