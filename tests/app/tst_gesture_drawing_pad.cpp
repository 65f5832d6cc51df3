// The gesture pad: mouse strokes become the task's input, and the guess follows the drawing.
#include "app/views/gesture_drawing_pad.h"
#include "data/gesture_templates.h"
#include "output_fixtures.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <numbers>

class TestGestureDrawingPad : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aDrawnCircleBecomesTheTasksInput();
    void theGuessIsTheNetworksAndFollowsTheDrawing();
    void aSecondStrokeMovesWithThePenUp();
    void clearWipesThePad();
    void exportsImagesAndCsv();
    void screenshots();

private:
    /** Draws a circle of `turns` turns with the mouse, counter-clockwise from its right. */
    static void drawCircle(app::GestureDrawingPad& pad, bool release = true);

    std::unique_ptr<data::Task> m_task;
    std::shared_ptr<const core::Network<double>> m_network;
};

void TestGestureDrawingPad::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_task = output_fixtures::makeTask("gestures", {{"eval-size", "16"}});
    m_network =
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*m_task, 12));
}

void TestGestureDrawingPad::drawCircle(app::GestureDrawingPad& pad, bool release) {
    const QPointF centre = QRectF(pad.padRect()).center();
    const double radius = pad.padRect().width() / 3.0;
    const auto at = [&](int k) {
        const double a = 2 * std::numbers::pi * k / 40.0; // y down on screen: −sin is up
        return (centre + QPointF(radius * std::cos(a), -radius * std::sin(a))).toPoint();
    };
    QTest::mousePress(&pad, Qt::LeftButton, {}, at(0));
    for (int k = 1; k <= 40; ++k)
        QTest::mouseMove(&pad, at(k), 5);
    if (release)
        QTest::mouseRelease(&pad, Qt::LeftButton, {}, at(40));
}

void TestGestureDrawingPad::aDrawnCircleBecomesTheTasksInput() {
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTask(m_task.get());
    pad.setNetwork(m_network);
    QVERIFY(pad.input().empty());
    drawCircle(pad);
    const data::Stroke input = pad.input();
    QCOMPARE(int(input.size()), app::GestureDrawingPad::kSteps);
    double x = 0, y = 0, minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (const data::StrokeStep& step : input) {
        QCOMPARE(step.pen, 1);
        x += step.dx;
        y += step.dy;
        minX = std::min(minX, x), maxX = std::max(maxX, x);
        minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    // Normalized as the task's drawings are: the larger side of the box is kSize.
    QVERIFY(std::abs(std::max(maxX - minX, maxY - minY) - data::GestureTemplates::kSize) < 1e-9);
    QVERIFY(std::abs(x) < 0.3 && std::abs(y) < 0.3); // back where it started
    // Counter-clockwise from the right with y up, as the circle template: first up, then left.
    QVERIFY(input.front().dy > 0);
    QVERIFY(input[size_t(input.size() / 4)].dx < 0);
}

void TestGestureDrawingPad::theGuessIsTheNetworksAndFollowsTheDrawing() {
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTask(m_task.get());
    pad.setNetwork(m_network);
    QSignalSpy spy(&pad, &app::GestureDrawingPad::guessChanged);
    drawCircle(pad, false); // still drawing: the timer guesses
    QTRY_VERIFY(!pad.probabilities().empty());
    const qsizetype whileDrawing = spy.size();
    QVERIFY(whileDrawing >= 1);
    QTest::mouseRelease(&pad, Qt::LeftButton, {}, pad.padRect().center());
    QVERIFY(spy.size() > whileDrawing);

    const data::Stroke input = pad.input();
    core::SequenceBatch<double> batch;
    batch.steps = core::Index(input.size());
    batch.batch = 1;
    batch.inputs.resize(batch.steps, 3);
    for (size_t t = 0; t < input.size(); ++t)
        batch.inputs.row(core::Index(t)) << input[t].dx, input[t].dy, double(input[t].pen);
    core::NetworkExecutor<double> executor(*m_network);
    const core::RowVector<double> logits = executor.forward(batch).row(0);
    const core::RowVector<double> p = (logits.array() - logits.maxCoeff()).exp().matrix();
    QCOMPARE(pad.probabilities().size(), size_t(8));
    double sum = 0.0;
    for (core::Index c = 0; c < 8; ++c) {
        QVERIFY(std::abs(pad.probabilities()[size_t(c)] - p(c) / p.sum()) < 1e-12);
        sum += pad.probabilities()[size_t(c)];
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    core::Index best = 0;
    logits.maxCoeff(&best);
    QCOMPARE(pad.guess(), int(best));
}

void TestGestureDrawingPad::aSecondStrokeMovesWithThePenUp() {
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTask(m_task.get());
    pad.setNetwork(m_network);
    const QRect r = pad.padRect();
    const auto bar = [&](QPoint from, QPoint to) {
        QTest::mousePress(&pad, Qt::LeftButton, {}, from);
        for (int k = 1; k <= 10; ++k)
            QTest::mouseMove(&pad, from + (to - from) * k / 10, 5);
        QTest::mouseRelease(&pad, Qt::LeftButton, {}, to);
    };
    bar(r.topLeft() + QPoint(30, 30), r.bottomRight() - QPoint(30, 30));
    bar(r.topRight() + QPoint(-30, 30), r.bottomLeft() + QPoint(30, -30));
    const data::Stroke input = pad.input();
    QCOMPARE(int(input.size()), app::GestureDrawingPad::kSteps);
    const auto lifted = std::count_if(input.begin(), input.end(),
                                      [](const data::StrokeStep& s) { return s.pen == 0; });
    QVERIFY(lifted >= 1 && lifted < 10);
    QCOMPARE(input.front().pen, 1);
    QCOMPARE(input.back().pen, 1);
    QVERIFY(pad.guess() >= 0);
}

void TestGestureDrawingPad::clearWipesThePad() {
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTask(m_task.get());
    pad.setNetwork(m_network);
    drawCircle(pad);
    QVERIFY(!pad.probabilities().empty());
    auto* clear = pad.findChild<QPushButton*>();
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(pad.input().empty());
    QVERIFY(pad.probabilities().empty());
    QCOMPARE(pad.guess(), -1);
}

void TestGestureDrawingPad::exportsImagesAndCsv() {
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.setTask(m_task.get());
    pad.setNetwork(m_network);
    pad.setStrokes({{QPointF(50, 50), QPointF(150, 60), QPointF(200, 200)}});
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("g.png"), QStringLiteral("g.svg")}) {
        QCOMPARE(pad.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QCOMPARE(pad.exportCsv(dir.filePath(QStringLiteral("g.csv"))), QString());
    QFile csv(dir.filePath(QStringLiteral("g.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
    QCOMPARE(lines.first().trimmed(), QStringLiteral("class,probability"));
    QCOMPARE(lines.size(), 1 + 8);
    QVERIFY(lines[1].startsWith(QStringLiteral("circle,")));
}

void TestGestureDrawingPad::screenshots() {
    const auto engine =
        output_fixtures::trained("gestures", {{"train-size", "400"}, {"eval-size", "16"}}, 4, 24);
    app::GestureDrawingPad pad;
    pad.resize(560, 340);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    pad.setTask(&engine->task());
    pad.setNetwork(output_fixtures::networkOf(*engine));
    output_fixtures::screenshots(pad, QStringLiteral("gesture-pad-empty"));
    drawCircle(pad);
    output_fixtures::screenshots(pad, QStringLiteral("gesture-pad"));
    QCOMPARE(pad.classNames()[pad.guess()], QStringLiteral("circle"));
}

QTEST_MAIN(TestGestureDrawingPad)
#include "tst_gesture_drawing_pad.moc"
