// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshot/ScreenshotRunner.h"

#include "core/base/Clock.h"
#include "core/base/Job.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/demo/DemoWorkspace.h"
#include "core/vault/Vault.h"
#include "ui/dashboard/ConstituencyReportDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "core/directory/DistributionListStore.h"
#include "core/directory/TeamReader.h"
#include "ui/directory/DirectoryPage.h"
#include "ui/directory/DistributionListsPanel.h"
#include "ui/directory/TeamEditDialog.h"
#include "ui/firstrun/FirstRunGuide.h"
#include "ui/firstrun/FirstRunKeyPage.h"
#include "ui/profile/ProfilePage.h"
#include "core/mail/MailImporter.h"
#include "ui/mail/ComposerDialog.h"
#include "ui/ticket/InvestigationPlanDialog.h"
#include "ui/mail/ImportSummaryDialog.h"
#include "ui/help/HelpMenu.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/TicketTableModel.h"
#include "ui/settings/PlaybooksPanel.h"
#include "ui/settings/SettingsPage.h"
#include "ui/ticket/CorrespondencePanel.h"
#include "ui/ticket/TasksPanel.h"
#include "ui/ticket/TimelinePanel.h"
#include "ui/ticket/TicketRelationsPanel.h"
#include "ui/report/IncidentReportDialog.h"
#include "ui/dashboard/StatisticsExportDialog.h"
#include "ui/exchange/ExchangeExportDialog.h"
#include "ui/ticket/TicketView.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QCoreApplication>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>

#include <functional>

namespace fb {

namespace {

QString save(QWidget* widget, const QString& path)
{
    QApplication::processEvents();
    return widget->grab().save(path) ? path : QString();
}

// The window with one of its menu bar's menus open: the menu is a window of its own, drawn onto the picture.
QString saveWithMenu(QMainWindow* window, QMenu* menu, const QString& path)
{
    QMenuBar* bar = window->menuBar();
    bar->setActiveAction(menu->menuAction());
    QApplication::processEvents();
    QPixmap picture = window->grab();
    const QRect title = bar->actionGeometry(menu->menuAction());
    QPainter painter(&picture);
    painter.drawPixmap(bar->mapTo(window, title.bottomLeft()), menu->grab());
    painter.end();
    menu->hide();
    QApplication::processEvents();
    return picture.save(path) ? path : QString();
}

// Lets jobs (signature checks, key listing) finish before a picture is taken; bounded.
void settle(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(30000);
    while (!done() && !deadline.hasExpired()) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    QApplication::processEvents();
}

qint64 reportFrom(WorkspaceSession& session, const QString& reporter)
{
    TicketQuery query;
    query.kind = TicketKind::Report;
    query.limit = 1000;
    auto reports = session.search().list(query);
    if (!reports)
        return 0;
    for (const Ticket& t : std::as_const(*reports)) {
        if (t.reporter == reporter)
            return t.id;
    }
    return 0;
}

// The incident whose title starts with `title`; 0 when there is none.
qint64 incidentTitled(WorkspaceSession& session, const QString& title)
{
    TicketQuery query;
    query.kind = TicketKind::Incident;
    query.limit = 1000;
    auto incidents = session.search().list(query);
    if (!incidents)
        return 0;
    for (const Ticket& t : std::as_const(*incidents)) {
        if (t.title.startsWith(title))
            return t.id;
    }
    return 0;
}

// A small import like a handler's: two new reports, one message already there, one file that is not mail.
MailImportReport sampleImport(WorkspaceSession& session, const QTemporaryDir& temp)
{
    QByteArray box;
    for (int i = 0; i < 2; ++i) {
        box += "From scanner@example.net Mon Mar  2 10:00:00 2026\n"
               "From: Scan Reports <scan-reports@csirt.example.net>\nTo: cert@example.org\n"
               "Date: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <shot-" +
               QByteArray::number(i) + "@csirt.example.net>\nSubject: Open RDP on 198.51.100." +
               QByteArray::number(20 + i) + "\nMIME-Version: 1.0\nContent-Type: text/plain\n\nRDP exposed.\n\n";
    }
    box += box.left(box.indexOf("\n\nFrom ") + 2);
    QFile mbox(temp.filePath(QStringLiteral("reports.mbox")));
    QFile junk(temp.filePath(QStringLiteral("scan.pdf.eml")));
    if (!mbox.open(QIODevice::WriteOnly) || !junk.open(QIODevice::WriteOnly))
        return {};
    mbox.write(box);
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(char((i * 7919 + 13) % 256));
    junk.write(bytes);
    mbox.close();
    junk.close();
    DirectJobControl job;
    auto report = MailImporter(session.change()).importPaths({mbox.fileName(), junk.fileName()}, job);
    return report ? *report : MailImportReport{};
}

void waitForDashboard(MainWindow& window)
{
    // The charts are computed by a job: wait for it (bounded).
    for (int i = 0; i < 500 && window.dashboardPage()->isLoading(); ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
    QApplication::processEvents();
}

// The pages a handler looks at most, on the given screens (logical pixels). suffix marks a scale factor ("@2x")
// or is empty.
QStringList saveSizes(MainWindow& window, const QString& dir, const QList<QSize>& screens, const QString& suffix)
{
    QStringList written;
    QDir().mkpath(dir + QStringLiteral("/sizes"));
    for (const QSize& screen : screens) {
        window.resize(screen);
        QCoreApplication::processEvents();
        const QString size = QStringLiteral("-%1x%2%3.png").arg(screen.width()).arg(screen.height()).arg(suffix);
        const QString base = dir + QStringLiteral("/sizes/");
        window.navigation()->selectQueue(TicketKind::Incident);
        window.queuePage()->table()->selectRow(0);
        written << save(&window, base + QStringLiteral("incident") + size);
        window.showTriage();
        written << save(&window, base + QStringLiteral("triage") + size);
        window.navigation()->selectPage(NavigationPane::Placeholder::Dashboard);
        window.navigation()->setFocus();
        waitForDashboard(window);
        written << save(&window, base + QStringLiteral("dashboard") + size);
        window.navigation()->selectPage(NavigationPane::Placeholder::Directory);
        window.directoryPage()->lookup(QStringLiteral("192.0.2.85"));
        written << save(&window, base + QStringLiteral("directory") + size);
    }
    return written;
}

// The first-run guide's three steps over the window, with a key made for the picture in a throw-away GnuPG home (so
// that no key of the user's own home shows). Closed unsaved.
QStringList saveFirstRunGuide(MainWindow& window, const QString& dir)
{
    auto home = GnupgHome::createTemporary();
    if (!home)
        return {};
    QThreadPool::globalInstance()->waitForDone(); // no job's gpg reads the environment while it changes
    const QByteArray previous = qgetenv("GNUPGHOME");
    qputenv("GNUPGHOME", QFile::encodeName(home->path()));
    {
        OpenPgp pgp(*home, [](const QString&) { return std::optional<SecretBytes>(SecretBytes("screenshots", 11)); });
        DirectJobControl control;
        pgp.createKey(NewKeySpec{QStringLiteral("EXU-CERT"), QStringLiteral("cert@exu.example")}, control);
    }
    QStringList written;
    if (FirstRunGuide* guide = window.showFirstRunGuide()) {
        guide->resize(860, 720);
        settle([guide]() { return !guide->keyPage()->isWorking(); });
        written << save(guide, dir + QStringLiteral("/firstrun-team.png"));
        guide->skipCurrent();
        settle([guide]() { return !guide->keyPage()->isWorking(); });
        written << save(guide, dir + QStringLiteral("/firstrun-key.png"));
        guide->skipCurrent();
        written << save(guide, dir + QStringLiteral("/firstrun-sla.png"));
        guide->abandon();
    }
    QThreadPool::globalInstance()->waitForDone();
    qputenv("GNUPGHOME", previous);
    return written;
}

} // namespace

QStringList ScreenshotRunner::run(const QString& dir)
{
    QDir().mkpath(dir);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("screenshots.firebreak"));
    auto created = Vault::create(path, SecretBytes("screenshots", 11));
    if (!created)
        return {};
    SystemClock clock;
    if (!DemoWorkspace::populateAll(**created, clock))
        return {};
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QStringList written;
    const qreal scale = qApp->devicePixelRatio();
    if (scale > 1.0) {
        // A high-density screen (QT_SCALE_FACTOR=2): the same sizes, in logical pixels, drawn at that scale.
        MainWindow window(settings, clock, QStringLiteral("alice"));
        window.setWorkspace(std::move(*created));
        window.show();
        // 1366×768 at 200 %: a 2732×1536 laptop screen.
        written << saveSizes(window, dir, {QSize(1366, 768)}, QStringLiteral("@%1x").arg(scale));
        window.close();
        written.removeAll(QString());
        return written;
    }
    for (const bool dark : {false, true}) {
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        settings.setValue(QStringLiteral("view/dark"), dark);
        MainWindow window(settings, clock, QStringLiteral("alice"));
        auto vault = dark ? Vault::open(path, SecretBytes("screenshots", 11)) : std::move(created);
        if (!vault)
            return written;
        window.setWorkspace(std::move(*vault));
        window.resize(1400, 860);
        window.show();
        window.navigation()->selectQueue(TicketKind::Report);
        window.queuePage()->table()->selectRow(0);
        window.queuePage()->table()->setFocus(); // its focus ring shows
        written << save(&window, dir + QStringLiteral("/queue") + suffix);
        written << saveWithMenu(&window, window.helpMenu(), dir + QStringLiteral("/help-menu") + suffix);
        ShortcutsDialog* shortcuts = window.helpMenu()->showShortcuts();
        shortcuts->resize(820, 760);
        written << save(shortcuts, dir + QStringLiteral("/shortcuts") + suffix);
        shortcuts->close();

        // The reporter's thread: original with a log file, our reply, their signed follow-up.
        const qint64 thread = reportFrom(*window.session(), QStringLiteral("abuse@isp-one.example.net"));
        window.queuePage()->showQueue(std::nullopt, QStringLiteral("ip:203.0.113.45"));
        window.queuePage()->table()->selectRow(std::max(0, window.queuePage()->model()->rowOf(thread)));
        TicketRelationsPanel* relations = window.queuePage()->ticketView()->relations();
        relations->setCurrentWidget(relations->correspondence());
        settle([relations]() { return !relations->correspondence()->isVerifying(); });
        written << save(&window, dir + QStringLiteral("/correspondence") + suffix);

        if (ComposerDialog* composer = window.queuePage()->ticketView()->writeMail()) {
            composer->resize(900, 720);
            settle([composer]() { return composer->keysKnown(); });
            written << save(composer, dir + QStringLiteral("/composer") + suffix);
            composer->close();
        }
        relations->setCurrentIndex(0);

        window.navigation()->selectQueue(TicketKind::Incident);
        window.queuePage()->table()->selectRow(0);
        written << save(&window, dir + QStringLiteral("/incident") + suffix);
        // The same incident's tasks, from its playbook, with their progress.
        relations->setCurrentWidget(relations->tasks());
        written << save(&window, dir + QStringLiteral("/tasks") + suffix);
        // Its timeline: the table by time and the chart.
        relations->setCurrentWidget(relations->timeline());
        written << save(&window, dir + QStringLiteral("/timeline") + suffix);
        relations->setCurrentIndex(0);
        // The same incident's report: sections, format and the preview of its first page.
        if (auto* view = window.findChild<TicketView*>(); view && suffix == QLatin1String(".png")) {
            if (IncidentReportDialog* report = view->exportReport()) {
                report->resize(1000, 720);
                written << save(report, dir + QStringLiteral("/incident-report.png"));
                report->close();
            }
        }
        // The same incident's history, as sentences.
        if (auto* history = relations->findChild<QWidget*>(QStringLiteral("historyTreeWidget"))) {
            relations->setCurrentWidget(history->parentWidget());
            written << save(&window, dir + QStringLiteral("/history") + suffix);
            relations->setCurrentIndex(0);
        }
        // Launching investigations from the botnet incident: its observables by responsible team.
        if (const qint64 botnet = incidentTitled(*window.session(), QStringLiteral("Botnet C2"))) {
            InvestigationPlanDialog plan(*window.session(), botnet, &window);
            plan.resize(1100, 660);
            plan.show();
            settle([&plan]() { return !plan.isPlanning(); });
            written << save(&plan, dir + QStringLiteral("/investigation-plan") + suffix);
            plan.close();
        }
        // Sharing the botnet incident with the national CERT as a MISP event: the gate passed, what was written.
        if (const qint64 botnet = incidentTitled(*window.session(), QStringLiteral("Botnet C2"));
            botnet && suffix == QLatin1String(".png")) {
            ExchangeExportDialog share(*window.session(), botnet, &window);
            share.resize(900, 660);
            share.show();
            share.setRecipient(QStringLiteral("CERT-XX"));
            const QString document = dir + QStringLiteral("/share-incident.json"); // removed once it is shown
            if (share.saveTo(document)) {
                settle([&share]() { return !share.busy(); });
                written << save(&share, dir + QStringLiteral("/share-incident.png"));
            }
            QFile::remove(document);
            share.close();
        }
        // Shareable statistics of the demo's half year by country, with a threshold that leaves a mix of
        // published and suppressed cells.
        if (!dark) {
            const QDate today = clock.nowUtc().date();
            StatisticsExportDialog stats(*window.session(), today.addDays(-179), today, &window);
            SharedStatisticsRequest request = stats.request();
            request.k = 3;
            request.grain = StatisticsGrain::Country;
            stats.setRequest(request);
            stats.resize(1000, 560);
            stats.show();
            settle([&stats]() { return !stats.previewBusy(); });
            written << save(&stats, dir + QStringLiteral("/statistics-export.png"));
            stats.close();
        }
        window.showTriage();
        written << save(&window, dir + QStringLiteral("/triage") + suffix);
        window.navigation()->selectPage(NavigationPane::Placeholder::Directory);
        DirectoryPage* directory = window.directoryPage();
        directory->lookup(QStringLiteral("192.0.2.85"));
        written << save(&window, dir + QStringLiteral("/directory") + suffix);
        if (!dark) {
            // The team dialog over the selected team, and the Lists tab with a list the picture needs.
            if (auto team = TeamReader(window.session()->vault()).team(directory->currentTeamId())) {
                TeamEditDialog edit(*window.session(), *team, &window);
                edit.show();
                written << save(&edit, dir + QStringLiteral("/directory-team-edit.png"));
                edit.close();
            }
            DistributionListStore lists(window.session()->change());
            auto list = lists.create(QStringLiteral("finance-sector"), QStringLiteral("Banks and their CERTs"));
            if (list &&
                lists.addMembers(QString::number(*list), {QStringLiteral("EXB-CSIRT"), QStringLiteral("CERT-XX")},
                                 {QStringLiteral("Bernd Beispiel")})) {
                directory->reload();
                directory->showTab(DirectoryPage::Tab::Lists);
                directory->lists()->selectList(*list);
                written << save(&window, dir + QStringLiteral("/directory-lists.png"));
                directory->showTab(DirectoryPage::Tab::Teams);
            }
        }
        window.navigation()->selectPage(NavigationPane::Placeholder::TeamProfile);
        ProfilePage* profile = window.profilePage();
        profile->fillFromDirectory();
        profile->selectSection(QStringLiteral("2.1"));
        settle([profile]() { return !profile->isCheckingKey(); });
        profile->refreshPreview();
        written << save(&window, dir + QStringLiteral("/profile") + suffix);
        window.navigation()->selectPage(NavigationPane::Placeholder::Dashboard);
        window.navigation()->setFocus(); // not the first date field, which would show its text selected
        waitForDashboard(window);
        written << save(&window, dir + QStringLiteral("/dashboard") + suffix);
        if (ConstituencyReportDialog* report = window.dashboardPage()->openConstituencyReport()) {
            settle([report]() { return !report->busy() && report->report().has_value(); });
            written << save(report, dir + QStringLiteral("/constituency-report") + suffix);
            report->close();
        }
        window.navigation()->selectPage(NavigationPane::Placeholder::Settings);
        written << save(&window, dir + QStringLiteral("/settings") + suffix);
        if (!dark) {
            // A shipped playbook in its editor.
            if (PlaybookEditDialog* editor =
                    window.settingsPage()->playbooks()->openEditor(QStringLiteral("phishing"))) {
                editor->resize(980, 620);
                written << save(editor, dir + QStringLiteral("/playbook-edit.png"));
                editor->close();
            }
        }
        if (!dark) {
            written << saveFirstRunGuide(window, dir);
            // A small laptop, the common office screen, a full-HD one.
            written << saveSizes(window, dir, {QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)}, QString());
        }
        window.resize(1400, 860);

        window.lock();
        written << save(&window, dir + QStringLiteral("/locked") + suffix);
        window.close();
    }
    DarkPalette::apply(false);
    // Last, so that the window pictures show the demo alone.
    if (auto vault = Vault::open(path, SecretBytes("screenshots", 11))) {
        WorkspaceSession session(std::move(*vault), clock, QStringLiteral("alice"));
        ImportSummaryDialog summary(sampleImport(session, temp), &session);
        summary.show();
        summary.resize(900, 560);
        summary.inspect(0);
        written << save(&summary, dir + QStringLiteral("/import-summary.png"));
    }
    written.removeAll(QString());
    return written;
}

} // namespace fb
