#pragma once
/**
 * The numerical vocabulary of the core.
 *
 * Sequences are stored batch-major inside each time step: a sequence batch of S steps, B sequences
 * and F features is one row-major (S·B)×F matrix whose rows t·B … t·B+B−1 hold step t. A whole
 * sequence's input projection is then a single GEMM, and each step's block is contiguous.
 */
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace core {

using Index = Eigen::Index;

template <typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
template <typename T>
using Vector = Eigen::Matrix<T, Eigen::Dynamic, 1>;
template <typename T>
using RowVector = Eigen::Matrix<T, 1, Eigen::Dynamic>;
template <typename T>
using MatrixMap = Eigen::Map<Matrix<T>>;
template <typename T>
using ConstMatrixMap = Eigen::Map<const Matrix<T>>;
template <typename T>
using VectorMap = Eigen::Map<Vector<T>>;

/** Valid lengths of the sequences of a batch; empty means every sequence has all steps. Padding
 * is always at the end of a sequence. */
using Lengths = std::vector<Index>;

/** The rows of step t in a sequence batch of `batch` sequences. */
template <typename Derived>
auto stepRows(Eigen::MatrixBase<Derived>& m, Index t, Index batch) {
    return m.middleRows(t * batch, batch);
}
template <typename Derived>
auto stepRows(const Eigen::MatrixBase<Derived>& m, Index t, Index batch) {
    return m.middleRows(t * batch, batch);
}

/** 1 where sequence b is still running at step t, else 0, as a B×1 column. */
template <typename T>
Vector<T> stepMask(const Lengths& lengths, Index t, Index batch) {
    Vector<T> mask(batch);
    for (Index b = 0; b < batch; ++b)
        mask[b] = (lengths.empty() || t < lengths[static_cast<size_t>(b)]) ? T(1) : T(0);
    return mask;
}

inline bool isFullBatch(const Lengths& lengths, Index steps) {
    for (Index length : lengths)
        if (length != steps)
            return false;
    return true;
}

} // namespace core
