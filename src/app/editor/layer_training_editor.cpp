#include "app/editor/layer_training_editor.h"

#include "app/document/layer_training.h"
#include "app/document/network_document.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace app {

LayerTrainingEditor::LayerTrainingEditor(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_frozen(new QCheckBox(tr("Frozen"), this))
    , m_rate(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("layerTrainingEditor"));
    m_frozen->setObjectName(QStringLiteral("frozen"));
    m_frozen->setToolTip(tr("Frozen weights get no update (their gradient is still computed): "
                            "keep what a trained layer knows while the rest learns. Can be "
                            "changed while training runs."));
    m_rate->setObjectName(QStringLiteral("rate-factor"));
    m_rate->setToolTip(tr("This layer's learning rate as a multiple of the run's: 0.1 lets a "
                          "trained layer move ten times slower than new ones."));
    m_rate->setRange(0.0, 100.0);
    m_rate->setDecimals(3);
    m_rate->setSingleStep(0.1);
    m_rate->setPrefix(QStringLiteral("× "));
    m_rate->setKeyboardTracking(false);
    auto* title = new QLabel(tr("Transfer learning"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addRow(title);
    layout->addRow(m_frozen);
    auto* rateLabel = new QLabel(tr("Learning rate"), this);
    rateLabel->setToolTip(m_rate->toolTip());
    rateLabel->setBuddy(m_rate);
    layout->addRow(rateLabel, m_rate);
    connect(m_frozen, &QCheckBox::toggled, this,
            [this](bool frozen) { m_document->setBlockFrozen(m_blockId, frozen); });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this,
            [this](double factor) { m_document->setBlockRateFactor(m_blockId, factor); });
    connect(document, &NetworkDocument::propertyChanged, this, [this](int id) {
        if (id == m_blockId)
            refresh();
    });
    connect(document, &NetworkDocument::graphReset, this, [this] { setBlock(0); });
    connect(document, &NetworkDocument::blockRemoved, this, [this](int id) {
        if (id == m_blockId)
            setBlock(0);
    });
    setBlock(0);
}

void LayerTrainingEditor::setBlock(int id) {
    const Block* block = m_document->block(id);
    m_blockId = block && LayerTraining::appliesTo(block->kind) ? id : 0;
    setVisible(m_blockId != 0);
    refresh();
}

void LayerTrainingEditor::refresh() {
    const Block* block = m_document->block(m_blockId);
    const core::GroupTraining training = block ? LayerTraining::of(*block) : core::GroupTraining{};
    const QSignalBlocker frozenBlocker(m_frozen), rateBlocker(m_rate);
    m_frozen->setChecked(training.frozen);
    m_rate->setValue(training.rateScale);
    m_rate->setEnabled(!training.frozen);
}

} // namespace app
