#include "app/views/gradient_lab_flows.h"

#include "app/views/gradient_flow_chart.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace app {

GradientLabFlows::GradientLabFlows(QWidget* parent)
    : QWidget(parent)
    , m_layerLabel(new QLabel(this))
    , m_layerChooser(new QComboBox(this))
    , m_grid(new QGridLayout) {
    m_layerChooser->setObjectName(QStringLiteral("showLayer"));
    m_layerChooser->addItem(QString());
    auto* chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_layerLabel);
    chooserRow->addWidget(m_layerChooser);
    chooserRow->addStretch(1);
    auto* grid = m_grid;
    for (int run = 0; run < kMaxRuns; ++run) {
        m_titles[size_t(run)] = new QLabel(this);
        m_titles[size_t(run)]->setAlignment(Qt::AlignCenter);
        m_titles[size_t(run)]->setWordWrap(true); // longer titles in other languages
        m_charts[size_t(run)] = new GradientFlowChart(this);
        m_charts[size_t(run)]->setMinimumSize(200, 160); // four fit beside the guide at 1280
        m_charts[size_t(run)]->setLayer(0);
        // The title above says which curve is which: the narrow charts keep their height.
        m_charts[size_t(run)]->chart()->legend()->setVisible(false);
        grid->addWidget(m_titles[size_t(run)], 0, run);
        grid->addWidget(m_charts[size_t(run)], 1, run);
        grid->setColumnStretch(run, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(chooserRow);
    layout->addLayout(grid, 1);
    connect(m_layerChooser, &QComboBox::activated, this, [this](int layer) {
        setShownLayer(layer);
        emit shownLayerChosen(layer);
    });
    retranslate();
}

void GradientLabFlows::setRuns(const QStringList& names, const QList<QColor>& colours,
                               const QList<bool>& cellState, int layers) {
    m_names = names.mid(0, kMaxRuns);
    m_cellState = cellState;
    for (int run = 0; run < kMaxRuns; ++run) {
        const bool shown = run < m_names.size();
        m_titles[size_t(run)]->setVisible(shown);
        m_charts[size_t(run)]->setVisible(shown);
        m_charts[size_t(run)]->setTrace(nullptr);
        m_grid->setColumnStretch(run, shown ? 1 : 0); // a hidden runner leaves no gap
        if (shown)
            m_charts[size_t(run)]->setColour(colours.value(run, Qt::gray));
    }
    while (m_layerChooser->count() > std::max(1, layers))
        m_layerChooser->removeItem(m_layerChooser->count() - 1);
    while (m_layerChooser->count() < layers)
        m_layerChooser->addItem(QString());
    setShownLayer(std::min(m_layer, m_layerChooser->count() - 1));
    retranslate();
}

void GradientLabFlows::setRunNames(const QStringList& names) {
    for (int run = 0; run < std::min(runCount(), int(names.size())); ++run)
        m_names[run] = names[run];
    retranslate();
}

void GradientLabFlows::setTrace(int run, std::shared_ptr<const session::ProbeTrace> trace) {
    if (run < 0 || run >= runCount())
        return;
    m_charts[size_t(run)]->setTrace(std::move(trace));
    shareNormAxis();
}

double GradientLabFlows::decayOf(int run) const {
    if (run < 0 || run >= runCount())
        return std::numeric_limits<double>::quiet_NaN();
    return m_charts[size_t(run)]->decayOf(m_layer);
}

int GradientLabFlows::layerCount() const {
    return int(m_layerChooser->count());
}

void GradientLabFlows::setShownLayer(int layer) {
    m_layer = std::clamp(layer, 0, layerCount() - 1);
    m_layerChooser->setCurrentIndex(m_layer);
    for (GradientFlowChart* chart : m_charts)
        chart->setLayer(m_layer);
    shareNormAxis();
}

void GradientLabFlows::shareNormAxis() {
    double low = 0.0, high = 0.0;
    for (const GradientFlowChart* chart : m_charts) {
        const auto [l, h] = chart->normSpan();
        if (h > 0.0) {
            low = low > 0.0 ? std::min(low, l) : l;
            high = std::max(high, h);
        }
    }
    for (GradientFlowChart* chart : m_charts)
        chart->setSharedSpan({low, high});
}

void GradientLabFlows::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GradientLabFlows::retranslate() {
    m_layerLabel->setText(tr("Show layer:"));
    for (int layer = 0; layer < m_layerChooser->count(); ++layer)
        m_layerChooser->setItemText(layer, tr("layer %1").arg(layer + 1));
    const QString tip = tr("The layer whose gradients the charts show: layer 1 reads the input, "
                           "the last one feeds the output");
    m_layerChooser->setToolTip(tip);
    m_layerLabel->setToolTip(tip);
    m_layerChooser->setEnabled(m_layerChooser->count() > 1);
    for (int run = 0; run < runCount(); ++run)
        m_titles[size_t(run)]->setText(
            m_cellState.value(run)
                ? tr("<b>%1</b>: ‖∂L/∂h<sub>t</sub>‖, ‖∂L/∂c<sub>t</sub>‖ dashed")
                      .arg(m_names[run].toHtmlEscaped())
                : tr("<b>%1</b>: ‖∂L/∂h<sub>t</sub>‖").arg(m_names[run].toHtmlEscaped()));
}

} // namespace app
