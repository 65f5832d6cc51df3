#pragma once
/**
 * The optimizers: update rules that move the network's one flat parameter vector p along its
 * gradient g, exactly as torch.optim does (SGD, RMSprop, Adam, AdamW), so a run can be checked
 * step by step against PyTorch.
 *
 * Every rule ends in p ← p − η·m ⊙ u, with η the learning rate, u the rule's direction and m an
 * optional per-element multiplier of the learning rate (1 when absent). m = 0 freezes an element
 * (transfer learning): it does not move at all, weight decay included, though the rule's state
 * keeps following its gradient. Multipliers equal PyTorch parameter groups whose lr is η·m.
 *
 * The state is a few vectors the size of p plus the step count, readable and restorable as they
 * are, so a saved session resumes the very same trajectory.
 */
#include "core/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

enum class OptimizerKind { Sgd, RmsProp, Adam, AdamW };

/** "sgd", "rmsprop", "adam", "adamw". */
std::string optimizerKindName(OptimizerKind kind);
std::optional<OptimizerKind> optimizerKindFromName(std::string_view name);

/** The hyper-parameters of every optimizer, named as in torch.optim; each reads its own. */
struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::Adam;
    double learningRate = 1e-3;
    double momentum = 0;    ///< SGD, RMSprop
    bool nesterov = false;  ///< SGD
    double beta1 = 0.9;     ///< Adam, AdamW
    double beta2 = 0.999;   ///< Adam, AdamW
    double eps = 1e-8;      ///< RMSprop, Adam, AdamW
    double alpha = 0.99;    ///< RMSprop's smoothing constant
    double weightDecay = 0; ///< λ: L2 term λp added to g; AdamW: decoupled decay

    /** torch.optim's defaults for kind (SGD, which has none in torch, gets lr = 0.01). */
    static OptimizerSettings defaults(OptimizerKind kind);
};

template <typename T>
class Optimizer {
public:
    Optimizer(const Optimizer&) = delete;
    Optimizer& operator=(const Optimizer&) = delete;
    virtual ~Optimizer() = default;

    OptimizerKind kind() const { return m_settings.kind; }
    const OptimizerSettings& settings() const { return m_settings; }
    Index parameterCount() const { return m_parameterCount; }

    /** One update of `parameters` from `gradients`, both parameterCount() long. */
    void step(Vector<T>& parameters, const Vector<T>& gradients);

    double learningRate() const { return m_settings.learningRate; }
    /** Takes effect at the next step, keeping the state (a schedule calls it every step). */
    void setLearningRate(double learningRate) { m_settings.learningRate = learningRate; }

    /** Per-element learning-rate multipliers, parameterCount() long; empty restores all 1. */
    void setLearningRateMultipliers(Vector<T> multipliers);
    const Vector<T>& learningRateMultipliers() const { return m_multipliers; }

    /**
     * The state, torch.optim's buffers in this order — SGD: momentum_buffer; RMSprop: square_avg,
     * momentum_buffer; Adam and AdamW: exp_avg, exp_avg_sq — and the number of steps taken.
     */
    const std::vector<Vector<T>>& stateBuffers() const { return m_buffers; }
    std::int64_t stepCount() const { return m_stepCount; }
    /** Restores a saved state; throws std::invalid_argument when it does not fit. */
    void setState(std::vector<Vector<T>> buffers, std::int64_t stepCount);
    /** Forgets the state: zero buffers, no steps taken. */
    void reset();

protected:
    Optimizer(OptimizerKind kind, const OptimizerSettings& settings, Index parameterCount,
              int bufferCount);

    /** Applies the rule; stepCount() already counts this step. */
    virtual void update(Vector<T>& parameters, const Vector<T>& gradients) = 0;

    Vector<T>& buffer(int i) { return m_buffers[static_cast<size_t>(i)]; }

    /** p ← p − rate·m ⊙ direction, for an array expression `direction`. */
    template <typename Direction>
    void descend(Vector<T>& parameters, const Direction& direction, T rate) const {
        if (m_multipliers.size() > 0)
            parameters.array() -= rate * m_multipliers.array() * direction;
        else
            parameters.array() -= rate * direction;
    }

private:
    OptimizerSettings m_settings;
    Index m_parameterCount = 0;
    Vector<T> m_multipliers;
    std::vector<Vector<T>> m_buffers;
    std::int64_t m_stepCount = 0;
};

/** Makes the optimizer settings.kind names, for a parameter vector of that size. */
template <typename T>
std::unique_ptr<Optimizer<T>> makeOptimizer(const OptimizerSettings& settings,
                                            Index parameterCount);

} // namespace core
