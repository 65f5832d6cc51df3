#pragma once
/**
 * The network being edited: a graph of blocks and wires (NetworkGraph), the task it is checked
 * against, and the undo stack of every edit made to it. Views show it and react to its signals;
 * they change it only through the edit functions below, each of which pushes a QUndoCommand
 * (commands call the "for commands" functions, which change the graph and signal). After every
 * change the document re-analyzes the graph: shapes on wires, parameter counts, problems on the
 * blocks at fault, and the compiled core::NetworkSpec when there are none.
 *
 * While training runs, setEditingLocked(true) makes every edit function a no-op returning false.
 */
#include "app/document/graph_analysis.h"
#include "app/document/network_graph.h"
#include "core/loss.h"
#include "core/network_initializer.h"
#include "core/network_spec.h"
#include "core/parameter_groups.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QUndoStack>
#include <memory>

class QMimeData;

namespace data {
class Task;
}

namespace app {

class NetworkDocument : public QObject {
    Q_OBJECT

public:
    explicit NetworkDocument(QObject* parent = nullptr);
    ~NetworkDocument() override;

    /** A document holding `spec` laid out left to right (SpecLayout), with an empty undo stack.
     */
    static std::unique_ptr<NetworkDocument> fromSpec(const core::NetworkSpec& spec,
                                                     const core::InitOptions& initialization = {},
                                                     std::optional<core::LossKind> loss = {});

    const NetworkGraph& graph() const { return m_graph; }
    const Block* block(int id) const { return m_graph.block(id); }
    /** Every block's id, in the graph's order: what Select All selects. */
    QList<int> blockIds() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    /** The task the network is checked against, or nullptr; the caller keeps it alive. */
    const data::Task* task() const { return m_task; }
    void setTask(const data::Task* task);

    const GraphAnalysis& analysis() const { return m_analysis; }
    bool isTrainable() const { return m_analysis.isTrainable(); }
    QList<GraphProblem> problems() const { return m_analysis.problems; }
    /** The problems on that block (0: on the network as a whole). */
    QList<GraphProblem> problemsOf(int blockId) const { return m_analysis.problemsOf(blockId); }
    /** The shape on the wire ("seq × 32"), empty when it cannot be worked out. */
    QString wireShapeText(const Wire& wire) const;
    core::Index parameterCount(int blockId) const { return m_analysis.parameters.value(blockId); }
    core::Index totalParameterCount() const { return m_analysis.totalParameters; }
    /** The compiled network, when the graph is trainable. */
    std::optional<CompiledNetwork> compiled() const { return m_analysis.compiled; }

    bool isEditingLocked() const { return m_locked; }
    void setEditingLocked(bool locked);

    /** Replaces the graph without an undo step and clears the undo stack (a file was opened). */
    void resetGraph(const NetworkGraph& graph);

    // Edits: each pushes one undo command; false (nothing pushed) when locked or impossible.
    /** Adds a block of that kind with default properties; its id, or 0. */
    int addBlock(BlockKind kind, QPointF position);
    bool removeBlocks(const QList<int>& ids);
    /** Moves blocks by `delta`; consecutive moves of the same blocks merge into one step. */
    bool moveBlocks(const QList<int>& ids, QPointF delta);
    bool connectPorts(const Wire& wire);
    bool disconnectWire(const Wire& wire);
    bool setBlockProperty(int id, const QString& name, const QString& value);
    /** Pastes a copied selection with new ids, moved by `offset`; the new ids. */
    QList<int> paste(const QMimeData* mime, QPointF offset);
    /** Replaces the whole graph in one undo step. */
    bool applyTemplate(const NetworkGraph& graph, const QString& name);

    /**
     * Freezes or unfreezes a layer block (LayerTraining), or sets its learning-rate factor: one
     * undo step each, allowed while training runs (the lock is for the network's shape; the
     * trainer takes the change as a settings change). False when the block holds no weights.
     */
    bool setBlockFrozen(int id, bool frozen);
    bool setBlockRateFactor(int id, double factor);
    /** The parameter groups the blocks freeze or rate (empty when not trainable). */
    core::GroupTrainingMap groupTraining() const;

    /** The selection as clipboard data (BlockClipboard). */
    QMimeData* copy(const QList<int>& ids) const;
    /** Why the wire cannot be drawn ("the port takes one wire"…), empty when it can. A wire that
     * closes a cycle or brings the wrong shape can be drawn: analysis shows what is wrong. */
    QString connectionProblem(const Wire& wire) const;

    // For commands: change the graph and signal. Indices keep undo exact.
    void insertBlock(qsizetype index, const Block& block);
    /** Removes a block that has no wires left; returns it. */
    Block takeBlock(int id);
    void insertWire(qsizetype index, const Wire& wire);
    void removeWire(const Wire& wire);
    void setBlockPosition(int id, QPointF position);
    /** Sets the property, or unsets it (back to the default) for nothing. */
    void setPropertyValue(int id, const QString& name, const std::optional<QString>& value);
    void replaceGraph(const NetworkGraph& graph);

signals:
    void blockAdded(int id);
    void blockRemoved(int id);
    void blockMoved(int id, QPointF position);
    void propertyChanged(int id, const QString& name, const QString& value);
    void wireAdded(const app::Wire& wire);
    void wireRemoved(const app::Wire& wire);
    /** The whole graph was replaced: a view rebuilds itself. */
    void graphReset();
    /** Shapes, parameter counts or problems may have changed. */
    void analysisChanged();
    /** The problems changed. */
    void problemsChanged();
    /** isTrainable() changed. */
    void validityChanged(bool trainable);
    void editingLockedChanged(bool locked);
    /** A block was frozen, unfrozen or given another rate factor: groupTraining() changed. */
    void groupTrainingChanged();

private:
    void reanalyze();
    bool push(QUndoCommand* command);
    bool setTrainingProperty(int id, const QString& name, const QString& value,
                             const QString& text);

    NetworkGraph m_graph;
    GraphAnalysis m_analysis;
    QUndoStack* m_undoStack;
    const data::Task* m_task = nullptr;
    bool m_locked = false;
};

} // namespace app
