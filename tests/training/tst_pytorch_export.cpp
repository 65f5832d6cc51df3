// PyTorchExport, as the app calls it with a session's single-precision weights: weights.json
// holds every parameter by its state_dict name with the session's values, model.py the module;
// unsupported networks, a wrong weight count and a file in the way are refused with a message.
#include "../session/session_fixtures.h"
#include "training/json_tensor.h"
#include "training/pytorch_export.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using training::PyTorchExport;

class TestPyTorchExport : public QObject {
    Q_OBJECT

private slots:
    void writesTheSessionsWeights() {
        QTemporaryDir dir;
        const session::Session s = fixtures::makeSession(
            fixtures::features({fixtures::layer(core::CellKind::Gru, 3, true),
                                fixtures::layer(core::CellKind::Gru, 3, true)}));
        const QString out = dir.filePath(QStringLiteral("new/folder"));
        QString error;
        QVERIFY2(PyTorchExport::exportTo(s.spec, s.weights, out, &error), qPrintable(error));
        QFile file(out + QStringLiteral("/weights.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject weights = QJsonDocument::fromJson(file.readAll()).object();
        const core::Network<double> network(s.spec);
        QCOMPARE(weights.size(), qsizetype(network.parameterInfos().size()));
        for (const core::ParameterInfo& info : network.parameterInfos()) {
            const QJsonValue value = weights.value(QString::fromStdString(info.name));
            QVERIFY2(value.isArray(), info.name.c_str());
            // Flattened row-major, as JsonTensor writes them.
            std::vector<double> flat;
            const QJsonArray outer = value.toArray();
            for (const QJsonValue& v : outer)
                if (v.isArray())
                    for (const QJsonValue& x : v.toArray())
                        flat.push_back(x.toDouble());
                else
                    flat.push_back(v.toDouble());
            QCOMPARE(qsizetype(flat.size()), qsizetype(info.size()));
            for (core::Index i = 0; i < info.size(); ++i)
                QCOMPARE(flat[std::size_t(i)], double(s.weights[info.offset + i]));
        }
        QFile script(out + QStringLiteral("/model.py"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QByteArray text = script.readAll();
        QVERIFY(text.contains("nn.GRU("));
        QVERIFY(text.contains("BIDIRECTIONAL = True"));
        QVERIFY(text.contains("NUM_LAYERS = 2"));
    }

    void refusals() {
        QTemporaryDir dir;
        QString error;
        const session::Session attention =
            fixtures::makeSession(fixtures::attention(core::AttentionKind::Additive));
        QVERIFY(!PyTorchExport::exportTo(attention.spec, attention.weights, dir.path(), &error));
        QCOMPARE(error, QStringLiteral("models with attention cannot be exported to PyTorch yet"));

        const session::Session s =
            fixtures::makeSession(fixtures::features({fixtures::layer(core::CellKind::Rnn, 2)}));
        QVERIFY(!PyTorchExport::exportTo(s.spec, s.weights.head(3), dir.path(), &error));
        QCOMPARE(error, QStringLiteral("the network has %1 parameters but 3 weights were given")
                            .arg(s.weights.size()));

        const QString file = dir.filePath(QStringLiteral("file"));
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        QVERIFY(!PyTorchExport::exportTo(s.spec, s.weights, file, &error));
        QCOMPARE(error, file + QStringLiteral(": exists and is not a directory"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("weights.json"))));
    }
};

QTEST_GUILESS_MAIN(TestPyTorchExport)
#include "tst_pytorch_export.moc"
