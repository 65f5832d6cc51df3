#include "app/editor/block_inspector.h"

#include "app/document/network_document.h"
#include "app/document/spec_layout.h"
#include "app/editor/block_kind_info.h"
#include "app/editor/editor_colors.h"
#include "app/editor/layer_training_editor.h"
#include "app/editor/port_connections.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

namespace {

QPixmap swatch(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return pixmap;
}

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BlockInspector::BlockInspector(NetworkDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_swatch(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(wrappingLabel(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_parameters(wrappingLabel(this))
    , m_problems(wrappingLabel(this))
    , m_inputs(new PortConnections(document, this))
    , m_training(new LayerTrainingEditor(document, this)) {
    setObjectName(QStringLiteral("blockInspector"));
    setToolTip(tr("The selected block's settings"));
    setAccessibleName(tr("Block inspector"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_swatch->setFixedSize(14, 14);
    m_formLayout->setContentsMargins(0, 4, 0, 4);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* header = new QHBoxLayout;
    header->addWidget(m_swatch);
    header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addWidget(m_form);
    layout->addWidget(m_training); // not locked by training: freezing is a change of settings
    layout->addWidget(m_inputs);
    layout->addWidget(m_parameters);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    connect(document, &NetworkDocument::propertyChanged, this, [this](int id) {
        if (id == m_blockId)
            refreshValues();
    });
    connect(document, &NetworkDocument::analysisChanged, this, &BlockInspector::refresh);
    connect(document, &NetworkDocument::blockRemoved, this, &BlockInspector::onBlockRemoved);
    connect(document, &NetworkDocument::graphReset, this, [this] { setSelection({}); });
    connect(document, &NetworkDocument::editingLockedChanged, this,
            [this](bool locked) { m_form->setEnabled(!locked); });
    m_form->setEnabled(!document->isEditingLocked());
    rebuild();
}

QString BlockInspector::titleText() const {
    return m_title->text();
}

QString BlockInspector::parameterText() const {
    return m_parameters->text();
}

QString BlockInspector::problemText() const {
    return m_problems->text();
}

void BlockInspector::setSelection(const QList<int>& ids) {
    m_selection = ids;
    const int shown = ids.size() == 1 ? ids.first() : 0;
    if (shown != m_blockId || shown == 0) {
        m_blockId = shown;
        rebuild();
    }
}

void BlockInspector::onBlockRemoved(int id) {
    if (!m_selection.contains(id))
        return;
    m_selection.removeAll(id);
    setSelection(m_selection);
}

void BlockInspector::clearEditors() {
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_editors.clear();
    m_shown.clear();
}

void BlockInspector::rebuild() {
    clearEditors();
    const Block* block = m_document->block(m_blockId);
    m_inputs->setBlock(block ? m_blockId : 0);
    m_training->setBlock(block ? m_blockId : 0);
    m_swatch->setVisible(block);
    m_description->setVisible(block);
    if (!block) {
        m_title->setText(m_selection.size() > 1 ? tr("%1 blocks selected").arg(m_selection.size())
                                                : tr("No block selected"));
        refresh();
        return;
    }
    m_swatch->setPixmap(swatch(BlockKindInfo::accent(block->kind)));
    m_title->setText(blockKindTitle(block->kind));
    m_description->setText(BlockKindInfo::description(block->kind));
    for (const PropertyField& field : PropertyField::of(block->kind)) {
        QWidget* editor = makeEditor(field);
        auto* label = new QLabel(field.label, m_form);
        label->setToolTip(field.toolTip);
        label->setBuddy(editor);
        m_formLayout->addRow(label, editor);
        m_editors.insert(field.name, editor);
    }
    refreshValues();
    refresh();
}

QWidget* BlockInspector::makeEditor(const PropertyField& field) {
    QWidget* editor = nullptr;
    const QString name = field.name;
    if (field.nature == PropertyField::Nature::Choice) {
        auto* box = new QComboBox(m_form);
        for (const QString& value : field.choices)
            box->addItem(BlockKindInfo::choiceLabel(value), value);
        connect(box, &QComboBox::activated, this,
                [this, box, name](int index) { commit(name, box->itemData(index).toString()); });
        editor = box;
    } else if (field.nature == PropertyField::Nature::Count) {
        auto* spin = new QSpinBox(m_form);
        spin->setRange(int(field.minimum), int(field.maximum));
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        const auto send = [this, spin, name] {
            commit(name, QString::number(spin->value()));
        };
        connect(spin, &QSpinBox::editingFinished, this, send);
        connect(spin, &QSpinBox::valueChanged, this, send);
        editor = spin;
    } else {
        auto* spin = new QDoubleSpinBox(m_form);
        const bool optional = field.nature == PropertyField::Nature::OptionalReal;
        spin->setRange(optional ? field.minimum - field.step : field.minimum, field.maximum);
        spin->setSingleStep(field.step);
        spin->setDecimals(2);
        spin->setKeyboardTracking(false);
        if (optional)
            spin->setSpecialValueText(tr("initializer's own"));
        const auto send = [this, spin, name, optional] {
            const bool unset = optional && spin->value() == spin->minimum();
            commit(name, unset ? QString() : SpecLayout::number(spin->value()));
        };
        connect(spin, &QDoubleSpinBox::editingFinished, this, send);
        connect(spin, &QDoubleSpinBox::valueChanged, this, send);
        editor = spin;
    }
    editor->setObjectName(name);
    editor->setToolTip(field.toolTip);
    return editor;
}

void BlockInspector::refreshValues() {
    const Block* block = m_document->block(m_blockId);
    if (!block)
        return;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString value = block->property(it.key());
        const QSignalBlocker blocker(it.value());
        if (auto* box = qobject_cast<QComboBox*>(it.value()))
            box->setCurrentIndex(box->findData(value));
        else if (auto* spin = qobject_cast<QSpinBox*>(it.value()))
            spin->setValue(value.toInt());
        else if (auto* real = qobject_cast<QDoubleSpinBox*>(it.value()))
            real->setValue(value.isEmpty() ? real->minimum() : value.toDouble());
        m_shown.insert(it.key(), value);
    }
}

void BlockInspector::refresh() {
    const Block* block = m_document->block(m_blockId);
    QStringList problems;
    for (const GraphProblem& problem : m_document->problemsOf(block ? m_blockId : 0))
        problems.append(problem.message);
    if (block) {
        const core::Index count = m_document->parameterCount(m_blockId);
        m_parameters->setText(m_document->analysis().parameters.contains(m_blockId)
                                  ? tr("%L1 parameters").arg(count)
                                  : tr("Parameters: not known until its inputs are wired"));
    } else {
        m_parameters->setText(m_document->graph().blocks.isEmpty()
                                  ? QString()
                                  : tr("The network has %L1 parameters in all.")
                                        .arg(m_document->totalParameterCount()));
    }
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, EditorColors::problem(palette()));
    m_problems->setPalette(red);
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : (block ? tr("Problems:") : tr("The network's problems:")) +
                                  QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    m_problems->setVisible(!problems.isEmpty());
}

void BlockInspector::commit(const QString& name, const QString& value) {
    if (!m_document->block(m_blockId) || m_shown.value(name) == value)
        return;
    // Shown as the document has it from now on, so the second signal of one edit adds nothing.
    m_shown.insert(name, value);
    if (!m_document->setBlockProperty(m_blockId, name, value))
        refreshValues();
}

} // namespace app
