#pragma once
/**
 * The interface's language: English (the source strings) or French, installed as Qt's own
 * translations (qtbase_fr: standard dialogs and buttons) and ours (lstm_studio_fr.qm, built
 * from translations/lstm_studio_fr.ts into the program's resources). The choice is a setting;
 * "system" follows the system's locale. Installing a translator sends every widget a
 * LanguageChange event, so windows retranslate themselves without a restart.
 */
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace app {

class LanguageManager : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /** The languages the interface ships in, as codes: "en", "fr". */
    static QStringList availableLanguages();
    /** The saved choice: a code, or "system". */
    static QString savedChoice();
    /** The language `choice` means here: "system" resolves to the locale's if we ship it. */
    static QString resolve(const QString& choice);

    /** Installs the translators of `choice` ("system", "en", "fr") and remembers it. */
    void apply(const QString& choice);
    /** The language in use, as a code. */
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QString m_current = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_ours;
};

} // namespace app
