#include "core/metrics.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace core {

namespace {

double ratio(double numerator, double denominator) {
    return denominator > 0 ? numerator / denominator : std::numeric_limits<double>::quiet_NaN();
}

template <typename T>
double rowWeight(const Vector<T>* rowWeights, Index row) {
    return rowWeights ? static_cast<double>((*rowWeights)[row]) : 1.0;
}

template <typename T>
void checkShapes(const Matrix<T>& outputs, const LossTarget<T>& target, const Vector<T>* rowWeights,
                 bool classes) {
    if (rowWeights && rowWeights->size() != outputs.rows())
        throw std::invalid_argument("metrics: row weights do not match the output rows");
    if (classes && static_cast<Index>(target.classes.size()) != outputs.rows())
        throw std::invalid_argument("metrics: needs one class index per output row");
    if (!classes && (!target.values || target.values->rows() != outputs.rows() ||
                     target.values->cols() != outputs.cols()))
        throw std::invalid_argument("metrics: target shape differs from the output shape");
}

template <typename T>
void measureClasses(const Matrix<T>& outputs, std::span<const int32_t> classes,
                    const Vector<T>* rowWeights, Metrics& m) {
    for (Index r = 0; r < outputs.rows(); ++r) {
        const int32_t c = classes[static_cast<size_t>(r)];
        const double w = rowWeight(rowWeights, r);
        if (c == kIgnoredClass || w == 0)
            continue;
        if (c < 0 || c >= outputs.cols())
            throw std::invalid_argument("metrics: class index out of range");
        Index predicted = 0;
        const T max = outputs.row(r).maxCoeff(&predicted);
        const T logSumExp = max + std::log((outputs.row(r).array() - max).exp().sum());
        m.judged += w;
        m.correct += predicted == c ? w : 0;
        m.crossEntropyRows += w;
        m.crossEntropy += w * static_cast<double>(logSumExp - outputs(r, c));
    }
}

template <typename T>
void measureBinary(const Matrix<T>& outputs, const Matrix<T>& y, const Vector<T>* rowWeights,
                   Metrics& m) {
    for (Index r = 0; r < outputs.rows(); ++r) {
        const double w = rowWeight(rowWeights, r);
        if (w == 0)
            continue;
        for (Index o = 0; o < outputs.cols(); ++o)
            m.correct += ((outputs(r, o) >= T(0)) == (y(r, o) >= T(0.5))) ? w : 0;
        m.judged += w * static_cast<double>(outputs.cols());
    }
}

template <typename T>
void measureErrors(const Matrix<T>& outputs, const Matrix<T>& y, const Vector<T>* rowWeights,
                   Metrics& m) {
    for (Index r = 0; r < outputs.rows(); ++r) {
        const double w = rowWeight(rowWeights, r);
        if (w == 0)
            continue;
        const auto difference = (outputs.row(r) - y.row(r)).template cast<double>().eval();
        m.absoluteError += w * difference.cwiseAbs().sum();
        m.squaredError += w * difference.squaredNorm();
        m.errorElements += w * static_cast<double>(outputs.cols());
    }
}

} // namespace

template <typename T>
Metrics Metrics::measure(LossKind kind, const Matrix<T>& outputs,
                         const LossTarget<std::type_identity_t<T>>& target,
                         const Vector<std::type_identity_t<T>>* rowWeights) {
    Metrics m;
    checkShapes(outputs, target, rowWeights, kind == LossKind::CrossEntropy);
    switch (kind) {
    case LossKind::CrossEntropy:
        measureClasses(outputs, target.classes, rowWeights, m);
        break;
    case LossKind::BinaryCrossEntropy:
        measureBinary(outputs, *target.values, rowWeights, m);
        break;
    case LossKind::MeanSquaredError:
        measureErrors(outputs, *target.values, rowWeights, m);
        break;
    }
    return m;
}

Metrics& Metrics::operator+=(const Metrics& other) {
    correct += other.correct;
    judged += other.judged;
    absoluteError += other.absoluteError;
    squaredError += other.squaredError;
    errorElements += other.errorElements;
    crossEntropy += other.crossEntropy;
    crossEntropyRows += other.crossEntropyRows;
    return *this;
}

double Metrics::accuracy() const {
    return ratio(correct, judged);
}

double Metrics::meanAbsoluteError() const {
    return ratio(absoluteError, errorElements);
}

double Metrics::rootMeanSquaredError() const {
    return std::sqrt(ratio(squaredError, errorElements));
}

double Metrics::meanCrossEntropy() const {
    return ratio(crossEntropy, crossEntropyRows);
}

double Metrics::perplexity() const {
    return core::perplexity(meanCrossEntropy());
}

double perplexity(double meanCrossEntropy) {
    return std::exp(meanCrossEntropy);
}

template Metrics Metrics::measure<float>(LossKind, const Matrix<float>&, const LossTarget<float>&,
                                         const Vector<float>*);
template Metrics Metrics::measure<double>(LossKind, const Matrix<double>&,
                                          const LossTarget<double>&, const Vector<double>*);

} // namespace core
