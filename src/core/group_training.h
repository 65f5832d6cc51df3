#pragma once
/**
 * How one parameter group trains in transfer learning: its learning rate as a factor s of the
 * run's rate η (the group moves at η·s, a PyTorch parameter group with lr = η·s) and whether it is
 * frozen (rate 0: no update, weight decay included, though its gradient is still computed).
 * Keeping `frozen` apart from `rateScale` lets an unfrozen group take back the rate it had.
 */
namespace core {

struct GroupTraining {
    double rateScale = 1.0; ///< s ≥ 0: the group's rate is η·s
    bool frozen = false;    ///< no update at all: the effective factor is 0

    /** The factor the optimizer applies: 0 when frozen, else rateScale. */
    double effectiveScale() const { return frozen ? 0.0 : rateScale; }
    bool isDefault() const { return !frozen && rateScale == 1.0; }
    bool operator==(const GroupTraining&) const = default;
};

} // namespace core
