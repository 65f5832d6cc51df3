#include "core/recurrent_layer.h"

#include "core/gru_layer.h"
#include "core/lstm_layer.h"
#include "core/rnn_layer.h"

namespace core {

template <typename T>
std::unique_ptr<RecurrentLayer<T>> makeRecurrentLayer(const RecurrentLayerConfig& config) {
    switch (config.cell) {
    case CellKind::Rnn:
        return std::make_unique<RnnLayer<T>>(config);
    case CellKind::Gru:
        return std::make_unique<GruLayer<T>>(config);
    case CellKind::Lstm:
    case CellKind::PeepholeLstm:
        return std::make_unique<LstmLayer<T>>(config);
    }
    return std::make_unique<LstmLayer<T>>(config);
}

template std::unique_ptr<RecurrentLayer<float>>
makeRecurrentLayer<float>(const RecurrentLayerConfig& config);
template std::unique_ptr<RecurrentLayer<double>>
makeRecurrentLayer<double>(const RecurrentLayerConfig& config);

} // namespace core
