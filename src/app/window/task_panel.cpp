#include "app/window/task_panel.h"

#include "app/document/task_texts.h"
#include "data/task_registry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace app {

namespace {

/** A task's words in the interface's language. */
QString text(const std::string& value) {
    return TaskTexts::translated(value);
}

QSpinBox* integerEditor(const data::TaskOptionSpec& option, const std::string& value,
                        QWidget* parent) {
    auto* box = new QSpinBox(parent);
    constexpr double kLargest = std::numeric_limits<int>::max();
    box->setRange(int(std::max(option.minimum, -kLargest)),
                  int(std::min(option.maximum, kLargest)));
    box->setValue(QString::fromStdString(value).toInt());
    return box;
}

QDoubleSpinBox* realEditor(const data::TaskOptionSpec& option, const std::string& value,
                           QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(4);
    box->setRange(option.minimum, option.maximum);
    box->setValue(QString::fromStdString(value).toDouble());
    return box;
}

/** The editor's value as the task reads it: C-locale numbers, choices by name. */
std::string valueOf(const QWidget* editor) {
    if (const auto* box = qobject_cast<const QSpinBox*>(editor))
        return std::to_string(box->value());
    if (const auto* box = qobject_cast<const QDoubleSpinBox*>(editor))
        return QString::number(box->value(), 'g', 10).toStdString();
    if (const auto* box = qobject_cast<const QComboBox*>(editor))
        return box->currentData().toString().toStdString(); // the choice's name, not its words
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->text().toStdString();
    return std::string();
}

} // namespace

TaskPanel::TaskPanel(QWidget* parent)
    : QWidget(parent)
    , m_tasks(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_criterion(new QLabel(this))
    , m_options(new QFormLayout)
    , m_use(new QPushButton(this)) {
    for (const data::TaskInfo& info : data::TaskRegistry::builtIn().list())
        m_tasks->addItem(text(info.name), QString::fromStdString(info.name));
    m_description->setWordWrap(true);
    m_criterion->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tasks);
    layout->addWidget(m_description);
    layout->addLayout(m_options);
    layout->addWidget(m_criterion);
    layout->addWidget(m_use, 0, Qt::AlignRight);
    layout->addStretch(1);
    connect(m_tasks, &QComboBox::activated, this,
            [this] { showOptionsOf(chosenTask().toStdString(), {}); });
    connect(m_use, &QPushButton::clicked, this,
            [this] { emit taskRequested(chosenTask(), editedOptions()); });
    retranslate();
}

void TaskPanel::retranslate() {
    for (int i = 0; i < m_tasks->count(); ++i)
        m_tasks->setItemText(i, text(m_tasks->itemData(i).toString().toStdString()));
    if (!m_editors.empty() || !m_description->text().isEmpty())
        showOptionsOf(chosenTask().toStdString(), editedOptions());
    m_tasks->setToolTip(tr("The task the network learns"));
    m_use->setText(tr("Use This Task"));
    m_use->setToolTip(tr("Start a new session on this task, with its recommended network"));
    if (!m_criterionText.empty())
        m_criterion->setText(tr("<b>Solved when:</b> %1").arg(text(m_criterionText)));
}

void TaskPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskPanel::showTask(const data::Task& task) {
    m_tasks->setCurrentIndex(m_tasks->findData(QString::fromStdString(task.name())));
    m_criterionText = task.successCriterion();
    showOptionsOf(task.name(), task.options());
    retranslate();
}

void TaskPanel::showOptionsOf(const std::string& name, const data::TaskOptions& values) {
    while (m_options->rowCount() > 0)
        m_options->removeRow(0);
    m_editors.clear();
    const data::TaskInfo* info = data::TaskRegistry::builtIn().find(name);
    if (!info)
        return;
    m_description->setText(text(info->description));
    const data::TaskOptions filled = data::TaskRegistry::builtIn().withDefaults(name, values);
    for (const data::TaskOptionSpec& option : info->options) {
        const auto value = filled.find(option.name);
        QWidget* editor = editorFor(option, value != filled.end() ? value->second : std::string());
        editor->setToolTip(text(option.description));
        m_editors[option.name] = editor;
        m_options->addRow(tr("%1:").arg(text(option.name)), editor);
    }
}

QWidget* TaskPanel::editorFor(const data::TaskOptionSpec& option, const std::string& value) {
    switch (option.kind) {
    case data::TaskOptionKind::Integer:
        return integerEditor(option, value, this);
    case data::TaskOptionKind::Real:
        return realEditor(option, value, this);
    case data::TaskOptionKind::Choice: {
        auto* box = new QComboBox(this);
        for (const std::string& choice : option.choices)
            box->addItem(text(choice), QString::fromStdString(choice));
        box->setCurrentIndex(box->findData(QString::fromStdString(value)));
        return box;
    }
    case data::TaskOptionKind::Text:
        break;
    }
    return new QLineEdit(QString::fromStdString(value), this);
}

data::TaskOptions TaskPanel::editedOptions() const {
    data::TaskOptions options;
    for (const auto& [name, editor] : m_editors)
        options[name] = valueOf(editor);
    return options;
}

QString TaskPanel::chosenTask() const {
    return m_tasks->currentData().toString();
}

void TaskPanel::setLocked(bool locked) {
    setEnabled(!locked);
}

} // namespace app
