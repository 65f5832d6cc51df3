#pragma once
/**
 * The textbook picture of the selected unit's cell at the selected step (LSTM, peephole LSTM,
 * GRU or plain RNN, see CellDiagramPainter), with the playback bar below it: play, pause, step
 * back and forward through the probe sequence at a chosen speed, the values flowing from one step
 * into the next over the step's duration.
 */
#include "app/views/cell_diagram_painter.h"
#include "app/views/cell_step_values.h"
#include "core/network_spec.h"
#include "session/probe_trace.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QVariantAnimation;

namespace app {

class CellPlayback;
class ProbeSelection;

class CellDiagramView : public QWidget {
    Q_OBJECT

public:
    explicit CellDiagramView(ProbeSelection* selection, QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const session::ProbeTrace> trace);
    /** The network's spec, to tell peephole LSTMs, ReLU RNNs and reverse directions apart. */
    void setSpec(const core::NetworkSpec& spec);

    CellPlayback* playback() const { return m_playback; }
    /** The selected unit's values at the selected step (what the animation ends on). */
    const CellStepValues& values() const { return m_to; }
    /** What is drawn now: between the previous step's values and values() while animating. */
    CellStepValues displayedValues() const;
    bool isAnimating() const;
    CellDiagramPainter::Variant variant() const;

    /** Writes the view as .png (2×) or .svg; empty on success, else why not. */
    QString exportImage(const QString& path);
    /** Writes step rows of the selected unit (its gates, c, h); empty or why not. */
    QString exportCsv(const QString& path) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QWidget* makeBar();
    void refresh(bool animate);
    bool isReverse() const;
    int layerIndex() const;

    ProbeSelection* m_selection;
    CellPlayback* m_playback;
    QVariantAnimation* m_animation;
    QComboBox* m_speed = nullptr;
    QSpinBox* m_unit = nullptr;
    QLabel* m_stepLabel = nullptr;
    std::shared_ptr<const session::ProbeTrace> m_trace;
    core::NetworkSpec m_spec;
    bool m_hasSpec = false;
    CellStepValues m_from, m_to;
    double m_phase = 1.0;
    int m_shownStep = -1;
};

} // namespace app
