// The data library's English words reach the French interface translated: every text the
// built-in tasks produce (names, descriptions, options, criteria, metrics, baselines, classes)
// has a French translation, and the numbers in a text survive its translation.
#include "app/document/task_texts.h"
#include "app/window/examples_menu.h"
#include "app/window/language_manager.h"
#include "data/gestures_task.h"
#include "data/task_registry.h"
#include "data/temporal_order_task.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>
#include <set>

class TestTaskTexts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyTakesTheNumbersOut();
    void everyTaskTextIsInFrench();
    void numbersSurviveTheTranslation();
    void untranslatedTextIsShownAsItIs();

private:
    app::LanguageManager m_language;
    QTranslator m_french; ///< the French catalogue alone, to ask what it has
};

namespace {

/** The task made with small splits, so that making it is quick. */
std::unique_ptr<data::Task> smallTask(const data::TaskInfo& info) {
    data::TaskOptions options;
    for (const data::TaskOptionSpec& option : info.options)
        if (option.name == "train-size" || option.name == "eval-size")
            options[option.name] = "60";
    return data::TaskRegistry::builtIn().make(info.name, options, 1);
}

/** Every text a user can see of the built-in tasks. */
std::set<std::string> taskTexts() {
    std::set<std::string> texts;
    for (const data::TaskInfo& info : data::TaskRegistry::builtIn().list()) {
        texts.insert({info.name, info.description});
        for (const data::TaskOptionSpec& option : info.options) {
            texts.insert({option.name, option.description});
            texts.insert(option.choices.begin(), option.choices.end());
        }
        if (info.name == "csv")
            continue; // needs the user's file; its words are its info's
        const auto task = smallTask(info);
        texts.insert({task->successCriterion(), task->metricName(), task->baseline().description});
        if (const auto* gestures = dynamic_cast<const data::GesturesTask*>(task.get()))
            texts.insert(gestures->classNames().begin(), gestures->classNames().end());
    }
    texts.insert({"layer 1", "layer 2 (reverse)", "decoder"}); // a trace's layers (probe_trace.h)
    for (const QString& path : app::ExamplesMenu::readySessions()) // File › Examples
        texts.insert(QFileInfo(path).completeBaseName().toStdString());
    return texts;
}

} // namespace

void TestTaskTexts::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_language.apply(QStringLiteral("fr"));
    QVERIFY(m_french.load(QStringLiteral(":/i18n/lstm_studio_fr.qm")));
}

void TestTaskTexts::cleanupTestCase() {
    m_language.apply(QStringLiteral("en"));
}

void TestTaskTexts::keyTakesTheNumbersOut() {
    QStringList numbers;
    QCOMPARE(
        app::TaskTexts::keyOf(QStringLiteral("|error| < 0.04 on at least 95% of 1e-3"), &numbers),
        QStringLiteral("|error| < %1 on at least %2% of %3"));
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("0.04"), QStringLiteral("95"), QStringLiteral("1e-3")}));
}

void TestTaskTexts::everyTaskTextIsInFrench() {
    QStringList missing;
    int checked = 0;
    for (const std::string& text : taskTexts()) {
        const QString key = app::TaskTexts::keyOf(QString::fromStdString(text));
        if (!key.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
            continue; // "," or ";": nothing to translate
        ++checked;
        if (m_french.translate("app::TaskTexts", key.toUtf8().constData()).isEmpty())
            missing << key;
    }
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    for (const QString& key : missing)
        qInfo().noquote() << "untranslated:" << key;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("No French for:\n") + missing.join(QLatin1Char('\n'))));
}

void TestTaskTexts::numbersSurviveTheTranslation() {
    const auto adding = data::TaskRegistry::builtIn().make("adding", {{"train-size", "60"}}, 1);
    const QString french = app::TaskTexts::translated(adding->successCriterion());
    QVERIFY2(french.contains(QStringLiteral("0.04")) && french.contains(QStringLiteral("95")),
             qPrintable(french));
    QVERIFY2(french != QString::fromStdString(adding->successCriterion()), qPrintable(french));
}

void TestTaskTexts::untranslatedTextIsShownAsItIs() {
    QCOMPARE(app::TaskTexts::translated("q"), QStringLiteral("q"));
    QCOMPARE(app::TaskTexts::translated("1955-03: 312.4"), QStringLiteral("1955-03: 312.4"));
}

QTEST_MAIN(TestTaskTexts)
#include "tst_task_texts.moc"
