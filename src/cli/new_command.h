#pragma once
/**
 * `lstm-studio-cli new`: a recurrent stack and a linear head from options, initialised with
 * PyTorch's default scheme from a seed and written as a model file.
 *
 *   new --cell rnn|lstm|peephole|gru --input I --hidden H [--layers L] [--bidirectional]
 *       [--output O] [--per-step|--per-sequence] [--activation tanh|relu] [--dropout P]
 *       --seed S -o MODEL
 *
 * Dropout P acts between layers, as nn.LSTM's dropout does (no layer after the last one).
 */
#include "cli/command.h"
#include "core/network_spec.h"

#include <QCoreApplication>

namespace cli {

class ArgumentParser;

class NewCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;

private:
    static core::NetworkSpec specFrom(const ArgumentParser& parser);
};

} // namespace cli
