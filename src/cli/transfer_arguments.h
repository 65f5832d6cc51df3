#pragma once
/**
 * What `train` and `transfer-bench` read for transfer learning: --from SESSION (start from a
 * saved network's layers: --take K of them, then --add-layers CELL:UNITS,…, with a new head for
 * the task and the symbols both vocabularies share carried over), --freeze GROUPS and
 * --layer-lr GROUP=FACTOR,… (parameter groups: "0" or "layer0" for a layer, "1.f" for a gate,
 * "embedding", "head"). The groups are checked against the network they apply to.
 */
#include "cli/training_arguments.h"
#include "core/parameter_groups.h"
#include "training/network_transfer.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cli {

class ArgumentParser;

class TransferArguments {
    Q_DECLARE_TR_FUNCTIONS(TransferArguments)

public:
    static void declareOptions(ArgumentParser& parser);
    /** Whether --from was given. */
    static bool isTransfer(const ArgumentParser& parser);
    /**
     * With --from, replaces the job's network by the one built from the saved session (printing
     * what was taken to `out`); then --freeze and --layer-lr into the job's settings. Throws
     * CliError with the reason when the session cannot be read or does not fit.
     */
    static void apply(const ArgumentParser& parser, TrainingArguments::Prepared& prepared,
                      QTextStream& out);
    /** The network built from --from's session for `task`; throws CliError. */
    static core::Network<double> transferred(const ArgumentParser& parser, const data::Task& task,
                                             std::uint64_t seed,
                                             training::NetworkTransfer::Report* report);
    /** --freeze and --layer-lr as parameter groups (names not yet checked). */
    static core::GroupTrainingMap groups(const ArgumentParser& parser);
    /** "0" → "layer0", "1.f" → "layer1.f"; other names as they are. */
    static std::string groupName(const QString& word);
};

} // namespace cli
