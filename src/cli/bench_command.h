#pragma once
/**
 * `lstm-studio-cli bench`: the time of one training step — forward over the whole sequence, a
 * per-step linear head, MSE, full back-propagation through time, an Adam update — in float32 on
 * the standard configs, as ms/step and sequences/s, with the activation memory BPTT keeps.
 *
 *   A: LSTM in 1,  hidden 32,  seq 50,  batch 16
 *   B: LSTM in 8,  hidden 128, seq 100, batch 32
 *   C: LSTM in 64, hidden 256, 2 layers, seq 100, batch 64
 *   D: GRU and RNN as B
 *
 * tests/bench/pytorch_bench.py runs the same steps in PyTorch; tests/bench/compare.py runs both.
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class BenchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
