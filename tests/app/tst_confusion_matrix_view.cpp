// The confusion matrix: counts over the validation split, class names, hover, export.
#include "app/views/confusion_matrix_view.h"
#include "data/gestures_task.h"
#include "data/temporal_order_task.h"
#include "output_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestConfusionMatrixView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countsEqualAnIndependentCount();
    void namesTheClassesOfTheTask();
    void hoverTellsTheCount();
    void exportsImagesAndCsv();
    void screenshots();
};

namespace {

/** Counts of (true, predicted), one sequence at a time (not the view's batches of 64). */
std::vector<std::vector<long>> independentCount(const data::Task& task,
                                                const core::Network<double>& network) {
    const auto classes = size_t(network.spec().outputSize);
    std::vector<std::vector<long>> counts(classes, std::vector<long>(classes, 0));
    core::NetworkExecutor<double> executor(network);
    for (core::Index i = 0; i < task.sequenceCount(data::Split::Validation); ++i) {
        const core::SequenceBatch<double> one = task.batch(data::Split::Validation, 1, i, 0);
        const core::Matrix<double> outputs = executor.forward(one);
        core::Index guess = 0;
        outputs.row(0).maxCoeff(&guess);
        ++counts[size_t(one.targetClasses[0])][size_t(guess)];
    }
    return counts;
}

} // namespace

void TestConfusionMatrixView::countsEqualAnIndependentCount() {
    const auto task =
        output_fixtures::makeTask("gestures", {{"train-size", "20"}, {"eval-size", "150"}});
    const auto network =
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 12));
    app::ConfusionMatrixView view;
    view.setTask(task.get());
    view.setNetwork(network);
    QCOMPARE(view.total(), long(task->sequenceCount(data::Split::Validation)));
    QCOMPARE(view.total(), 150L);
    QCOMPARE(view.counts(), independentCount(*task, *network));
    long right = 0;
    for (size_t c = 0; c < view.counts().size(); ++c)
        right += view.counts()[c][c];
    QCOMPARE(view.accuracy(), double(right) / 150.0);

    view.setNetwork(nullptr);
    QVERIFY(view.counts().empty());
    QVERIFY(std::isnan(view.accuracy()));
}

void TestConfusionMatrixView::namesTheClassesOfTheTask() {
    const auto order = output_fixtures::makeTask(
        "temporal-order", {{"lag", "20"}, {"train-size", "20"}, {"eval-size", "40"}});
    app::ConfusionMatrixView view;
    view.setTask(order.get());
    view.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*order, 6)));
    const auto& temporal = dynamic_cast<const data::TemporalOrderTask&>(*order);
    QCOMPARE(view.classNames().size(), qsizetype(temporal.classCount()));
    for (int c = 0; c < temporal.classCount(); ++c)
        QCOMPARE(view.classNames()[c], QString::fromStdString(temporal.className(c)));
    QCOMPARE(view.total(), 40L);

    const auto gestures = output_fixtures::makeTask("gestures", {{"eval-size", "16"}});
    view.setTask(gestures.get()); // the old network does not fit: nothing counted
    QVERIFY(view.counts().empty());
    view.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*gestures, 6)));
    QCOMPARE(view.classNames().first(), QStringLiteral("circle"));
    QCOMPARE(view.classNames().size(), qsizetype(8));
}

void TestConfusionMatrixView::hoverTellsTheCount() {
    const auto task = output_fixtures::makeTask("gestures", {{"eval-size", "40"}});
    app::ConfusionMatrixView view;
    view.resize(500, 450);
    view.setTask(task.get());
    view.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 6)));
    const long n = view.counts()[2][5];
    const QString text = view.textAt(view.cellCentre(2, 5));
    QVERIFY2(text.contains(QStringLiteral("true triangle, predicted %1: %2 of 5")
                               .arg(view.classNames()[5])
                               .arg(n)),
             qPrintable(text));
    QVERIFY(view.textAt(QPoint(1, 1)).isEmpty());
}

void TestConfusionMatrixView::exportsImagesAndCsv() {
    const auto task = output_fixtures::makeTask("gestures", {{"eval-size", "24"}});
    app::ConfusionMatrixView view;
    view.resize(500, 450);
    view.setTask(task.get());
    view.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*task, 6)));
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("c.png"), QStringLiteral("c.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("c.csv"))), QString());
    QFile csv(dir.filePath(QStringLiteral("c.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
    QCOMPARE(lines.first().trimmed(), QStringLiteral("true,predicted,count"));
    QCOMPARE(lines.size(), 1 + 64);
    long sum = 0;
    for (qsizetype k = 1; k < lines.size(); ++k)
        sum += lines[k].trimmed().section(u',', 2).toLong();
    QCOMPARE(sum, 24L);
}

void TestConfusionMatrixView::screenshots() {
    const auto engine =
        output_fixtures::trained("gestures", {{"train-size", "400"}, {"eval-size", "80"}}, 4, 24);
    app::ConfusionMatrixView view;
    view.resize(520, 460);
    view.setTask(&engine->task());
    view.setNetwork(output_fixtures::networkOf(*engine));
    output_fixtures::screenshots(view, QStringLiteral("confusion"));
    QVERIFY(view.accuracy() > 0.2); // learnt something: better than 1/8
}

QTEST_MAIN(TestConfusionMatrixView)
#include "tst_confusion_matrix_view.moc"
