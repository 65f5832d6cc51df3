#include "app/views/training_charts.h"

#include "app/views/training_chart_page.h"
#include "app/views/view_export.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace app {

using Series = TrainingChartData::Series;

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_stack(new QStackedWidget(this)) {
    const QList<QList<Series>> pages = {{Series::TrainLoss, Series::ValidationLoss},
                                        {Series::ValidationMetric},
                                        {Series::LearningRate},
                                        {Series::GradientNorm, Series::ClipThreshold},
                                        {Series::StepsPerSecond}};
    for (int p = 0; p < PageCount; ++p) {
        auto* page = new TrainingChartPage(pages[p], QString(), m_stack);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_chooser->addItem(QString());
    }
    if (QLineSeries* validation = m_pages[Loss]->curve(Series::ValidationLoss))
        validation->setPointsVisible(true);
    m_pages[Metric]->curve(Series::ValidationMetric)->setPointsVisible(true);
    m_pages[GradientNorm]->setDashed(Series::ClipThreshold);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_chooser);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages[index]->sync(m_data);
        m_stack->setCurrentIndex(index);
    });
    retranslate();
}

void TrainingCharts::clear() {
    m_data.clear();
    syncPages();
}

void TrainingCharts::showHistory(const session::TrainingHistory& history) {
    m_data.showHistory(history);
    syncPages();
}

void TrainingCharts::beginRun() {
    m_data.beginRun();
}

void TrainingCharts::addSnapshot(const training::TrainingSnapshot& snapshot) {
    m_data.addSnapshot(snapshot);
    syncPages();
}

void TrainingCharts::setPage(Page page) {
    m_chooser->setCurrentIndex(int(page));
}

TrainingCharts::Page TrainingCharts::page() const {
    return Page(m_stack->currentIndex());
}

void TrainingCharts::syncPages() {
    // Qt Charts lays a curve out again at every point added: only the chart shown follows the
    // data; the others catch up when shown (or asked for).
    m_pages[m_stack->currentIndex()]->sync(m_data);
}

TrainingChartPage* TrainingCharts::chartPage(Page page) const {
    m_pages[page]->sync(m_data);
    return m_pages[page];
}

QString TrainingCharts::exportImage(const QString& path) {
    return ViewExport::exportImage(this, path);
}

QString TrainingCharts::exportCsv(const QString& path) const {
    return ViewExport::writeCsv(path, QStringLiteral("series,step,value,text"), m_data.csvRows());
}

void TrainingCharts::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void TrainingCharts::retranslate() {
    const QStringList items = {tr("Loss: training and validation, per epoch"),
                               tr("Validation metric, per epoch"), tr("Learning rate, per step"),
                               tr("Gradient norm ‖g‖ before clipping"), tr("Steps per second")};
    const QStringList titles = {tr("Loss"), tr("Metric"), tr("Learning rate"),
                                tr("‖g‖ before clipping"), tr("Steps / s")};
    for (int p = 0; p < PageCount; ++p) {
        m_chooser->setItemText(p, items[p]);
        m_pages[p]->setValueTitle(titles[p]);
    }
    syncPages(); // the markers' tooltips
    m_chooser->setToolTip(tr("Which chart to show; dashed lines mark the run's changes and events: "
                             "hover one to read it"));
}

} // namespace app
