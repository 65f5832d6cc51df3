#include "app/window/classroom.h"

#include "app/window/lesson_panel.h"
#include "app/window/lessons_menu.h"
#include "training/lesson_file.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

namespace app {

Classroom::Classroom(const LessonStage::Parts& stage, const Hooks& hooks, QObject* parent)
    : QObject(parent)
    , m_parts(stage)
    , m_hooks(hooks)
    , m_stage(std::make_unique<LessonStage>(stage))
    , m_dock(new QDockWidget(stage.window))
    , m_panel(new LessonPanel(m_dock))
    , m_next(new QAction(this))
    , m_back(new QAction(this))
    , m_end(new QAction(this)) {
    m_dock->setObjectName(QStringLiteral("lessonDock"));
    m_dock->setWidget(m_panel);
    stage.window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_dock->installEventFilter(this);
    m_next->setObjectName(QStringLiteral("actionNextLessonStep"));
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    m_back->setObjectName(QStringLiteral("actionPreviousLessonStep"));
    m_back->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    m_end->setObjectName(QStringLiteral("actionEndLesson"));
    for (QAction* action : {m_next, m_back, m_end})
        stage.window->addAction(action);
    connect(m_next, &QAction::triggered, this, &Classroom::next);
    connect(m_back, &QAction::triggered, this, &Classroom::back);
    connect(m_end, &QAction::triggered, this, &Classroom::finish);
    connect(m_panel, &LessonPanel::nextRequested, this, &Classroom::next);
    connect(m_panel, &LessonPanel::backRequested, this, &Classroom::back);
    retranslate();
    updateActions();
}

Classroom::~Classroom() = default;

void Classroom::populate(QMenu* lessons) {
    m_menu = new LessonsMenu(lessons);
    m_menu->setLanguage(m_language);
    connect(m_menu, &LessonsMenu::lessonChosen, this, &Classroom::open);
    connect(m_menu, &LessonsMenu::openFileRequested, this, &Classroom::openFileDialog);
    lessons->addSeparator();
    lessons->addActions({m_next, m_back, m_end});
}

bool Classroom::open(const QString& path) {
    training::Lesson lesson;
    QString error;
    if (!training::LessonFile::load(path, lesson, &error)) {
        m_hooks.reportError(tr("Could not open the lesson “%1”.").arg(QFileInfo(path).fileName()),
                            error);
        return false;
    }
    if (!m_hooks.mayDiscard())
        return false;
    if (m_active)
        finish();
    m_opening = true;
    const bool opened = m_hooks.openCopy(lesson.session);
    m_opening = false;
    if (!opened)
        return false;
    m_lesson = lesson;
    m_active = true;
    m_dock->show();
    m_dock->raise();
    showStep(0);
    return true;
}

void Classroom::openFileDialog() {
    const QString path = m_hooks.askLessonPath();
    if (!path.isEmpty())
        open(path);
}

void Classroom::next() {
    if (!m_active)
        return;
    if (m_step + 1 >= m_lesson.steps.size())
        finish();
    else
        showStep(m_step + 1);
}

void Classroom::back() {
    if (m_active && m_step > 0)
        showStep(m_step - 1);
}

void Classroom::finish() {
    if (!m_active)
        return;
    m_active = false;
    m_stage->leave();
    m_panel->clear();
    m_dock->hide();
    updateActions();
    emit lessonFinished();
}

void Classroom::showStep(int index) {
    m_step = index;
    m_stage->enter(m_lesson.steps.at(index));
    m_panel->showStep(m_lesson, index, m_language);
    updateActions();
    emit stepShown(index);
}

void Classroom::setLanguage(const QString& language) {
    m_language = language;
    if (m_menu)
        m_menu->setLanguage(language);
    if (m_active)
        m_panel->showStep(m_lesson, m_step, m_language);
}

void Classroom::onSessionReplaced() {
    if (m_active && !m_opening)
        finish();
}

void Classroom::updateActions() {
    m_next->setEnabled(m_active);
    m_back->setEnabled(m_active && m_step > 0);
    m_end->setEnabled(m_active);
}

bool Classroom::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        retranslate();
    // Closing the dock by its title bar ends the lesson too; being hidden for a while (the
    // window's panels restored, projector mode) does not.
    if (watched == m_dock && event->type() == QEvent::Close && m_active)
        QTimer::singleShot(0, this, &Classroom::finish);
    return QObject::eventFilter(watched, event);
}

void Classroom::retranslate() {
    m_dock->setWindowTitle(tr("Lesson"));
    m_dock->toggleViewAction()->setToolTip(tr("Show or hide the lesson being followed"));
    m_next->setText(tr("&Next Step"));
    m_next->setToolTip(tr("The lesson's next step (Ctrl+Right or Page Down)"));
    m_back->setText(tr("&Previous Step"));
    m_back->setToolTip(tr("The lesson's previous step (Ctrl+Left or Page Up)"));
    m_end->setText(tr("&End Lesson"));
    m_end->setToolTip(tr("Close the lesson: the panels and controls come back as they were"));
}

} // namespace app
