// Which output views each built-in task gets, and the panel that shows them in the Output dock.
#include "app/views/attention_matrix_view.h"
#include "app/views/confusion_matrix_view.h"
#include "app/views/forecast_view.h"
#include "app/views/gesture_drawing_pad.h"
#include "app/views/output_panel.h"
#include "app/views/output_view_factory.h"
#include "app/views/text_generation_view.h"
#include "output_fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

using Kinds = std::vector<app::OutputViewKind>;
Q_DECLARE_METATYPE(Kinds)

class TestOutputViewFactory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void kindsFor_data();
    void kindsFor();
    void createsTheViewOfEachKind();
    void thePanelFeedsItsViews();
};

void TestOutputViewFactory::kindsFor_data() {
    using K = app::OutputViewKind;
    QTest::addColumn<QString>("task");
    QTest::addColumn<Kinds>("kinds");
    QTest::newRow("sine") << QStringLiteral("sine") << Kinds{K::Forecast};
    QTest::newRow("co2") << QStringLiteral("co2") << Kinds{K::Forecast};
    QTest::newRow("sunspots") << QStringLiteral("sunspots") << Kinds{K::Forecast};
    QTest::newRow("text") << QStringLiteral("text") << Kinds{K::TextGeneration};
    QTest::newRow("gestures") << QStringLiteral("gestures")
                              << Kinds{K::GesturePad, K::ConfusionMatrix};
    QTest::newRow("temporal-order")
        << QStringLiteral("temporal-order") << Kinds{K::ConfusionMatrix};
    QTest::newRow("sentiment") << QStringLiteral("sentiment") << Kinds{K::ConfusionMatrix};
    QTest::newRow("dates") << QStringLiteral("dates") << Kinds{K::AttentionMatrix};
    QTest::newRow("adding") << QStringLiteral("adding") << Kinds{};
    QTest::newRow("copy") << QStringLiteral("copy") << Kinds{};
    QTest::newRow("reber") << QStringLiteral("reber") << Kinds{};
}

void TestOutputViewFactory::kindsFor() {
    QFETCH(QString, task);
    QFETCH(Kinds, kinds);
    const auto made = output_fixtures::makeTask(task.toStdString(), {});
    QCOMPARE(app::OutputViewFactory::kindsFor(*made), kinds);
}

void TestOutputViewFactory::createsTheViewOfEachKind() {
    using K = app::OutputViewKind;
    QTemporaryDir dir;
    for (K kind :
         {K::Forecast, K::TextGeneration, K::ConfusionMatrix, K::AttentionMatrix, K::GesturePad}) {
        std::unique_ptr<app::OutputView> view(app::OutputViewFactory::create(kind));
        QVERIFY(view);
        QVERIFY(!app::OutputViewFactory::title(kind).isEmpty());
        view->resize(400, 300);
        view->setTask(nullptr); // empty views draw and export without a task
        QCOMPARE(view->exportImage(dir.filePath(QStringLiteral("v.png"))), QString());
        QCOMPARE(view->exportCsv(dir.filePath(QStringLiteral("v.csv"))), QString());
    }
    QVERIFY(qobject_cast<app::ForecastView*>(
        std::unique_ptr<app::OutputView>(app::OutputViewFactory::create(K::Forecast)).get()));
    QVERIFY(qobject_cast<app::GestureDrawingPad*>(
        std::unique_ptr<app::OutputView>(app::OutputViewFactory::create(K::GesturePad)).get()));
}

void TestOutputViewFactory::thePanelFeedsItsViews() {
    app::OutputPanel panel;
    QVERIFY(panel.views().empty());
    const auto gestures = output_fixtures::makeTask("gestures", {{"eval-size", "16"}});
    panel.setTask(gestures.get());
    QCOMPARE(panel.views().size(), size_t(2));
    QVERIFY(qobject_cast<app::GestureDrawingPad*>(panel.currentView()));
    auto network =
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*gestures, 6));
    panel.setNetwork(network);
    const auto* matrix = qobject_cast<app::ConfusionMatrixView*>(panel.views()[1]);
    QVERIFY(matrix);
    QCOMPARE(matrix->total(), 16L);
    QCOMPARE(panel.views()[0]->network(), network);

    const auto sine = output_fixtures::makeTask("sine", {{"eval-size", "10"}});
    panel.setTask(sine.get()); // another kind of task: the views are remade
    QCOMPARE(panel.views().size(), size_t(1));
    auto* forecast = qobject_cast<app::ForecastView*>(panel.views()[0]);
    QVERIFY(forecast);
    QVERIFY(forecast->forecast().isEmpty()); // the gestures network does not fit
    panel.setNetwork(
        std::make_shared<const core::Network<double>>(output_fixtures::smallNetwork(*sine, 4)));
    QVERIFY(!forecast->forecast().isEmpty());

    const auto adding = output_fixtures::makeTask("adding", {});
    panel.setTask(adding.get());
    QVERIFY(panel.views().empty());
    QVERIFY(!panel.currentView());
    panel.setTask(nullptr);
}

QTEST_MAIN(TestOutputViewFactory)
#include "tst_output_view_factory.moc"
