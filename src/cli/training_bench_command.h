#pragma once
/**
 * `lstm-studio-cli bench-training`: what steering costs. Trains the same run — the same task,
 * network, seed and epochs — four ways, alternately, and prints the median wall time of each and
 * its ratio to the engine's:
 *
 *   step     core::TrainingStep on whole batches in a plain loop (no slices, no history)
 *   engine   training::TrainingEngine::advance() in a plain loop: slices, history, checks
 *   worker   a TrainingController on its thread, snapshots taken as they come, no tracing
 *   view     the same with the probe traced in every snapshot and read as a view would
 *
 *   A: LSTM hidden 32,  sine windows of 50 steps,  batch 16, 3 epochs of 200 batches
 *   B: LSTM hidden 128, sine windows of 100 steps, batch 32, 6 epochs of 20 batches
 * (the bench configs A and B of `bench`, reading one input feature instead of 1 and 8).
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class TrainingBenchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrainingBenchCommand)

public:
    QString name() const override { return QStringLiteral("bench-training"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
