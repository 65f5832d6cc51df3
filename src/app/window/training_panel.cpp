#include "app/window/training_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace app {

namespace {

// The form's labels, translated again on a change of language (QT_TRANSLATE_NOOP keeps them in the
// .ts, under this class).
const char* const kLabelTexts[] = {
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Optimizer:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Learning rate:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Batch size:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Epochs:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Clip gradients at:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Early stopping:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Validation loss:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Validation metric:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Gradient norm:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Learning rate now:"),
    QT_TRANSLATE_NOOP("app::TrainingPanel", "Solved:"),
};

const core::OptimizerKind kOptimizers[] = {core::OptimizerKind::Sgd, core::OptimizerKind::RmsProp,
                                           core::OptimizerKind::Adam, core::OptimizerKind::AdamW};

QString number(double value) {
    return std::isfinite(value) ? QLocale().toString(value, 'g', 4) : QStringLiteral("–");
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QGridLayout)
    , m_optimizer(new QComboBox(this))
    , m_learningRate(new QDoubleSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_clip(new QCheckBox(this))
    , m_clipNorm(new QDoubleSpinBox(this))
    , m_patience(new QSpinBox(this))
    , m_stopWhenSolved(new QCheckBox(this))
    , m_validationLoss(new QLabel(this))
    , m_validationMetric(new QLabel(this))
    , m_gradientNorm(new QLabel(this))
    , m_currentRate(new QLabel(this))
    , m_solved(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    auto* settingsForm = new QFormLayout;
    buildSettings(settingsForm);
    layout->addLayout(settingsForm);
    auto* numbersForm = new QFormLayout;
    buildNumbers(numbersForm);
    layout->addLayout(numbersForm);
    layout->addStretch(1);
    m_metricLabel = m_labels.value(7);
    retranslate();
    clearNumbers();
}

void TrainingPanel::buildSettings(QFormLayout* form) {
    for (core::OptimizerKind kind : kOptimizers)
        m_optimizer->addItem(QString(), int(kind));
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(1e-6, 10.0);
    m_learningRate->setSingleStep(1e-4);
    m_learningRate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_batchSize->setRange(1, 4096);
    m_epochs->setRange(1, 100000);
    m_clipNorm->setRange(0.01, 1000.0);
    m_clipNorm->setDecimals(2);
    m_patience->setRange(0, 1000);
    auto* clipRow = new QHBoxLayout;
    clipRow->addWidget(m_clip);
    clipRow->addWidget(m_clipNorm, 1);
    const QList<QWidget*> fields = {m_optimizer, m_learningRate, m_batchSize, m_epochs};
    for (QWidget* field : fields) {
        m_labels << new QLabel(this);
        form->addRow(m_labels.back(), field);
    }
    m_labels << new QLabel(this);
    form->addRow(m_labels.back(), clipRow);
    m_labels << new QLabel(this);
    auto* stopRow = new QVBoxLayout;
    stopRow->addWidget(m_patience);
    stopRow->addWidget(m_stopWhenSolved);
    form->addRow(m_labels.back(), stopRow);

    connect(m_optimizer, &QComboBox::activated, this, &TrainingPanel::commit);
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{
             m_learningRate, m_batchSize, m_epochs, m_clipNorm, m_patience})
        connect(box, &QAbstractSpinBox::editingFinished, this, &TrainingPanel::commit);
    connect(m_clip, &QCheckBox::toggled, this, [this](bool on) {
        m_clipNorm->setEnabled(on);
        commit();
    });
    connect(m_stopWhenSolved, &QCheckBox::toggled, this, &TrainingPanel::commit);
}

void TrainingPanel::buildNumbers(QFormLayout* form) {
    const QList<QLabel*> values = {m_validationLoss, m_validationMetric, m_gradientNorm,
                                   m_currentRate, m_solved};
    for (QLabel* value : values) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_labels << new QLabel(this);
        form->addRow(m_labels.back(), value);
    }
}

void TrainingPanel::retranslate() {
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(tr(kLabelTexts[i]));
    m_optimizer->setItemText(0, QStringLiteral("SGD"));
    m_optimizer->setItemText(1, QStringLiteral("RMSprop"));
    m_optimizer->setItemText(2, QStringLiteral("Adam"));
    m_optimizer->setItemText(3, QStringLiteral("AdamW"));
    m_optimizer->setToolTip(tr("How the weights follow the gradient; a change during a run starts "
                               "the new optimizer with fresh moments"));
    m_learningRate->setToolTip(tr("Step size η of the optimizer; may change while training runs"));
    m_batchSize->setToolTip(tr("Sequences per optimizer step; fixed while training runs"));
    m_epochs->setToolTip(tr("Passes over the training sequences; Train again adds this many"));
    m_clip->setToolTip(tr("Rescale the gradient when its norm ‖g‖ exceeds the threshold, "
                          "against exploding gradients"));
    m_clipNorm->setToolTip(m_clip->toolTip());
    m_patience->setToolTip(tr("Stop after this many epochs without a better validation loss and "
                              "keep the best weights; 0: never"));
    m_patience->setSpecialValueText(tr("never"));
    m_stopWhenSolved->setText(tr("Stop when solved"));
    m_stopWhenSolved->setToolTip(tr("End the run at the first epoch that meets the task's "
                                    "success criterion"));
}

void TrainingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPanel::setActions(const QList<QAction*>& actions) {
    int column = 0;
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_buttons->addWidget(button, column / 3, column % 3);
        ++column;
    }
}

void TrainingPanel::showSettings(const session::TrainingSettings& settings) {
    m_settings = settings;
    const QSignalBlocker b1(m_optimizer), b2(m_learningRate), b3(m_batchSize), b4(m_epochs),
        b5(m_clip), b6(m_clipNorm), b7(m_patience), b8(m_stopWhenSolved);
    m_optimizer->setCurrentIndex(m_optimizer->findData(int(settings.optimizer.kind)));
    m_learningRate->setValue(settings.optimizer.learningRate);
    m_batchSize->setValue(int(settings.batchSize));
    m_epochs->setValue(settings.epochs);
    m_clip->setChecked(settings.clipNorm > 0);
    m_clipNorm->setEnabled(settings.clipNorm > 0);
    if (settings.clipNorm > 0)
        m_clipNorm->setValue(settings.clipNorm);
    m_patience->setValue(settings.patience);
    m_stopWhenSolved->setChecked(settings.stopWhenSolved);
}

void TrainingPanel::commit() {
    session::TrainingSettings edited = m_settings;
    const auto kind = core::OptimizerKind(m_optimizer->currentData().toInt());
    if (kind != edited.optimizer.kind) {
        const double rate = m_learningRate->value();
        edited.optimizer = core::OptimizerSettings::defaults(kind);
        edited.optimizer.learningRate = rate;
    }
    edited.optimizer.learningRate = m_learningRate->value();
    edited.batchSize = m_batchSize->value();
    edited.epochs = m_epochs->value();
    edited.clipNorm = m_clip->isChecked() ? m_clipNorm->value() : 0.0;
    edited.patience = m_patience->value();
    edited.stopWhenSolved = m_stopWhenSolved->isChecked();
    if (session::describeChanges(m_settings, edited).empty())
        return;
    m_settings = edited;
    emit settingsEdited(edited);
}

void TrainingPanel::setRunning(bool running) {
    m_batchSize->setEnabled(!running);
}

void TrainingPanel::showSnapshot(const training::TrainingSnapshot& snapshot,
                                 const QString& metricName) {
    m_metricLabel->setText(tr("Validation %1:").arg(metricName));
    m_validationLoss->setText(number(snapshot.validationLoss));
    m_validationMetric->setText(number(snapshot.validationMetric));
    m_gradientNorm->setText(number(snapshot.gradientNorm));
    m_currentRate->setText(number(snapshot.learningRate));
    const auto solved = std::find_if(snapshot.validations.cbegin(), snapshot.validations.cend(),
                                     [](const training::EpochValidation& v) { return v.solved; });
    if (solved != snapshot.validations.cend())
        m_solved->setText(tr("yes, after epoch %1").arg(solved->epoch));
    else if (!snapshot.validations.isEmpty())
        m_solved->setText(tr("not yet"));
}

void TrainingPanel::clearNumbers() {
    for (QLabel* label :
         {m_validationLoss, m_validationMetric, m_gradientNorm, m_currentRate, m_solved})
        label->setText(QStringLiteral("–"));
}

} // namespace app
