#pragma once
/**
 * What `train` and `gradients` read alike: the task and its options, the network (the task's
 * recommended one, changed by --cell, --hidden, --layers, --bidirectional), the recipe (--epochs,
 * --batch-size, --learning-rate), the gradient lab's lessons (--truncate, --freeze-forget,
 * --freeze-input), the seed and the threads; and the training job they make.
 */
#include "core/network_spec.h"
#include "data/task.h"
#include "training/training_job.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace data {
struct TaskInfo;
}

namespace cli {

class ArgumentParser;

class TrainingArguments {
    Q_DECLARE_TR_FUNCTIONS(TrainingArguments)

public:
    /** The task made from the arguments and the job that trains its network. */
    struct Prepared {
        std::unique_ptr<data::Task> task;
        training::TrainingJob job;
    };

    /** The value of --task (or "sine" with --default), before the arguments are parsed. */
    static QString taskNameIn(const QStringList& arguments);
    /** Declares the options: the common ones and those of `task`, when known. */
    static void declareOptions(ArgumentParser& parser, const data::TaskInfo* task);
    /** The task, network and recipe the parsed arguments describe; throws CliError. */
    static Prepared prepare(const ArgumentParser& parser, const QString& taskName);
    /** --truncate K, --freeze-forget C and --freeze-input C, when given, into `settings`;
     * throws CliError when they are out of range or do not fit `spec`'s cells. */
    static void applyLessons(const ArgumentParser& parser, const core::NetworkSpec& spec,
                             session::TrainingSettings& settings);

private:
    static core::NetworkSpec networkFrom(const ArgumentParser& parser, core::NetworkSpec spec);
};

} // namespace cli
