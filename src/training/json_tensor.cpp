#include "training/json_tensor.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace training {

using core::Index;

namespace {

QString describe(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonTensor::tr("null");
    case QJsonValue::Bool:
        return JsonTensor::tr("a boolean");
    case QJsonValue::String:
        return JsonTensor::tr("a string");
    case QJsonValue::Array:
        return JsonTensor::tr("an array");
    case QJsonValue::Object:
        return JsonTensor::tr("an object");
    default:
        return JsonTensor::tr("a number");
    }
}

/** Walks the nested arrays depth first, keeping the index path for messages only. */
class ArrayReader {
public:
    ArrayReader(const QString& name, std::vector<Index>& dims, std::vector<double>& values,
                QString* error)
        : m_name(name)
        , m_dims(dims)
        , m_inferred(dims.size(), false)
        , m_values(values)
        , m_error(error) {}

    bool read(const QJsonValue& value, size_t level) {
        if (level == m_dims.size()) {
            if (!value.isDouble())
                return fail(
                    JsonTensor::tr("%1 is %2, expected a number").arg(path(), describe(value)));
            const double number = value.toDouble();
            if (!std::isfinite(number))
                return fail(JsonTensor::tr("%1 is not a finite number").arg(path()));
            m_values.push_back(number);
            return true;
        }
        if (!value.isArray())
            return fail(JsonTensor::tr("%1 is %2, expected an array").arg(path(), describe(value)));
        const QJsonArray array = value.toArray();
        const Index count = array.size();
        if (m_dims[level] < 0) {
            if (count == 0)
                return fail(JsonTensor::tr("%1 is empty").arg(path()));
            m_dims[level] = count;
            m_inferred[level] = true;
        } else if (count != m_dims[level]) {
            if (m_inferred[level])
                return fail(JsonTensor::tr("%1 has %2 entries but %3 has %4 (arrays must not be "
                                           "ragged)")
                                .arg(path())
                                .arg(count)
                                .arg(firstPath(level))
                                .arg(m_dims[level]));
            return fail(JsonTensor::tr("%1 has %2 entries, expected %3")
                            .arg(path())
                            .arg(count)
                            .arg(m_dims[level]));
        }
        m_at.push_back(0);
        for (Index i = 0; i < count; ++i) {
            m_at.back() = i;
            if (!read(array.at(i), level + 1))
                return false;
        }
        m_at.pop_back();
        return true;
    }

private:
    QString path() const {
        QString text = m_name;
        for (Index i : m_at)
            text += QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        return text;
    }
    QString firstPath(size_t level) const {
        QString text = m_name;
        for (size_t l = 0; l < level; ++l)
            text += QLatin1String("[0]");
        return text;
    }
    bool fail(const QString& message) {
        *m_error = message;
        return false;
    }

    const QString& m_name;
    std::vector<Index>& m_dims;
    std::vector<bool> m_inferred;
    std::vector<double>& m_values;
    std::vector<Index> m_at;
    QString* m_error;
};

QJsonArray row(const double* data, Index count) {
    QJsonArray array;
    for (Index i = 0; i < count; ++i)
        array.append(data[i]);
    return array;
}

} // namespace

bool JsonTensor::readArray(const QJsonValue& value, const QString& name, std::vector<Index>& dims,
                           std::vector<double>& values, QString* error) {
    values.clear();
    ArrayReader reader(name, dims, values, error);
    return reader.read(value, 0);
}

std::optional<JsonTensor::Sequences>
JsonTensor::readSequences(const QJsonValue& value, const QString& name, QString* error) {
    std::vector<Index> dims = {-1, -1, -1};
    std::vector<double> values;
    if (!readArray(value, name, dims, values, error))
        return std::nullopt;
    Sequences out;
    out.batch = dims[0];
    out.steps = dims[1];
    out.features = dims[2];
    out.values.resize(out.steps * out.batch, out.features);
    for (Index b = 0; b < out.batch; ++b)
        for (Index t = 0; t < out.steps; ++t)
            for (Index f = 0; f < out.features; ++f)
                out.values(t * out.batch + b, f) =
                    values[size_t((b * out.steps + t) * out.features + f)];
    return out;
}

std::optional<core::Matrix<double>> JsonTensor::readMatrix(const QJsonValue& value,
                                                           const QString& name, QString* error) {
    std::vector<Index> dims = {-1, -1};
    std::vector<double> values;
    if (!readArray(value, name, dims, values, error))
        return std::nullopt;
    return core::Matrix<double>(core::ConstMatrixMap<double>(values.data(), dims[0], dims[1]));
}

QJsonArray JsonTensor::writeSequences(const core::Matrix<double>& timeMajor, Index batch) {
    QJsonArray sequences;
    const Index steps = batch > 0 ? timeMajor.rows() / batch : 0;
    for (Index b = 0; b < batch; ++b) {
        QJsonArray sequence;
        for (Index t = 0; t < steps; ++t)
            sequence.append(row(timeMajor.row(t * batch + b).data(), timeMajor.cols()));
        sequences.append(sequence);
    }
    return sequences;
}

QJsonArray JsonTensor::writeMatrix(const core::Matrix<double>& matrix) {
    QJsonArray rows;
    for (Index r = 0; r < matrix.rows(); ++r)
        rows.append(row(matrix.row(r).data(), matrix.cols()));
    return rows;
}

bool JsonTensor::isVector(const core::ParameterInfo& info) {
    if (info.cols != 1)
        return false;
    const QString stem = QString::fromStdString(info.name).section(QLatin1Char('.'), -1);
    return stem.startsWith(QLatin1String("bias")) ||
           stem.startsWith(QLatin1String("weight_peephole")) ||
           stem == QLatin1String("score_weight");
}

QString JsonTensor::shapeText(const core::ParameterInfo& info) {
    if (isVector(info))
        return QStringLiteral("[%1]").arg(info.rows);
    return QStringLiteral("[%1, %2]").arg(info.rows).arg(info.cols);
}

QJsonArray JsonTensor::writeParameter(const core::ParameterInfo& info, const double* data) {
    if (isVector(info))
        return row(data, info.rows);
    QJsonArray rows;
    for (Index r = 0; r < info.rows; ++r)
        rows.append(row(data + r * info.cols, info.cols));
    return rows;
}

bool JsonTensor::readParameter(const QJsonValue& value, const core::ParameterInfo& info,
                               double* data, QString* error) {
    std::vector<Index> dims =
        isVector(info) ? std::vector<Index>{info.rows} : std::vector<Index>{info.rows, info.cols};
    std::vector<double> values;
    if (!readArray(value, QString::fromStdString(info.name), dims, values, error)) {
        *error = tr("%1 (the parameter's shape is %2)").arg(*error, shapeText(info));
        return false;
    }
    std::copy(values.begin(), values.end(), data);
    return true;
}

qint64 JsonTensor::countNumbers(const QJsonValue& value) {
    if (value.isDouble())
        return 1;
    qint64 count = 0;
    if (value.isArray())
        for (const QJsonValue& element : value.toArray())
            count += countNumbers(element);
    else if (value.isObject())
        for (const QJsonValue& element : value.toObject())
            count += countNumbers(element);
    return count;
}

} // namespace training
