#pragma once
/**
 * `lstm-studio-cli sample`: generates text from a model trained by `train --task text`.
 *
 * A model file holds the network but not the task, so the text's vocabulary is rebuilt from
 * --language and --min-count (the text task's options, which must be those of the training; the
 * vocabulary does not depend on the seed or the length) and checked against the model's sizes.
 * Prints the prime followed by the generated characters (data::TextSampler).
 */
#include "cli/command.h"

#include <QCoreApplication>

namespace cli {

class SampleCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)

public:
    QString name() const override { return QStringLiteral("sample"); }
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out) override;
};

} // namespace cli
