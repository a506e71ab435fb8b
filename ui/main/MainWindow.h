// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the handler's desk: navigation on the left, the queue (with the ticket) or triage on the right,
// menus, toolbar and shortcuts; locks itself (Ctrl+L, idle time) by dropping the workspace and its key.
#pragma once

#include "core/tickets/Ticket.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QSettings;
class QStackedWidget;

namespace fb {

class AdvisoryPage;
class Clock;
class DashboardPage;
class DirectoryPage;
class ExchangeImportDialog;
class FirstRunGuide;
class HelpMenu;
class IdleWatcher;
class LockScreen;
class NavigationPane;
class ProfilePage;
class QueuePage;
class SettingsPage;
class TriagePage;
class Vault;
class WorkspaceSession;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Asks for a new ticket (kind to start with, incidents it may be linked to); nullopt when cancelled.
    // A test hook: tests replace the modal dialog with an answer.
    using NewTicketPrompt =
        std::function<std::optional<NewTicket>(QWidget* parent, TicketKind kind, const QList<Ticket>& incidents)>;

    MainWindow(QSettings& settings, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setWorkspace(std::unique_ptr<Vault> vault);
    WorkspaceSession* session() const { return m_session.get(); }
    bool isLocked() const;
    void lock();
    void refresh();
    void showTriage();
    // Imports mail files and Maildir folders in a job, with a progress dialog and then a summary.
    void importPaths(const QStringList& paths);
    // Ctrl+N: asks for the new ticket's kind, title, TLP, class and incident, creates it and shows it.
    void newTicket();
    void setNewTicketPrompt(NewTicketPrompt prompt) { m_newTicketPrompt = std::move(prompt); }
    // Writes mail about the shown ticket (the composer); says so when no ticket is shown.
    void writeMail();
    // Ctrl+G: the queue's search box takes a ticket number.
    void goToTicket();
    // Another launch asked for `path` (empty: only to come forward): the window comes forward; a different
    // workspace is not opened beside this one, the status bar says why.
    void bringForward(const QString& path);
    QString workspacePath() const { return m_path; }
    // The first-run guide (our team, key, SLA), window-modal; opens by itself once for a workspace made in the
    // start dialog, and from Settings on request. Null while locked.
    FirstRunGuide* showFirstRunGuide();
    // File ▸ Import incident from a team…: the MISP/IODEF import dialog, on `path` when given.
    ExchangeImportDialog* importIncident(const QString& path = {});

    NavigationPane* navigation() const { return m_navigation; }
    QueuePage* queuePage() const { return m_queue; }
    TriagePage* triagePage() const { return m_triage; }
    AdvisoryPage* advisoryPage() const { return m_advisories; }
    DirectoryPage* directoryPage() const { return m_directory; }
    ProfilePage* profilePage() const { return m_profile; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    HelpMenu* helpMenu() const { return m_help; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    // Returns the session it replaced (already detached from every page).
    std::unique_ptr<WorkspaceSession> setSession(std::unique_ptr<WorkspaceSession> session);
    void changePassphrase();
    void buildTicketMenu();
    void buildPageActions(QMenu* pages);
    void importFiles();
    void importFolder();

    QSettings& m_settings;
    const Clock& m_clock;
    QString m_actor;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
    QStackedWidget* m_outer = nullptr; // work area or lock screen
    QStackedWidget* m_pages = nullptr;
    NavigationPane* m_navigation = nullptr;
    QueuePage* m_queue = nullptr;
    TriagePage* m_triage = nullptr;
    AdvisoryPage* m_advisories = nullptr;
    ProfilePage* m_profile = nullptr;
    DirectoryPage* m_directory = nullptr;
    DashboardPage* m_dashboard = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleWatcher* m_idle = nullptr;
    HelpMenu* m_help = nullptr;
    NewTicketPrompt m_newTicketPrompt;
};

} // namespace fb
