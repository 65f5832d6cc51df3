// app::BlockInspector: what it shows for no, one and several blocks; edits by keyboard and
// lists as one undo step each; undo shows at once; problems in words; read-only while locked.
#include "app/document/network_document.h"
#include "app/editor/block_inspector.h"
#include "network_fixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using app::BlockInspector;
using app::BlockKind;
using app::NetworkDocument;

class TestBlockInspector : public QObject {
    Q_OBJECT

private slots:
    void showsTheSelection();
    void editorsFollowThePropertiesNature_data();
    void editorsFollowThePropertiesNature();
    void unitsEditIsOneStepAndUndoShows();
    void choiceEditChangesTheDocument();
    void forgetBiasCanBeUnset();
    void showsProblemsInWords();
    void lockedInspectorIsReadOnly();
    void removedBlockIsNoLongerShown();
};

namespace {

/** Types `text` into the spin box as a person would and presses Enter. */
void typeInto(QAbstractSpinBox* spin, const QString& text) {
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

void TestBlockInspector::showsTheSelection() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    BlockInspector inspector(&document);
    QCOMPARE(inspector.titleText(), QStringLiteral("No block selected"));
    QVERIFY(inspector.parameterText().contains(QStringLiteral("4,513"))); // 4,480 + 33
    inspector.setSelection({c.lstm, c.dense});
    QCOMPARE(inspector.titleText(), QStringLiteral("2 blocks selected"));
    QVERIFY(!inspector.editor(QStringLiteral("units")));
    inspector.setSelection({c.lstm});
    QCOMPARE(inspector.titleText(), QStringLiteral("LSTM"));
    QCOMPARE(inspector.blockId(), c.lstm);
    QCOMPARE(inspector.parameterText(), QStringLiteral("4,480 parameters"));
    QVERIFY(inspector.problemText().isEmpty());
}

void TestBlockInspector::editorsFollowThePropertiesNature_data() {
    QTest::addColumn<BlockKind>("kind");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QByteArray>("editorClass");
    QTest::newRow("units") << BlockKind::Lstm << QStringLiteral("units") << QByteArray("QSpinBox");
    QTest::newRow("layers") << BlockKind::Gru << QStringLiteral("layers") << QByteArray("QSpinBox");
    QTest::newRow("bidirectional")
        << BlockKind::Rnn << QStringLiteral("bidirectional") << QByteArray("QComboBox");
    QTest::newRow("activation") << BlockKind::Rnn << QStringLiteral("activation")
                                << QByteArray("QComboBox");
    QTest::newRow("initializer") << BlockKind::Lstm << QStringLiteral("initializer")
                                 << QByteArray("QComboBox");
    QTest::newRow("forget bias") << BlockKind::PeepholeLstm << QStringLiteral("forget-bias")
                                 << QByteArray("QDoubleSpinBox");
    QTest::newRow("dropout") << BlockKind::Dropout << QStringLiteral("rate")
                             << QByteArray("QDoubleSpinBox");
    QTest::newRow("loss") << BlockKind::Output << QStringLiteral("loss") << QByteArray("QComboBox");
    QTest::newRow("input kind") << BlockKind::Input << QStringLiteral("input")
                                << QByteArray("QComboBox");
    QTest::newRow("attention") << BlockKind::Attention << QStringLiteral("attention")
                               << QByteArray("QComboBox");
    QTest::newRow("vocabulary") << BlockKind::Decoder << QStringLiteral("vocabulary")
                                << QByteArray("QSpinBox");
}

void TestBlockInspector::editorsFollowThePropertiesNature() {
    QFETCH(BlockKind, kind);
    QFETCH(QString, property);
    QFETCH(QByteArray, editorClass);
    NetworkDocument document;
    const int id = document.addBlock(kind, {});
    BlockInspector inspector(&document);
    inspector.setSelection({id});
    QWidget* editor = inspector.editor(property);
    QVERIFY(editor);
    QCOMPARE(QByteArray(editor->metaObject()->className()), editorClass);
    QVERIFY(!editor->toolTip().isEmpty());
    // Every property of the kind has an editor.
    for (const QString& name : app::defaultProperties(kind).keys())
        QVERIFY2(inspector.editor(name), qPrintable(name));
}

void TestBlockInspector::unitsEditIsOneStepAndUndoShows() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    BlockInspector inspector(&document);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.setSelection({c.lstm});
    auto* units = qobject_cast<QSpinBox*>(inspector.editor(QStringLiteral("units")));
    QVERIFY(units);
    QCOMPARE(units->value(), 32);
    const int steps = document.undoStack()->count();
    typeInto(units, QStringLiteral("64"));
    QCOMPARE(document.block(c.lstm)->property(QStringLiteral("units")), QStringLiteral("64"));
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(inspector.parameterText(), QStringLiteral("17,152 parameters")); // 4·64·(1+64+2)
    // Leaving the box commits nothing more.
    units->clearFocus();
    QCOMPARE(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    QCOMPARE(document.block(c.lstm)->property(QStringLiteral("units")), QStringLiteral("32"));
    QCOMPARE(units->value(), 32);
    QCOMPARE(inspector.parameterText(), QStringLiteral("4,480 parameters"));
    document.undoStack()->redo();
    QCOMPARE(units->value(), 64);
}

void TestBlockInspector::choiceEditChangesTheDocument() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    BlockInspector inspector(&document);
    inspector.show();
    inspector.setSelection({c.lstm});
    auto* both = qobject_cast<QComboBox*>(inspector.editor(QStringLiteral("bidirectional")));
    QVERIFY(both);
    QCOMPARE(both->currentData().toString(), QStringLiteral("false"));
    both->setFocus();
    QTest::keyClick(both, Qt::Key_Down); // selects the next entry and activates it
    QCOMPARE(document.block(c.lstm)->property(QStringLiteral("bidirectional")),
             QStringLiteral("true"));
    QCOMPARE(document.wireShapeText({c.lstm, 0, c.dense, 0}), QStringLiteral("seq × 64"));
    document.undoStack()->undo();
    QCOMPARE(both->currentData().toString(), QStringLiteral("false"));
}

void TestBlockInspector::forgetBiasCanBeUnset() {
    NetworkDocument document;
    const int lstm = document.addBlock(BlockKind::Lstm, {});
    BlockInspector inspector(&document);
    inspector.show();
    inspector.setSelection({lstm});
    auto* bias = qobject_cast<QDoubleSpinBox*>(inspector.editor(QStringLiteral("forget-bias")));
    QVERIFY(bias);
    QCOMPARE(bias->value(), bias->minimum()); // empty: the initializer's own
    QVERIFY(!bias->specialValueText().isEmpty());
    typeInto(bias, QStringLiteral("1"));
    QCOMPARE(document.block(lstm)->property(QStringLiteral("forget-bias")), QStringLiteral("1"));
    bias->setValue(bias->minimum());
    QCOMPARE(document.block(lstm)->property(QStringLiteral("forget-bias")), QString());
}

void TestBlockInspector::showsProblemsInWords() {
    NetworkDocument document;
    const int dense = document.addBlock(BlockKind::Dense, {});
    BlockInspector inspector(&document);
    inspector.setSelection({dense});
    const QString problem = document.problemsOf(dense).value(0).message;
    QVERIFY(!problem.isEmpty());
    QVERIFY2(inspector.problemText().contains(problem), qPrintable(inspector.problemText()));
    QVERIFY(inspector.parameterText().contains(QStringLiteral("not known")));
}

void TestBlockInspector::lockedInspectorIsReadOnly() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    BlockInspector inspector(&document);
    inspector.show();
    inspector.setSelection({c.dense});
    auto* units = qobject_cast<QSpinBox*>(inspector.editor(QStringLiteral("units")));
    QVERIFY(units && units->isEnabled());
    document.setEditingLocked(true);
    QVERIFY(!units->isEnabled());
    typeInto(units, QStringLiteral("7"));
    QCOMPARE(document.block(c.dense)->property(QStringLiteral("units")), QStringLiteral("1"));
    document.setEditingLocked(false);
    QVERIFY(units->isEnabled());
}

void TestBlockInspector::removedBlockIsNoLongerShown() {
    NetworkDocument document;
    const fixtures::Chain c = fixtures::perStepChain(document);
    BlockInspector inspector(&document);
    inspector.setSelection({c.lstm});
    QVERIFY(document.removeBlocks({c.lstm}));
    QCOMPARE(inspector.blockId(), 0);
    QCOMPARE(inspector.titleText(), QStringLiteral("No block selected"));
    QVERIFY(!inspector.editor(QStringLiteral("units")));
}

QTEST_MAIN(TestBlockInspector)
#include "tst_block_inspector.moc"
