#pragma once
/**
 * The File menu's work on session files: Open…, Save, Save As…, the recent files and opening a
 * copy (ready sessions, lessons). It asks through the window's hooks (its dialogs, which tests
 * replace) and reports every failure with the file's name and the reason; a failed open keeps the
 * current session, a failed save keeps the session and its file as they were.
 */
#include <QObject>
#include <QString>
#include <functional>

namespace app {

class RecentFilesMenu;
class Workspace;

class SessionFiles : public QObject {
    Q_OBJECT

public:
    /** What the window asks the user and tells them. */
    struct Hooks {
        std::function<bool()> mayDiscard; ///< unsaved work may go (asks; may save it first)
        std::function<QString()> askOpenPath;
        std::function<QString(const QString& title, const QString& start, const QString& filter)>
            askSavePath;
        std::function<void(const QString& text, const QString& details)> reportError;
        std::function<void(const QString& text)> showMessage;
    };

    SessionFiles(Workspace* workspace, RecentFilesMenu* recentFiles, Hooks hooks,
                 QObject* parent = nullptr);

    /** The folder the file dialogs start in: the last one a file was chosen in. */
    static QString lastDirectory();
    static void rememberDirectory(const QString& directory);
    /** The file-name filter of session files, for the dialogs. */
    static QString sessionFilter();

public slots:
    /** Replaces the session by the file's; on any problem reports it and keeps the current one. */
    bool open(const QString& path);
    /** Opens a session as an untitled copy; reports a failure. */
    bool openCopy(const QString& path);
    /** Writes the session to `path` and makes it the current file; reports a failure. */
    bool saveTo(const QString& path);
    /** To the current file when it is a session file, else as Save As. */
    bool save();
    /** Asks where (a session file), then saves there; false when cancelled or on a failure. */
    bool saveAs();
    /** File › Open…: asks for the file, after asking whether unsaved work may go. */
    void openFromDialog();
    /** A file of the recent list, forgotten when it no longer exists. */
    void openRecent(const QString& path);

private:
    Workspace* m_workspace;
    RecentFilesMenu* m_recentFiles;
    Hooks m_hooks;
};

} // namespace app
