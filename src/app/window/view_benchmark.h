#pragma once
/**
 * How smooth the window stays while it trains, and what drawing costs the training: `lstm-studio
 * --benchmark-views SECONDS` trains config B of `lstm-studio-cli bench-training` (a 128-unit LSTM
 * on 100-step sine windows, batches of 32) twice in one process — first with no window, then
 * with the main window shown, every view of the network in its own visible dock, the probe
 * traced and every view asked to redraw at 60 Hz (an animation's rate) — and prints the frames
 * each view drew per second and the training speed of both runs:
 *
 *   views: 58.9 frames/s (slowest: gates 57.2) · training 312 steps/s alone, 298 with the window
 *   (−4.5%)
 *
 * Steps per second are the optimizer steps done over wall-clock seconds, after a second of
 * warm-up; the run alone is measured before and after the run with the window, and their mean
 * is the baseline, so a machine that slows down meanwhile does not pass for the window's cost.
 * Frames are the paint events of the editor and of the six views (loss, gates, cell, arithmetic,
 * gradients, timeline), each shown in its own floating dock.
 */
#include "training/training_job.h"

#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace app {

class MainWindow;

class ViewBenchmark : public QObject {
    Q_OBJECT

public:
    struct Result {
        double trainingAlone = 0.0;     ///< optimizer steps per second, no window
        double trainingWithViews = 0.0; ///< the same with the window drawing
        double framesPerSecond = 0.0;   ///< the median view's frames per second
        double slowestFrames = 0.0;     ///< the slowest view's
        QString slowestView;
    };

    explicit ViewBenchmark(double seconds);
    /** Config B: a 128-unit LSTM on 100-step sine windows, batches of 32, epochs without end. */
    static training::TrainingJob configB();
    /** Floats every dock of `window` and shows it, none hidden behind a tab; the widgets that
     * draw the network (the view docks' and the editor's), each named. */
    static QList<std::pair<QWidget*, QString>> openEveryView(MainWindow& window);
    /** Runs both measurements (the window is made, shown and closed here). */
    Result run();
    static QString describe(const Result& result);

private:
    double trainAlone();
    void trainWithViews(Result& result);

    double m_seconds;
};

} // namespace app
