#pragma once
/**
 * The data library's words for people — task names and descriptions, option names and help,
 * success criteria, metric names, class names, steps as rendered — in the interface's language.
 *
 * The data library is free of Qt and speaks English. Here an English text is looked up with its
 * numbers taken out: "|error| < 0.04 on at least 95% of …" is found as "|error| < %1 on at least
 * %2% of …", translated in the context "app::TaskTexts", and the numbers put back as they were.
 * A text with no translation is shown as it is. task_texts.cpp lists every text for lupdate, and
 * tst_task_texts checks that every text the built-in tasks produce has a French translation.
 */
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>

namespace app {

class TaskTexts {
    Q_DECLARE_TR_FUNCTIONS(app::TaskTexts)

public:
    /** `english` in the interface's language, its numbers kept. */
    static QString translated(const std::string& english);
    /** The lookup key of `english`: its numbers replaced by %1, %2, … (they go to *numbers). */
    static QString keyOf(const QString& english, QStringList* numbers = nullptr);
};

} // namespace app
