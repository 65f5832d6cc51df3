#pragma once
/**
 * Reads a block's properties as the numbers, flags and choices they stand for, and collects what
 * is wrong with them in words ("“units” must be a whole number of at least 1, not “-3”"). A bad
 * value reads as the smallest allowed one, so shapes can still be worked out around it.
 */
#include "app/document/block.h"
#include "core/types.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace app {

class PropertyReader {
    Q_DECLARE_TR_FUNCTIONS(PropertyReader)

public:
    explicit PropertyReader(const Block& block)
        : m_block(block) {}

    /** A whole number ≥ minimum. */
    core::Index count(const QString& name, core::Index minimum = 1);
    /** A real number in [minimum, supremum). */
    double real(const QString& name, double minimum, double supremum);
    /** A real number, or nothing when the value is empty. */
    std::optional<double> optionalReal(const QString& name);
    /** "true" or "false". */
    bool flag(const QString& name);
    /** One of `allowed`; the first one when the value is none of them. */
    QString choice(const QString& name, const QStringList& allowed);

    const QStringList& problems() const { return m_problems; }

private:
    const Block& m_block;
    QStringList m_problems;
};

} // namespace app
