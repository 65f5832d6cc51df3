// app::BlockPalette: one entry per kind with a title and a sentence, drag data the view reads
// back, and double-click or Enter asking for a block.
#include "app/editor/block_kind_info.h"
#include "app/editor/block_palette.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using app::BlockKind;
using app::BlockPalette;

Q_DECLARE_METATYPE(app::BlockKind)

class TestBlockPalette : public QObject {
    Q_OBJECT

private slots:
    void oneEntryPerKind();
    void dragDataNamesTheKind();
    void foreignDragDataIsNoKind();
    void enterAndDoubleClickRequestTheBlock();
};

void TestBlockPalette::oneEntryPerKind() {
    BlockPalette palette;
    const QList<BlockKind> kinds = app::allBlockKinds();
    QCOMPARE(palette.count(), kinds.size());
    for (int row = 0; row < palette.count(); ++row) {
        QCOMPARE(palette.kindAt(row), kinds[row]);
        QCOMPARE(palette.item(row)->text(), app::blockKindTitle(kinds[row]));
        const QString tip = palette.item(row)->toolTip();
        QVERIFY2(tip.endsWith(QLatin1Char('.')) && tip.size() > 20, qPrintable(tip));
        QCOMPARE(tip, app::BlockKindInfo::description(kinds[row]));
    }
    QVERIFY(!palette.toolTip().isEmpty());
}

void TestBlockPalette::dragDataNamesTheKind() {
    BlockPalette palette;
    for (BlockKind kind : app::allBlockKinds()) {
        const std::unique_ptr<QMimeData> mime(BlockPalette::mimeDataFor(kind));
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-lstm-studio-block-kind")));
        QCOMPARE(QString::fromUtf8(mime->data(BlockPalette::mimeType())), app::blockKindName(kind));
        QCOMPARE(BlockPalette::kindFrom(mime.get()), std::optional<BlockKind>(kind));
    }
    QVERIFY(palette.dragEnabled());
}

void TestBlockPalette::foreignDragDataIsNoKind() {
    QMimeData text;
    text.setText(QStringLiteral("lstm"));
    QVERIFY(!BlockPalette::kindFrom(&text));
    QMimeData unknown;
    unknown.setData(BlockPalette::mimeType(), "transformer");
    QVERIFY(!BlockPalette::kindFrom(&unknown));
    QVERIFY(!BlockPalette::kindFrom(nullptr));
}

void TestBlockPalette::enterAndDoubleClickRequestTheBlock() {
    BlockPalette palette;
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy requested(&palette, &BlockPalette::blockRequested);
    palette.setFocus();
    palette.setCurrentRow(palette.rowOf(BlockKind::Attention));
    QTest::keyClick(palette.viewport(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<BlockKind>(), BlockKind::Attention);
    const QPoint dense =
        palette.visualItemRect(palette.item(palette.rowOf(BlockKind::Dense))).center();
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier, dense);
    QCOMPARE(requested.count(), 1);
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier, dense);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).value<BlockKind>(), BlockKind::Dense);
}

QTEST_MAIN(TestBlockPalette)
#include "tst_block_palette.moc"
