// libFuzzer harness for training::LessonFile::fromJson, the reader of lesson files teachers write
// by hand: whatever the JSON, it returns a lesson or an error that names the place — never
// crashes, hangs or accepts a lesson that breaks its own rules (an answer out of range, an
// unknown view).
//
// The lesson is read as if at <temp>/lessons/fuzz.lstmlesson, beside a <temp>/sessions/ folder
// holding empty files named after the shipped ready sessions, so that lessons naming them get
// past the session check to their steps.
//
// Run (as session_fuzzer.cpp says, with the target lesson_fuzzer):
//   ninja -C build-fuzz lesson_fuzzer
//   mkdir -p fuzz-lesson && cp tests/fuzz/corpus/lesson/* fuzz-lesson/
//   build-fuzz/tests/fuzz/lesson_fuzzer fuzz-lesson -max_total_time=600 -rss_limit_mb=2048
#include "training/lesson_file.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

namespace {

QString lessonPath;

void makeFolders() {
    static QTemporaryDir folder;
    QDir(folder.path()).mkpath(QStringLiteral("lessons"));
    QDir(folder.path()).mkpath(QStringLiteral("sessions"));
    for (const char* name : {"temporal-order", "adding", "adding-gru", "dates", "co2", "reber"}) {
        QFile file(
            folder.filePath(QStringLiteral("sessions/%1.lstmsession").arg(QLatin1String(name))));
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
    }
    lessonPath = folder.filePath(QStringLiteral("lessons/fuzz.lstmlesson"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    makeFolders();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    training::Lesson lesson;
    QString error;
    if (!training::LessonFile::fromJson(document.object(), lessonPath, lesson, &error)) {
        if (error.isEmpty())
            std::abort(); // refused without a word
        return 0;
    }
    if (lesson.steps.isEmpty() || lesson.title.isEmpty())
        std::abort();
    for (const training::LessonStep& step : std::as_const(lesson.steps)) {
        if (!training::LessonFile::views().contains(step.show))
            std::abort();
        if (step.question &&
            (step.question->answer < 0 || step.question->answer >= step.question->choices.size()))
            std::abort();
    }
    return 0;
}
