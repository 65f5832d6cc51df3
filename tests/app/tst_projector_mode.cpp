// app::ProjectorMode in the main window on the offscreen platform: F5 enlarges the lettering,
// hides the secondary panels and switches to a high-contrast palette, and F5 again puts back
// exactly what was there; in projector mode the arrows move the shared time step and unit within
// the trace whatever has the focus (but not in a text field) and Space asks for the next lesson
// step; the views draw thicker lines.
#include "app/views/cell_diagram_view.h"
#include "app/views/loss_chart.h"
#include "app/views/probe_selection.h"
#include "app/views/probe_trace_source.h"
#include "app/views/projector_style.h"
#include "app/window/appearance.h"
#include "app/window/language_manager.h"
#include "app/window/main_window.h"
#include "app/window/projector_mode.h"
#include "app/window/workspace.h"
#include "probe_fixtures.h"
#include "training/training_controller.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using training::TrainingController;

namespace {

const char* const kSecondary[] = {"taskDock", "trainingDock", "paletteDock", "inspectorDock"};
const char* const kViews[] = {"chartDock", "cellDock", "timelineDock"};

const QPalette::ColorRole kRoles[] = {QPalette::Window, QPalette::WindowText, QPalette::Base,
                                      QPalette::Text,   QPalette::Button,     QPalette::Highlight,
                                      QPalette::Mid,    QPalette::ButtonText};

QDockWidget* dock(QWidget& window, const char* name) {
    return window.findChild<QDockWidget*>(QLatin1String(name));
}

double trainingPenWidth(QWidget& window) {
    auto* chart = window.findChild<app::LossChart*>();
    return static_cast<QLineSeries*>(chart->chart()->series().constFirst())->pen().widthF();
}

/** Which docks are shown, in the window's order. */
QList<bool> shownDocks(QWidget& window) {
    QList<bool> shown;
    for (QDockWidget* d : window.findChildren<QDockWidget*>())
        shown << d->isVisible();
    return shown;
}

} // namespace

class TestProjectorMode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void f5EntersAndLeavesExactly();
    void leavingRestoresTheAppearanceChoice();
    void arrowsMoveTheStepAndUnitWithinTheTrace();
    void spaceAsksForTheNextLessonStep();
    void textFieldsKeepTheirKeys();
    void viewsDrawThickerLines();
    void pictureDuringARun_data();
    void pictureDuringARun();

private:
    /** A shown, active window whose views hold a trace of a short real run. */
    void trainBriefly(app::MainWindow& window);

    QTemporaryDir m_dir;
};

void TestProjectorMode::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projector_mode"));
    QVERIFY(m_dir.isValid());
}

void TestProjectorMode::trainBriefly(app::MainWindow& window) {
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* controller = window.findChild<TrainingController*>();
    auto* source = window.findChild<app::ProbeTraceSource*>();
    QSignalSpy finished(controller, &TrainingController::finished);
    window.train();
    QTRY_VERIFY_WITH_TIMEOUT(source->trace() != nullptr, 20000);
    window.stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY(source->trace()->steps > 3);
}

void TestProjectorMode::f5EntersAndLeavesExactly() {
    app::MainWindow window(nullptr, m_dir.filePath(QStringLiteral("f5")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QFont font = QApplication::font();
    const QPalette palette = QApplication::palette();
    const QString style = QApplication::style()->name();
    const QList<bool> shown = shownDocks(window);
    for (const char* name : kSecondary)
        QVERIFY2(dock(window, name)->isVisible(), name);

    // The View menu offers it, its tooltip naming the key.
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("menuView"))
                ->actions()
                .contains(window.projector()->action()));
    QVERIFY(window.projector()->action()->toolTip().contains(QStringLiteral("F5")));

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.projector()->isOn());
    QVERIFY(window.projector()->action()->isChecked());
    QVERIFY(!window.isTraining()); // F5 is no longer a Train shortcut
    QVERIFY(app::ProjectorStyle::isOn());
    QCOMPARE(QApplication::font().pointSizeF(),
             font.pointSizeF() * app::ProjectorStyle::kFontScale);
    QVERIFY(window.font().pointSizeF() > font.pointSizeF() * 1.5);
    for (const char* name : kSecondary)
        QVERIFY2(!dock(window, name)->isVisible(), name);
    for (const char* name : kViews)
        QVERIFY2(dock(window, name)->isVisible(), name);
    const QPalette contrast =
        app::Appearance::highContrastPalette(app::Appearance::isDark(palette));
    for (QPalette::ColorRole role : kRoles)
        QCOMPARE(QApplication::palette().color(role), contrast.color(role));
    // The widgets follow the application's palette from the event loop.
    QTRY_COMPARE(window.palette().color(QPalette::Window), contrast.color(QPalette::Window));
    // Contrast indeed: text and background at the two ends.
    const int ink = QApplication::palette().color(QPalette::WindowText).lightness();
    const int paper = QApplication::palette().color(QPalette::Window).lightness();
    QVERIFY(std::abs(ink - paper) > 230);

    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.projector()->isOn());
    QVERIFY(!window.projector()->action()->isChecked());
    QVERIFY(!app::ProjectorStyle::isOn());
    QCOMPARE(QApplication::font(), font);
    QCOMPARE(window.font(), font);
    QCOMPARE(QApplication::style()->name(), style);
    for (QPalette::ColorRole role : kRoles)
        QCOMPARE(QApplication::palette().color(role), palette.color(role));
    QTRY_COMPARE(window.palette().color(QPalette::Window), palette.color(QPalette::Window));
    QCOMPARE(shownDocks(window), shown);

    // The View menu's action does the same.
    window.projector()->action()->trigger();
    QVERIFY(window.projector()->isOn());
    window.projector()->action()->trigger();
    QCOMPARE(QApplication::font(), font);
    QCOMPARE(shownDocks(window), shown);

    // Closing the window in projector mode leaves it first: the panels saved for the next start
    // are the user's, not the projector's.
    window.projector()->setOn(true);
    QVERIFY(window.close());
    QVERIFY(!window.projector()->isOn());
    QCOMPARE(QApplication::font(), font);
    for (const char* name : kSecondary)
        QVERIFY2(!dock(window, name)->isHidden(), name);
}

void TestProjectorMode::leavingRestoresTheAppearanceChoice() {
    app::Appearance appearance;
    appearance.apply(app::Appearance::Theme::Dark);
    app::MainWindow window(nullptr, m_dir.filePath(QStringLiteral("appearance")));
    window.setAppearance(&appearance);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.projector()->setOn(true);
    // A dark choice gets white on near-black.
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             app::Appearance::highContrastPalette(true).color(QPalette::Window));
    window.projector()->setOn(false);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             app::Appearance::darkPalette().color(QPalette::Window));
    QCOMPARE(appearance.current(), app::Appearance::Theme::Dark);

    // A choice made while projecting is the one kept on leaving.
    window.projector()->setOn(true);
    appearance.apply(app::Appearance::Theme::Light);
    window.projector()->setOn(false);
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             app::Appearance::lightPalette().color(QPalette::Window));
    appearance.apply(app::Appearance::Theme::System);
}

void TestProjectorMode::arrowsMoveTheStepAndUnitWithinTheTrace() {
    app::MainWindow window(nullptr, m_dir.filePath(QStringLiteral("arrows")));
    trainBriefly(window);
    auto* selection = window.findChild<app::ProbeSelection*>();
    auto* source = window.findChild<app::ProbeTraceSource*>();
    const int steps = int(source->trace()->steps);
    const int units = int(source->trace()->layers.front().hidden.cols());
    const int stride = int(source->trace()->stride);
    selection->setUnitAndStep(0, 0);

    // Outside projector mode the arrows are the focused widget's.
    window.setFocus();
    QTest::keyClick(&window, Qt::Key_Down);
    QCOMPARE(selection->unit(), 0);

    window.projector()->setOn(true);
    // Whatever has the focus: here the chart view, which would scroll with arrows.
    auto* chart = window.findChild<app::LossChart*>();
    chart->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), chart);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(selection->step(), std::min(stride, steps - 1));
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(selection->step(), 0); // not before the first step
    for (int i = 0; i < steps + 2; ++i)
        QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(selection->step(), steps - 1); // nor past the last
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(selection->unit(), std::min(1, units - 1));
    for (int i = 0; i < units + 2; ++i)
        QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(selection->unit(), units - 1);
    QTest::keyClick(chart, Qt::Key_Up);
    QCOMPARE(selection->unit(), std::max(0, units - 2));

    // A text field being edited keeps its arrows: the cell view's unit box.
    selection->setUnitAndStep(0, 0);
    auto* unitBox = window.findChild<app::CellDiagramView*>()->findChild<QSpinBox*>();
    QVERIFY(unitBox && unitBox->isVisible());
    unitBox->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), unitBox);
    QTest::keyClick(unitBox, Qt::Key_Right);
    QCOMPARE(selection->step(), 0);
    window.projector()->setOn(false);
}

void TestProjectorMode::spaceAsksForTheNextLessonStep() {
    app::MainWindow window(nullptr, m_dir.filePath(QStringLiteral("space")));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy next(window.projector(), &app::ProjectorMode::nextStepRequested);
    QSignalSpy previous(window.projector(), &app::ProjectorMode::previousStepRequested);
    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(next.size(), 0); // only in projector mode

    window.projector()->setOn(true);
    auto* chart = window.findChild<app::LossChart*>();
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(next.size(), 1);
    QTest::keyClick(chart, Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(previous.size(), 1);
    auto* unitBox = window.findChild<app::CellDiagramView*>()->findChild<QSpinBox*>();
    unitBox->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), unitBox);
    QTest::keyClick(unitBox, Qt::Key_Space);
    QCOMPARE(next.size(), 1); // typed into the field, not a lesson step
    window.projector()->setOn(false);
    QTest::keyClick(chart, Qt::Key_Space);
    QCOMPARE(next.size(), 1);
}

void TestProjectorMode::textFieldsKeepTheirKeys() {
    // A bare window with a real trace of 6 steps: fields being edited keep the arrows and Space,
    // anything else gives them to projector mode.
    QMainWindow window;
    auto* central = new QWidget(&window);
    auto* layout = new QVBoxLayout(central);
    auto* field = new QLineEdit(central);
    auto* readOnly = new QLineEdit(QStringLiteral("read only"), central);
    readOnly->setReadOnly(true);
    auto* combo = new QComboBox(central);
    combo->setEditable(true);
    auto* button = new QPushButton(QStringLiteral("button"), central);
    for (QWidget* widget : {static_cast<QWidget*>(field), static_cast<QWidget*>(readOnly),
                            static_cast<QWidget*>(combo), static_cast<QWidget*>(button)})
        layout->addWidget(widget);
    window.setCentralWidget(central);
    app::ProbeSelection selection;
    app::ProbeTraceSource source(&selection);
    const auto network = probe_fixtures::randomNetwork(core::CellKind::Lstm, 3);
    source.setLiveTrace(probe_fixtures::traceOf(network, probe_fixtures::randomSequence(6, 3)));
    QVERIFY(source.trace());
    app::ProjectorMode projector(&window, &selection, &source);
    QSignalSpy next(&projector, &app::ProjectorMode::nextStepRequested);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    projector.setOn(true);

    const auto press = [&](QWidget* widget, Qt::Key key) {
        widget->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), widget);
        QTest::keyClick(widget, key);
    };
    press(field, Qt::Key_Right);
    press(field, Qt::Key_Space);
    QCOMPARE(field->text(), QStringLiteral(" "));
    press(combo, Qt::Key_Right);
    QCOMPARE(selection.step(), 0);
    QCOMPARE(next.size(), 0);
    press(readOnly, Qt::Key_Right);
    QCOMPARE(selection.step(), 1);
    press(button, Qt::Key_Right);
    QCOMPARE(selection.step(), 2);
    press(button, Qt::Key_Space);
    QCOMPARE(next.size(), 1);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(button, Qt::Key_Right);
    QCOMPARE(selection.step(), 5);
    projector.setOn(false);
}

void TestProjectorMode::viewsDrawThickerLines() {
    app::MainWindow window(nullptr, m_dir.filePath(QStringLiteral("pens")));
    window.show();
    QCOMPARE(app::ProjectorStyle::width(2.0), 2.0);
    const double normal = trainingPenWidth(window);
    QSignalSpy changed(app::ProjectorStyle::instance(), &app::ProjectorStyle::changed);

    window.projector()->setOn(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(app::ProjectorStyle::width(2.0), 2.0 * app::ProjectorStyle::kLineScale);
    QCOMPARE(trainingPenWidth(window), normal * app::ProjectorStyle::kLineScale);
    auto* chart = window.findChild<app::LossChart*>()->chart();
    const QFont axisFont = chart->axes().constFirst()->labelsFont();

    window.projector()->setOn(false);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(trainingPenWidth(window), normal);
    QVERIFY(chart->axes().constFirst()->labelsFont().pointSizeF() < axisFont.pointSizeF());
}

void TestProjectorMode::pictureDuringARun_data() {
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << false << QStringLiteral("en") << QStringLiteral("projector-mode");
    QTest::newRow("dark") << true << QStringLiteral("en") << QStringLiteral("projector-mode-dark");
    QTest::newRow("french") << false << QStringLiteral("fr") << QStringLiteral("projector-mode-fr");
}

void TestProjectorMode::pictureDuringARun() {
    // The window as a class sees it, at a projector's 1600×1000, while a real run trains; saved
    // to LSTM_STUDIO_SCREENSHOTS when that names a folder.
    QFETCH(bool, dark);
    QFETCH(QString, language);
    QFETCH(QString, name);
    app::LanguageManager languages;
    languages.apply(language);
    app::Appearance appearance;
    appearance.apply(dark ? app::Appearance::Theme::Dark : app::Appearance::Theme::Light);
    app::MainWindow window(nullptr, m_dir.filePath(name));
    window.setAppearance(&appearance);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::qWait(20); // the window's first fit to the screen, before it is given its size
    window.resize(1600, 1000);
    session::TrainingSettings settings = window.workspace().settings();
    settings.epochs = 400; // still training when the picture is taken
    QString error;
    QVERIFY2(window.workspace().setSettings(settings, &error), qPrintable(error));
    window.projector()->setOn(true);
    auto* source = window.findChild<app::ProbeTraceSource*>();
    auto* controller = window.findChild<TrainingController*>();
    QSignalSpy finished(controller, &TrainingController::finished);
    window.train();
    QTRY_VERIFY_WITH_TIMEOUT(source->trace() != nullptr && source->trace()->epoch >= 8, 30000);
    window.findChild<app::ProbeSelection*>()->setUnitAndStep(1, 12);
    QTest::qWait(300);
    QVERIFY(window.isTraining());
    const QPixmap picture = window.grab();
    QDockWidget* gates = dock(window, "gatesDock");
    gates->raise();
    QTest::qWait(300);
    const QPixmap gatesPicture = window.grab();
    window.stopTraining();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(picture.size(), QSize(1600, 1000) * picture.devicePixelRatio());
    const QString folder = qEnvironmentVariable("LSTM_STUDIO_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QVERIFY(picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
        QVERIFY(gatesPicture.save(QDir(folder).filePath(name + QStringLiteral("-gates.png"))));
    }
    window.projector()->setOn(false);
    // The choice from before the picture is back: white on near-black was only for projecting.
    QCOMPARE(app::Appearance::isDark(QApplication::palette()), dark);
    appearance.apply(app::Appearance::Theme::System);
    languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(TestProjectorMode)
#include "tst_projector_mode.moc"
