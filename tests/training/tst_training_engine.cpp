#include "core/cell_kind.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "training/training_engine.h"
#include "training_fixtures.h"

#include <QTest>
#include <cmath>
#include <map>

using session::HistoryEntry;
using training::TrainingEngine;
using Event = TrainingEngine::Event;

namespace {

/** Advances until a unit of work ends in one of the wanted events; returns it. */
Event advanceUntil(TrainingEngine& engine, std::initializer_list<Event> wanted) {
    for (int guard = 0; guard < 100000; ++guard) {
        const Event event = engine.advance();
        for (Event e : wanted)
            if (event == e)
                return event;
        if (event == Event::RunDone || event == Event::EarlyStopped || event == Event::Diverged)
            return event;
    }
    return Event::Worked;
}

bool hasEntry(const TrainingEngine& engine, session::HistoryEntry::Kind kind,
              const std::string& text) {
    for (const session::HistoryEntry& entry : engine.snapshot().history->entries())
        if (entry.kind == kind && entry.text.find(text) != std::string::npos)
            return true;
    return false;
}

/** A one-layer LSTM big enough that its batches are trained in several slices. */
training::TrainingJob slicedJob() {
    return fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Lstm, 256), 1, 64, 100);
}

} // namespace

class TestTrainingEngine : public QObject {
    Q_OBJECT

private slots:
    void anSgdStepMovesTheWeightsByTheLiveLearningRate() {
        training::TrainingJob job = fixtures::sineJob();
        job.settings = fixtures::sgdSettings(0.1);
        TrainingEngine engine(job);
        for (double rate : {0.1, 0.01, 0.5}) {
            session::TrainingSettings settings = engine.settings();
            settings.optimizer.learningRate = rate;
            engine.changeSettings(settings);
            const core::Vector<float> before = engine.network().values();
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
            // SGD without momentum or clipping: θ' = θ − η·g, so ‖θ' − θ‖ = η·‖g‖.
            const double moved = double((engine.network().values() - before).norm());
            const double expected = rate * engine.snapshot().gradientNorm;
            QVERIFY2(std::abs(moved - expected) <= 1e-4 * expected,
                     qPrintable(QString("moved %1, expected %2").arg(moved).arg(expected)));
            QCOMPARE(engine.snapshot().learningRate, rate);
        }
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::SettingsChanged,
                         "learning rate 0.1 → 0.01"));
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::SettingsChanged,
                         "learning rate 0.01 → 0.5"));
        const auto& entries = engine.snapshot().history->entries();
        QCOMPARE(entries.front().step, std::int64_t(1)); // took effect at the second batch
        QCOMPARE(entries.back().step, std::int64_t(2));
    }

    void aChangeMidBatchWaitsForTheNextBatch() {
        TrainingEngine engine(slicedJob());
        QVERIFY(engine.sequencesPerSlice(100) < 16);
        QCOMPARE(engine.advance(), Event::Worked); // the first slice of batch 1
        session::TrainingSettings settings = engine.settings();
        settings.optimizer.learningRate = 0.003;
        engine.changeSettings(settings);
        QCOMPARE(engine.snapshot().settings.optimizer.learningRate, 0.003); // pending, shown
        QVERIFY(engine.snapshot().history->entries().empty());
        QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        QCOMPARE(engine.snapshot().learningRate, 0.01); // batch 1 trained at the old rate
        QCOMPARE(engine.advance(), Event::Worked);
        const auto& entries = engine.snapshot().history->entries();
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().step, std::int64_t(1));
    }

    void divergenceHoldsTheRunUntilRolledBack() {
        training::TrainingJob job = fixtures::sineJob();
        job.settings = fixtures::sgdSettings(1e37);
        TrainingEngine engine(job);
        std::map<std::int64_t, core::Vector<float>> weightsAt{{0, engine.network().values()}};
        Event event = Event::Worked;
        while ((event = engine.advance()) != Event::Diverged) {
            QVERIFY(event != Event::RunDone);
            if (event == Event::BatchDone)
                weightsAt[engine.step()] = engine.network().values();
        }
        const session::DivergenceReport report = *engine.divergence();
        // The first reckless step leaves finite but huge weights whose next batch overflows:
        // the last good weights are from before that first step.
        const std::int64_t lastGoodStep = 0;
        QCOMPARE(report.step, std::int64_t(2));
        const core::Vector<float> lastGood = weightsAt[lastGoodStep];
        QVERIFY(!report.parameter.empty());
        QVERIFY(engine.network().find(report.parameter) != nullptr);
        QVERIFY(report.message.find(report.parameter) != std::string::npos);
        QVERIFY(report.message.find("step " + std::to_string(report.step)) != std::string::npos);

        const core::Vector<float> diverged = engine.network().values();
        QCOMPARE(engine.advance(), Event::Diverged); // held: nothing trains
        QVERIFY(engine.network().values().cwiseEqual(diverged).count() ==
                diverged.cwiseEqual(diverged).count());

        QVERIFY(engine.rollBack());
        QVERIFY(!engine.divergence());
        QCOMPARE(engine.step(), lastGoodStep);
        QVERIFY(engine.network().values() == lastGood);
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::Diverged, report.parameter));
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::RolledBack,
                         std::to_string(lastGoodStep)));
        QVERIFY(!engine.rollBack()); // nothing left to roll back
    }

    void earlyStoppingKeepsTheBestEpoch() {
        training::TrainingJob job = fixtures::sineJob(fixtures::sineNetwork(), 10);
        session::TrainingSettings settings = job.initialSettings();
        settings.patience = 1;
        job.settings = settings;
        TrainingEngine engine(job);
        QCOMPARE(advanceUntil(engine, {Event::EpochDone}), Event::EpochDone);
        const core::Vector<float> best = engine.network().values();
        // A reckless optimizer makes the second epoch worse than the first.
        settings.optimizer = core::OptimizerSettings::defaults(core::OptimizerKind::Sgd);
        settings.optimizer.learningRate = 5.0;
        engine.changeSettings(settings);
        QCOMPARE(advanceUntil(engine, {Event::EpochDone}), Event::EarlyStopped);
        const auto& epochs = engine.snapshot().history->epochs();
        QCOMPARE(epochs.size(), size_t(2));
        QVERIFY(epochs[1].validationLoss > epochs[0].validationLoss);
        QVERIFY(engine.network().values() == best);
        QCOMPARE(engine.snapshot().bestEpoch, 1);
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::EarlyStopped, "epoch 1"));
        QCOMPARE(engine.advance(), Event::EarlyStopped);
    }

    void resetStartsOverAndRetrainsTheSameWeights() {
        TrainingEngine engine(fixtures::sineJob());
        const core::Vector<float> initial = engine.network().values();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        const core::Vector<float> afterThree = engine.network().values();
        QVERIFY(afterThree != initial);
        engine.reset();
        QVERIFY(engine.network().values() == initial);
        QCOMPARE(engine.step(), std::int64_t(0));
        QCOMPARE(engine.snapshot().history->entries().size(), size_t(1));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        QVERIFY(engine.network().values() == afterThree);
    }

    void batchSizeChangeKeepsThePlaceInTheEpoch() {
        TrainingEngine engine(fixtures::sineJob());
        for (int i = 0; i < 4; ++i) // 4 × 16 = 64 of 160 sequences
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        session::TrainingSettings settings = engine.settings();
        settings.batchSize = 32;
        engine.changeSettings(settings);
        const training::TrainingSnapshot snapshot = engine.snapshot();
        QCOMPARE(snapshot.batchInEpoch, std::int64_t(2)); // 64 / 32
        QCOMPARE(snapshot.batchesPerEpoch, std::int64_t(5));
        QVERIFY(
            hasEntry(engine, session::HistoryEntry::Kind::SettingsChanged, "batch size 16 → 32"));
    }

    void dropoutChangeReachesTheNetwork() {
        TrainingEngine engine(fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Gru, 8, 2)));
        QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        session::TrainingSettings settings = engine.settings();
        settings.dropout = 0.25;
        engine.changeSettings(settings);
        QCOMPARE(engine.network().spec().layers[0].dropoutAfter, 0.25);
        QCOMPARE(engine.network().spec().layers[1].dropoutAfter, 0.0); // none after the last
        QVERIFY(hasEntry(engine, session::HistoryEntry::Kind::SettingsChanged, "dropout"));
        QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        QVERIFY(engine.network().values().allFinite());
    }

    /** The gradient of the next training batch at the engine's weights, with `truncation`,
     * computed outside the engine. */
    static double nextBatchGradientNorm(const TrainingEngine& engine, core::Index truncation) {
        core::Network<float> network = engine.network();
        core::TrainingStep<float> step(network, engine.task().lossKind(), {});
        step.setRecurrentOptions({truncation, {}});
        const auto batch = data::castBatch<float>(engine.task().batch(
            data::Split::Train, engine.settings().batchSize, engine.snapshot().batchInEpoch, 0));
        step.lossAndGradient(batch, false, 0);
        return double(step.gradients().norm());
    }

    void aTruncationChangeTakesEffectAtTheNextBatch() {
        training::TrainingJob job = fixtures::sineJob();
        job.settings = fixtures::sgdSettings(0.05);
        TrainingEngine engine(job);
        QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        for (int truncation : {3, 0}) {
            const double expected = nextBatchGradientNorm(engine, truncation);
            const double other = nextBatchGradientNorm(engine, truncation == 0 ? 3 : 0);
            QVERIFY(std::abs(expected - other) > 1e-3 * expected); // the change is visible
            session::TrainingSettings settings = engine.settings();
            settings.bpttTruncation = truncation;
            engine.changeSettings(settings);
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
            const double norm = engine.snapshot().gradientNorm;
            QVERIFY2(std::abs(norm - expected) <= 1e-4 * expected,
                     qPrintable(QString("%1, expected %2").arg(norm).arg(expected)));
        }
        const auto& entries = engine.snapshot().history->entries();
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0].text, std::string("backpropagation through time full → truncated to 3 "
                                              "steps"));
        QCOMPARE(entries[0].step, std::int64_t(1));
        QCOMPARE(entries[1].text, std::string("backpropagation through time truncated to 3 steps "
                                              "→ full"));
        QCOMPARE(entries[1].step, std::int64_t(2));
    }

    void aFrozenForgetGateShowsInTheProbeTrace() {
        TrainingEngine engine(fixtures::sineJob());
        session::TrainingSettings settings = engine.settings();
        settings.frozenGates.forget = 1.0;
        engine.changeSettings(settings);
        QVERIFY(hasEntry(engine, HistoryEntry::Kind::SettingsChanged,
                         "forget gate learned → frozen at 1"));
        QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
        const auto trace = engine.probeTrace();
        QVERIFY(trace);
        const session::ProbeLayerTrace& layer = trace->layers.front();
        QCOMPARE(layer.gateNames[1], std::string("f"));
        QVERIFY(layer.gates[1].size() > 0);
        QVERIFY((layer.gates[1].array() == 1.0f).all());
        QVERIFY((layer.gates[0].array() != 1.0f).any()); // the input gate still learns
    }

    void aFrozenGateIsRefusedForAGru() {
        TrainingEngine engine(fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Gru)));
        session::TrainingSettings settings = engine.settings();
        settings.frozenGates.input = 0.5;
        try {
            engine.changeSettings(settings);
            QFAIL("a frozen gate was accepted for a GRU");
        } catch (const std::invalid_argument& e) {
            QVERIFY(std::string(e.what()).find("layer 1 is a GRU") != std::string::npos);
        }
        training::TrainingJob job = fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Rnn));
        job.settings = settings;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingEngine{job});
    }

    void invalidSettingsAreRefusedInWords() {
        TrainingEngine engine(fixtures::sineJob());
        session::TrainingSettings settings = engine.settings();
        settings.optimizer.learningRate = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.changeSettings(settings));
        settings = engine.settings();
        settings.dropout = 1.0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.changeSettings(settings));
    }

    void theScheduleSetsTheRateOfEveryStep() {
        training::TrainingJob job = fixtures::sineJob();
        session::TrainingSettings settings = fixtures::sgdSettings(0.08);
        settings.schedule.kind = core::ScheduleKind::Step;
        settings.schedule.stepSize = 2;
        settings.schedule.gamma = 0.5;
        job.settings = settings;
        TrainingEngine engine(job);
        // torch StepLR: η_t = η₀·γ^⌊t/2⌋ for the step t = 0, 1, 2, … being taken.
        for (double expected : {0.08, 0.08, 0.04, 0.04, 0.02}) {
            QCOMPARE(advanceUntil(engine, {Event::BatchDone}), Event::BatchDone);
            QVERIFY(std::abs(engine.snapshot().learningRate - expected) < 1e-12);
        }
    }

    void theSameCommandsAtTheSameStepsGiveTheSameWeights() {
        const auto run = [](int threads) {
            training::TrainingJob job =
                fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Lstm, 8, 2), 2);
            job.threads = threads;
            TrainingEngine engine(job);
            for (int i = 0; i < 3; ++i)
                advanceUntil(engine, {Event::BatchDone});
            session::TrainingSettings settings = engine.settings();
            settings.optimizer.learningRate = 0.003;
            settings.dropout = 0.2;
            settings.batchSize = 8;
            engine.changeSettings(settings);
            advanceUntil(engine, {});
            return core::Vector<float>(engine.network().values());
        };
        const core::Vector<float> first = run(1);
        QVERIFY(first == run(1));
        QVERIFY(first == run(1));
        QVERIFY(run(2) == run(2)); // two threads: their own bits, the same every time
    }

    void aSavedRunResumesOnTheSameWeights_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<QString>("cell");
        QTest::newRow("mid-epoch, LSTM") << 7 << "lstm";
        QTest::newRow("at an epoch's end, GRU") << 10 << "gru";
        QTest::newRow("mid-second-epoch, RNN") << 13 << "rnn";
    }

    void aSavedRunResumesOnTheSameWeights() {
        QFETCH(int, first);
        QFETCH(QString, cell);
        training::TrainingJob job = fixtures::sineJob(
            fixtures::sineNetwork(*core::cellKindFromName(cell.toStdString()), 8, 2), 3);
        session::TrainingSettings settings = job.initialSettings();
        settings.dropout = 0.2; // masks must follow the step, not the process
        job.settings = settings;
        const int total = 25;

        TrainingEngine straight(job);
        for (int i = 0; i < total; ++i)
            QCOMPARE(advanceUntil(straight, {Event::BatchDone}), Event::BatchDone);

        session::Session saved;
        {
            TrainingEngine before(job);
            for (int i = 0; i < first; ++i)
                QCOMPARE(advanceUntil(before, {Event::BatchDone}), Event::BatchDone);
            saved = before.saveSession();
        }
        TrainingEngine resumed(saved, 1);
        QCOMPARE(resumed.step(), std::int64_t(first));
        for (int i = first; i < total; ++i)
            QCOMPARE(advanceUntil(resumed, {Event::BatchDone}), Event::BatchDone);
        QVERIFY(resumed.network().values() == straight.network().values());
        const session::Session a = straight.saveSession(), b = resumed.saveSession();
        QCOMPARE(b.optimizer.steps, a.optimizer.steps);
        for (size_t i = 0; i < a.optimizer.buffers.size(); ++i)
            QVERIFY(b.optimizer.buffers[i] == a.optimizer.buffers[i]);
        QCOMPARE(b.history.epochs().size(), a.history.epochs().size());
        QCOMPARE(resumed.snapshot().validations.size(), straight.snapshot().validations.size());
    }

    void theProbeTraceHoldsEveryGateOfEveryStep() {
        TrainingEngine engine(fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Lstm, 8, 2)));
        engine.setProbeSequence(5);
        const auto probe = engine.probeTrace();
        QVERIFY(probe);
        QCOMPARE(probe->sequence, core::Index(5));
        QCOMPARE(probe->steps, core::Index(20));
        QCOMPARE(probe->layers.size(), size_t(2));
        for (const session::ProbeLayerTrace& layer : probe->layers) {
            QCOMPARE(layer.gateNames, (std::vector<std::string>{"i", "f", "g", "o"}));
            for (const core::Matrix<float>& gate : layer.gates) {
                QCOMPARE(gate.rows(), core::Index(20));
                QCOMPARE(gate.cols(), core::Index(8));
            }
            // σ gates lie in (0, 1); the candidate g = tanh(·) in (−1, 1).
            QVERIFY(layer.gates[1].minCoeff() > 0 && layer.gates[1].maxCoeff() < 1);
            QVERIFY(layer.gates[2].cwiseAbs().maxCoeff() < 1);
            QCOMPARE(layer.cell.rows(), core::Index(20));
            QCOMPARE(layer.hiddenGradientNorm.size(), size_t(20));
            QCOMPARE(layer.cellGradientNorm.size(), size_t(20));
        }
        QCOMPARE(probe->outputs.rows(), core::Index(20));
        QVERIFY(probe->loss > 0);
    }

    void theHistoryKeepsEveryEpochAndItsTrace() {
        TrainingEngine engine(fixtures::sineJob(fixtures::sineNetwork(), 3));
        QCOMPARE(advanceUntil(engine, {}), Event::RunDone);
        const auto history = engine.snapshot().history;
        QCOMPARE(history->epochs().size(), size_t(3));
        for (int epoch = 1; epoch <= 3; ++epoch) {
            QCOMPARE(history->epochs()[size_t(epoch - 1)].epoch, epoch);
            QVERIFY(history->traceAt(epoch));
            QCOMPARE(history->traceAt(epoch)->epoch, epoch);
        }
        QCOMPARE(engine.snapshot().validations.size(), 3);
        // After the run, the epoch loss is the last epoch's, not unknown.
        QCOMPARE(engine.snapshot().epochLoss, history->epochs().back().trainLoss);
        QCOMPARE(engine.step(), std::int64_t(30)); // 3 epochs of 160 / 16 batches
    }
};

QTEST_APPLESS_MAIN(TestTrainingEngine)
#include "tst_training_engine.moc"
