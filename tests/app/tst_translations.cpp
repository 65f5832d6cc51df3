// The French interface is complete: every string the sources mark for translation has a French
// translation (checked by running lupdate on the sources now, not trusting the committed file),
// with the same placeholders, and installing French really changes what the window shows.
#include "app/window/language_manager.h"
#include "app/window/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context, source, translation;
    bool finished = false;
    QStringList forms; ///< a numerus message's forms (singular, plural); empty otherwise
};

/** Reads a <translation> element: its text, or its <numerusform>s one by one. */
void readTranslation(QXmlStreamReader& xml, Message& message) {
    while (xml.readNext() != QXmlStreamReader::EndElement ||
           xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            return;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            message.forms << xml.readElementText();
        else if (xml.isCharacters())
            message.translation += xml.text();
    }
    if (!message.forms.isEmpty())
        message.translation = message.forms.join(QLatin1Char(' '));
}

QList<Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, false, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            readTranslation(xml, message);
            out.append(message);
        }
    }
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

/** A text as a user reads it: no accelerator '&', no "(Ctrl+S)" after a tooltip. */
QString readable(QString text) {
    static const QRegularExpression shortcut(QStringLiteral(" \\([^()]*\\)$"));
    text.remove(QLatin1Char('&'));
    return text.remove(shortcut).trimmed();
}

/** Every text the window shows: actions (text, tooltip), menus, dock titles, labels, buttons,
 * group boxes, tab titles and tooltips of every widget. */
QStringList textsOf(QWidget& window) {
    QStringList texts;
    for (QAction* action : window.findChildren<QAction*>())
        texts << action->text() << action->toolTip();
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        texts << widget->toolTip();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        else if (auto* dock = qobject_cast<QDockWidget*>(widget))
            texts << dock->windowTitle();
        else if (auto* menu = qobject_cast<QMenu*>(widget))
            texts << menu->title();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            texts << box->title();
        else if (auto* tabs = qobject_cast<QTabBar*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    }
    return texts;
}

const QString committedTs =
    QStringLiteral(LSTM_STUDIO_SOURCE_DIR "/translations/lstm_studio_fr.ts");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFrenchMessageIsTranslatedWithItsPlaceholders() {
        const QList<Message> messages = readTs(committedTs);
        QVERIFY(messages.size() > 100);
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translation.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("empty: ") + where));
            // A plural message: each of its forms keeps the source's placeholders.
            for (const QString& form : m.forms.isEmpty() ? QStringList{m.translation} : m.forms)
                QCOMPARE(placeholders(form), placeholders(m.source));
        }
    }

    void theSourcesHoldNoStringTheFileLacks() {
        const QString lupdate = QStringLiteral(LSTM_STUDIO_LUPDATE);
        if (lupdate.isEmpty() || !QFile::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        // The project CMake writes for the update_translations target, turned into lupdate's
        // JSON as that target does: the same sources and include paths, so the contexts
        // (app::MainWindow…) come out the same.
        const QString project = QStringLiteral(LSTM_STUDIO_LUPDATE_PROJECT);
        const QString converter = QStringLiteral(LSTM_STUDIO_LUPDATE_CONVERTER);
        QVERIFY2(QFile::exists(project), qPrintable(project));
        QVERIFY2(QFile::exists(converter), qPrintable(converter));
        const QString json = dir.filePath(QStringLiteral("project.json"));
        QCOMPARE(QProcess::execute(QStringLiteral(LSTM_STUDIO_CMAKE),
                                   {QStringLiteral("-DIN_FILE=") + project,
                                    QStringLiteral("-DOUT_FILE=") + json, QStringLiteral("-P"),
                                    converter}),
                 0);
        QProcess process;
        process.start(lupdate, {QStringLiteral("-project"), json, QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QSet<QString> committed;
        for (const Message& m : readTs(committedTs))
            committed.insert(m.context + QLatin1Char('\x1f') + m.source);
        QStringList missing;
        for (const Message& m : readTs(fresh))
            if (!committed.contains(m.context + QLatin1Char('\x1f') + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in lstm_studio_fr.ts (run the update_translations "
                                           "target and translate): ") +
                            missing.join(QStringLiteral(" | "))));
    }

    void frenchWindowShowsNoEnglishString() {
        // English sources whose French differs: none of them may remain on screen in French.
        QSet<QString> english;
        for (const Message& m : readTs(committedTs))
            if (readable(m.source) != readable(m.translation) && m.source.size() > 2)
                english.insert(readable(m.source));
        app::LanguageManager language;
        language.apply(QStringLiteral("fr"));
        QTemporaryDir autosave;
        app::MainWindow window(nullptr, autosave.path());
        window.setLanguageManager(&language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Every menu once opened: some build their entries then.
        for (QMenu* menu : window.findChildren<QMenu*>())
            emit menu->aboutToShow();
        QStringList left;
        for (const QString& text : textsOf(window))
            if (english.contains(readable(text)))
                left << readable(text);
        left.removeDuplicates();
        language.apply(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English in the French window: ") +
                                            left.join(QStringLiteral(" | "))));
    }

    void languagesAreTheTranslationsBuiltIn() {
        // One per translations/lstm_studio_<code>.ts, found in the resources, and English.
        QCOMPARE(app::LanguageManager::availableLanguages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    }

    void frenchChangesTheWindowAndEnglishBringsItBack() {
        app::LanguageManager language;
        app::MainWindow window;
        window.setLanguageManager(&language);
        QAction* fileMenu = window.menuBar()->actions().constFirst();
        language.apply(QStringLiteral("fr"));
        QCOMPARE(language.current(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
        QTRY_COMPARE(fileMenu->text(), QStringLiteral("&Fichier")); // a posted LanguageChange
        language.apply(QStringLiteral("en"));
        QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));
        QCOMPARE(app::LanguageManager::savedChoice(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
