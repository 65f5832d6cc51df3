#include "training/pytorch_script.h"

#include <QLocale>

namespace training {

namespace {

const char* const kHeader =
    R"py("""An LSTM Studio network as a PyTorch module, written by LSTM Studio's PyTorch export.

    import model                       # this file
    net = model.load()                 # reads weights.json beside it; float64, eval mode
    y = net(x)                         # x: (batch, steps, @INPUT_SIZE@), float64
    y = net(x, lengths)                # sequences padded at their ends to `steps`

@DESCRIPTION@
"""
import json
import os

import torch
from torch import nn

CELL = "@CELL@"
INPUT_SIZE = @INPUT_SIZE@
HIDDEN_SIZE = @HIDDEN_SIZE@
NUM_LAYERS = @NUM_LAYERS@
BIDIRECTIONAL = @BIDIRECTIONAL@
OUTPUT_SIZE = @OUTPUT_SIZE@
PER_SEQUENCE = @PER_SEQUENCE@
DIRECTIONS = 2 if BIDIRECTIONAL else 1
)py";

const char* const kPeephole = R"py(

class PeepholeLSTM(nn.Module):
    """LSTM with Gers & Schmidhuber's diagonal peepholes (LSTM Studio's "peephole" cell).

    Gate order i, f, g, o as in nn.LSTM; for each layer l and direction (suffix "" or "_reverse"):
        i_t = sigmoid(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi + p_i * c_{t-1})
        f_t = sigmoid(W_if x_t + b_if + W_hf h_{t-1} + b_hf + p_f * c_{t-1})
        g_t = tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)
        c_t = f_t * c_{t-1} + i_t * g_t
        o_t = sigmoid(W_io x_t + b_io + W_ho h_{t-1} + b_ho + p_o * c_t)
        h_t = o_t * tanh(c_t)
    Parameters weight_ih_l{l}, weight_hh_l{l}, bias_ih_l{l}, bias_hh_l{l} as nn.LSTM's, plus
    weight_peephole_i|f|o_l{l} (hidden_size,). A sequence shorter than the batch keeps its state
    through its padding, where its outputs are 0, as a packed nn.LSTM does.
    """

    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.suffixes = ["", "_reverse"] if bidirectional else [""]
        for layer in range(num_layers):
            width = input_size if layer == 0 else hidden_size * len(self.suffixes)
            shapes = {"weight_ih": (4 * hidden_size, width),
                      "weight_hh": (4 * hidden_size, hidden_size),
                      "bias_ih": (4 * hidden_size,), "bias_hh": (4 * hidden_size,),
                      "weight_peephole_i": (hidden_size,), "weight_peephole_f": (hidden_size,),
                      "weight_peephole_o": (hidden_size,)}
            for suffix in self.suffixes:
                for stem, shape in shapes.items():
                    self.register_parameter(f"{stem}_l{layer}{suffix}",
                                            nn.Parameter(torch.zeros(shape)))

    def _direction(self, x, valid, suffix):
        def p(stem):
            return getattr(self, stem + suffix)

        batch, steps, _ = x.shape
        h = x.new_zeros(batch, self.hidden_size)
        c = x.new_zeros(batch, self.hidden_size)
        projected = x @ p("weight_ih").T + p("bias_ih") + p("bias_hh")
        outputs = [None] * steps
        order = reversed(range(steps)) if suffix.endswith("_reverse") else range(steps)
        for t in order:
            a_i, a_f, a_g, a_o = (projected[:, t] + h @ p("weight_hh").T).chunk(4, dim=1)
            i = torch.sigmoid(a_i + p("weight_peephole_i") * c)
            f = torch.sigmoid(a_f + p("weight_peephole_f") * c)
            g = torch.tanh(a_g)
            c_next = f * c + i * g
            o = torch.sigmoid(a_o + p("weight_peephole_o") * c_next)
            h_next = o * torch.tanh(c_next)
            running = valid[:, t:t + 1]
            h = torch.where(running, h_next, h)
            c = torch.where(running, c_next, c)
            outputs[t] = torch.where(running, h_next, torch.zeros_like(h_next))
        return torch.stack(outputs, dim=1), h, c

    def forward(self, x, lengths=None):
        """y (batch, steps, directions·hidden) and (h_n, c_n), each (layers·directions, batch, hidden)."""
        batch, steps, _ = x.shape
        if lengths is None:
            valid = torch.ones(batch, steps, dtype=torch.bool, device=x.device)
        else:
            lengths = torch.as_tensor(lengths, device=x.device)
            valid = torch.arange(steps, device=x.device)[None, :] < lengths[:, None]
        h_n, c_n = [], []
        for layer in range(self.num_layers):
            outputs = []
            for suffix in self.suffixes:
                y, h, c = self._direction(x, valid, f"_l{layer}{suffix}")
                outputs.append(y)
                h_n.append(h)
                c_n.append(c)
            x = torch.cat(outputs, dim=2)
        return x, (torch.stack(h_n), torch.stack(c_n))
)py";

const char* const kModel = R"py(

class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = @RNN@
        self.head = nn.Linear(DIRECTIONS * HIDDEN_SIZE, OUTPUT_SIZE)

    def forward(self, x, lengths=None):
@RUN@
        if not PER_SEQUENCE:
            return self.head(y)
        h_n = state[0] if isinstance(state, tuple) else state
        return self.head(torch.cat(list(h_n[-DIRECTIONS:]), dim=1))


def load(path=None):
    """The model with the weights in `path` (default: weights.json beside this file)."""
    if path is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights.json")
    with open(path, encoding="utf-8") as file:
        weights = json.load(file)
    model = Model().double()
    model.load_state_dict({name: torch.tensor(value, dtype=torch.float64)
                           for name, value in weights.items()})
    return model.eval()
)py";

const char* const kRunPacked = R"py(        if lengths is None:
            y, state = self.rnn(x)
        else:
            lengths = torch.as_tensor(lengths, dtype=torch.int64).cpu()
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                       enforce_sorted=False)
            y, state = self.rnn(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True,
                                                    total_length=x.shape[1]))py";

const char* const kRunPeephole = R"py(        y, state = self.rnn(x, lengths))py";

QString pythonBool(bool value) {
    return value ? QStringLiteral("True") : QStringLiteral("False");
}

QString constructor(const core::NetworkSpec& spec) {
    const core::RecurrentLayerSpec& layer = spec.layers.front();
    const QString common = QStringLiteral("INPUT_SIZE, HIDDEN_SIZE, num_layers=NUM_LAYERS");
    const QString options = QStringLiteral("batch_first=True, bidirectional=BIDIRECTIONAL");
    // nn's dropout acts between layers in training only; it is kept for fine-tuning.
    const double dropout = spec.layers.size() > 1 ? layer.dropoutAfter : 0.0;
    const QString dropoutText =
        dropout > 0 ? QStringLiteral(", dropout=%1")
                          .arg(QString::number(dropout, 'g', QLocale::FloatingPointShortest))
                    : QString();
    switch (layer.cell) {
    case core::CellKind::Rnn:
        return QStringLiteral("nn.RNN(%1, nonlinearity=\"%2\",\n                         %3%4)")
            .arg(common, QString::fromStdString(core::activationName(layer.activation)), options,
                 dropoutText);
    case core::CellKind::Lstm:
        return QStringLiteral("nn.LSTM(%1,\n                          %2%3)")
            .arg(common, options, dropoutText);
    case core::CellKind::Gru:
        return QStringLiteral("nn.GRU(%1,\n                         %2%3)")
            .arg(common, options, dropoutText);
    case core::CellKind::PeepholeLstm:
        return QStringLiteral("PeepholeLSTM(%1,\n                                 "
                              "bidirectional=BIDIRECTIONAL)")
            .arg(common);
    }
    return {};
}

} // namespace

QString PyTorchScript::unsupportedReason(const core::NetworkSpec& spec) {
    if (spec.inputKind != core::InputKind::Features)
        return tr("models with token input cannot be exported to PyTorch yet");
    if (spec.outputMode == core::OutputMode::SequenceToSequence)
        return tr("sequence-to-sequence models cannot be exported to PyTorch yet");
    if (spec.attention != core::AttentionKind::None)
        return tr("models with attention cannot be exported to PyTorch yet");
    const core::RecurrentLayerSpec& first = spec.layers.front();
    for (const core::RecurrentLayerSpec& layer : spec.layers)
        if (layer.cell != first.cell || layer.hidden != first.hidden ||
            layer.bidirectional != first.bidirectional || layer.activation != first.activation)
            return tr("the layers differ in cell, size, direction or activation, and one "
                      "PyTorch recurrent module needs them all alike");
    return {};
}

QString PyTorchScript::generate(const core::NetworkSpec& spec) {
    const core::RecurrentLayerSpec& layer = spec.layers.front();
    const bool peephole = layer.cell == core::CellKind::PeepholeLstm;
    const bool perSequence = spec.outputMode == core::OutputMode::PerSequence;
    const QString cell = QString::fromStdString(core::cellKindName(layer.cell)) +
                         (layer.cell == core::CellKind::Rnn
                              ? QStringLiteral(" (%1)").arg(
                                    QString::fromStdString(core::activationName(layer.activation)))
                              : QString());
    QString description =
        QStringLiteral("Network: %1 layer%2 of %3 %4 units%5, then a linear head.\n")
            .arg(spec.layers.size())
            .arg(spec.layers.size() == 1 ? QString() : QStringLiteral("s"))
            .arg(layer.hidden)
            .arg(cell, layer.bidirectional ? QStringLiteral(" in both directions") : QString());
    description +=
        perSequence
            ? QStringLiteral(
                  "Output (batch, @OUTPUT_SIZE@): the head over h_n of the last layer%1.")
                  .arg(layer.bidirectional ? QStringLiteral(", both directions concatenated")
                                           : QString())
            : QStringLiteral("Output (batch, steps, @OUTPUT_SIZE@): the head over every step of "
                             "the last layer's\noutputs; padded steps give head.bias.");

    QString script = QString::fromUtf8(kHeader);
    if (peephole)
        script += QString::fromUtf8(kPeephole);
    script += QString::fromUtf8(kModel);
    script.replace(QLatin1String("@RNN@"), constructor(spec));
    script.replace(QLatin1String("@RUN@"), QString::fromUtf8(peephole ? kRunPeephole : kRunPacked));
    script.replace(QLatin1String("@DESCRIPTION@"), description);
    script.replace(QLatin1String("@CELL@"), QString::fromStdString(core::cellKindName(layer.cell)));
    script.replace(QLatin1String("@INPUT_SIZE@"), QString::number(spec.inputSize));
    script.replace(QLatin1String("@HIDDEN_SIZE@"), QString::number(layer.hidden));
    script.replace(QLatin1String("@NUM_LAYERS@"), QString::number(spec.layers.size()));
    script.replace(QLatin1String("@BIDIRECTIONAL@"), pythonBool(layer.bidirectional));
    script.replace(QLatin1String("@OUTPUT_SIZE@"), QString::number(spec.outputSize));
    script.replace(QLatin1String("@PER_SEQUENCE@"), pythonBool(perSequence));
    return script;
}

} // namespace training
