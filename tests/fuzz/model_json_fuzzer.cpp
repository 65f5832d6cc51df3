// libFuzzer harness for the JSON the command line reads: model files (training::ModelFile::
// fromJson, with the network spec inside) and input tensors (training::JsonTensor). Whatever the
// bytes, each returns a value or an error in words — never crashes, hangs or allocates without
// bound (the model's size is checked before its weights are allocated).
//
// Run (as session_fuzzer.cpp says, with the target model_json_fuzzer):
//   ninja -C build-fuzz model_json_fuzzer
//   mkdir -p fuzz-json && cp tests/data/pytorch/*.json tests/fuzz/corpus/json/* fuzz-json/
//   build-fuzz/tests/fuzz/model_json_fuzzer fuzz-json -max_total_time=600 -rss_limit_mb=2048
#include "training/json_tensor.h"
#include "training/model_file.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parse);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    QString error;
    const auto network = training::ModelFile::fromJson(object, &error);
    if (!network && error.isEmpty())
        std::abort(); // refused without a word
    error.clear();
    const auto sequences = training::JsonTensor::readSequences(
        object.value(QStringLiteral("inputs")), QStringLiteral("inputs"), &error);
    if (!sequences && error.isEmpty())
        std::abort();
    return 0;
}
