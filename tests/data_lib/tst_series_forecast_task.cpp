// The forecasting task over real series: windows inside their chronological split, the
// normalization of the training part alone, the persistence baselines, reproducible shuffling,
// rendering with dates, the registered tasks, and a short training run that beats the baseline.
#include "core/network.h"
#include "core/network_executor.h"
#include "core/network_initializer.h"
#include "core/training_step.h"
#include "data/batch_cast.h"
#include "data/csv_reader.h"
#include "data/embedded_files.h"
#include "data/series_forecast_task.h"
#include "data/task_registry.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <set>

using namespace data;
using core::Index;

namespace {

/** 120 values with a trend, a season of 12 and a wobble; labels "t0" … */
Series syntheticSeries(Index n = 120) {
    Series s;
    s.name = "synthetic";
    s.source = "test";
    for (Index t = 0; t < n; ++t) {
        s.values.push_back(0.05 * double(t) + std::sin(2 * M_PI * double(t) / 12) +
                           0.3 * std::cos(0.77 * double(t * t % 17)));
        s.labels.push_back(std::to_string(t));
        s.labels.back().insert(0, 1, 't');
    }
    return s;
}

SeriesForecastTask::Settings settings(Index window, Index horizon, Index season = 0) {
    SeriesForecastTask::Settings s;
    s.name = "test";
    s.window = window;
    s.horizon = horizon;
    s.season = season;
    return s;
}

/** Where a batch's sequence starts in the series, found by matching values (not the task's
 * own bookkeeping); −1 when nowhere. */
Index findStart(const Series& s, const SeriesForecastTask& task,
                const core::SequenceBatch<double>& batch, Index b) {
    for (Index start = 0; start + batch.steps <= Index(s.values.size()); ++start) {
        bool match = true;
        for (Index t = 0; t < batch.steps && match; ++t)
            match = std::abs(batch.inputs(t * batch.batch + b, 0) -
                             (s.values[size_t(start + t)] - task.mean()) /
                                 task.standardDeviation()) < 1e-12;
        if (match)
            return start;
    }
    return -1;
}

} // namespace

class TestSeriesForecastTask : public QObject {
    Q_OBJECT

private slots:
    void shapesAndFeatures_data();
    void shapesAndFeatures();
    void normalizationUsesTheTrainingPartOnly();
    void splitsAreChronologicalAndDisjoint();
    void shufflingFollowsTheSeed();
    void baselineIsPersistenceMeasuredIndependently_data();
    void baselineIsPersistenceMeasuredIndependently();
    void rendersValuesWithTheirDates();
    void refusesWhatItCannotForecast_data();
    void refusesWhatItCannotForecast();
    void registeredTasksAreMadeByName();
    void csvTaskReportsTheReadersError();
    void theDefaultNetworkBeatsTheBaseline();
};

void TestSeriesForecastTask::shapesAndFeatures_data() {
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("W 12, H 1, B 8") << 12 << 1 << 8;
    QTest::newRow("W 6, H 4, B 5") << 6 << 4 << 5;
    QTest::newRow("W 1, H 3, B 100") << 1 << 3 << 100;
}

void TestSeriesForecastTask::shapesAndFeatures() {
    QFETCH(int, window);
    QFETCH(int, horizon);
    QFETCH(int, batchSize);
    const Series s = syntheticSeries();
    const SeriesForecastTask task(s, settings(window, horizon), 1);
    // 120 values: train [0, 84), validation [84, 102), test [102, 120).
    QCOMPARE(task.sequenceCount(Split::Train), Index(84 - window - horizon + 1));
    QCOMPARE(task.sequenceCount(Split::Validation), Index(18 - window - horizon + 1));
    QCOMPARE(task.sequenceCount(Split::Test), Index(18 - window - horizon + 1));
    const Index count = task.sequenceCount(Split::Validation);
    QCOMPARE(task.batchCount(Split::Validation, batchSize), (count + batchSize - 1) / batchSize);
    const Index lastIndex = task.batchCount(Split::Validation, batchSize) - 1;
    const auto last = task.batch(Split::Validation, batchSize, lastIndex, 0);
    QCOMPARE(last.batch, count - lastIndex * batchSize);
    const auto b = task.batch(Split::Validation, batchSize, 0, 0);
    QCOMPARE(b.steps, Index(window));
    QCOMPARE(b.inputs.rows(), Index(window) * b.batch);
    QCOMPARE(b.inputs.cols(), Index(2));
    QCOMPARE(b.targets.rows(), b.batch);
    QCOMPARE(b.targets.cols(), Index(horizon));
    QCOMPARE(b.lengths, core::Lengths(size_t(b.batch), Index(window)));
    QVERIFY(task.checkNetwork(task.recommendedNetwork()).empty());
    QCOMPARE(task.recommendedNetwork().outputSize, Index(horizon));
    // Validation sequence i is the window starting at 84 + i: features by the definitions.
    for (Index i = 0; i < b.batch; ++i) {
        const Index start = 84 + i, lastAt = start + window - 1;
        for (Index t = 0; t < window; ++t) {
            const double x = s.values[size_t(start + t)];
            QCOMPARE(b.inputs(t * b.batch + i, 0), (x - task.mean()) / task.standardDeviation());
            QCOMPARE(b.inputs(t * b.batch + i, 1),
                     (x - s.values[size_t(lastAt)]) / task.changeScale());
        }
        for (Index k = 0; k < horizon; ++k)
            QCOMPARE(b.targets(i, k),
                     (s.values[size_t(lastAt + 1 + k)] - s.values[size_t(lastAt)]) /
                         task.changeScale());
    }
}

void TestSeriesForecastTask::normalizationUsesTheTrainingPartOnly() {
    const Series s = syntheticSeries();
    const SeriesForecastTask task(s, settings(10, 2), 1);
    double sum = 0, squares = 0, changes = 0;
    for (int t = 0; t < 84; ++t)
        sum += s.values[size_t(t)];
    const double mean = sum / 84;
    for (int t = 0; t < 84; ++t)
        squares += std::pow(s.values[size_t(t)] - mean, 2);
    for (int t = 1; t < 84; ++t)
        changes += std::pow(s.values[size_t(t)] - s.values[size_t(t - 1)], 2);
    QVERIFY(std::abs(task.mean() - mean) < 1e-12);
    QVERIFY(std::abs(task.standardDeviation() - std::sqrt(squares / 84)) < 1e-12);
    QVERIFY(std::abs(task.changeScale() - std::sqrt(changes / 83)) < 1e-12);
    // The whole series' mean differs (it trends upwards): the test would see a leak.
    double all = 0;
    for (double x : s.values)
        all += x;
    QVERIFY(std::abs(all / double(s.values.size()) - mean) > 0.5);
}

void TestSeriesForecastTask::splitsAreChronologicalAndDisjoint() {
    const Series s = syntheticSeries();
    const Index W = 8, H = 3;
    const SeriesForecastTask task(s, settings(W, H), 5);
    const std::array<std::pair<Index, Index>, 3> bounds{{{0, 84}, {84, 102}, {102, 120}}};
    for (Split split : {Split::Train, Split::Validation, Split::Test}) {
        const auto [first, last] = bounds[size_t(split)];
        QCOMPARE(task.segment(split), std::make_pair(first, last));
        std::set<Index> starts;
        for (Index i = 0; i < task.batchCount(split, 7); ++i) {
            const auto b = task.batch(split, 7, i, 3);
            for (Index k = 0; k < b.batch; ++k) {
                const Index start = findStart(s, task, b, k);
                QVERIFY(start >= first && start + W + H <= last); // inside, targets included
                starts.insert(start);
            }
        }
        QCOMPARE(Index(starts.size()), task.sequenceCount(split)); // every window once
        QCOMPARE(*starts.begin(), first);
        QCOMPARE(*starts.rbegin(), last - W - H);
    }
}

void TestSeriesForecastTask::shufflingFollowsTheSeed() {
    const Series s = syntheticSeries();
    const SeriesForecastTask a(s, settings(6, 1), 7), same(s, settings(6, 1), 7),
        other(s, settings(6, 1), 8);
    const auto order = [&](const SeriesForecastTask& task, Split split, int epoch) {
        std::vector<Index> starts;
        for (Index i = 0; i < task.batchCount(split, 16); ++i) {
            const auto b = task.batch(split, 16, i, epoch);
            for (Index k = 0; k < b.batch; ++k)
                starts.push_back(findStart(s, task, b, k));
        }
        return starts;
    };
    QCOMPARE(order(a, Split::Train, 0), order(same, Split::Train, 0));
    QVERIFY(order(a, Split::Train, 0) != order(other, Split::Train, 0));
    QVERIFY(order(a, Split::Train, 0) != order(a, Split::Train, 1));
    std::vector<Index> sorted = order(a, Split::Train, 0);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted.front(), Index(0));
    QCOMPARE(sorted.back(), Index(84 - 7));
    // Validation and test come in time order whatever the seed and the epoch.
    const std::vector<Index> validation = order(a, Split::Validation, 0);
    QCOMPARE(order(other, Split::Validation, 4), validation);
    QVERIFY(std::is_sorted(validation.begin(), validation.end()));
}

void TestSeriesForecastTask::baselineIsPersistenceMeasuredIndependently_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<int>("season");
    QTest::newRow("nile, W 6, H 1") << "nile.csv" << false << "volume" << 6 << 1 << 0;
    QTest::newRow("elnino, W 24, H 3, season 12") << "elnino.csv" << true << "" << 24 << 3 << 12;
    QTest::newRow("elec, W 13, H 1, season 12") << "elec_equip.csv" << false << "" << 13 << 1 << 12;
    QTest::newRow("co2, W 52, H 4, season 52") << "co2.csv" << false << "co2" << 52 << 4 << 52;
    QTest::newRow("sunspots, W 22, H 14, season 11")
        << "sunspots.csv" << false << "" << 22 << 14 << 11;
}

void TestSeriesForecastTask::baselineIsPersistenceMeasuredIndependently() {
    QFETCH(QString, file);
    QFETCH(bool, wide);
    QFETCH(QString, column);
    QFETCH(int, window);
    QFETCH(int, horizon);
    QFETCH(int, season);
    CsvOptions options;
    options.wide = wide;
    options.column = column.toStdString();
    options.missing = MissingPolicy::Interpolate;
    const std::string path = "timeseries/" + file.toStdString();
    const Series s = CsvReader::readBytes(EmbeddedFiles::get(path), path, options);
    const SeriesForecastTask task(s, settings(window, horizon, season), 1);

    const auto n = Index(s.values.size());
    const Index from = std::lround(0.7 * double(n)), to = std::lround(0.85 * double(n));
    double persistence = 0, seasonal = 0, count = 0;
    for (Index start = from; start + window + horizon <= to; ++start) {
        const Index last = start + window - 1;
        for (Index k = 1; k <= horizon; ++k) {
            persistence += std::abs(s.values[size_t(last + k)] - s.values[size_t(last)]);
            if (season > 0) { // the same phase in the last season the window holds
                Index lag = season;
                while (lag < k)
                    lag += season;
                seasonal += std::abs(s.values[size_t(last + k)] - s.values[size_t(last + k - lag)]);
            }
            count += 1;
        }
    }
    persistence /= count;
    seasonal = season > 0 ? seasonal / count : INFINITY;
    QVERIFY(std::abs(task.persistenceMae() - persistence) < 1e-9 * persistence);
    const double best = std::min(persistence, seasonal);
    QVERIFY2(std::abs(task.baseline().metric - best) < 1e-9 * best,
             qPrintable(QString::number(task.baseline().metric) + " vs " + QString::number(best)));
    QVERIFY(std::abs(task.solvedThreshold() - 0.9 * best) < 1e-9 * best);
    // The task's own evaluation of "no change" scores persistence.
    const Evaluation e = task.evaluateSplit(Split::Validation, 32, [](const auto& batch) {
        return core::Matrix<double>::Zero(batch.batch, batch.targets.cols()).eval();
    });
    QVERIFY(std::abs(e.metric - persistence) < 1e-9 * persistence);
    QCOMPARE(e.solved, persistence <= 0.9 * best);
}

void TestSeriesForecastTask::rendersValuesWithTheirDates() {
    CsvOptions options;
    options.column = "co2";
    options.missing = MissingPolicy::Interpolate;
    const Series s =
        CsvReader::readBytes(EmbeddedFiles::get("timeseries/co2.csv"), "co2.csv", options);
    const SeriesForecastTask task(s, settings(52, 2, 52), 1);
    const auto b = task.batch(Split::Train, 4, 0, 0);
    const Index start = findStart(s, task, b, 1);
    QVERIFY(start >= 0);
    QCOMPARE(task.renderStep(b, 1, 3),
             s.labels[size_t(start + 3)] + ": " +
                 std::to_string(s.values[size_t(start + 3)]).substr(0, 5));
    const auto v = task.batch(Split::Validation, 4, 0, 0);
    const Index first = task.segment(Split::Validation).first;
    QCOMPARE(task.renderStep(v, 0, 0),
             s.labels[size_t(first)] + ": " + std::to_string(s.values[size_t(first)]).substr(0, 5));
    QCOMPARE(s.labels[size_t(first)].size(), size_t(10)); // yyyy-mm-dd
    QCOMPARE(task.renderTarget(v, 0, 0),
             s.labels[size_t(first + 52)] + ": " +
                 std::to_string(s.values[size_t(first + 52)]).substr(0, 5) + ", " +
                 s.labels[size_t(first + 53)] + ": " +
                 std::to_string(s.values[size_t(first + 53)]).substr(0, 5));
    core::Matrix<double> outputs(1, 2);
    outputs << 0.5, -1.0;
    const double up = 0.5 * task.changeScale(), down = -task.changeScale();
    const QString rendered = QString::fromStdString(task.renderOutput(outputs, 0));
    QVERIFY2(rendered.startsWith(QLatin1Char('+')), qPrintable(rendered));
    QVERIFY(std::abs(rendered.split(QStringLiteral(", ")).at(0).toDouble() - up) < 1e-5 * up);
    QVERIFY(std::abs(rendered.split(QStringLiteral(", ")).at(1).toDouble() - down) < 1e-4);
}

void TestSeriesForecastTask::refusesWhatItCannotForecast_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("constant");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("season");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too short") << 40 << false << 6 << 0 << "too short for one window of 6 + 1";
    QTest::newRow("constant") << 100 << true << 6 << 0 << "constant on its training part";
    QTest::newRow("season longer than the window") << 100 << false << 6 << 12 << "must fit";
}

void TestSeriesForecastTask::refusesWhatItCannotForecast() {
    QFETCH(int, length);
    QFETCH(bool, constant);
    QFETCH(int, window);
    QFETCH(int, season);
    QFETCH(QString, expected);
    Series s = syntheticSeries(length);
    if (constant)
        std::fill(s.values.begin(), s.values.end(), 3.0);
    try {
        SeriesForecastTask task(s, settings(window, 1, season), 1);
        QFAIL("made a task it cannot make");
    } catch (const std::invalid_argument& error) {
        QVERIFY2(QString::fromUtf8(error.what()).contains(expected), error.what());
    }
}

void TestSeriesForecastTask::registeredTasksAreMadeByName() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    for (const char* name : {"co2", "sunspots", "nile", "elnino", "elec-equip", "macro"}) {
        const auto task = registry.make(name, {}, 1);
        QCOMPARE(task->name(), std::string(name));
        QVERIFY(task->baseline().metric > 0);
        QVERIFY(task->sequenceCount(Split::Validation) >= 9);
        QVERIFY(task->checkNetwork(task->recommendedNetwork()).empty());
        QCOMPARE(registry.make(name, task->options(), 1)->baseline().metric,
                 task->baseline().metric);
    }
    const auto unemp = registry.make("macro", {{"column", "unemp"}}, 1);
    QVERIFY(unemp->description().find("unemp") != std::string::npos);
    QVERIFY(!registry.check("macro", {{"column", "gdp"}}).empty());
}

void TestSeriesForecastTask::csvTaskReportsTheReadersError() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, registry.make("csv", {}, 1));
    QTemporaryDir dir;
    const std::string good = dir.filePath(QStringLiteral("good.csv")).toStdString();
    const std::string bad = dir.filePath(QStringLiteral("bad.csv")).toStdString();
    {
        std::ofstream out(good);
        out << "date;price\n";
        for (int day = 1; day <= 28; ++day)
            for (int month = 1; month <= 6; ++month)
                out << day << '/' << month << "/2020;" << day * 3 + month << ',' << day % 7 << '\n';
        std::ofstream(bad) << "date,price\n2020-01-01,1\n2020-01-02,oops\n";
    }
    const auto task =
        registry.make("csv", {{"file", good}, {"decimal-comma", "yes"}, {"window", "10"}}, 1);
    QCOMPARE(task->sequenceCount(Split::Train), Index(std::lround(168 * 0.7) - 10));
    try {
        registry.make("csv", {{"file", bad}, {"column", "price"}}, 1);
        QFAIL("read a bad file");
    } catch (const std::invalid_argument& error) {
        QCOMPARE(QString::fromUtf8(error.what()),
                 QString::fromStdString(bad) +
                     QStringLiteral(", line 3, column 2 (\"price\"): expected a number, found "
                                    "\"oops\""));
    }
}

void TestSeriesForecastTask::theDefaultNetworkBeatsTheBaseline() {
    // The nile task's recommended network and recipe (50 epochs, 100 steps), as `train` runs them.
    const auto task = TaskRegistry::builtIn().make("nile", {}, 1);
    const TrainingRecipe recipe = task->recommendedRecipe();
    core::Network<float> network(task->recommendedNetwork());
    core::NetworkInitializer::initialize(network, recipe.initialization, 1);
    core::TrainingStep<float> step(network, task->lossKind(), recipe.optimizer, 1);
    step.clipping() = {core::ClipMode::Norm, recipe.clipNorm};
    core::NetworkExecutor<float> executor(network);
    const Task::Predictor predict = [&](const core::SequenceBatch<double>& batch) {
        return core::Matrix<double>(executor.forward(castBatch<float>(batch)).cast<double>());
    };
    const Index batches = task->batchCount(Split::Train, recipe.batchSize);
    for (int epoch = 0; epoch < recipe.epochs; ++epoch)
        for (Index i = 0; i < batches; ++i)
            step.run(castBatch<float>(task->batch(Split::Train, recipe.batchSize, i, epoch)));
    const Evaluation after = task->evaluateSplit(Split::Validation, 32, predict);
    qInfo("nile: validation MAE %.2f, baseline %.2f, threshold %.2f", after.metric,
          task->baseline().metric, 0.9 * task->baseline().metric);
    QVERIFY(after.solved);
}

QTEST_APPLESS_MAIN(TestSeriesForecastTask)
#include "tst_series_forecast_task.moc"
