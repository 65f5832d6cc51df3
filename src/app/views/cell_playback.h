#pragma once
/**
 * Plays a probe sequence step by step: a timer that moves the shared ProbeSelection's step
 * forward every stepMilliseconds() (250 ms at 1×), looping at the end, and the step back / step
 * forward / speed controls, as QActions a toolbar or menu can show.
 */
#include <QObject>

class QAction;
class QTimer;

namespace app {

class ProbeSelection;

class CellPlayback : public QObject {
    Q_OBJECT

public:
    static constexpr int kStepMilliseconds = 250; ///< one step at 1×

    explicit CellPlayback(ProbeSelection* selection, QObject* parent = nullptr);

    /** Steps of the sequence being played (the selection's step stays below it). */
    void setStepCount(int steps);
    int stepCount() const { return m_steps; }
    bool isPlaying() const;
    double speed() const { return m_speed; }
    /** How long one step lasts at the current speed. */
    int stepMilliseconds() const;

    QAction* playAction() const { return m_play; }
    QAction* stepBackAction() const { return m_back; }
    QAction* stepForwardAction() const { return m_forward; }

public slots:
    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBack();
    /** 0.25× … 4×. */
    void setSpeed(double speed);

signals:
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void updatePlayAction();

    ProbeSelection* m_selection;
    QTimer* m_timer;
    QAction* m_play;
    QAction* m_back;
    QAction* m_forward;
    int m_steps = 0;
    double m_speed = 1.0;
};

} // namespace app
