// Every shipped lesson walked end to end in an app::MainWindow on the offscreen platform: opened
// from the Lessons menu on its own session (untitled, the task expected), each step's view shown,
// selection applied, controls locked and panels hidden, its question checked wrong then right,
// French text present; Finish gives the window back as it was. Also the keys, the language.
#include "app/views/gradient_lab.h"
#include "app/views/probe_selection.h"
#include "app/window/appearance.h"
#include "app/window/classroom.h"
#include "app/window/language_manager.h"
#include "app/window/lesson_panel.h"
#include "app/window/lesson_stage.h"
#include "app/window/lessons_menu.h"
#include "app/window/main_window.h"
#include "app/window/projector_mode.h"
#include "app/window/workspace.h"
#include "training/lesson_file.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** The window with its dialogs replaced by a record of what they would have said. */
class TestWindow : public app::MainWindow {
public:
    using MainWindow::MainWindow;
    QStringList errors;
    QString lessonToOpen;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char('\n') + details;
    }
    bool confirmDiscard() override { return true; }
    QString askLessonPath() override { return lessonToOpen; }
};

/** What a lesson may change and must give back. */
struct WindowState {
    QList<bool> shown;
    QList<bool> enabled;
    bool operator==(const WindowState&) const = default;
};

const QStringList kPanels = {QStringLiteral("palette"), QStringLiteral("inspector"),
                             QStringLiteral("task"), QStringLiteral("training")};
const QStringList kLockables = {QStringLiteral("editor"), QStringLiteral("training"),
                                QStringLiteral("task")};

WindowState stateOf(const app::LessonStage& stage) {
    WindowState state;
    for (const QString& name : kPanels)
        state.shown << !stage.hideable(name)->isHidden();
    for (const QString& name : kLockables)
        state.enabled << stage.lockable(name)->isEnabled();
    return state;
}

QAction* lessonAction(QMainWindow& window, const QString& path) {
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuLessons"));
    for (QAction* action : menu ? menu->actions() : QList<QAction*>())
        if (action->data().toString() == path)
            return action;
    return nullptr;
}

} // namespace

class TestLessonsWalk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLessonWalksEndToEnd_data();
    void everyLessonWalksEndToEnd();
    void keysStepAndLanguageFollows();
    void teachersOwnLessonOpensAndBadOneIsReported();
    void anotherSessionEndsTheLesson();
    void languageManagerRetitlesTheLessons();
    void pictures_data();
    void pictures();

private:
    /** Checks one step as shown; the question answered wrong then right. */
    void checkStep(TestWindow& window, const training::LessonStep& step);
    QTemporaryDir m_dir;
};

void TestLessonsWalk::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lessons_walk"));
    QVERIFY(m_dir.isValid());
    QCOMPARE(app::LessonsMenu::shippedLessons().size(), 6);
}

void TestLessonsWalk::everyLessonWalksEndToEnd_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("task");
    const std::pair<const char*, const char*> expected[] = {
        {"01-what-each-gate-does", "temporal-order"},
        {"02-cell-state-conveyor-belt", "adding"},
        {"03-why-plain-rnns-forget", "adding"},
        {"04-gru-vs-lstm", "adding"},
        {"05-attention", "dates"},
        {"06-forecasting-real-data", "co2"}};
    for (const auto& [name, task] : expected)
        QTest::newRow(name) << QStringLiteral(":/lessons/%1.lstmlesson").arg(QLatin1String(name))
                            << QString::fromLatin1(task);
}

void TestLessonsWalk::checkStep(TestWindow& window, const training::LessonStep& step) {
    app::Classroom* classroom = window.classroom();
    const app::LessonStage& stage = classroom->stage();
    QVERIFY2(!step.text.exactly(QStringLiteral("fr")).trimmed().isEmpty(),
             qPrintable(step.title.in(QStringLiteral("en"))));
    if (QDockWidget* dock = stage.dockOf(step.show))
        QTRY_VERIFY2(dock->isVisible(), qPrintable(step.show));
    if (step.show == QLatin1String("lab")) {
        auto* lab = window.findChild<app::GradientLab*>();
        QVERIFY(lab && lab->isVisible());
        QVERIFY(!lab->isRunning()); // the class starts the race, not the lesson
        if (step.lab && step.lab->lag > 0)
            QCOMPARE(lab->lag(), step.lab->lag);
    }
    if (step.select) {
        auto* selection = window.findChild<app::ProbeSelection*>();
        QVERIFY(selection);
        if (step.select->layer)
            QCOMPARE(selection->layer(), *step.select->layer);
        if (step.select->unit)
            QCOMPARE(selection->unit(), *step.select->unit);
        if (step.select->step)
            QCOMPARE(selection->step(), *step.select->step);
    }
    for (const QString& name : step.lock)
        QVERIFY2(!stage.lockable(name)->isEnabled(), qPrintable(name));
    for (const QString& name : step.hide)
        QVERIFY2(stage.hideable(name)->isHidden(), qPrintable(name));
    app::LessonPanel* panel = classroom->panel();
    QCOMPARE(panel->choiceButtons().size(), step.question ? step.question->choices.size() : 0);
    if (!step.question)
        return;
    const int right = step.question->answer;
    const int wrong = right == 0 ? 1 : 0;
    QVERIFY(!panel->checkButton()->isEnabled()); // nothing chosen yet
    QCoreApplication::processEvents();           // the layout places the new choices
    for (QAbstractButton* choice : panel->choiceButtons())
        QVERIFY(choice->isVisible() && choice->height() >= choice->minimumSizeHint().height());
    // On the round indicator: a radio button takes clicks on it and its text, not on the blank
    // past a short text.
    const auto choose = [&](int choice) {
        QAbstractButton* button = panel->choiceButtons()[choice];
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    };
    choose(wrong);
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    QCOMPARE(panel->verdict(), app::LessonPanel::Verdict::Wrong);
    choose(right);
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    QCOMPARE(panel->verdict(), app::LessonPanel::Verdict::Right);
    QVERIFY(panel->verdictText().contains(step.question->explanation.in(QStringLiteral("en"))));
}

void TestLessonsWalk::everyLessonWalksEndToEnd() {
    QFETCH(QString, path);
    QFETCH(QString, task);
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::Classroom* classroom = window.classroom();
    const WindowState before = stateOf(classroom->stage());

    QAction* action = lessonAction(window, path);
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(QLatin1Char('\n'))));
    QVERIFY(classroom->isActive());
    QTRY_VERIFY(classroom->dock()->isVisible());
    QCOMPARE(QString::fromStdString(window.workspace().task().name()), task);
    QVERIFY(window.currentFile().isEmpty()); // an untitled copy: never saved back to ":/"
    QVERIFY(!window.isWindowModified());

    const training::Lesson lesson = classroom->lesson();
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        QCOMPARE(classroom->step(), int(i));
        checkStep(window, lesson.steps[i]);
        if (QTest::currentTestFailed())
            return;
        QPushButton* next = classroom->panel()->nextButton();
        QCOMPARE(next->text() == QLatin1String("Finish"), i == lesson.steps.size() - 1);
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QVERIFY(!classroom->isActive());
    QVERIFY(classroom->dock()->isHidden());
    QCOMPARE(stateOf(classroom->stage()), before);
}

void TestLessonsWalk::keysStepAndLanguageFollows() {
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    app::Classroom* classroom = window.classroom();
    const QString path = app::LessonsMenu::shippedLessons().first();
    QVERIFY(classroom->open(path));
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(classroom->step(), 1);
    QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(classroom->step(), 2);
    QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(classroom->step(), 0);
    classroom->next(); // the slot projector mode maps Space to
    QCOMPARE(classroom->step(), 1);
    window.projector()->setOn(true); // in front of the class: Space on, Shift+Space back
    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(classroom->step(), 2);
    QTest::keyClick(&window, Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(classroom->step(), 1);
    window.projector()->setOn(false); // the panels restored: the lesson goes on
    QCOMPARE(classroom->step(), 1);
    QVERIFY(classroom->isActive());

    const training::Lesson& lesson = classroom->lesson();
    const QString french = lesson.steps[1].title.exactly(QStringLiteral("fr"));
    QVERIFY(!classroom->panel()->stepText().contains(french));
    classroom->setLanguage(QStringLiteral("fr"));
    QVERIFY(classroom->panel()->stepText().contains(french));
    QCOMPARE(lessonAction(window, path)->text(), lesson.title.exactly(QStringLiteral("fr")));
    classroom->setLanguage(QStringLiteral("en"));
    QCOMPARE(lessonAction(window, path)->text(), lesson.title.exactly(QStringLiteral("en")));
    classroom->dock()->close(); // by its title bar: the lesson ends, the window restored
    QTRY_VERIFY(!classroom->isActive());
}

void TestLessonsWalk::teachersOwnLessonOpensAndBadOneIsReported() {
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    // A teacher's copy of a shipped lesson, its session given as an absolute path.
    training::Lesson shipped;
    QString error;
    const QString source = app::LessonsMenu::shippedLessons().first();
    QVERIFY2(training::LessonFile::load(source, shipped, &error), qPrintable(error));
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    const QByteArray relative = "\"../sessions/" + QFileInfo(shipped.session).fileName().toUtf8();
    QVERIFY(json.contains(relative));
    json.replace(relative, "\"" + shipped.session.toUtf8());
    window.lessonToOpen = m_dir.filePath(QStringLiteral("mine.lstmlesson"));
    QFile out(window.lessonToOpen);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    window.findChild<QAction*>(QStringLiteral("actionOpenLessonFile"))->trigger();
    QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(QLatin1Char('\n'))));
    QVERIFY(window.classroom()->isActive());
    QCOMPARE(window.classroom()->lesson().file, window.lessonToOpen);

    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"lstm-studio-lesson\", \"version\": 7}");
    out.close();
    window.findChild<QAction*>(QStringLiteral("actionOpenLessonFile"))->trigger();
    QCOMPARE(window.errors.size(), 1);
    QVERIFY2(window.errors[0].contains(QLatin1String("version 7")), qPrintable(window.errors[0]));
    QVERIFY(window.classroom()->isActive()); // the lesson going on is kept
}

void TestLessonsWalk::anotherSessionEndsTheLesson() {
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::Classroom* classroom = window.classroom();
    const WindowState before = stateOf(classroom->stage());
    QVERIFY(classroom->open(app::LessonsMenu::shippedLessons().first()));
    QVERIFY(stateOf(classroom->stage()) != before); // the first step locks and hides
    window.findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(!classroom->isActive());
    QCOMPARE(stateOf(classroom->stage()), before);
}

void TestLessonsWalk::languageManagerRetitlesTheLessons() {
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    app::LanguageManager manager;
    manager.apply(QStringLiteral("en"));
    window.setLanguageManager(&manager);
    const QString path = app::LessonsMenu::shippedLessons().first();
    training::Lesson lesson;
    QString error;
    QVERIFY2(training::LessonFile::load(path, lesson, &error), qPrintable(error));
    QCOMPARE(lessonAction(window, path)->text(), lesson.title.exactly(QStringLiteral("en")));
    manager.apply(QStringLiteral("fr"));
    QCOMPARE(window.classroom()->language(), QStringLiteral("fr"));
    QCOMPARE(lessonAction(window, path)->text(), lesson.title.exactly(QStringLiteral("fr")));
    manager.apply(QStringLiteral("en"));
    QCOMPARE(lessonAction(window, path)->text(), lesson.title.exactly(QStringLiteral("en")));
}

void TestLessonsWalk::pictures_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::newRow("light") << false << QStringLiteral("en");
    QTest::newRow("dark") << true << QStringLiteral("en");
    QTest::newRow("fr") << false << QStringLiteral("fr");
}

/** The Lesson dock on a question, answered wrong; saved as lesson-<row>.png in the folder
 * LSTM_STUDIO_LESSON_PICTURES names, if it names one, to be looked at. */
void TestLessonsWalk::pictures() {
    QFETCH(bool, dark);
    QFETCH(QString, language);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark ? app::Appearance::darkPalette()
                                  : app::Appearance::lightPalette());
    TestWindow window(nullptr, m_dir.filePath(QStringLiteral("autosave")));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::Classroom* classroom = window.classroom();
    classroom->setLanguage(language);
    QVERIFY(classroom->open(app::LessonsMenu::shippedLessons().first()));
    classroom->next();
    classroom->next(); // the step with the first question
    app::LessonPanel* panel = classroom->panel();
    QVERIFY(!panel->choiceButtons().isEmpty());
    panel->choiceButtons().first()->click();
    panel->checkButton()->click();
    QCOMPARE(panel->verdict(), app::LessonPanel::Verdict::Wrong);
    classroom->dock()->resize(460, 720);
    QCoreApplication::processEvents();
    const QPixmap picture = classroom->dock()->grab();
    QVERIFY(!picture.isNull());
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuLessons"));
    menu->adjustSize();
    const QPixmap menuPicture = menu->grab();
    const QString folder = qEnvironmentVariable("LSTM_STUDIO_LESSON_PICTURES");
    if (!folder.isEmpty()) {
        QVERIFY(picture.save(QDir(folder).filePath(
            QStringLiteral("lesson-%1.png").arg(QLatin1String(QTest::currentDataTag())))));
        QVERIFY(menuPicture.save(QDir(folder).filePath(
            QStringLiteral("lesson-menu-%1.png").arg(QLatin1String(QTest::currentDataTag())))));
        QVERIFY(window.grab().save(QDir(folder).filePath(
            QStringLiteral("lesson-window-%1.png").arg(QLatin1String(QTest::currentDataTag())))));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestLessonsWalk)
#include "tst_lessons_walk.moc"
