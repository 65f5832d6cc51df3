// Transfer learning in the real main window: a layer frozen in the editor (canvas click, then the
// inspector's Frozen box) keeps its weights bit-identical through training, in the workspace and
// in the saved session, while the head moves; the Fine-Tuning dock compares the gates of the
// start and current weights (no change for the frozen layer, a change once it trains); File ›
// New from Session… builds the French text network with the English session's layer and its
// weights; a session whose groups are only in its settings (the CLI's) shows them on the blocks.
#include "app/document/layer_training.h"
#include "app/editor/block_inspector.h"
#include "app/editor/block_item.h"
#include "app/editor/layer_training_editor.h"
#include "app/editor/network_scene.h"
#include "app/editor/network_view.h"
#include "app/views/gate_comparison_view.h"
#include "app/views/transfer_dialog.h"
#include "app/window/appearance.h"
#include "app/window/main_window.h"
#include "app/window/transfer_actions.h"
#include "app/window/workspace.h"
#include "core/parameter_groups.h"
#include "training/session_file.h"
#include "training/training_controller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

class TestWindow : public app::MainWindow {
public:
    explicit TestWindow(const QString& folder)
        : app::MainWindow(nullptr, folder) {}
    QStringList errors;

protected:
    void reportError(const QString& text, const QString& details) override {
        errors << text + QLatin1Char(' ') + details;
    }
    bool confirmDiscard() override { return true; }
};

/** The values of group `name` of `network`, in parameter order. */
std::vector<double> groupValues(const core::Network<double>& network, const std::string& name) {
    std::vector<double> out;
    for (const auto& [offset, size] : core::ParameterGroups::spans(network, name))
        for (core::Index i = offset; i < offset + size; ++i)
            out.push_back(network.values()[i]);
    return out;
}

/** The first recurrent layer's block of the window's graph. */
int firstLayerBlock(app::Workspace& workspace) {
    return workspace.document()->compiled()->layerBlocks.value(0);
}

/** Clicks the block on the canvas, then the inspector's Frozen box. */
void clickFrozen(TestWindow& window, int block) {
    auto* view = window.findChild<app::NetworkView*>();
    auto* scene = window.findChild<app::NetworkScene*>();
    const QPoint centre = view->mapFromScene(scene->blockItem(block)->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QCheckBox* frozen = window.findChild<app::BlockInspector*>()->trainingEditor()->frozenBox();
    QVERIFY(frozen->isVisible());
    QTest::mouseClick(frozen, Qt::LeftButton, Qt::NoModifier, QPoint(8, frozen->height() / 2));
}

void trainAndWait(TestWindow& window) {
    training::TrainingController* controller = window.workspace().controller();
    QSignalSpy finished(controller, &training::TrainingController::finished);
    window.findChild<QAction*>(QStringLiteral("actionTrain"))->trigger();
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), training::TrainingController::State::Idle, 5000);
}

void shoot(QWidget& widget, const QString& name) {
    QApplication::processEvents();
    widget.grab().save(QDir::temp().filePath(name + QStringLiteral("-light.png")));
    QApplication::setPalette(app::Appearance::darkPalette());
    QApplication::processEvents();
    widget.grab().save(QDir::temp().filePath(name + QStringLiteral("-dark.png")));
    QApplication::setPalette(app::Appearance::lightPalette());
}

} // namespace

class TestTransferActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFrozenLayerKeepsItsWeightsThroughTraining() {
        QTemporaryDir dir;
        TestWindow window(dir.filePath(QStringLiteral("autosave")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Workspace& workspace = window.workspace();
        session::TrainingSettings settings = workspace.settings();
        settings.epochs = 2;
        QString error;
        QVERIFY(workspace.setSettings(settings, &error));

        const int lstm = firstLayerBlock(workspace);
        clickFrozen(window, lstm);
        QVERIFY(workspace.document()->groupTraining().at("layer0").frozen);
        QVERIFY(workspace.settings().groups.at("layer0").frozen);
        QCOMPARE(app::LayerTraining::badgeText(*workspace.document()->graph().block(lstm)),
                 QStringLiteral("frozen"));
        shoot(window, QStringLiteral("W-editor-frozen"));

        const core::Network<double> before = workspace.network();
        trainAndWait(window);
        const core::Network<double>& after = workspace.network();
        QVERIFY(groupValues(before, "layer0") == groupValues(after, "layer0")); // bit for bit
        QVERIFY(groupValues(before, "head") != groupValues(after, "head"));
        QVERIFY(workspace.run());
        QVERIFY(workspace.run()->settings.groups.at("layer0").frozen);

        // Saved and read back: the same bits, the group kept.
        const QString path = dir.filePath(QStringLiteral("frozen.lstmsession"));
        QVERIFY(window.saveSession(path));
        session::Session saved;
        QVERIFY(training::SessionFile::load(path, saved, &error));
        core::Network<double> reloaded(saved.spec);
        reloaded.values() = saved.weights.cast<double>();
        QVERIFY(groupValues(before, "layer0") == groupValues(reloaded, "layer0"));
        QVERIFY(saved.settings.groups.at("layer0").frozen);

        // The Fine-Tuning dock: the frozen first layer's gates did not change at all.
        auto* transfer = window.findChild<app::TransferActions*>();
        transfer->dock()->toggleViewAction()->trigger();
        QTRY_VERIFY(transfer->dock()->isVisible());
        app::GateComparisonView* comparison = transfer->comparison();
        QCOMPARE(comparison->problem(), QString());
        QVERIFY(!comparison->bandSymbols().isEmpty());
        for (int band = 0; band < comparison->bandSymbols().size(); ++band)
            QCOMPARE(comparison->meanChange(band), 0.0);

        // Unfrozen and trained on: the gates move away from the start weights.
        clickFrozen(window, lstm);
        QVERIFY(workspace.settings().groups.empty());
        trainAndWait(window);
        QVERIFY(groupValues(before, "layer0") != groupValues(workspace.network(), "layer0"));
        double change = 0;
        for (int band = 0; band < comparison->bandSymbols().size(); ++band)
            change += comparison->meanChange(band);
        QVERIFY(change > 0);
        transfer->dock()->raise();
        shoot(*transfer->dock(), QStringLiteral("W-comparison"));
        QVERIFY(window.errors.isEmpty());
    }

    void freezingDuringARunReachesTheTrainer() {
        QTemporaryDir dir;
        TestWindow window(dir.filePath(QStringLiteral("autosave")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Workspace& workspace = window.workspace();
        session::TrainingSettings settings = workspace.settings();
        settings.epochs = 400;
        settings.patience = 0;
        settings.stopWhenSolved = false;
        QString error;
        QVERIFY(workspace.setSettings(settings, &error));
        training::TrainingController* controller = workspace.controller();
        QSignalSpy snapshots(controller, &training::TrainingController::snapshotReady);
        QSignalSpy finished(controller, &training::TrainingController::finished);
        window.findChild<QAction*>(QStringLiteral("actionTrain"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), 10000);
        QVERIFY2(finished.isEmpty(), "the run ended before the layer could be frozen");
        clickFrozen(window, firstLayerBlock(workspace)); // the canvas is locked, freezing is not
        QVERIFY(workspace.document()->isEditingLocked());
        QVERIFY(workspace.settings().groups.at("layer0").frozen);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() > 3, 10000);
        window.stopTraining();
        QVERIFY(finished.isEmpty() ? finished.wait(10000) : true);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.run() != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.run()->settings.groups.count("layer0") == 1, 5000);
        QVERIFY(workspace.run()->settings.groups.at("layer0").frozen);
        QVERIFY(window.errors.isEmpty());
    }

    void newFromSessionTakesTheSavedLayersWeights() {
        QTemporaryDir dir;
        TestWindow window(dir.filePath(QStringLiteral("autosave")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::Workspace& workspace = window.workspace();
        QString error;
        QVERIFY(workspace.newSession("text", {{"language", "french"}}, &error));
        const QString english =
            QStringLiteral(LSTM_STUDIO_SOURCE_DIR "/resources/sessions/text-english.lstmsession");
        session::Session saved;
        QVERIFY(training::SessionFile::load(english, saved, &error));
        core::Network<double> savedNetwork(saved.spec);
        savedNetwork.values() = saved.weights.cast<double>();

        auto* transfer = window.findChild<app::TransferActions*>();
        app::TransferActions::Hooks hooks;
        hooks.askSessionPath = [&] {
            return english;
        };
        QString report;
        hooks.runDialog = [&](app::TransferDialog& dialog) {
            dialog.setTakenLayers(1);
            dialog.setFreezeTaken(true);
            report = dialog.reportText();
            return dialog.problem().isEmpty();
        };
        hooks.reportError = [&](const QString& text, const QString& details) {
            window.errors << text + details;
        };
        transfer->setHooks(hooks);
        QAction* action = transfer->newFromSessionAction();
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(u'\n')));
        QVERIFY(report.contains(QStringLiteral("layer 0: taken")));

        const core::Network<double>& network = workspace.network();
        QVERIFY(!groupValues(network, "layer0").empty());
        QVERIFY(groupValues(network, "layer0") == groupValues(savedNetwork, "layer0"));
        QVERIFY(!workspace.isGraphChanged()); // training starts from these weights
        QVERIFY(workspace.settings().groups.at("layer0").frozen);
        QVERIFY(
            app::LayerTraining::of(*workspace.document()->graph().block(firstLayerBlock(workspace)))
                .frozen);
        QVERIFY(workspace.isModified());
    }

    void groupsKeptOnlyInTheSettingsAreShownOnTheBlocks() {
        QTemporaryDir dir;
        TestWindow window(dir.filePath(QStringLiteral("autosave")));
        session::Session session = window.workspace().currentSession();
        session.settings.groups["layer0"].frozen = true;
        const QString path = dir.filePath(QStringLiteral("cli.lstmsession"));
        QString error;
        QVERIFY(training::SessionFile::save(session, path, &error));
        QVERIFY(window.openSession(path));
        app::Workspace& workspace = window.workspace();
        QVERIFY(
            app::LayerTraining::of(*workspace.document()->graph().block(firstLayerBlock(workspace)))
                .frozen);
        QVERIFY(workspace.document()->groupTraining().at("layer0").frozen);
        QVERIFY(!workspace.isModified());
    }
};

QTEST_MAIN(TestTransferActions)
#include "tst_transfer_actions.moc"
