#include "app/window/language_manager.h"

#include "app/window/setting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace app {

namespace {

const Setting<QString>& languageSetting() {
    static const Setting<QString> setting(QStringLiteral("interface/language"),
                                          QStringLiteral("system"));
    return setting;
}

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QStringList LanguageManager::availableLanguages() {
    // English is in the sources; every other language is a translation built into the
    // resources from translations/lstm_studio_<code>.ts.
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({QStringLiteral("lstm_studio_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.section(QLatin1Char('_'), 2).section(QLatin1Char('.'), 0, 0);
    return languages;
}

QString LanguageManager::savedChoice() {
    return languageSetting().get();
}

QString LanguageManager::resolve(const QString& choice) {
    if (availableLanguages().contains(choice))
        return choice;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void LanguageManager::apply(const QString& choice) {
    languageSetting().set(choice);
    const QString language = resolve(choice);
    removeTranslators();
    if (language != QStringLiteral("en")) {
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(QStringLiteral("qtbase_") + language,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
        m_ours = std::make_unique<QTranslator>();
        if (m_ours->load(QStringLiteral(":/i18n/lstm_studio_") + language))
            QCoreApplication::installTranslator(m_ours.get());
    }
    if (m_current != language) {
        m_current = language;
        emit languageChanged(language);
    }
}

void LanguageManager::removeTranslators() {
    for (auto* translator : {m_qt.get(), m_ours.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    m_qt.reset();
    m_ours.reset();
}

} // namespace app
