// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "core/settings/FirstRun.h"
#include "ui/advisory/AdvisoryPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/firstrun/FirstRunGuide.h"
#include "ui/help/HelpMenu.h"
#include "ui/lock/IdleWatcher.h"
#include "ui/lock/LockScreen.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/EmptyState.h"
#include "ui/main/Icons.h"
#include "ui/main/NavigationPane.h"
#include "ui/main/Shortcuts.h"
#include "ui/mail/ImportDialog.h"
#include "ui/exchange/ExchangeImportDialog.h"
#include "ui/mail/ImportSummaryDialog.h"
#include "ui/queue/QueuePage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/ticket/NewTicketDialog.h"
#include "ui/ticket/TicketActions.h"
#include "ui/ticket/TicketView.h"
#include "ui/triage/TriagePage.h"
#include "ui/workspace/ChangePassphraseDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace fb {

namespace {

const QString kDarkKey = QStringLiteral("view/dark");
const QString kNavigationKey = QStringLiteral("view/navigation");

} // namespace

MainWindow::MainWindow(QSettings& settings, const Clock& clock, QString actor, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_newTicketPrompt(
          [](QWidget* parentWidget, TicketKind kind, const QList<Ticket>& incidents) -> std::optional<NewTicket> {
              NewTicketDialog dialog(kind, incidents, parentWidget);
              if (dialog.exec() != QDialog::Accepted)
                  return std::nullopt;
              return dialog.answer();
          })
{
    setObjectName(QStringLiteral("mainWindow"));
    m_outer = new QStackedWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, m_outer);
    split->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new NavigationPane(settings, split);
    m_pages = new QStackedWidget(split);
    m_queue = new QueuePage(m_pages);
    m_triage = new TriagePage(m_pages);
    m_advisories = new AdvisoryPage(m_pages);
    m_directory = new DirectoryPage(m_pages);
    m_profile = new ProfilePage(m_pages);
    m_dashboard = new DashboardPage(m_pages);
    m_settingsPage = new SettingsPage(settings, m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_queue), static_cast<QWidget*>(m_triage), static_cast<QWidget*>(m_advisories),
          static_cast<QWidget*>(m_directory), static_cast<QWidget*>(m_profile), static_cast<QWidget*>(m_dashboard),
          static_cast<QWidget*>(m_settingsPage)})
        m_pages->addWidget(page);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().averageCharWidth() * 46, fontMetrics().averageCharWidth() * 150});
    m_lockScreen = new LockScreen(m_outer);
    m_outer->addWidget(split);
    m_outer->addWidget(m_lockScreen);
    setCentralWidget(m_outer);

    m_idle = new IdleWatcher(this);
    m_idle->setIdleMinutes(
        settings.value(QString::fromLatin1(SettingsPage::kIdleMinutesKey), SettingsPage::kDefaultIdleMinutes).toInt());
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_settingsPage, &SettingsPage::autoLockChanged, m_idle, &IdleWatcher::setIdleMinutes);
    connect(m_settingsPage, &SettingsPage::firstRunGuideRequested, this, &MainWindow::showFirstRunGuide);

    connect(m_navigation, &NavigationPane::queueSelected, this, [this](TicketKind kind) {
        m_pages->setCurrentWidget(m_queue);
        m_queue->showQueue(kind);
    });
    connect(m_queue, &QueuePage::saveSearchRequested, this, [this](const QString& query) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name of the saved search:"),
                                                   QLineEdit::Normal, query, &ok);
        if (ok && !name.trimmed().isEmpty())
            m_navigation->addSavedSearch(name, query);
    });
    connect(m_navigation, &NavigationPane::savedSearchSelected, this, [this](const QString& query) {
        m_pages->setCurrentWidget(m_queue);
        m_queue->showQueue(std::nullopt, query);
    });
    connect(m_navigation, &NavigationPane::triageSelected, this, &MainWindow::showTriage);
    connect(m_navigation, &NavigationPane::advisoriesSelected, this,
            [this]() { m_pages->setCurrentWidget(m_advisories); });
    connect(m_navigation, &NavigationPane::placeholderSelected, this, [this](NavigationPane::Placeholder which) {
        switch (which) {
        case NavigationPane::Placeholder::Directory:
            m_pages->setCurrentWidget(m_directory);
            break;
        case NavigationPane::Placeholder::TeamProfile:
            m_pages->setCurrentWidget(m_profile);
            break;
        case NavigationPane::Placeholder::Dashboard:
            m_pages->setCurrentWidget(m_dashboard);
            break;
        case NavigationPane::Placeholder::Settings:
            m_settingsPage->reload();
            m_pages->setCurrentWidget(m_settingsPage);
            break;
        }
    });
    connect(m_queue, &QueuePage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_queue, &QueuePage::ticketsChanged, this, [this]() { m_navigation->refreshCounts(m_session.get()); });
    connect(m_triage, &TriagePage::ticketsChanged, this, [this]() { m_navigation->refreshCounts(m_session.get()); });
    connect(m_lockScreen, &LockScreen::unlocked, this, [this]() { setWorkspace(m_lockScreen->takeVault()); });

    buildActions();
    setAcceptDrops(true);
    DarkPalette::apply(settings.value(kDarkKey, false).toBool());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(fontMetrics().averageCharWidth() * 190, fontMetrics().height() * 48);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_queue->restoreLayout(settings);
    m_navigation->selectQueue(TicketKind::Report);
}

MainWindow::~MainWindow()
{
    // Pages let go of the session before it closes.
    setSession(nullptr);
}

void MainWindow::buildActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newTicket = file->addAction(tr("&New ticket…"), this, &MainWindow::newTicket);
    Shortcuts::apply(newTicket, ShortcutId::NewTicket);
    newTicket->setObjectName(QStringLiteral("newTicketAction"));
    Icons::apply(newTicket, IconId::NewTicket);
    QAction* importAction = file->addAction(tr("&Import mail files…"), this, &MainWindow::importFiles);
    Shortcuts::apply(importAction, ShortcutId::ImportMail);
    importAction->setObjectName(QStringLiteral("importMailAction"));
    Icons::apply(importAction, IconId::ImportMail);
    // Mail is written about a ticket: the shown one (its Write mail… button has the key).
    auto* writeMail = new QAction(tr("&Write mail…"), this);
    writeMail->setObjectName(QStringLiteral("writeMailAction"));
    writeMail->setToolTip(tr("Reply to the reporter of the shown ticket, or notify a correspondent or team"));
    Icons::apply(writeMail, IconId::WriteMail);
    connect(writeMail, &QAction::triggered, this, &MainWindow::writeMail);
    QAction* importFolderAction = file->addAction(tr("Import &Maildir folder…"), this, &MainWindow::importFolder);
    importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    Icons::apply(importFolderAction, IconId::ImportFolder);
    QAction* importIncidentAction =
        file->addAction(tr("Import incident from a &team…"), this, [this]() { importIncident(); });
    importIncidentAction->setObjectName(QStringLiteral("importIncidentAction"));
    importIncidentAction->setToolTip(tr("Read a MISP event or IODEF document into an incident"));
    Icons::apply(importIncidentAction, IconId::ImportFolder);
    file->addSeparator();
    QAction* passphraseAction = file->addAction(tr("Change &passphrase…"), this, &MainWindow::changePassphrase);
    passphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    Icons::apply(passphraseAction, IconId::ChangePassphrase);
    QAction* lockAction = file->addAction(tr("&Lock workspace"), this, &MainWindow::lock);
    Shortcuts::apply(lockAction, ShortcutId::Lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    Icons::apply(lockAction, IconId::Lock);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    Shortcuts::apply(quit, ShortcutId::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    Icons::apply(quit, IconId::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Search…"), this, [this]() {
        m_pages->setCurrentWidget(m_queue);
        m_queue->focusSearch();
    });
    Shortcuts::apply(find, ShortcutId::Search);
    find->setObjectName(QStringLiteral("findAction"));
    Icons::apply(find, IconId::Search);

    QAction* goTo = edit->addAction(tr("&Go to ticket…"), this, &MainWindow::goToTicket);
    Shortcuts::apply(goTo, ShortcutId::GoToTicket);
    goTo->setObjectName(QStringLiteral("goToTicketAction"));
    Icons::apply(goTo, IconId::GoToTicket);
    goTo->setProperty("needsSession", true);
    buildTicketMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    Shortcuts::apply(refreshAction, ShortcutId::Refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    Icons::apply(refreshAction, IconId::Refresh);
    QAction* triage = view->addAction(tr("&Triage new reports"), this, &MainWindow::showTriage);
    Shortcuts::apply(triage, ShortcutId::Triage);
    triage->setObjectName(QStringLiteral("triageAction"));
    Icons::apply(triage, IconId::Triage);
    // On a small screen the pages get the whole width (the page keys, Ctrl+1 …, still switch pages).
    QAction* navigation = view->addAction(tr("&Navigation pane"));
    navigation->setObjectName(QStringLiteral("showNavigationAction"));
    navigation->setCheckable(true);
    navigation->setChecked(m_settings.value(kNavigationKey, true).toBool());
    m_navigation->setVisible(navigation->isChecked());
    connect(navigation, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(kNavigationKey, on);
        m_navigation->setVisible(on);
    });
    QAction* dark = view->addAction(tr("&Dark palette"));
    dark->setObjectName(QStringLiteral("darkPaletteAction"));
    Icons::apply(dark, IconId::DarkPalette);
    dark->setCheckable(true);
    dark->setChecked(m_settings.value(kDarkKey, false).toBool());
    connect(dark, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(kDarkKey, on);
        DarkPalette::apply(on);
    });

    buildPageActions(view->addMenu(tr("Go to &page")));

    m_help = new HelpMenu(this);
    menuBar()->addMenu(m_help);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    // Icons with their names beside them, as the ticket's toolbar; the window is wide enough for both.
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(newTicket);
    tools->addAction(importAction);
    tools->addAction(writeMail);
    tools->addAction(triage);
    tools->addSeparator();
    tools->addAction(find);
    tools->addAction(refreshAction);
    tools->addSeparator();
    tools->addAction(lockAction);
    // Empty pages offer what fills them.
    m_queue->setEmptyActions(importAction, newTicket);
    m_triage->emptyState()->setAction(importAction);
    m_dashboard->emptyState()->setAction(importAction);
    // Session-bound actions go grey while locked.
    for (QAction* action : {newTicket, importAction, importFolderAction, writeMail, find, refreshAction, triage,
                            passphraseAction, lockAction})
        action->setProperty("needsSession", true);
}

void MainWindow::buildPageActions(QMenu* pages)
{
    // Ctrl+1 … : the navigation's pages in the order shown; a queue takes the focus, so that the arrows walk it.
    pages->setObjectName(QStringLiteral("pagesMenu"));
    const QStringList names = NavigationPane::pageNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction* action = pages->addAction(names.at(i), this, [this, i]() {
            if (!m_session || !m_navigation->selectPageAt(i))
                return;
            if (m_pages->currentWidget() == m_queue)
                m_queue->table()->setFocus(Qt::ShortcutFocusReason);
        });
        action->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        Shortcuts::apply(action, ShortcutId::Page, QString::number(i + 1));
        action->setProperty("needsSession", true);
    }
}

void MainWindow::buildTicketMenu()
{
    // The shown ticket's actions, from the keyboard (Alt+T) as well as from its toolbar and context menus.
    QMenu* ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->setObjectName(QStringLiteral("ticketMenu"));
    TicketActions* actions = m_queue->ticketView()->actions();
    for (QAction* action : actions->menuActions()) {
        if (action)
            ticket->addAction(action);
        else
            ticket->addSeparator();
    }
    ticket->addAction(actions->removeObservableAction());
    ticket->addAction(actions->removeTagAction());
    ticket->addSeparator();
    ticket->addAction(actions->resolutionAction());
    ticket->addAction(actions->lessonsAction());
    ticket->addSeparator();
    ticket->addAction(findChild<QAction*>(QStringLiteral("writeMailAction")));
    // An incident's ways out of the team: they show where the ticket view shows them (incidents only).
    ticket->addAction(m_queue->ticketView()->findChild<QAction*>(QStringLiteral("exportReportAction")));
    ticket->addAction(m_queue->ticketView()->findChild<QAction*>(QStringLiteral("shareIncidentAction")));
}

void MainWindow::setWorkspace(std::unique_ptr<Vault> vault)
{
    if (!vault)
        return;
    m_path = vault->path();
    setSession(std::make_unique<WorkspaceSession>(std::move(vault), m_clock, m_actor));
    // A workspace just made in the start dialog opens with the guide, once the window is up.
    if (FirstRun::isPending(m_session->vault()).value_or(false))
        QMetaObject::invokeMethod(
            this, [this]() { showFirstRunGuide(); }, Qt::QueuedConnection);
}

FirstRunGuide* MainWindow::showFirstRunGuide()
{
    if (!m_session)
        return nullptr;
    const QList<FirstRunGuide*> guides = findChildren<FirstRunGuide*>();
    for (FirstRunGuide* open : guides) {
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* guide = new FirstRunGuide(*m_session, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    connect(guide, &FirstRunGuide::applied, this, [this]() {
        m_settingsPage->reload();
        m_directory->reload();
    });
    guide->open();
    return guide;
}

std::unique_ptr<WorkspaceSession> MainWindow::setSession(std::unique_ptr<WorkspaceSession> session)
{
    // Every page and window drops its pointer before the old session (and its Vault and key) goes away.
    const QList<ImportSummaryDialog*> summaries = findChildren<ImportSummaryDialog*>();
    for (ImportSummaryDialog* summary : summaries)
        summary->close();
    // A running import stops at its next message, so that its connection (and key copy) goes soon too.
    const QList<ImportDialog*> imports = findChildren<ImportDialog*>();
    for (ImportDialog* import : imports)
        import->cancel();
    // The guide writes to the session: it closes unsaved (and comes back with the workspace if still pending).
    const QList<FirstRunGuide*> guides = findChildren<FirstRunGuide*>();
    for (FirstRunGuide* guide : guides)
        guide->abandon();
    m_queue->setSession(nullptr);
    m_triage->setSession(nullptr);
    m_advisories->setSession(nullptr);
    m_directory->setSession(nullptr);
    m_profile->setSession(nullptr);
    m_dashboard->setSession(nullptr);
    m_settingsPage->setSession(nullptr);
    m_navigation->refreshCounts(nullptr);
    std::unique_ptr<WorkspaceSession> previous = std::exchange(m_session, std::move(session));
    WorkspaceSession* current = m_session.get();
    m_queue->setSession(current);
    m_triage->setSession(current);
    m_advisories->setSession(current);
    m_directory->setSession(current);
    m_profile->setSession(current);
    m_dashboard->setSession(current);
    m_settingsPage->setSession(current);
    m_navigation->refreshCounts(current);
    m_outer->setCurrentIndex(current ? 0 : 1);
    const QList<QAction*> actions = findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->property("needsSession").toBool())
            action->setEnabled(current != nullptr);
    }
    setWindowTitle(
        m_path.isEmpty()
            ? tr("Firebreak")
            : tr("%1 — Firebreak%2").arg(QFileInfo(m_path).fileName(), current ? QString() : tr(" (locked)")));
    m_idle->setEnabled(current != nullptr);
    return previous;
}

bool MainWindow::isLocked() const
{
    return !m_session;
}

void MainWindow::lock()
{
    if (!m_session)
        return;
    setSession(nullptr);
    m_lockScreen->lockFor(m_path);
}

void MainWindow::changePassphrase()
{
    if (!m_session)
        return;
    // While the file is re-encrypted its Vault belongs to the job: the pages let go of it, the window waits.
    auto take = [this]() -> std::unique_ptr<Vault> {
        std::unique_ptr<WorkspaceSession> session = setSession(nullptr);
        m_outer->setCurrentIndex(0);
        m_outer->setEnabled(false);
        return session ? session->releaseVault() : nullptr;
    };
    auto giveBack = [this](std::unique_ptr<Vault> vault) {
        m_outer->setEnabled(true);
        setWorkspace(std::move(vault));
    };
    auto* dialog = new ChangePassphraseDialog(take, giveBack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePassphraseDialog::changed, this,
            [this]() { statusBar()->showMessage(tr("The passphrase was changed."), 5000); });
    dialog->open();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    m_queue->refresh();
    m_triage->reload();
    if (m_dashboard->isVisible())
        m_dashboard->reload();
    if (m_directory->isVisible())
        m_directory->reload(); // keeps the selected team; nothing in it is being edited
    m_navigation->refreshCounts(m_session.get());
}

void MainWindow::bringForward(const QString& path)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    if (!path.isEmpty() && QFileInfo(path).canonicalFilePath() != QFileInfo(m_path).canonicalFilePath())
        statusBar()->showMessage(tr("%1 was not opened: this window works on %2. Quit Firebreak to open another "
                                    "workspace.")
                                     .arg(QFileInfo(path).fileName(), QFileInfo(m_path).fileName()),
                                 15000);
}

void MainWindow::showTriage()
{
    if (!m_session)
        return;
    m_pages->setCurrentWidget(m_triage);
    m_navigation->showTriageSelected(); // the navigation shows where the user is
    m_triage->reload();
    m_triage->setFocus();
}

void MainWindow::newTicket()
{
    if (!m_session)
        return;
    TicketQuery open;
    open.kind = TicketKind::Incident;
    open.activeOnly = true;
    open.descending = true;
    open.limit = 500;
    auto listed = m_session->search().list(open);
    if (!listed) // the dialog still opens; only the incident to link cannot be chosen
        statusBar()->showMessage(tr("The open incidents could not be read: %1").arg(listed.error().message));
    const QList<Ticket> incidents = listed.value_or(QList<Ticket>());
    auto answer = m_newTicketPrompt(this, m_queue->kind().value_or(TicketKind::Report), incidents);
    if (!answer)
        return;
    answer->owner = m_session->actor();
    answer->howReported = HowReported::Other;
    auto created = m_session->workflow().create(*answer);
    if (!created) {
        m_queue->ticketView()->actions()->prompts().message(this, tr("New ticket"), created.error().message);
        return;
    }
    statusBar()->showMessage(tr("Created %1 #%2.").arg(TicketEnums::displayName(answer->kind)).arg(*created), 5000);
    m_pages->setCurrentWidget(m_queue);
    if (m_queue->kind() != answer->kind)
        m_navigation->selectQueue(answer->kind);
    refresh();
    m_queue->openTicket(*created);
}

void MainWindow::writeMail()
{
    if (!m_session)
        return;
    if (m_pages->currentWidget() != m_queue || !m_queue->ticketView()->writeMail())
        statusBar()->showMessage(tr("Open a ticket first: mail is written about a ticket."), 5000);
}

void MainWindow::goToTicket()
{
    if (!m_session)
        return;
    m_pages->setCurrentWidget(m_queue);
    m_queue->startGoTo();
}

void MainWindow::importFiles()
{
    if (!m_session)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import mail"), QString(),
                                                            tr("Mail (*.eml *.mbox *.mbx *.txt);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

ExchangeImportDialog* MainWindow::importIncident(const QString& path)
{
    if (!m_session)
        return nullptr;
    auto* dialog = new ExchangeImportDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExchangeImportDialog::imported, this, [this]() { refresh(); });
    connect(dialog, &ExchangeImportDialog::openTicket, this, [this](qint64 id) {
        m_pages->setCurrentWidget(m_queue);
        m_queue->ticketView()->showTicket(id);
    });
    if (!path.isEmpty())
        dialog->setPath(path);
    dialog->show();
    return dialog;
}

void MainWindow::importFolder()
{
    if (!m_session)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Maildir folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (!m_session || paths.isEmpty())
        return;
    auto* dialog = new ImportDialog(*m_session, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const MailImportReport& report) {
        refresh();
        statusBar()->showMessage(tr("Mail import: %n new report(s).", nullptr, report.imported), 5000);
        auto* summary = new ImportSummaryDialog(report, m_session.get(), this);
        summary->setAttribute(Qt::WA_DeleteOnClose);
        connect(summary, &ImportSummaryDialog::openTicket, this, [this](qint64 id) {
            m_pages->setCurrentWidget(m_queue);
            m_queue->ticketView()->showTicket(id);
        });
        summary->show();
    });
    connect(dialog, &ImportDialog::failed, this, [this](const Error& error) {
        refresh();
        statusBar()->showMessage(error.message);
    });
    dialog->show();
    dialog->start();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool local =
        !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); });
    if (m_session && local)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!m_session || paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), saveState());
    m_queue->saveLayout(m_settings);
    QMainWindow::closeEvent(event);
}

} // namespace fb
