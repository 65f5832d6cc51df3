#pragma once
/**
 * One user setting, typed, declared where it is used:
 *
 *     static app::Setting<QStringList> recentFiles(QStringLiteral("file/recent"));
 *     recentFiles.set(recentFiles.get() << path);
 *
 * The only door to QSettings in the application: the key, its type and its default live
 * together, so no caller can read a key under the wrong type or forget the default. Values go
 * through QVariant, so T is any type QVariant holds (Q_DECLARE_METATYPE for one of ours).
 */
#include <QSettings>
#include <QString>
#include <QVariant>
#include <utility>

namespace app {

template <typename T>
class Setting {
public:
    explicit Setting(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue)) {}

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

    /** The stored value, or the default when there is none or it does not convert to T. */
    T get() const {
        const QVariant value = QSettings().value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.template value<T>();
    }

    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

    /** Forgets the stored value: get() gives the default again. */
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace app
