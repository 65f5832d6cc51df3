// Truncated BPTT and frozen gates (RecurrentOptions) against independent references:
// - truncation: central finite differences of a function in which every layer's state is an
//   explicit constant at each chunk boundary — the test runs the layers itself chunk by chunk
//   from boundary states recorded at θ₀, so only the dependence within chunks is differenced;
//   for every cell, stacked and bidirectional;
// - k = 1 for the RNN: the closed form ∂L/∂W_hh = Σ_t (dy_t ⊙ (1 − h_t²))ᵀ h_{t−1};
// - frozen gates: f ≡ 1 gives c_t = Σ_{s≤t} i_s ⊙ g_s with i, g recomputed here from the
//   weights; gradients equal finite differences of the frozen forward; the frozen gate's
//   weights get exactly zero; other cells are refused.
#include "core/network_executor.h"
#include "core/network_initializer.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace core;

namespace {

constexpr Index kSteps = 7;
constexpr Index kBatch = 2;

NetworkSpec stack(CellKind cell, Index layers, bool bidirectional) {
    NetworkSpec spec;
    spec.inputSize = 2;
    spec.outputSize = 2;
    spec.outputMode = OutputMode::PerStep;
    for (Index l = 0; l < layers; ++l)
        spec.layers.push_back({cell, 3, bidirectional, Activation::Tanh, 0.0});
    return spec;
}

Network<double> makeNetwork(const NetworkSpec& spec, unsigned seed) {
    Network<double> network(spec);
    NetworkInitializer::initialize(network, {InitScheme::PyTorchDefault, 0.9, 1.0}, seed);
    for (const ParameterInfo& info : network.parameterInfos())
        if (info.name.find("peephole") != std::string::npos)
            network.parameter(info.name).setRandom();
    return network;
}

SequenceBatch<double> makeBatch(const NetworkSpec& spec, std::mt19937_64& engine) {
    std::normal_distribution<double> normal;
    SequenceBatch<double> batch;
    batch.steps = kSteps;
    batch.batch = kBatch;
    batch.inputs.resize(kSteps * kBatch, spec.inputSize);
    for (double& x : batch.inputs.reshaped())
        x = normal(engine);
    return batch;
}

Matrix<double> randomMatrix(Index rows, Index cols, std::mt19937_64& engine) {
    std::normal_distribution<double> normal;
    Matrix<double> m(rows, cols);
    for (double& x : m.reshaped())
        x = normal(engine);
    return m;
}

/** The analytic gradient of L = Σ w ⊙ outputs under `options`. */
Vector<double> analyticGradient(const Network<double>& network, const RecurrentOptions& options,
                                const SequenceBatch<double>& batch, const Matrix<double>& w) {
    NetworkExecutor<double> executor(network);
    executor.setRecurrentOptions(options);
    executor.forward(batch);
    executor.backward(w);
    return executor.gradients();
}

/**
 * The reference: the network's recurrent layers built here, bound to its weights, run chunk by
 * chunk; each chunk starts from the state recorded at θ₀ (a constant), so G(θ) depends on θ only
 * within chunks. G(θ₀) equals the network's output; ∂G/∂θ at θ₀ is truncated BPTT by definition.
 */
class ChunkedReference {
public:
    ChunkedReference(Network<double>& network, Index k, const FrozenGates& frozen)
        : m_network(network)
        , m_k(k) {
        const NetworkSpec& spec = network.spec();
        Index width = spec.inputSize;
        m_dummy.setZero(network.parameterCount());
        for (size_t l = 0; l < spec.layers.size(); ++l) {
            std::vector<std::unique_ptr<RecurrentLayer<double>>> directions;
            for (bool reverse : {false, true}) {
                if (reverse && !spec.layers[l].bidirectional)
                    break;
                auto layer = makeRecurrentLayer<double>(
                    {spec.layers[l].cell, width, spec.layers[l].hidden, reverse, Activation::Tanh});
                const std::string name = "rnn." + layer->parameterShapes().front().name +
                                         Network<double>::layerSuffix(Index(l), reverse);
                const Index offset = network.find(name)->offset;
                layer->bind(network.values().data() + offset, m_dummy.data() + offset);
                layer->setOptions({0, frozen});
                directions.push_back(std::move(layer));
            }
            width = spec.layers[l].hidden * Index(directions.size());
            m_layers.push_back(std::move(directions));
        }
    }

    /** Records every layer's states at θ₀: the constants the chunks start from. */
    void recordBoundaries(const SequenceBatch<double>& batch) {
        m_traces.clear();
        Matrix<double> input = batch.inputs;
        for (auto& directions : m_layers) {
            std::vector<LayerTrace<double>> traces(directions.size());
            std::vector<Matrix<double>> outputs(directions.size());
            for (size_t d = 0; d < directions.size(); ++d) {
                RecurrentState<double> final;
                directions[d]->forward(input, kBatch, {}, nullptr, outputs[d], final, &traces[d]);
            }
            input = concatenate(outputs);
            m_traces.push_back(std::move(traces));
        }
    }

    /** G(θ) = Σ w ⊙ head(chunked stack(x)). */
    double value(const SequenceBatch<double>& batch, const Matrix<double>& w) {
        Matrix<double> input = batch.inputs;
        for (size_t l = 0; l < m_layers.size(); ++l) {
            std::vector<Matrix<double>> outputs;
            for (size_t d = 0; d < m_layers[l].size(); ++d)
                outputs.push_back(chunked(*m_layers[l][d], m_traces[l][d], input));
            input = concatenate(outputs);
        }
        const auto weight = m_network.parameter("head.weight");
        const auto bias = m_network.parameter("head.bias").col(0).transpose();
        Matrix<double> out = input * weight.transpose();
        out.rowwise() += bias;
        return (out.array() * w.array()).sum();
    }

private:
    static Matrix<double> concatenate(const std::vector<Matrix<double>>& parts) {
        Index cols = 0;
        for (const auto& p : parts)
            cols += p.cols();
        Matrix<double> out(parts.front().rows(), cols);
        Index at = 0;
        for (const auto& p : parts) {
            out.middleCols(at, p.cols()) = p;
            at += p.cols();
        }
        return out;
    }

    /** The state after step t at θ₀. */
    static RecurrentState<double> stateAfter(const LayerTrace<double>& trace, Index t) {
        RecurrentState<double> state;
        state.h = trace.hidden.middleRows(t * kBatch, kBatch);
        if (trace.cell.size() > 0)
            state.c = trace.cell.middleRows(t * kBatch, kBatch);
        return state;
    }

    Matrix<double> chunked(RecurrentLayer<double>& layer, const LayerTrace<double>& trace,
                           const Matrix<double>& input) const {
        const bool reverse = layer.config().reverse;
        const Index k = m_k > 0 ? m_k : kSteps;
        Matrix<double> y(kSteps * kBatch, layer.hiddenSize());
        for (Index start = 0; start < kSteps; start += k) { // j = start … start + k − 1
            const Index count = std::min(k, kSteps - start);
            // Times of the chunk: forward t = j; reverse t = S − 1 − j, a block ending at
            // S − 1 − start.
            const Index first = reverse ? kSteps - start - count : start;
            RecurrentState<double> initial;
            if (start > 0) // the state the chunk's first step reads, held constant
                initial = stateAfter(trace, reverse ? kSteps - start : start - 1);
            Matrix<double> out;
            RecurrentState<double> final;
            layer.forward(input.middleRows(first * kBatch, count * kBatch), kBatch, {},
                          start > 0 ? &initial : nullptr, out, final, nullptr);
            y.middleRows(first * kBatch, count * kBatch) = out;
        }
        return y;
    }

    Network<double>& m_network;
    Index m_k;
    Vector<double> m_dummy;
    std::vector<std::vector<std::unique_ptr<RecurrentLayer<double>>>> m_layers;
    std::vector<std::vector<LayerTrace<double>>> m_traces;
};

double relativeError(double analytic, double numeric) {
    return std::abs(analytic - numeric) / std::max({1e-4, std::abs(analytic), std::abs(numeric)});
}

double sigmoid(double a) {
    return 1.0 / (1.0 + std::exp(-a));
}

} // namespace

class tst_RecurrentOptions : public QObject {
    Q_OBJECT

private slots:
    void truncationMatchesChunkedFiniteDifferences_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("bidirectional");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("frozen"); // 0 none, 1 forget ≡ 1, 2 input ≡ 0.6
        for (CellKind cell :
             {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru}) {
            const std::string name = cellKindName(cell);
            for (int k : {1, 2, 3}) {
                QTest::addRow("%s k=%d", name.c_str(), k) << int(cell) << 1 << false << k << 0;
                QTest::addRow("%s stacked bidirectional k=%d", name.c_str(), k)
                    << int(cell) << 2 << true << k << 0;
            }
        }
        QTest::addRow("lstm k=3, forget frozen at 1") << int(CellKind::Lstm) << 2 << true << 3 << 1;
        QTest::addRow("peephole k=2, input frozen at 0.6")
            << int(CellKind::PeepholeLstm) << 1 << true << 2 << 2;
        QTest::addRow("lstm full, forget frozen at 1")
            << int(CellKind::Lstm) << 1 << false << 0 << 1;
        QTest::addRow("peephole full, forget frozen at 1")
            << int(CellKind::PeepholeLstm) << 2 << true << 0 << 1;
        QTest::addRow("lstm full, input frozen at 0.6")
            << int(CellKind::Lstm) << 2 << false << 0 << 2;
    }

    void truncationMatchesChunkedFiniteDifferences() {
        QFETCH(int, cell);
        QFETCH(int, layers);
        QFETCH(bool, bidirectional);
        QFETCH(int, k);
        QFETCH(int, frozen);
        std::mt19937_64 engine(std::uint64_t(31 * cell + 7 * k + layers + frozen));
        Network<double> network =
            makeNetwork(stack(CellKind(cell), layers, bidirectional), unsigned(5 + k));
        const SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        const Matrix<double> w = randomMatrix(kSteps * kBatch, 2, engine);
        FrozenGates gates;
        if (frozen == 1)
            gates.forget = 1.0;
        if (frozen == 2)
            gates.input = 0.6;

        const Vector<double> analytic = analyticGradient(network, {k, gates}, batch, w);
        QVERIFY(analytic.allFinite());
        if (k > 0) { // the truncation must change something, or this test proves nothing
            const Vector<double> full = analyticGradient(network, {0, gates}, batch, w);
            QVERIFY((analytic - full).norm() > 1e-3 * full.norm());
        }

        ChunkedReference reference(network, k, gates);
        reference.recordBoundaries(batch);
        NetworkExecutor<double> plain(network);
        plain.setRecurrentOptions({0, gates});
        const double atTheta0 = (plain.forward(batch).array() * w.array()).sum();
        QVERIFY(std::abs(reference.value(batch, w) - atTheta0) < 1e-12);

        const double epsilon = 1e-6;
        double worst = 0;
        std::string worstName;
        for (const ParameterInfo& info : network.parameterInfos())
            for (Index i = 0; i < info.size(); ++i) {
                double& parameter = network.values()[info.offset + i];
                const double saved = parameter;
                parameter = saved + epsilon;
                const double plus = reference.value(batch, w);
                parameter = saved - epsilon;
                const double minus = reference.value(batch, w);
                parameter = saved;
                const double error =
                    relativeError(analytic[info.offset + i], (plus - minus) / (2 * epsilon));
                if (error > worst) {
                    worst = error;
                    worstName = info.name + "[" + std::to_string(i) + "]";
                }
            }
        QVERIFY2(worst < 1e-5, (worstName + ": " + std::to_string(worst)).c_str());
    }

    /** Unequal lengths: each sequence counts its chunks from its own first step (a reverse
     * direction from its own last valid step), so a padded batch's gradient is the sum of its
     * sequences' gradients, each run alone without padding (the path checked above). */
    void paddedSequencesCountTheirOwnChunks_data() {
        QTest::addColumn<int>("cell");
        for (CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru})
            QTest::newRow(cellKindName(cell).c_str()) << int(cell);
    }

    void paddedSequencesCountTheirOwnChunks() {
        QFETCH(int, cell);
        std::mt19937_64 engine(12);
        const Network<double> network = makeNetwork(stack(CellKind(cell), 2, true), 21);
        SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        batch.lengths = {kSteps, 4};
        Matrix<double> w = randomMatrix(kSteps * kBatch, 2, engine);
        for (Index t = 4; t < kSteps; ++t) // padded outputs carry no loss (the head's bias)
            w.row(t * kBatch + 1).setZero();
        const RecurrentOptions options{2, {}};
        const Vector<double> padded = analyticGradient(network, options, batch, w);
        Vector<double> sum = Vector<double>::Zero(padded.size());
        for (Index b = 0; b < kBatch; ++b) {
            const Index length = batch.lengths[size_t(b)];
            SequenceBatch<double> alone;
            alone.steps = length;
            alone.batch = 1;
            alone.inputs.resize(length, batch.inputs.cols());
            Matrix<double> wAlone(length, w.cols());
            for (Index t = 0; t < length; ++t) {
                alone.inputs.row(t) = batch.inputs.row(t * kBatch + b);
                wAlone.row(t) = w.row(t * kBatch + b);
            }
            sum += analyticGradient(network, options, alone, wAlone);
        }
        QVERIFY2((padded - sum).norm() < 1e-12 * sum.norm(),
                 std::to_string((padded - sum).norm()).c_str());
    }

    void truncationAtLeastTheLengthIsFullBptt_data() {
        QTest::addColumn<int>("cell");
        for (CellKind cell : {CellKind::Rnn, CellKind::Lstm, CellKind::PeepholeLstm, CellKind::Gru})
            QTest::newRow(cellKindName(cell).c_str()) << int(cell);
    }

    void truncationAtLeastTheLengthIsFullBptt() {
        QFETCH(int, cell);
        std::mt19937_64 engine(3);
        const Network<double> network = makeNetwork(stack(CellKind(cell), 2, true), 9);
        const SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        const Matrix<double> w = randomMatrix(kSteps * kBatch, 2, engine);
        const Vector<double> full = analyticGradient(network, {}, batch, w);
        for (Index k : {kSteps, kSteps + 1, Index(1000)})
            QVERIFY(analyticGradient(network, {k, {}}, batch, w) == full);
        QVERIFY(analyticGradient(network, {kSteps - 1, {}}, batch, w) != full);
    }

    /** k = 1: every step its own chunk; ∂L/∂W_hh = Σ_t (dy_t ⊙ (1 − h_t²))ᵀ h_{t−1}, h_{−1} = 0. */
    void rnnWithTruncationOneHasTheClosedForm() {
        std::mt19937_64 engine(4);
        const Network<double> network = makeNetwork(stack(CellKind::Rnn, 1, false), 2);
        const SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        const Matrix<double> w = randomMatrix(kSteps * kBatch, 2, engine);
        NetworkExecutor<double> executor(network);
        executor.setRecurrentOptions({1, {}});
        NetworkTrace<double> trace;
        executor.forward(batch, &trace);
        executor.backward(w, &trace);
        const Matrix<double>& h = trace.layers[0][0].hidden;
        const Matrix<double> dy = w * network.parameter("head.weight"); // ∂L/∂y_t
        const Matrix<double> da = dy.array() * (1 - h.array().square());
        Matrix<double> expected = Matrix<double>::Zero(3, 3);
        for (Index t = 1; t < kSteps; ++t)
            expected += da.middleRows(t * kBatch, kBatch).transpose() *
                        h.middleRows((t - 1) * kBatch, kBatch);
        const ParameterInfo& info = *network.find("rnn.weight_hh_l0");
        const Matrix<double> actual =
            ConstMatrixMap<double>(executor.gradients().data() + info.offset, 3, 3);
        QVERIFY2((actual - expected).norm() < 1e-12 * expected.norm(),
                 std::to_string((actual - expected).norm()).c_str());
        // Only the last step's own output gradient reaches ‖∂L/∂h_t‖.
        for (Index t = 0; t < kSteps; ++t)
            QCOMPARE(trace.layers[0][0].hiddenGradientNorm[size_t(t)],
                     dy.middleRows(t * kBatch, kBatch).norm());
    }

    /** f ≡ 1, c_0 = 0: c_t = Σ_{s≤t} i_s ⊙ g_s, with i and g recomputed from the weights. */
    void forgetFrozenAtOneSumsTheWrites() {
        std::mt19937_64 engine(6);
        const Network<double> network = makeNetwork(stack(CellKind::Lstm, 1, false), 3);
        const SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        NetworkExecutor<double> executor(network);
        executor.setRecurrentOptions({0, {1.0, std::nullopt}});
        NetworkTrace<double> trace;
        executor.forward(batch, &trace);
        const LayerTrace<double>& layer = trace.layers[0][0];
        QCOMPARE(layer.gateNames[1], std::string("f"));
        QVERIFY((layer.gates[1].array() == 1.0).all());

        const Index hidden = 3;
        const auto weightIh = network.parameter("rnn.weight_ih_l0");
        const auto weightHh = network.parameter("rnn.weight_hh_l0");
        const Vector<double> bias = Vector<double>(network.parameter("rnn.bias_ih_l0").col(0)) +
                                    Vector<double>(network.parameter("rnn.bias_hh_l0").col(0));
        Matrix<double> sum = Matrix<double>::Zero(kBatch, hidden);
        for (Index t = 0; t < kSteps; ++t)
            for (Index b = 0; b < kBatch; ++b) {
                const Vector<double> x = batch.inputs.row(t * kBatch + b).transpose();
                const Vector<double> h =
                    t == 0 ? Vector<double>(Vector<double>::Zero(hidden))
                           : Vector<double>(layer.hidden.row((t - 1) * kBatch + b).transpose());
                const Vector<double> a = weightIh * x + weightHh * h + bias;
                for (Index u = 0; u < hidden; ++u)
                    sum(b, u) += sigmoid(a[u]) * std::tanh(a[2 * hidden + u]);
                for (Index u = 0; u < hidden; ++u)
                    QVERIFY(std::abs(layer.cell(t * kBatch + b, u) - sum(b, u)) < 1e-12);
            }
        QVERIFY(sum.norm() > 0.1);
    }

    void frozenGateWeightsGetNoGradient_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<int>("gate"); // 0 input, 1 forget: the block of rows in W_ih, W_hh, b
        QTest::newRow("lstm forget") << int(CellKind::Lstm) << 1;
        QTest::newRow("lstm input") << int(CellKind::Lstm) << 0;
        QTest::newRow("peephole forget") << int(CellKind::PeepholeLstm) << 1;
        QTest::newRow("peephole input") << int(CellKind::PeepholeLstm) << 0;
    }

    void frozenGateWeightsGetNoGradient() {
        QFETCH(int, cell);
        QFETCH(int, gate);
        std::mt19937_64 engine(8);
        const Network<double> network = makeNetwork(stack(CellKind(cell), 2, true), 4);
        const SequenceBatch<double> batch = makeBatch(network.spec(), engine);
        const Matrix<double> w = randomMatrix(kSteps * kBatch, 2, engine);
        FrozenGates frozen;
        (gate == 1 ? frozen.forget : frozen.input) = 0.8;
        const Vector<double> g = analyticGradient(network, {0, frozen}, batch, w);
        const Index hidden = 3;
        for (const ParameterInfo& info : network.parameterInfos()) {
            if (info.name.rfind("rnn.", 0) != 0)
                continue;
            const ConstMatrixMap<double> block(g.data() + info.offset, info.rows, info.cols);
            if (info.name.find("peephole") != std::string::npos) {
                const bool frozenPeephole =
                    info.name.find(gate == 1 ? "peephole_f" : "peephole_i") != std::string::npos;
                QCOMPARE(block.norm() == 0.0, frozenPeephole);
                continue;
            }
            QVERIFY2(block.middleRows(gate * hidden, hidden).norm() == 0.0, info.name.c_str());
            QVERIFY2(block.middleRows((1 - gate) * hidden, hidden).norm() > 0, info.name.c_str());
        }
    }

    void frozenGatesAreRefusedOutsideTheLstms_data() {
        QTest::addColumn<int>("cell");
        QTest::addColumn<QString>("message");
        QTest::newRow("rnn") << int(CellKind::Rnn)
                             << QStringLiteral("only the LSTM and the peephole LSTM have forget "
                                               "and input gates to freeze: layer 2 is a plain RNN, "
                                               "which has no gates");
        QTest::newRow("gru") << int(CellKind::Gru)
                             << QStringLiteral("only the LSTM and the peephole LSTM have forget "
                                               "and input gates to freeze: layer 2 is a GRU, whose "
                                               "gates are reset and update gates");
    }

    void frozenGatesAreRefusedOutsideTheLstms() {
        QFETCH(int, cell);
        QFETCH(QString, message);
        NetworkSpec spec = stack(CellKind::Lstm, 2, false);
        spec.layers[1].cell = CellKind(cell);
        const Network<double> network(spec);
        NetworkExecutor<double> executor(network);
        try {
            executor.setRecurrentOptions({0, {std::nullopt, 0.5}});
            QFAIL("a frozen gate was accepted");
        } catch (const std::invalid_argument& e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
        }
        executor.setRecurrentOptions({4, {}}); // truncation is for every cell
        QCOMPARE(executor.recurrentOptions().truncation, Index(4));
        auto layer = makeRecurrentLayer<double>({CellKind(cell), 2, 3, false, Activation::Tanh});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 layer->setOptions({0, {1.0, std::nullopt}}));
    }

    void invalidOptionsAreRefused() {
        QCOMPARE(RecurrentOptions({-1, {}}).problem(),
                 std::string("the truncation length must be zero (full backpropagation through "
                             "time) or a positive number of steps"));
        QCOMPARE(RecurrentOptions({0, {1.5, std::nullopt}}).problem(),
                 std::string("a frozen forget gate's value must be between 0 and 1"));
        QCOMPARE(RecurrentOptions({0, {std::nullopt, -0.1}}).problem(),
                 std::string("a frozen input gate's value must be between 0 and 1"));
        QCOMPARE(RecurrentOptions({0, {0.0, 1.0}}).problem(), std::string());
    }
};

QTEST_APPLESS_MAIN(tst_RecurrentOptions)
#include "tst_recurrent_options.moc"
