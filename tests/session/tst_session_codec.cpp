#include "session/session_codec.h"
#include "session_bytes.h"
#include "session_comparison.h"

#include <QFile>
#include <QTest>
#include <bit>
#include <locale>

using core::CellKind;
using fixtures::layer;
using session::Session;
using session::SessionCodec;

Q_DECLARE_METATYPE(core::NetworkSpec)
Q_DECLARE_METATYPE(std::string)

namespace {

/** The networks every round trip and stored file covers. */
std::vector<std::pair<const char*, core::NetworkSpec>> networks() {
    using fixtures::features;
    core::NetworkSpec relu = features({layer(CellKind::Rnn, 4, false, core::Activation::Relu)});
    return {
        {"rnn-tanh", features({layer(CellKind::Rnn, 4)})},
        {"rnn-relu", relu},
        {"lstm", features({layer(CellKind::Lstm, 4)})},
        {"peephole-lstm", features({layer(CellKind::PeepholeLstm, 4)})},
        {"gru", features({layer(CellKind::Gru, 4)})},
        {"stacked",
         features({layer(CellKind::Lstm, 3), layer(CellKind::Gru, 5), layer(CellKind::Rnn, 2)})},
        {"bidirectional",
         features({layer(CellKind::PeepholeLstm, 3, true), layer(CellKind::Lstm, 2, true)})},
        {"dot-attention", fixtures::attention(core::AttentionKind::Dot)},
        {"additive-attention", fixtures::attention(core::AttentionKind::Additive)},
        {"seq2seq-lstm-tokens", fixtures::sequenceToSequence(CellKind::Lstm)},
        {"seq2seq-gru-tokens", fixtures::sequenceToSequence(CellKind::Gru)},
    };
}

/** A file written by format version `version` (1: decimal floats; 2: packed arrays). */
QString storedFile(const char* name, std::uint32_t version = 1) {
    return QStringLiteral(LSTM_STUDIO_TEST_DATA "/sessions/v%2-%1.lstmsession")
        .arg(QLatin1String(name))
        .arg(version);
}

/** The stored file of training settings version 2 (truncated BPTT, frozen gates). */
const char* const kLessonsFile = "lstm-truncated-frozen";

/** A session of training settings version 2 with every new field set. */
Session lessonsSession() {
    Session s = fixtures::makeSession(fixtures::features({layer(CellKind::Lstm, 4)}), 1);
    s.settings.bpttTruncation = 5;
    s.settings.frozenGates.forget = 1.0;
    s.settings.frozenGates.input = 0.1 + 0.2; // not a short decimal
    return s;
}

/** The stored file of training settings version 3 (transfer learning's parameter groups). */
const char* const kGroupsFile = "lstm-transfer-groups";

/** A session of training settings version 3: a frozen layer, a gate and the head at own rates. */
Session groupsSession() {
    Session s = fixtures::makeSession(fixtures::features({layer(CellKind::Lstm, 4)}), 1);
    s.settings.groups["layer0"] = {0.5, true};
    s.settings.groups["layer0.f"] = {0.1 + 0.2, false}; // not a short decimal
    s.settings.groups["head"] = {3.0, false};
    return s;
}

std::string readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

/** A small session, whose every byte can be flipped in a test. */
Session smallSession() {
    Session s = fixtures::makeSession(fixtures::features({layer(CellKind::Gru, 1)}));
    s.history = {};
    s.history.addEpoch({1, 3, 0.5, std::nan(""), 0.25, false, 0.01, 1.5});
    s.history.addEntry({session::HistoryEntry::Kind::EarlyStopped, 3, 1, "best 1"});
    return s;
}

/** The weights' block as format version 2 writes it: its size in bytes, then −0, the smallest
 * subnormal and FLT_MAX (the fixture's first weights) as little-endian bytes. */
std::string packedWeightsTail(const Session& s) {
    return " " + std::to_string(4 * s.weights.size()) + " " +
           std::string("\x00\x00\x00\x80\x01\x00\x00\x00\xff\xff\x7f\x7f", 12);
}

std::string weightCountEdit(const Session& s, const std::string& count) {
    const std::string tail = packedWeightsTail(s);
    return fixtures::editPayload(SessionCodec::encode(s),
                                 " " + std::to_string(s.weights.size()) + tail, " " + count + tail);
}

} // namespace

class TestSessionCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTripIsBitIdentical_data() {
        QTest::addColumn<core::NetworkSpec>("spec");
        for (const auto& [name, spec] : networks())
            QTest::newRow(name) << spec;
    }

    void truncationAndFrozenGatesRoundTrip() {
        const Session original = lessonsSession();
        const std::string bytes = SessionCodec::encode(original);
        Session loaded;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, loaded)), QString());
        QCOMPARE(loaded.settings.bpttTruncation, 5);
        QCOMPARE(loaded.settings.frozenGates.forget, std::optional<double>(1.0));
        QCOMPARE(loaded.settings.frozenGates.input, std::optional<double>(0.1 + 0.2));
        const std::string difference = fixtures::difference(original, loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        // The comparison sees the new fields.
        Session other = loaded;
        other.settings.frozenGates.input.reset();
        QCOMPARE(fixtures::difference(original, other), std::string("frozen input gate differs"));
        other = loaded;
        other.settings.bpttTruncation = 0;
        QCOMPARE(fixtures::difference(original, other), std::string("BPTT truncation differs"));
    }

    void parameterGroupsRoundTrip() {
        const Session original = groupsSession();
        Session loaded;
        QCOMPARE(
            QString::fromStdString(SessionCodec::decode(SessionCodec::encode(original), loaded)),
            QString());
        QCOMPARE(loaded.settings.groups.size(), std::size_t(3));
        QVERIFY(loaded.settings.groups.at("layer0").frozen);
        QCOMPARE(loaded.settings.groups.at("layer0").rateScale, 0.5);
        QCOMPARE(loaded.settings.groups.at("layer0.f").rateScale, 0.1 + 0.2);
        QVERIFY(!loaded.settings.groups.at("head").frozen);
        const std::string difference = fixtures::difference(original, loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        Session other = loaded;
        other.settings.groups["layer0"].frozen = false;
        QCOMPARE(fixtures::difference(original, other), std::string("parameter groups differs"));
    }

    void storedParameterGroupsLoad() {
        const std::string bytes = readFile(storedFile(kGroupsFile));
        QVERIFY(!bytes.empty());
        Session loaded;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, loaded)), QString());
        QCOMPARE(loaded.settings.groups.at("layer0.f").rateScale, 0.1 + 0.2);
        const std::string difference = fixtures::difference(groupsSession(), loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        // Version 2 settings (before parameter groups): every group trains.
        Session older;
        QCOMPARE(
            QString::fromStdString(SessionCodec::decode(readFile(storedFile(kLessonsFile)), older)),
            QString());
        QVERIFY(older.settings.groups.empty());
    }

    void storedTruncationAndFrozenGatesLoad() {
        const std::string bytes = readFile(storedFile(kLessonsFile));
        QVERIFY(!bytes.empty());
        Session loaded;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, loaded)), QString());
        QCOMPARE(loaded.settings.bpttTruncation, 5);
        QCOMPARE(loaded.settings.frozenGates.forget, std::optional<double>(1.0));
        QCOMPARE(loaded.settings.frozenGates.input, std::optional<double>(0.1 + 0.2));
        const std::string difference = fixtures::difference(lessonsSession(), loaded);
        QVERIFY2(difference.empty(), difference.c_str());
    }

    void roundTripIsBitIdentical() {
        QFETCH(core::NetworkSpec, spec);
        const Session original = fixtures::makeSession(spec, 7);
        const std::string bytes = SessionCodec::encode(original);
        Session loaded;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, loaded)), QString());
        const std::string difference = fixtures::difference(original, loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        QCOMPARE(SessionCodec::encode(loaded), bytes);
        QCOMPARE(SessionCodec::formatVersion(bytes), 2u);
    }

    /** A program's global locale (digit grouping here) must not leak into the file. */
    void theGlobalLocaleDoesNotChangeTheBytes() {
        struct Grouping : std::numpunct<char> {
            char do_thousands_sep() const override { return ','; }
            std::string do_grouping() const override { return "\3"; }
        };
        const Session s = smallSession();
        const std::string classic = SessionCodec::encode(s);
        const std::locale previous =
            std::locale::global(std::locale(std::locale::classic(), new Grouping));
        const std::string grouped = SessionCodec::encode(s);
        Session loaded;
        const std::string message = SessionCodec::decode(classic, loaded);
        std::locale::global(previous);
        QCOMPARE(grouped, classic);
        QCOMPARE(QString::fromStdString(message), QString());
    }

    void theFixtureDiffersFromADefaultSession() {
        // Guards the round trip against a comparison that sees no field.
        const Session a = fixtures::makeSession(fixtures::sequenceToSequence(CellKind::Lstm), 1);
        Session b = a;
        QVERIFY(fixtures::difference(a, b).empty());
        b.history = {};
        QCOMPARE(fixtures::difference(a, b), std::string("epoch record count differs"));
        b = a;
        b.weights[5] = std::nextafter(b.weights[5], 2.0f);
        QCOMPARE(fixtures::difference(a, b), std::string("weights differs"));
    }

    void badInputIsRefusedWithItsMessage_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::string>("message");
        const Session good = smallSession();
        addEnvelopeRows(SessionCodec::encode(good));
        addPayloadRows(good);
        addInvalidSessionRows(good);
    }

    void badInputIsRefusedWithItsMessage() {
        QFETCH(std::string, bytes);
        QFETCH(std::string, message);
        QVERIFY(!bytes.empty() || message == "the file is empty");
        Session s = fixtures::makeSession(fixtures::features({layer(CellKind::Rnn, 1)}), 3);
        const Session before = s;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, s)),
                 QString::fromStdString(message));
        QVERIFY(fixtures::difference(before, s).empty()); // untouched
        QVERIFY_THROWS_EXCEPTION(session::SessionError, SessionCodec::decodeOrThrow(bytes));
    }

    void everyTruncationIsRefused() {
        const std::string bytes = SessionCodec::encode(smallSession());
        for (std::size_t length = 0; length < bytes.size(); ++length) {
            Session s;
            const std::string message = SessionCodec::decode(bytes.substr(0, length), s);
            if (length == 0)
                QCOMPARE(message, std::string("the file is empty"));
            else if (length < 8)
                QVERIFY2(message.find("too short") != std::string::npos, message.c_str());
            else if (length >= 24)
                QVERIFY2(message.find("cut short") != std::string::npos, message.c_str());
            else
                QVERIFY(!message.empty());
        }
    }

    void everyFlippedByteIsRefused() {
        const std::string bytes = SessionCodec::encode(smallSession());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            for (unsigned char mask : {0x01, 0x80, 0xFF}) {
                std::string damaged = bytes;
                damaged[i] = char(damaged[i] ^ mask);
                Session s;
                QVERIFY2(!SessionCodec::decode(damaged, s).empty(), qPrintable(QString::number(i)));
            }
        }
    }

    /** The checksum made valid again after each change: the deserializer itself must then give
     * an error or a valid session, never crash or hang. */
    void everyChangedPayloadByteGivesAnErrorOrAValidSession() {
        const std::string payload = fixtures::payloadOf(SessionCodec::encode(smallSession()));
        int valid = 0, refused = 0;
        for (std::size_t i = 0; i < payload.size(); ++i) {
            for (char c : {'0', '9', ' ', '-', 'x', char(payload[i] ^ 0x01)}) {
                std::string changed = payload;
                changed[i] = c;
                Session s;
                const std::string message = SessionCodec::decode(fixtures::envelope(changed), s);
                if (message.empty()) {
                    QCOMPARE(SessionCodec::validate(s), std::string());
                    ++valid;
                } else {
                    ++refused;
                }
            }
        }
        qInfo("%d changes gave a valid session, %d were refused", valid, refused);
        QVERIFY(refused > 0 && valid > 0);
    }

    void encodeRefusesWhatDecodeWouldRefuse() {
        Session s = smallSession();
        s.weights[0] = std::numeric_limits<float>::infinity();
        try {
            SessionCodec::encode(s);
            QFAIL("encode accepted an infinite weight");
        } catch (const session::SessionError& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("the session cannot be saved: weight 0 is not a finite number "
                                 "(NaN or infinity)"));
        }
    }

    void storedFilesStillLoad_data() {
        QTest::addColumn<core::NetworkSpec>("spec");
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::uint32_t>("version");
        for (std::uint32_t version : {1u, 2u})
            for (const auto& [name, spec] : networks())
                QTest::addRow("v%u %s", version, name)
                    << spec << storedFile(name, version) << version;
    }

    void storedFilesStillLoad() {
        QFETCH(core::NetworkSpec, spec);
        QFETCH(QString, path);
        QFETCH(std::uint32_t, version);
        const std::string bytes = readFile(path);
        QVERIFY2(!bytes.empty(), qPrintable(path));
        QCOMPARE(SessionCodec::formatVersion(bytes), version);
        Session loaded;
        QCOMPARE(QString::fromStdString(SessionCodec::decode(bytes, loaded)), QString());
        const std::string difference = fixtures::difference(fixtures::makeSession(spec, 1), loaded);
        QVERIFY2(difference.empty(), difference.c_str());
        // Values the files were written with, independent of the fixture code.
        QCOMPARE(loaded.task.name, std::string("dates"));
        QCOMPARE(loaded.optimizer.steps, std::int64_t(1234567890123));
        QCOMPARE(std::bit_cast<std::uint32_t>(loaded.weights[0]), 0x80000000u);
        QCOMPARE(std::bit_cast<std::uint32_t>(loaded.weights[2]), 0x7F7FFFFFu);
        QVERIFY(std::isinf(loaded.position.bestLoss));
        QVERIFY(std::isnan(loaded.history.epochs().front().validationLoss));
        QCOMPARE(loaded.history.traces().size(), std::size_t(4));
        // Training settings of version 1: full BPTT, no gate frozen.
        QCOMPARE(loaded.settings.bpttTruncation, 0);
        QVERIFY(!loaded.settings.frozenGates.any());
        QVERIFY(loaded.settings.groups.empty()); // version 1: no parameter groups
    }

    /** Writes tests/data/sessions/ when LSTM_STUDIO_WRITE_SESSION_FILES=1; a format change must
     * add files of the new version, never rewrite these. */
    void writeStoredFiles() {
        if (qgetenv("LSTM_STUDIO_WRITE_SESSION_FILES") != "1")
            QSKIP("set LSTM_STUDIO_WRITE_SESSION_FILES=1 to write the stored files");
        // Only the files not there yet: those written by an older version stay as they were.
        const auto write = [](const QString& path, const Session& s) {
            QFile file(path);
            if (file.exists())
                return;
            QVERIFY(file.open(QIODevice::WriteOnly));
            const std::string bytes = SessionCodec::encode(s);
            file.write(bytes.data(), qint64(bytes.size()));
        };
        for (const auto& [name, spec] : networks())
            write(storedFile(name, SessionCodec::kFormatVersion), fixtures::makeSession(spec, 1));
        write(storedFile(kLessonsFile, SessionCodec::kFormatVersion), lessonsSession());
        write(storedFile(kGroupsFile, SessionCodec::kFormatVersion), groupsSession());
    }

private:
    static void row(const char* name, std::string bytes, std::string message) {
        QTest::newRow(name) << std::move(bytes) << std::move(message);
    }

    /** Damage the envelope's checks see, before the payload is read. */
    static void addEnvelopeRows(const std::string& bytes) {
        const std::string payload = fixtures::payloadOf(bytes);
        const std::string size = std::to_string(payload.size());
        row("empty", "", "the file is empty");
        row("four bytes", "LSTM", "the file is too short to be an LSTM Studio session (4 bytes)");
        row("header only", bytes.substr(0, 24),
            "the file is damaged or cut short: it declares " + size + " bytes of data but holds 0");
        row("wrong magic", "LSTMSESX" + bytes.substr(8), "the file is not an LSTM Studio session");
        row("a PNG", "\x89PNG\r\n\x1a\n" + bytes.substr(8),
            "the file is not an LSTM Studio session");
        row("newer format", fixtures::envelope(payload, 3),
            "the session was made by a newer LSTM Studio, format version 3 (this version reads up "
            "to 2)");
        row("much newer format", fixtures::envelope(payload, 0xFFFFFFFFu),
            "the session was made by a newer LSTM Studio, format version 4294967295 (this version "
            "reads up to 2)");
        row("format version 0", fixtures::envelope(payload, 0),
            "the file is damaged: its format version is 0");
        std::string huge = bytes;
        huge[19] = '\x40'; // length 2^62 + n
        row("huge declared length", huge,
            "the file is damaged or cut short: it declares " +
                std::to_string((std::uint64_t(1) << 62) + payload.size()) +
                " bytes of data but holds " + size);
        row("trailing byte", bytes + "x",
            "the file is damaged or cut short: it declares " + size + " bytes of data but holds " +
                std::to_string(payload.size() + 1));
        std::string flipped = bytes;
        flipped[40] ^= 0x01;
        row("payload byte flipped", flipped,
            "the file is damaged: its checksum does not match its contents");
        std::string crc = bytes;
        crc[20] ^= 0x80;
        row("checksum flipped", crc,
            "the file is damaged: its checksum does not match its contents");
    }

    /** Payloads with a valid checksum that the reader refuses. */
    static void addPayloadRows(const Session& good) {
        const std::string bytes = SessionCodec::encode(good);
        const std::string payload = fixtures::payloadOf(bytes);
        const std::string count = std::to_string(good.weights.size());
        // The session's class info (tracking 0, version 1) comes before its tag, the diagram's
        // after.
        row("newer session class",
            fixtures::editPayload(bytes, " 0 1 19 lstm-studio-session ",
                                  " 0 2 19 lstm-studio-session "),
            "the session was made by a newer LSTM Studio: its session is of version 2, this "
            "version reads up to 1");
        row("newer diagram class",
            fixtures::editPayload(bytes, " 19 lstm-studio-session 0 1 ",
                                  " 19 lstm-studio-session 0 3 "),
            "the session was made by a newer LSTM Studio: its diagram is of version 3, this "
            "version reads up to 1");
        row("huge weight count", weightCountEdit(good, "99999999999"),
            "the file is damaged: it declares 99999999999 weights but only " +
                std::to_string(payload.size() -
                               payload.find(" " + count + packedWeightsTail(good)) - count.size() -
                               1) +
                " bytes remain");
        row("negative weight count", weightCountEdit(good, "-5"),
            "the file is damaged: negative size of weights");
        row("weight count past 2^64", weightCountEdit(good, "99999999999999999999999"),
            "the file is damaged: its contents cannot be read");
        row("huge string", fixtures::editPayload(bytes, " 5 dates ", " 999999999999 dates "),
            "the file is damaged: it declares 999999999999 bytes of the task's name but only " +
                std::to_string(payload.size() + 11 - payload.find(" 5 dates ") - 14) +
                " bytes remain");
        row("string cut short",
            fixtures::envelope(payload.substr(0, payload.find(" 5 dates ")) + " 5 dat"),
            "the file is damaged: it declares 5 bytes of the task's name but only 3 bytes remain");
        row("huge archive signature",
            fixtures::editPayload(bytes, "22 serialization::archive", "3000000000 serialization"),
            "the file is damaged: its contents cannot be read");
        row("not an archive", fixtures::envelope("hello, world"),
            "the file is damaged: its contents cannot be read");
        row("archive of another type", fixtures::envelope(fixtures::archiveOf(good.spec)),
            "the file is damaged: it holds something other than an LSTM Studio session");
        row("newer archive library",
            fixtures::editPayload(bytes, "serialization::archive ", "serialization::archive 9"),
            "the session was made by a newer LSTM Studio: its archive format is newer than this "
            "version reads");
        const std::string blockSize = std::to_string(4 * good.weights.size());
        const std::string shortBlock = std::to_string(4 * good.weights.size() - 4);
        row("weights' block of the wrong size",
            fixtures::editPayload(bytes, " " + count + " " + blockSize + " ",
                                  " " + count + " " + shortBlock + " "),
            "the file is damaged: weights holds " + shortBlock + " bytes where " + count +
                " floats take " + blockSize);
        row("weights' block cut short",
            fixtures::envelope(payload.substr(0, payload.find(" " + count + " " + blockSize + " ") +
                                                     count.size() + blockSize.size() + 3 + 60)),
            "the file is damaged: it declares " + blockSize +
                " bytes of weights but only 60 bytes remain");
        row("data after the session", fixtures::envelope(payload + " 5"),
            "the file is damaged: unexpected data after the session");
    }

    /** Sessions that deserialize but are not valid, written without SessionCodec's checks. */
    static void addInvalidSessionRows(const Session& good) {
        const std::string count = std::to_string(good.weights.size());
        const auto row = [](const char* name, const Session& s, std::string m) {
            TestSessionCodec::row(name, fixtures::envelope(fixtures::archiveOf(s)), std::move(m));
        };
        Session s = good;
        s.spec.layers[0].cell = static_cast<CellKind>(9);
        row("unknown cell kind", s, "the file is damaged: unknown cell kind 9");
        s = good;
        s.spec.layers[0].hidden = core::Index(1) << 40;
        row("absurd network", s,
            "the network has more than 2^28 parameters, more than a session may hold");
        s = good;
        s.spec.layers[0].hidden = 20000; // 4.8e8 parameters, no overflow
        row("too large a network", s,
            "the network has more than 2^28 parameters, more than a session may hold");
        s = good;
        s.settings.bpttTruncation = -3;
        row("negative truncation", s,
            "the training settings are not valid: the truncation length must be zero (full "
            "backpropagation through time) or a positive number of steps");
        s = good;
        s.settings.frozenGates.input = 1.5;
        row("frozen gate above 1", s,
            "the training settings are not valid: a frozen input gate's value must be between 0 "
            "and 1");
        s = good;
        s.settings.frozenGates.forget = 1.0;
        row("frozen gate in a GRU", s,
            "the training settings do not fit the network: only the LSTM and the peephole LSTM "
            "have forget and input gates to freeze: layer 1 is a GRU, whose gates are reset and "
            "update gates");
        s = good;
        s.spec.layers.clear();
        row("no layers", s, "the network is not valid: the network has no recurrent layer");
        s = good;
        s.weights.conservativeResize(3);
        row("too few weights", s,
            "the weights hold 3 values but the network has " + count + " parameters");
        s = good;
        s.weights[4] = std::numeric_limits<float>::quiet_NaN();
        row("NaN weight", s, "weight 4 is not a finite number (NaN or infinity)");
        s = good;
        s.initialWeights[1] = -std::numeric_limits<float>::infinity();
        row("infinite initial weight", s, "initial weight 1 is not a finite number");
        s = good;
        s.optimizer.buffers[1].conservativeResize(5);
        row("short optimizer buffer", s,
            "an optimizer buffer holds 5 values but the network has " + count + " parameters");
        s = good;
        s.optimizer.buffers.push_back(s.optimizer.buffers[0]);
        row("three Adam buffers", s, "the optimizer state holds 3 buffers where adamw keeps 2");
        s = good;
        s.settings.batchSize = 0;
        row("batch size 0", s,
            "the training settings are not valid: the batch size must be at least 1");
        s = good;
        s.threads = 0;
        row("no threads", s, "the session asks for 0 threads; it must be from 1 to 1024");
    }
};

QTEST_GUILESS_MAIN(TestSessionCodec)
#include "tst_session_codec.moc"
