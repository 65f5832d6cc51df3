#pragma once
/**
 * Which classes a classifier confuses, on the validation split: a matrix of true classes (rows)
 * × predicted classes (columns) with the count in every cell, coloured by the share of its row
 * (so rare classes read as well as common ones), the class names on both axes and the accuracy
 * in the title. Hovering a cell tells its count and share. For the per-sequence classification
 * tasks (sentiment, temporal order, gestures); the prediction is the largest output.
 */
#include "app/views/output_view.h"

#include <vector>

class QPainter;

namespace app {

class ConfusionMatrixView : public OutputView {
    Q_OBJECT

public:
    static constexpr core::Index kBatchSize = 64;

    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /** counts()[true][predicted] over the validation split; empty without a usable network. */
    const std::vector<std::vector<long>>& counts() const { return m_counts; }
    const QStringList& classNames() const { return m_names; }
    long total() const;
    double accuracy() const; ///< NaN when nothing was counted
    /** The tooltip at `pos`: classes, count and row share; empty off the cells. */
    QString textAt(const QPoint& pos) const;
    /** Centre of cell (true, predicted), for tests. */
    QPoint cellCentre(int trueClass, int predicted) const;

    /** Writes true,predicted,count rows; empty or why not. */
    QString exportCsv(const QString& path) const override;
    QSize sizeHint() const override;

protected:
    void refresh() override;
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void count();
    void paintAxisLabels(QPainter& painter) const;
    QStringList namesOf(int classes) const;
    QRectF cellRect(int row, int column) const;
    QRectF gridRect() const;

    std::vector<std::vector<long>> m_counts;
    QStringList m_names;
};

} // namespace app
