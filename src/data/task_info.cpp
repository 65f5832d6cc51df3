#include "data/task_info.h"

namespace data {

const TaskOptionSpec* TaskInfo::findOption(const std::string& option) const {
    for (const TaskOptionSpec& spec : options)
        if (spec.name == option)
            return &spec;
    return nullptr;
}

std::string TaskInfo::help() const {
    std::string out = name + "\n    " + description + "\n";
    for (const TaskOptionSpec& spec : options)
        out += "    " + spec.help() + "\n";
    return out;
}

} // namespace data
