#pragma once
/**
 * What the views of a probe trace are looking at together: the recurrent layer (an index into
 * ProbeTrace::layers), the hidden unit, the time step and the epoch. One object is shared by the
 * heatmap, the cell diagram, the step arithmetic and the timeline, so that a click in one moves
 * the others. Setters clamp nothing (the views clamp to what their trace holds) and signal only
 * real changes.
 */
#include <QObject>

namespace app {

class ProbeSelection : public QObject {
    Q_OBJECT

public:
    explicit ProbeSelection(QObject* parent = nullptr);

    int layer() const { return m_layer; }
    int unit() const { return m_unit; }
    /** The time step, 0-based, in the sequence's own steps (not the trace's kept rows). */
    int step() const { return m_step; }
    /** The 1-based epoch whose trace is shown; 0: the newest. */
    int epoch() const { return m_epoch; }

public slots:
    void setLayer(int layer);
    void setUnit(int unit);
    void setStep(int step);
    void setEpoch(int epoch);
    /** Unit and step at once (a click on a heatmap cell): one changed() for both. */
    void setUnitAndStep(int unit, int step);

signals:
    void layerChanged(int layer);
    void unitChanged(int unit);
    void stepChanged(int step);
    void epochChanged(int epoch);
    /** After any of the above. */
    void changed();

private:
    int m_layer = 0;
    int m_unit = 0;
    int m_step = 0;
    int m_epoch = 0;
};

} // namespace app
