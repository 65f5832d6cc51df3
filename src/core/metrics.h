#pragma once
/**
 * What the learning curves show besides the loss: accuracy for classifiers, mean absolute and
 * root-mean-square error for regressors, perplexity for language models.
 *
 * Metrics keeps weighted running totals rather than means, so the totals of the batches of an
 * epoch add up to the epoch's exact metrics whatever the batch sizes. Row weights are as in
 * loss.h (1 = valid, 0 = padding); cross-entropy rows with class −1 do not count.
 *
 *   accuracy    = Σ w·[prediction right] / Σ w      CE: argmax_o x_ro = c_r, per row;
 *                                                    BCE: [x_ro ≥ 0] = [y_ro ≥ ½], per element
 *                                                    (x ≥ 0 ⇔ σ(x) ≥ 0.5)
 *   MAE         = Σ_r w_r Σ_o |x_ro − y_ro| / (O·W)
 *   RMSE        = √(Σ_r w_r Σ_o (x_ro − y_ro)² / (O·W))
 *   perplexity  = exp(mean cross-entropy)
 *
 * A metric with nothing to average is NaN.
 */
#include "core/loss.h"

#include <type_traits>

namespace core {

struct Metrics {
    double correct = 0;          ///< weighted count of right predictions
    double judged = 0;           ///< weighted count of predictions (CE rows, BCE elements)
    double absoluteError = 0;    ///< Σ w·|x − y| over the elements (MSE)
    double squaredError = 0;     ///< Σ w·(x − y)²
    double errorElements = 0;    ///< Σ w·O
    double crossEntropy = 0;     ///< Σ w·CE_r (CE)
    double crossEntropyRows = 0; ///< Σ w

    /** The metrics that suit `kind`: accuracy and cross-entropy for CE, accuracy for BCE,
     * absolute and squared errors for MSE. Throws as Loss::evaluate() does. */
    template <typename T>
    static Metrics measure(LossKind kind, const Matrix<T>& outputs,
                           const LossTarget<std::type_identity_t<T>>& target,
                           const Vector<std::type_identity_t<T>>* rowWeights = nullptr);

    /** Adds another batch's totals. */
    Metrics& operator+=(const Metrics& other);

    bool hasAccuracy() const { return judged > 0; }
    bool hasErrors() const { return errorElements > 0; }
    bool hasPerplexity() const { return crossEntropyRows > 0; }

    double accuracy() const;
    double meanAbsoluteError() const;
    double rootMeanSquaredError() const;
    double meanCrossEntropy() const;
    double perplexity() const;
};

/** exp(meanCrossEntropy): the number of equally likely classes the model is as unsure as. */
double perplexity(double meanCrossEntropy);

} // namespace core
