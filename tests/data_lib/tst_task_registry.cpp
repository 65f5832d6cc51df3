// The task registry and the task options: listing, defaults, and the words of every refusal.
#include "data/task.h"
#include "data/task_registry.h"

#include <QTest>
#include <stdexcept>

using namespace data;

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

/** Small splits, so that making every task stays fast. */
TaskOptions small(TaskOptions options = {}) {
    options.try_emplace("train-size", "200");
    options.try_emplace("eval-size", "50");
    return options;
}

} // namespace

class TestTaskRegistry : public QObject {
    Q_OBJECT

private slots:
    void listsTheBuiltInTasks();
    void everyOptionHasHelpAndAValidDefault();
    void makesEveryTaskWithItsDefaults();
    void optionsRemakeTheSameTask();
    void refusals_data();
    void refusals();
    void optionSpecsCheckValues_data();
    void optionSpecsCheckValues();
    void typedReadersRefuseMissingOptions();
    void addingAnExistingNameThrows();
};

void TestTaskRegistry::listsTheBuiltInTasks() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QStringList names;
    for (const TaskInfo& info : registry.list()) {
        names << text(info.name);
        QVERIFY(!info.description.empty());
        QCOMPARE(registry.find(info.name)->name, info.name);
    }
    QCOMPARE(names, (QStringList{"sine", "adding", "temporal-order", "copy", "reber", "text",
                                 "sentiment", "dates", "gestures", "speech-digits", "co2",
                                 "sunspots", "nile", "elnino", "elec-equip", "macro", "csv"}));
    QVERIFY(registry.find("nonsense") == nullptr);
    const std::string help = registry.help();
    QVERIFY(help.find("--lag N") != std::string::npos);
    QVERIFY(help.find("--symbols 2|3") != std::string::npos);
    QVERIFY(help.find("--kind sine|multi|noisy") != std::string::npos);
}

void TestTaskRegistry::everyOptionHasHelpAndAValidDefault() {
    for (const TaskInfo& info : TaskRegistry::builtIn().list())
        for (const TaskOptionSpec& spec : info.options) {
            QVERIFY2(spec.check(spec.defaultValue).empty(), spec.name.c_str());
            QVERIFY(!spec.description.empty());
            QVERIFY(text(spec.help()).startsWith(text("--" + spec.name + " ")));
        }
}

void TestTaskRegistry::makesEveryTaskWithItsDefaults() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    for (const TaskInfo& info : registry.list()) {
        if (!info.findOption("train-size"))
            continue; // a series task: its sizes are its series' (tst_series_forecast_task)
        const auto task = registry.make(info.name, small(), 7);
        QCOMPARE(task->name(), info.name);
        QCOMPARE(task->seed(), std::uint64_t(7));
        // options() reports every option, defaults included.
        const TaskOptions options = task->options();
        QCOMPARE(options, registry.withDefaults(info.name, small()));
        QCOMPARE(task->sequenceCount(Split::Train), core::Index(200));
        QCOMPARE(task->sequenceCount(Split::Validation), core::Index(50));
        QCOMPARE(task->sequenceCount(Split::Test), core::Index(50));
        QVERIFY(task->recommendedNetwork().validate().empty());
        QVERIFY(task->checkNetwork(task->recommendedNetwork()).empty());
        QVERIFY(!task->successCriterion().empty());
        QVERIFY(!task->baseline().description.empty());
    }
}

void TestTaskRegistry::optionsRemakeTheSameTask() {
    const TaskRegistry& registry = TaskRegistry::builtIn();
    const auto task = registry.make("temporal-order", small({{"symbols", "3"}, {"lag", "30"}}), 9);
    const auto again = registry.make(task->name(), task->options(), task->seed());
    const auto a = task->batch(Split::Train, 16, 3, 2), b = again->batch(Split::Train, 16, 3, 2);
    QCOMPARE(a.inputs, b.inputs);
    QCOMPARE(a.targetClasses, b.targetClasses);
    QCOMPARE(again->recommendedNetwork().outputSize, core::Index(8));
}

void TestTaskRegistry::refusals_data() {
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown task")
        << "addition"
        << ""
        << ""
        << "unknown task \"addition\"; the tasks are sine, adding, "
           "temporal-order, copy, reber, text, sentiment, dates, "
           "gestures, speech-digits, co2, sunspots, nile, elnino, elec-equip, macro, "
           "csv";
    QTest::newRow("unknown option") << "adding"
                                    << "lags"
                                    << "10"
                                    << "the task adding has no option --lags; its options are "
                                       "--lag, --train-size, --eval-size";
    QTest::newRow("not a number") << "adding"
                                  << "lag"
                                  << "ten"
                                  << "task adding: --lag expects an integer from 10 to 10000 "
                                     "(got \"ten\")";
    QTest::newRow("below the minimum") << "copy"
                                       << "lag"
                                       << "0"
                                       << "task copy: --lag expects an integer from 1 to 10000 "
                                          "(got \"0\")";
    QTest::newRow("fraction for an integer") << "adding"
                                             << "lag"
                                             << "20.5"
                                             << "task adding: --lag expects an integer from 10 to "
                                                "10000 (got \"20.5\")";
    QTest::newRow("bad choice") << "temporal-order"
                                << "symbols"
                                << "4"
                                << "task temporal-order: --symbols expects one of 2, 3 (got "
                                   "\"4\")";
    QTest::newRow("bad kind") << "sine"
                              << "kind"
                              << "square"
                              << "task sine: --kind expects one of sine, multi, noisy (got "
                                 "\"square\")";
}

void TestTaskRegistry::refusals() {
    QFETCH(QString, task);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    TaskOptions options;
    if (!option.isEmpty())
        options[option.toStdString()] = value.toStdString();
    const TaskRegistry& registry = TaskRegistry::builtIn();
    QCOMPARE(text(registry.check(task.toStdString(), options)), message);
    try {
        registry.make(task.toStdString(), options, 1);
        QFAIL("make() accepted it");
    } catch (const std::invalid_argument& error) {
        QCOMPARE(QString::fromUtf8(error.what()), message);
    }
}

void TestTaskRegistry::optionSpecsCheckValues_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("integerAccepts");
    QTest::addColumn<bool>("realAccepts");
    QTest::newRow("integer") << "12" << true << true;
    QTest::newRow("smallest") << "10" << true << true;
    QTest::newRow("largest") << "20" << true << true;
    QTest::newRow("too big") << "21" << false << false;
    QTest::newRow("decimal") << "12.5" << false << true;
    QTest::newRow("exponent") << "1.2e1" << false << true;
    QTest::newRow("plus sign") << "+12" << false << true;
    QTest::newRow("decimal comma") << "12,5" << false << false;
    QTest::newRow("trailing text") << "12abc" << false << false;
    QTest::newRow("empty") << "" << false << false;
    QTest::newRow("nan") << "nan" << false << false;
}

void TestTaskRegistry::optionSpecsCheckValues() {
    QFETCH(QString, value);
    QFETCH(bool, integerAccepts);
    QFETCH(bool, realAccepts);
    const auto integer = TaskOptionSpec::integer("n", "a count", 15, 10, 20);
    const auto real = TaskOptionSpec::real("x", "a number", 15, 10, 20);
    QCOMPARE(integer.check(value.toStdString()).empty(), integerAccepts);
    QCOMPARE(real.check(value.toStdString()).empty(), realAccepts);
    if (realAccepts)
        QCOMPARE(optionReal({{"x", value.toStdString()}}, "x"), value.toDouble());
    QCOMPARE(text(real.help()), QString("--x X  a number (a number from 10 to 20; default 15)"));
}

void TestTaskRegistry::typedReadersRefuseMissingOptions() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optionInteger({}, "lag"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, optionInteger({{"lag", "x"}}, "lag"));
    QCOMPARE(optionInteger({{"lag", "-3"}}, "lag"), std::int64_t(-3));
    QCOMPARE(optionText({{"kind", "multi"}}, "kind"), std::string("multi"));
}

void TestTaskRegistry::addingAnExistingNameThrows() {
    TaskRegistry registry;
    registry.add({"one", "the first", {}},
                 [](const TaskOptions&, std::uint64_t) { return std::unique_ptr<Task>(); });
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             registry.add({"one", "again", {}}, TaskRegistry::Factory()));
    QCOMPARE(text(registry.check("one", {{"lag", "1"}})),
             QString("the task one has no option --lag; it has none"));
}

QTEST_APPLESS_MAIN(TestTaskRegistry)
#include "tst_task_registry.moc"
