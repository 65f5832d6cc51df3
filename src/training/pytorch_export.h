#pragma once
/**
 * A network as files PyTorch reads, for the app's "Export to PyTorch…" and the CLI's
 * `export --format pytorch`: DIR/weights.json ({state_dict name: array in PyTorch's shape},
 * peephole weights under our own names) and DIR/model.py (PyTorchScript), whose load() returns
 * the same network as a torch.nn.Module. Token-input, attention and sequence-to-sequence
 * networks are refused for now (unsupportedReason()). Both files are written atomically; every
 * error names the file or folder at fault.
 */
#include "core/network.h"

#include <QCoreApplication>
#include <QString>

namespace training {

class PyTorchExport {
    Q_DECLARE_TR_FUNCTIONS(PyTorchExport)

public:
    /** Why the spec cannot be written as a PyTorch module, in words; empty when it can. */
    static QString unsupportedReason(const core::NetworkSpec& spec);

    /** Writes `directory`/weights.json and model.py for `network`, creating the directory if
     * needed; false with *error = "<path>: <what is wrong>" when it could not. */
    static bool exportTo(const core::Network<double>& network, const QString& directory,
                         QString* error);

    /** The same for a session's network: `weights` (single precision, as trained) must have
     * the spec's parameter count. */
    static bool exportTo(const core::NetworkSpec& spec, const core::Vector<float>& weights,
                         const QString& directory, QString* error);
};

} // namespace training
