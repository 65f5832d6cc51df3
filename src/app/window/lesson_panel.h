#pragma once
/**
 * The Lesson dock's face: the lesson's title, "Step 2 of 5", the step's text, its question with
 * one radio button a choice and a Check button that says right or wrong and explains, and Back
 * and Next (Finish on the last step). It only shows a training::Lesson in a language and says
 * which button was pressed; app::Classroom decides what a step does to the window.
 */
#include "training/lesson.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace app {

class LessonPanel : public QWidget {
    Q_OBJECT

public:
    /** What the Check button found for the choice made. */
    enum class Verdict { None, Right, Wrong };

    explicit LessonPanel(QWidget* parent = nullptr);

    /** Shows step `index` of `lesson` in `language` ("en", "fr"), its question unanswered. */
    void showStep(const training::Lesson& lesson, int index, const QString& language);
    void clear();
    Verdict verdict() const { return m_verdict; }
    /** The step's text as shown (for tests and screenshots). */
    QString stepText() const;
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* checkButton() const { return m_check; }
    /** The choices' buttons, in the file's order. */
    QList<QAbstractButton*> choiceButtons() const;
    QString verdictText() const;

signals:
    void nextRequested();
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showQuestion(const training::LessonStep& step);
    void check();

    QLabel* m_title;
    QLabel* m_progress;
    QTextBrowser* m_text;
    QGroupBox* m_questionBox;
    QLabel* m_question;
    QVBoxLayout* m_choicesLayout;
    QButtonGroup* m_choices;
    QPushButton* m_check;
    QLabel* m_result;
    QPushButton* m_back;
    QPushButton* m_next;
    std::optional<training::LessonQuestion> m_shownQuestion;
    QString m_language;
    int m_index = 0;
    int m_count = 0;
    Verdict m_verdict = Verdict::None;
};

} // namespace app
