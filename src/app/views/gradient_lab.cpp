#include "app/views/gradient_lab.h"

#include "app/document/task_texts.h"
#include "app/views/gradient_flow_chart.h"
#include "app/views/gradient_lab_controls.h"
#include "app/views/gradient_lab_flows.h"
#include "app/views/gradient_lab_guide.h"
#include "app/views/gradient_lab_setup.h"
#include "app/views/race_chart.h"

#include <QEvent>
#include <QSplitter>
#include <QVBoxLayout>
#include <limits>

namespace app {

namespace {

/** What the guide and the flow charts call a runner. */
QString shortName(core::CellKind cell) {
    switch (cell) {
    case core::CellKind::Rnn:
        return GradientLab::tr("RNN");
    case core::CellKind::Lstm:
        return GradientLab::tr("LSTM");
    case core::CellKind::Gru:
        return GradientLab::tr("GRU");
    case core::CellKind::PeepholeLstm:
        return GradientLab::tr("Peephole LSTM");
    }
    return QString();
}

} // namespace

const std::array<QColor, GradientLab::kMaxRuns>& GradientLab::runColours() {
    static const std::array<QColor, kMaxRuns> colours = {
        QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7)};
    return colours;
}

GradientLab::GradientLab(QWidget* parent)
    : QWidget(parent)
    , m_controls(new GradientLabControls(this))
    , m_race(new training::TrainingRace(this))
    , m_chart(new RaceChart(this))
    , m_flows(new GradientLabFlows(this))
    , m_guide(new GradientLabGuide(this)) {
    m_metric.fill(std::numeric_limits<double>::quiet_NaN());
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_chart);
    charts->addWidget(m_flows);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(charts);
    body->addWidget(m_guide);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    m_guide->setMinimumWidth(240);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(body, 1);
    connect(m_controls, &GradientLabControls::touched, m_guide, &GradientLabGuide::setKnob);
    connect(m_controls, &GradientLabControls::raceRequested, this, &GradientLab::start);
    connect(m_controls, &GradientLabControls::runClicked, this,
            [this] { isRunning() ? stop() : start(); });
    connect(m_flows, &GradientLabFlows::shownLayerChosen, this, &GradientLab::onShownLayerChosen);
    connect(m_race, &training::TrainingRace::snapshotReady, this, &GradientLab::onSnapshot);
    connect(m_race, &training::TrainingRace::finished, this, &GradientLab::onFinished);
    prepareRuns(raceSpecs(), m_controls->settings()); // the runners, before the first race
}

GradientLab::~GradientLab() = default;

int GradientLab::lag() const {
    return m_controls->lag();
}

void GradientLab::setLag(int lag) {
    m_controls->setLag(lag);
}

GradientFlowChart* GradientLab::flowChart(int run) const {
    return m_flows->chart(run);
}

std::vector<core::NetworkSpec> GradientLab::raceSpecs() const {
    return GradientLabSetup::specs(m_controls->settings());
}

std::vector<training::TrainingJob> GradientLab::raceJobs() const {
    return GradientLabSetup::jobs(m_controls->settings());
}

QString GradientLab::guideText() const {
    return m_guide->text();
}

void GradientLab::start() {
    if (isRunning()) {
        m_restart = true;
        m_race->stop();
        return;
    }
    const GradientLabSettings settings = m_controls->settings();
    std::vector<training::TrainingJob> jobs = GradientLabSetup::jobs(settings);
    std::vector<core::NetworkSpec> specs;
    for (const training::TrainingJob& job : jobs)
        specs.push_back(job.network.spec());
    prepareRuns(specs, settings);
    m_metric.fill(std::numeric_limits<double>::quiet_NaN());
    if (!m_race->start(std::move(jobs)))
        return;
    for (int run = 0; run < m_race->runCount(); ++run)
        m_race->run(run).trace(0);
    m_controls->setRunning(true);
}

void GradientLab::prepareRuns(const std::vector<core::NetworkSpec>& specs,
                              const GradientLabSettings& settings) {
    m_runners.clear();
    QList<QColor> colours;
    QList<bool> cellState;
    for (const core::NetworkSpec& spec : specs) {
        m_runners.push_back(spec.layers.front());
        colours << runColours()[size_t(colours.size())];
        cellState << core::hasCellState(spec.layers.front().cell);
    }
    m_chart->setRuns(runnerNames(true), colours);
    m_flows->setRuns(runnerNames(false), colours, cellState, settings.layers);
    m_guide->setRuns(runnerNames(false),
                     TaskTexts::translated(GradientLabSetup::metricName(settings)));
    m_guide->setLayer(m_flows->shownLayer(), m_flows->layerCount());
}

QStringList GradientLab::runnerNames(bool withWidth) const {
    QStringList names;
    for (const core::RecurrentLayerSpec& layer : m_runners)
        names << (withWidth ? tr("%1, %2 units").arg(shortName(layer.cell)).arg(layer.hidden)
                            : shortName(layer.cell));
    return names;
}

void GradientLab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_chart->setRunNames(runnerNames(true));
        m_flows->setRunNames(runnerNames(false));
        m_guide->setRunNames(runnerNames(false));
    }
    QWidget::changeEvent(event);
}

void GradientLab::stop() {
    m_restart = false;
    m_race->stop();
}

void GradientLab::onSnapshot(int run, const training::TrainingSnapshot& snapshot) {
    if (run < 0 || run >= m_flows->runCount())
        return;
    m_chart->addSnapshot(run, snapshot);
    if (snapshot.probe)
        m_flows->setTrace(run, snapshot.probe);
    m_metric[size_t(run)] = snapshot.validationMetric;
    m_guide->setResult(run, m_flows->decayOf(run), m_metric[size_t(run)]);
}

void GradientLab::onShownLayerChosen() {
    m_guide->setKnob(GradientLabKnob::ShownLayer);
    updateResults();
}

void GradientLab::updateResults() {
    m_guide->setLayer(m_flows->shownLayer(), m_flows->layerCount());
    for (int run = 0; run < m_flows->runCount(); ++run)
        m_guide->setResult(run, m_flows->decayOf(run), m_metric[size_t(run)]);
}

void GradientLab::onFinished() {
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    m_controls->setRunning(false);
}

} // namespace app
