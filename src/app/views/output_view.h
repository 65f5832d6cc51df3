#pragma once
/**
 * What every task-specific output view (forecast, generated text, confusion matrix, attention,
 * gesture pad) has in common, so the main window can feed whichever one the task calls for
 * through one interface: the task, the network's current weights, and the probe trace. A view
 * ignores what it does not need. Every view exports its picture (.png at 2×, .svg) and its
 * numbers (.csv).
 */
#include "core/network.h"
#include "core/sequence_batch.h"
#include "session/probe_trace.h"

#include <QWidget>
#include <memory>

namespace data {
class Task;
}

namespace app {

class OutputView : public QWidget {
    Q_OBJECT

public:
    using NetworkPtr = std::shared_ptr<const core::Network<double>>;

    explicit OutputView(QWidget* parent = nullptr);

    /** The task the network solves; null clears the view. Not owned: it must outlive the view or
     * be replaced (or cleared) first. */
    virtual void setTask(const data::Task* task);
    /** The network's weights as they are now; null: none yet. */
    virtual void setNetwork(NetworkPtr network);
    /** The latest probe trace and the probe sequence it was recorded on (default: ignored). */
    virtual void setTrace(std::shared_ptr<const session::ProbeTrace> trace,
                          const core::SequenceBatch<double>& input);

    const data::Task* task() const { return m_task; }
    const NetworkPtr& network() const { return m_network; }

    /** Writes the view as .png (2×) or .svg; empty on success, else why not. */
    virtual QString exportImage(const QString& path);
    /** Writes the numbers the view shows; empty on success, else why not. */
    virtual QString exportCsv(const QString& path) const = 0;

protected:
    /** Called after the task or the network changed: recompute what is shown. */
    virtual void refresh() = 0;
    /** Whether the network reads the task's inputs and makes its outputs. */
    bool networkFitsTask() const;

private:
    const data::Task* m_task = nullptr;
    NetworkPtr m_network;
};

} // namespace app
