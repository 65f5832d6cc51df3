#pragma once
/**
 * `lstm-studio-cli gradients`: how the gradient of the loss reaches back through time — the
 * vanishing-gradient lesson in numbers. Trains a task's network for E epochs (E may be 0), then
 * back-propagates the loss of the last time step alone (for a per-sequence task, its one loss)
 * over a validation batch and prints, per time step t, ‖∂L/∂h_t‖ and, for the LSTMs, ‖∂L/∂c_t‖
 * (Frobenius norms over the batch and the units), one column pair per layer:
 *
 *   gradients --task adding --lag 100 --cell rnn --epochs 0 --seed 1
 *   # t  |dL/dh_t| layer 1
 *   1    3.2e-09
 *   …
 *   101  0.021
 *
 * --truncate K, --freeze-forget C and --freeze-input C train and back-propagate as the training
 * settings of those names do. Truncation cuts each sequence into chunks of K steps from its
 * first step (chunks start at t = 1, K + 1, 2K + 1, …, 1-based), and only the last step's loss
 * is back-propagated, so a sequence of L steps has its gradient reach back to the start of its
 * last chunk, t₀ = K·⌊(L − 1)/K⌋ + 1, and every norm before t₀ is exactly 0: the loss sees
 * (L − 1) mod K earlier steps, not K. A comment line gives t₀ (its range over the batch's
 * sequence lengths).
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class GradientsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(GradientsCommand)

public:
    QString name() const override { return QStringLiteral("gradients"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
