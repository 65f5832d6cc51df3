#pragma once
/**
 * The Task dock: which task the network learns, what it is about, how success is judged, and the
 * task's options as fields of their kind (whole numbers, reals, choices, text). Choosing another
 * task or other options and pressing "Use" asks the window (taskRequested) for a new session on
 * that task with its recommended network; the window confirms before dropping unsaved work.
 */
#include "data/task.h"

#include <QWidget>
#include <map>
#include <string>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace app {

class TaskPanel : public QWidget {
    Q_OBJECT

public:
    explicit TaskPanel(QWidget* parent = nullptr);

    /** Shows the task in use: its name chosen, its options filled in. */
    void showTask(const data::Task& task);
    /** The options as the fields hold them. */
    data::TaskOptions editedOptions() const;
    QString chosenTask() const;
    void setLocked(bool locked);

signals:
    void taskRequested(const QString& name, const data::TaskOptions& options);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showOptionsOf(const std::string& name, const data::TaskOptions& values);
    QWidget* editorFor(const data::TaskOptionSpec& option, const std::string& value);
    void retranslate();

    QComboBox* m_tasks;
    QLabel* m_description;
    QLabel* m_criterion;
    QFormLayout* m_options;
    QPushButton* m_use;
    std::map<std::string, QWidget*> m_editors;
    std::string m_criterionText;
};

} // namespace app
