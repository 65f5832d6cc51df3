// Templates and tasks' recommended networks: each compiles to the spec it stands for, its
// parameter count is the core's (core::Network built from the compiled spec, independently of
// the editor's closed forms), fromSpec gives a spec back unchanged, and a compiled network trains.
#include "app/document/network_document.h"
#include "app/document/network_templates.h"
#include "app/document/spec_layout.h"
#include "core/network.h"
#include "core/training_step.h"
#include "data/task_registry.h"
#include "network_fixtures.h"

#include <QtTest>
#include <cmath>

using app::NetworkDocument;

Q_DECLARE_METATYPE(core::NetworkSpec)

namespace {

/** The total of the per-block counts and the core's count for the compiled spec. */
void compareWithTheCore(const NetworkDocument& document) {
    QVERIFY2(document.isTrainable(), qPrintable(document.problems().value(0).message));
    const core::Network<double> network(document.compiled()->spec);
    QCOMPARE(qlonglong(document.totalParameterCount()), qlonglong(network.parameterCount()));
    core::Index sum = 0;
    for (int id : document.blockIds())
        sum += document.parameterCount(id);
    QCOMPARE(qlonglong(sum), qlonglong(network.parameterCount()));
}

core::NetworkSpec specWith(std::vector<core::RecurrentLayerSpec> layers, core::OutputMode mode) {
    core::NetworkSpec spec;
    spec.layers = std::move(layers);
    spec.outputMode = mode;
    return spec;
}

} // namespace

class TestNetworkTemplates : public QObject {
    Q_OBJECT

private slots:
    void everyTemplateCountsLikeTheCore_data();
    void everyTemplateCountsLikeTheCore();
    void templateSpecs_data();
    void templateSpecs();
    void everyTasksRecommendedNetwork();
    void fromSpecGivesTheSpecBack_data();
    void fromSpecGivesTheSpecBack();
    void initializationTravelsOnTheBlocks();
    void raceGivesThreeCells();
    void compiledNetworkTrainsAStep();
};

void TestNetworkTemplates::everyTemplateCountsLikeTheCore_data() {
    QTest::addColumn<QString>("id");
    const QList<app::NetworkTemplate> templates = app::NetworkTemplates::all();
    QCOMPARE(templates.size(), 8);
    for (const app::NetworkTemplate& t : templates) {
        QVERIFY(!t.name.isEmpty() && !t.description.isEmpty());
        QTest::newRow(qPrintable(t.id)) << t.id;
    }
}

void TestNetworkTemplates::everyTemplateCountsLikeTheCore() {
    QFETCH(QString, id);
    NetworkDocument document;
    QVERIFY(document.applyTemplate(app::NetworkTemplates::find(id)->graph, id));
    compareWithTheCore(document);
}

void TestNetworkTemplates::templateSpecs_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("cells"); // one letter a layer: r l p g, upper case bidirectional
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("attention");
    QTest::addColumn<double>("dropout"); // after the first layer
    using M = core::OutputMode;
    using A = core::AttentionKind;
    QTest::newRow("vanilla") << "vanilla-lstm"
                             << "l" << 32 << int(M::PerStep) << int(A::None) << 0.0;
    QTest::newRow("stacked") << "stacked-lstm"
                             << "ll" << 32 << int(M::PerStep) << int(A::None) << 0.2;
    QTest::newRow("bidirectional") << "bidirectional-lstm"
                                   << "L" << 32 << int(M::PerSequence) << int(A::None) << 0.0;
    QTest::newRow("gru") << "gru"
                         << "g" << 32 << int(M::PerStep) << int(A::None) << 0.0;
    QTest::newRow("peephole") << "peephole-lstm"
                              << "p" << 32 << int(M::PerStep) << int(A::None) << 0.0;
    QTest::newRow("rnn") << "rnn"
                         << "r" << 32 << int(M::PerStep) << int(A::None) << 0.0;
    QTest::newRow("encoder-decoder")
        << "encoder-decoder"
        << "L" << 64 << int(M::SequenceToSequence) << int(A::Additive) << 0.0;
    QTest::newRow("race") << "race"
                          << "l" << 32 << int(M::PerStep) << int(A::None) << 0.0;
}

void TestNetworkTemplates::templateSpecs() {
    QFETCH(QString, id);
    QFETCH(QString, cells);
    QFETCH(int, hidden);
    QFETCH(int, mode);
    QFETCH(int, attention);
    QFETCH(double, dropout);
    const auto document = std::make_unique<NetworkDocument>();
    document->resetGraph(app::NetworkTemplates::find(id)->graph);
    QVERIFY(document->isTrainable());
    const core::NetworkSpec spec = document->compiled()->spec;
    QCOMPARE(int(spec.layers.size()), int(cells.size()));
    const QString letters = QStringLiteral("rlpg");
    for (qsizetype l = 0; l < cells.size(); ++l) {
        QCOMPARE(int(spec.layers[size_t(l)].cell), int(letters.indexOf(cells[l].toLower())));
        QCOMPARE(spec.layers[size_t(l)].bidirectional, cells[l].isUpper());
        QCOMPARE(int(spec.layers[size_t(l)].hidden), hidden);
    }
    QCOMPARE(int(spec.outputMode), mode);
    QCOMPARE(int(spec.attention), attention);
    QCOMPARE(spec.layers.front().dropoutAfter, dropout);
    if (spec.outputMode == core::OutputMode::SequenceToSequence)
        QCOMPARE(document->compiled()->loss, core::LossKind::CrossEntropy);
}

void TestNetworkTemplates::everyTasksRecommendedNetwork() {
    const data::TaskRegistry& registry = data::TaskRegistry::builtIn();
    int checked = 0;
    for (const data::TaskInfo& info : registry.list()) {
        if (info.name == "csv")
            continue; // needs a file of the user's
        data::TaskOptions options;
        if (info.findOption("train-size"))
            options = {{"train-size", "50"}, {"eval-size", "10"}};
        const std::unique_ptr<data::Task> task = registry.make(info.name, options, 1);
        NetworkDocument document;
        document.setTask(task.get());
        const app::NetworkTemplate recommended = app::NetworkTemplates::forTask(*task);
        QVERIFY(document.applyTemplate(recommended.graph, recommended.name));
        compareWithTheCore(document);
        const app::CompiledNetwork compiled = *document.compiled();
        QVERIFY2(fixtures::specDifference(compiled.spec, task->recommendedNetwork()).isEmpty(),
                 qPrintable(QString::fromStdString(info.name) + QStringLiteral(": ") +
                            fixtures::specDifference(compiled.spec, task->recommendedNetwork())));
        QCOMPARE(compiled.loss, task->lossKind());
        const core::InitOptions wanted = task->recommendedRecipe().initialization;
        QCOMPARE(int(compiled.initialization.scheme), int(wanted.scheme));
        if (compiled.spec.layers.front().cell == core::CellKind::Lstm)
            QCOMPARE(compiled.initialization.forgetBias, wanted.forgetBias);
        ++checked;
    }
    QVERIFY(checked >= 14); // nine generated and text tasks, the shipped series
}

void TestNetworkTemplates::fromSpecGivesTheSpecBack_data() {
    QTest::addColumn<core::NetworkSpec>("spec");
    using core::CellKind;
    using L = core::RecurrentLayerSpec;
    L relu{CellKind::Rnn, 7};
    relu.activation = core::Activation::Relu;
    relu.dropoutAfter = 0.1;
    L last{CellKind::Gru, 5, true};
    last.dropoutAfter = 0.3; // per step: the head reads the dropped sequence
    QTest::newRow("three layers") << specWith({relu, L{CellKind::PeepholeLstm, 9}, last},
                                              core::OutputMode::PerStep);
    core::NetworkSpec dot = specWith({L{CellKind::Lstm, 6, true}}, core::OutputMode::PerSequence);
    dot.attention = core::AttentionKind::Dot;
    dot.inputSize = 4;
    dot.outputSize = 3;
    QTest::newRow("dot attention") << dot;
    core::NetworkSpec s2s = specWith({L{CellKind::Gru, 10}, L{CellKind::Rnn, 10}},
                                     core::OutputMode::SequenceToSequence);
    s2s.inputKind = core::InputKind::Tokens;
    s2s.inputSize = 20;
    s2s.embeddingSize = 4;
    s2s.attention = core::AttentionKind::Additive;
    s2s.attentionSize = 5;
    s2s.outputSize = 7;
    s2s.decoderVocabulary = 8;
    s2s.decoderEmbeddingSize = 3;
    QTest::newRow("seq2seq") << s2s;
}

void TestNetworkTemplates::fromSpecGivesTheSpecBack() {
    QFETCH(core::NetworkSpec, spec);
    const auto document = NetworkDocument::fromSpec(spec);
    QCOMPARE(document->undoStack()->count(), 0);
    compareWithTheCore(*document);
    QCOMPARE(fixtures::specDifference(document->compiled()->spec, spec), QString());
    // Laid out left to right: every wire runs rightwards.
    for (const app::Wire& wire : document->graph().wires)
        QVERIFY(document->block(wire.fromBlock)->position.x() <
                document->block(wire.toBlock)->position.x());
}

void TestNetworkTemplates::initializationTravelsOnTheBlocks() {
    core::InitOptions options;
    options.scheme = core::InitScheme::Orthogonal;
    options.forgetBias = 1.25;
    const core::NetworkSpec spec =
        specWith({{core::CellKind::Gru, 4}, {core::CellKind::Lstm, 4}}, core::OutputMode::PerStep);
    const auto document = NetworkDocument::fromSpec(spec, options);
    QVERIFY(document->isTrainable());
    QCOMPARE(int(document->compiled()->initialization.scheme), int(options.scheme));
    QCOMPARE(document->compiled()->initialization.forgetBias, options.forgetBias);
    const auto plain = NetworkDocument::fromSpec(spec);
    QVERIFY(!plain->compiled()->initialization.forgetBias);
    QCOMPARE(int(plain->compiled()->initialization.scheme), int(core::InitScheme::PyTorchDefault));
}

void TestNetworkTemplates::raceGivesThreeCells() {
    const app::NetworkTemplate race = *app::NetworkTemplates::find(QStringLiteral("race"));
    QVERIFY(race.race);
    NetworkDocument document;
    document.resetGraph(race.graph);
    QVERIFY(document.setBlockProperty(document.compiled()->layerBlocks.front(),
                                      QStringLiteral("units"), QStringLiteral("12")));
    const std::vector<core::NetworkSpec> specs =
        app::NetworkTemplates::raceSpecs(document.compiled()->spec);
    QCOMPARE(specs.size(), size_t(3));
    const core::CellKind cells[] = {core::CellKind::Rnn, core::CellKind::Lstm, core::CellKind::Gru};
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(specs[i].layers.front().cell, cells[i]);
        QCOMPARE(specs[i].layers.front().hidden, core::Index(12));
        QVERIFY(specs[i].validate().empty());
        // The editor counts each runner like the core.
        compareWithTheCore(*NetworkDocument::fromSpec(specs[i]));
    }
}

void TestNetworkTemplates::compiledNetworkTrainsAStep() {
    const std::unique_ptr<data::Task> task =
        data::TaskRegistry::builtIn().make("sine", {{"train-size", "50"}, {"eval-size", "10"}}, 1);
    NetworkDocument document;
    document.setTask(task.get());
    document.resetGraph(app::NetworkTemplates::find(QStringLiteral("stacked-lstm"))->graph);
    QVERIFY2(document.isTrainable(), qPrintable(document.problems().value(0).message));
    const app::CompiledNetwork compiled = *document.compiled();
    core::Network<double> network(compiled.spec);
    core::NetworkInitializer::initialize(network, compiled.initialization, 1);
    const core::Vector<double> initial = network.values();
    core::OptimizerSettings optimizer = task->recommendedRecipe().optimizer;
    core::TrainingStep<double> step(network, compiled.loss, optimizer);
    const core::SequenceBatch<double> batch = task->batch(data::Split::Train, 16, 0, 0);
    // Both losses without dropout, so they differ by the step alone.
    const double before = step.lossAndGradient(batch, false, 1);
    QVERIFY(std::isfinite(before) && before > 0);
    QVERIFY(std::isfinite(step.run(batch, 1).loss));
    QVERIFY((network.values() - initial).norm() > 0);
    const double after = step.lossAndGradient(batch, false, 1);
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
}

QTEST_GUILESS_MAIN(TestNetworkTemplates)
#include "tst_network_templates.moc"
