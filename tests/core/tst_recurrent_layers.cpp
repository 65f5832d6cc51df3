/**
 * The four recurrent cells (RNN tanh/ReLU, LSTM, peephole LSTM, GRU), each forward and reverse,
 * with full and unequal lengths, against independent references: central finite differences,
 * a plain-loop implementation of one step, single-sequence runs, reversed forward runs and the
 * Keras known values.
 */
#include "core/recurrent_layer.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <utility>

using namespace core;

namespace {

using Mat = Matrix<double>;
using Vec = Vector<double>;
using State = RecurrentState<double>;

constexpr Index kInput = 3, kHidden = 4, kSteps = 5, kBatch = 3;
const Lengths kUnequal = {3, 5, 1}; // padding at the end; unsorted on purpose

RecurrentLayerConfig configFor(const QByteArray& cell, bool reverse, Index input, Index hidden) {
    RecurrentLayerConfig config;
    config.inputSize = input;
    config.hiddenSize = hidden;
    config.reverse = reverse;
    config.cell = cell.startsWith("rnn") ? CellKind::Rnn : *cellKindFromName(cell.toStdString());
    config.activation = cell == "rnn-relu" ? Activation::Relu : Activation::Tanh;
    return config;
}

bool isValid(const Lengths& lengths, Index t, Index b) {
    return lengths.empty() || t < lengths[static_cast<size_t>(b)];
}

Mat randomMatrix(std::mt19937& rng, Index rows, Index cols, double scale = 0.5) {
    std::normal_distribution<double> normal(0.0, scale);
    Mat m(rows, cols);
    for (Index i = 0; i < m.size(); ++i)
        m.data()[i] = normal(rng);
    return m;
}

/** A layer, its weights, one input batch, an initial state and the loss weights of
 * L = Σ w ⊙ y + Σ w_h ⊙ h_n (+ Σ w_c ⊙ c_n). */
struct Problem {
    RecurrentLayerConfig config;
    Index steps = kSteps, batch = kBatch;
    Lengths lengths;
    Vec parameters;
    Mat x;
    State initial, lossFinal;
    Mat lossY;

    Problem(const RecurrentLayerConfig& layerConfig, Index stepCount, Index batchSize,
            Lengths validLengths, unsigned seed)
        : config(layerConfig)
        , steps(stepCount)
        , batch(batchSize)
        , lengths(std::move(validLengths)) {
        std::mt19937 rng(seed);
        const Index h = config.hiddenSize;
        parameters = randomMatrix(rng, makeRecurrentLayer<double>(config)->parameterCount(), 1);
        x = randomMatrix(rng, steps * batch, config.inputSize, 1.0);
        initial.h = randomMatrix(rng, batch, h);
        lossY = randomMatrix(rng, steps * batch, h, 1.0);
        lossFinal.h = randomMatrix(rng, batch, h, 1.0);
        if (hasCellState(config.cell)) {
            initial.c = randomMatrix(rng, batch, h);
            lossFinal.c = randomMatrix(rng, batch, h, 1.0);
        }
    }
};

/** What one forward and backward pass produced. */
struct Pass {
    Mat y, dx;
    State final, dInitial;
    Vec gradients;
    LayerTrace<double> trace;
};

double finalStateLoss(const Problem& p, const State& final) {
    double loss = (p.lossFinal.h.array() * final.h.array()).sum();
    if (final.c.size() > 0)
        loss += (p.lossFinal.c.array() * final.c.array()).sum();
    return loss;
}

double lossOf(const Problem& p, const Mat& y, const State& final) {
    return (p.lossY.array() * y.array()).sum() + finalStateLoss(p, final);
}

double forwardLoss(const Problem& p) {
    auto layer = makeRecurrentLayer<double>(p.config);
    Vec unused = Vec::Zero(p.parameters.size());
    layer->bind(p.parameters.data(), unused.data());
    Mat y;
    State final;
    layer->forward(p.x, p.batch, p.lengths, &p.initial, y, final, nullptr);
    return lossOf(p, y, final);
}

Pass runPass(const Problem& p, bool traced = false) {
    auto layer = makeRecurrentLayer<double>(p.config);
    Pass pass;
    pass.gradients = Vec::Zero(p.parameters.size());
    layer->bind(p.parameters.data(), pass.gradients.data());
    LayerTrace<double>* trace = traced ? &pass.trace : nullptr;
    layer->forward(p.x, p.batch, p.lengths, &p.initial, pass.y, pass.final, trace);
    layer->backward(p.lossY, &p.lossFinal, pass.dx, &pass.dInitial, trace);
    return pass;
}

/** Central differences of loss() with respect to values[0 … size). */
Vec numericGradient(double* values, Index size, const std::function<double()>& loss) {
    constexpr double eps = 1e-6;
    Vec gradient(size);
    for (Index i = 0; i < size; ++i) {
        const double kept = values[i];
        values[i] = kept + eps;
        const double plus = loss();
        values[i] = kept - eps;
        const double minus = loss();
        values[i] = kept;
        gradient[i] = (plus - minus) / (2 * eps);
    }
    return gradient;
}

/** ‖a − b‖ / (‖a‖ + ‖b‖): a normwise relative error, robust to tiny single entries. */
template <typename A, typename B>
double relativeError(const A& a, const B& b) {
    const double scale = a.norm() + b.norm();
    return scale == 0 ? 0 : (a - b).norm() / scale;
}

/** Row of step t, sequence b, in the sequence layout. */
Index rowOf(Index t, Index b, Index batch) {
    return t * batch + b;
}

void addCellRows(bool directions, bool lengthVariants) {
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<bool>("unequal");
    for (const char* cell : {"rnn-tanh", "rnn-relu", "lstm", "peephole", "gru"})
        for (bool reverse : {false, true}) {
            if (reverse && !directions)
                continue;
            for (bool unequal : {false, true}) {
                if (!unequal && !lengthVariants)
                    continue;
                const char* direction = !directions ? "" : reverse ? "/reverse" : "/forward";
                QTest::addRow("%s%s/%s", cell, direction, unequal ? "unequal" : "full")
                    << QByteArray(cell) << reverse << unequal;
            }
        }
}

/** One step of the cell for one sequence in plain loops: the independent reference. */
struct ReferenceStep {
    std::vector<std::vector<double>> gates;
    std::vector<double> h, c;
};

double sigmoid(double v) {
    return 1 / (1 + std::exp(-v));
}

ReferenceStep referenceStep(const RecurrentLayerConfig& config, const Vec& parameters,
                            const double* x, const double* h, const double* c) {
    const Index in = config.inputSize, hid = config.hiddenSize;
    const Index blocks = gateCount(config.cell);
    const double* wIh = parameters.data();
    const double* wHh = wIh + blocks * hid * in;
    const double* bIh = wHh + blocks * hid * hid;
    const double* bHh = bIh + blocks * hid;
    const double* peep = bHh + blocks * hid; // i, f, o when present
    const bool peephole = config.cell == CellKind::PeepholeLstm;
    auto inputPart = [&](Index gate, Index j) {
        double sum = bIh[gate * hid + j];
        for (Index k = 0; k < in; ++k)
            sum += wIh[(gate * hid + j) * in + k] * x[k];
        return sum;
    };
    auto hiddenPart = [&](Index gate, Index j) {
        double sum = bHh[gate * hid + j];
        for (Index k = 0; k < hid; ++k)
            sum += wHh[(gate * hid + j) * hid + k] * h[k];
        return sum;
    };
    ReferenceStep out;
    out.gates.assign(static_cast<size_t>(blocks), std::vector<double>(size_t(hid)));
    out.h.resize(size_t(hid));
    for (Index j = 0; j < hid; ++j) {
        auto gate = [&](Index g) -> double& {
            return out.gates[size_t(g)][size_t(j)];
        };
        const size_t u = size_t(j);
        if (config.cell == CellKind::Rnn) {
            const double a = inputPart(0, j) + hiddenPart(0, j);
            gate(0) = config.activation == Activation::Relu ? std::max(a, 0.0) : std::tanh(a);
            out.h[u] = gate(0);
        } else if (config.cell == CellKind::Gru) {
            gate(0) = sigmoid(inputPart(0, j) + hiddenPart(0, j));
            gate(1) = sigmoid(inputPart(1, j) + hiddenPart(1, j));
            gate(2) = std::tanh(inputPart(2, j) + gate(0) * hiddenPart(2, j));
            out.h[u] = (1 - gate(1)) * gate(2) + gate(1) * h[j];
        } else {
            const double pI = peephole ? peep[j] : 0, pF = peephole ? peep[hid + j] : 0;
            const double pO = peephole ? peep[2 * hid + j] : 0;
            gate(0) = sigmoid(inputPart(0, j) + hiddenPart(0, j) + pI * c[j]);
            gate(1) = sigmoid(inputPart(1, j) + hiddenPart(1, j) + pF * c[j]);
            gate(2) = std::tanh(inputPart(2, j) + hiddenPart(2, j));
            out.c.push_back(gate(1) * c[j] + gate(0) * gate(2));
            gate(3) = sigmoid(inputPart(3, j) + hiddenPart(3, j) + pO * out.c[u]);
            out.h[u] = gate(3) * std::tanh(out.c[u]);
        }
    }
    return out;
}

/** The loss from the state after step t on: the steps still to come in the layer's direction
 * (t+1 … S−1 forward, t−1 … 0 reverse) run from `state`, plus the final-state term. */
double lossAfterStep(const Problem& p, Index t, const State& state) {
    const bool reverse = p.config.reverse;
    const Index first = reverse ? 0 : t + 1, count = reverse ? t : p.steps - t - 1;
    if (count == 0)
        return finalStateLoss(p, state);
    Problem rest = p;
    rest.steps = count;
    rest.x = p.x.middleRows(first * p.batch, count * p.batch);
    rest.lossY = p.lossY.middleRows(first * p.batch, count * p.batch);
    rest.initial = state;
    for (Index& length : rest.lengths)
        length = std::clamp<Index>(length - first, 0, count);
    return forwardLoss(rest);
}

template <typename T>
Matrix<T> kerasFinalHidden(CellKind cell) {
    RecurrentLayerConfig config;
    config.cell = cell;
    config.inputSize = 4;
    config.hiddenSize = 3;
    auto layer = makeRecurrentLayer<T>(config);
    const Index gates = gateCount(cell), hidden = 3, steps = 6, batch = 3;
    Vector<T> parameters(layer->parameterCount());
    Vector<T> gradients = Vector<T>::Zero(parameters.size());
    Index at = 0;
    parameters.segment(at, gates * hidden * 4).setConstant(T(0.01));
    at += gates * hidden * 4;
    parameters.segment(at, gates * hidden * hidden).setConstant(T(0.02));
    at += gates * hidden * hidden;
    if (cell == CellKind::Lstm) { // Keras' single bias, unit_forget_bias
        parameters.segment(at, 4 * hidden).setConstant(T(0.03));
        parameters.segment(at + hidden, hidden).setConstant(T(1));
        parameters.segment(at + 4 * hidden, 4 * hidden).setZero();
    } else {
        parameters.segment(at, 2 * gates * hidden).setConstant(T(0.03));
    }
    Matrix<T> x(steps * batch, 4); // Keras input arange(72) as (batch, time, features)
    for (Index b = 0; b < batch; ++b)
        for (Index t = 0; t < steps; ++t)
            for (Index f = 0; f < 4; ++f)
                x(rowOf(t, b, batch), f) = T(b * 24 + t * 4 + f);
    layer->bind(parameters.data(), gradients.data());
    Matrix<T> y;
    RecurrentState<T> final;
    layer->forward(x, batch, {}, nullptr, y, final, nullptr);
    return final.h;
}

} // namespace

class TestRecurrentLayers : public QObject {
    Q_OBJECT

private slots:
    void factoryShapes_data();
    void factoryShapes();
    void gradientCheck_data() { addCellRows(true, true); }
    void gradientCheck();
    void zeroPeepholesEqualVanilla_data();
    void zeroPeepholesEqualVanilla();
    void reverseEqualsReversedForward_data() { addCellRows(false, true); }
    void reverseEqualsReversedForward();
    void paddingCarriesState_data() { addCellRows(true, false); }
    void paddingCarriesState();
    void kerasKnownValues_data();
    void kerasKnownValues();
    void traceGates_data() { addCellRows(true, true); }
    void traceGates();
    void traceGradientNorms_data() { addCellRows(true, true); }
    void traceGradientNorms();
};

void TestRecurrentLayers::factoryShapes_data() {
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<int>("gates");
    QTest::addColumn<bool>("peepholes");
    QTest::newRow("rnn") << QByteArray("rnn-tanh") << 1 << false;
    QTest::newRow("lstm") << QByteArray("lstm") << 4 << false;
    QTest::newRow("peephole") << QByteArray("peephole") << 4 << true;
    QTest::newRow("gru") << QByteArray("gru") << 3 << false;
}

void TestRecurrentLayers::factoryShapes() {
    QFETCH(QByteArray, cell);
    QFETCH(int, gates);
    QFETCH(bool, peepholes);
    const RecurrentLayerConfig config = configFor(cell, false, 5, 7);
    const auto layer = makeRecurrentLayer<double>(config);
    const std::vector<ParameterShape> shapes = layer->parameterShapes();
    QCOMPARE(shapes.size(), size_t(peepholes ? 7 : 4));
    const std::vector<std::string> names = {
        "weight_ih",         "weight_hh",         "bias_ih",          "bias_hh",
        "weight_peephole_i", "weight_peephole_f", "weight_peephole_o"};
    const std::vector<std::pair<Index, Index>> sizes = {
        {gates * 7, 5}, {gates * 7, 7}, {gates * 7, 1}, {gates * 7, 1}, {7, 1}, {7, 1}, {7, 1}};
    for (size_t i = 0; i < shapes.size(); ++i) {
        QVERIFY(shapes[i].name == names[i]);
        QCOMPARE(shapes[i].rows, sizes[i].first);
        QCOMPARE(shapes[i].cols, sizes[i].second);
    }
    QCOMPARE(layer->carriesCell(), gates == 4);
    QCOMPARE(makeRecurrentLayer<float>(config)->parameterCount(),
             makeRecurrentLayer<double>(config)->parameterCount());
}

void TestRecurrentLayers::gradientCheck() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, reverse);
    QFETCH(bool, unequal);
    Problem p(configFor(cell, reverse, kInput, kHidden), kSteps, kBatch,
              unequal ? kUnequal : Lengths{}, 7);
    const Pass pass = runPass(p);
    const auto loss = [&p] {
        return forwardLoss(p);
    };

    Index offset = 0;
    for (const ParameterShape& shape : makeRecurrentLayer<double>(p.config)->parameterShapes()) {
        const Vec numeric = numericGradient(p.parameters.data() + offset, shape.size(), loss);
        const double error = relativeError(pass.gradients.segment(offset, shape.size()), numeric);
        QVERIFY2(error < 1e-6, (shape.name + ": " + std::to_string(error)).c_str());
        QVERIFY(numeric.norm() > 1e-3); // every tensor matters to the loss
        offset += shape.size();
    }
    const Mat numericX = numericGradient(p.x.data(), p.x.size(), loss)
                             .reshaped<Eigen::RowMajor>(p.x.rows(), p.x.cols());
    QVERIFY2(relativeError(pass.dx, numericX) < 1e-6, "dx");
    const Vec numericH = numericGradient(p.initial.h.data(), p.initial.h.size(), loss);
    QVERIFY2(relativeError(pass.dInitial.h.reshaped<Eigen::RowMajor>(), numericH) < 1e-6, "dh0");
    QCOMPARE(pass.dInitial.c.size(), p.initial.c.size());
    if (p.initial.c.size() > 0) {
        const Vec numericC = numericGradient(p.initial.c.data(), p.initial.c.size(), loss);
        QVERIFY2(relativeError(pass.dInitial.c.reshaped<Eigen::RowMajor>(), numericC) < 1e-6,
                 "dc0");
    }
}

void TestRecurrentLayers::zeroPeepholesEqualVanilla_data() {
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<bool>("unequal");
    for (bool reverse : {false, true})
        for (bool unequal : {false, true})
            QTest::addRow("%s/%s", reverse ? "reverse" : "forward", unequal ? "unequal" : "full")
                << reverse << unequal;
}

void TestRecurrentLayers::zeroPeepholesEqualVanilla() {
    QFETCH(bool, reverse);
    QFETCH(bool, unequal);
    const Lengths lengths = unequal ? kUnequal : Lengths{};
    const Problem vanilla(configFor("lstm", reverse, kInput, kHidden), kSteps, kBatch, lengths, 3);
    Problem peephole(configFor("peephole", reverse, kInput, kHidden), kSteps, kBatch, lengths, 3);
    const Index shared = vanilla.parameters.size();
    peephole.parameters.head(shared) = vanilla.parameters;
    peephole.parameters.tail(3 * kHidden).setZero();
    peephole.x = vanilla.x;
    peephole.initial = vanilla.initial;
    peephole.lossY = vanilla.lossY;
    peephole.lossFinal = vanilla.lossFinal;

    const Pass a = runPass(vanilla), b = runPass(peephole);
    QVERIFY(a.y == b.y);
    QVERIFY(a.final.h == b.final.h && a.final.c == b.final.c);
    QVERIFY(a.dx == b.dx);
    QVERIFY(a.dInitial.h == b.dInitial.h && a.dInitial.c == b.dInitial.c);
    QVERIFY(a.gradients == b.gradients.head(shared));
}

void TestRecurrentLayers::reverseEqualsReversedForward() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, unequal);
    Problem backwards(configFor(cell, true, kInput, kHidden), kSteps, kBatch,
                      unequal ? kUnequal : Lengths{}, 11);
    Problem forwards = backwards;
    forwards.config.reverse = false;
    // Reverse each sequence within its valid length; padded rows keep their (ignored) values.
    const auto mirror = [&](Index t, Index b) {
        const Index length = unequal ? kUnequal[size_t(b)] : kSteps;
        return t < length ? rowOf(length - 1 - t, b, kBatch) : rowOf(t, b, kBatch);
    };
    for (Index t = 0; t < kSteps; ++t)
        for (Index b = 0; b < kBatch; ++b) {
            forwards.x.row(rowOf(t, b, kBatch)) = backwards.x.row(mirror(t, b));
            forwards.lossY.row(rowOf(t, b, kBatch)) = backwards.lossY.row(mirror(t, b));
        }
    const Pass r = runPass(backwards), f = runPass(forwards);
    for (Index t = 0; t < kSteps; ++t)
        for (Index b = 0; b < kBatch; ++b) {
            const Index row = rowOf(t, b, kBatch);
            QVERIFY(relativeError(r.y.row(row), f.y.row(mirror(t, b))) < 1e-13);
            QVERIFY(relativeError(r.dx.row(row), f.dx.row(mirror(t, b))) < 1e-12);
        }
    QVERIFY(relativeError(r.final.h, f.final.h) < 1e-13);
    QVERIFY(relativeError(r.final.c, f.final.c) < 1e-13);
    QVERIFY(relativeError(r.dInitial.h, f.dInitial.h) < 1e-12);
    QVERIFY(relativeError(r.dInitial.c, f.dInitial.c) < 1e-12);
    QVERIFY(relativeError(r.gradients, f.gradients) < 1e-12);
}

void TestRecurrentLayers::paddingCarriesState() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, reverse);
    Problem p(configFor(cell, reverse, kInput, kHidden), kSteps, kBatch, kUnequal, 5);
    const Pass pass = runPass(p, true);
    const bool withCell = p.initial.c.size() > 0;
    for (Index b = 0; b < kBatch; ++b) {
        // The same sequence alone, cut to its length, with no mask at all.
        const Index length = kUnequal[size_t(b)];
        Problem alone(p.config, length, 1, {}, 5);
        alone.parameters = p.parameters;
        for (Index t = 0; t < length; ++t)
            alone.x.row(t) = p.x.row(rowOf(t, b, kBatch));
        alone.initial.h = p.initial.h.row(b);
        if (withCell)
            alone.initial.c = p.initial.c.row(b);
        const Pass single = runPass(alone);
        for (Index t = 0; t < kSteps; ++t) {
            const Index row = rowOf(t, b, kBatch);
            if (t < length) {
                QVERIFY(relativeError(pass.y.row(row), single.y.row(t)) < 1e-13);
                continue;
            }
            QVERIFY(pass.y.row(row).isZero(0));
            // A padded step carries the state: the last valid one forward, the initial reverse.
            const State& carried = reverse ? p.initial : pass.final;
            QVERIFY(pass.trace.hidden.row(row) == carried.h.row(b));
            if (withCell)
                QVERIFY(pass.trace.cell.row(row) == carried.c.row(b));
        }
        QVERIFY(relativeError(pass.final.h.row(b), single.final.h) < 1e-13);
        if (withCell)
            QVERIFY(relativeError(pass.final.c.row(b), single.final.c) < 1e-13);
    }
    // Whatever the padded inputs hold changes nothing.
    std::mt19937 rng(99);
    for (Index t = 0; t < kSteps; ++t)
        for (Index b = 0; b < kBatch; ++b)
            if (!isValid(kUnequal, t, b))
                p.x.row(rowOf(t, b, kBatch)) = randomMatrix(rng, 1, kInput, 10.0);
    const Pass noisy = runPass(p);
    QVERIFY(noisy.y == pass.y && noisy.final.h == pass.final.h &&
            noisy.gradients == pass.gradients);
}

void TestRecurrentLayers::kerasKnownValues_data() {
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<std::vector<double>>("expected");
    QTest::newRow("lstm") << QByteArray("lstm") << std::vector{0.6288687, 0.86899145, 0.9460773};
    QTest::newRow("gru") << QByteArray("gru") << std::vector{0.5217289, 0.6371659, 0.39384964};
}

void TestRecurrentLayers::kerasKnownValues() {
    QFETCH(QByteArray, cell);
    QFETCH(std::vector<double>, expected);
    const CellKind kind = *cellKindFromName(cell.toStdString());
    const Matrix<double> inDouble = kerasFinalHidden<double>(kind);
    const Matrix<float> inFloat = kerasFinalHidden<float>(kind);
    for (Index b = 0; b < 3; ++b) {
        QVERIFY(std::abs(inDouble(b, 0) - expected[size_t(b)]) < 1e-6);
        QVERIFY(std::abs(double(inFloat(b, 0)) - expected[size_t(b)]) < 1e-6);
    }
}

void TestRecurrentLayers::traceGates() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, reverse);
    QFETCH(bool, unequal);
    const Problem p(configFor(cell, reverse, kInput, kHidden), kSteps, kBatch,
                    unequal ? kUnequal : Lengths{}, 13);
    const Pass pass = runPass(p, true);
    const LayerTrace<double>& trace = pass.trace;
    const std::vector<std::string> names =
        p.config.cell == CellKind::Rnn   ? std::vector<std::string>{"a"}
        : p.config.cell == CellKind::Gru ? std::vector<std::string>{"r", "z", "n"}
                                         : std::vector<std::string>{"i", "f", "g", "o"};
    QCOMPARE(trace.gateNames, names);
    QCOMPARE(trace.gates.size(), names.size());
    const bool withCell = hasCellState(p.config.cell);
    QCOMPARE(trace.cell.rows(), withCell ? kSteps * kBatch : 0);
    QCOMPARE(trace.hidden.rows(), kSteps * kBatch);

    // Each step recomputed by hand from the state the trace holds before it.
    for (Index t = 0; t < kSteps; ++t)
        for (Index b = 0; b < kBatch; ++b) {
            const Index row = rowOf(t, b, kBatch), previous = reverse ? t + 1 : t - 1;
            const bool fromInitial = previous < 0 || previous >= kSteps;
            const Index before = rowOf(previous, b, kBatch);
            const Mat h = fromInitial ? Mat(p.initial.h.row(b)) : Mat(trace.hidden.row(before));
            const Mat c = !withCell     ? Mat()
                          : fromInitial ? Mat(p.initial.c.row(b))
                                        : Mat(trace.cell.row(before));
            if (!isValid(p.lengths, t, b)) {
                QVERIFY(trace.hidden.row(row) == h);
                continue;
            }
            const ReferenceStep ref =
                referenceStep(p.config, p.parameters, p.x.row(row).data(), h.data(), c.data());
            for (size_t g = 0; g < names.size(); ++g)
                QVERIFY(relativeError(trace.gates[g].row(row),
                                      Eigen::Map<const RowVector<double>>(ref.gates[g].data(),
                                                                          kHidden)) < 1e-13);
            QVERIFY(relativeError(trace.hidden.row(row), Eigen::Map<const RowVector<double>>(
                                                             ref.h.data(), kHidden)) < 1e-13);
            if (withCell)
                QVERIFY(relativeError(trace.cell.row(row), Eigen::Map<const RowVector<double>>(
                                                               ref.c.data(), kHidden)) < 1e-13);
        }
}

/**
 * hiddenGradientNorm[t] is ‖∂L/∂h_t‖, the total derivative through everything h_t reaches: y_t and
 * the steps after it. Perturbing h_t inside the recurrence equals running the remaining steps
 * from the perturbed state, so central differences of lossAfterStep() plus the y_t term give an
 * independent ∂L/∂h_t. For the LSTMs, cellGradientNorm[t] is ‖∂L/∂c_t‖ with h_t = o_t ⊙ tanh c_t
 * following c_t (o_t too, through the peephole p_o); padded rows' h_t does not follow c_t.
 */
void TestRecurrentLayers::traceGradientNorms() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, reverse);
    QFETCH(bool, unequal);
    const Index hidden = 3, batch = 2, steps = 4;
    const Problem p(configFor(cell, reverse, 2, hidden), steps, batch,
                    unequal ? Lengths{4, 2} : Lengths{}, 17);
    const Pass pass = runPass(p, true);
    const bool withCell = hasCellState(p.config.cell);
    QCOMPARE(pass.trace.hiddenGradientNorm.size(), size_t(steps));
    QCOMPARE(pass.trace.cellGradientNorm.size(), withCell ? size_t(steps) : 0u);

    for (Index t = 0; t < steps; ++t) {
        State state;
        state.h = stepRows(pass.trace.hidden, t, batch);
        if (withCell)
            state.c = stepRows(pass.trace.cell, t, batch);
        const State kept = state;
        const Mat weightY = stepRows(p.lossY, t, batch);
        Mat o, peepO = Mat::Zero(1, hidden);
        if (withCell) {
            o = stepRows(pass.trace.gates[3], t, batch);
            if (p.config.cell == CellKind::PeepholeLstm)
                peepO = p.parameters.tail(hidden).transpose();
        }
        // h_t as the y_t term and the remaining steps see it, given the (perturbed) c_t.
        const auto lossFromState = [&] {
            State seen = state;
            for (Index b = 0; b < batch; ++b)
                if (withCell && isValid(p.lengths, t, b) && state.c.row(b) != kept.c.row(b))
                    for (Index j = 0; j < hidden; ++j) {
                        const double logit = std::log(o(b, j) / (1 - o(b, j)));
                        const double shift = peepO(0, j) * (state.c(b, j) - kept.c(b, j));
                        seen.h(b, j) = sigmoid(logit + shift) * std::tanh(state.c(b, j));
                    }
            double loss = lossAfterStep(p, t, seen);
            for (Index b = 0; b < batch; ++b)
                if (isValid(p.lengths, t, b))
                    loss += weightY.row(b).dot(seen.h.row(b));
            return loss;
        };
        const double hNorm = numericGradient(state.h.data(), state.h.size(), lossFromState).norm();
        const double traced = pass.trace.hiddenGradientNorm[size_t(t)];
        QVERIFY2(std::abs(traced - hNorm) < 1e-6 * hNorm, qPrintable(QString::number(t)));
        if (withCell) {
            const double cNorm =
                numericGradient(state.c.data(), state.c.size(), lossFromState).norm();
            const double tracedCell = pass.trace.cellGradientNorm[size_t(t)];
            QVERIFY2(std::abs(tracedCell - cNorm) < 1e-6 * cNorm, qPrintable(QString::number(t)));
        }
    }
}

QTEST_APPLESS_MAIN(TestRecurrentLayers)
#include "tst_recurrent_layers.moc"
