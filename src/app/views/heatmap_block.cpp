#include "app/views/heatmap_block.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace app {

namespace {

bool isSigmoidGate(const QString& symbol) {
    return symbol == u"i" || symbol == u"f" || symbol == u"o" || symbol == u"r" || symbol == u"z";
}

double maxAbs(const core::Matrix<float>& m) {
    return m.size() > 0 ? double(m.cwiseAbs().maxCoeff()) : 0.0;
}

HeatmapBlock signedBlock(const QString& symbol, const core::Matrix<float>& values) {
    const double limit = std::max(1.0, maxAbs(values));
    QString title = HeatmapBlock::titleOf(symbol);
    if (limit > 1.0) // the band's own scale, since it is not the legend's ±1
        title += u" (±"_s + QString::number(limit, 'g', 2) + u')';
    return {symbol, title, &values, ColourScale::Kind::Diverging, limit, {}};
}

} // namespace

QString HeatmapBlock::titleOf(const QString& symbol) {
    static const QHash<QString, const char*> titles = {
        {u"i"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "input gate")},
        {u"f"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "forget gate")},
        {u"g"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "candidate")},
        {u"o"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "output gate")},
        {u"r"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "reset gate")},
        {u"z"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "update gate")},
        {u"n"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "candidate")},
        {u"a"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "activation")},
        {u"c"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "cell state")},
        {u"h"_s, QT_TRANSLATE_NOOP("app::HeatmapBlock", "hidden state")}};
    return QCoreApplication::translate("app::HeatmapBlock", titles.value(symbol, ""));
}

std::vector<HeatmapBlock> HeatmapBlock::ofLayer(const session::ProbeLayerTrace& layer) {
    std::vector<HeatmapBlock> blocks;
    for (std::size_t g = 0; g < layer.gates.size(); ++g) {
        const QString symbol = QString::fromStdString(layer.gateNames[g]);
        if (isSigmoidGate(symbol))
            blocks.push_back(
                {symbol, titleOf(symbol), &layer.gates[g], ColourScale::Kind::Sequential, 1.0, {}});
        else
            blocks.push_back(signedBlock(symbol, layer.gates[g]));
    }
    if (layer.cell.size() > 0)
        blocks.push_back(signedBlock(u"c"_s, layer.cell));
    blocks.push_back(signedBlock(u"h"_s, layer.hidden));
    return blocks;
}

} // namespace app
