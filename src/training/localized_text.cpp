#include "training/localized_text.h"

namespace training {

QString LocalizedText::in(const QString& language) const {
    if (const auto found = m_texts.constFind(language); found != m_texts.constEnd())
        return *found;
    if (const auto english = m_texts.constFind(fallbackLanguage()); english != m_texts.constEnd())
        return *english;
    return m_texts.isEmpty() ? QString() : m_texts.first();
}

} // namespace training
