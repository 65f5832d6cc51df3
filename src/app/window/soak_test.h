#pragma once
/**
 * The long run a classroom puts the application through: `lstm-studio --soak MINUTES` shows the
 * main window with every view in its own visible dock, redrawn at 60 Hz, and trains config B
 * (ViewBenchmark::configB) for that long, autosaving every sample interval. At each sample it
 * records the process's resident memory, the window's worst lateness (how late a 20 ms timer on
 * the window's thread fired since the last sample: what a click would wait), the optimizer steps
 * done, and whether the last autosave loads back as a session further on than the one before.
 *
 * Verdict: memory flat — the median of the last quarter of the samples at most 10% (and 16 MiB)
 * above the median of the second quarter (the first is warm-up: caches, traces, history fill);
 * responsive — no lateness over 250 ms; autosave — every sample after the first found a new
 * autosave that loads.
 */
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

namespace app {

class SoakTest : public QObject {
    Q_OBJECT

public:
    struct Sample {
        double seconds = 0.0;       ///< since the start
        double residentMiB = 0.0;   ///< VmRSS
        double worstLateMs = 0.0;   ///< of the window's 20 ms timer, since the last sample
        qint64 steps = 0;           ///< optimizer steps done
        bool autosaveLoads = false; ///< a new autosave since the last sample, and it loads
    };
    struct Verdict {
        bool memoryFlat = false;
        bool responsive = false;
        bool autosaveWorks = false;
        double memoryGrowth = 0.0; ///< last quarter's median / second quarter's, minus 1
        bool passed() const { return memoryFlat && responsive && autosaveWorks; }
    };

    /** The optimizer step of the session saved at a path, −1 when it does not load. */
    using StepReader = std::function<qint64(const QString& path)>;

    /** A run of `seconds`, sampled every `sampleSeconds`; `readStep` checks each autosave (by
     * default in this process, SessionFile::load). */
    SoakTest(double seconds, double sampleSeconds, StepReader readStep = {});
    /** The step of the session at `path`, as the window would load it; −1 when it does not. */
    static qint64 savedStep(const QString& path);
    /** Runs it (the window is made, shown and closed here); `progress` gets each sample. */
    std::vector<Sample> run(const std::function<void(const Sample&)>& progress = {});
    static Verdict judge(const std::vector<Sample>& samples);
    /** The samples as CSV: seconds,resident_mib,worst_late_ms,steps,autosave_loads. */
    static QString csv(const std::vector<Sample>& samples);
    static QString describe(const Verdict& verdict, const std::vector<Sample>& samples);
    /** This process's resident memory in MiB (Linux: /proc/self/status), 0 if unknown. */
    static double residentMiB();

private:
    double m_seconds;
    double m_sampleSeconds;
    StepReader m_readStep;
};

} // namespace app
