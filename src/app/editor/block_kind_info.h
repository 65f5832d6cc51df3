#pragma once
/**
 * What the editor says and shows about a kind of block beyond the document's facts: a sentence
 * for people (palette and inspector tooltips), the accent colour of its family (data, recurrent,
 * attention, regularization, head), and the short summary of a block's key properties that its
 * item draws ("32 units · both ways").
 */
#include "app/document/block.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace app {

class BlockKindInfo {
    Q_DECLARE_TR_FUNCTIONS(BlockKindInfo)

public:
    /** One plain-language sentence on what the block does. */
    static QString description(BlockKind kind);
    /** The accent of the kind's family; readable on light and dark backgrounds. */
    static QColor accent(BlockKind kind);
    /** The block's key properties in a few words: "32 units", "rate 0.2", "cross-entropy". */
    static QString summary(const Block& block);
    /** A choice value as people read it: "pytorch" → "PyTorch default". */
    static QString choiceLabel(const QString& value);
};

} // namespace app
