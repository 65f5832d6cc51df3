// training::LessonFile: a good lesson's every field, the shipped lessons (both languages, a
// question each), a table of broken files each refused with the file and the place named, the
// language fallback of training::LocalizedText, the size cap.
#include "training/lesson_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using training::Lesson;
using training::LessonFile;

namespace {

/** A small valid lesson whose session is "../sessions/s.lstmsession"; tests break it. */
QJsonObject goodLesson() {
    const QByteArray json = R"({
      "format": "lstm-studio-lesson", "version": 1,
      "title": {"en": "Gates", "fr": "Portes"},
      "summary": "Everyone reads this",
      "session": "../sessions/s.lstmsession",
      "steps": [
        {"title": {"en": "One", "fr": "Un"}, "text": {"en": "<p>First</p>", "fr": "<p>Premier</p>"},
         "show": "heatmap", "select": {"layer": 0, "unit": 3, "step": 12},
         "lock": ["editor", "training"], "hide": ["palette"]},
        {"title": {"en": "Two"}, "text": {"en": "Second"}, "show": "lab",
         "lab": {"task": "adding", "lag": 50},
         "question": {"text": {"en": "Which?", "fr": "Laquelle ?"},
                      "choices": [{"en": "A"}, {"en": "B", "fr": "Bé"}], "answer": 1,
                      "explanation": {"en": "Because"}}}
      ]})";
    return QJsonDocument::fromJson(json).object();
}

void writeJson(const QString& path, const QJsonObject& object) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

/** Sets `value` at a path of keys and array indices ("steps", 1, "question", "answer"). */
QJsonValue withValue(QJsonValue node, QList<QVariant> path, const QJsonValue& value) {
    if (path.isEmpty())
        return value;
    const QVariant key = path.takeFirst();
    if (key.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[key.toInt()] = withValue(array[key.toInt()], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key.toString());
    else
        object[key.toString()] = withValue(object.value(key.toString()), path, value);
    return object;
}

} // namespace

class TestLessonFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goodFileHasEveryField();
    void shippedLessonsLoadInBothLanguages_data();
    void shippedLessonsLoadInBothLanguages();
    void badFileIsRefusedWithItsPlace_data();
    void badFileIsRefusedWithItsPlace();
    void fileProblemsAreNamed();
    void languagesFallBackToEnglish();

private:
    QString lessonPath() const { return m_dir.filePath(QStringLiteral("lessons/l.lstmlesson")); }
    QTemporaryDir m_dir;
};

void TestLessonFile::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("lessons")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sessions")));
    QFile session(m_dir.filePath(QStringLiteral("sessions/s.lstmsession")));
    QVERIFY(session.open(QIODevice::WriteOnly));
    session.write("not read by the lesson reader");
}

void TestLessonFile::goodFileHasEveryField() {
    writeJson(lessonPath(), goodLesson());
    Lesson lesson;
    QString error;
    QVERIFY2(LessonFile::load(lessonPath(), lesson, &error), qPrintable(error));
    QCOMPARE(lesson.file, lessonPath());
    QCOMPARE(lesson.title.in(QStringLiteral("fr")), QStringLiteral("Portes"));
    QCOMPARE(lesson.summary.in(QStringLiteral("fr")), QStringLiteral("Everyone reads this"));
    QCOMPARE(lesson.session,
             QDir::cleanPath(m_dir.filePath(QStringLiteral("sessions/s.lstmsession"))));
    QCOMPARE(lesson.steps.size(), 2);
    const training::LessonStep& first = lesson.steps[0];
    QCOMPARE(first.show, QStringLiteral("heatmap"));
    QVERIFY(first.select.has_value());
    QCOMPARE(first.select->layer, std::optional<int>(0));
    QCOMPARE(first.select->unit, std::optional<int>(3));
    QCOMPARE(first.select->step, std::optional<int>(12));
    QCOMPARE(first.lock, QStringList({QStringLiteral("editor"), QStringLiteral("training")}));
    QCOMPARE(first.hide, QStringList({QStringLiteral("palette")}));
    QVERIFY(!first.question && !first.lab);
    const training::LessonStep& second = lesson.steps[1];
    QVERIFY(second.lab.has_value());
    QCOMPARE(second.lab->task, QStringLiteral("adding"));
    QCOMPARE(second.lab->lag, 50);
    QVERIFY(second.question.has_value());
    QCOMPARE(second.question->answer, 1);
    QCOMPARE(second.question->choices.size(), 2);
    QCOMPARE(second.question->choices[1].in(QStringLiteral("fr")), QStringLiteral("Bé"));
    QCOMPARE(second.question->explanation.in(QStringLiteral("en")), QStringLiteral("Because"));
}

void TestLessonFile::shippedLessonsLoadInBothLanguages_data() {
    QTest::addColumn<QString>("path");
    const QDir folder(QStringLiteral(LSTM_STUDIO_SOURCE_DIR "/resources/lessons"));
    const QStringList names = folder.entryList({QStringLiteral("*.lstmlesson")}, QDir::Files);
    QVERIFY(names.size() >= 6);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

void TestLessonFile::shippedLessonsLoadInBothLanguages() {
    QFETCH(QString, path);
    Lesson lesson;
    QString error;
    QVERIFY2(LessonFile::load(path, lesson, &error), qPrintable(error));
    QVERIFY(lesson.steps.size() >= 4 && lesson.steps.size() <= 7);
    const auto bothLanguages = [](const training::LocalizedText& text) {
        return !text.exactly(QStringLiteral("en")).isEmpty() &&
               !text.exactly(QStringLiteral("fr")).isEmpty();
    };
    QVERIFY(bothLanguages(lesson.title) && bothLanguages(lesson.summary));
    int questions = 0;
    for (const training::LessonStep& step : std::as_const(lesson.steps)) {
        QVERIFY2(bothLanguages(step.title) && bothLanguages(step.text),
                 qPrintable(step.title.in(QStringLiteral("en"))));
        if (!step.question)
            continue;
        ++questions;
        QVERIFY(bothLanguages(step.question->text) && bothLanguages(step.question->explanation));
        for (const training::LocalizedText& choice : std::as_const(step.question->choices))
            QVERIFY(bothLanguages(choice));
    }
    QVERIFY(questions >= 1);
}

void TestLessonFile::badFileIsRefusedWithItsPlace_data() {
    QTest::addColumn<QList<QVariant>>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, QList<QVariant> path, QJsonValue value,
                        const char* expected) {
        QTest::newRow(name) << path << value << QString::fromUtf8(expected);
    };
    const QJsonValue none(QJsonValue::Undefined);
    row("wrong format", {QStringLiteral("format")}, QStringLiteral("lstm-studio-session"),
        "format: not a lesson");
    row("no format", {QStringLiteral("format")}, none, "format: not a lesson");
    row("wrong version", {QStringLiteral("version")}, 2, "version: version 2 is not one");
    row("unknown key", {QStringLiteral("colour")}, 1, "unknown field “colour”");
    row("no title", {QStringLiteral("title")}, none, "title: missing");
    row("title a number", {QStringLiteral("title")}, 3, "title: must be a text");
    row("empty language", {QStringLiteral("title")}, QJsonObject{{QStringLiteral("fr"), QString()}},
        "title.fr: must be a string that is not empty");
    row("no session", {QStringLiteral("session")}, none, "session: must name");
    row("session missing", {QStringLiteral("session")},
        QStringLiteral("../sessions/gone.lstmsession"),
        "session: the session “../sessions/gone.lstmsession” is not there");
    row("no steps", {QStringLiteral("steps")}, QJsonArray(), "steps: must be a list of 1 to");
    row("step not object", {QStringLiteral("steps"), 1}, 7, "steps[1]: must be an object");
    row("step text missing", {QStringLiteral("steps"), 0, QStringLiteral("text")}, none,
        "steps[0].text: missing");
    row("unknown view", {QStringLiteral("steps"), 0, QStringLiteral("show")},
        QStringLiteral("radar"), "steps[0].show: “radar” is not one of heatmap");
    row("unknown lock", {QStringLiteral("steps"), 0, QStringLiteral("lock")},
        QJsonArray{QStringLiteral("editor"), QStringLiteral("keyboard")},
        "steps[0].lock[1]: “keyboard” is not one of editor, training, task");
    row("unknown hide", {QStringLiteral("steps"), 0, QStringLiteral("hide")},
        QJsonArray{QStringLiteral("gates")}, "steps[0].hide[0]: “gates” is not one of palette");
    row("negative unit",
        {QStringLiteral("steps"), 0, QStringLiteral("select"), QStringLiteral("unit")}, -1,
        "steps[0].select.unit: -1 is not between 0 and");
    row("fractional step",
        {QStringLiteral("steps"), 0, QStringLiteral("select"), QStringLiteral("step")}, 1.5,
        "steps[0].select.step: must be a whole number");
    row("lab without lab view", {QStringLiteral("steps"), 0, QStringLiteral("lab")},
        QJsonObject{{QStringLiteral("lag"), 50}}, "steps[0].lab: only a step that shows the lab");
    row("lag too long", {QStringLiteral("steps"), 1, QStringLiteral("lab"), QStringLiteral("lag")},
        1000, "steps[1].lab.lag: 1000 is not between 5 and 200");
    row("answer out of range",
        {QStringLiteral("steps"), 1, QStringLiteral("question"), QStringLiteral("answer")}, 3,
        "steps[1].question.answer: 3 is not one of the 2 choices");
    row("answer missing",
        {QStringLiteral("steps"), 1, QStringLiteral("question"), QStringLiteral("answer")}, none,
        "steps[1].question.answer: missing");
    row("one choice",
        {QStringLiteral("steps"), 1, QStringLiteral("question"), QStringLiteral("choices")},
        QJsonArray{QJsonObject{{QStringLiteral("en"), QStringLiteral("A")}}},
        "steps[1].question.choices: must be a list of 2 to 10 texts");
    row("choice not text",
        {QStringLiteral("steps"), 1, QStringLiteral("question"), QStringLiteral("choices"), 0},
        true, "steps[1].question.choices[0]: must be a text");
}

void TestLessonFile::badFileIsRefusedWithItsPlace() {
    QFETCH(QList<QVariant>, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    writeJson(lessonPath(), withValue(goodLesson(), path, value).toObject());
    Lesson lesson;
    lesson.file = QStringLiteral("untouched");
    QString error;
    QVERIFY(!LessonFile::load(lessonPath(), lesson, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(lessonPath()) + QLatin1String(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(lesson.file, QStringLiteral("untouched"));
}

void TestLessonFile::fileProblemsAreNamed() {
    Lesson lesson;
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("lessons/none.lstmlesson"));
    QVERIFY(!LessonFile::load(missing, lesson, &error));
    QVERIFY2(error.contains(QLatin1String("no such file")), qPrintable(error));

    const QString broken = m_dir.filePath(QStringLiteral("lessons/broken.lstmlesson"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"lstm-studio-lesson\", ");
    file.close();
    QVERIFY(!LessonFile::load(broken, lesson, &error));
    QVERIFY2(error.contains(QLatin1String("malformed JSON")), qPrintable(error));

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(LessonFile::kMaxBytes + 1, ' '));
    file.close();
    QVERIFY(!LessonFile::load(broken, lesson, &error));
    QVERIFY2(error.contains(QLatin1String("larger than 1 MiB")), qPrintable(error));
}

void TestLessonFile::languagesFallBackToEnglish() {
    training::LocalizedText text;
    QVERIFY(text.in(QStringLiteral("fr")).isEmpty());
    text.set(QStringLiteral("fr"), QStringLiteral("porte d’oubli"));
    QCOMPARE(text.in(QStringLiteral("de")), QStringLiteral("porte d’oubli")); // the only one
    text.set(QStringLiteral("en"), QStringLiteral("forget gate"));
    QCOMPARE(text.in(QStringLiteral("fr")), QStringLiteral("porte d’oubli"));
    QCOMPARE(text.in(QStringLiteral("de")), QStringLiteral("forget gate"));
    QCOMPARE(text.exactly(QStringLiteral("de")), QString());
}

QTEST_GUILESS_MAIN(TestLessonFile)
#include "tst_lesson_file.moc"
