#include "app/document/property_reader.h"

namespace app {

core::Index PropertyReader::count(const QString& name, core::Index minimum) {
    const QString text = m_block.property(name);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (ok && value >= minimum)
        return core::Index(value);
    m_problems << tr("“%1” must be a whole number of at least %2, not “%3”")
                      .arg(name)
                      .arg(minimum)
                      .arg(text);
    return minimum;
}

double PropertyReader::real(const QString& name, double minimum, double supremum) {
    const QString text = m_block.property(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && value >= minimum && value < supremum)
        return value;
    m_problems << tr("“%1” must be a number in [%2, %3), not “%4”")
                      .arg(name)
                      .arg(minimum)
                      .arg(supremum)
                      .arg(text);
    return minimum;
}

std::optional<double> PropertyReader::optionalReal(const QString& name) {
    const QString text = m_block.property(name);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok)
        return value;
    m_problems << tr("“%1” must be a number or empty, not “%2”").arg(name, text);
    return std::nullopt;
}

bool PropertyReader::flag(const QString& name) {
    return choice(name, {QStringLiteral("false"), QStringLiteral("true")}) ==
           QStringLiteral("true");
}

QString PropertyReader::choice(const QString& name, const QStringList& allowed) {
    const QString text = m_block.property(name);
    if (allowed.contains(text))
        return text;
    m_problems << tr("“%1” must be one of %2, not “%3”").arg(name, allowed.join(tr(", ")), text);
    return allowed.value(0);
}

} // namespace app
