#pragma once
/** What the task list shows of a task before it is made: its name, what it is, its options. */
#include "data/task_option.h"

#include <string>
#include <vector>

namespace data {

struct TaskInfo {
    std::string name;        ///< "adding", as on the command line
    std::string description; ///< one sentence for people
    std::vector<TaskOptionSpec> options;

    const TaskOptionSpec* findOption(const std::string& option) const;
    /** The name, the description and one indented line of help per option. */
    std::string help() const;
};

} // namespace data
