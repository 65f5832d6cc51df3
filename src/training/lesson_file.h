#pragma once
/**
 * Reads lesson files (.lstmlesson): JSON a teacher can write by hand, checked field by field so
 * that every error names the file and the place in it ("steps[2].question.answer: 3 is not one
 * of the 2 choices"). The format, version 1:
 *
 *   { "format": "lstm-studio-lesson", "version": 1,
 *     "title": {"en": "What each gate does", "fr": "Le rôle de chaque porte"},
 *     "summary": {"en": "…", "fr": "…"},                       // optional
 *     "session": "../sessions/temporal-order.lstmsession",  // relative to this file, or absolute
 *     "steps": [ {
 *         "title": {"en": "…", "fr": "…"},
 *         "text": {"en": "<p>Short paragraphs, <b>bold</b>, <i>italic</i>.</p>", "fr": "…"},
 *         "show": "heatmap",        // heatmap cell arithmetic gradients fading charts output
 *                                   // timeline editor lab
 *         "select": {"layer": 0, "unit": 3, "step": 12},        // optional, each field too
 *         "lock": ["editor", "training", "task"],                // optional
 *         "hide": ["palette", "inspector", "task", "training"],  // optional
 *         "lab": {"task": "adding", "lag": 50},                  // optional, only with "lab"
 *         "question": {"text": {…}, "choices": [{…}, {…}], "answer": 1,   // optional
 *                      "explanation": {…}} } ] }                 // explanation optional
 *
 * A text is an object of language codes to strings (the window shows its language's, else
 * English) or one string for every language. Unknown keys are errors, so a misspelt field is
 * found rather than ignored.
 */
#include "training/lesson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace training {

class LessonFile {
    Q_DECLARE_TR_FUNCTIONS(LessonFile)

public:
    static constexpr const char* kExtension = "lstmlesson";
    static constexpr const char* kFormat = "lstm-studio-lesson";
    static constexpr int kVersion = 1;
    /** The largest lesson file read: 1 MiB of text is far more than any lesson. */
    static constexpr qint64 kMaxBytes = qint64(1) << 20;
    static constexpr int kMaxSteps = 200;

    /** The names "show" takes. */
    static const QStringList& views();
    /** The names "lock" takes. */
    static const QStringList& lockables();
    /** The names "hide" takes. */
    static const QStringList& hideables();

    /** Reads the lesson at `path` into `lesson`; false with *error = "<path>: <where>: <what>"
     * (and `lesson` untouched) when the file is missing, too large, not JSON, of another format
     * or version, lacks a field, names an unknown view, control or panel, or its session is
     * missing. */
    static bool load(const QString& path, Lesson& lesson, QString* error);

    /** The same checks on an object already parsed; `path` places the session and the errors. */
    static bool fromJson(const QJsonObject& object, const QString& path, Lesson& lesson,
                         QString* error);
};

} // namespace training
