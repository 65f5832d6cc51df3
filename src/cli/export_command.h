#pragma once
/**
 * `lstm-studio-cli export`: a model as something another tool runs, or a session's history as
 * tables another tool reads.
 *
 *   export --model MODEL --format pytorch -o DIR
 *
 * writes DIR/weights.json and DIR/model.py (training::PyTorchExport) whose load() returns the
 * same network as a torch.nn.Module; MODEL may be a model or a session file. Token-input,
 * attention and sequence-to-sequence models are refused for now.
 *
 *   export --model SESSION --format csv -o DIR
 *
 * writes DIR/epochs.csv and DIR/events.csv (training::HistoryCsv) and, when the history holds a
 * probe trace, DIR/trace.csv (training::TraceCsv) with the newest one.
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

private:
    static void exportPyTorch(const QString& modelPath, const QString& directory, QTextStream& out);
    static void exportCsv(const QString& sessionPath, const QString& directory, QTextStream& out);
};

} // namespace cli
