#pragma once
/**
 * Every task by name: what `lstm-studio-cli tasks` lists and what `--task NAME` makes.
 *
 *   const TaskRegistry& tasks = TaskRegistry::builtIn();
 *   std::unique_ptr<Task> task = tasks.make("adding", {{"lag", "200"}}, seed);
 *
 * make() checks the options against the task's TaskOptionSpecs, fills in the defaults and hands
 * the factory complete, valid options; anything wrong is an error in words naming the task, the
 * option and what was expected.
 */
#include "data/task.h"
#include "data/task_info.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace data {

class TaskRegistry {
public:
    /** Makes a task from complete, checked options (defaults filled in). */
    using Factory = std::function<std::unique_ptr<Task>(const TaskOptions&, std::uint64_t seed)>;

    /** The registry of the built-in tasks: the generated and long-lag ones, text, sentiment,
     * dates, gestures, the shipped series and csv. */
    static const TaskRegistry& builtIn();

    /** Adds a task; throws std::invalid_argument when the name is taken. */
    void add(TaskInfo info, Factory factory);

    /** The tasks in the order they were added. */
    std::vector<TaskInfo> list() const;
    /** The task of that name, or nullptr. */
    const TaskInfo* find(const std::string& name) const;
    /** The help of every task, as `lstm-studio-cli tasks` prints it. */
    std::string help() const;

    /** `options` with the defaults of the options it lacks. Empty when the task is unknown. */
    TaskOptions withDefaults(const std::string& name, const TaskOptions& options) const;
    /** Empty when make() would accept the name and options, else what is wrong, in words. */
    std::string check(const std::string& name, const TaskOptions& options) const;
    /** The task; throws std::invalid_argument with check()'s words, or the task's own when it
     * cannot be made with these options (e.g. too few distinct sequences for the splits). */
    std::unique_ptr<Task> make(const std::string& name, const TaskOptions& options,
                               std::uint64_t seed) const;

private:
    struct Entry {
        TaskInfo info;
        Factory factory;
    };
    const Entry* entry(const std::string& name) const;

    std::vector<Entry> m_entries;
};

} // namespace data
