#include "app/window/lesson_stage.h"

#include "app/views/gradient_lab.h"
#include "app/views/probe_selection.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHash>
#include <QMainWindow>

namespace app {

LessonStage::LessonStage(const Parts& parts)
    : m_parts(parts) {}

LessonStage::~LessonStage() {
    leave();
}

QString LessonStage::dockName(const QString& view) {
    static const QHash<QString, QString> names = {
        {QStringLiteral("heatmap"), QStringLiteral("gatesDock")},
        {QStringLiteral("cell"), QStringLiteral("cellDock")},
        {QStringLiteral("arithmetic"), QStringLiteral("arithmeticDock")},
        {QStringLiteral("gradients"), QStringLiteral("gradientsDock")},
        {QStringLiteral("fading"), QStringLiteral("fadingDock")},
        {QStringLiteral("charts"), QStringLiteral("chartsDock")},
        {QStringLiteral("output"), QStringLiteral("outputDock")},
        {QStringLiteral("timeline"), QStringLiteral("timelineDock")}};
    return names.value(view);
}

QDockWidget* LessonStage::dock(const QString& objectName) const {
    return objectName.isEmpty() ? nullptr : m_parts.window->findChild<QDockWidget*>(objectName);
}

QDockWidget* LessonStage::dockOf(const QString& view) const {
    return dock(dockName(view));
}

QWidget* LessonStage::lockable(const QString& name) const {
    if (name == QLatin1String("editor"))
        return m_parts.editor;
    QDockWidget* panel = hideable(name);
    return panel ? panel->widget() : nullptr;
}

QDockWidget* LessonStage::hideable(const QString& name) const {
    static const QHash<QString, QString> names = {
        {QStringLiteral("palette"), QStringLiteral("paletteDock")},
        {QStringLiteral("inspector"), QStringLiteral("inspectorDock")},
        {QStringLiteral("task"), QStringLiteral("taskDock")},
        {QStringLiteral("training"), QStringLiteral("trainingDock")}};
    return dock(names.value(name));
}

void LessonStage::enter(const training::LessonStep& step) {
    leave();
    for (const QString& name : step.lock)
        if (QWidget* widget = lockable(name)) {
            m_locks << Lock{widget, widget->isEnabled()};
            widget->setEnabled(false);
        }
    for (const QString& name : step.hide)
        if (QDockWidget* panel = hideable(name); panel && !panel->isHidden()) {
            m_hidden << panel;
            panel->hide();
        }
    show(step);
    if (step.select)
        select(*step.select);
}

void LessonStage::leave() {
    // In reverse, so a control locked twice ends as it was before the first lock.
    for (qsizetype i = m_locks.size() - 1; i >= 0; --i)
        if (m_locks[i].widget)
            m_locks[i].widget->setEnabled(m_locks[i].enabled);
    m_locks.clear();
    for (const QPointer<QDockWidget>& panel : std::as_const(m_hidden))
        if (panel)
            panel->show();
    m_hidden.clear();
}

void LessonStage::show(const training::LessonStep& step) {
    if (step.show == QLatin1String("lab")) {
        openLab(step.lab.value_or(training::LessonLab{}));
        return;
    }
    if (step.show == QLatin1String("editor")) {
        if (m_parts.editor)
            m_parts.editor->setFocus();
        return;
    }
    if (QDockWidget* view = dockOf(step.show)) {
        view->show();
        view->raise();
    }
}

void LessonStage::select(const training::LessonSelection& selection) {
    ProbeSelection* probe = m_parts.selection;
    if (selection.layer)
        probe->setLayer(*selection.layer);
    if (selection.unit && selection.step)
        probe->setUnitAndStep(*selection.unit, *selection.step);
    else if (selection.unit)
        probe->setUnit(*selection.unit);
    else if (selection.step)
        probe->setStep(*selection.step);
}

void LessonStage::openLab(const training::LessonLab& lab) {
    GradientLab* shown = m_parts.showLab ? m_parts.showLab() : nullptr;
    if (!shown)
        return;
    // The lab has no task setter: its task box is the one that lists the task.
    if (!lab.task.isEmpty())
        for (QComboBox* box : shown->findChildren<QComboBox*>())
            if (const int index = box->findText(lab.task); index >= 0) {
                box->setCurrentIndex(index);
                break;
            }
    if (lab.lag > 0)
        shown->setLag(lab.lag);
}

} // namespace app
