#pragma once
/**
 * The Training dock: the buttons that steer a run (train, pause, step a batch or an epoch, stop,
 * reset the weights — the window's own actions, so menus, shortcuts and buttons are one), the
 * settings a user may change before or during a run (optimizer, learning rate, batch size,
 * epochs, gradient clipping, early stopping), and the run's latest numbers.
 *
 * A committed edit (Enter, focus leaving a field, a new choice) emits settingsEdited() with the
 * whole settings; the window applies them, live if a run goes on. showSettings() puts values in
 * without emitting. Batch size cannot change during a run and locks while one goes on.
 */
#include "session/training_settings.h"
#include "training/training_snapshot.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace app {

class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    /** Buttons for these actions, in a row of tool buttons above the settings. */
    void setActions(const QList<QAction*>& actions);
    void showSettings(const session::TrainingSettings& settings);
    session::TrainingSettings settings() const { return m_settings; }
    void setRunning(bool running);
    void showSnapshot(const training::TrainingSnapshot& snapshot, const QString& metricName);
    void clearNumbers();

signals:
    void settingsEdited(const session::TrainingSettings& settings);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildSettings(QFormLayout* form);
    void buildNumbers(QFormLayout* form);
    void retranslate();
    void commit();

    session::TrainingSettings m_settings;
    QGridLayout* m_buttons;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_learningRate;
    QSpinBox* m_batchSize;
    QSpinBox* m_epochs;
    QCheckBox* m_clip;
    QDoubleSpinBox* m_clipNorm;
    QSpinBox* m_patience;
    QCheckBox* m_stopWhenSolved;
    QLabel* m_validationLoss;
    QLabel* m_validationMetric;
    QLabel* m_metricLabel;
    QLabel* m_gradientNorm;
    QLabel* m_currentRate;
    QLabel* m_solved;
    QList<QLabel*> m_labels;
};

} // namespace app
