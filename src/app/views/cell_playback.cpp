#include "app/views/cell_playback.h"

#include "app/views/probe_selection.h"

#include <QAction>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace app {

CellPlayback::CellPlayback(ProbeSelection* selection, QObject* parent)
    : QObject(parent)
    , m_selection(selection)
    , m_timer(new QTimer(this))
    , m_play(new QAction(this))
    , m_back(new QAction(tr("◀ Back"), this))
    , m_forward(new QAction(tr("Next ▶"), this)) {
    m_back->setToolTip(tr("Show the previous time step"));
    m_back->setShortcut(QKeySequence(Qt::Key_Left));
    m_forward->setToolTip(tr("Show the next time step"));
    m_forward->setShortcut(QKeySequence(Qt::Key_Right));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    updatePlayAction();
    connect(m_timer, &QTimer::timeout, this, &CellPlayback::stepForward);
    connect(m_play, &QAction::triggered, this, &CellPlayback::togglePlaying);
    connect(m_back, &QAction::triggered, this, &CellPlayback::stepBack);
    connect(m_forward, &QAction::triggered, this, &CellPlayback::stepForward);
    m_timer->setInterval(stepMilliseconds());
}

void CellPlayback::setStepCount(int steps) {
    m_steps = std::max(0, steps);
    if (m_steps == 0)
        pause();
}

bool CellPlayback::isPlaying() const {
    return m_timer->isActive();
}

int CellPlayback::stepMilliseconds() const {
    return int(std::lround(kStepMilliseconds / m_speed));
}

void CellPlayback::play() {
    if (isPlaying() || m_steps == 0)
        return;
    m_timer->start(stepMilliseconds());
    updatePlayAction();
    emit playingChanged(true);
}

void CellPlayback::pause() {
    if (!isPlaying())
        return;
    m_timer->stop();
    updatePlayAction();
    emit playingChanged(false);
}

void CellPlayback::togglePlaying() {
    isPlaying() ? pause() : play();
}

void CellPlayback::stepForward() {
    if (m_steps > 0)
        m_selection->setStep((m_selection->step() + 1) % m_steps);
}

void CellPlayback::stepBack() {
    if (m_steps > 0)
        m_selection->setStep((m_selection->step() + m_steps - 1) % m_steps);
}

void CellPlayback::setSpeed(double speed) {
    const double clamped = std::clamp(speed, 0.25, 4.0);
    if (clamped == m_speed)
        return;
    m_speed = clamped;
    m_timer->setInterval(stepMilliseconds());
    emit speedChanged(m_speed);
}

void CellPlayback::updatePlayAction() {
    m_play->setText(isPlaying() ? tr("❚❚ Pause") : tr("▶ Play"));
    m_play->setToolTip(isPlaying() ? tr("Stop at this time step")
                                   : tr("Play the sequence step by step"));
}

} // namespace app
