#pragma once
/**
 * A text a lesson shows in several languages ("en", "fr", …): the lesson file writes it as a JSON
 * object of language codes to strings. Asked for a language it does not have, it falls back to
 * English, then to any language it has, so a teacher's lesson in one language still shows.
 */
#include <QMap>
#include <QString>
#include <QStringList>

namespace training {

class LocalizedText {
public:
    /** The language a text falls back to. */
    static QString fallbackLanguage() { return QStringLiteral("en"); }

    /** The text in `language`, else in English, else in the first language there is; empty when
     * there is none at all. */
    QString in(const QString& language) const;
    /** The text in exactly `language`, empty when it has none. */
    QString exactly(const QString& language) const { return m_texts.value(language); }
    void set(const QString& language, const QString& text) { m_texts.insert(language, text); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }

private:
    QMap<QString, QString> m_texts;
};

} // namespace training
