// TrainingSettings' truncated BPTT and frozen gates: their check, what they tell the core, and
// the words describeChanges() writes into the run's history for them.
#include "session/training_settings.h"

#include <QTest>

using session::TrainingSettings;

Q_DECLARE_METATYPE(TrainingSettings)

class tst_TrainingSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreFullBpttWithNothingFrozen() {
        const TrainingSettings settings;
        QCOMPARE(settings.bpttTruncation, 0);
        QVERIFY(!settings.frozenGates.any());
        QVERIFY(settings.recurrentOptions() == core::RecurrentOptions{});
        QCOMPARE(settings.validate(), std::string());
    }

    void theCoreGetsTheFields() {
        TrainingSettings settings;
        settings.bpttTruncation = 12;
        settings.frozenGates.input = 0.25;
        const core::RecurrentOptions options = settings.recurrentOptions();
        QCOMPARE(options.truncation, core::Index(12));
        QVERIFY(!options.frozenGates.forget);
        QCOMPARE(*options.frozenGates.input, 0.25);
    }

    void invalidValuesAreRefusedInWords() {
        TrainingSettings settings;
        settings.bpttTruncation = -1;
        QCOMPARE(settings.validate(),
                 std::string("the truncation length must be zero (full backpropagation through "
                             "time) or a positive number of steps"));
        settings = {};
        settings.frozenGates.forget = 1.01;
        QCOMPARE(settings.validate(),
                 std::string("a frozen forget gate's value must be between 0 and 1"));
        settings.frozenGates.forget = std::nan("");
        QCOMPARE(settings.validate(),
                 std::string("a frozen forget gate's value must be between 0 and 1"));
        settings = {};
        settings.frozenGates.input = -0.5;
        QCOMPARE(settings.validate(),
                 std::string("a frozen input gate's value must be between 0 and 1"));
    }

    void changesAreDescribedInWords_data() {
        QTest::addColumn<TrainingSettings>("before");
        QTest::addColumn<TrainingSettings>("after");
        QTest::addColumn<QStringList>("words");
        TrainingSettings full, ten, twenty, one, forget, forgetHalf, input;
        ten.bpttTruncation = 10;
        twenty.bpttTruncation = 20;
        one.bpttTruncation = 1;
        forget.frozenGates.forget = 1.0;
        forgetHalf.frozenGates.forget = 0.5;
        input.frozenGates.input = 0.75;
        QTest::newRow("nothing") << full << full << QStringList();
        QTest::newRow("truncate")
            << full << ten
            << QStringList{"backpropagation through time full → truncated to 10 steps"};
        QTest::newRow("longer") << ten << twenty
                                << QStringList{"backpropagation through time truncated to 10 "
                                               "steps → truncated to 20 steps"};
        QTest::newRow("one step") << ten << one
                                  << QStringList{"backpropagation through time truncated to "
                                                 "10 steps → truncated to 1 step"};
        QTest::newRow("back to full")
            << twenty << full
            << QStringList{"backpropagation through time truncated to 20 steps → full"};
        QTest::newRow("freeze forget")
            << full << forget << QStringList{"forget gate learned → frozen at 1"};
        QTest::newRow("forget to a half")
            << forget << forgetHalf << QStringList{"forget gate frozen at 1 → frozen at 0.5"};
        QTest::newRow("free forget")
            << forgetHalf << full << QStringList{"forget gate frozen at 0.5 → learned"};
        TrainingSettings both = input;
        both.bpttTruncation = 10;
        QTest::newRow("both at once")
            << full << both
            << QStringList{"backpropagation through time full → truncated to 10 steps",
                           "input gate learned → frozen at 0.75"};
        TrainingSettings frozen, slow, unfrozen;
        frozen.groups["layer0"] = {1.0, true};
        frozen.groups["head"] = {2.0, false};
        slow.groups["layer0"] = {0.1, false};
        unfrozen.groups["layer0"] = {1.0, false}; // the default, written out: no change
        QTest::newRow("freeze a layer and rate the head")
            << full << frozen << QStringList{"head trained → rate ×2", "layer0 trained → frozen"};
        QTest::newRow("unfreeze at a tenth")
            << frozen << slow << QStringList{"head rate ×2 → trained", "layer0 frozen → rate ×0.1"};
        QTest::newRow("default written out") << full << unfrozen << QStringList();
    }

    void groupFactorsMustBeNumbers() {
        TrainingSettings settings;
        settings.groups["layer1"] = {-0.5, false};
        QCOMPARE(settings.validate(),
                 std::string("the learning-rate factor of layer1 must be zero or positive"));
        settings.groups["layer1"] = {std::nan(""), false};
        QVERIFY(!settings.validate().empty());
        settings.groups["layer1"] = {0.0, false};
        QCOMPARE(settings.validate(), std::string());
    }

    void changesAreDescribedInWords() {
        QFETCH(TrainingSettings, before);
        QFETCH(TrainingSettings, after);
        QFETCH(QStringList, words);
        QStringList described;
        for (const std::string& phrase : session::describeChanges(before, after))
            described << QString::fromStdString(phrase);
        QCOMPARE(described, words);
    }
};

QTEST_APPLESS_MAIN(tst_TrainingSettings)
#include "tst_training_settings.moc"
