#include "app/views/gradient_lab_guide.h"

#include "app/views/gradient_flow_chart.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <algorithm>
#include <cmath>
#include <limits>

namespace app {

namespace {

QString power(double value) {
    if (!std::isfinite(value) || value < GradientFlowChart::kFloor)
        return QStringLiteral("&lt; 10<sup>−30</sup>"); // vanished below single precision
    return QStringLiteral("10<sup>%1</sup>").arg(int(std::lround(std::log10(value))));
}

} // namespace

GradientLabGuide::GradientLabGuide(QWidget* parent)
    : QTextBrowser(parent) {
    setOpenExternalLinks(false);
    setToolTip(tr("What the control you changed last does, and what to look for now"));
    refresh();
}

void GradientLabGuide::setKnob(GradientLabKnob knob) {
    m_knob = knob;
    refresh();
}

void GradientLabGuide::setRuns(const QStringList& names, const QString& metricName) {
    m_results.clear();
    for (const QString& name : names)
        m_results.push_back({name, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::quiet_NaN()});
    m_metricName = metricName;
    refresh();
}

void GradientLabGuide::setRunNames(const QStringList& names) {
    for (size_t run = 0; run < std::min(m_results.size(), size_t(names.size())); ++run)
        m_results[run].name = names[qsizetype(run)];
    refresh();
}

void GradientLabGuide::setResult(int run, double decay, double metric) {
    if (run < 0 || run >= int(m_results.size()))
        return;
    m_results[size_t(run)].decay = decay;
    m_results[size_t(run)].metric = metric;
    refresh();
}

void GradientLabGuide::setLayer(int layer, int layers) {
    m_layer = layer;
    m_layers = layers;
    refresh();
}

void GradientLabGuide::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void GradientLabGuide::refresh() {
    const QString html = m_knob == GradientLabKnob::None ? lesson() + numbers()
                                                         : knobSection() + numbers() + lesson();
    if (html == m_html)
        return; // snapshots arrive at up to 30 Hz a run: lay the text out only when it changed
    m_html = html;
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

QString GradientLabGuide::section(const QString& title, const QString& what,
                                  const QString& look) const {
    return QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p>")
        .arg(title.toHtmlEscaped(), what.toHtmlEscaped(), tr("Look for now:").toHtmlEscaped(),
             look.toHtmlEscaped());
}

QString GradientLabGuide::knobSection() const {
    for (QString (GradientLabGuide::*part)() const :
         {&GradientLabGuide::networkKnobSection, &GradientLabGuide::stackKnobSection,
          &GradientLabGuide::trainingKnobSection, &GradientLabGuide::lstmKnobSection}) {
        const QString text = (this->*part)();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QString GradientLabGuide::networkKnobSection() const {
    switch (m_knob) {
    case GradientLabKnob::Task:
        return section(tr("The task"),
                       tr("Both tasks hide what matters far back in the sequence. In the adding "
                          "problem two numbers are marked early on and the answer at the end is "
                          "their sum; in temporal order the answer is the order of two early "
                          "symbols."),
                       tr("A network can only learn this if the gradient from the last step "
                          "still reaches the marked steps: watch the left end of each chart."));
    case GradientLabKnob::Lag:
        return section(tr("The lag"),
                       tr("The lag is how many steps lie between the inputs that matter and the "
                          "moment the answer is asked for. Every extra step is one more "
                          "multiplication the gradient has to survive on its way back."),
                       tr("Let go of the slider to race again. At a short lag all of them learn; "
                          "at a long one the RNN's loss stays flat at guessing level while the "
                          "LSTM's still falls, and the RNN's chart drops further towards t = 1."));
    case GradientLabKnob::Match:
        return section(tr("Same size or same number of weights"),
                       tr("With the same hidden size an LSTM has about four times the weights "
                          "of the RNN (it has four gates), so it could win just by being bigger. "
                          "With the same number of weights the RNN and the GRU get wider "
                          "instead, and a win is down to how the cell is built, not to its size."),
                       tr("Race both ways. If the much wider RNN still loses, size was not the "
                          "problem: the path of the gradient back through time is."));
    case GradientLabKnob::Hidden:
        return section(tr("Hidden size"),
                       tr("The hidden size is how many numbers a network keeps as its memory "
                          "from step to step. More units can remember more, but they do not "
                          "stop the gradient from fading: that depends on how the memory is "
                          "updated, not on how big it is."),
                       tr("Make it larger and race again: the RNN's curve still falls by "
                          "orders of magnitude."));
    default:
        return QString();
    }
}

QString GradientLabGuide::stackKnobSection() const {
    switch (m_knob) {
    case GradientLabKnob::Layers:
        return section(tr("Stacked layers"),
                       tr("With more layers, each layer reads the outputs of the one below at "
                          "every step. The gradient can now fade in two directions: back "
                          "through time, and down through the stack."),
                       tr("After the next race, choose a layer with “Show layer” above the "
                          "charts. Layer 1, the one reading the input, is furthest from the "
                          "loss: its gradients are often the weakest."));
    case GradientLabKnob::ShownLayer:
        return section(tr("Which layer the charts show"),
                       tr("Each chart now draws the gradient reaching the chosen layer. Layer 1 "
                          "reads the input; the last layer is the one next to the output."),
                       tr("Compare the layers: if a lower layer's curve lies below the upper "
                          "one's, the gradient also shrinks on its way down the stack."));
    case GradientLabKnob::Peephole:
        return section(tr("The peephole LSTM"),
                       tr("A peephole LSTM lets its gates look at the cell state itself, not "
                          "only at the input and the last output. It was added to the LSTM for "
                          "tasks that need precise timing. It races as a fourth runner, sized "
                          "like the others."),
                       tr("On these tasks it usually stays close to the plain LSTM: the cell "
                          "state, not the peepholes, is what carries the gradient back."));
    default:
        return QString();
    }
}

QString GradientLabGuide::trainingKnobSection() const {
    switch (m_knob) {
    case GradientLabKnob::Epochs:
        return section(tr("Epochs"),
                       tr("An epoch is one pass over all the training sequences. More epochs "
                          "give a network more time, but if no gradient reaches the early "
                          "inputs, more time does not help."),
                       tr("In the loss chart: is a curve still falling at the end, or flat?"));
    case GradientLabKnob::Clipping:
    case GradientLabKnob::ClipThreshold:
        return section(tr("Gradient clipping"),
                       tr("When the gradient's total size is above the threshold, clipping "
                          "scales it down to the threshold before the weights change. It stops "
                          "exploding gradients from throwing the weights far away; it cannot "
                          "make a vanished gradient bigger again. A lower threshold means "
                          "smaller, safer, slower steps."),
                       tr("Turn clipping off, set the recurrent weight scale above 1 or choose "
                          "ReLU, and race again: the RNN's loss may jump or stop being a "
                          "number, and its chart climbs towards t = 1 instead of falling."));
    case GradientLabKnob::Activation:
        return section(tr("The RNN's activation"),
                       tr("tanh squashes every value into −1 … 1 and its slope is at most 1, so "
                          "each step back can only shrink the gradient (apart from the "
                          "weights). ReLU does not squash positive values: its slope is 1 or 0, "
                          "so the gradient can grow as easily as it shrinks."),
                       tr("With ReLU the RNN's curve may bend upwards (exploding) instead of "
                          "down; watch its loss for spikes and keep clipping on."));
    case GradientLabKnob::RecurrentScale:
        return section(tr("The recurrent weight scale"),
                       tr("This multiplies the weights from one step's state to the next at "
                          "the start of training. Going back one step multiplies the gradient "
                          "by these weights; going back 50 steps does it 50 times. If that "
                          "shrinks it a little each time, it vanishes; if it grows it, it "
                          "explodes."),
                       tr("Try 0.5 and then 2: the RNN's chart turns steeply down, or up. The "
                          "LSTM minds much less: its cell state is not multiplied by these "
                          "weights."));
    default:
        return QString();
    }
}

QString GradientLabGuide::lstmKnobSection() const {
    switch (m_knob) {
    case GradientLabKnob::ForgetBias:
        return section(tr("The forget-gate bias"),
                       tr("The forget gate f decides how much of its cell state an LSTM keeps "
                          "at each step: f = 1 keeps everything, f = 0 forgets everything. A "
                          "positive bias starts the gate almost open (a bias of 3 gives "
                          "f ≈ 0.95), so the LSTM remembers from the first epoch on."),
                       tr("Set it to 2 or 3 and race again: the LSTM's dashed ‖∂L/∂c_t‖ curve "
                          "flattens and its loss falls sooner. Only the LSTMs have this gate."));
    case GradientLabKnob::Truncation:
        return section(tr("Truncated backpropagation through time"),
                       tr("Truncation carries the gradient back at most this many steps; "
                          "further back it is cut to zero. Training gets cheaper, but no "
                          "network can learn to use an input that lies beyond the cut."),
                       tr("Set it below the lag and race again: every loss stays at guessing "
                          "level, even the LSTM's."));
    case GradientLabKnob::HoldForget:
        return section(tr("The forget gate held at 1"),
                       tr("With f held at 1 the LSTM's cell state keeps everything it was ever "
                          "given, and the gradient flows back along it without shrinking at "
                          "all. This is the “constant error carousel” of the first LSTM, which "
                          "had no forget gate."),
                       tr("The LSTM's dashed curve should be flat. The price: it can never "
                          "forget, so on long sequences its cell state keeps growing."));
    default:
        return QString();
    }
}

QString GradientLabGuide::numbers() const {
    QString items;
    const QLocale locale;
    for (const Result& result : m_results) {
        if (std::isnan(result.decay))
            continue;
        items +=
            tr("<li><b>%1</b>: at the first step the gradient is %2 of its size at the "
               "last; validation %3: %4.</li>")
                .arg(result.name.toHtmlEscaped(), power(result.decay), m_metricName.toHtmlEscaped(),
                     std::isfinite(result.metric) ? locale.toString(result.metric, 'g', 3)
                                                  : QStringLiteral("–"));
    }
    if (items.isEmpty())
        return QString();
    const QString title = m_layers > 1
                              ? tr("The last race, layer %1 of %2").arg(m_layer + 1).arg(m_layers)
                              : tr("The last race");
    return QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(title.toHtmlEscaped(), items);
}

QString GradientLabGuide::lesson() const {
    return tr("<h3>Why does the RNN forget?</h3>"
              "<p>Each chart below shows how strongly the loss at the last step pulls on the "
              "hidden state h<sub>t</sub> at every earlier step t. Learning that an early input "
              "matters needs that pull.</p>"
              "<p>In a plain RNN the pull is multiplied by the recurrent weights and the tanh "
              "slope at every step back, so it shrinks geometrically: its curve falls by orders "
              "of magnitude towards t = 1. This is the <i>vanishing gradient</i>.</p>"
              "<p>The LSTM's cell state is updated by addition, gated by the forget gate: when "
              "f ≈ 1 the gradient flows back almost unchanged (the dashed ‖∂L/∂c<sub>t</sub>‖ "
              "curve), so its curve stays within an order or two. The GRU's update gate can do "
              "the same, once it has learnt to hold its state.</p>"
              "<p><b>Try:</b> change one control at a time; this guide then says what it does "
              "and what to look for.</p>");
}

} // namespace app
