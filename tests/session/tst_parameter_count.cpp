#include "core/network.h"
#include "session/parameter_count.h"
#include "session_fixtures.h"

#include <QTest>

Q_DECLARE_METATYPE(core::NetworkSpec)

using core::CellKind;
using fixtures::layer;

class TestParameterCount : public QObject {
    Q_OBJECT

private slots:
    void countsWhatNetworkAllocates_data() {
        QTest::addColumn<core::NetworkSpec>("spec");
        using fixtures::features;
        QTest::newRow("rnn") << features({layer(CellKind::Rnn, 4)});
        QTest::newRow("lstm") << features({layer(CellKind::Lstm, 7)});
        QTest::newRow("peephole") << features({layer(CellKind::PeepholeLstm, 5, true)});
        QTest::newRow("gru") << features({layer(CellKind::Gru, 6, true)});
        QTest::newRow("stacked") << features(
            {layer(CellKind::Lstm, 3, true), layer(CellKind::Gru, 5), layer(CellKind::Rnn, 2)});
        QTest::newRow("dot") << fixtures::attention(core::AttentionKind::Dot);
        QTest::newRow("additive") << fixtures::attention(core::AttentionKind::Additive);
        QTest::newRow("seq2seq lstm") << fixtures::sequenceToSequence(CellKind::Lstm);
        QTest::newRow("seq2seq peephole") << fixtures::sequenceToSequence(CellKind::PeepholeLstm);
        core::NetworkSpec dot = fixtures::sequenceToSequence(CellKind::Gru);
        dot.attention = core::AttentionKind::Dot;
        QTest::newRow("seq2seq dot") << dot;
        core::NetworkSpec tokens = features({layer(CellKind::Lstm, 8)});
        tokens.inputKind = core::InputKind::Tokens;
        tokens.inputSize = 30;
        tokens.embeddingSize = 6;
        QTest::newRow("tokens") << tokens;
    }

    void countsWhatNetworkAllocates() {
        QFETCH(core::NetworkSpec, spec);
        const auto count = session::parameterCount(spec, std::uint64_t(1) << 28);
        QVERIFY(count.has_value());
        QCOMPARE(*count, std::uint64_t(core::Network<float>(spec).parameterCount()));
    }

    void refusesWhatIsAboveTheLimitWithoutOverflowing_data() {
        QTest::addColumn<core::NetworkSpec>("spec");
        QTest::addColumn<quint64>("limit");
        QTest::newRow("limit") << fixtures::features({layer(CellKind::Rnn, 4)}) << quint64(45);
        QTest::newRow("2^40 units")
            << fixtures::features({layer(CellKind::Lstm, core::Index(1) << 40)})
            << (quint64(1) << 28);
        QTest::newRow("2^62 units")
            << fixtures::features({layer(CellKind::Gru, core::Index(1) << 62, true)})
            << (quint64(1) << 62);
        core::NetworkSpec vocabulary = fixtures::sequenceToSequence(CellKind::Lstm);
        vocabulary.decoderVocabulary = core::Index(1) << 62;
        vocabulary.decoderEmbeddingSize = core::Index(1) << 62;
        QTest::newRow("decoder vocabulary") << vocabulary << (quint64(1) << 62);
    }

    void refusesWhatIsAboveTheLimitWithoutOverflowing() {
        QFETCH(core::NetworkSpec, spec);
        QFETCH(quint64, limit);
        QVERIFY(!session::parameterCount(spec, limit).has_value());
    }
};

QTEST_GUILESS_MAIN(TestParameterCount)
#include "tst_parameter_count.moc"
