#include "cli/sample_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "data/task_registry.h"
#include "data/text_sampler.h"
#include "data/text_task.h"
#include "training/model_file.h"

namespace cli {

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
    parser.addOption(QStringLiteral("--model"), QStringLiteral("MODEL"), tr("the trained model"));
    parser.addOption(QStringLiteral("--prime"), QStringLiteral("TEXT"),
                     tr("the text to continue (default: a new line)"));
    parser.addOption(QStringLiteral("--length"), QStringLiteral("N"),
                     tr("characters to generate (default 200)"));
    parser.addOption(QStringLiteral("--temperature"), QStringLiteral("T"),
                     tr("above 0 and at most 100; below 1 sharpens, above 1 flattens (default 1)"));
    parser.addOption(QStringLiteral("--top-k"), QStringLiteral("K"),
                     tr("draw among the K likeliest characters only; 0: all (default 0)"));
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     tr("fixes the draws (default 1)"));
    parser.addOption(QStringLiteral("--context"), QStringLiteral("N"),
                     tr("characters the model reads per draw; 0: the whole text (default 0)"));
    const data::TaskInfo info = data::TextTask::info();
    for (const char* option : {"language", "min-count"})
        parser.addOption(QStringLiteral("--") + QLatin1String(option), QStringLiteral("VALUE"),
                         QString::fromStdString(info.findOption(option)->description));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }

    data::TextSampler::Settings settings;
    settings.temperature = parser.number(QStringLiteral("--temperature"), 1.0);
    if (!(settings.temperature > 0 && settings.temperature <= data::TextSampler::kMaxTemperature))
        throw CliError(tr("option --temperature expects a number above 0 and at most 100, got "
                          "'%1'")
                           .arg(parser.value(QStringLiteral("--temperature"))));
    settings.topK = int(parser.integer(QStringLiteral("--top-k"), 0, 1 << 20, 0));
    settings.seed = parser.isSet(QStringLiteral("--seed"))
                        ? parser.unsignedInteger(QStringLiteral("--seed"))
                        : 1;
    settings.context = parser.integer(QStringLiteral("--context"), 0, 1 << 20, 0);
    const qint64 length = parser.integer(QStringLiteral("--length"), 0, 1000000, 200);

    data::TaskOptions options;
    for (const char* option : {"language", "min-count"})
        if (parser.isSet(QStringLiteral("--") + QLatin1String(option)))
            options[option] =
                parser.value(QStringLiteral("--") + QLatin1String(option)).toStdString();
    const data::TaskRegistry& registry = data::TaskRegistry::builtIn();
    if (const std::string problem = registry.check(info.name, options); !problem.empty())
        throw CliError(QString::fromStdString(problem));
    const data::TextTask task(
        data::TextTask::settingsFrom(registry.withDefaults(info.name, options)), 0);

    QString error;
    const std::optional<core::Network<double>> network =
        training::ModelFile::load(parser.required(QStringLiteral("--model")), &error);
    if (!network)
        throw CliError(error);
    std::unique_ptr<data::TextSampler> sampler;
    try {
        sampler = std::make_unique<data::TextSampler>(*network, task.vocabulary());
    } catch (const std::invalid_argument& problem) {
        throw CliError(tr("%1: %2; was it trained with `train --task text --language %3 "
                          "--min-count %4`?")
                           .arg(parser.value(QStringLiteral("--model")),
                                QString::fromUtf8(problem.what()),
                                QString::fromStdString(task.options().at("language")),
                                QString::fromStdString(task.options().at("min-count"))));
    }
    const QByteArray prime = parser.value(QStringLiteral("--prime")).toUtf8();
    const std::string text = sampler->generate(
        std::string_view(prime.constData(), size_t(prime.size())), length, settings);
    out << QString::fromUtf8(prime) << QString::fromUtf8(text.data(), qsizetype(text.size()))
        << '\n';
    return 0;
}

} // namespace cli
