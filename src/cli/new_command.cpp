#include "cli/new_command.h"

#include "cli/argument_parser.h"
#include "cli/cli_error.h"
#include "core/network_initializer.h"
#include "training/model_file.h"
#include "training/network_spec_json.h"

namespace cli {

namespace {

/** The most parameters `new` creates: about what a model file's size cap holds as text. */
constexpr double kMaxParameters = 10'000'000;

} // namespace

QString NewCommand::summary() const {
    return tr("create a model: a recurrent stack and a linear head, initialised from a seed");
}

core::NetworkSpec NewCommand::specFrom(const ArgumentParser& parser) {
    const qint64 maxSize = training::NetworkSpecJson::kMaxSize;
    const QString cellName = parser.required(QStringLiteral("--cell"));
    const std::optional<core::CellKind> cell = core::cellKindFromName(cellName.toStdString());
    if (!cell)
        throw CliError(
            tr("unknown cell '%1' for --cell (expected rnn, lstm, peephole or gru)").arg(cellName));
    core::Activation activation = core::Activation::Tanh;
    if (parser.isSet(QStringLiteral("--activation"))) {
        const QString name = parser.value(QStringLiteral("--activation"));
        const auto parsed = core::activationFromName(name.toStdString());
        if (!parsed)
            throw CliError(
                tr("unknown activation '%1' for --activation (expected tanh or relu)").arg(name));
        activation = *parsed;
        if (activation == core::Activation::Relu && *cell != core::CellKind::Rnn)
            throw CliError(tr("--activation relu needs --cell rnn (the gated cells use tanh)"));
    }
    if (parser.isSet(QStringLiteral("--per-step")) &&
        parser.isSet(QStringLiteral("--per-sequence")))
        throw CliError(tr("give either --per-step or --per-sequence, not both"));
    const double dropout = parser.number(QStringLiteral("--dropout"), 0.0);
    if (dropout < 0.0 || dropout >= 1.0)
        throw CliError(tr("option --dropout must be at least 0 and less than 1, got '%1'")
                           .arg(parser.value(QStringLiteral("--dropout"))));

    core::NetworkSpec spec;
    spec.inputSize = parser.integer(QStringLiteral("--input"), 1, maxSize);
    const qint64 hidden = parser.integer(QStringLiteral("--hidden"), 1, maxSize);
    const qint64 layers = parser.integer(QStringLiteral("--layers"), 1, 1000, 1);
    spec.outputSize = parser.integer(QStringLiteral("--output"), 1, maxSize, 1);
    spec.outputMode = parser.isSet(QStringLiteral("--per-sequence")) ? core::OutputMode::PerSequence
                                                                     : core::OutputMode::PerStep;
    for (qint64 l = 0; l < layers; ++l) {
        core::RecurrentLayerSpec layer;
        layer.cell = *cell;
        layer.hidden = hidden;
        layer.bidirectional = parser.isSet(QStringLiteral("--bidirectional"));
        layer.activation = activation;
        layer.dropoutAfter = l + 1 < layers ? dropout : 0.0;
        spec.layers.push_back(layer);
    }
    return spec;
}

int NewCommand::run(const QStringList& arguments, QTextStream& out) {
    ArgumentParser parser(
        name(), QStringLiteral("--cell CELL --input I --hidden H [options] --seed S -o MODEL"),
        tr("Creates a network of L recurrent layers and a linear head, initialises it as "
           "PyTorch does (every recurrent weight ~ U(-1/sqrt(H), 1/sqrt(H)), the head as "
           "nn.Linear) from the seed, and writes it as a model file."));
    parser.addOption(QStringLiteral("--cell"), QStringLiteral("CELL"),
                     tr("rnn, lstm, peephole or gru"));
    parser.addOption(QStringLiteral("--input"), QStringLiteral("I"), tr("features per step"));
    parser.addOption(QStringLiteral("--hidden"), QStringLiteral("H"), tr("units per layer"));
    parser.addOption(QStringLiteral("--layers"), QStringLiteral("L"),
                     tr("recurrent layers (default 1)"));
    parser.addFlag(QStringLiteral("--bidirectional"), tr("run every layer in both directions"));
    parser.addOption(QStringLiteral("--output"), QStringLiteral("O"),
                     tr("outputs of the head (default 1)"));
    parser.addFlag(QStringLiteral("--per-step"), tr("an output at every step (the default)"));
    parser.addFlag(QStringLiteral("--per-sequence"),
                   tr("one output per sequence, from the last layer's final state"));
    parser.addOption(QStringLiteral("--activation"), QStringLiteral("ACT"),
                     tr("tanh (default) or relu, for --cell rnn"));
    parser.addOption(QStringLiteral("--dropout"), QStringLiteral("P"),
                     tr("dropout between layers during training (default 0)"));
    parser.addOption(QStringLiteral("--seed"), QStringLiteral("S"),
                     tr("seed of the initial weights"));
    parser.addOption(QStringLiteral("-o"), QStringLiteral("MODEL"), tr("the model file to write"));
    parser.parse(arguments);
    if (parser.helpRequested()) {
        out << parser.helpText();
        return 0;
    }

    const core::NetworkSpec spec = specFrom(parser);
    const quint64 seed = parser.unsignedInteger(QStringLiteral("--seed"));
    const QString path = parser.required(QStringLiteral("-o"));
    const double count = training::ModelFile::parameterCount(spec);
    if (count > kMaxParameters)
        throw CliError(tr("the network would have %1 parameters, more than the %2 a model file "
                          "holds; make it smaller")
                           .arg(count, 0, 'f', 0)
                           .arg(kMaxParameters, 0, 'f', 0));

    core::Network<double> network(spec);
    core::NetworkInitializer::initialize(network, core::InitOptions{}, seed);
    QString error;
    if (!training::ModelFile::save(network, path, &error))
        throw CliError(error);
    out << tr("%1: %2 parameters\n").arg(path).arg(network.parameterCount());
    return 0;
}

} // namespace cli
