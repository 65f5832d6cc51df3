#include "app/editor/block_palette.h"

#include "app/editor/block_kind_info.h"
#include "app/editor/editor_colors.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>

namespace app {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

/** A small rounded swatch in the kind's accent colour. */
QIcon swatch(BlockKind kind) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = BlockKindInfo::accent(kind);
    painter.setPen(QPen(accent.darker(120), 2));
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(5, 7, 22, 18), 5, 5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(EditorColors::textOn(accent));
    painter.drawEllipse(QPointF(5, 16), 2.5, 2.5);
    painter.drawEllipse(QPointF(27, 16), 2.5, 2.5);
    return QIcon(pixmap);
}

} // namespace

BlockPalette::BlockPalette(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("blockPalette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(24, 24));
    setSpacing(1);
    setUniformItemSizes(true);
    setDefaultDropAction(Qt::CopyAction);
    setToolTip(tr("Blocks: drag one onto the canvas, or double-click it to add it."));
    setAccessibleName(tr("Block palette"));
    populate();
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit blockRequested(kindAt(row(item))); });
}

QString BlockPalette::mimeType() {
    return QStringLiteral("application/x-lstm-studio-block-kind");
}

QMimeData* BlockPalette::mimeDataFor(BlockKind kind) {
    auto* mime = new QMimeData;
    mime->setData(mimeType(), blockKindName(kind).toUtf8());
    mime->setText(blockKindTitle(kind));
    return mime;
}

std::optional<BlockKind> BlockPalette::kindFrom(const QMimeData* mime) {
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    return blockKindFromName(QString::fromUtf8(mime->data(mimeType())));
}

BlockKind BlockPalette::kindAt(int row) const {
    const QListWidgetItem* entry = item(row);
    return entry ? BlockKind(entry->data(kKindRole).toInt()) : BlockKind::Input;
}

int BlockPalette::rowOf(BlockKind kind) const {
    for (int r = 0; r < count(); ++r)
        if (kindAt(r) == kind)
            return r;
    return -1;
}

QMimeData* BlockPalette::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty())
        return nullptr;
    return mimeDataFor(kindAt(row(items.first())));
}

QStringList BlockPalette::mimeTypes() const {
    return {mimeType()};
}

void BlockPalette::startDrag(Qt::DropActions) {
    QListWidget::startDrag(Qt::CopyAction);
}

void BlockPalette::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        populate();
    QListWidget::changeEvent(event);
}

void BlockPalette::populate() {
    clear();
    for (BlockKind kind : allBlockKinds()) {
        auto* entry = new QListWidgetItem(swatch(kind), blockKindTitle(kind), this);
        entry->setData(kKindRole, int(kind));
        entry->setToolTip(BlockKindInfo::description(kind));
        entry->setStatusTip(BlockKindInfo::description(kind));
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
}

} // namespace app
