#pragma once
/**
 * Dates written in words → ISO dates, a translation task that needs attention: "vingt-huit
 * novembre deux mille vingt-six", "the twenty-eighth of November 2026", "28 Nov 2026" →
 * "2026-11-28".
 *
 * Source: the date written by DateWriter in a style and language drawn uniformly, one token per
 * character (alphabet of DateWriter, padding 0). Target: the 10 characters of the ISO date,
 * classes 0–9 the digits and 10 the hyphen. The decoder reads the targets shifted right behind a
 * start token (token 11): decoder input [start, y_0, …, y_8], targets [y_0, …, y_9]; every date
 * has 10 target characters, so no end token is needed. Loss: cross-entropy of the 10 decoder steps
 * (teacher forcing). Dates are drawn uniformly from 1 January of --first-year to 31 December of
 * --last-year.
 *
 * Splits are disjoint by date: a seeded permutation of every date of the range gives validation
 * its first --eval-size dates, test the next ones, and training draws its --train-size examples
 * (date, language, style) from the rest, so the validation dates are dates never seen written in
 * any style in training.
 *
 * Metric: exact match, the fraction of dates whose 10 characters are all right. Under teacher
 * forcing this equals exact match under greedy decoding (see GreedyDecoder), which is what the
 * criterion means: solved at ≥ 99% exact matches on the validation split. (A PyTorch copy of the
 * recommended network trained on this task's data, seed 1, scored greedily: after one epoch
 * 0.993 with attention, 0.476 without; without, 0.947 after two epochs and 0.975 after three.)
 * Baseline, computed from the training targets: per-position character frequencies (its
 * cross-entropy on validation) and the string of per-position majority characters (its
 * exact-match rate on validation).
 */
#include "data/calendar_date.h"
#include "data/date_writer.h"
#include "data/epoch_order.h"
#include "data/generated_task.h"
#include "data/task_info.h"

#include <memory>
#include <vector>

namespace data {

class DatesTask : public Task {
public:
    enum class Languages { English, French, Both };
    struct Example {
        CalendarDate date;
        DateLanguage language = DateLanguage::English;
        int style = 0;
        std::string source() const { return DateWriter::write(date, language, style); }
    };

    static constexpr core::Index kTargetLength = 10; ///< "YYYY-MM-DD"
    static constexpr int32_t kHyphen = 10;           ///< target class of "-"; 0–9 the digits
    static constexpr int32_t kStartToken = 11;       ///< the decoder's first input
    static constexpr double kSolvedExactMatch = 0.99;

    DatesTask(Languages languages, int firstYear, int lastYear, GeneratedTask::Sizes sizes,
              std::uint64_t seed);

    static TaskInfo info();
    static std::unique_ptr<Task> create(const TaskOptions& options, std::uint64_t seed);
    /** The target classes of an ISO date: digits 0–9, 10 for "-". */
    static std::vector<int32_t> targetClasses(const std::string& iso);

    /** Example i of a split. */
    Example example(Split split, core::Index i) const;

    std::string name() const override { return "dates"; }
    std::string description() const override;
    TaskOptions options() const override;
    std::uint64_t seed() const override { return m_seed; }
    core::OutputMode outputMode() const override { return core::OutputMode::SequenceToSequence; }
    core::LossKind lossKind() const override { return core::LossKind::CrossEntropy; }
    std::string metricName() const override { return "exact match"; }
    bool higherMetricIsBetter() const override { return true; }

    core::Index sequenceCount(Split split) const override;
    core::Index batchCount(Split split, core::Index batchSize) const override;
    core::SequenceBatch<double> batch(Split split, core::Index batchSize, core::Index index,
                                      int epoch) const override;

    core::NetworkSpec recommendedNetwork() const override;
    TrainingRecipe recommendedRecipe() const override;
    Evaluation evaluate(const core::SequenceBatch<double>& batch,
                        const core::Matrix<double>& outputs) const override;
    bool isSolved(const Evaluation& evaluation) const override;
    std::string successCriterion() const override;
    Baseline baseline() const override;

    std::string renderStep(const core::SequenceBatch<double>& batch, core::Index sequence,
                           core::Index step) const override;
    std::string renderTarget(const core::SequenceBatch<double>& batch, core::Index sequence,
                             core::Index step) const override;
    InputKind inputKind() const override { return InputKind::Symbols; }
    std::string renderOutput(const core::Matrix<double>& outputs, core::Index row) const override;

private:
    core::SequenceBatch<double> assemble(const std::vector<Example>& examples) const;
    Example draw(std::uint64_t stream, const CalendarDate& date) const;

    Languages m_languages;
    int m_firstYear, m_lastYear;
    GeneratedTask::Sizes m_sizes;
    std::uint64_t m_seed;
    std::vector<CalendarDate> m_dates; ///< validation, then test, then the training pool
    EpochOrder m_order;
};

} // namespace data
