// Transfer learning in the training engine: frozen parameter groups keep their bits through
// training with every optimizer (weight decay included) while the others move, their gradient is
// still computed and shown, a freeze during a run takes effect at the next batch, and a rate
// factor scales a plain SGD step exactly.
#include "core/parameter_groups.h"
#include "training/training_engine.h"
#include "training_fixtures.h"

#include <QTest>
#include <cstring>

using core::OptimizerKind;
using training::TrainingEngine;
using Event = TrainingEngine::Event;

Q_DECLARE_METATYPE(core::OptimizerKind)

namespace {

/** The elements of `group`, copied out of `values`. */
std::vector<float> groupValues(const core::Network<float>& network, const std::string& group) {
    std::vector<float> out;
    for (const auto& [offset, size] : core::ParameterGroups::spans(network, group))
        for (core::Index k = 0; k < size; ++k)
            out.push_back(network.values()[offset + k]);
    return out;
}

bool bitIdentical(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

int runBatches(TrainingEngine& engine, int batches) {
    int done = 0;
    while (done < batches) {
        const Event event = engine.advance();
        if (event == Event::BatchDone)
            ++done;
        if (event == Event::RunDone || event == Event::Diverged)
            break;
    }
    return done;
}

double gradientNorm(const TrainingEngine& engine, const std::string& name) {
    for (const auto& [parameter, norm] : engine.snapshot().parameterGradientNorms)
        if (parameter == name)
            return norm;
    return -1;
}

} // namespace

class TestFrozenTraining : public QObject {
    Q_OBJECT

private slots:
    void frozenGroupsKeepTheirBits_data() {
        QTest::addColumn<OptimizerKind>("kind");
        QTest::newRow("sgd") << OptimizerKind::Sgd;
        QTest::newRow("rmsprop") << OptimizerKind::RmsProp;
        QTest::newRow("adam") << OptimizerKind::Adam;
        QTest::newRow("adamw") << OptimizerKind::AdamW;
    }

    void frozenGroupsKeepTheirBits() {
        QFETCH(OptimizerKind, kind);
        training::TrainingJob job =
            fixtures::sineJob(fixtures::sineNetwork(core::CellKind::Lstm, 8, 2));
        session::TrainingSettings settings = job.initialSettings();
        settings.optimizer = core::OptimizerSettings::defaults(kind);
        settings.optimizer.momentum = kind == OptimizerKind::Sgd ? 0.9 : 0.0;
        settings.optimizer.weightDecay = 0.1; // decay must not touch a frozen weight either
        settings.groups["layer0"] = {1.0, true};
        settings.groups["layer1.f"] = {1.0, true};
        job.settings = settings;
        TrainingEngine engine(job);
        const auto layer0 = groupValues(engine.network(), "layer0");
        const auto forget1 = groupValues(engine.network(), "layer1.f");
        const auto input1 = groupValues(engine.network(), "layer1.i");
        const auto head = groupValues(engine.network(), "head");
        QCOMPARE(runBatches(engine, 12), 12);
        QVERIFY(bitIdentical(groupValues(engine.network(), "layer0"), layer0));
        QVERIFY(bitIdentical(groupValues(engine.network(), "layer1.f"), forget1));
        QVERIFY(groupValues(engine.network(), "layer1.i") != input1);
        QVERIFY(groupValues(engine.network(), "head") != head);
        // The frozen layer's gradient is still computed and shown.
        QVERIFY(gradientNorm(engine, "rnn.weight_hh_l0") > 0);
    }

    void aFreezeDuringTheRunTakesEffectAtTheNextBatch() {
        TrainingEngine engine(fixtures::sineJob());
        QCOMPARE(runBatches(engine, 3), 3);
        const auto before = groupValues(engine.network(), "layer0");
        session::TrainingSettings settings = engine.settings();
        settings.groups["layer0"] = {1.0, true};
        engine.changeSettings(settings);
        QCOMPARE(runBatches(engine, 4), 4);
        QVERIFY(bitIdentical(groupValues(engine.network(), "layer0"), before));
        bool recorded = false;
        for (const session::HistoryEntry& entry : engine.snapshot().history->entries())
            recorded |= entry.text == "layer0 trained → frozen";
        QVERIFY(recorded);
        settings.groups["layer0"].frozen = false; // unfrozen: it moves again
        engine.changeSettings(settings);
        QCOMPARE(runBatches(engine, 1), 1);
        QVERIFY(groupValues(engine.network(), "layer0") != before);
    }

    void aRateFactorScalesAnSgdStep() {
        // Plain SGD without clipping moves each weight by −η·s·g: the step of a group at s = 0.25
        // is a quarter of the same step at s = 1, from the same weights and batch.
        const auto headStep = [](double scale) {
            training::TrainingJob job = fixtures::sineJob();
            session::TrainingSettings settings = fixtures::sgdSettings(0.05);
            settings.groups["head"] = {scale, false};
            job.settings = settings;
            TrainingEngine engine(job);
            const auto before = groupValues(engine.network(), "head");
            runBatches(engine, 1);
            const auto after = groupValues(engine.network(), "head");
            std::vector<double> step;
            for (size_t k = 0; k < before.size(); ++k)
                step.push_back(double(after[k]) - double(before[k]));
            return step;
        };
        const std::vector<double> full = headStep(1.0), quarter = headStep(0.25);
        QCOMPARE(full.size(), std::size_t(9));
        for (size_t k = 0; k < full.size(); ++k)
            QVERIFY2(std::abs(quarter[k] - 0.25 * full[k]) <= 1e-6 + 1e-3 * std::abs(full[k]),
                     qPrintable(QString::number(k)));
        QVERIFY(std::abs(full[0]) > 1e-6);
    }

    void unknownGroupsAreRefusedWithTheirName() {
        training::TrainingJob job = fixtures::sineJob();
        session::TrainingSettings settings = job.initialSettings();
        settings.groups["layer3"] = {1.0, true};
        job.settings = settings;
        try {
            TrainingEngine engine(job);
            QFAIL("an unknown group was accepted");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("the network has no parameter group \"layer3\" (it has 1 "
                                    "recurrent layers, numbered from 0)"));
        }
        TrainingEngine engine(fixtures::sineJob());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, engine.changeSettings(settings));
    }
};

QTEST_APPLESS_MAIN(TestFrozenTraining)
#include "tst_frozen_training.moc"
