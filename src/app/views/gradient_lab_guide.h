#pragma once
/**
 * The vanishing-gradient lab's guide: a few short paragraphs, in plain language, about the knob
 * the student touched last (what it does, and what to look for in the charts now), then the
 * numbers of the last race (how much of the gradient reaches the first step, and the validation
 * metric, per runner), then why a plain RNN forgets at all. Text only through tr(); the colours
 * are the palette's.
 */
#include "app/views/gradient_lab_knob.h"

#include <QTextBrowser>
#include <vector>

namespace app {

class GradientLabGuide : public QTextBrowser {
    Q_OBJECT

public:
    explicit GradientLabGuide(QWidget* parent = nullptr);

    /** Explains `knob` first (None: only the lesson as a whole). */
    void setKnob(GradientLabKnob knob);
    GradientLabKnob knob() const { return m_knob; }
    /** Forgets the last race's numbers; the runners of the next one are `names`. */
    void setRuns(const QStringList& names, const QString& metricName);
    /** Renames the runners (the language changed), keeping their numbers. */
    void setRunNames(const QStringList& names);
    /** Run `run`'s ratio ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖ and validation metric (NaN: not known yet). */
    void setResult(int run, double decay, double metric);
    /** The numbers are those of layer `layer` (0-based) of `layers`. */
    void setLayer(int layer, int layers);
    /** The guide as plain text, as shown. */
    QString text() const { return toPlainText(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Result {
        QString name;
        double decay;
        double metric;
    };

    void refresh();
    QString knobSection() const;
    /** The race's set-up: task, lag, matching, hidden size. */
    QString networkKnobSection() const;
    /** Layers, the layer shown, the peephole runner. */
    QString stackKnobSection() const;
    /** Epochs, clipping, the RNN's activation, the recurrent weight scale. */
    QString trainingKnobSection() const;
    /** The forget-gate bias, truncation, the forget gate held. */
    QString lstmKnobSection() const;
    QString section(const QString& title, const QString& what, const QString& look) const;
    QString numbers() const;
    QString lesson() const;

    GradientLabKnob m_knob = GradientLabKnob::None;
    std::vector<Result> m_results;
    QString m_metricName;
    QString m_html; ///< as last set
    int m_layer = 0;
    int m_layers = 1;
};

} // namespace app
