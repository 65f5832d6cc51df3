#pragma once
/**
 * The vanishing-gradient lab's gradient flow charts side by side, one per runner in its colour:
 * ‖∂L/∂h_t‖ per time step of the probe sequence (and ‖∂L/∂c_t‖, dashed, for the LSTMs), on one
 * shared logarithmic scale so that they compare at a glance, for the one layer chosen under
 * "Show layer" when the networks have several.
 */
#include "session/probe_trace.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <array>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;

namespace app {

class GradientFlowChart;

class GradientLabFlows : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxRuns = 4;

    explicit GradientLabFlows(QWidget* parent = nullptr);

    /** One chart per runner named in `names` (short: "RNN"), in `colours`, the others hidden;
     * `cellState[run]` says whether it has ‖∂L/∂c_t‖; `layers` can be shown. Forgets traces. */
    void setRuns(const QStringList& names, const QList<QColor>& colours,
                 const QList<bool>& cellState, int layers);
    /** Renames the runners (the language changed), keeping their traces. */
    void setRunNames(const QStringList& names);
    int runCount() const { return int(m_names.size()); }
    void setTrace(int run, std::shared_ptr<const session::ProbeTrace> trace);
    /** ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ of run `run` in the shown layer, NaN without a trace. */
    double decayOf(int run) const;
    /** The layer the charts show (0-based). */
    int shownLayer() const { return m_layer; }
    void setShownLayer(int layer);
    int layerCount() const;
    GradientFlowChart* chart(int run) const { return m_charts[size_t(run)]; }

signals:
    /** The student chose another layer under "Show layer". */
    void shownLayerChosen(int layer);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /** One norm scale for every chart. */
    void shareNormAxis();

    QLabel* m_layerLabel;
    QComboBox* m_layerChooser;
    QGridLayout* m_grid;
    std::array<QLabel*, kMaxRuns> m_titles{};
    std::array<GradientFlowChart*, kMaxRuns> m_charts{};
    QStringList m_names;
    QList<bool> m_cellState;
    int m_layer = 0;
};

} // namespace app
