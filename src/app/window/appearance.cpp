#include "app/window/appearance.h"

#include "app/window/setting.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace app {

namespace {

Setting<int> savedTheme(QStringLiteral("appearance/theme"), int(Appearance::Theme::System));

} // namespace

Appearance::Appearance(QObject* parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette()) {}

Appearance::Theme Appearance::savedChoice() {
    const int value = savedTheme.get();
    return value >= 0 && value <= int(Theme::Dark) ? Theme(value) : Theme::System;
}

void Appearance::apply(Theme theme) {
    m_current = theme;
    savedTheme.set(int(theme));
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
    }
    if (m_group)
        for (QAction* action : m_group->actions())
            action->setChecked(action->data().toInt() == int(theme));
}

bool Appearance::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QPalette Appearance::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x8e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette Appearance::lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette Appearance::highContrastPalette(bool dark) {
    // Projectors wash out greys and pastels: only the extremes, and a highlight that shouts.
    const QColor ink = dark ? QColor(Qt::white) : QColor(0x0a, 0x0a, 0x0a);
    const QColor paper = dark ? QColor(0x0a, 0x0a, 0x0a) : QColor(Qt::white);
    const QColor panel = dark ? QColor(0x1c, 0x1c, 0x1c) : QColor(0xee, 0xee, 0xee);
    const QColor line = dark ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x46, 0x46, 0x46);
    const QColor highlight = dark ? QColor(0xff, 0xd4, 0x00) : QColor(0x00, 0x4f, 0xa3);
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::ToolTipBase})
        p.setColor(role, paper);
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        p.setColor(role, ink);
    p.setColor(QPalette::AlternateBase, panel);
    p.setColor(QPalette::Button, panel);
    p.setColor(QPalette::Light, dark ? QColor(0x5a, 0x5a, 0x5a) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x3c, 0x3c, 0x3c) : QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Mid, line);
    p.setColor(QPalette::Dark, line);
    p.setColor(QPalette::Shadow, ink);
    p.setColor(QPalette::PlaceholderText, line);
    p.setColor(QPalette::BrightText, QColor(0xd5, 0x5e, 0x00)); // Okabe–Ito vermillion
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, dark ? QColor(Qt::black) : QColor(Qt::white));
    p.setColor(QPalette::Link, dark ? QColor(0x56, 0xb4, 0xe9) : highlight);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role,
                   dark ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x6e, 0x6e, 0x6e));
    return p;
}

void Appearance::populate(QMenu* menu) {
    m_group = new QActionGroup(menu);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction* action = menu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(theme));
        action->setChecked(theme == m_current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] { apply(theme); });
    }
    retranslate();
    connect(menu, &QMenu::aboutToShow, this, &Appearance::retranslate);
}

void Appearance::retranslate() {
    const QList<QAction*> actions = m_group->actions();
    actions[0]->setText(tr("Follow the &System"));
    actions[0]->setToolTip(tr("Use the system's colours and style"));
    actions[1]->setText(tr("&Light"));
    actions[1]->setToolTip(tr("Dark text on light backgrounds"));
    actions[2]->setText(tr("&Dark"));
    actions[2]->setToolTip(tr("Light text on dark backgrounds, easier on the eyes in a dark room"));
}

} // namespace app
