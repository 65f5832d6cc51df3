#pragma once
/**
 * The common ground of the tasks whose sequences a generator draws (adding, copy, Reber…).
 *
 * Example k of the stream is drawn from RandomStream(seed, Example, k) alone. Training takes the
 * first draws of the stream: the natural distribution, repeats included. Validation and test take
 * the later draws of sequences that training does not hold (compared by a seeded hash of their
 * content), dealt between the two by that hash, so no two splits share a sequence. For most tasks
 * this is an ordinary random split; for the small embedded Reber grammar, whose four shortest
 * strings are drawn 6% of the time each, it leaves the frequent strings to training and measures
 * the network on strings it has never seen, with their natural relative frequencies. Only the
 * stream indices are kept; batches regenerate their examples, which costs little next to
 * training and keeps long lags out of memory.
 *
 * A derived class generates, and calls dealSplits() last in its constructor.
 */
#include "data/random_stream.h"
#include "data/sequence_example.h"
#include "data/task.h"

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace data {

class GeneratedTask : public Task {
public:
    struct Sizes {
        core::Index train = 10000;
        core::Index validation = 1000;
        core::Index test = 1000;
    };

    std::uint64_t seed() const override { return m_seed; }
    core::Index sequenceCount(Split split) const override;
    core::Index batchCount(Split split, core::Index batchSize) const override;
    core::SequenceBatch<double> batch(Split split, core::Index batchSize, core::Index index,
                                      int epoch) const override;

    /** Sequence `i` of a split as generated, before batching. */
    SequenceExample example(Split split, core::Index i) const;

    /** The size options of every generated task: --train-size, --eval-size (validation and test
     * each). */
    static std::vector<TaskOptionSpec> sizeOptions(core::Index train, core::Index eval);
    static Sizes sizesFrom(const TaskOptions& options);

protected:
    GeneratedTask(std::uint64_t seed, Sizes sizes);

    /** Deals the example stream to the splits. Throws std::runtime_error when too few sequences
     * unseen in training turn up to fill validation and test. */
    void dealSplits();
    virtual SequenceExample generate(RandomStream& random) const = 0;
    /** The values of the size options, for options(). */
    TaskOptions sizeOptionValues() const;
    /** `value` with `decimals` decimals and a point, whatever the locale: "-0.420". */
    static std::string formatNumber(double value, int decimals);
    /** Whether step `step` of sequence `sequence` is padding. */
    static bool isPadding(const core::SequenceBatch<double>& batch, core::Index sequence,
                          core::Index step);
    /** The sequence of `batch` at `row` of its layout (row = t·B + b ⇒ b). */
    static core::Index sequenceOfRow(const core::SequenceBatch<double>& batch, core::Index row) {
        return row % batch.batch;
    }

private:
    const std::vector<std::uint64_t>& streams(Split split) const {
        return m_streams[static_cast<size_t>(split)];
    }
    SequenceExample exampleOfStream(std::uint64_t stream) const;
    /** The order of the training split in `epoch`: a permutation of its indices. */
    std::shared_ptr<const std::vector<core::Index>> trainingOrder(int epoch) const;
    core::SequenceBatch<double> assemble(const std::vector<SequenceExample>& examples) const;

    std::uint64_t m_seed;
    Sizes m_sizes;
    std::array<std::vector<std::uint64_t>, 3> m_streams; ///< per split, the examples' stream index

    mutable std::mutex m_orderMutex;
    mutable int m_orderEpoch = 0;                                    // guarded by m_orderMutex
    mutable std::shared_ptr<const std::vector<core::Index>> m_order; // guarded by m_orderMutex
};

} // namespace data
