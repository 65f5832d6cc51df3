#include "app/views/transfer_dialog.h"

#include "app/document/layer_training.h"
#include "app/document/spec_compiler.h"
#include "app/document/spec_layout.h"
#include "app/editor/editor_colors.h"
#include "training/network_transfer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

TransferDialog::TransferDialog(const session::Session& saved, const data::Task& task,
                               QWidget* parent)
    : QDialog(parent)
    , m_saved(saved)
    , m_task(task)
    , m_take(new QSpinBox(this))
    , m_freeze(new QCheckBox(tr("Freeze the taken layers"), this))
    , m_summary(new QLabel(this))
    , m_report(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("New from Session"));
    setMinimumWidth(460);
    const int layers = int(saved.spec.layers.size());
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("The saved network (task '%1') has %n recurrent layer(s). Take its "
           "first layers with their weights; the rest of the network is new for "
           "the task '%2'.",
           nullptr, layers)
            .arg(QString::fromStdString(saved.task.name), QString::fromStdString(task.name())));
    m_take->setRange(0, layers);
    m_take->setValue(layers);
    m_take->setToolTip(tr("How many of the saved recurrent layers to take, from the first"));
    m_freeze->setToolTip(tr("Taken layers get no update at first: only the new parts learn. "
                            "Unfreeze them later in the inspector to fine-tune everything."));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setToolTip(tr("What the new network takes from the saved one"));
    auto* form = new QFormLayout;
    form->addRow(tr("Layers to take:"), m_take);
    form->addRow(m_freeze);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);
    connect(m_take, &QSpinBox::valueChanged, this, &TransferDialog::rebuild);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

void TransferDialog::setTakenLayers(int layers) {
    m_take->setValue(layers);
}

void TransferDialog::setFreezeTaken(bool freeze) {
    m_freeze->setChecked(freeze);
}

QString TransferDialog::reportText() const {
    return m_lines.join(QLatin1Char('\n'));
}

void TransferDialog::rebuild() {
    m_problem.clear();
    m_lines.clear();
    m_network.reset();
    try {
        training::NetworkTransfer::Report report;
        m_network = training::NetworkTransfer::fromSession(m_saved, m_task, m_take->value(), {},
                                                           m_saved.task.seed, &report);
        if (const std::string problem = m_task.checkNetwork(m_network->spec()); !problem.empty())
            throw std::invalid_argument(problem);
        for (const std::string& line : report.lines)
            m_lines << QString::fromStdString(line);
    } catch (const std::exception& e) {
        m_network.reset();
        m_problem = QString::fromUtf8(e.what());
    }
    m_report->setText(m_problem.isEmpty() ? reportText()
                                          : tr("This transfer cannot be made: %1").arg(m_problem));
    QPalette colours = palette();
    if (!m_problem.isEmpty())
        colours.setColor(QPalette::WindowText, EditorColors::problem(palette()));
    m_report->setPalette(colours);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    m_freeze->setEnabled(m_problem.isEmpty() && m_take->value() > 0);
}

NetworkGraph TransferDialog::graph() const {
    if (!m_network)
        return {};
    NetworkGraph graph = SpecLayout::layout(m_network->spec(), {}, m_task.lossKind());
    if (!m_freeze->isChecked())
        return graph;
    QList<GraphProblem> problems;
    const CompiledNetwork compiled = SpecCompiler::compile(graph, problems);
    for (int l = 0; l < m_take->value() && l < compiled.layerBlocks.size(); ++l)
        if (Block* block = graph.block(compiled.layerBlocks[l]))
            block->properties.insert(LayerTraining::frozenProperty(), QStringLiteral("true"));
    return graph;
}

} // namespace app
