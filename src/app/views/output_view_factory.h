#pragma once
/**
 * Which task-specific output views a task calls for, and making them, so the main window can
 * fill its one "Output" dock whatever the task: a forecast for the time-series tasks, generated
 * text for `text`, the gesture pad and a confusion matrix for `gestures`, a confusion matrix for
 * the other per-sequence classification tasks, the attention matrix for sequence-to-sequence
 * ones, and nothing for the rest (adding, copy, reber, …).
 */
#include <QCoreApplication>
#include <QString>
#include <vector>

class QWidget;

namespace data {
class Task;
}

namespace app {

class OutputView;

enum class OutputViewKind {
    Forecast,
    TextGeneration,
    ConfusionMatrix,
    AttentionMatrix,
    GesturePad
};

class OutputViewFactory {
    Q_DECLARE_TR_FUNCTIONS(app::OutputViewFactory)

public:
    /** The views that apply to `task`, the most telling first; empty when none does. */
    static std::vector<OutputViewKind> kindsFor(const data::Task& task);
    /** A new view of that kind, without task or network yet. */
    static OutputView* create(OutputViewKind kind, QWidget* parent = nullptr);
    /** The view's name for a tab or a dock title: "Forecast", "Confusion matrix", … */
    static QString title(OutputViewKind kind);
};

} // namespace app
