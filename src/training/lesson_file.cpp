#include "training/lesson_file.h"

#include "training/json_file.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

namespace training {

namespace {

/** Walks the JSON of one lesson, remembering the first problem and where it was. */
class Reader {
public:
    QString problem;

    bool fail(const QString& where, const QString& what) {
        problem = where.isEmpty() ? what : where + QLatin1String(": ") + what;
        return false;
    }

    /** Only `allowed` keys, so a misspelt one is found. */
    bool knownKeys(const QJsonObject& object, const QString& where, const QStringList& allowed) {
        for (const QString& key : object.keys())
            if (!allowed.contains(key))
                return fail(where, LessonFile::tr("unknown field “%1” (known: %2)")
                                       .arg(key, allowed.join(QLatin1String(", "))));
        return true;
    }

    bool object(const QJsonValue& value, const QString& where, QJsonObject& out) {
        if (!value.isObject())
            return fail(where, LessonFile::tr("must be an object ({…})"));
        out = value.toObject();
        return true;
    }

    bool integer(const QJsonValue& value, const QString& where, int minimum, int maximum,
                 int& out) {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number))
            return fail(where, LessonFile::tr("must be a whole number"));
        if (number < minimum || number > maximum)
            return fail(where, LessonFile::tr("%1 is not between %2 and %3")
                                   .arg(number)
                                   .arg(minimum)
                                   .arg(maximum));
        out = int(number);
        return true;
    }

    bool text(const QJsonValue& value, const QString& where, LocalizedText& out) {
        if (value.isUndefined())
            return fail(where, LessonFile::tr("missing"));
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            out.set(QString(), value.toString());
            return true;
        }
        if (!value.isObject() || value.toObject().isEmpty())
            return fail(where, LessonFile::tr("must be a text: an object of languages to "
                                              "strings, as {\"en\": \"…\", \"fr\": \"…\"}"));
        const QJsonObject texts = value.toObject();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return fail(where + QLatin1Char('.') + it.key(),
                            LessonFile::tr("must be a string that is not empty"));
            out.set(it.key(), it.value().toString());
        }
        return true;
    }

    bool names(const QJsonValue& value, const QString& where, const QStringList& known,
               QStringList& out) {
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(where, LessonFile::tr("must be a list of names ([\"…\"])"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString name = array[i].toString();
            if (!known.contains(name))
                return fail(QStringLiteral("%1[%2]").arg(where).arg(i),
                            LessonFile::tr("“%1” is not one of %2")
                                .arg(name, known.join(QLatin1String(", "))));
            out << name;
        }
        return true;
    }

    bool selection(const QJsonValue& value, const QString& where, LessonSelection& out) {
        QJsonObject select;
        if (!object(value, where, select))
            return false;
        const QStringList keys = {QStringLiteral("layer"), QStringLiteral("unit"),
                                  QStringLiteral("step")};
        if (!knownKeys(select, where, keys))
            return false;
        std::optional<int>* fields[] = {&out.layer, &out.unit, &out.step};
        for (int i = 0; i < 3; ++i) {
            const QJsonValue field = select.value(keys[i]);
            int number = 0;
            if (field.isUndefined())
                continue;
            if (!integer(field, where + QLatin1Char('.') + keys[i], 0, 1000000, number))
                return false;
            *fields[i] = number;
        }
        return true;
    }

    bool lab(const QJsonValue& value, const QString& where, LessonLab& out) {
        QJsonObject lab;
        if (!object(value, where, lab) ||
            !knownKeys(lab, where, {QStringLiteral("task"), QStringLiteral("lag")}))
            return false;
        const QJsonValue task = lab.value(QLatin1String("task"));
        if (!task.isUndefined() && (!task.isString() || task.toString().isEmpty()))
            return fail(where + QLatin1String(".task"), LessonFile::tr("must be a task's name"));
        out.task = task.toString();
        const QJsonValue lag = lab.value(QLatin1String("lag"));
        return lag.isUndefined() || integer(lag, where + QLatin1String(".lag"), 5, 200, out.lag);
    }

    bool question(const QJsonValue& value, const QString& where, LessonQuestion& out) {
        QJsonObject question;
        if (!object(value, where, question) ||
            !knownKeys(question, where,
                       {QStringLiteral("text"), QStringLiteral("choices"), QStringLiteral("answer"),
                        QStringLiteral("explanation")}) ||
            !text(question.value(QLatin1String("text")), where + QLatin1String(".text"), out.text))
            return false;
        const QJsonValue choices = question.value(QLatin1String("choices"));
        const QString choicesWhere = where + QLatin1String(".choices");
        if (!choices.isArray() || choices.toArray().size() < 2 || choices.toArray().size() > 10)
            return fail(choicesWhere, LessonFile::tr("must be a list of 2 to 10 texts"));
        const QJsonArray array = choices.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            LocalizedText choice;
            if (!text(array[i], QStringLiteral("%1[%2]").arg(choicesWhere).arg(i), choice))
                return false;
            out.choices << choice;
        }
        const QString answerWhere = where + QLatin1String(".answer");
        const QJsonValue answer = question.value(QLatin1String("answer"));
        if (answer.isUndefined())
            return fail(answerWhere, LessonFile::tr("missing"));
        const double number = answer.toDouble(-1.0);
        if (!answer.isDouble() || number != std::floor(number))
            return fail(answerWhere, LessonFile::tr("must be a whole number"));
        if (number < 0 || number >= double(out.choices.size()))
            return fail(answerWhere, LessonFile::tr("%1 is not one of the %2 choices (0 to %3)")
                                         .arg(number)
                                         .arg(out.choices.size())
                                         .arg(out.choices.size() - 1));
        out.answer = int(number);
        const QJsonValue explanation = question.value(QLatin1String("explanation"));
        return explanation.isUndefined() ||
               text(explanation, where + QLatin1String(".explanation"), out.explanation);
    }

    bool step(const QJsonValue& value, const QString& where, LessonStep& out) {
        QJsonObject step;
        if (!object(value, where, step) ||
            !knownKeys(step, where,
                       {QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("show"),
                        QStringLiteral("select"), QStringLiteral("lock"), QStringLiteral("hide"),
                        QStringLiteral("lab"), QStringLiteral("question")}) ||
            !text(step.value(QLatin1String("title")), where + QLatin1String(".title"), out.title) ||
            !text(step.value(QLatin1String("text")), where + QLatin1String(".text"), out.text))
            return false;
        out.show = step.value(QLatin1String("show")).toString();
        if (!LessonFile::views().contains(out.show))
            return fail(where + QLatin1String(".show"),
                        LessonFile::tr("“%1” is not one of %2")
                            .arg(out.show, LessonFile::views().join(QLatin1String(", "))));
        if (!names(step.value(QLatin1String("lock")), where + QLatin1String(".lock"),
                   LessonFile::lockables(), out.lock) ||
            !names(step.value(QLatin1String("hide")), where + QLatin1String(".hide"),
                   LessonFile::hideables(), out.hide))
            return false;
        return optionalParts(step, where, out);
    }

    /** A step's "select", "lab" and "question". */
    bool optionalParts(const QJsonObject& step, const QString& where, LessonStep& out) {
        if (const QJsonValue select = step.value(QLatin1String("select")); !select.isUndefined()) {
            out.select.emplace();
            if (!selection(select, where + QLatin1String(".select"), *out.select))
                return false;
        }
        if (const QJsonValue value = step.value(QLatin1String("lab")); !value.isUndefined()) {
            if (out.show != QLatin1String("lab"))
                return fail(where + QLatin1String(".lab"),
                            LessonFile::tr("only a step that shows the lab (\"show\": \"lab\") "
                                           "may set it"));
            out.lab.emplace();
            if (!lab(value, where + QLatin1String(".lab"), *out.lab))
                return false;
        }
        if (const QJsonValue value = step.value(QLatin1String("question")); !value.isUndefined()) {
            out.question.emplace();
            if (!question(value, where + QLatin1String(".question"), *out.question))
                return false;
        }
        return true;
    }

    bool header(const QJsonObject& lesson) {
        if (!knownKeys(lesson, QString(),
                       {QStringLiteral("format"), QStringLiteral("version"),
                        QStringLiteral("title"), QStringLiteral("summary"),
                        QStringLiteral("session"), QStringLiteral("steps")}))
            return false;
        if (lesson.value(QLatin1String("format")).toString() != QLatin1String(LessonFile::kFormat))
            return fail(QStringLiteral("format"),
                        LessonFile::tr("not a lesson: \"format\" must be \"%1\"")
                            .arg(QLatin1String(LessonFile::kFormat)));
        const QJsonValue version = lesson.value(QLatin1String("version"));
        if (version.toDouble(-1) != LessonFile::kVersion)
            return fail(QStringLiteral("version"),
                        LessonFile::tr("version %1 is not one this program reads (it reads %2)")
                            .arg(version.isDouble() ? QString::number(version.toDouble())
                                                    : LessonFile::tr("(none)"))
                            .arg(LessonFile::kVersion));
        return true;
    }

    bool session(const QJsonValue& value, const QString& lessonPath, QString& out) {
        if (!value.isString() || value.toString().isEmpty())
            return fail(QStringLiteral("session"),
                        LessonFile::tr("must name the lesson's session file"));
        const QString name = value.toString();
        out = QDir::isAbsolutePath(name)
                  ? QDir::cleanPath(name)
                  : QDir::cleanPath(QFileInfo(lessonPath).absolutePath() + QLatin1Char('/') + name);
        if (!QFileInfo(out).isFile())
            return fail(QStringLiteral("session"),
                        LessonFile::tr("the session “%1” is not there (looked for %2)")
                            .arg(name, QDir::toNativeSeparators(out)));
        return true;
    }
};

} // namespace

const QStringList& LessonFile::views() {
    static const QStringList names = {QStringLiteral("heatmap"),    QStringLiteral("cell"),
                                      QStringLiteral("arithmetic"), QStringLiteral("gradients"),
                                      QStringLiteral("fading"),     QStringLiteral("charts"),
                                      QStringLiteral("output"),     QStringLiteral("timeline"),
                                      QStringLiteral("editor"),     QStringLiteral("lab")};
    return names;
}

const QStringList& LessonFile::lockables() {
    static const QStringList names = {QStringLiteral("editor"), QStringLiteral("training"),
                                      QStringLiteral("task")};
    return names;
}

const QStringList& LessonFile::hideables() {
    static const QStringList names = {QStringLiteral("palette"), QStringLiteral("inspector"),
                                      QStringLiteral("task"), QStringLiteral("training")};
    return names;
}

bool LessonFile::load(const QString& path, Lesson& lesson, QString* error) {
    const std::optional<QJsonObject> object = JsonFile::readObject(path, error, kMaxBytes);
    return object && fromJson(*object, path, lesson, error);
}

bool LessonFile::fromJson(const QJsonObject& object, const QString& path, Lesson& lesson,
                          QString* error) {
    Reader reader;
    Lesson read;
    read.file = path;
    const auto failed = [&] {
        *error = JsonFile::located(path, reader.problem);
        return false;
    };
    if (!reader.header(object) ||
        !reader.text(object.value(QLatin1String("title")), QStringLiteral("title"), read.title))
        return failed();
    if (const QJsonValue summary = object.value(QLatin1String("summary"));
        !summary.isUndefined() && !reader.text(summary, QStringLiteral("summary"), read.summary))
        return failed();
    if (!reader.session(object.value(QLatin1String("session")), path, read.session))
        return failed();
    const QJsonValue steps = object.value(QLatin1String("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty() || steps.toArray().size() > kMaxSteps) {
        reader.fail(QStringLiteral("steps"),
                    tr("must be a list of 1 to %1 steps ([{…}, …])").arg(kMaxSteps));
        return failed();
    }
    const QJsonArray array = steps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        LessonStep step;
        if (!reader.step(array[i], QStringLiteral("steps[%1]").arg(i), step))
            return failed();
        read.steps << step;
    }
    lesson = read;
    return true;
}

} // namespace training
