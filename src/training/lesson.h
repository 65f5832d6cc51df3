#pragma once
/**
 * A lesson as its file describes it (training::LessonFile reads it): a title, a summary, the
 * session the students look at, and the steps a teacher walks them through. Each step says what
 * to read, which view to show and where to look in it, which controls to lock and which panels
 * to hide while it shows, and perhaps asks a question with one right answer. Plain values: the
 * window (app::LessonPlayer) turns them into docks raised, controls disabled and a quiz.
 */
#include "training/localized_text.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace training {

/** Where a step points the views (app::ProbeSelection): absent fields leave it as it is. */
struct LessonSelection {
    std::optional<int> layer;
    std::optional<int> unit;
    std::optional<int> step;
};

/** The gradient lab's settings for a step that shows it (its race is not started for you). */
struct LessonLab {
    QString task;
    int lag = 0; ///< 0: as the lab is
};

/** A multiple-choice question: `answer` indexes `choices`. */
struct LessonQuestion {
    LocalizedText text;
    QList<LocalizedText> choices;
    int answer = 0;
    LocalizedText explanation;
};

struct LessonStep {
    LocalizedText title;
    /** Short paragraphs of rich text (<b>, <i>, <p>). */
    LocalizedText text;
    /** The view to show: one of LessonFile::views(). */
    QString show;
    std::optional<LessonSelection> select;
    /** Controls disabled while the step shows: of LessonFile::lockables(). */
    QStringList lock;
    /** Panels hidden while the step shows: of LessonFile::hideables(). */
    QStringList hide;
    std::optional<LessonLab> lab;
    std::optional<LessonQuestion> question;
};

struct Lesson {
    /** The lesson file it was read from. */
    QString file;
    LocalizedText title;
    LocalizedText summary;
    /** The session's file, resolved against the lesson file's folder (may be a ":/" resource). */
    QString session;
    QList<LessonStep> steps;
};

} // namespace training
