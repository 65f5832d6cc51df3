#pragma once
/**
 * Draws the textbook figure of a recurrent cell for one unit at one step, in a fixed 1000 × 520
 * design space the caller scales to its widget: for an LSTM the cell-state line across the top
 * (forget ×, input × candidate, +, output × tanh c), for a peephole LSTM the same with its
 * peephole connections, for a GRU its reset, update and candidate gates around the hidden line,
 * for a plain RNN its one tanh. Gates are filled as far as they are open (0 empty, 1 full;
 * tanh units as far as |value|, in the colour of its sign), state lines take their colour from
 * their sign and their width from their magnitude, and every gate and state has its number beside
 * it. `flow` (0…1) moves dots along the state lines, for playback between two steps.
 */
#include "app/views/cell_step_values.h"

#include <QPalette>
#include <QPointF>
#include <QSizeF>

class QPainter;

namespace app {

class CellDiagramPainter {
public:
    enum class Variant { Lstm, PeepholeLstm, Gru, Rnn, RnnRelu };
    static constexpr double kWidth = 1000.0;
    static constexpr double kHeight = 520.0;

    CellDiagramPainter(QPainter& painter, const QPalette& palette, double flow);

    void paint(Variant variant, const CellStepValues& values);

private:
    enum class Fill { Opening, Signed };
    void paintLstm(const CellStepValues& v, bool peephole);
    void paintGru(const CellStepValues& v);
    void paintRnn(const CellStepValues& v, bool relu);
    void body();
    void stateLine(const QPointF& from, const QPointF& to, double value);
    void wire(const std::vector<QPointF>& points, bool arrow = true, bool dashed = false);
    void node(const QPointF& centre, const QString& symbol);
    void gateBox(const QPointF& centre, const QString& activation, double value, Fill fill);
    void label(const QPointF& at, const QString& text, Qt::Alignment alignment, bool bold = false);
    void valueLabel(const QPointF& at, const QString& symbol, double value,
                    Qt::Alignment alignment = Qt::AlignLeft);
    QColor signColour(double value) const;

    QPainter& m_painter;
    QPalette m_palette;
    double m_flow;
};

} // namespace app
