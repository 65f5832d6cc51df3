// `lstm-studio-cli gradients` prints ‖∂L/∂h_t‖ per step; at a long lag a plain RNN's gradient
// fades by orders of magnitude towards the first steps while an LSTM's stays within a few.
// (That the traced norms are ∂L/∂h_t at all is checked against finite differences in
// tests/core/tst_recurrent_layers.cpp.)
#include "cli_process.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

struct Flow {
    std::vector<double> hidden, cell; ///< per step, layer 1
};

Flow flowOf(const QByteArray& output) {
    Flow flow;
    for (const QByteArray& line : output.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        flow.hidden.push_back(fields.value(1).toDouble());
        if (fields.size() > 2)
            flow.cell.push_back(fields.value(2).toDouble());
    }
    return flow;
}

} // namespace

class TestGradientsCommand : public QObject {
    Q_OBJECT

private slots:
    void anRnnForgetsWhereAnLstmRemembers() {
        QTemporaryDir dir;
        const CliResult rnn = runCli(dir.path(), args("gradients --task adding --lag 60 --cell rnn "
                                                      "--epochs 0 --seed 3 --eval-size 32"));
        const CliResult lstm = runCli(dir.path(), args("gradients --task adding --lag 60 --cell "
                                                       "lstm --epochs 0 --seed 3 --eval-size 32"));
        QCOMPARE(rnn.exitCode, 0);
        QCOMPARE(lstm.exitCode, 0);
        const Flow r = flowOf(rnn.out), l = flowOf(lstm.out);
        QVERIFY(r.hidden.size() >= 60 && r.hidden.size() <= 66); // lengths 60 to 66
        QCOMPARE(l.hidden.size(), r.hidden.size());
        QVERIFY(r.cell.empty());
        QCOMPARE(l.cell.size(), l.hidden.size());
        const double rnnFade = r.hidden.front() / r.hidden[59];
        const double lstmFade = l.hidden.front() / l.hidden[59];
        QVERIFY2(rnnFade < 1e-6, qPrintable(QString::number(rnnFade)));
        QVERIFY2(lstmFade > 1e-2, qPrintable(QString::number(lstmFade)));
        for (double norm : r.hidden)
            QVERIFY(std::isfinite(norm) && norm >= 0);
    }

    /** Chunks of 10 from t = 1: a last step t = L reaches back to 10·⌊(L − 1)/10⌋ + 1. */
    void truncationStopsTheGradientAtTheLastChunk() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(), args("gradients --task adding --lag 20 --cell lstm --epochs 0 "
                                    "--seed 3 --eval-size 32 --truncate 10"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("# truncated BPTT, k = 10: chunks start at t = 1, 11, 21, …"),
                 result.out.constData());
        const Flow flow = flowOf(result.out);
        QVERIFY(flow.hidden.size() >= 20 && flow.hidden.size() <= 26);
        const QByteArray stops = "stops at its chunk's start, t = ";
        const qsizetype at = result.out.indexOf(stops);
        QVERIFY(at > 0);
        const int first = result.out.mid(at + stops.size(), 2).toInt();
        QVERIFY(first == 11 || first == 21);
        for (size_t t = 0; t < flow.hidden.size(); ++t) {
            if (int(t) + 1 < first) {
                QCOMPARE(flow.hidden[t], 0.0);
                QCOMPARE(flow.cell[t], 0.0);
            }
        }
        QVERIFY(flow.hidden[size_t(first - 1)] > 0);
        QVERIFY(flow.hidden.back() > 0);
    }

    void aFrozenForgetGateIsNoted() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(), args("gradients --task adding --lag 20 --cell peephole --epochs 0 "
                                    "--seed 3 --eval-size 32 --freeze-forget 1"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("# forget gate frozen at 1\n"));
    }

    void aFrozenGateIsRefusedForAGru() {
        QTemporaryDir dir;
        const CliResult result = runCli(
            dir.path(), args("gradients --task adding --lag 20 --cell gru --seed 1 --freeze-input "
                             "0.5"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("only the LSTM and the peephole LSTM have forget and input "
                                     "gates to freeze: layer 1 is a GRU"),
                 result.err.constData());
        const CliResult range =
            runCli(dir.path(), args("gradients --task adding --lag 20 --cell lstm --seed 1 "
                                    "--freeze-forget 2"));
        QCOMPARE(range.exitCode, 2);
        QVERIFY(range.err.contains("a frozen forget gate's value must be between 0 and 1"));
    }

    void aBadCellIsNamed() {
        QTemporaryDir dir;
        const CliResult result =
            runCli(dir.path(), args("gradients --task adding --cell tree --seed 1"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown cell 'tree'"));
    }
};

QTEST_APPLESS_MAIN(TestGradientsCommand)
#include "tst_gradients_command.moc"
