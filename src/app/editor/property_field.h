#pragma once
/**
 * How the inspector edits one property of a kind of block: its label and tooltip for people, its
 * nature (a whole number, a real number, an optional real number or a choice) and the range or
 * choices the document's validation accepts (PropertyReader's rules in ShapeInference).
 */
#include "app/document/block_kind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace app {

struct PropertyField {
    Q_DECLARE_TR_FUNCTIONS(PropertyField)

public:
    enum class Nature { Count, Real, OptionalReal, Choice };

    QString name;    ///< the property's name in the document: "units"
    QString label;   ///< "Units"
    QString toolTip; ///< one sentence
    Nature nature = Nature::Count;
    double minimum = 1;
    double maximum = 4096;
    double step = 1;
    QStringList choices; ///< the values of a choice, as the document stores them

    /** The editable properties of a kind, in the inspector's order. */
    static QList<PropertyField> of(BlockKind kind);
};

} // namespace app
