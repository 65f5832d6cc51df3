// The speech task's input strip: spectrogram frames drawn as an image, one column a step and one
// row a mel band (low bands at the bottom), in the sequential colour scale, each column above the
// heatmap cells of its step; screenshots in a light and a dark palette.
#include "app/views/colour_scale.h"
#include "app/views/gate_heatmap_view.h"
#include "app/views/input_sequence.h"
#include "app/views/probe_selection.h"
#include "app/views/sequence_strip.h"
#include "output_fixtures.h"
#include "probe_fixtures.h"

#include <QImage>
#include <QtTest>

using Kind = app::InputSequence::Kind;
using app::ColourScale;

class TestSpectrogramStrip : public QObject {
    Q_OBJECT

private slots:
    void imageMapsValuesToTheIntensityScale();
    void speechInputIsSpectrogramFrames();
    void stripColumnsSitAboveTheirSteps();
};

void TestSpectrogramStrip::imageMapsValuesToTheIntensityScale() {
    core::Matrix<double> frames(3, 2); // 3 steps, 2 bands
    frames << -1, 3, 1, 0, 2, 1;       // minimum −1, maximum 3: level = (v + 1) / 4
    const QImage image = app::SequenceStrip::spectrogramImage(frames);
    QCOMPARE(image.size(), QSize(3, 2));
    const auto colour = [](double level) {
        return ColourScale::colour(ColourScale::Kind::Intensity, level).rgb();
    };
    QCOMPARE(image.pixel(0, 1), colour(0.0));  // step 0, band 0 (bottom row): the minimum
    QCOMPARE(image.pixel(0, 0), colour(1.0));  // step 0, band 1 (top row): the maximum
    QCOMPARE(image.pixel(1, 1), colour(0.5));  // step 1, band 0: 1
    QCOMPARE(image.pixel(2, 0), colour(0.5));  // step 2, band 1: 1
    QCOMPARE(image.pixel(2, 1), colour(0.75)); // step 2, band 0: 2
}

void TestSpectrogramStrip::speechInputIsSpectrogramFrames() {
    const auto task = output_fixtures::makeTask("speech-digits", {{"language", "en"}});
    const auto batch = task->batch(data::Split::Validation, 1, 0, 0);
    const app::InputSequence input = app::InputSequence::of(*task, batch);
    QCOMPARE(input.kind(), Kind::Spectrogram);
    QCOMPARE(input.values().cols(), core::Index(20));
    QCOMPARE(input.steps(), batch.lengths[0]);
    QVERIFY(input.labels()[2].startsWith(QStringLiteral("20 ms: loudest band ")));
}

void TestSpectrogramStrip::stripColumnsSitAboveTheirSteps() {
    const auto task = output_fixtures::makeTask("speech-digits", {{"language", "en"}});
    const auto batch = task->batch(data::Split::Validation, 1, 0, 0);
    const app::InputSequence input = app::InputSequence::of(*task, batch);
    app::ProbeSelection selection;
    app::GateHeatmapView view(&selection);
    view.resize(1000, 560);
    view.setTrace(probe_fixtures::traceOf(output_fixtures::smallNetwork(*task, 6), batch));
    view.setInput(input);
    QCOMPARE(view.shownInput().steps(), input.steps()); // no sampling for so short a clip
    const QRectF strip = view.inputRect();
    const QImage shot = view.grab().toImage();
    const double scale = double(shot.width()) / view.width();
    const core::Matrix<double>& v = input.values();
    const double low = v.minCoeff(), span = v.maxCoeff() - low;
    const double bandHeight = strip.height() / 20.0;
    int matched = 0;
    for (int t = 0; t < int(input.steps()); ++t) {
        const int x = view.cellCentre(0, 0, t).x(); // the heatmap's column of step t
        for (int band : {1, 10, 18}) {
            const double y = strip.bottom() - (band + 0.5) * bandHeight;
            const QColor shown(shot.pixel(int(x * scale), int(y * scale)));
            const QColor wanted =
                ColourScale::colour(ColourScale::Kind::Intensity, (v(t, band) - low) / span);
            matched += qAbs(shown.red() - wanted.red()) + qAbs(shown.green() - wanted.green()) +
                                   qAbs(shown.blue() - wanted.blue()) <=
                               6
                           ? 1
                           : 0;
        }
    }
    // Every sampled pixel shows its own step's value (a step off would show its neighbour's).
    QCOMPARE(matched, 3 * int(input.steps()));
    view.grab().save(QStringLiteral("/tmp/S/spectrogram-strip-light.png"));
    view.setPalette(probe_fixtures::darkPalette());
    view.grab().save(QStringLiteral("/tmp/S/spectrogram-strip-dark.png"));
}

QTEST_MAIN(TestSpectrogramStrip)
#include "tst_spectrogram_strip.moc"
