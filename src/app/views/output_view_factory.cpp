#include "app/views/output_view_factory.h"

#include "app/views/attention_matrix_view.h"
#include "app/views/confusion_matrix_view.h"
#include "app/views/forecast_view.h"
#include "app/views/gesture_drawing_pad.h"
#include "app/views/text_generation_view.h"
#include "data/gestures_task.h"
#include "data/series_forecast_task.h"
#include "data/sine_task.h"
#include "data/text_task.h"

namespace app {

std::vector<OutputViewKind> OutputViewFactory::kindsFor(const data::Task& task) {
    if (dynamic_cast<const data::SineTask*>(&task) ||
        dynamic_cast<const data::SeriesForecastTask*>(&task))
        return {OutputViewKind::Forecast};
    if (dynamic_cast<const data::TextTask*>(&task))
        return {OutputViewKind::TextGeneration};
    if (dynamic_cast<const data::GesturesTask*>(&task))
        return {OutputViewKind::GesturePad, OutputViewKind::ConfusionMatrix};
    if (task.outputMode() == core::OutputMode::SequenceToSequence)
        return {OutputViewKind::AttentionMatrix};
    if (task.outputMode() == core::OutputMode::PerSequence &&
        task.lossKind() == core::LossKind::CrossEntropy)
        return {OutputViewKind::ConfusionMatrix};
    return {};
}

OutputView* OutputViewFactory::create(OutputViewKind kind, QWidget* parent) {
    switch (kind) {
    case OutputViewKind::Forecast:
        return new ForecastView(parent);
    case OutputViewKind::TextGeneration:
        return new TextGenerationView(parent);
    case OutputViewKind::ConfusionMatrix:
        return new ConfusionMatrixView(parent);
    case OutputViewKind::AttentionMatrix:
        return new AttentionMatrixView(parent);
    case OutputViewKind::GesturePad:
        return new GestureDrawingPad(parent);
    }
    return nullptr;
}

QString OutputViewFactory::title(OutputViewKind kind) {
    switch (kind) {
    case OutputViewKind::Forecast:
        return tr("Forecast");
    case OutputViewKind::TextGeneration:
        return tr("Generated text");
    case OutputViewKind::ConfusionMatrix:
        return tr("Confusion matrix");
    case OutputViewKind::AttentionMatrix:
        return tr("Attention");
    case OutputViewKind::GesturePad:
        return tr("Gesture pad");
    }
    return {};
}

} // namespace app
