#pragma once
/**
 * `lstm-studio-cli run`: a model's outputs on given inputs and, with targets, the MSE loss and its
 * gradient with respect to every parameter, in double precision — the numbers to compare against
 * PyTorch or a hand computation.
 *
 *   run --model MODEL --input X.json [--target Y.json] --dump OUT.json
 *
 * X.json: {"inputs": B×T×I, "lengths": [B valid lengths, optional]}. Y.json: {"targets": B×T×O}
 * (per-step) or B×O (per-sequence). OUT.json: {"outputs": B×T×O or B×O} and, with targets,
 * "loss" and "gradients" {state_dict name: array in PyTorch's shape}.
 *
 * The loss is the mean over the valid elements, N = O·Σ_b L_b per-step (padded steps excluded)
 * or N = B·O per-sequence:  L = Σ (ŷ − y)² / N,  ∂L/∂ŷ = 2(ŷ − y)/N on valid elements, 0 on
 * padding. Padded steps of a per-step output are the head's bias (the layer outputs there are 0).
 */
#include "cli/command.h"
#include "core/network.h"
#include "core/sequence_batch.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cli {

class ArgumentParser;

class RunCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;

    /** The MSE over the valid rows of `outputs` and, in *dOutputs, its gradient. */
    static double meanSquaredError(const core::Matrix<double>& outputs,
                                   const core::Matrix<double>& targets,
                                   const core::SequenceBatch<double>& batch, bool perStep,
                                   core::Matrix<double>* dOutputs);

private:
    static ArgumentParser optionParser();
    static core::SequenceBatch<double> readInputs(const QString& path,
                                                  const core::NetworkSpec& spec);
    static core::Matrix<double> readTargets(const QString& path, const core::NetworkSpec& spec,
                                            const core::SequenceBatch<double>& batch);
    static QJsonObject gradientsJson(const core::Network<double>& network,
                                     const core::Vector<double>& gradients);
};

} // namespace cli
