// Transfer learning in the editor: freezing a layer block and giving it a learning-rate factor
// through the inspector's controls are undoable edits that stay possible while training runs,
// become the core's parameter groups, and show on the canvas.
#include "app/document/layer_training.h"
#include "app/editor/block_inspector.h"
#include "app/editor/layer_training_editor.h"
#include "editor_fixtures.h"
#include "probe_fixtures.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>

using app::BlockKind;
using app::NetworkDocument;

namespace {

/** Tokens → embedding 8 → LSTM 16 (2 layers) → GRU 8 → dense head of 20. */
core::NetworkSpec tokenSpec() {
    core::NetworkSpec spec;
    spec.inputKind = core::InputKind::Tokens;
    spec.inputSize = 20;
    spec.embeddingSize = 8;
    spec.layers = {
        {core::CellKind::Lstm, 16}, {core::CellKind::Lstm, 16}, {core::CellKind::Gru, 8}};
    spec.outputSize = 20;
    return spec;
}

int firstOf(const NetworkDocument& document, BlockKind kind) {
    for (const app::Block& block : document.graph().blocks)
        if (block.kind == kind)
            return block.id;
    return 0;
}

} // namespace

class TestLayerTraining : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void blocksBecomeParameterGroups() {
        const auto document = NetworkDocument::fromSpec(tokenSpec());
        QVERIFY(document->isTrainable());
        const int lstm = firstOf(*document, BlockKind::Lstm);
        const int gru = firstOf(*document, BlockKind::Gru);
        const int embedding = firstOf(*document, BlockKind::Embedding);
        const int dense = firstOf(*document, BlockKind::Dense);
        QVERIFY(lstm && gru && embedding && dense);
        QSignalSpy changed(document.get(), &NetworkDocument::groupTrainingChanged);
        QVERIFY(document->setBlockFrozen(lstm, true));
        QVERIFY(document->setBlockRateFactor(gru, 0.1));
        QVERIFY(document->setBlockFrozen(embedding, true));
        QVERIFY(document->setBlockRateFactor(dense, 2));
        QCOMPARE(changed.count(), 4);
        const core::GroupTrainingMap groups = document->groupTraining();
        // One block a spec layer: the first LSTM is layer 0, the GRU layer 2.
        const core::GroupTrainingMap expected{{"layer0", {1.0, true}},
                                              {"layer2", {0.1, false}},
                                              {"embedding", {1.0, true}},
                                              {"head", {2.0, false}}};
        QVERIFY(groups == expected);
        QCOMPARE(core::ParameterGroups::problem(document->compiled()->spec, groups), std::string());
        QVERIFY(!document->setBlockFrozen(lstm, true)); // no change, no step
        QVERIFY(!document->setBlockFrozen(firstOf(*document, BlockKind::Input), true));
        QVERIFY(!document->setBlockRateFactor(gru, -1));
        document->undoStack()->undo();
        QVERIFY(!document->groupTraining().contains("head"));
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Freeze Embedding"));
    }

    void freezingStaysPossibleWhileTraining() {
        const auto document = NetworkDocument::fromSpec(tokenSpec());
        const int lstm = firstOf(*document, BlockKind::Lstm);
        document->setEditingLocked(true);
        QVERIFY(!document->setBlockProperty(lstm, QStringLiteral("units"), QStringLiteral("4")));
        QVERIFY(document->setBlockFrozen(lstm, true));
        QVERIFY(document->groupTraining().at("layer0").frozen);
        // Freeze then unfreeze are two undo steps, never merged into one.
        QVERIFY(document->setBlockFrozen(lstm, false));
        QCOMPARE(document->undoStack()->count(), 2);
        document->undoStack()->undo();
        QVERIFY(document->groupTraining().at("layer0").frozen);
    }

    void theInspectorFreezesByMouseAndRatesByKeyboard() {
        const auto document = NetworkDocument::fromSpec(tokenSpec());
        app::BlockInspector inspector(document.get());
        inspector.resize(280, 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        const int gru = firstOf(*document, BlockKind::Gru);
        inspector.setSelection({gru});
        app::LayerTrainingEditor* editor = inspector.trainingEditor();
        QVERIFY(editor->isVisible());
        document->setEditingLocked(true); // training runs: the controls still work
        QCheckBox* frozen = editor->frozenBox();
        QTest::mouseClick(frozen, Qt::LeftButton, Qt::NoModifier, QPoint(8, frozen->height() / 2));
        QVERIFY(document->groupTraining().at("layer2").frozen);
        QVERIFY(!editor->rateBox()->isEnabled()); // a frozen layer has no rate to set
        document->undoStack()->undo();
        QVERIFY(!frozen->isChecked());
        QVERIFY(editor->rateBox()->isEnabled());
        QDoubleSpinBox* rate = editor->rateBox();
        rate->setFocus();
        rate->selectAll();
        QTest::keyClicks(rate, QStringLiteral("0.25"));
        QTest::keyClick(rate, Qt::Key_Return);
        QCOMPARE(document->groupTraining().at("layer2").rateScale, 0.25);
        inspector.setSelection({firstOf(*document, BlockKind::Input)});
        QVERIFY(!editor->isVisible()); // no weights to freeze
    }

    void theCanvasMarksFrozenLayers_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void theCanvasMarksFrozenLayers() {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(probe_fixtures::darkPalette());
        {
            const auto document = NetworkDocument::fromSpec(tokenSpec());
            QSplitter window;
            app::NetworkScene scene(document.get());
            auto* view = new app::NetworkView(&scene, &window);
            auto* inspector = new app::BlockInspector(document.get(), &window);
            QObject::connect(&scene, &app::NetworkScene::blockSelectionChanged, inspector,
                             &app::BlockInspector::setSelection);
            window.addWidget(view);
            window.addWidget(inspector);
            window.setSizes({900, 260});
            window.resize(1160, 460);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            view->fitToView();
            const int lstm = firstOf(*document, BlockKind::Lstm);
            const QImage before = view->viewport()->grab().toImage();
            document->setBlockFrozen(lstm, true);
            document->setBlockRateFactor(firstOf(*document, BlockKind::Dense), 0.5);
            scene.selectBlocks({lstm});
            QTest::qWait(50);
            const QImage after = view->viewport()->grab().toImage();
            QVERIFY(before != after);
            QCOMPARE(app::LayerTraining::badgeText(*document->block(lstm)),
                     QStringLiteral("frozen"));
            window.grab().save(QDir::temp().filePath(
                QStringLiteral("layer-training-%1.png").arg(dark ? u"dark" : u"light")));
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestLayerTraining)
#include "tst_layer_training.moc"
