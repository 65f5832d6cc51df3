// The embedded Reber grammar task: every string is grammatical by an independent regular
// expression, the legal-successor targets are what the strings themselves show, and the
// baseline is what a memoryless predictor scores.
#include "data/reber_grammar.h"
#include "data/reber_task.h"

#include <QTest>
#include <cmath>
#include <map>
#include <regex>
#include <set>

using namespace data;
using core::Index;

namespace {

/** The embedded Reber language written out as a regular expression, derived by hand from the
 * graph: from state 3, (T*VPX)*T*V(PS|V) reaches the end; from 1, TS*X(X⟨3⟩|S) or P⟨3⟩. */
const std::regex& embeddedReber() {
    static const std::regex expression = [] {
        const std::string fromThree = "(T*VPX)*T*V(PS|V)";
        const std::string reber = "B(TS*X(X" + fromThree + "|S)|P" + fromThree + ")E";
        return std::regex("B(T" + reber + "T|P" + reber + "P)E");
    }();
    return expression;
}

} // namespace

class TestReberTask : public QObject {
    Q_OBJECT

private slots:
    void regexAgreesWithKnownStrings_data();
    void regexAgreesWithKnownStrings();
    void everyStringIsGrammatical();
    void targetsAreTheObservedSuccessors();
    void memorylessPredictorScoresTheBaseline();
    void grammarRefusesBadStrings();
};

void TestReberTask::regexAgreesWithKnownStrings_data() {
    QTest::addColumn<QString>("string");
    QTest::addColumn<bool>("grammatical");
    QTest::newRow("shortest") << "BTBTXSETE" << true;
    QTest::newRow("P embedding") << "BPBPVVEPE" << true;
    QTest::newRow("loops") << "BTBTSSXXTVVETE" << true;
    QTest::newRow("through 5 to 4") << "BPBPVPXVPSEPE" << true;
    QTest::newRow("mismatched embedding") << "BTBTXSEPE" << false;
    QTest::newRow("bad inner") << "BTBTXXETE" << false;
    QTest::newRow("no final E") << "BTBTXSET" << false;
}

void TestReberTask::regexAgreesWithKnownStrings() {
    QFETCH(QString, string);
    QFETCH(bool, grammatical);
    QCOMPARE(std::regex_match(string.toStdString(), embeddedReber()), grammatical);
    bool accepted = true;
    try {
        ReberGrammar::embeddedSuccessors(string.toStdString());
    } catch (const std::invalid_argument&) {
        accepted = false;
    }
    QCOMPARE(accepted, grammatical);
}

void TestReberTask::everyStringIsGrammatical() {
    const ReberTask task({2000, 200, 200}, 4);
    std::set<std::string> distinct;
    for (Split split : {Split::Train, Split::Validation, Split::Test})
        for (Index i = 0; i < task.sequenceCount(split); ++i) {
            const std::string s = task.reberString(split, i);
            QVERIFY2(std::regex_match(s, embeddedReber()), s.c_str());
            QVERIFY(s.size() <= ReberTask::kMaxLength);
            distinct.insert(s);
        }
    QVERIFY(distinct.size() > 300); // a varied sample, not a few strings repeated
}

void TestReberTask::targetsAreTheObservedSuccessors() {
    // Over many strings, the symbols seen after a prefix are exactly the targets' legal ones
    // (for the prefixes seen often enough to have shown both branches of every fork).
    const ReberTask task({4000, 10, 10}, 5);
    std::map<std::string, std::set<char>> observed;
    std::map<std::string, std::string> targets;
    std::map<std::string, int> seen;
    for (Index i = 0; i < task.sequenceCount(Split::Train); ++i) {
        const SequenceExample e = task.example(Split::Train, i);
        const std::string s = task.reberString(Split::Train, i);
        QCOMPARE(e.length(), Index(s.size()) - 1);
        for (Index t = 0; t < e.length(); ++t) {
            const std::string prefix = s.substr(0, size_t(t) + 1);
            observed[prefix].insert(s[size_t(t) + 1]);
            ++seen[prefix];
            std::string legal;
            for (int o = 0; o < ReberGrammar::kSymbolCount; ++o) {
                QVERIFY(e.targets(t, o) == 0 || e.targets(t, o) == 1);
                if (e.targets(t, o) == 1)
                    legal += ReberGrammar::kSymbols[o];
            }
            QVERIFY(!legal.empty());
            targets[prefix] = legal;
        }
    }
    int checked = 0;
    for (const auto& [prefix, next] : observed) {
        for (char c : next) // every observed successor is legal
            QVERIFY(targets[prefix].find(c) != std::string::npos);
        if (seen[prefix] >= 40) { // and, with enough draws, every legal one was observed
            QCOMPARE(std::string(next.begin(), next.end()).size(), targets[prefix].size());
            ++checked;
        }
    }
    QVERIFY(checked > 50);
}

void TestReberTask::memorylessPredictorScoresTheBaseline() {
    const ReberTask task({100, 1000, 100}, 6);
    // Exact logits (±40) except ½ for both T and P before the closing T/P: a step whose
    // target set is {T} or {P} after the inner E.
    const Evaluation e =
        task.evaluateSplit(Split::Validation, 64, [](const core::SequenceBatch<double>& batch) {
            core::Matrix<double> logits = (batch.targets.array() * 80 - 40).matrix();
            for (Index b = 0; b < batch.batch; ++b) {
                const Index last = batch.lengths[size_t(b)] - 1; // reads the closing T/P
                const Index row = (last - 1) * batch.batch + b;  // reads the inner E
                logits(row, 1) = logits(row, 2) = 0;
            }
            return logits;
        });
    QVERIFY2(std::abs(e.loss - task.baseline().loss) < 1e-12,
             qPrintable(QString::number(e.loss) + " " + QString::number(task.baseline().loss)));
    QCOMPARE(e.metric, 0.0);
    QVERIFY(!e.solved);
    QVERIFY(task.baseline().loss > 0.01 && task.baseline().loss < 0.03);
}

void TestReberTask::grammarRefusesBadStrings() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ReberGrammar::embeddedSuccessors(""));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ReberGrammar::embeddedSuccessors("BTBTXSETEE"));
    const auto successors = ReberGrammar::embeddedSuccessors("BPBTXSEPE");
    const std::vector<std::string> expected{"TP", "B", "TP", "SX", "SX", "E", "P", "E", ""};
    QCOMPARE(successors, expected);
}

QTEST_APPLESS_MAIN(TestReberTask)
#include "tst_reber_task.moc"
