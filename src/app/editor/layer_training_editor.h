#pragma once
/**
 * The inspector's transfer-learning part for one layer block: a "Frozen" check box and the
 * block's learning-rate factor (its weights move at the run's rate times this). Each change is one
 * NetworkDocument::setBlockFrozen / setBlockRateFactor (an undo step), and stays possible while
 * training runs: freezing a layer mid-run is a lesson of its own. Hidden for blocks without
 * weights; follows the document, so undo shows at once.
 */
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace app {

class NetworkDocument;

class LayerTrainingEditor : public QWidget {
    Q_OBJECT

public:
    explicit LayerTrainingEditor(NetworkDocument* document, QWidget* parent = nullptr);

    /** Shows the block's training (0 or a block without weights: hidden). */
    void setBlock(int id);
    int blockId() const { return m_blockId; }
    QCheckBox* frozenBox() const { return m_frozen; }
    QDoubleSpinBox* rateBox() const { return m_rate; }

private:
    void refresh();

    NetworkDocument* m_document;
    int m_blockId = 0;
    QCheckBox* m_frozen;
    QDoubleSpinBox* m_rate;
};

} // namespace app
