// Generated text: deterministic for a seed, the sampler's own text, argmax-like when cold.
#include "app/views/text_generation_view.h"
#include "data/text_sampler.h"
#include "data/text_task.h"
#include "data/utf8_codec.h"
#include "output_fixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestTextGenerationView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aSeedFixesTheText();
    void itIsTheSamplersText();
    void aLowTemperaturePicksTheLikeliestCharacter();
    void runsOffTheUiThreadAndCanBeClosedMeanwhile();
    void exportsImagesAndCsv();
    void screenshots();

private:
    QString generate(app::TextGenerationView& view);

    std::unique_ptr<data::Task> m_task;
    std::shared_ptr<const core::Network<double>> m_network;
};

void TestTextGenerationView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_task = output_fixtures::makeTask("text", {{"length", "24"}, {"train-size", "50"}});
    core::Network<double> network = output_fixtures::smallNetwork(*m_task, 24);
    // Logits as far apart as a trained model's (a fresh one's are all near 0), so that a low
    // temperature has a clear likeliest character to pick.
    network.parameter("head.weight") *= 40.0;
    m_network = std::make_shared<const core::Network<double>>(std::move(network));
}

QString TestTextGenerationView::generate(app::TextGenerationView& view) {
    QSignalSpy spy(&view, &app::TextGenerationView::generated);
    view.generate();
    if (!view.isGenerating() && spy.isEmpty())
        return QStringLiteral("<not started>");
    if (spy.isEmpty() && !spy.wait(20000))
        return QStringLiteral("<timeout>");
    return view.isGenerating() ? QStringLiteral("<still running>") : spy.first().first().toString();
}

void TestTextGenerationView::aSeedFixesTheText() {
    app::TextGenerationView view;
    view.setTask(m_task.get());
    view.setNetwork(m_network);
    view.setPrime(QStringLiteral("the "));
    view.setLength(60);
    view.setSeed(5);
    const QString first = generate(view);
    QCOMPARE(first.size(), qsizetype(60));
    QCOMPARE(view.text(), QStringLiteral("the ") + first);
    QCOMPARE(generate(view), first);
    view.setSeed(6);
    QVERIFY(generate(view) != first);
}

void TestTextGenerationView::itIsTheSamplersText() {
    app::TextGenerationView view;
    view.setTask(m_task.get());
    view.setNetwork(m_network);
    view.setPrime(QStringLiteral("and "));
    view.setLength(40);
    view.setSeed(9);
    view.setTemperature(1.5);
    QCOMPARE(view.temperature(), 1.5);
    const auto& text = dynamic_cast<const data::TextTask&>(*m_task);
    data::TextSampler::Settings settings;
    settings.temperature = 1.5;
    settings.seed = 9;
    settings.context = text.settings().length; // as the view runs it
    const data::TextSampler sampler(*m_network, text.vocabulary());
    QCOMPARE(generate(view), QString::fromStdString(sampler.generate("and ", 40, settings)));

    view.setTemperature(5.0); // the slider's range is 0.1 … 2
    QCOMPARE(view.temperature(), 2.0);
    view.setTemperature(0.0);
    QCOMPARE(view.temperature(), 0.1);
}

void TestTextGenerationView::aLowTemperaturePicksTheLikeliestCharacter() {
    app::TextGenerationView view;
    view.setTask(m_task.get());
    view.setNetwork(m_network);
    view.setPrime(QStringLiteral("the "));
    view.setLength(50);
    view.setTemperature(0.1);
    view.setSeed(1);
    const QString cold = generate(view);
    QCOMPARE(generate(view), cold); // repeatable

    // The arg max of the network's last output, over the same window of context, step by step.
    const auto& text = dynamic_cast<const data::TextTask&>(*m_task);
    const data::CharVocabulary& vocabulary = text.vocabulary();
    std::vector<std::int32_t> ids = vocabulary.encode(U"the ");
    const std::vector<std::int32_t> drawn =
        vocabulary.encode(data::Utf8Codec::decode(cold.toStdString()));
    QCOMPARE(drawn.size(), size_t(50));
    core::NetworkExecutor<double> executor(*m_network);
    int likeliest = 0;
    for (size_t k = 0; k < drawn.size(); ++k) {
        const auto read = std::min<core::Index>(text.settings().length, core::Index(ids.size()));
        core::SequenceBatch<double> batch;
        batch.steps = read;
        batch.batch = 1;
        batch.tokens.assign(ids.end() - read, ids.end());
        core::Index best = 0;
        executor.forward(batch).row(read - 1).maxCoeff(&best);
        likeliest += int(best == drawn[k]);
        ids.push_back(drawn[k]);
    }
    QVERIFY2(likeliest >= 45, qPrintable(QString::number(likeliest)));
}

void TestTextGenerationView::runsOffTheUiThreadAndCanBeClosedMeanwhile() {
    auto view = std::make_unique<app::TextGenerationView>();
    view->setTask(m_task.get());
    view->setNetwork(m_network);
    view->setLength(app::TextGenerationView::kMaxLength);
    view->generate();
    QVERIFY(view->isGenerating()); // generate() returned before the text was written
    view->generate();              // asked again while running: once more afterwards
    QSignalSpy spy(view.get(), &app::TextGenerationView::generated);
    QVERIFY(spy.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 30000);
    QCOMPARE(spy[0], spy[1]); // same settings, same text
    view->generate();
    view.reset(); // waits for the thread instead of crashing
    view = std::make_unique<app::TextGenerationView>();
    view->generate(); // no task: nothing to do
    QVERIFY(!view->isGenerating());
}

void TestTextGenerationView::exportsImagesAndCsv() {
    app::TextGenerationView view;
    view.resize(500, 300);
    view.setTask(m_task.get());
    view.setNetwork(m_network);
    view.setPrime(QStringLiteral("say \"hi\", "));
    view.setLength(20);
    const QString generated = generate(view);
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("t.png"), QStringLiteral("t.svg")}) {
        QCOMPARE(view.exportImage(dir.filePath(name)), QString());
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    QCOMPARE(view.exportCsv(dir.filePath(QStringLiteral("t.csv"))), QString());
    QFile csv(dir.filePath(QStringLiteral("t.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString all = QString::fromUtf8(csv.readAll());
    QVERIFY(all.startsWith(QStringLiteral("prime,temperature,seed,text")));
    QVERIFY(all.contains(QStringLiteral("\"say \"\"hi\"\", \",1,1,\"")));
    QVERIFY(all.contains(QString(generated).replace(u'"', QStringLiteral("\"\""))));
}

void TestTextGenerationView::screenshots() {
    const auto engine = output_fixtures::trained(
        "text", {{"length", "32"}, {"train-size", "400"}, {"eval-size", "20"}}, 3, 64, 1e-2);
    app::TextGenerationView view;
    view.resize(560, 320);
    view.setTask(&engine->task());
    view.setNetwork(output_fixtures::networkOf(*engine));
    view.setPrime(QStringLiteral("The "));
    view.setTemperature(0.6);
    view.setLength(300);
    QVERIFY(!generate(view).isEmpty());
    output_fixtures::screenshots(view, QStringLiteral("text"));
}

QTEST_MAIN(TestTextGenerationView)
#include "tst_text_generation_view.moc"
