#include "app/window/lesson_panel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace app {

LessonPanel::LessonPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_questionBox(new QGroupBox(this))
    , m_question(new QLabel(m_questionBox))
    , m_choicesLayout(new QVBoxLayout)
    , m_choices(new QButtonGroup(this))
    , m_check(new QPushButton(m_questionBox))
    , m_result(new QLabel(m_questionBox))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this)) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setMinimumHeight(80);
    // The question keeps its room; the text scrolls when the dock is short.
    m_questionBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (QLabel* label : {m_question, m_result}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    auto* questionLayout = new QVBoxLayout(m_questionBox);
    questionLayout->addWidget(m_question);
    questionLayout->addLayout(m_choicesLayout);
    questionLayout->addWidget(m_check, 0, Qt::AlignLeft);
    questionLayout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_questionBox);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::backRequested);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextRequested);
    connect(m_check, &QPushButton::clicked, this, &LessonPanel::check);
    connect(m_choices, &QButtonGroup::idClicked, this, [this] { m_check->setEnabled(true); });
    clear();
    retranslate();
}

void LessonPanel::clear() {
    m_title->clear();
    m_progress->clear();
    m_text->clear();
    m_shownQuestion.reset();
    m_questionBox->hide();
    m_index = m_count = 0;
    m_verdict = Verdict::None;
}

void LessonPanel::showStep(const training::Lesson& lesson, int index, const QString& language) {
    const training::LessonStep& step = lesson.steps.at(index);
    m_language = language;
    m_index = index;
    m_count = int(lesson.steps.size());
    m_title->setText(lesson.title.in(language));
    m_text->setHtml(QStringLiteral("<h3>%1</h3>%2")
                        .arg(step.title.in(language).toHtmlEscaped(), step.text.in(language)));
    showQuestion(step);
    retranslate();
}

void LessonPanel::showQuestion(const training::LessonStep& step) {
    m_verdict = Verdict::None;
    m_result->clear();
    for (QAbstractButton* button : m_choices->buttons()) {
        m_choices->removeButton(button);
        delete button;
    }
    m_shownQuestion = step.question;
    m_questionBox->setVisible(step.question.has_value());
    if (!step.question)
        return;
    m_question->setText(step.question->text.in(m_language));
    for (qsizetype i = 0; i < step.question->choices.size(); ++i) {
        auto* choice = new QRadioButton(step.question->choices[i].in(m_language), m_questionBox);
        choice->setToolTip(tr("Choose this answer, then press Check"));
        m_choices->addButton(choice, int(i));
        m_choicesLayout->addWidget(choice);
        choice->show(); // now, not when the layout gets to it: the class may answer at once
    }
    m_check->setEnabled(false);
}

void LessonPanel::check() {
    if (!m_shownQuestion || m_choices->checkedId() < 0)
        return;
    m_verdict = m_choices->checkedId() == m_shownQuestion->answer ? Verdict::Right : Verdict::Wrong;
    m_result->setText(verdictText());
}

QString LessonPanel::verdictText() const {
    if (m_verdict == Verdict::None || !m_shownQuestion)
        return QString();
    const QString verdict = m_verdict == Verdict::Right
                                ? tr("✔ Right.")
                                : tr("✘ Not quite: the answer is “%1”.")
                                      .arg(m_shownQuestion->choices.at(m_shownQuestion->answer)
                                               .in(m_language)
                                               .toHtmlEscaped());
    const QString explanation = m_shownQuestion->explanation.in(m_language);
    return QStringLiteral("<b>%1</b> %2").arg(verdict, explanation);
}

QString LessonPanel::stepText() const {
    return m_text->toPlainText();
}

QList<QAbstractButton*> LessonPanel::choiceButtons() const {
    QList<QAbstractButton*> buttons;
    for (int i = 0; m_choices->button(i); ++i)
        buttons << m_choices->button(i);
    return buttons;
}

void LessonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonPanel::retranslate() {
    m_progress->setText(m_count > 0 ? tr("Step %1 of %2").arg(m_index + 1).arg(m_count)
                                    : QString());
    m_questionBox->setTitle(tr("Question"));
    m_check->setText(tr("Check"));
    m_check->setToolTip(tr("See whether the chosen answer is right, and why"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("The previous step (Ctrl+Left or Page Up)"));
    const bool last = m_count > 0 && m_index == m_count - 1;
    m_next->setText(last ? tr("Finish") : tr("Next"));
    m_next->setToolTip(last ? tr("End the lesson: the panels and controls come back")
                            : tr("The next step (Ctrl+Right or Page Down)"));
    m_back->setEnabled(m_index > 0);
    m_text->setToolTip(tr("What this step of the lesson explains"));
    if (m_verdict != Verdict::None)
        m_result->setText(verdictText());
}

} // namespace app
