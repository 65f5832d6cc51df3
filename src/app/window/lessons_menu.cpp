#include "app/window/lessons_menu.h"

#include "app/window/examples_menu.h"
#include "training/lesson_file.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>

namespace app {

LessonsMenu::LessonsMenu(QMenu* menu)
    : QObject(menu)
    , m_menu(menu) {
    for (const QString& path : shippedLessons()) {
        auto* action = new QAction(menu);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit lessonChosen(path); });
        menu->addAction(action);
        m_lessons << action;
    }
    menu->addSeparator();
    m_openFile = new QAction(menu);
    m_openFile->setObjectName(QStringLiteral("actionOpenLessonFile"));
    connect(m_openFile, &QAction::triggered, this, &LessonsMenu::openFileRequested);
    menu->addAction(m_openFile);
    menu->installEventFilter(this);
    retranslate();
}

QStringList LessonsMenu::shippedLessons() {
    ExamplesMenu::registerResources(); // the lessons' sessions
    const QDir folder(QStringLiteral(":/lessons"));
    QStringList paths;
    const QStringList names = folder.entryList(
        {QStringLiteral("*.%1").arg(QLatin1String(training::LessonFile::kExtension))}, QDir::Files,
        QDir::Name);
    for (const QString& name : names)
        paths << folder.filePath(name);
    return paths;
}

QAction* LessonsMenu::actionFor(const QString& path) const {
    for (QAction* action : m_lessons)
        if (action->data().toString() == path)
            return action;
    return nullptr;
}

void LessonsMenu::setLanguage(const QString& language) {
    m_language = language;
    retranslate();
}

bool LessonsMenu::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void LessonsMenu::retranslate() {
    for (QAction* action : std::as_const(m_lessons)) {
        const QString path = action->data().toString();
        training::Lesson lesson;
        QString error;
        if (training::LessonFile::load(path, lesson, &error)) {
            action->setText(lesson.title.in(m_language));
            action->setToolTip(lesson.summary.in(m_language));
            action->setEnabled(true);
        } else {
            action->setText(QDir(path).dirName());
            action->setToolTip(error);
            action->setEnabled(false);
        }
    }
    m_openFile->setText(tr("Open Lesson &File…"));
    m_openFile->setToolTip(tr("Open a lesson written by a teacher (a .lstmlesson file)"));
}

} // namespace app
