#include "data/task_registry.h"

#include "data/adding_task.h"
#include "data/copy_task.h"
#include "data/dates_task.h"
#include "data/gestures_task.h"
#include "data/reber_task.h"
#include "data/sentiment_task.h"
#include "data/series_task_catalog.h"
#include "data/sine_task.h"
#include "data/speech_digits_task.h"
#include "data/temporal_order_task.h"
#include "data/text_task.h"

#include <stdexcept>

namespace data {

const TaskRegistry& TaskRegistry::builtIn() {
    static const TaskRegistry registry = [] {
        TaskRegistry r;
        r.add(SineTask::info(), &SineTask::create);
        r.add(AddingTask::info(), &AddingTask::create);
        r.add(TemporalOrderTask::info(), &TemporalOrderTask::create);
        r.add(CopyTask::info(), &CopyTask::create);
        r.add(ReberTask::info(), &ReberTask::create);
        r.add(TextTask::info(), &TextTask::create);
        r.add(SentimentTask::info(), &SentimentTask::create);
        r.add(DatesTask::info(), &DatesTask::create);
        r.add(GesturesTask::info(), &GesturesTask::create);
        r.add(SpeechDigitsTask::info(), &SpeechDigitsTask::create);
        SeriesTaskCatalog::addTo(r);
        return r;
    }();
    return registry;
}

void TaskRegistry::add(TaskInfo info, Factory factory) {
    if (entry(info.name))
        throw std::invalid_argument("a task named " + info.name + " is already registered");
    m_entries.push_back({std::move(info), std::move(factory)});
}

std::vector<TaskInfo> TaskRegistry::list() const {
    std::vector<TaskInfo> out;
    out.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        out.push_back(e.info);
    return out;
}

const TaskRegistry::Entry* TaskRegistry::entry(const std::string& name) const {
    for (const Entry& e : m_entries)
        if (e.info.name == name)
            return &e;
    return nullptr;
}

const TaskInfo* TaskRegistry::find(const std::string& name) const {
    const Entry* e = entry(name);
    return e ? &e->info : nullptr;
}

std::string TaskRegistry::help() const {
    std::string out;
    for (const Entry& e : m_entries)
        out += e.info.help();
    return out;
}

TaskOptions TaskRegistry::withDefaults(const std::string& name, const TaskOptions& options) const {
    const TaskInfo* info = find(name);
    if (!info)
        return {};
    TaskOptions out = options;
    for (const TaskOptionSpec& spec : info->options)
        out.try_emplace(spec.name, spec.defaultValue);
    return out;
}

std::string TaskRegistry::check(const std::string& name, const TaskOptions& options) const {
    const TaskInfo* info = find(name);
    if (!info) {
        std::string known;
        for (const Entry& e : m_entries)
            known += (known.empty() ? "" : ", ") + e.info.name;
        return "unknown task \"" + name + "\"; the tasks are " + known;
    }
    for (const auto& [option, value] : options) {
        const TaskOptionSpec* spec = info->findOption(option);
        if (!spec) {
            std::string known;
            for (const TaskOptionSpec& s : info->options)
                known += (known.empty() ? "--" : ", --") + s.name;
            return "the task " + name + " has no option --" + option +
                   (known.empty() ? std::string("; it has none") : "; its options are " + known);
        }
        if (std::string error = spec->check(value); !error.empty())
            return "task " + name + ": " + error;
    }
    return {};
}

std::unique_ptr<Task> TaskRegistry::make(const std::string& name, const TaskOptions& options,
                                         std::uint64_t seed) const {
    if (std::string error = check(name, options); !error.empty())
        throw std::invalid_argument(error);
    try {
        return entry(name)->factory(withDefaults(name, options), seed);
    } catch (const std::invalid_argument&) {
        throw;
    } catch (const std::runtime_error& error) {
        throw std::invalid_argument(error.what());
    }
}

} // namespace data
