#pragma once
/**
 * `lstm-studio-cli bench-transfer`: does starting from a trained network pay? Trains the task
 * twice in one process, on one thread, with the same recipe and seed:
 *
 *   scratch     the task's network from its initializer, until the task's success criterion is
 *               met (or --epochs); its last validation loss L is the bar
 *   fine-tuned  the network built from --from's session (with --take, --add-layers, --freeze,
 *               --layer-lr), until its validation loss is ≤ L (or --epochs)
 *
 * and prints each run's epochs and training time and the ratios fine-tuned / scratch:
 *   r_epochs = E_fine / E_scratch,   r_time = T_fine / T_scratch   (below 1: transfer is faster)
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class TransferBenchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TransferBenchCommand)

public:
    QString name() const override { return QStringLiteral("bench-transfer"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
