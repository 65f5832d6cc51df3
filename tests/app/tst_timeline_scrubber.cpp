// The timeline: epochs of a recorded history, events as marks, scrubbing picks the epoch's trace.
#include "app/views/gate_heatmap_view.h"
#include "app/views/probe_selection.h"
#include "app/views/probe_trace_source.h"
#include "app/views/timeline_scrubber.h"
#include "probe_fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <vector>

class TestTimelineScrubber : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void clickAndDragSetTheEpoch();
    void keysStepThroughEpochs();
    void eventsHaveTooltips();
    void viewsPickTheTraceOfTheEpoch();
    void exportsEpochsAsCsv();
    void screenshots();
    void aLongHistoryPaintsAboutAsFastAsAShortOne();
    void aRepaintReusesTheCurves();
    void aNewHistoryOrSizeRedrawsTheCurves();

private:
    std::shared_ptr<const session::TrainingHistory> m_history;
};

void TestTimelineScrubber::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const auto engine = probe_fixtures::trainedEngine(core::CellKind::Gru, 4, 5);
    auto history = std::make_shared<session::TrainingHistory>(*engine->snapshot().history);
    QCOMPARE(int(history->epochs().size()), 5);
    const std::int64_t stepOf3 = history->epochs()[2].step;
    history->addEntry({session::HistoryEntry::Kind::SettingsChanged, stepOf3 - 1, 3,
                       "learning rate 0.01 → 0.001"});
    history->addEntry(
        {session::HistoryEntry::Kind::Diverged, history->epochs()[4].step, 5, "loss became NaN"});
    m_history = history;
}

void TestTimelineScrubber::clickAndDragSetTheEpoch() {
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    scrubber.setHistory(m_history);
    QCOMPARE(scrubber.epochCount(), 5);
    QCOMPARE(scrubber.shownEpoch(), 5); // epoch 0: the newest
    QTest::mouseClick(&scrubber, Qt::LeftButton, {}, QPoint(scrubber.positionOf(2), 50));
    QCOMPARE(selection.epoch(), 2);
    QTest::mousePress(&scrubber, Qt::LeftButton, {}, QPoint(scrubber.positionOf(2), 50));
    QMouseEvent drag(QEvent::MouseMove, QPointF(scrubber.positionOf(4) + 3, 50),
                     scrubber.mapToGlobal(QPointF(scrubber.positionOf(4) + 3, 50)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&scrubber, &drag);
    QCOMPARE(selection.epoch(), 4);
    QTest::mouseRelease(&scrubber, Qt::LeftButton, {}, QPoint(scrubber.positionOf(4), 50));
    QCOMPARE(scrubber.shownEpoch(), 4);
}

void TestTimelineScrubber::keysStepThroughEpochs() {
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.setHistory(m_history);
    QTest::keyClick(&scrubber, Qt::Key_Left);
    QCOMPARE(selection.epoch(), 4);
    QTest::keyClick(&scrubber, Qt::Key_Home);
    QCOMPARE(selection.epoch(), 1);
    QTest::keyClick(&scrubber, Qt::Key_Left);
    QCOMPARE(selection.epoch(), 1);
    QTest::keyClick(&scrubber, Qt::Key_Right);
    QCOMPARE(selection.epoch(), 2);
    QTest::keyClick(&scrubber, Qt::Key_End);
    QCOMPARE(selection.epoch(), 0);
    QCOMPARE(scrubber.shownEpoch(), 5);
}

void TestTimelineScrubber::eventsHaveTooltips() {
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    scrubber.setHistory(m_history);
    // The settings change took effect after the first of epoch 3's two batches: halfway
    // between the ends of epochs 2 and 3.
    const int halfway = (scrubber.positionOf(2) + scrubber.positionOf(3)) / 2;
    const QString change = scrubber.textAt(QPoint(halfway, 8));
    QVERIFY2(change.contains(QStringLiteral("learning rate 0.01 → 0.001")), qPrintable(change));
    QVERIFY(change.contains(QStringLiteral("Settings changed")));
    const QString diverged = scrubber.textAt(QPoint(scrubber.positionOf(5), 8));
    QVERIFY2(diverged.contains(QStringLiteral("loss became NaN")), qPrintable(diverged));
    const QString epoch = scrubber.textAt(QPoint(scrubber.positionOf(2), 50));
    QVERIFY2(epoch.startsWith(QStringLiteral("Epoch 2: training loss ")), qPrintable(epoch));
    QVERIFY(epoch.contains(QString::number(m_history->epochs()[1].trainLoss, 'g', 4)));
}

void TestTimelineScrubber::viewsPickTheTraceOfTheEpoch() {
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    scrubber.setHistory(m_history);
    app::ProbeTraceSource source(&selection);
    app::GateHeatmapView heatmap(&selection);
    connect(&source, &app::ProbeTraceSource::traceChanged, &heatmap,
            &app::GateHeatmapView::setTrace);
    QSignalSpy changes(&source, &app::ProbeTraceSource::traceChanged);
    source.setHistory(m_history);
    QCOMPARE(heatmap.trace()->epoch, 5); // the newest
    QTest::mouseClick(&scrubber, Qt::LeftButton, {}, QPoint(scrubber.positionOf(2), 50));
    QCOMPARE(heatmap.trace()->epoch, 2);
    QCOMPARE(heatmap.trace(), m_history->traceAt(2));
    source.setHistory(m_history); // a later snapshot of the same history: nothing new
    QCOMPARE(changes.count(), 2);
    auto live = std::make_shared<session::ProbeTrace>(*m_history->traceAt(5));
    live->epoch = 6;
    source.setLiveTrace(live);
    QCOMPARE(heatmap.trace()->epoch, 2); // scrubbed back: stays there
    QTest::keyClick(&scrubber, Qt::Key_End);
    QCOMPARE(heatmap.trace()->epoch, 6); // following the run again
}

void TestTimelineScrubber::exportsEpochsAsCsv() {
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    QTemporaryDir dir;
    QVERIFY(!scrubber.exportCsv(dir.filePath(QStringLiteral("t.csv"))).isEmpty());
    scrubber.setHistory(m_history);
    QCOMPARE(scrubber.exportCsv(dir.filePath(QStringLiteral("t.csv"))), QString());
    QFile file(dir.filePath(QStringLiteral("t.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(std::abs(lines[3].section(u',', 2, 2).toDouble() / m_history->epochs()[2].trainLoss -
                     1) < 1e-8); // 9 significant digits
    for (const QString& name : {QStringLiteral("t.png"), QStringLiteral("t.svg")}) {
        QCOMPARE(scrubber.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 500);
    }
}

namespace {
std::shared_ptr<const session::TrainingHistory> longHistory(int epochs);
} // namespace

void TestTimelineScrubber::screenshots() {
    for (const bool dark : {false, true}) {
        app::ProbeSelection selection;
        selection.setEpoch(3);
        app::TimelineScrubber scrubber(&selection);
        if (dark)
            scrubber.setPalette(probe_fixtures::darkPalette());
        scrubber.resize(700, 90);
        scrubber.setHistory(m_history);
        QVERIFY(scrubber.grab().save(dark ? QStringLiteral("/tmp/views-timeline-dark.png")
                                          : QStringLiteral("/tmp/views-timeline-light.png")));
        // A long run: each pixel column's mean, with the spread of its epochs shaded.
        scrubber.setHistory(longHistory(3000));
        QVERIFY(scrubber.grab().save(dark ? QStringLiteral("/tmp/views-timeline-long-dark.png")
                                          : QStringLiteral("/tmp/views-timeline-long-light.png")));
    }
}

namespace {

/** A history of `epochs` epochs with noisy, falling losses. */
std::shared_ptr<const session::TrainingHistory> longHistory(int epochs) {
    auto history = std::make_shared<session::TrainingHistory>();
    for (int e = 1; e <= epochs; ++e) {
        const double loss = 1.0 / std::sqrt(double(e)) * (1.0 + 0.3 * std::sin(e * 0.7));
        history->addEpoch({e, std::int64_t(e) * 40, loss, 1.1 * loss, 0.5, false, 1e-3, e * 0.1});
    }
    return history;
}

/** The median time, in milliseconds, of painting the scrubber into an image: the curves drawn
 * from `history` afresh each time (a new object, as each epoch of a run brings), or, without a
 * history, with the curves the scrubber already has. */
double medianPaintMs(app::TimelineScrubber& scrubber,
                     const std::shared_ptr<const session::TrainingHistory>& history = {}) {
    QImage image(scrubber.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int i = 0; i < 9; ++i) {
        if (history)
            scrubber.setHistory(std::make_shared<const session::TrainingHistory>(*history));
        QElapsedTimer clock;
        clock.start();
        scrubber.render(&image);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::nth_element(times.begin(), times.begin() + 4, times.end());
    return times[4];
}

QImage rendered(app::TimelineScrubber& scrubber) {
    QImage image(scrubber.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    scrubber.render(&image);
    return image;
}

} // namespace

void TestTimelineScrubber::aLongHistoryPaintsAboutAsFastAsAShortOne() {
    // A classroom run of an hour has thousands of epochs in a strip a few hundred pixels wide:
    // ten times the epochs must not cost ten times the drawing (it did, at 60 frames a second).
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    const double shortMs = medianPaintMs(scrubber, longHistory(2000));
    const double longMs = medianPaintMs(scrubber, longHistory(20000));
    qInfo("timeline paint: %.2f ms with 2,000 epochs, %.2f ms with 20,000 (ratio %.2f)", shortMs,
          longMs, longMs / shortMs);
    // Stroking every epoch made it 15 times; each pixel column's mean and spread, 0.4.
    QVERIFY2(longMs < 5.0 * shortMs, qPrintable(QString::number(longMs / shortMs)));
}

void TestTimelineScrubber::aRepaintReusesTheCurves() {
    // The window repaints 60 times a second, a run adds an epoch a few times a second: between
    // two epochs a repaint only draws the curves it already has.
    app::ProbeSelection selection;
    app::TimelineScrubber scrubber(&selection);
    scrubber.resize(600, 90);
    const auto history = longHistory(20000);
    const double freshMs = medianPaintMs(scrubber, history);
    const double repaintMs = medianPaintMs(scrubber);
    qInfo("timeline with 20,000 epochs: %.2f ms drawn afresh, %.2f ms repainted (ratio %.2f)",
          freshMs, repaintMs, repaintMs / freshMs);
    QVERIFY2(repaintMs < 0.5 * freshMs, qPrintable(QString::number(repaintMs / freshMs)));
}

void TestTimelineScrubber::aNewHistoryOrSizeRedrawsTheCurves() {
    // Kept curves must never outlive what they were drawn from: the same scrubber, shown a new
    // history of the same length or resized, paints exactly what a new scrubber paints.
    auto steeper = std::make_shared<session::TrainingHistory>();
    const auto gentle = longHistory(3000); // kept: a loop over a temporary's member dangles
    for (const session::EpochRecord& r : gentle->epochs()) {
        session::EpochRecord s = r;
        s.trainLoss = r.trainLoss * r.trainLoss;
        steeper->addEpoch(s);
    }
    app::ProbeSelection selection;
    const auto freshlyDrawn = [&](QSize size,
                                  std::shared_ptr<const session::TrainingHistory> history) {
        app::TimelineScrubber fresh(&selection);
        fresh.resize(size);
        fresh.setHistory(std::move(history));
        return rendered(fresh);
    };
    app::TimelineScrubber reused(&selection);
    reused.resize(600, 90);
    reused.setHistory(longHistory(3000));
    const QImage before = rendered(reused);
    reused.setHistory(steeper);
    QVERIFY(rendered(reused) != before);
    QCOMPARE(rendered(reused), freshlyDrawn({600, 90}, steeper));
    reused.resize(800, 120);
    QCOMPARE(rendered(reused), freshlyDrawn({800, 120}, steeper));
}

QTEST_MAIN(TestTimelineScrubber)
#include "tst_timeline_scrubber.moc"
