#pragma once
/**
 * "New from session…": a network for the current task made from a saved session's layers. The
 * user chooses how many of the saved recurrent layers to take (with their weights) and whether to
 * freeze them; the dialog shows what will be taken — the layers, the symbols both vocabularies
 * share for the embedding and the head — or, when the shapes do not fit, why not in words (the
 * OK button then stays disabled). It builds with training::NetworkTransfer and lays the result
 * out as an editor graph whose taken layer blocks carry the frozen flag (LayerTraining).
 */
#include "app/document/network_graph.h"
#include "core/network.h"
#include "data/task.h"
#include "session/session.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace app {

class TransferDialog : public QDialog {
    Q_OBJECT

public:
    /** `task` (the task the new network is for) must outlive the dialog. */
    TransferDialog(const session::Session& saved, const data::Task& task,
                   QWidget* parent = nullptr);

    /** Saved layers to take: 0 … the saved network's count. */
    void setTakenLayers(int layers);
    void setFreezeTaken(bool freeze);
    QSpinBox* takeBox() const { return m_take; }
    QCheckBox* freezeBox() const { return m_freeze; }

    /** Why the transfer cannot be made, empty when it can. */
    QString problem() const { return m_problem; }
    /** What will be taken, one line a part. */
    QString reportText() const;
    /** The new network with its weights (empty optional when problem() is not empty). */
    const std::optional<core::Network<double>>& network() const { return m_network; }
    /** The new network as an editor graph; taken layers frozen when asked. */
    NetworkGraph graph() const;

private:
    void rebuild();

    session::Session m_saved;
    const data::Task& m_task;
    QSpinBox* m_take;
    QCheckBox* m_freeze;
    QLabel* m_summary;
    QLabel* m_report;
    QDialogButtonBox* m_buttons;
    QString m_problem;
    QStringList m_lines;
    std::optional<core::Network<double>> m_network;
};

} // namespace app
