#pragma once
/**
 * Where a sequence-to-sequence network looks: the attention weights of the probe sequence, one row
 * per output step (the decoder's query) and one column per input step, as a heatmap with the
 * input characters along the top and the network's output characters down the side, both
 * rendered by the task (the dates task: "28 Nov 2026" across, "2026-11-28" down; the outputs are
 * the trace's, under teacher forcing, as training records them). Each row sums
 * to 1; colours are relative to the largest weight. Hovering a cell tells its weight.
 */
#include "app/views/output_view.h"

namespace app {

class AttentionMatrixView : public OutputView {
    Q_OBJECT

public:
    explicit AttentionMatrixView(QWidget* parent = nullptr);

    void setTrace(std::shared_ptr<const session::ProbeTrace> trace,
                  const core::SequenceBatch<double>& input) override;

    /** Output steps × input steps, as shown; empty without attention. */
    const core::Matrix<double>& weights() const { return m_weights; }
    const QStringList& inputLabels() const { return m_inputLabels; }
    const QStringList& outputLabels() const { return m_outputLabels; }
    /** Centre of cell (output step, input step), for tests. */
    QPoint cellCentre(int output, int input) const;
    /** The tooltip at `pos`; empty off the cells. */
    QString textAt(const QPoint& pos) const;

    /** Writes output_step,output,input_step,input,weight rows; empty or why not. */
    QString exportCsv(const QString& path) const override;
    QSize sizeHint() const override;

protected:
    void refresh() override;
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF gridRect() const;
    QRectF cellRect(int output, int input) const;

    std::shared_ptr<const session::ProbeTrace> m_trace;
    core::SequenceBatch<double> m_input;
    core::Matrix<double> m_weights;
    QStringList m_inputLabels, m_outputLabels, m_targetLabels;
};

} // namespace app
