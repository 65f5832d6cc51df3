#include "app/window/projector_mode.h"

#include "app/views/probe_selection.h"
#include "app/views/probe_trace_source.h"
#include "app/views/projector_style.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextEdit>
#include <QTimer>
#include <algorithm>

namespace app {

namespace {

const QString kFusion = QStringLiteral("Fusion");
constexpr double kSideShare = 0.46;  ///< of the window's width, for the views on its right
constexpr double kBelowShare = 0.62; ///< of its height, for the views under the editor

/** The application's font to every widget: Qt tells them itself only while its event loop runs
 * (not in a test, say), so it is told here when the window has not followed. */
void setApplicationFont(const QFont& font, QWidget* window) {
    QApplication::setFont(font);
    if (window->font() == font)
        return;
    QEvent change(QEvent::ApplicationFontChange);
    for (QWidget* widget : QApplication::allWidgets())
        QCoreApplication::sendEvent(widget, &change);
}

void setStyleNamed(const QString& name) {
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return; // a new style repolishes every widget: only when it is another one
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

ProjectorMode::ProjectorMode(QMainWindow* window, ProbeSelection* selection,
                             ProbeTraceSource* source)
    : QObject(window)
    , m_window(window)
    , m_selection(selection)
    , m_source(source)
    , m_action(new QAction(this))
    , m_secondaryDocks({QStringLiteral("taskDock"), QStringLiteral("trainingDock"),
                        QStringLiteral("paletteDock"), QStringLiteral("inspectorDock")}) {
    m_action->setObjectName(QStringLiteral("actionProjectorMode"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_window->addAction(m_action);
    connect(m_action, &QAction::toggled, this, &ProjectorMode::setOn);
    m_window->installEventFilter(this); // for its LanguageChange and Close
    retranslate();
}

void ProjectorMode::setOn(bool on) {
    if (on == m_on)
        return;
    m_on = on;
    on ? enter() : leave();
    {
        const QSignalBlocker blocker(m_action);
        m_action->setChecked(on);
    }
    emit toggled(on);
}

void ProjectorMode::enter() {
    m_font = QApplication::font();
    m_palette = QApplication::palette();
    m_style = QApplication::style()->name();
    m_dockState = m_window->saveState();
    if (m_appearance)
        m_theme = m_appearance->current();
    ProjectorStyle::setOn(true);
    setApplicationFont(ProjectorStyle::enlarged(m_font), m_window);
    setStyleNamed(kFusion);
    QApplication::setPalette(Appearance::highContrastPalette(Appearance::isDark(m_palette)));
    for (const QString& name : m_secondaryDocks)
        if (auto* dock = m_window->findChild<QDockWidget*>(name))
            dock->hide();
    // Once the larger lettering has been laid out, or the layout would undo the new sizes.
    QTimer::singleShot(0, this, [this] {
        if (m_on)
            makeRoomForViews();
    });
    qApp->installEventFilter(this);
    m_window->statusBar()->showMessage(
        tr("Projector mode: ←/→ time step, ↑/↓ unit, Space next lesson step; F5 to leave"), 10000);
}

void ProjectorMode::leave() {
    qApp->removeEventFilter(this);
    ProjectorStyle::setOn(false);
    setApplicationFont(m_font, m_window);
    if (m_appearance && m_appearance->current() != m_theme) {
        m_appearance->apply(m_appearance->current()); // chosen while projecting: it wins
    } else {
        setStyleNamed(m_style);
        QApplication::setPalette(m_palette);
    }
    m_window->restoreState(m_dockState);
    m_window->statusBar()->clearMessage();
}

void ProjectorMode::makeRoomForViews() {
    // The views scale their drawing to their room: on a projector they get most of the window
    // and the editor the rest (leaving puts the sizes back with the rest of the state).
    QList<QDockWidget*> side, below;
    QList<int> heights;
    int belowHeight = 0;
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
        if (!dock->isVisible() || dock->isFloating())
            continue;
        // One of each group of tabs: they share their place.
        const QList<QDockWidget*> tabs = m_window->tabifiedDockWidgets(dock);
        if (std::any_of(tabs.begin(), tabs.end(), [&](QDockWidget* tab) {
                return side.contains(tab) || below.contains(tab);
            }))
            continue;
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (area == Qt::RightDockWidgetArea)
            side << dock;
        if (area == Qt::BottomDockWidgetArea) {
            below << dock;
            heights << std::max(dock->height(), 1);
            belowHeight += heights.constLast();
        }
    }
    if (!side.isEmpty())
        m_window->resizeDocks(side, QList<int>(side.size(), int(m_window->width() * kSideShare)),
                              Qt::Horizontal);
    // The docks below keep their proportions to one another.
    const double grow = m_window->height() * kBelowShare / std::max(belowHeight, 1);
    if (grow > 1.0) {
        for (int& height : heights)
            height = int(height * grow);
        m_window->resizeDocks(below, heights, Qt::Vertical);
    }
}

bool ProjectorMode::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    // Out of projector mode before the window saves its panels' state for the next start.
    if (watched == m_window && event->type() == QEvent::Close && m_on)
        setOn(false);
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!m_on || !key || !isMine(static_cast<QKeyEvent*>(event), watched))
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Before any window shortcut on the same key (the cell view's Left/Right/Space): the key
        // comes here as a key press instead.
        event->accept();
        return true;
    }
    handle(static_cast<QKeyEvent*>(event));
    return true;
}

bool ProjectorMode::isMine(const QKeyEvent* key, QObject* receiver) const {
    const auto* widget = qobject_cast<QWidget*>(receiver);
    if (!widget || widget->window() != m_window || isTextEntry(widget))
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return modifiers == Qt::NoModifier;
    case Qt::Key_Space:
        return modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier;
    default:
        return false;
    }
}

void ProjectorMode::handle(const QKeyEvent* key) {
    switch (key->key()) {
    case Qt::Key_Left:
        moveStep(-1);
        break;
    case Qt::Key_Right:
        moveStep(1);
        break;
    case Qt::Key_Up:
        moveUnit(-1);
        break;
    case Qt::Key_Down:
        moveUnit(1);
        break;
    case Qt::Key_Space:
        if (key->modifiers() & Qt::ShiftModifier)
            emit previousStepRequested();
        else
            emit nextStepRequested();
        break;
    default:
        break;
    }
}

void ProjectorMode::moveStep(int by) {
    const auto trace = m_source->trace();
    if (!trace || trace->steps <= 0)
        return;
    const int last = int(trace->steps) - 1;
    // With a long sequence the trace keeps every stride-th step: a key press shows the next row.
    const int stride = int(std::max<core::Index>(trace->stride, 1));
    const int step = std::clamp(m_selection->step(), 0, last);
    m_selection->setStep(std::clamp(step + by * stride, 0, last));
}

void ProjectorMode::moveUnit(int by) {
    const auto trace = m_source->trace();
    if (!trace || trace->layers.empty())
        return;
    const int layer = std::clamp(m_selection->layer(), 0, int(trace->layers.size()) - 1);
    const int units = int(trace->layers[std::size_t(layer)].hidden.cols());
    if (units <= 0)
        return;
    const int unit = std::clamp(m_selection->unit(), 0, units - 1);
    m_selection->setUnit(std::clamp(unit + by, 0, units - 1));
}

bool ProjectorMode::isTextEntry(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w))
            return !line->isReadOnly();
        if (qobject_cast<const QAbstractSpinBox*>(w))
            return true;
        if (const auto* combo = qobject_cast<const QComboBox*>(w); combo && combo->isEditable())
            return true; // its line edit takes the keys through it
        if (const auto* text = qobject_cast<const QTextEdit*>(w))
            return !text->isReadOnly();
        if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w))
            return !plain->isReadOnly();
        if (w->isWindow())
            break;
    }
    return false;
}

void ProjectorMode::retranslate() {
    m_action->setText(tr("&Projector Mode"));
    m_action->setToolTip(tr("Large lettering, thick lines, high contrast and only the views, for "
                            "teaching from a projector: arrows step through time and units, "
                            "Space through the lesson"));
    m_action->setStatusTip(m_action->toolTip());
}

} // namespace app
