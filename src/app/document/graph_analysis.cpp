#include "app/document/graph_analysis.h"

#include "app/document/shape_inference.h"
#include "data/task.h"

#include <QRegularExpression>

namespace app {

GraphAnalysis GraphAnalysis::of(const NetworkGraph& graph, const data::Task* task) {
    GraphAnalysis analysis;
    const InferredShapes inferred = ShapeInference::run(graph);
    for (const Wire& w : graph.wires)
        if (const auto shape = inferred.outputs.value(w.fromBlock).value(w.fromPort))
            analysis.wireShapes.insert(w, *shape);
    analysis.parameters = inferred.parameters;
    for (core::Index count : inferred.parameters)
        analysis.totalParameters += count;
    analysis.problems = inferred.problems;
    if (!analysis.problems.isEmpty())
        return analysis;

    const CompiledNetwork network = SpecCompiler::compile(graph, analysis.problems);
    if (!analysis.problems.isEmpty())
        return analysis;
    analysis.checkCore(network);
    if (task && analysis.problems.isEmpty())
        analysis.checkTask(network, *task);
    if (analysis.problems.isEmpty())
        analysis.compiled = network;
    return analysis;
}

QList<GraphProblem> GraphAnalysis::problemsOf(int blockId) const {
    QList<GraphProblem> out;
    for (const GraphProblem& p : problems)
        if (p.blockId == blockId)
            out.append(p);
    return out;
}

void GraphAnalysis::checkCore(const CompiledNetwork& network) {
    const std::string problem = network.spec.validate();
    if (problem.empty())
        return;
    // "layer 2: …" names a spec layer; attention's and the decoder's words name theirs.
    const QString words = QString::fromStdString(problem);
    int blockId = network.outputBlock;
    const QRegularExpressionMatch layer =
        QRegularExpression(QStringLiteral("^layer (\\d+): ")).match(words);
    if (layer.hasMatch())
        blockId = network.layerBlocks.value(layer.captured(1).toInt() - 1, blockId);
    else if (words.contains(QStringLiteral("token input")))
        blockId = network.inputBlock;
    else if (words.contains(QStringLiteral("attention")) && network.attentionBlock)
        blockId = network.attentionBlock;
    else if (words.contains(QStringLiteral("decoder")) && network.decoderBlock)
        blockId = network.decoderBlock;
    problems.append(
        {blockId, std::nullopt, tr("the core cannot build this network: %1").arg(words)});
}

void GraphAnalysis::checkTask(const CompiledNetwork& network, const data::Task& task) {
    const std::string problem = task.checkNetwork(network.spec);
    if (!problem.empty()) {
        const core::NetworkSpec wanted = task.recommendedNetwork();
        const bool input = network.spec.inputKind != wanted.inputKind ||
                           network.spec.inputSize != wanted.inputSize;
        problems.append(
            {input ? network.inputBlock : network.outputBlock, std::nullopt,
             tr("this does not fit the task: %1").arg(QString::fromStdString(problem))});
        return;
    }
    const core::NetworkSpec wanted = task.recommendedNetwork();
    if (network.spec.outputMode == core::OutputMode::SequenceToSequence &&
        network.spec.decoderVocabulary != wanted.decoderVocabulary) {
        problems.append({network.decoderBlock, std::nullopt,
                         tr("this does not fit the task: the task %1 feeds the decoder %2 kinds "
                            "of token, the decoder reads %3")
                             .arg(QString::fromStdString(task.name()))
                             .arg(wanted.decoderVocabulary)
                             .arg(network.spec.decoderVocabulary)});
        return;
    }
    if (network.loss != task.lossKind())
        problems.append({network.outputBlock, std::nullopt,
                         tr("this does not fit the task: the task %1 is trained with the %2 loss, "
                            "the output uses %3")
                             .arg(QString::fromStdString(task.name()),
                                  QString::fromStdString(core::lossKindName(task.lossKind())),
                                  QString::fromStdString(core::lossKindName(network.loss)))});
}

} // namespace app
