#pragma once
/**
 * The model.py that PyTorchExport writes (the app's export and `export --format pytorch`): a
 * torch.nn.Module equal to our network — submodule `rnn` (nn.RNN / nn.LSTM / nn.GRU,
 * batch_first=True, or a PeepholeLSTM defined in the script with the equations of
 * core/lstm_layer.h) and `head` (nn.Linear) — and load(path) that fills it from weights.json.
 * Its forward(x, lengths=None) follows NetworkExecutor: per-step the head reads every step of
 * the last layer (padded steps, whose outputs are 0, give head.bias); per-sequence it reads h_n
 * of the last layer, both directions concatenated.
 */
#include "core/network_spec.h"

#include <QCoreApplication>
#include <QString>

namespace training {

class PyTorchScript {
    Q_DECLARE_TR_FUNCTIONS(PyTorchScript)

public:
    /** Why the spec cannot be written as a PyTorch module; empty when it can. */
    static QString unsupportedReason(const core::NetworkSpec& spec);
    /** The script; the spec must be supported. */
    static QString generate(const core::NetworkSpec& spec);
};

} // namespace training
