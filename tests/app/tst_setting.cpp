// app::Setting: typed values that survive a new QSettings, defaults when absent or unreadable.
#include "app/window/setting.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestSetting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void givesTheDefaultUntilSet();
    void keepsWhatWasSet();
    void resetRestoresTheDefault();
    void unreadableValueGivesTheDefault();
};

void TestSetting::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_setting"));
}

void TestSetting::givesTheDefaultUntilSet() {
    const app::Setting<int> answer(QStringLiteral("test/answer"), 42);
    QCOMPARE(answer.get(), 42);
    QCOMPARE(answer.defaultValue(), 42);
}

void TestSetting::keepsWhatWasSet() {
    const app::Setting<QStringList> files(QStringLiteral("test/files"));
    const QStringList expected{QStringLiteral("/a.json"), QStringLiteral("/b.json")};
    files.set(expected);
    QCOMPARE(files.get(), expected);
    // Another declaration of the same key reads the same value.
    QCOMPARE(app::Setting<QStringList>(QStringLiteral("test/files")).get(), expected);
}

void TestSetting::resetRestoresTheDefault() {
    const app::Setting<QString> name(QStringLiteral("test/name"), QStringLiteral("default"));
    name.set(QStringLiteral("changed"));
    name.reset();
    QCOMPARE(name.get(), QStringLiteral("default"));
}

void TestSetting::unreadableValueGivesTheDefault() {
    QSettings().setValue(QStringLiteral("test/size"), QStringLiteral("not a size"));
    const app::Setting<QSize> size(QStringLiteral("test/size"), QSize(3, 4));
    QCOMPARE(size.get(), QSize(3, 4));
}

QTEST_MAIN(TestSetting)
#include "tst_setting.moc"
