#pragma once
/**
 * The arithmetic of the selected unit at the selected step, written out with this network's
 * numbers: "f_t = σ(W_f·x_t + U_f·h_{t−1} + b_f) = σ(0.51 + 0.21 + 0.10) = σ(0.82) = 0.69", one
 * equation per gate and state, each checked against the value the trace recorded. Clicking a
 * term lists the inputs that contributed most to it (index, weight, value, product), so a
 * student can follow a gate's decision back to the inputs that drove it.
 */
#include "app/views/gate_arithmetic.h"

#include <QRectF>
#include <QWidget>
#include <memory>
#include <vector>

namespace app {

class ProbeSelection;

class StepArithmeticView : public QWidget {
    Q_OBJECT

public:
    explicit StepArithmeticView(ProbeSelection* selection, QWidget* parent = nullptr);

    /** The weights to compute with: those the trace was recorded with, for the numbers to agree.
     */
    void setNetwork(const core::Network<double>& network);
    /** The probe sequence the trace was recorded on (a batch of one). */
    void setInput(const core::SequenceBatch<double>& input);
    void setTrace(std::shared_ptr<const session::ProbeTrace> trace);

    /** The equations shown now; empty when unavailable() says why. */
    const std::vector<GateEquation>& equations() const { return m_equations; }
    QString unavailable() const { return m_unavailable; }
    /** Centre of term `term` of equation `equation`'s numbers, for tests and tours. */
    QPoint termCentre(int equation, int term) const;
    /** The clicked term as (equation, term), (−1, −1) for none. */
    std::pair<int, int> selectedTerm() const { return m_selected; }
    /** The largest products of the clicked term, listed below the equations. */
    std::vector<TermContribution> shownContributions() const;

    /** Writes the view as .png (2×) or .svg; empty on success, else why not. */
    QString exportImage(const QString& path);
    /** Writes layer,unit,step,equation,term,value rows; empty or why not. */
    QString exportCsv(const QString& path) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Hit {
        QRectF rect;
        int equation = -1;
        int term = -1;
    };
    void recompute();
    void rebuildArithmetic();
    double paintEquation(QPainter& painter, int index, double top);
    double paintContributions(QPainter& painter, double top) const;
    double drawRich(QPainter& painter, const QPointF& at, const QString& html) const;
    static QString html(const QString& symbol);

    ProbeSelection* m_selection;
    std::shared_ptr<const core::Network<double>> m_network;
    core::SequenceBatch<double> m_input;
    std::shared_ptr<const session::ProbeTrace> m_trace;
    GateArithmetic m_arithmetic;
    std::vector<GateEquation> m_equations;
    QString m_unavailable;
    std::vector<Hit> m_hits; ///< the terms' rectangles, as last painted
    std::pair<int, int> m_selected{-1, -1};
};

} // namespace app
