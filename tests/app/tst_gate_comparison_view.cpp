// GateComparisonView: the mean change per band against hand-made traces where only the forget
// gate moved, the messages for missing or mismatched traces, the layer list by keyboard, and a
// real comparison (an English character model moved to French, before and after one epoch of
// fine-tuning), rendered in a light and a dark palette.
#include "app/views/gate_comparison_view.h"
#include "data/task_registry.h"
#include "probe_fixtures.h"
#include "training/network_transfer.h"
#include "training/probe_recorder.h"
#include "training/session_file.h"
#include "training/training_engine.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QStandardPaths>
#include <QtTest>
#include <cmath>

using app::GateComparisonView;
using session::ProbeTrace;

namespace {

/** One LSTM layer of 3 units over 5 steps, every gate at `base`, the forget gate at base + df. */
std::shared_ptr<ProbeTrace> syntheticTrace(float base, float df, int layers = 2) {
    auto trace = std::make_shared<ProbeTrace>();
    trace->steps = 5;
    for (int l = 0; l < layers; ++l) {
        session::ProbeLayerTrace layer;
        layer.name = "layer " + std::to_string(l + 1);
        layer.gateNames = {"i", "f", "g", "o"};
        for (const std::string& gate : layer.gateNames)
            layer.gates.push_back(
                core::Matrix<float>::Constant(5, 3, gate == "f" ? base + df : base));
        layer.cell = core::Matrix<float>::Constant(5, 3, 0.1f);
        layer.hidden = core::Matrix<float>::Constant(5, 3, -0.1f);
        trace->layers.push_back(layer);
    }
    return trace;
}

} // namespace

class TestGateComparisonView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyTheChangedGateShowsAChange() {
        GateComparisonView view;
        view.setTraces(syntheticTrace(0.5f, 0.0f), syntheticTrace(0.5f, 0.2f));
        QCOMPARE(view.problem(), QString());
        QCOMPARE(view.bandSymbols(), (QStringList{"i", "f", "g", "o", "c", "h"}));
        QVERIFY(std::abs(view.meanChange(1) - 0.2) < 1e-6);
        for (int band : {0, 2, 3, 4, 5})
            QCOMPARE(view.meanChange(band), 0.0);
        QVERIFY(std::isnan(view.meanChange(6)));
    }

    void missingOrMismatchedTracesAreSaidInWords() {
        GateComparisonView view;
        QVERIFY(!view.problem().isEmpty());
        QVERIFY(view.bandSymbols().isEmpty());
        auto shorter = syntheticTrace(0.5f, 0.0f);
        shorter->steps = 4;
        view.setTraces(syntheticTrace(0.5f, 0.0f), shorter);
        QVERIFY(view.problem().contains(QStringLiteral("same input")));
        view.setTraces(syntheticTrace(0.5f, 0.0f), syntheticTrace(0.5f, 0.0f, 1));
        QVERIFY(!view.problem().isEmpty());
        view.resize(600, 400);
        QVERIFY(!view.grab().isNull()); // paints the message, no crash
    }

    void theLayerListFollowsTheKeyboard() {
        GateComparisonView view;
        view.setTraces(syntheticTrace(0.5f, 0.0f), syntheticTrace(0.5f, 0.3f));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.layerBox()->count(), 2);
        view.layerBox()->setFocus();
        QTest::keyClick(view.layerBox(), Qt::Key_Down);
        QCOMPARE(view.layer(), 1);
        QVERIFY(std::abs(view.meanChange(1) - 0.3) < 1e-6);
    }

    void englishFineTunedOnFrenchRenders_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void englishFineTunedOnFrenchRenders() {
        QFETCH(bool, dark);
        session::Session english;
        QString error;
        QVERIFY2(training::SessionFile::load(
                     QStringLiteral(LSTM_STUDIO_SOURCE_DIR
                                    "/resources/sessions/text-english.lstmsession"),
                     english, &error),
                 qPrintable(error));
        const auto french = data::TaskRegistry::builtIn().make("text", {{"language", "french"}}, 1);
        training::TrainingJob job(
            training::NetworkTransfer::fromSession(english, *french, -1, {}, 1));
        job.taskName = "text";
        job.taskOptions = {{"language", "french"}};
        job.recipe = french->recommendedRecipe();
        job.recipe.epochs = 1;
        const core::Network<float> before = job.network.converted<float>();
        training::TrainingEngine engine(job);
        while (!engine.isDone())
            engine.advance();
        const auto original = training::ProbeRecorder::record(before, *french, 0);
        const auto tuned = training::ProbeRecorder::record(engine.network(), *french, 0);
        QVERIFY(original && tuned);
        const QPalette palette = QApplication::palette();
        if (dark)
            QApplication::setPalette(probe_fixtures::darkPalette());
        {
            GateComparisonView view;
            view.setTraces(original, tuned);
            QCOMPARE(view.problem(), QString());
            QCOMPARE(view.bandSymbols(), (QStringList{"i", "f", "g", "o", "c", "h"}));
            for (int band = 0; band < 6; ++band)
                QVERIFY(view.meanChange(band) > 0); // one epoch moved every gate a little
            view.resize(960, 560);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(QDir::temp().filePath(
                QStringLiteral("gate-comparison-%1.png").arg(dark ? u"dark" : u"light")));
        }
        QApplication::setPalette(palette);
    }
};

QTEST_MAIN(TestGateComparisonView)
#include "tst_gate_comparison_view.moc"
