#pragma once
/**
 * Nested JSON arrays ↔ the core's matrices. Readers check every element and name the one at
 * fault ("inputs[1][3] has 2 entries, expected 3"); nothing is assumed about the JSON's shape.
 *
 * Sequences arrive batch-first, B×T×F as PyTorch's batch_first tensors, and the core keeps them
 * time-major ((T·B)×F, types.h): readSequences() and writeSequences() convert between the two.
 * Parameters are written in PyTorch's shapes: 1-D for biases, peepholes and the attention's
 * score vector, 2-D for every other weight, even one with a single column.
 */
#include "core/parameter_info.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <vector>

namespace training {

class JsonTensor {
    Q_DECLARE_TR_FUNCTIONS(JsonTensor)

public:
    /** A batch of sequences, time-major. */
    struct Sequences {
        core::Index batch = 0;
        core::Index steps = 0;
        core::Index features = 0;
        core::Matrix<double> values; ///< (steps·batch)×features, rows t·B … t·B+B−1 are step t
    };

    /**
     * Reads a nested array with dims.size() levels into `values`, row-major. A dimension given
     * as −1 is taken from the first element at its level (and must be at least 1); every element
     * must then match it. Numbers must be finite. False with *error naming the element when not.
     */
    static bool readArray(const QJsonValue& value, const QString& name,
                          std::vector<core::Index>& dims, std::vector<double>& values,
                          QString* error);

    /** A B×T×F array of numbers (any B, T, F ≥ 1), converted to the time-major layout. */
    static std::optional<Sequences> readSequences(const QJsonValue& value, const QString& name,
                                                  QString* error);
    /** A rows×cols array of numbers (any sizes ≥ 1). */
    static std::optional<core::Matrix<double>> readMatrix(const QJsonValue& value,
                                                          const QString& name, QString* error);

    /** The time-major (T·B)×F matrix as a B×T×F array. */
    static QJsonArray writeSequences(const core::Matrix<double>& timeMajor, core::Index batch);
    static QJsonArray writeMatrix(const core::Matrix<double>& matrix);

    /** Whether PyTorch holds this parameter as a 1-D tensor. */
    static bool isVector(const core::ParameterInfo& info);
    /** PyTorch's shape of the parameter, e.g. "[16, 3]". */
    static QString shapeText(const core::ParameterInfo& info);
    /** The parameter's info.size() values at `data` (row-major) in PyTorch's shape. */
    static QJsonArray writeParameter(const core::ParameterInfo& info, const double* data);
    /** Reads the parameter in PyTorch's shape into `data`; false with *error when it does not fit.
     */
    static bool readParameter(const QJsonValue& value, const core::ParameterInfo& info,
                              double* data, QString* error);

    /** How many numbers the nested arrays in `value` hold (0 for anything else). */
    static qint64 countNumbers(const QJsonValue& value);
};

} // namespace training
