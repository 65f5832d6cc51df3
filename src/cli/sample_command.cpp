#include "cli/sample_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "data/task_registry.h"
#include "data/text_sampler.h"
#include "data/text_task.h"
#include "training/model_file.h"

#include <memory>

namespace cli {

namespace {

/** The text task's options that fix the vocabulary, which `sample` takes too. */
constexpr const char* kTaskOptions[] = {"language", "min-count"};

QString flag(const char* option) {
    return QStringLiteral("--") + QLatin1String(option);
}

void declareOptions(ArgumentParser& parser) {
    parser.addOption(QStringLiteral("--model"), QStringLiteral("MODEL"),
                     SampleCommand::tr("the trained model"));
    parser.addOption(QStringLiteral("--prime"), QStringLiteral("TEXT"),
                     SampleCommand::tr("the text to continue (default: a new line)"));
    parser.addOption(QStringLiteral("--length"), QStringLiteral("N"),
                     SampleCommand::tr("characters to generate (default 200)"));
    parser.addOption(QStringLiteral("--temperature"), QStringLiteral("T"),
                     SampleCommand::tr("above 0 and at most 100; below 1 sharpens, above 1 "
                                       "flattens (default 1)"));
    parser.addOption(QStringLiteral("--top-k"), QStringLiteral("K"),
                     SampleCommand::tr("draw among the K likeliest characters only; 0: all "
                                       "(default 0)"));
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     SampleCommand::tr("fixes the draws (default 1)"));
    parser.addOption(QStringLiteral("--context"), QStringLiteral("N"),
                     SampleCommand::tr("characters the model reads per draw; 0: the whole text "
                                       "(default 0)"));
    const data::TaskInfo info = data::TextTask::info();
    for (const char* option : kTaskOptions)
        parser.addOption(flag(option), QStringLiteral("VALUE"),
                         QString::fromStdString(info.findOption(option)->description) +
                             SampleCommand::tr(" (as in training)"));
}

data::TextSampler::Settings settingsFrom(const ArgumentParser& parser) {
    data::TextSampler::Settings settings;
    settings.temperature = parser.number(QStringLiteral("--temperature"), 1.0);
    if (!(settings.temperature > 0 && settings.temperature <= data::TextSampler::kMaxTemperature))
        throw CliError(SampleCommand::tr("option --temperature expects a number above 0 and at "
                                         "most 100, got '%1'")
                           .arg(parser.value(QStringLiteral("--temperature"))));
    settings.topK = int(parser.integer(QStringLiteral("--top-k"), 0, 1 << 20, 0));
    settings.seed = parser.isSet(QStringLiteral("--seed"))
                        ? parser.unsignedInteger(QStringLiteral("--seed"))
                        : 1;
    settings.context = parser.integer(QStringLiteral("--context"), 0, 1 << 20, 0);
    return settings;
}

/** The text task of the options, for its vocabulary (which neither seed nor length changes). */
std::unique_ptr<data::TextTask> textTaskFrom(const ArgumentParser& parser) {
    data::TaskOptions options;
    for (const char* option : kTaskOptions)
        if (parser.isSet(flag(option)))
            options[option] = parser.value(flag(option)).toStdString();
    const data::TaskRegistry& registry = data::TaskRegistry::builtIn();
    if (const std::string problem = registry.check("text", options); !problem.empty())
        throw CliError(QString::fromStdString(problem));
    return std::make_unique<data::TextTask>(
        data::TextTask::settingsFrom(registry.withDefaults("text", options)), 0);
}

} // namespace

QString SampleCommand::summary() const {
    return tr("generate text from a model trained on the text task");
}

int SampleCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(
        name(),
        QStringLiteral("--model MODEL [--prime TEXT] [--length N] [--temperature T] [--top-k K] "
                       "[--seed S] [--language english|french] [--min-count N]"),
        tr("Feeds the prime to a character-level model trained with `train --task text`, then "
           "draws one character at a time from its predictions, and prints the prime and the "
           "generated text. Give the --language and --min-count the model was trained with: the "
           "model file does not store them."));
    declareOptions(parser);
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }
    const data::TextSampler::Settings settings = settingsFrom(parser);
    const qint64 length = parser.integer(QStringLiteral("--length"), 0, 1000000, 200);
    const std::unique_ptr<data::TextTask> task = textTaskFrom(parser);

    const QString path = parser.required(QStringLiteral("--model"));
    QString error;
    const std::optional<core::Network<double>> network = training::ModelFile::load(path, &error);
    if (!network)
        throw CliError(error);
    std::unique_ptr<data::TextSampler> sampler;
    try {
        sampler = std::make_unique<data::TextSampler>(*network, task->vocabulary());
    } catch (const std::invalid_argument& problem) {
        throw CliError(tr("%1: %2; was it trained with `train --task text --language %3 "
                          "--min-count %4`?")
                           .arg(path, QString::fromUtf8(problem.what()),
                                QString::fromStdString(task->options().at("language")),
                                QString::fromStdString(task->options().at("min-count"))));
    }
    const QByteArray prime = parser.value(QStringLiteral("--prime")).toUtf8();
    const std::string text = sampler->generate(
        std::string_view(prime.constData(), size_t(prime.size())), length, settings);
    out << QString::fromUtf8(prime) << QString::fromUtf8(text.data(), qsizetype(text.size()))
        << '\n';
    return 0;
}

} // namespace cli
