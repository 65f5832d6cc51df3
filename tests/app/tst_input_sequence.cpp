// The probe's input in its own terms: characters for text, pen strokes for gestures, values for
// series; the heatmap's input strip draws them and tells each step's label on hover.
#include "app/views/gate_heatmap_view.h"
#include "app/views/input_sequence.h"
#include "app/views/probe_selection.h"
#include "output_fixtures.h"
#include "probe_fixtures.h"

#include <QImage>
#include <QtTest>

using Kind = app::InputSequence::Kind;

class TestInputSequence : public QObject {
    Q_OBJECT

private slots:
    void textIsItsCharacters();
    void gesturesAreStrokes();
    void seriesAreValues();
    void sampledKeepsEveryStrideThStep();
    void heatmapStripShowsAndTellsTheCharacters();
    void heatmapStripScreenshots();
};

namespace {

core::SequenceBatch<double> probeOf(const data::Task& task) {
    return task.batch(data::Split::Validation, 1, 0, 0);
}

} // namespace

void TestInputSequence::textIsItsCharacters() {
    const auto task = output_fixtures::makeTask("text", {{"length", "40"}, {"train-size", "50"}});
    const auto batch = probeOf(*task);
    const app::InputSequence input = app::InputSequence::of(*task, batch);
    QCOMPARE(input.kind(), Kind::Symbols);
    QCOMPARE(input.steps(), batch.steps);
    QCOMPARE(input.labels().size(), qsizetype(batch.steps));
    int spaces = 0;
    for (core::Index t = 0; t < batch.steps; ++t) {
        QCOMPARE(input.values()(t, 0), double(batch.tokens[std::size_t(t)]));
        QCOMPARE(input.labels()[t], QString::fromStdString(task->renderStep(batch, 0, t)));
        spaces += input.labels()[t] == QStringLiteral("\u2423") ? 1 : 0; // a space made visible
    }
    QVERIFY2(spaces > 0, "40 characters of Shakespeare without a space?");
}

void TestInputSequence::gesturesAreStrokes() {
    const auto task = output_fixtures::makeTask("gestures", {{"train-size", "40"}});
    const auto batch = probeOf(*task);
    const app::InputSequence input = app::InputSequence::of(*task, batch);
    QCOMPARE(input.kind(), Kind::Strokes);
    QCOMPARE(input.values().cols(), core::Index(3)); // dx, dy, pen
    QCOMPARE(input.steps(), batch.lengths.empty() ? batch.steps : batch.lengths[0]);
    for (core::Index t = 0; t < input.steps(); ++t) {
        QCOMPARE(input.values()(t, 0), batch.inputs(t, 0));
        QVERIFY(input.labels()[t].contains(QStringLiteral("pen")));
    }
}

void TestInputSequence::seriesAreValues() {
    const auto task = output_fixtures::makeTask("co2", {});
    const app::InputSequence input = app::InputSequence::of(*task, probeOf(*task));
    QCOMPARE(input.kind(), Kind::Values);
    QVERIFY(input.steps() > 10);
    QVERIFY2(input.labels().front().contains(u':'), qPrintable(input.labels().front()));
}

void TestInputSequence::sampledKeepsEveryStrideThStep() {
    const auto task = output_fixtures::makeTask("text", {{"length", "40"}, {"train-size", "50"}});
    const app::InputSequence input = app::InputSequence::of(*task, probeOf(*task));
    const app::InputSequence kept = input.sampled(3, 10);
    QCOMPARE(kept.steps(), core::Index(10));
    QCOMPARE(kept.kind(), Kind::Symbols);
    for (int c = 0; c < 10; ++c) {
        QCOMPARE(kept.labels()[c], input.labels()[3 * c]);
        QCOMPARE(kept.values()(c, 0), input.values()(3 * c, 0));
    }
    QCOMPARE(input.sampled(3, 100).steps(), core::Index(14)); // ⌈40 / 3⌉
}

void TestInputSequence::heatmapStripShowsAndTellsTheCharacters() {
    const auto task = output_fixtures::makeTask("text", {{"length", "30"}, {"train-size", "50"}});
    const auto batch = probeOf(*task);
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(900, 600);
    view.setTrace(probe_fixtures::traceOf(output_fixtures::smallNetwork(*task, 6), batch));
    view.setInput(app::InputSequence::of(*task, batch));
    const QRectF strip = view.inputRect();
    QVERIFY(!strip.isEmpty());
    const double column = strip.width() / 30.0;
    const QImage image = view.grab().toImage();
    const QColor base = view.palette().color(QPalette::Base);
    int inked = 0;
    for (int t = 0; t < 30; ++t) {
        const QPoint centre((strip.left() + (t + 0.5) * column), int(strip.center().y()));
        const QString expected = app::InputSequence::visible(task->renderStep(batch, 0, t));
        QCOMPARE(view.textAt(centre), QStringLiteral("input at step %1: %2").arg(t).arg(expected));
        bool ink = false; // a character leaves pixels unlike the strip's background in its column
        for (int x = int(strip.left() + t * column) + 1; x < int(strip.left() + (t + 1) * column);
             ++x)
            for (int y = int(strip.top()) + 2; y < int(strip.bottom()) - 2; ++y)
                ink = ink || qAbs(qGray(image.pixel(x * image.width() / view.width(),
                                                    y * image.height() / view.height())) -
                                  qGray(base.rgb())) > 80;
        inked += ink ? 1 : 0;
    }
    QVERIFY2(inked >= 27,
             qPrintable(QStringLiteral("%1 of 30 columns show a character").arg(inked)));
}

void TestInputSequence::heatmapStripScreenshots() {
    for (const char* name : {"text", "gestures", "sentiment"}) {
        const auto task = output_fixtures::makeTask(name, {{"train-size", "50"}});
        const auto batch = probeOf(*task);
        app::ProbeSelection selection;
        app::GateHeatmapView view(&selection);
        view.resize(900, 560);
        view.setTrace(probe_fixtures::traceOf(output_fixtures::smallNetwork(*task, 6), batch));
        view.setInput(app::InputSequence::of(*task, batch));
        QVERIFY(
            view.grab().save(QStringLiteral("/tmp/input-strip-%1.png").arg(QLatin1String(name))));
    }
}

QTEST_MAIN(TestInputSequence)
#include "tst_input_sequence.moc"
