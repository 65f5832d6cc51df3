#pragma once
/**
 * `lstm-studio-cli train`: trains a task's network headless, the same way the application does
 * (training::TrainingWorker), with a progress bar on a terminal, and writes the trained model.
 *
 *   train --task NAME [--OPTION VALUE …] [--cell C] [--hidden H] [--layers L] [--bidirectional]
 *         [--epochs N] [--batch-size B] [--learning-rate R] [--threads N] --seed S [-o MODEL]
 *   train --default     the default session: the sine task's recommended network, seed 1
 *
 * Task options (`lstm-studio-cli tasks` lists them) follow --task; unset ones take the task's
 * defaults, and the network and recipe default to the task's recommendation.
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class TrainCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    QString name() const override { return QStringLiteral("train"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
