#pragma once
/**
 * Text the `text` task's character model writes, so a student can read what it has learnt and
 * feel what the temperature does: a prime, a temperature (0.1 sharpens towards the likeliest
 * character, 2 flattens towards noise), a seed and a length, a Generate button, and the text.
 * Generation is data::TextSampler's, exactly as `lstm-studio-cli sample` runs it (context: the
 * task's window length), on a thread of its own with the network it had when asked, so the
 * window never waits; the same seed and settings give the same text.
 */
#include "app/views/output_view.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QThread;

namespace app {

class TextGenerationView : public OutputView {
    Q_OBJECT

public:
    static constexpr int kMaxLength = 2000;

    explicit TextGenerationView(QWidget* parent = nullptr);
    ~TextGenerationView() override;

    void setTemperature(double temperature); ///< clamped to [0.1, 2]
    double temperature() const;
    void setSeed(int seed);
    void setPrime(const QString& prime);
    void setLength(int length);
    /** The text shown: the prime, then what the network wrote. */
    QString text() const;
    bool isGenerating() const { return m_thread != nullptr; }

    /** Writes prime,temperature,seed,text; empty on success, else why not. */
    QString exportCsv(const QString& path) const override;

public slots:
    /** Starts generating with the current settings (again when already running). */
    void generate();

signals:
    /** A generation finished; `text` is the generated part, without the prime. */
    void generated(const QString& text);

protected:
    void refresh() override;

private:
    struct Job;
    void finish(const std::shared_ptr<Job>& job);
    void updateTemperatureLabel();

    QSlider* m_temperature;
    QLabel* m_temperatureLabel;
    QLineEdit* m_prime;
    QSpinBox* m_seed;
    QSpinBox* m_length;
    QPushButton* m_generate;
    QPlainTextEdit* m_output;
    QThread* m_thread = nullptr;
    bool m_again = false;
    QString m_shownPrime, m_generated;
    double m_shownTemperature = 0.0;
    int m_shownSeed = 0;
};

} // namespace app
