#pragma once
/**
 * A pad to draw a gesture on with the mouse and watch the gestures network guess it while the
 * stroke is still being drawn: the class probabilities as bars, the likeliest highlighted.
 *
 * The strokes become the task's input as its recordings do (gesture.h): the mouse path, each
 * move a step (dx, dy, pen) with y up, a pen-up move from the end of one stroke to the start of
 * the next, resampled to kSteps steps of equal arc length and normalized to a bounding box of
 * side GestureTemplates::kSize, the size the network was trained on. The guess is recomputed at
 * most every kGuessInterval ms while drawing.
 */
#include "app/views/output_view.h"
#include "data/gesture.h"

#include <QList>
#include <QPointF>
#include <vector>

class QPushButton;
class QTimer;

namespace app {

class GestureDrawingPad : public OutputView {
    Q_OBJECT

public:
    static constexpr int kSteps = 28;         ///< the middle of the task's 20–36 steps
    static constexpr int kGuessInterval = 50; ///< ms

    explicit GestureDrawingPad(QWidget* parent = nullptr);

    /** The drawing as the network reads it; empty while nothing has been drawn. */
    data::Stroke input() const;
    /** The network's class probabilities for input(); empty without a guess. */
    const std::vector<double>& probabilities() const { return m_probabilities; }
    /** The likeliest class, −1 without a guess. */
    int guess() const;
    const QStringList& classNames() const { return m_names; }
    /** Where the user draws, in widget coordinates. */
    QRect padRect() const;
    /** Sets the strokes as if drawn (widget coordinates) and guesses at once. */
    void setStrokes(const QList<QList<QPointF>>& strokes);

    /** Writes class,probability rows; empty or why not. */
    QString exportCsv(const QString& path) const override;
    QSize sizeHint() const override;

public slots:
    void clear();
    /** Runs the network on the drawing now. */
    void updateGuess();

signals:
    /** probabilities() changed. */
    void guessChanged();

protected:
    void refresh() override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    data::Stroke rawStroke() const;
    void scheduleGuess();
    void paintStrokes(QPainter& painter) const;
    void paintBars(QPainter& painter) const;

    QPushButton* m_clear;
    QTimer* m_guessTimer;
    QList<QList<QPointF>> m_strokes;
    bool m_drawing = false;
    QStringList m_names;
    std::vector<double> m_probabilities;
};

} // namespace app
