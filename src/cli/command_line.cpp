#include "cli/command_line.h"

#include "cli/bench_command.h"
#include "cli/cli_error.h"
#include "cli/export_command.h"
#include "cli/gradients_command.h"
#include "cli/info_command.h"
#include "cli/new_command.h"
#include "cli/run_command.h"
#include "cli/sample_command.h"
#include "cli/tasks_command.h"
#include "cli/train_command.h"
#include "cli/training_bench_command.h"
#include "cli/transfer_bench_command.h"

#include <exception>
#include <new>

namespace cli {

namespace {

/** One line, whatever the message holds. */
QString oneLine(QString message) {
    message.replace(QLatin1Char('\r'), QLatin1Char(' '));
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return message.trimmed();
}

} // namespace

CommandLine::CommandLine() {
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
    m_commands.push_back(std::make_unique<TrainingBenchCommand>());
    m_commands.push_back(std::make_unique<TransferBenchCommand>());
    m_commands.push_back(std::make_unique<TrainCommand>());
    m_commands.push_back(std::make_unique<GradientsCommand>());
    m_commands.push_back(std::make_unique<TasksCommand>());
    m_commands.push_back(std::make_unique<SampleCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
}

QString CommandLine::usage() const {
    QString text = tr("Usage: lstm-studio-cli <command> [options]\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -8).arg(command->summary());
    text += tr("\nRun 'lstm-studio-cli <command> --help' for a command's options.\n");
    return text;
}

int CommandLine::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    const auto fail = [&](const QString& message) {
        err << QStringLiteral("lstm-studio-cli: ") << oneLine(message) << Qt::endl;
        return kUsageError;
    };
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || words.first() == QLatin1String("--help") ||
        words.first() == QLatin1String("-h") || words.first() == QLatin1String("help")) {
        out << usage();
        out.flush();
        return 0;
    }
    if (words.first() == QLatin1String("--version")) {
        out << QStringLiteral("lstm-studio-cli %1\n").arg(QLatin1String(LSTM_STUDIO_VERSION));
        out.flush();
        return 0;
    }
    for (const auto& command : m_commands) {
        if (command->name() != words.first())
            continue;
        try {
            const int code = command->run(words.mid(1), out);
            out.flush();
            return code;
        } catch (const CliError& error) {
            return fail(error.message());
        } catch (const std::bad_alloc&) {
            return fail(tr("out of memory (is the network or the data too large?)"));
        } catch (const std::exception& error) {
            return fail(QString::fromUtf8(error.what()));
        }
    }
    QStringList names;
    for (const auto& command : m_commands)
        names << command->name();
    return fail(tr("unknown command '%1' (the commands are %2; see lstm-studio-cli --help)")
                    .arg(words.first(), names.join(QLatin1String(", "))));
}

} // namespace cli
