#include "app/document/network_templates.h"

#include "app/document/spec_layout.h"
#include "app/document/task_texts.h"
#include "data/task.h"

namespace app {

namespace {

core::NetworkSpec recurrent(std::vector<core::RecurrentLayerSpec> layers,
                            core::OutputMode mode = core::OutputMode::PerStep) {
    core::NetworkSpec spec;
    spec.layers = std::move(layers);
    spec.outputMode = mode;
    return spec;
}

core::NetworkSpec encoderDecoder() {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = 12;
    spec.embeddingSize = 16;
    spec.layers = {core::RecurrentLayerSpec{core::CellKind::Lstm, 64, true}};
    spec.attention = core::AttentionKind::Additive;
    spec.attentionSize = 32;
    spec.outputSize = 12;
    spec.outputMode = core::OutputMode::SequenceToSequence;
    spec.decoderVocabulary = 13; // the outputs and a start token
    spec.decoderEmbeddingSize = 8;
    return spec;
}

NetworkTemplate make(const char* id, const QString& name, const QString& description,
                     const core::NetworkSpec& spec) {
    return {QString::fromLatin1(id), name, description, SpecLayout::layout(spec), false};
}

} // namespace

QList<NetworkTemplate> NetworkTemplates::all() {
    using core::CellKind;
    using Layer = core::RecurrentLayerSpec;
    Layer dropped{CellKind::Lstm, 32};
    dropped.dropoutAfter = 0.2;
    QList<NetworkTemplate> templates{
        make("vanilla-lstm", tr("Vanilla LSTM"), tr("One LSTM layer and a dense layer per step."),
             recurrent({Layer{CellKind::Lstm, 32}})),
        make("stacked-lstm", tr("Stacked LSTM"),
             tr("Two LSTM layers with dropout between them: the second reads the first's states."),
             recurrent({dropped, Layer{CellKind::Lstm, 32}})),
        make("bidirectional-lstm", tr("Bidirectional LSTM"),
             tr("An LSTM reading the sequence both ways; the dense layer reads both final states."),
             recurrent({Layer{CellKind::Lstm, 32, true}}, core::OutputMode::PerSequence)),
        make("gru", tr("GRU"),
             tr("A gated recurrent unit: the LSTM's idea with two gates (reset and update) and no "
                "separate cell state."),
             recurrent({Layer{CellKind::Gru, 32}})),
        make("peephole-lstm", tr("Peephole LSTM"),
             tr("An LSTM whose gates also see the cell state."),
             recurrent({Layer{CellKind::PeepholeLstm, 32}})),
        make("rnn", tr("Plain RNN"), tr("The simple recurrent network whose gradients vanish."),
             recurrent({Layer{CellKind::Rnn, 32}})),
        make("encoder-decoder", tr("Encoder–Decoder with Attention"),
             tr("A bidirectional LSTM encodes tokens; a decoder writes tokens, attending over "
                "the encoder's states."),
             encoderDecoder()),
        make("race", tr("RNN vs LSTM vs GRU"),
             tr("The same network with each of three cells, trained side by side on one task."),
             recurrent({Layer{CellKind::Lstm, 32}}))};
    templates.back().race = true;
    return templates;
}

std::optional<NetworkTemplate> NetworkTemplates::find(const QString& id) {
    for (const NetworkTemplate& t : all())
        if (t.id == id)
            return t;
    return std::nullopt;
}

NetworkTemplate NetworkTemplates::forTask(const data::Task& task) {
    const QString name = QString::fromStdString(task.name());
    return {QStringLiteral("task:") + name,
            tr("Recommended for %1").arg(TaskTexts::translated(task.name())),
            TaskTexts::translated(task.description()),
            SpecLayout::layout(task.recommendedNetwork(), task.recommendedRecipe().initialization,
                               task.lossKind()),
            false};
}

std::vector<core::NetworkSpec> NetworkTemplates::raceSpecs(const core::NetworkSpec& base) {
    std::vector<core::NetworkSpec> specs;
    for (core::CellKind cell : {core::CellKind::Rnn, core::CellKind::Lstm, core::CellKind::Gru}) {
        core::NetworkSpec spec = base;
        for (core::RecurrentLayerSpec& layer : spec.layers) {
            layer.cell = cell;
            layer.activation = core::Activation::Tanh;
        }
        specs.push_back(spec);
    }
    return specs;
}

} // namespace app
