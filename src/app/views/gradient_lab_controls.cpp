#include "app/views/gradient_lab_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <initializer_list>

namespace app {

namespace {

const char* const kTasks[] = {"adding", "temporal-order"};

QHBoxLayout* rowOf(std::initializer_list<QWidget*> widgets) {
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return row;
}

template <typename Widget>
Widget* named(Widget* widget, const char* name) {
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

GradientLabControls::GradientLabControls(QWidget* parent)
    : QWidget(parent) {
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    rows->addWidget(buildRaceRow());
    rows->addWidget(buildKnobRow());
    connectTouches();
    retranslate();
}

QWidget* GradientLabControls::buildRaceRow() {
    auto* race = new QWidget(this);
    m_task = named(new QComboBox(race), "task");
    for (const char* task : kTasks)
        m_task->addItem(QLatin1String(task));
    m_lag = named(new QSlider(Qt::Horizontal, race), "lag");
    m_lag->setRange(2, 40); // × 5 steps: lags 10 (the tasks' shortest) to 200
    m_lag->setValue(10);
    m_lag->setMinimumWidth(160);
    m_lagValue = new QLabel(race);
    m_lagValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_match = named(new QComboBox(race), "match");
    m_match->addItems({QString(), QString()});
    m_hidden = named(new QSpinBox(race), "hidden");
    m_hidden->setRange(2, 256);
    m_hidden->setValue(16);
    m_epochs = named(new QSpinBox(race), "epochs");
    m_epochs->setRange(1, 200);
    m_epochs->setValue(10);
    m_layers = named(new QSpinBox(race), "layers"); // after epochs: tests find them in order
    m_layers->setRange(1, 3);
    m_run = named(new QPushButton(race), "run");
    for (QLabel** label :
         {&m_taskLabel, &m_lagLabel, &m_matchLabel, &m_hiddenLabel, &m_layersLabel, &m_epochsLabel})
        *label = new QLabel(race);
    QHBoxLayout* row =
        rowOf({m_taskLabel, m_task, m_lagLabel, m_lag, m_lagValue, m_matchLabel, m_match,
               m_hiddenLabel, m_hidden, m_layersLabel, m_layers, m_epochsLabel, m_epochs});
    row->addWidget(m_run);
    race->setLayout(row);
    m_lagValue->setNum(lag());
    connect(m_lag, &QSlider::sliderReleased, this, &GradientLabControls::raceRequested);
    connect(m_run, &QPushButton::clicked, this, &GradientLabControls::runClicked);
    return race;
}

QWidget* GradientLabControls::buildKnobRow() {
    auto* knobs = new QWidget(this);
    m_clip = named(new QCheckBox(knobs), "clip");
    m_clip->setChecked(true);
    m_clipNorm = named(new QDoubleSpinBox(knobs), "clipThreshold");
    m_clipNorm->setRange(0.01, 100.0);
    m_clipNorm->setValue(1.0);
    connect(m_clip, &QCheckBox::toggled, m_clipNorm, &QWidget::setEnabled);
    m_activation = named(new QComboBox(knobs), "activation");
    m_activation->addItems({QStringLiteral("tanh"), QStringLiteral("ReLU")});
    m_recurrentScale = named(new QDoubleSpinBox(knobs), "recurrentScale");
    m_recurrentScale->setRange(0.1, 4.0);
    m_recurrentScale->setSingleStep(0.1);
    m_recurrentScale->setValue(1.0);
    m_forgetBias = named(new QDoubleSpinBox(knobs), "forgetBias");
    m_forgetBias->setRange(-5.0, 5.0);
    m_forgetBias->setSingleStep(0.5);
    m_truncation = named(new QSpinBox(knobs), "truncation");
    m_truncation->setRange(0, 1000);
    m_peephole = named(new QCheckBox(knobs), "peephole");
    m_holdForget = named(new QCheckBox(knobs), "holdForget");
    for (QLabel** label : {&m_activationLabel, &m_scaleLabel, &m_forgetLabel, &m_truncationLabel})
        *label = new QLabel(knobs);
    auto* rows = new QVBoxLayout(knobs);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    rows->addLayout(rowOf({m_clip, m_clipNorm, m_truncationLabel, m_truncation, m_scaleLabel,
                           m_recurrentScale, m_activationLabel, m_activation}));
    rows->addLayout(rowOf({m_forgetLabel, m_forgetBias, m_holdForget, m_peephole}));
    return knobs;
}

void GradientLabControls::connectTouches() {
    const auto touch = [this](auto* sender, auto signal, GradientLabKnob knob) {
        connect(sender, signal, this, [this, knob] { emit touched(knob); });
    };
    connect(m_lag, &QSlider::valueChanged, this, [this] { m_lagValue->setNum(lag()); });
    touch(m_lag, &QSlider::valueChanged, GradientLabKnob::Lag);
    touch(m_task, &QComboBox::currentIndexChanged, GradientLabKnob::Task);
    touch(m_match, &QComboBox::currentIndexChanged, GradientLabKnob::Match);
    touch(m_hidden, &QSpinBox::valueChanged, GradientLabKnob::Hidden);
    touch(m_layers, &QSpinBox::valueChanged, GradientLabKnob::Layers);
    touch(m_epochs, &QSpinBox::valueChanged, GradientLabKnob::Epochs);
    touch(m_clip, &QCheckBox::toggled, GradientLabKnob::Clipping);
    touch(m_clipNorm, &QDoubleSpinBox::valueChanged, GradientLabKnob::ClipThreshold);
    touch(m_activation, &QComboBox::currentIndexChanged, GradientLabKnob::Activation);
    touch(m_recurrentScale, &QDoubleSpinBox::valueChanged, GradientLabKnob::RecurrentScale);
    touch(m_forgetBias, &QDoubleSpinBox::valueChanged, GradientLabKnob::ForgetBias);
    touch(m_truncation, &QSpinBox::valueChanged, GradientLabKnob::Truncation);
    touch(m_holdForget, &QCheckBox::toggled, GradientLabKnob::HoldForget);
    touch(m_peephole, &QCheckBox::toggled, GradientLabKnob::Peephole);
}

GradientLabSettings GradientLabControls::settings() const {
    GradientLabSettings settings;
    settings.task = m_task->currentText().toStdString();
    settings.lag = lag();
    settings.matchWeights = m_match->currentIndex() == 1;
    settings.hidden = m_hidden->value();
    settings.layers = m_layers->value();
    settings.epochs = m_epochs->value();
    settings.clip = m_clip->isChecked();
    settings.clipNorm = m_clipNorm->value();
    settings.relu = m_activation->currentIndex() == 1;
    settings.recurrentScale = m_recurrentScale->value();
    settings.forgetBias = m_forgetBias->value();
    settings.truncation = m_truncation->value();
    settings.holdForget = m_holdForget->isChecked();
    settings.peephole = m_peephole->isChecked();
    return settings;
}

int GradientLabControls::lag() const {
    return m_lag->value() * 5;
}

void GradientLabControls::setLag(int lag) {
    m_lag->setValue(lag / 5); // the slider keeps it within its range
}

void GradientLabControls::setRunning(bool running) {
    m_running = running;
    retranslate();
}

void GradientLabControls::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GradientLabControls::retranslate() {
    m_taskLabel->setText(tr("Task:"));
    m_lagLabel->setText(tr("Lag:"));
    m_matchLabel->setText(tr("Match:"));
    m_match->setItemText(0, tr("hidden size"));
    m_match->setItemText(1, tr("number of weights"));
    m_hiddenLabel->setText(tr("Hidden:"));
    m_layersLabel->setText(tr("Layers:"));
    m_epochsLabel->setText(tr("Epochs:"));
    m_run->setText(m_running ? tr("Stop") : tr("Race"));
    m_run->setToolTip(m_running ? tr("Stop the runs")
                                : tr("Train the networks side by side from the same start"));
    m_task->setToolTip(tr("A task whose answer depends on inputs far back in the sequence"));
    m_lag->setToolTip(tr("How far back the important inputs lie; letting go starts the race "
                         "again at this lag"));
    m_match->setToolTip(tr("Give the networks the same hidden size, or about the same "
                           "number of weights (an RNN then gets wider than an LSTM)"));
    m_hidden->setToolTip(tr("Units of the LSTM (and of the others with the same hidden size)"));
    m_layers->setToolTip(tr("Recurrent layers stacked on each other, the same for every "
                            "network; the charts show one layer at a time"));
    m_epochs->setToolTip(tr("Passes over the training sequences"));
    retranslateKnobs();
}

void GradientLabControls::retranslateKnobs() {
    m_clip->setText(tr("Clip gradients"));
    m_clip->setToolTip(tr("Rescale gradients whose norm exceeds the threshold, against "
                          "explosions"));
    m_clipNorm->setToolTip(tr("The clipping threshold: the largest gradient norm let through"));
    m_activationLabel->setText(tr("RNN activation:"));
    m_activation->setToolTip(tr("The plain RNN's nonlinearity: tanh squashes, ReLU does not "
                                "(and explodes more easily)"));
    m_scaleLabel->setText(tr("Recurrent weight scale:"));
    m_recurrentScale->setToolTip(tr("Multiplies every recurrent weight matrix at initialization: "
                                    "below 1 gradients vanish faster, above 1 they may explode"));
    m_forgetLabel->setText(tr("Forget-gate bias:"));
    m_forgetBias->setToolTip(
        tr("The LSTM's forget-gate bias at initialization: a positive bias "
           "keeps the gate open (f ≈ 1) from the start; 0: PyTorch's default"));
    m_truncationLabel->setText(tr("Truncate BPTT at:"));
    m_truncation->setSpecialValueText(tr("full"));
    m_truncation->setSuffix(tr(" steps"));
    m_truncation->setToolTip(tr("Carry the gradient back at most this many steps (the state is "
                                "detached every k steps): beyond that nothing can be learnt"));
    m_holdForget->setText(tr("Hold the LSTM's forget gate at 1"));
    m_holdForget->setToolTip(tr("f ≡ 1: the cell state keeps everything it was given; the "
                                "gradient flows back unchanged through it"));
    m_peephole->setText(tr("Add a peephole LSTM"));
    m_peephole->setToolTip(tr("Race a fourth network: an LSTM whose gates also look at its cell "
                              "state, with the same width or number of weights as the others"));
}

} // namespace app
