#include "app/views/cell_diagram_view.h"

#include "app/document/task_texts.h"
#include "app/views/cell_playback.h"
#include "app/views/probe_selection.h"
#include "app/views/view_export.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVariantAnimation>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace app {

CellDiagramView::CellDiagramView(ProbeSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_playback(new CellPlayback(selection, this))
    , m_animation(new QVariantAnimation(this)) {
    setMinimumSize(420, 300);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_phase = value.toDouble();
        update();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(makeBar());
    connect(m_selection, &ProbeSelection::changed, this, [this] { refresh(true); });
}

QWidget* CellDiagramView::makeBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {m_playback->stepBackAction(), m_playback->playAction(),
                            m_playback->stepForwardAction()}) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    addActions(
        {m_playback->stepBackAction(), m_playback->playAction(), m_playback->stepForwardAction()});
    m_speed = new QComboBox(bar);
    m_speed->setToolTip(tr("How fast playback moves through the steps"));
    for (double speed : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(2);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { m_playback->setSpeed(m_speed->itemData(index).toDouble()); });
    row->addWidget(m_speed);
    row->addSpacing(12);
    auto* unitLabel = new QLabel(tr("Unit"), bar);
    m_unit = new QSpinBox(bar);
    m_unit->setToolTip(tr("The hidden unit whose cell is drawn"));
    unitLabel->setBuddy(m_unit);
    connect(m_unit, &QSpinBox::valueChanged, m_selection, &ProbeSelection::setUnit);
    row->addWidget(unitLabel);
    row->addWidget(m_unit);
    row->addStretch(1);
    m_stepLabel = new QLabel(bar);
    row->addWidget(m_stepLabel);
    return bar;
}

void CellDiagramView::setTrace(std::shared_ptr<const session::ProbeTrace> trace) {
    m_trace = std::move(trace);
    m_playback->setStepCount(m_trace ? int(m_trace->steps) : 0);
    refresh(false);
}

void CellDiagramView::setSpec(const core::NetworkSpec& spec) {
    m_spec = spec;
    m_hasSpec = true;
    refresh(false);
}

int CellDiagramView::layerIndex() const {
    if (!m_trace || m_trace->layers.empty())
        return -1;
    return std::clamp(m_selection->layer(), 0, int(m_trace->layers.size()) - 1);
}

bool CellDiagramView::isReverse() const {
    const int layer = layerIndex();
    return layer >= 0 &&
           m_trace->layers[std::size_t(layer)].name.find("reverse") != std::string::npos;
}

CellDiagramPainter::Variant CellDiagramView::variant() const {
    using V = CellDiagramPainter::Variant;
    const int layer = layerIndex();
    if (layer < 0)
        return V::Lstm;
    const auto& names = m_trace->layers[std::size_t(layer)].gateNames;
    const std::string first = names.empty() ? std::string() : names.front();
    // The trace tells the cell by its gates; the spec tells peepholes and ReLU, per level.
    int level = 0, index = 0;
    while (m_hasSpec && std::size_t(level) < m_spec.layers.size() &&
           index + (m_spec.layers[std::size_t(level)].bidirectional ? 2 : 1) <= layer)
        index += m_spec.layers[std::size_t(level++)].bidirectional ? 2 : 1;
    const core::RecurrentLayerSpec* spec = m_hasSpec && std::size_t(level) < m_spec.layers.size()
                                               ? &m_spec.layers[std::size_t(level)]
                                               : nullptr;
    if (first == "r")
        return V::Gru;
    if (first == "a")
        return spec && spec->activation == core::Activation::Relu ? V::RnnRelu : V::Rnn;
    return spec && spec->cell == core::CellKind::PeepholeLstm ? V::PeepholeLstm : V::Lstm;
}

void CellDiagramView::refresh(bool animate) {
    const int layer = layerIndex();
    const CellStepValues shown = displayedValues();
    m_to = layer < 0 ? CellStepValues()
                     : CellStepValues::at(*m_trace, layer, m_selection->unit(), m_selection->step(),
                                          isReverse());
    const int units = layer < 0 ? 1 : int(m_trace->layers[std::size_t(layer)].hidden.cols());
    const QSignalBlocker blocker(m_unit);
    m_unit->setRange(0, std::max(0, units - 1));
    m_unit->setValue(m_selection->unit());
    m_stepLabel->setText(m_trace ? tr("step %1 of %2").arg(m_selection->step()).arg(m_trace->steps)
                                 : QString());
    const bool moved = m_selection->step() != m_shownStep;
    m_shownStep = m_selection->step();
    m_animation->stop();
    if (animate && moved && shown.valid && m_to.valid) {
        m_from = shown;
        m_phase = 0.0;
        m_animation->setDuration(m_playback->stepMilliseconds());
        m_animation->start();
    } else {
        m_phase = 1.0;
    }
    update();
}

CellStepValues CellDiagramView::displayedValues() const {
    return m_phase >= 1.0 ? m_to : CellStepValues::lerp(m_from, m_to, m_phase);
}

bool CellDiagramView::isAnimating() const {
    return m_animation->state() == QAbstractAnimation::Running;
}

QSize CellDiagramView::sizeHint() const {
    return {760, 460};
}

void CellDiagramView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QRect title(8, 6, width() - 16, fontMetrics().height() + 4);
    if (!m_to.valid) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No trace yet: nothing to draw."));
        return;
    }
    static const char* names[] = {QT_TR_NOOP("LSTM"), QT_TR_NOOP("peephole LSTM"),
                                  QT_TR_NOOP("GRU"), QT_TR_NOOP("RNN (tanh)"),
                                  QT_TR_NOOP("RNN (ReLU)")};
    painter.drawText(
        title, Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 — %2 — unit %3 — step %4")
            .arg(TaskTexts::translated(m_trace->layers[std::size_t(layerIndex())].name),
                 tr(names[int(variant())]))
            .arg(m_selection->unit())
            .arg(m_selection->step()));
    const int barHeight = layout()->itemAt(1)->widget()->height() + 12;
    const QRectF area(8, title.bottom() + 4, width() - 16, height() - title.bottom() - barHeight);
    const double scale = std::min(area.width() / CellDiagramPainter::kWidth,
                                  area.height() / CellDiagramPainter::kHeight);
    painter.translate(area.center().x() - scale * CellDiagramPainter::kWidth / 2,
                      area.center().y() - scale * CellDiagramPainter::kHeight / 2);
    painter.scale(scale, scale);
    CellDiagramPainter(painter, palette(), isAnimating() ? m_phase : 0.0)
        .paint(variant(), displayedValues());
}

QString CellDiagramView::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString CellDiagramView::exportCsv(const QString& path) const {
    const int layer = layerIndex();
    if (layer < 0)
        return tr("There is no trace to export.");
    const session::ProbeLayerTrace& l = m_trace->layers[std::size_t(layer)];
    QStringList header{u"step"_s};
    for (const std::string& name : l.gateNames)
        header << QString::fromStdString(name);
    if (l.cell.size() > 0)
        header << u"c"_s;
    header << u"h"_s;
    QStringList rows;
    const core::Index unit = std::clamp<core::Index>(m_selection->unit(), 0, l.hidden.cols() - 1);
    for (core::Index r = 0; r < l.hidden.rows(); ++r) {
        QStringList fields{QString::number(r * m_trace->stride)};
        for (const core::Matrix<float>& gate : l.gates)
            fields << ViewExport::number(double(gate(r, unit)));
        if (l.cell.size() > 0)
            fields << ViewExport::number(double(l.cell(r, unit)));
        fields << ViewExport::number(double(l.hidden(r, unit)));
        rows << fields.join(u',');
    }
    return ViewExport::writeCsv(path, header.join(u','), rows);
}

} // namespace app
