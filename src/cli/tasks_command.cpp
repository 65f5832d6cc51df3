#include "cli/tasks_command.h"

#include "cli/argument_parser.h"
#include "data/task_registry.h"

namespace cli {

QString TasksCommand::summary() const {
    return tr("list the built-in tasks and their options");
}

int TasksCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(name(), QString(),
                          tr("Lists every task `train --task NAME` accepts, with the options each "
                             "one takes (give them as --NAME VALUE after --task)."));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    out << QString::fromStdString(data::TaskRegistry::builtIn().help());
    return 0;
}

} // namespace cli
