// The attention matrix of the probe sequence: rows sum to 1, labels are the task's rendering.
#include "app/views/attention_matrix_view.h"
#include "data/dates_task.h"
#include "output_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestAttentionMatrixView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheTracesAttentionWithTheTasksLabels();
    void saysWhenThereIsNoAttention();
    void exportsImagesAndCsv();
    void screenshots();

private:
    std::unique_ptr<data::Task> m_task;
    core::SequenceBatch<double> m_input;
    std::shared_ptr<const session::ProbeTrace> m_trace;
};

namespace {

/** The core's forward trace of one sequence, in single precision as the app records it. */
std::shared_ptr<const session::ProbeTrace> traceOf(const core::Network<double>& network,
                                                   const core::SequenceBatch<double>& batch) {
    const core::Network<float> single = network.converted<float>();
    core::SequenceBatch<float> input;
    input.steps = batch.steps;
    input.batch = batch.batch;
    input.tokens = batch.tokens;
    input.lengths = batch.lengths;
    input.decoderSteps = batch.decoderSteps;
    input.decoderTokens = batch.decoderTokens;
    input.decoderLengths = batch.decoderLengths;
    core::NetworkExecutor<float> executor(single);
    core::NetworkTrace<float> trace;
    const core::Matrix<float> outputs = executor.forward(input, &trace);
    return std::make_shared<session::ProbeTrace>(
        session::ProbeTrace::fromNetworkTrace(trace, outputs, batch.steps));
}

} // namespace

void TestAttentionMatrixView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_task = output_fixtures::makeTask("dates", {{"train-size", "20"}, {"eval-size", "10"}});
    m_input = m_task->batch(data::Split::Validation, 1, 3, 0);
    m_trace = traceOf(output_fixtures::smallNetwork(*m_task, 16), m_input);
    QVERIFY(m_trace->attention.size() > 0);
}

void TestAttentionMatrixView::showsTheTracesAttentionWithTheTasksLabels() {
    app::AttentionMatrixView view;
    view.resize(700, 360);
    view.setTask(m_task.get());
    view.setTrace(m_trace, m_input);
    const core::Matrix<double>& weights = view.weights();
    QCOMPARE(weights.rows(), core::Index(10));
    QCOMPARE(weights.cols(), m_input.steps);
    for (core::Index j = 0; j < weights.rows(); ++j)
        QVERIFY(std::abs(weights.row(j).sum() - 1.0) < 1e-5);
    QVERIFY((weights.array() >= 0).all());

    QCOMPARE(view.inputLabels().size(), qsizetype(m_input.steps));
    QString source;
    for (core::Index s = 0; s < m_input.steps; ++s) {
        const QString rendered = QString::fromStdString(m_task->renderStep(m_input, 0, s));
        QCOMPARE(view.inputLabels()[s], rendered == u" " ? QStringLiteral("\u2423") : rendered);
        source += rendered;
    }
    const auto& example =
        dynamic_cast<const data::DatesTask&>(*m_task).example(data::Split::Validation, 3);
    QCOMPARE(source, QString::fromStdString(example.source()));
    const core::Matrix<double> outputs = m_trace->outputs.cast<double>();
    for (core::Index j = 0; j < 10; ++j)
        QCOMPARE(view.outputLabels()[j], QString::fromStdString(m_task->renderOutput(outputs, j)));

    const QString text = view.textAt(view.cellCentre(4, 2));
    QVERIFY2(text.contains(QString::number(weights(4, 2), 'f', 3)), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("output 5")), qPrintable(text));
    QVERIFY(view.textAt(QPoint(1, 1)).isEmpty());
}

void TestAttentionMatrixView::saysWhenThereIsNoAttention() {
    app::AttentionMatrixView view;
    view.setTask(m_task.get());
    auto without = std::make_shared<session::ProbeTrace>(*m_trace);
    without->attention.resize(0, 0);
    view.setTrace(without, m_input);
    QCOMPARE(view.weights().size(), core::Index(0));
    view.setTrace(m_trace, m_input);
    QVERIFY(view.weights().size() > 0);
    view.setTrace(nullptr, {});
    QCOMPARE(view.weights().size(), core::Index(0));
}

void TestAttentionMatrixView::exportsImagesAndCsv() {
    app::AttentionMatrixView view;
    view.resize(700, 360);
    view.setTask(m_task.get());
    view.setTrace(m_trace, m_input);
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("a.png"), QStringLiteral("a.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("a.csv"))), QString());
    QFile csv(dir.filePath(QStringLiteral("a.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
    QCOMPARE(lines.first().trimmed(), QStringLiteral("output_step,output,input_step,input,weight"));
    QCOMPARE(lines.size(), qsizetype(1 + 10 * m_input.steps));
    double sum = 0.0;
    for (qsizetype k = 1; k <= m_input.steps; ++k) // output step 0
        sum += lines[k].trimmed().section(u',', -1).toDouble();
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
}

void TestAttentionMatrixView::screenshots() {
    const auto engine = output_fixtures::trained(
        "dates", {{"train-size", "3000"}, {"eval-size", "20"}, {"language", "english"}}, 2, 32);
    const core::SequenceBatch<double> input =
        engine->task().batch(data::Split::Validation, 1, engine->probeSequence(), 0);
    app::AttentionMatrixView view;
    view.resize(720, 340);
    view.setTask(&engine->task());
    view.setTrace(traceOf(*output_fixtures::networkOf(*engine), input), input);
    output_fixtures::screenshots(view, QStringLiteral("attention"));
    QVERIFY(view.weights().size() > 0);
}

QTEST_MAIN(TestAttentionMatrixView)
#include "tst_attention_matrix_view.moc"
