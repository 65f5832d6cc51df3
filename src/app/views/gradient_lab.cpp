#include "app/views/gradient_lab.h"

#include "app/document/network_templates.h"
#include "app/views/gradient_flow_chart.h"
#include "app/views/race_chart.h"
#include "core/network_initializer.h"
#include "data/task_registry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QThread>
#include <cmath>
#include <limits>

namespace app {

namespace {

constexpr std::uint64_t kSeed = 1;
const char* const kTasks[] = {"adding", "temporal-order"};
const QColor kColours[GradientLab::kRuns] = {QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2),
                                             QColor(0x00, 0x9e, 0x73)}; // Okabe–Ito

core::Index parametersOf(const core::NetworkSpec& spec) {
    return core::Network<double>(spec).parameterCount();
}

/** `spec` with every layer `hidden` units wide. */
core::NetworkSpec withHidden(core::NetworkSpec spec, core::Index hidden) {
    for (core::RecurrentLayerSpec& layer : spec.layers)
        layer.hidden = hidden;
    return spec;
}

/** The width that gives `spec` about `target` weights. */
core::NetworkSpec matchingWeights(const core::NetworkSpec& spec, core::Index target) {
    core::Index best = 1;
    core::Index bestGap = std::numeric_limits<core::Index>::max();
    for (core::Index hidden = 1; hidden <= 1024; ++hidden) {
        const core::Index gap = std::abs(parametersOf(withHidden(spec, hidden)) - target);
        if (gap < bestGap) {
            best = hidden;
            bestGap = gap;
        } else if (parametersOf(withHidden(spec, hidden)) > target) {
            break;
        }
    }
    return withHidden(spec, best);
}

QString power(double value) {
    if (!std::isfinite(value) || value < GradientFlowChart::kFloor)
        return QStringLiteral("&lt; 10<sup>−30</sup>"); // vanished below single precision
    return QStringLiteral("10<sup>%1</sup>").arg(int(std::lround(std::log10(value))));
}

} // namespace

GradientLab::GradientLab(QWidget* parent)
    : QWidget(parent)
    , m_race(new training::TrainingRace(this))
    , m_chart(new RaceChart(this))
    , m_guide(new QTextBrowser(this)) {
    m_decay.fill(std::numeric_limits<double>::quiet_NaN());
    m_metric.fill(std::numeric_limits<double>::quiet_NaN());
    auto* flows = new QWidget(this);
    auto* flowLayout = new QGridLayout(flows);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    for (int run = 0; run < kRuns; ++run) {
        m_flowTitles[size_t(run)] = new QLabel(flows);
        m_flowTitles[size_t(run)]->setAlignment(Qt::AlignCenter);
        m_flows[size_t(run)] = new GradientFlowChart(flows);
        m_flows[size_t(run)]->setColour(kColours[run]);
        flowLayout->addWidget(m_flowTitles[size_t(run)], 0, run);
        flowLayout->addWidget(m_flows[size_t(run)], 1, run);
    }
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_chart);
    charts->addWidget(flows);
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(charts);
    body->addWidget(m_guide);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 1);
    m_guide->setOpenExternalLinks(false);
    m_guide->setMinimumWidth(240);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(buildKnobs());
    layout->addWidget(body, 1);
    connect(m_race, &training::TrainingRace::snapshotReady, this, &GradientLab::onSnapshot);
    connect(m_race, &training::TrainingRace::finished, this, &GradientLab::onFinished);
    retranslate();
}

GradientLab::~GradientLab() = default;

QWidget* GradientLab::buildControls() {
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_task = new QComboBox(controls);
    for (const char* task : kTasks)
        m_task->addItem(QLatin1String(task));
    m_lag = new QSlider(Qt::Horizontal, controls);
    m_lag->setRange(1, 40); // × 5 steps: lags 5 to 200
    m_lag->setValue(10);
    m_lag->setMinimumWidth(160);
    m_lagValue = new QLabel(controls);
    m_lagValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_match = new QComboBox(controls);
    m_match->addItems({QString(), QString()});
    m_hidden = new QSpinBox(controls);
    m_hidden->setRange(2, 256);
    m_hidden->setValue(16);
    m_epochs = new QSpinBox(controls);
    m_epochs->setRange(1, 200);
    m_epochs->setValue(10);
    m_clip = new QCheckBox(controls);
    m_clip->setChecked(true);
    m_clipNorm = new QDoubleSpinBox(controls);
    m_clipNorm->setRange(0.01, 100.0);
    m_clipNorm->setValue(1.0);
    connect(m_clip, &QCheckBox::toggled, m_clipNorm, &QWidget::setEnabled);
    m_run = new QPushButton(controls);
    m_taskLabel = new QLabel(controls);
    m_lagLabel = new QLabel(controls);
    m_matchLabel = new QLabel(controls);
    m_hiddenLabel = new QLabel(controls);
    m_epochsLabel = new QLabel(controls);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_taskLabel, m_task, m_lagLabel, m_lag, m_lagValue, m_matchLabel, m_match,
             m_hiddenLabel, m_hidden, m_epochsLabel, m_epochs, m_clip, m_clipNorm})
        row->addWidget(widget);
    row->addStretch(1);
    row->addWidget(m_run);
    m_lagValue->setNum(lag());
    connect(m_lag, &QSlider::valueChanged, this, [this] { m_lagValue->setNum(lag()); });
    connect(m_lag, &QSlider::sliderReleased, this, &GradientLab::start);
    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    return controls;
}

QWidget* GradientLab::buildKnobs() {
    auto* knobs = new QWidget(this);
    auto* row = new QHBoxLayout(knobs);
    row->setContentsMargins(0, 0, 0, 0);
    m_activation = new QComboBox(knobs);
    m_activation->addItems({QStringLiteral("tanh"), QStringLiteral("ReLU")});
    m_recurrentScale = new QDoubleSpinBox(knobs);
    m_recurrentScale->setRange(0.1, 4.0);
    m_recurrentScale->setSingleStep(0.1);
    m_recurrentScale->setValue(1.0);
    m_forgetBias = new QDoubleSpinBox(knobs);
    m_forgetBias->setRange(-5.0, 5.0);
    m_forgetBias->setSingleStep(0.5);
    m_forgetBias->setValue(0.0);
    m_truncation = new QSpinBox(knobs);
    m_truncation->setRange(0, 1000);
    m_freezeForget = new QCheckBox(knobs);
    m_activationLabel = new QLabel(knobs);
    m_scaleLabel = new QLabel(knobs);
    m_forgetLabel = new QLabel(knobs);
    m_truncationLabel = new QLabel(knobs);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_activationLabel, m_activation, m_scaleLabel, m_recurrentScale, m_forgetLabel,
             m_forgetBias, m_truncationLabel, m_truncation, m_freezeForget})
        row->addWidget(widget);
    row->addStretch(1);
    return knobs;
}

core::InitOptions GradientLab::initialization(const core::InitOptions& recipe) const {
    core::InitOptions options = recipe;
    options.recurrentScale = m_recurrentScale->value();
    if (m_forgetBias->value() != 0.0)
        options.forgetBias = m_forgetBias->value();
    return options;
}

void GradientLab::retranslate() {
    m_taskLabel->setText(tr("Task:"));
    m_lagLabel->setText(tr("Lag:"));
    m_matchLabel->setText(tr("Match:"));
    m_match->setItemText(0, tr("hidden size"));
    m_match->setItemText(1, tr("number of weights"));
    m_hiddenLabel->setText(tr("Hidden:"));
    m_epochsLabel->setText(tr("Epochs:"));
    m_clip->setText(tr("Clip gradients"));
    m_run->setText(isRunning() ? tr("Stop") : tr("Race"));
    m_run->setToolTip(isRunning()
                          ? tr("Stop the three runs")
                          : tr("Train the three networks side by side from the same start"));
    m_task->setToolTip(tr("A task whose answer depends on inputs far back in the sequence"));
    m_lag->setToolTip(tr("How far back the important inputs lie; letting go starts the race "
                         "again at this lag"));
    m_match->setToolTip(tr("Give the three networks the same hidden size, or about the same "
                           "number of weights (an RNN then gets wider than an LSTM)"));
    m_hidden->setToolTip(tr("Units of the LSTM (and of the others with the same hidden size)"));
    m_epochs->setToolTip(tr("Passes over the training sequences"));
    m_clip->setToolTip(tr("Rescale gradients whose norm exceeds the threshold, against "
                          "explosions"));
    m_clipNorm->setToolTip(m_clip->toolTip());
    m_activationLabel->setText(tr("RNN activation:"));
    m_activation->setToolTip(tr("The plain RNN's nonlinearity: tanh squashes, ReLU does not "
                                "(and explodes more easily)"));
    m_scaleLabel->setText(tr("Recurrent weight scale:"));
    m_recurrentScale->setToolTip(tr("Multiplies every recurrent weight matrix at initialization: "
                                    "below 1 gradients vanish faster, above 1 they may explode"));
    m_forgetLabel->setText(tr("Forget-gate bias:"));
    m_truncationLabel->setText(tr("Truncate BPTT at:"));
    m_truncation->setSpecialValueText(tr("full"));
    m_truncation->setSuffix(tr(" steps"));
    m_truncation->setToolTip(tr("Carry the gradient back at most this many steps (the state is "
                                "detached every k steps): beyond that nothing can be learnt"));
    m_freezeForget->setText(tr("Hold the LSTM's forget gate at 1"));
    m_freezeForget->setToolTip(tr("f ≡ 1: the cell state keeps everything it was given; the "
                                  "gradient flows back unchanged through it"));
    m_forgetBias->setToolTip(
        tr("The LSTM's forget-gate bias at initialization: a positive bias "
           "keeps the gate open (f ≈ 1) from the start; 0: PyTorch's default"));
    const char* const names[kRuns] = {"RNN", "LSTM", "GRU"};
    for (int run = 0; run < kRuns; ++run)
        m_flowTitles[size_t(run)]->setText(
            tr("<b>%1</b>: ‖∂L/∂h<sub>t</sub>‖").arg(QLatin1String(names[run])));
    updateGuide();
}

void GradientLab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int GradientLab::lag() const {
    return m_lag->value() * 5;
}

void GradientLab::setLag(int lag) {
    m_lag->setValue(std::max(1, lag / 5));
}

std::vector<core::NetworkSpec> GradientLab::raceSpecs() const {
    const data::TaskOptions options = {{"lag", std::to_string(lag())}};
    const auto task =
        data::TaskRegistry::builtIn().make(m_task->currentText().toStdString(), options, kSeed);
    const core::NetworkSpec base = withHidden(task->recommendedNetwork(), m_hidden->value());
    std::vector<core::NetworkSpec> specs = NetworkTemplates::raceSpecs(base);
    if (m_activation->currentIndex() == 1)
        for (core::RecurrentLayerSpec& layer : specs[0].layers)
            layer.activation = core::Activation::Relu;
    if (m_match->currentIndex() == 1) {
        const core::Index target = parametersOf(specs[1]);
        specs[0] = matchingWeights(specs[0], target);
        specs[2] = matchingWeights(specs[2], target);
    }
    return specs;
}

std::vector<training::TrainingJob> GradientLab::raceJobs() const {
    const std::string taskName = m_task->currentText().toStdString();
    const data::TaskOptions options = {{"lag", std::to_string(lag())}};
    const auto task = data::TaskRegistry::builtIn().make(taskName, options, kSeed);
    std::vector<training::TrainingJob> jobs;
    for (const core::NetworkSpec& spec : raceSpecs()) {
        training::TrainingJob job{core::Network<double>(spec)};
        job.taskName = taskName;
        job.taskOptions = options;
        job.taskSeed = kSeed;
        job.seed = kSeed;
        job.recipe = task->recommendedRecipe();
        job.recipe.epochs = m_epochs->value();
        job.recipe.clipNorm = m_clip->isChecked() ? m_clipNorm->value() : 0.0;
        job.recipe.initialization = initialization(job.recipe.initialization);
        session::TrainingSettings settings = session::TrainingSettings::fromRecipe(job.recipe);
        settings.bpttTruncation = m_truncation->value();
        if (m_freezeForget->isChecked() && spec.layers.front().cell == core::CellKind::Lstm)
            settings.frozenGates.forget = 1.0; // the other cells have no forget gate to hold
        job.settings = settings;
        core::NetworkInitializer::initialize(job.network, job.recipe.initialization, kSeed);
        jobs.push_back(std::move(job));
    }
    return jobs;
}

void GradientLab::start() {
    if (isRunning()) {
        m_restart = true;
        m_race->stop();
        return;
    }
    std::vector<training::TrainingJob> jobs = raceJobs();
    m_metricName = data::TaskRegistry::builtIn()
                       .make(jobs.front().taskName, jobs.front().taskOptions, kSeed)
                       ->metricName();
    QStringList names;
    for (const training::TrainingJob& job : jobs) {
        const core::RecurrentLayerSpec& layer = job.network.spec().layers.front();
        names << tr("%1, %2 units")
                     .arg(QString::fromStdString(core::cellKindName(layer.cell)).toUpper())
                     .arg(layer.hidden);
    }
    m_chart->setRuns(names, {kColours[0], kColours[1], kColours[2]});
    for (GradientFlowChart* flow : m_flows)
        flow->setTrace(nullptr);
    m_decay.fill(std::numeric_limits<double>::quiet_NaN());
    m_metric.fill(std::numeric_limits<double>::quiet_NaN());
    if (!m_race->start(std::move(jobs)))
        return;
    for (int run = 0; run < m_race->runCount(); ++run)
        m_race->run(run).trace(0);
    retranslate();
}

void GradientLab::stop() {
    m_restart = false;
    m_race->stop();
}

void GradientLab::onSnapshot(int run, const training::TrainingSnapshot& snapshot) {
    if (run < 0 || run >= kRuns)
        return;
    m_chart->addSnapshot(run, snapshot);
    if (snapshot.probe) {
        m_flows[size_t(run)]->setTrace(snapshot.probe);
        m_decay[size_t(run)] = m_flows[size_t(run)]->decayOf(0);
        shareNormAxis();
    }
    m_metric[size_t(run)] = snapshot.validationMetric;
    updateGuide();
}

void GradientLab::shareNormAxis() {
    double low = 0.0, high = 0.0;
    for (const GradientFlowChart* flow : m_flows) {
        const auto [l, h] = flow->normSpan();
        if (h > 0.0) {
            low = low > 0.0 ? std::min(low, l) : l;
            high = std::max(high, h);
        }
    }
    for (GradientFlowChart* flow : m_flows)
        flow->setSharedSpan({low, high});
}

void GradientLab::onFinished() {
    if (m_restart) {
        m_restart = false;
        start();
        return;
    }
    retranslate();
}

QString GradientLab::guideText() const {
    return m_guide->toPlainText();
}

void GradientLab::updateGuide() {
    QString numbers;
    const char* const names[kRuns] = {"RNN", "LSTM", "GRU"};
    const QLocale locale;
    for (int run = 0; run < kRuns; ++run) {
        if (std::isnan(m_decay[size_t(run)]))
            continue;
        numbers += tr("<li><b>%1</b>: at the first step the gradient is %2 of its size at the "
                      "last; validation %3: %4.</li>")
                       .arg(QLatin1String(names[run]), power(m_decay[size_t(run)]),
                            QString::fromStdString(m_metricName).toHtmlEscaped(),
                            std::isfinite(m_metric[size_t(run)])
                                ? locale.toString(m_metric[size_t(run)], 'g', 3)
                                : QStringLiteral("–"));
    }
    m_guide->setHtml(
        tr("<h3>Why does the RNN forget?</h3>"
           "<p>Each chart below shows how strongly the loss at the last step pulls on the hidden "
           "state h<sub>t</sub> at every earlier step t. Learning that an early input matters "
           "needs that pull.</p>"
           "<p>In a plain RNN the pull is multiplied by the recurrent weights and the tanh "
           "slope at every step back, so it shrinks geometrically: its curve falls by orders of "
           "magnitude towards t = 1. This is the <i>vanishing gradient</i>.</p>"
           "<p>The LSTM's cell state is updated by addition, gated by the forget gate: when "
           "f ≈ 1 the gradient flows back almost unchanged, so its curve stays within an order "
           "or two. The GRU's update gate can do the same, once it has learnt to hold its "
           "state.</p>"
           "<p><b>Try:</b> drag the lag longer and let go — the RNN's loss stays at the level of "
           "guessing while the LSTM's falls. Untick clipping to watch gradients explode.</p>"
           "%1")
            .arg(numbers.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(numbers)));
}

} // namespace app
