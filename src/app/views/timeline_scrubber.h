#pragma once
/**
 * The run's time line, to scrub back through what the network did: one position per epoch of
 * the history, with the epochs' training and validation losses drawn behind as sparklines (log
 * scale; where epochs outnumber pixels, each pixel column's mean with its spread shaded), the
 * epochs that kept a probe trace dotted below, and the history's events (settings changed,
 * divergence, roll-back, early stop, reset) as labelled marks whose tooltips say what happened.
 * Clicking or dragging sets ProbeSelection's epoch; ←/→ step an epoch, Home goes to the first and
 * End back to the newest (epoch 0: follow the run).
 */
#include "session/training_history.h"

#include <QImage>
#include <QWidget>
#include <memory>

namespace app {

class ProbeSelection;

class TimelineScrubber : public QWidget {
    Q_OBJECT

public:
    explicit TimelineScrubber(ProbeSelection* selection, QWidget* parent = nullptr);

    void setHistory(std::shared_ptr<const session::TrainingHistory> history);
    std::shared_ptr<const session::TrainingHistory> history() const { return m_history; }
    /** Epochs on the line (the history's epoch records). */
    int epochCount() const;
    /** The epoch drawn as selected: the selection's, or the newest when it is 0. */
    int shownEpoch() const;
    /** The x of `epoch` (1-based), for tests and tours. */
    int positionOf(int epoch) const;
    /** The tooltip at `pos`: an event's text, or the epoch's losses. */
    QString textAt(const QPoint& pos) const;

    /** Writes the view as .png (2×) or .svg; empty on success, else why not. */
    QString exportImage(const QString& path);
    /** Writes epoch,step,train_loss,validation_loss,validation_metric,learning_rate rows. */
    QString exportCsv(const QString& path) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF plotRect() const;
    /** The band above the plot (the legend and the events' badges) and below it (the epochs). */
    double marksHeight() const;
    double labelsHeight() const;
    double xOf(double epoch) const;
    int epochAt(double x) const;
    double fractionalEpoch(const session::HistoryEntry& entry) const;
    int entryAt(const QPoint& pos) const;
    void paintLosses(QPainter& painter) const;
    /** paintLosses() once into an image, kept until the history, the plot or the look changes;
     * a repaint in between only copies it. */
    void paintLossLayer(QPainter& painter);
    void paintEntries(QPainter& painter) const;
    void paintHandle(QPainter& painter) const;
    static QString kindSymbol(session::HistoryEntry::Kind kind);
    static QString kindName(session::HistoryEntry::Kind kind);

    ProbeSelection* m_selection;
    std::shared_ptr<const session::TrainingHistory> m_history;
    /** What the loss layer was drawn for. */
    struct LayerKey {
        QRectF plot;
        qreal ratio = 1;
        qint64 palette = 0;
        bool projector = false;
        bool operator==(const LayerKey&) const = default;
    };
    QImage m_lossLayer;
    LayerKey m_lossLayerKey;
    bool m_exporting = false; ///< drawing for exportImage(): the curves as lines, not the layer
};

} // namespace app
