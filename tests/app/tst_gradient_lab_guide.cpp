// app::GradientLabGuide: the lesson alone before any knob is touched, the touched knob's
// explanation first, the last race's numbers (powers of ten, a vanished gradient below single
// precision, the metric, the layer they are of), and no numbers before a run reported any.
#include "app/views/gradient_lab_guide.h"

#include <QTest>
#include <cmath>
#include <limits>

class TestGradientLabGuide : public QObject {
    Q_OBJECT

private slots:
    void startsWithTheLesson();
    void explainsTheKnobFirst();
    void quotesTheNumbersOfTheRuns();
    void saysWhichLayerTheNumbersAreOf();
};

void TestGradientLabGuide::startsWithTheLesson() {
    app::GradientLabGuide guide;
    QVERIFY(guide.text().startsWith(QStringLiteral("Why does the RNN forget?")));
    QVERIFY(!guide.text().contains(QStringLiteral("Look for now:")));
    QVERIFY(!guide.text().contains(QStringLiteral("The last race")));
    QVERIFY(!guide.toolTip().isEmpty());
}

void TestGradientLabGuide::explainsTheKnobFirst() {
    app::GradientLabGuide guide;
    guide.setKnob(app::GradientLabKnob::HoldForget);
    QCOMPARE(guide.knob(), app::GradientLabKnob::HoldForget);
    QVERIFY(guide.text().startsWith(QStringLiteral("The forget gate held at 1")));
    QVERIFY(guide.text().contains(QStringLiteral("constant error carousel")));
    QVERIFY(guide.text().contains(QStringLiteral("Why does the RNN forget?"))); // after it
    guide.setKnob(app::GradientLabKnob::Truncation);
    QVERIFY(!guide.text().contains(QStringLiteral("constant error carousel")));
    QVERIFY(guide.text().contains(QStringLiteral("beyond the cut")));
}

void TestGradientLabGuide::quotesTheNumbersOfTheRuns() {
    app::GradientLabGuide guide;
    guide.setKnob(app::GradientLabKnob::Lag);
    guide.setRuns({QStringLiteral("RNN"), QStringLiteral("LSTM")}, QStringLiteral("accuracy"));
    QVERIFY(!guide.text().contains(QStringLiteral("The last race"))); // nothing reported yet
    const double nan = std::numeric_limits<double>::quiet_NaN();
    guide.setResult(0, 1e-40, nan);
    guide.setResult(1, 0.2, 0.875);
    guide.setResult(2, 0.5, 0.5); // no such run: ignored
    const QString text = guide.text();
    QVERIFY(text.contains(QStringLiteral("The last race")));
    QVERIFY2(text.contains(QStringLiteral("RNN: at the first step the gradient is < 10−30")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("validation accuracy: –")));
    QVERIFY(text.contains(QStringLiteral("LSTM: at the first step the gradient is 10-1")));
    QVERIFY(text.contains(QStringLiteral("0.875")));
    QVERIFY(text.contains(QStringLiteral("one more multiplication"))); // the knob stays
    guide.setRuns({QStringLiteral("GRU")}, QStringLiteral("accuracy"));
    QVERIFY(!guide.text().contains(QStringLiteral("The last race"))); // a new race forgets
}

void TestGradientLabGuide::saysWhichLayerTheNumbersAreOf() {
    app::GradientLabGuide guide;
    guide.setRuns({QStringLiteral("RNN")}, QStringLiteral("MSE"));
    guide.setResult(0, 1e-3, 0.1);
    QVERIFY(guide.text().contains(QStringLiteral("The last race\n")));
    guide.setLayer(1, 3);
    QVERIFY(guide.text().contains(QStringLiteral("The last race, layer 2 of 3")));
}

QTEST_MAIN(TestGradientLabGuide)
#include "tst_gradient_lab_guide.moc"
