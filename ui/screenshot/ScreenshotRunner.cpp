// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshot/ScreenshotRunner.h"

#include "core/base/Clock.h"
#include "core/vault/Vault.h"
#include "ui/main/DarkPalette.h"
#include "ui/main/MainWindow.h"
#include "ui/main/NavigationPane.h"
#include "ui/queue/QueuePage.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

namespace fb {

namespace {

struct Sample
{
    TicketKind kind;
    const char* title;
    TlpLevel tlp;
    const char* rsitClass;
    const char* rsitType;
    int severity;
    const char* owner;
    const char* observable;
    int ageHours;
};

void fill(TicketStore& store)
{
    const Sample samples[] = {
        {TicketKind::Incident, "Botnet C2 server in AS64496", TlpLevel::Amber, "malicious-code", "c2-server", 2,
         "alice", "198.51.100.23", 30},
        {TicketKind::Incident, "Phishing wave against university staff", TlpLevel::Green, "fraud", "phishing", 3, "bob",
         "login-example.org", 80},
        {TicketKind::Report, "SSH brute force from 192.0.2.7", TlpLevel::Amber, "intrusion-attempts", "brute-force", 3,
         "", "192.0.2.7", 2},
        {TicketKind::Report, "Spam run from hosting customer", TlpLevel::Green, "abusive-content", "spam", 4, "",
         "203.0.113.50", 5},
        {TicketKind::Report, "Possible exploitation of CVE-2024-3094 (xz)", TlpLevel::Red, "vulnerable",
         "vulnerable-system", 1, "", "CVE-2024-3094", 1},
        {TicketKind::Report, "Port scan across /24", TlpLevel::Clear, "information-gathering", "scanner", 4, "",
         "192.0.2.0/24", 200},
        {TicketKind::Report, "Defacement of municipal website", TlpLevel::AmberStrict, "information-content-security",
         "", 2, "", "example.net", 40},
        {TicketKind::Investigation, "Ask hosting provider for logs", TlpLevel::Amber, "malicious-code", "", 3, "alice",
         "", 20},
        {TicketKind::Countermeasure, "Null-route 198.51.100.23", TlpLevel::Amber, "", "", 2, "carol", "", 10},
    };
    QDateTime now = store.clock().nowUtc();
    qint64 firstIncident = 0;
    for (const Sample& s : samples) {
        NewTicket t;
        t.kind = s.kind;
        t.title = QString::fromUtf8(s.title);
        t.tlp = s.tlp;
        t.rsitClass = QString::fromLatin1(s.rsitClass);
        t.rsitType = QString::fromLatin1(s.rsitType);
        t.severity = s.severity;
        t.owner = QString::fromLatin1(s.owner);
        t.reporter = QStringLiteral("abuse@isp.example");
        t.description = QStringLiteral("Sample ticket for screenshots.\n\nObserved from our sensors; logs attached "
                                       "in the original report.");
        t.createdAt = now.addSecs(-3600LL * s.ageHours);
        if (*s.observable) {
            if (auto o = Observables::fromUserInput(QString::fromLatin1(s.observable)))
                t.observables.append(*o);
        }
        if (s.kind != TicketKind::Incident && s.kind != TicketKind::Report && firstIncident)
            t.incidentId = firstIncident;
        auto id = store.create(t);
        if (id && !firstIncident && s.kind == TicketKind::Incident)
            firstIncident = *id;
    }
}

QString save(QWidget* widget, const QString& path)
{
    QApplication::processEvents();
    return widget->grab().save(path) ? path : QString();
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
    {
        TicketStore store(**created, clock, QStringLiteral("alice"));
        fill(store);
    }
    QSettings settings(temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QStringList written;
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
        written << save(&window, dir + QStringLiteral("/queue") + suffix);
        window.navigation()->selectQueue(TicketKind::Incident);
        window.queuePage()->table()->selectRow(0);
        written << save(&window, dir + QStringLiteral("/incident") + suffix);
        window.showTriage();
        written << save(&window, dir + QStringLiteral("/triage") + suffix);
        window.lock();
        written << save(&window, dir + QStringLiteral("/locked") + suffix);
        window.close();
    }
    DarkPalette::apply(false);
    written.removeAll(QString());
    return written;
}

} // namespace fb
