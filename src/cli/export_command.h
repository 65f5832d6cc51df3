#pragma once
/**
 * `lstm-studio-cli export`: a model as something another tool runs. For now PyTorch:
 *
 *   export --model MODEL --format pytorch -o DIR
 *
 * writes DIR/weights.json ({state_dict name: array in PyTorch's shape}, peephole weights under
 * our own names) and DIR/model.py (PyTorchScript) whose load() returns the same network as a
 * torch.nn.Module. Token-input, attention and sequence-to-sequence models are refused for now.
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
