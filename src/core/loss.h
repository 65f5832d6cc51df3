#pragma once
/**
 * The training objective: compares a network's outputs with their targets and returns the loss
 * and, when asked, its derivative with respect to the outputs, which starts back-propagation.
 *
 * Outputs are N×O: the (S·B) rows of a per-step output (layout of types.h) or the B rows of a
 * per-sequence output. A per-row weight w_r (1 for a valid row, 0 for padding; empty = all 1)
 * excludes padded steps; with W = Σ_r w_r over the rows that count, every loss is a weighted mean
 * (PyTorch's reduction 'mean' over the valid entries):
 *
 *   MSE:  L = Σ_r w_r Σ_o (x_ro − y_ro)² / (O·W)
 *   CE:   L = Σ_r w_r (logΣ_o exp x_ro − x_r,c_r) / W          rows with c_r = −1 do not count
 *   BCE:  L = Σ_r w_r Σ_o (max(x_ro, 0) − x_ro·y_ro + log(1 + e^−|x_ro|)) / (O·W)
 *
 * With nothing valid (W = 0) the loss and its gradient are 0 rather than PyTorch's NaN, so an
 * all-padding batch cannot poison the weights.
 */
#include "core/sequence_batch.h"
#include "core/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace core {

enum class LossKind { MeanSquaredError, CrossEntropy, BinaryCrossEntropy };

/** "mse", "cross-entropy", "bce". */
std::string lossKindName(LossKind kind);
std::optional<LossKind> lossKindFromName(std::string_view name);

/** Class index of a row that the cross-entropy skips (PyTorch's ignore_index). */
inline constexpr int32_t kIgnoredClass = -1;

/** What the outputs are compared with: a view, the caller keeps the data alive. */
template <typename T>
struct LossTarget {
    const Matrix<T>* values = nullptr; ///< N×O real targets (MSE, BCE)
    std::span<const int32_t> classes;  ///< N class indices in [0, O) or kIgnoredClass (CE)

    static LossTarget ofValues(const Matrix<T>& values) { return {&values, {}}; }
    static LossTarget ofClasses(std::span<const int32_t> classes) { return {nullptr, classes}; }
    /** What a batch gives a loss of `kind`: its classes for cross-entropy, else its values. */
    static LossTarget ofBatch(LossKind kind, const SequenceBatch<T>& batch) {
        return kind == LossKind::CrossEntropy ? ofClasses(batch.targetClasses)
                                              : ofValues(batch.targets);
    }
};

template <typename T>
class Loss {
public:
    Loss() = default;
    virtual ~Loss() = default;
    Loss(const Loss&) = delete;
    Loss& operator=(const Loss&) = delete;

    virtual LossKind kind() const = 0;

    /**
     * The loss of `outputs` (N×O) against `target`, with optional row weights (N; null = all 1).
     * When dOutputs is not null it is resized to N×O and receives ∂L/∂outputs (zero on excluded
     * rows). Throws std::invalid_argument on mismatched shapes or a missing target.
     */
    virtual T evaluate(const Matrix<T>& outputs, const LossTarget<T>& target,
                       const Vector<T>* rowWeights, Matrix<T>* dOutputs) const = 0;

protected:
    /** Throws unless rowWeights is null or holds one weight per output row. */
    static void checkRowWeights(const Matrix<T>& outputs, const Vector<T>* rowWeights);
    /** Throws unless target.values is an N×O matrix like outputs. */
    static void checkValueTarget(const Matrix<T>& outputs, const LossTarget<T>& target);
    static T rowWeight(const Vector<T>* rowWeights, Index row) {
        return rowWeights ? (*rowWeights)[row] : T(1);
    }
};

/** Makes the loss of that kind. */
template <typename T>
std::unique_ptr<Loss<T>> makeLoss(LossKind kind);

/** The (S·B) row weights of a sequence batch: 1 on a sequence's valid steps, 0 on its padding. */
template <typename T>
Vector<T> rowWeightsFromLengths(const Lengths& lengths, Index steps, Index batch);

} // namespace core
