#include "app/views/projector_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QLegend>
#include <QPen>
#include <QVariant>
#include <algorithm>

namespace app {

namespace {

/** The font `owner` has at a desk, remembered the first time: a chart keeps the fonts it is
 * given (setTheme() with the theme it has changes nothing), so projector mode scales this one. */
QFont deskFont(QObject* owner, const char* key, const QFont& current) {
    const QVariant kept = owner->property(key);
    if (kept.isValid())
        return kept.value<QFont>();
    owner->setProperty(key, current);
    return current;
}

QFont lettering(QObject* owner, const char* key, const QFont& current) {
    const QFont desk = deskFont(owner, key, current);
    return ProjectorStyle::isOn() ? ProjectorStyle::enlarged(desk) : desk;
}

} // namespace

ProjectorStyle::ProjectorStyle(QObject* parent)
    : QObject(parent) {}

ProjectorStyle* ProjectorStyle::instance() {
    // Parented to the application when there is one, so it goes with it.
    static ProjectorStyle* style = new ProjectorStyle(QCoreApplication::instance());
    return style;
}

bool ProjectorStyle::isOn() {
    return instance()->m_on;
}

QFont ProjectorStyle::enlarged(QFont font) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * kFontScale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * kFontScale));
    return font;
}

double ProjectorStyle::width(double normal) {
    return isOn() ? normal * kLineScale : normal;
}

void ProjectorStyle::styleChart(QChart* chart) {
    if (!chart)
        return;
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(lettering(axis, "deskLabelsFont", axis->labelsFont()));
        axis->setTitleFont(lettering(axis, "deskTitleFont", axis->titleFont()));
        QPen line = axis->linePen();
        const QVariant desk = axis->property("deskLineWidth");
        if (!desk.isValid())
            axis->setProperty("deskLineWidth", line.widthF());
        line.setWidthF(width(std::max(axis->property("deskLineWidth").toDouble(), 1.0)));
        axis->setLinePen(line);
    }
    chart->legend()->setFont(lettering(chart->legend(), "deskFont", chart->legend()->font()));
    chart->setTitleFont(lettering(chart, "deskTitleFont", chart->titleFont()));
}

void ProjectorStyle::setOn(bool on) {
    ProjectorStyle* style = instance();
    if (style->m_on == on)
        return;
    style->m_on = on;
    emit style->changed(on);
}

} // namespace app
