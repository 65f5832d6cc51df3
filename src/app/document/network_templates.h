#pragma once
/**
 * The networks a learner can start from: vanilla, stacked, bidirectional and peephole LSTMs, a
 * GRU, a plain RNN, an encoder–decoder with attention, "RNN vs LSTM vs GRU", and each task's
 * recommended network. Template graphs read one feature per step and make one value per step
 * (the encoder–decoder: tokens in, tokens out); setting a task shows what to change.
 *
 * "RNN vs LSTM vs GRU" is three networks, and a document holds one: its graph is the LSTM of the
 * race, and raceSpecs() turns the document's compiled spec into the three — the same network
 * with each layer's cell an RNN, an LSTM and a GRU — for training::TrainingRace to run side by
 * side. Editing the one graph edits all three runners alike.
 */
#include "app/document/network_template.h"
#include "core/network_spec.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <vector>

namespace data {
class Task;
}

namespace app {

class NetworkTemplates {
    Q_DECLARE_TR_FUNCTIONS(NetworkTemplates)

public:
    /** The built-in templates, in the menu's order. */
    static QList<NetworkTemplate> all();
    static std::optional<NetworkTemplate> find(const QString& id);
    /** The task's recommended network (with its recipe's initialization and its loss). */
    static NetworkTemplate forTask(const data::Task& task);
    /** The race's three specs: `base` with every cell an RNN, an LSTM, a GRU (tanh). */
    static std::vector<core::NetworkSpec> raceSpecs(const core::NetworkSpec& base);
};

} // namespace app
