// TransferDialog: an English character model's layers for the French text task (taken, frozen on
// request, the shared symbols reported), and a transfer that cannot fit (into the sine task)
// explained in words with OK disabled; rendered for a look.
#include "app/document/layer_training.h"
#include "app/document/spec_compiler.h"
#include "app/views/transfer_dialog.h"
#include "data/task_registry.h"
#include "training/session_file.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

namespace {

session::Session english() {
    session::Session saved;
    QString error;
    if (!training::SessionFile::load(
            QStringLiteral(LSTM_STUDIO_SOURCE_DIR "/resources/sessions/text-english.lstmsession"),
            saved, &error))
        qWarning("%s", qPrintable(error));
    return saved;
}

QPushButton* okButton(const app::TransferDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestTransferDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void englishLayersForFrench() {
        const auto french = data::TaskRegistry::builtIn().make("text", {{"language", "french"}}, 1);
        app::TransferDialog dialog(english(), *french);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.takeBox()->maximum(), 1);
        QCOMPARE(dialog.problem(), QString());
        QVERIFY(dialog.reportText().contains(QStringLiteral("layer 0: taken (lstm, 128 units)")));
        QVERIFY(dialog.reportText().contains(QStringLiteral("56 of 88 symbols taken")));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(dialog.freezeBox(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(8, dialog.freezeBox()->height() / 2));
        QVERIFY(dialog.freezeBox()->isChecked());
        const app::NetworkGraph graph = dialog.graph();
        QList<app::GraphProblem> problems;
        const app::CompiledNetwork compiled = app::SpecCompiler::compile(graph, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(compiled.spec.inputSize, dialog.network()->spec().inputSize);
        const core::GroupTrainingMap groups = app::LayerTraining::groups(graph, compiled);
        QCOMPARE(groups.size(), std::size_t(1));
        QVERIFY(groups.at("layer0").frozen);
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("transfer-dialog.png")));
        // Taking no layer: everything new, nothing to freeze.
        dialog.takeBox()->setFocus();
        QTest::keyClick(dialog.takeBox(), Qt::Key_Down);
        QCOMPARE(dialog.takeBox()->value(), 0);
        QVERIFY(dialog.reportText().contains(QStringLiteral("layer 0: new")));
        QVERIFY(!dialog.freezeBox()->isEnabled());
    }

    void anImpossibleTransferIsExplained() {
        const auto sine = data::TaskRegistry::builtIn().make("sine", {}, 1);
        app::TransferDialog dialog(english(), *sine);
        QCOMPARE(dialog.problem(),
                 QStringLiteral("the new network reads features but the saved network reads "
                                "tokens"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.network());
        QVERIFY(dialog.graph().blocks.isEmpty());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir::temp().filePath(QStringLiteral("transfer-dialog-problem.png")));
    }
};

QTEST_MAIN(TestTransferDialog)
#include "tst_transfer_dialog.moc"
