// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoWorkspace.h"

#include "core/demo/DemoDirectory.h"
#include "core/demo/DemoCorrespondence.h"
#include "core/observables/ObservableExtractor.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

namespace fb {

using namespace Qt::Literals::StringLiterals;

namespace {

// The demo as a script of dated steps (create, link, transition...) by alice, bob and carol. Steps are queued in
// any order and run oldest first, each with the clock set to its time, so the history reads like real work.
class DemoScript
{
public:
    DemoScript(Vault& vault, const QDateTime& now)
        : m_vault(vault)
        , m_now(now)
        , m_clock(now)
    {
    }

    QDateTime now() const { return m_now; }
    QDateTime daysAgo(double days) const { return m_now.addSecs(-qint64(days * 86400.0)); }
    QDateTime daysAhead(double days) const { return m_now.addSecs(qint64(days * 86400.0)); }

    // Creates `name`; the observables found in its title and description are attached (plus `extra`).
    // The constituency of the tickets created from now on; empty: the one each ticket names.
    void setConstituency(const QString& constituency) { m_constituency = constituency; }

    void create(const QString& name, double days, const QString& actor, NewTicket ticket, const QString& incident = {},
                const QStringList& extra = {})
    {
        if (!m_constituency.isEmpty())
            ticket.constituency = m_constituency;
        add(days, actor, [this, name, ticket, incident, extra](TicketStores& store) mutable -> Status {
            ticket.observables = ObservableExtractor::extract(ticket.title + u'\n' + ticket.description);
            for (const QString& value : extra) {
                FB_TRY_ASSIGN(auto observable, Observables::fromUserInput(value));
                if (!ticket.observables.contains(observable))
                    ticket.observables.append(observable);
            }
            if (!incident.isEmpty())
                ticket.incidentId = m_ids.value(incident);
            FB_TRY_ASSIGN(auto id, store.workflow.create(ticket));
            m_ids.insert(name, id);
            return {};
        });
    }
    void transition(const QString& name, double days, const QString& actor, const QString& state,
                    const QString& resolution = {}, const QString& lessons = {})
    {
        add(days, actor, [this, name, state, resolution, lessons](TicketStores& store) {
            return store.workflow.transition(m_ids.value(name), state, TransitionDetails{resolution, lessons});
        });
    }
    void link(const QString& child, const QString& incident, double days, const QString& actor)
    {
        add(days, actor, [this, child, incident](TicketStores& store) {
            return store.workflow.link(m_ids.value(child), m_ids.value(incident));
        });
    }
    void merge(const QString& into, const QString& from, double days, const QString& actor)
    {
        add(days, actor, [this, into, from](TicketStores& store) {
            return store.workflow.merge(m_ids.value(into), m_ids.value(from));
        });
    }
    void comment(const QString& name, const QString& text, double days, const QString& actor)
    {
        add(days, actor, [this, name, text](TicketStores& store) -> Status {
            FB_TRY(store.comments.addComment(m_ids.value(name), text));
            return {};
        });
    }
    // Changes the task of `name` with this title (from its playbook): done, not applicable, owner or a note.
    void task(const QString& name, const QString& title, double days, const QString& actor,
              std::function<Status(TaskStore&, qint64)> change)
    {
        add(days, actor, [this, name, title, change](TicketStores& store) -> Status {
            FB_TRY_ASSIGN(auto tasks, store.tasks.tasks(m_ids.value(name)));
            for (const TicketTask& task : tasks) {
                if (task.title == title)
                    return change(store.tasks, task.id);
            }
            return fail(ErrorCode::Internal, u"The demo's playbook has no task '%1'."_s.arg(title));
        });
    }
    // Adds an event to the timeline of `name`: it happened `happened` days ago (until `ended` days ago when given).
    void event(const QString& name, double days, const QString& actor, double happened, const QString& title,
               const QString& source, const QString& raw = {}, std::optional<double> ended = std::nullopt)
    {
        NewTimelineEvent e;
        e.occurredAt = daysAgo(happened);
        if (ended)
            e.endedAt = daysAgo(*ended);
        e.title = title;
        e.source = source;
        e.raw = raw;
        add(days, actor, [this, name, e](TicketStores& store) -> Status {
            FB_TRY(store.timeline.add(m_ids.value(name), e));
            return {};
        });
    }
    void taskDone(const QString& name, const QString& title, double days, const QString& actor)
    {
        task(name, title, days, actor, [](TaskStore& tasks, qint64 id) { return tasks.setState(id, TaskState::Done); });
    }
    void set(const QString& name, const QString& field, const QString& value, double days, const QString& actor)
    {
        add(days, actor, [this, name, field, value](TicketStores& store) {
            return store.editor.setField(m_ids.value(name), field, value);
        });
    }

    Status run()
    {
        std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
        for (const Step& step : m_steps) {
            m_clock.set(step.at);
            auto& store = m_stores[step.actor];
            if (!store)
                store = std::make_unique<TicketStores>(ChangeContext{m_vault, m_clock, step.actor});
            if (auto status = step.run(*store); !status)
                return status;
        }
        return {};
    }

    QDateTime first() const { return m_steps.isEmpty() ? m_now : m_steps.first().at; }

private:
    struct Step
    {
        QDateTime at;
        QString actor;
        std::function<Status(TicketStores&)> run;
    };
    void add(double days, const QString& actor, std::function<Status(TicketStores&)> run)
    {
        m_steps.append(Step{daysAgo(days), actor, std::move(run)});
    }

    Vault& m_vault;
    QDateTime m_now;
    FixedClock m_clock;
    QList<Step> m_steps;
    QHash<QString, qint64> m_ids;
    QString m_constituency;
    // One set of ticket stores per actor, so that each step's history rows name who did it.
    std::map<QString, std::unique_ptr<TicketStores>> m_stores;
};

NewTicket ticket(TicketKind kind, const QString& title, const QString& rsit, int severity, TlpLevel tlp,
                 const QString& owner)
{
    NewTicket t;
    t.kind = kind;
    t.title = title;
    t.rsitClass = rsit.section(u'/', 0, 0);
    t.rsitType = rsit.section(u'/', 1);
    t.severity = severity;
    t.tlp = tlp;
    t.owner = owner;
    t.constituency = u"Example University"_s;
    return t;
}

NewTicket report(const QString& title, const QString& rsit, int severity, TlpLevel tlp, const QString& owner,
                 const QString& reporter, ReporterType reporterType, HowReported how, const QString& description)
{
    NewTicket t = ticket(TicketKind::Report, title, rsit, severity, tlp, owner);
    t.reporter = reporter;
    t.reporterType = reporterType;
    t.howReported = how;
    t.description = description;
    return t;
}

// Most tickets are the university's; the bank and the utility are constituents of their own.
const QString kBank = u"Example Bank"_s;
const QString kUtility = u"Example Utility"_s;

const QString kAlice = u"alice"_s;
const QString kBob = u"bob"_s;
const QString kCarol = u"carol"_s;

void botnet(DemoScript& d)
{
    NewTicket hits =
        report(u"Sinkhole hits: constituency hosts beaconing to c2.example.org"_s, u"malicious-code/infected-system"_s,
               3, TlpLevel::Amber, kAlice, u"feeds@csirt.example.net"_s, ReporterType::OtherCsirt, HowReported::Api,
               u"Daily sinkhole report, 3 hosts in your constituency:\n"
               "2024-01-10T03:12:44Z src=192.0.2.14 dst=198.51.100.23:443 host=c2.example.org\n"
               "2024-01-10T03:13:02Z src=192.0.2.37 dst=198.51.100.23:443 host=c2.example.org\n"
               "2024-01-10T04:40:19Z src=192.0.2.58 dst=198.51.100.23:443 host=c2.example.org\n"_s);
    hits.tags = {u"botnet"_s, u"sinkhole"_s};
    d.create(u"hits1"_s, 82, kAlice, hits);

    NewTicket incident = ticket(TicketKind::Incident, u"Botnet C2 at 198.51.100.23 controlling constituency hosts"_s,
                                u"malicious-code/c2-server"_s, 2, TlpLevel::Amber, kAlice);
    incident.description = u"Loader samples talk to c2.example.org (198.51.100.23, AS64501). Fallback domain "
                           "update-cdn.example.net seen in later samples. Bots beacon from 192.0.2.58 and "
                           "192.0.2.85."_s;
    incident.tags = {u"botnet"_s};
    d.create(u"botnet"_s, 81, kAlice, incident, {},
             {u"89690c12ce6a82c22dcad723da7f5d0bf921520eef21d97ce8469f656b4188b9"_s});
    d.link(u"hits1"_s, u"botnet"_s, 80.9, kAlice);
    d.transition(u"hits1"_s, 78, kAlice, u"resolved"_s, u"Infected hosts listed in the incident."_s);

    NewTicket takedown = ticket(TicketKind::Investigation, u"Ask hosting provider AS64501 to take down 198.51.100.23"_s,
                                u"malicious-code/c2-server"_s, 2, TlpLevel::Amber, kAlice);
    takedown.reporter = u"abuse@hosting.example.net"_s;
    d.create(u"takedown"_s, 80, kAlice, takedown, u"botnet"_s);
    d.transition(u"takedown"_s, 72, kAlice, u"resolved"_s,
                 u"Provider suspended the server; the bots moved to the fallback network."_s);

    d.create(u"block"_s, 79.9, kBob,
             ticket(TicketKind::Countermeasure, u"Block egress to 198.51.100.23 on the border firewalls"_s,
                    u"malicious-code/c2-server"_s, 2, TlpLevel::Amber, kBob),
             u"botnet"_s);
    d.transition(u"block"_s, 79.8, kBob, u"active"_s);

    d.create(u"nullroute"_s, 71, kBob,
             ticket(TicketKind::Countermeasure, u"Null-route the C2 fallback network 203.0.113.128/25"_s,
                    u"malicious-code/c2-server"_s, 2, TlpLevel::Amber, kBob),
             u"botnet"_s);
    d.transition(u"nullroute"_s, 70.9, kBob, u"active"_s);
    d.transition(u"nullroute"_s, 40, kBob, u"removed"_s, u"Network reassigned by the RIR; route withdrawn."_s);

    d.create(u"sinkhole"_s, 60, kBob,
             ticket(TicketKind::Countermeasure, u"Sinkhole c2.example.org on the constituency resolvers"_s,
                    u"malicious-code/c2-server"_s, 3, TlpLevel::Amber, kBob),
             u"botnet"_s);
    d.transition(u"sinkhole"_s, 59.9, kBob, u"active"_s);
    d.transition(u"sinkhole"_s, 10, kBob, u"pending removal"_s);

    NewTicket hits2 =
        report(u"Sinkhole hits: more hosts beaconing to update-cdn.example.net"_s, u"malicious-code/infected-system"_s,
               3, TlpLevel::Amber, kAlice, u"feeds@csirt.example.net"_s, ReporterType::OtherCsirt, HowReported::Api,
               u"src=192.0.2.91 dst=203.0.113.140:8443 host=update-cdn.example.net\n"
               "src=192.0.2.102 dst=203.0.113.140:8443 host=update-cdn.example.net\n"_s);
    hits2.tags = {u"botnet"_s, u"sinkhole"_s};
    d.create(u"hits2"_s, 45, kAlice, hits2, u"botnet"_s);
    d.transition(u"hits2"_s, 43, kAlice, u"resolved"_s, u"Hosts added to the notification list."_s);

    d.create(u"notify"_s, 44, kCarol,
             ticket(TicketKind::Investigation, u"Notify the owners of infected hosts in 192.0.2.0/24"_s,
                    u"malicious-code/infected-system"_s, 4, TlpLevel::Amber, kCarol),
             u"botnet"_s);
    d.transition(u"notify"_s, 30, kCarol, u"resolved"_s, u"All 5 owners notified; 4 hosts cleaned so far."_s);
    d.create(u"dnsblock"_s, 3, kBob,
             ticket(TicketKind::Countermeasure, u"Block the new C2 domain update-cdn.example.net at the resolvers"_s,
                    u"malicious-code/c2-server"_s, 2, TlpLevel::Amber, kBob),
             u"botnet"_s);
    d.set(u"botnet"_s, u"resolve-due"_s, d.daysAhead(14).toString(Qt::ISODate), 5, kAlice);
    // Blocks stay up while the botnet lives: their due dates are review dates.
    d.set(u"block"_s, u"resolve-due"_s, d.daysAhead(30).toString(Qt::ISODate), 79, kBob);
    d.set(u"sinkhole"_s, u"resolve-due"_s, d.daysAhead(2).toString(Qt::ISODate), 10, kBob);
}

void bruteForce(DemoScript& d)
{
    const QString rsit = u"intrusion-attempts/brute-force"_s;
    d.create(u"ssh1"_s, 30, kBob,
             report(u"SSH brute force from 203.0.113.45 against customer servers"_s, rsit, 3, TlpLevel::Green, kBob,
                    u"abuse@isp-one.example.net"_s, ReporterType::Isp, HowReported::Email,
                    u"Our customers' servers logged, among 4,000 similar lines:\n"
                    "Jan 12 03:14:07 web1 sshd[2211]: Failed password for root from 203.0.113.45 port 52311 ssh2\n"
                    "Jan 12 03:14:09 web1 sshd[2211]: Failed password for admin from 203.0.113.45 port 52313 ssh2\n"
                    "Please act on the source host.\n"_s));
    NewTicket incident =
        ticket(TicketKind::Incident, u"SSH brute-force campaign from 203.0.113.0/24 and 198.51.100.0/24"_s, rsit, 3,
               TlpLevel::Green, kBob);
    incident.tags = {u"ssh"_s};
    d.create(u"ssh"_s, 29, kBob, incident);
    d.link(u"ssh1"_s, u"ssh"_s, 28.9, kBob);
    d.create(u"abuse"_s, 28, kBob,
             ticket(TicketKind::Investigation, u"Send abuse notices to the networks of the attacking hosts"_s, rsit, 4,
                    TlpLevel::Green, kBob),
             u"ssh"_s);
    d.create(u"ssh2"_s, 27, kBob,
             report(u"Brute force against SSH from 198.51.100.77"_s, rsit, 3, TlpLevel::Green, kBob,
                    u"noc@isp-two.example.com"_s, ReporterType::Isp, HowReported::Email,
                    u"fail2ban banned 198.51.100.77 (1,212 failures in 10 min, sshd).\n"_s),
             u"ssh"_s);
    d.transition(u"ssh1"_s, 25, kBob, u"resolved"_s, u"ISP cleaned the attacking host."_s);
    d.create(u"ssh3"_s, 20, kBob,
             report(u"Repeated SSH login failures from 203.0.113.12 and 203.0.113.45"_s, rsit, 3, TlpLevel::Green, kBob,
                    u"abuse@isp-one.example.net"_s, ReporterType::Isp, HowReported::Email,
                    u"sshd: Invalid user oracle from 203.0.113.12 port 40022\n"
                    "sshd: Invalid user test from 203.0.113.45 port 40871\n"_s),
             u"ssh"_s);
    d.create(u"ssh4"_s, 19.9, kBob,
             report(u"Fwd: Repeated SSH login failures from 203.0.113.12"_s, rsit, 3, TlpLevel::Green, kBob,
                    u"abuse@isp-one.example.net"_s, ReporterType::Isp, HowReported::Email,
                    u"Resent with the full log: 203.0.113.12 also tried 192.0.2.20 and 192.0.2.21.\n"_s));
    d.merge(u"ssh3"_s, u"ssh4"_s, 19, kBob);
    d.transition(u"ssh2"_s, 24, kBob, u"resolved"_s, u"Abuse notice sent to the source network."_s);
    d.transition(u"ssh3"_s, 18, kBob, u"resolved"_s, u"Abuse notices sent; sources listed in the incident."_s);
    d.set(u"ssh"_s, u"resolve-due"_s, d.daysAhead(7).toString(Qt::ISODate), 6, kBob);
    d.create(u"ssh5"_s, 1.5, kAlice,
             report(u"SSH login attempts from 2001:db8:4::23"_s, rsit, 3, TlpLevel::Green, {}, u"soc@lab.example.com"_s,
                    ReporterType::Constituent, HowReported::WebForm,
                    u"IPv6 this time: 2001:db8:4::23 tried 300 user names on bastion.lab.example.com.\n"_s));
}

void xz(DemoScript& d)
{
    NewTicket incident =
        ticket(TicketKind::Incident, u"CVE-2024-3094: backdoored xz-utils 5.6.0/5.6.1 on constituency systems"_s,
               u"vulnerable/vulnerable-system"_s, 1, TlpLevel::Clear, kCarol);
    incident.description = u"Malicious code in the xz 5.6.0 and 5.6.1 release tarballs patches liblzma so that sshd "
                           "can be compromised (CVE-2024-3094). Find and downgrade every affected host."_s;
    incident.tags = {u"xz"_s, u"supply-chain"_s};
    d.create(u"xz"_s, 62, kCarol, incident);
    d.create(u"xzscan"_s, 61.9, kCarol,
             ticket(TicketKind::Investigation, u"Scan package inventories for xz 5.6.0 and 5.6.1"_s,
                    u"vulnerable/vulnerable-system"_s, 1, TlpLevel::Clear, kCarol),
             u"xz"_s);
    d.create(u"xz1"_s, 61.8, kCarol,
             report(u"Build server runs xz 5.6.1 (CVE-2024-3094)"_s, u"vulnerable/vulnerable-system"_s, 1,
                    TlpLevel::Amber, kCarol, u"ops@lab.example.com"_s, ReporterType::Constituent, HowReported::Email,
                    u"build01.lab.example.com (192.0.2.130) has liblzma 5.6.1 from the testing repository.\n"_s),
             u"xz"_s);
    d.create(u"xz2"_s, 61, kCarol,
             report(u"Rolling-release desktops with liblzma 5.6.0"_s, u"vulnerable/vulnerable-system"_s, 2,
                    TlpLevel::Amber, kCarol, u"helpdesk@example.org"_s, ReporterType::Constituent, HowReported::Phone,
                    u"Twelve student lab desktops updated last week; see CVE-2024-3094.\n"_s),
             u"xz"_s);
    d.transition(u"xzscan"_s, 58, kCarol, u"resolved"_s, u"14 hosts found; all listed in the incident."_s);
    d.transition(u"xz"_s, 55, kCarol, u"resolved"_s, u"All affected hosts downgraded to xz 5.4.6 and rebuilt."_s,
                 u"The package inventory turned a week of searching into an afternoon: keep it current. Add "
                 "software bill-of-materials checks to the build pipeline."_s);
}

void ddos(DemoScript& d)
{
    d.setConstituency(kBank);
    const QString rsit = u"availability/ddos"_s;
    d.create(u"ddos1"_s, 36, kAlice,
             report(u"Online banking portal bank.example.com unreachable"_s, rsit, 1, TlpLevel::AmberStrict, kAlice,
                    u"soc@bank.example.com"_s, ReporterType::Constituent, HowReported::Phone,
                    u"Since 08:05 UTC the portal at 192.0.2.80 drops connections; 40 Gbit/s inbound.\n"_s));
    NewTicket incident = ticket(TicketKind::Incident, u"DDoS against the online banking of Example Bank"_s, rsit, 1,
                                TlpLevel::AmberStrict, kAlice);
    incident.tags = {u"bank"_s};
    d.create(u"ddos"_s, 35.98, kAlice, incident, {}, {u"192.0.2.80"_s});
    d.link(u"ddos1"_s, u"ddos"_s, 35.97, kAlice);
    d.create(u"scrub"_s, 35.96, kBob,
             ticket(TicketKind::Countermeasure, u"Upstream scrubbing and rate limiting for 192.0.2.80"_s, rsit, 1,
                    TlpLevel::AmberStrict, kBob),
             u"ddos"_s);
    d.transition(u"scrub"_s, 35.9, kBob, u"active"_s);
    d.create(u"ddos2"_s, 35.8, kAlice,
             report(u"Reflection traffic towards 192.0.2.80 from open memcached servers"_s, rsit, 2, TlpLevel::Amber,
                    kAlice, u"cert@csirt.example.net"_s, ReporterType::OtherCsirt, HowReported::Email,
                    u"Top reflectors: 198.51.100.201, 198.51.100.202, 203.0.113.9 (UDP 11211).\n"_s),
             u"ddos"_s);
    d.transition(u"ddos"_s, 33, kAlice, u"resolved"_s, u"Attack ended after 31 hours; no data affected."_s,
                 u"The pre-agreed scrubbing contract cut mitigation to 40 minutes. Keep the upstream contact list "
                 "current and rehearse the switch twice a year."_s);
    d.transition(u"scrub"_s, 32, kBob, u"removed"_s);
    d.setConstituency({});
}

void ransomware(DemoScript& d)
{
    d.setConstituency(kUtility);
    d.create(
        u"ransom1"_s, 50, kCarol,
        report(
            u"Files encrypted on the municipal utility's file server"_s, u"intrusions/system-compromise"_s, 1,
            TlpLevel::Red, kCarol, u"it@utility.example.org"_s, ReporterType::Constituent, HowReported::Phone,
            u"Ransom note RESTORE-FILES.txt on every share; contact address restore@files-restore.example.net.\n"_s));
    NewTicket incident = ticket(TicketKind::Incident, u"Ransomware at Example Utility: file server encrypted"_s,
                                u"intrusions/system-compromise"_s, 1, TlpLevel::Red, kCarol);
    incident.description = u"Encryptor sample sha256 "
                           "6a890f55a87265dc7ce5174569d5e06d9f89317868694a0dc62ac4f7d75f7fbe, beaconing to "
                           "203.0.113.66 and files-restore.example.net before encryption."_s;
    incident.tags = {u"ransomware"_s};
    d.create(u"ransom"_s, 49.9, kCarol, incident);
    d.link(u"ransom1"_s, u"ransom"_s, 49.9, kCarol);
    d.create(u"triage"_s, 49.5, kCarol,
             ticket(TicketKind::Investigation, u"Forensic triage of the encrypted file server"_s,
                    u"intrusions/system-compromise"_s, 1, TlpLevel::Red, kCarol),
             u"ransom"_s);
    d.create(u"ransomblock"_s, 49.4, kBob,
             ticket(TicketKind::Countermeasure, u"Block 203.0.113.66 and files-restore.example.net at the perimeter"_s,
                    u"intrusions/system-compromise"_s, 1, TlpLevel::Red, kBob),
             u"ransom"_s);
    d.transition(u"ransomblock"_s, 49.3, kBob, u"active"_s);
    d.transition(u"triage"_s, 40, kCarol, u"resolved"_s,
                 u"Initial access through an unpatched VPN appliance (CVE-2023-46805)."_s);
    d.transition(u"ransom"_s, 20, kCarol, u"resolved"_s,
                 u"Restored from offline backups; VPN appliance patched, all credentials rotated."_s,
                 u"Offline backups saved the utility; the VPN appliance was two patches behind. Patch edge devices "
                 "within 48 hours and test restores every quarter."_s);
    d.transition(u"ransomblock"_s, 13, kBob, u"removed"_s);
    d.setConstituency({});
}

void phishing(DemoScript& d)
{
    d.setConstituency(kBank);
    const QString rsit = u"fraud/phishing"_s;
    d.create(u"phish1"_s, 26, kBob,
             report(u"Phishing e-mail 'Your account is locked' imitating Example Bank"_s, rsit, 3, TlpLevel::Green,
                    kBob, u"j.doe@example.com"_s, ReporterType::Individual, HowReported::Email,
                    u"From: Example Bank <noreply@examplebank-alerts.example.net>\n"
                    "Link in the mail: hxxps://login-examplebank[.]example[.]net/verify?id=88213\n"_s));
    NewTicket incident =
        ticket(TicketKind::Incident, u"Phishing campaign imitating Example Bank (login-examplebank.example.net)"_s,
               rsit, 2, TlpLevel::Green, kBob);
    incident.tags = {u"bank"_s, u"phishing"_s};
    d.create(u"phish"_s, 25.5, kBob, incident);
    d.link(u"phish1"_s, u"phish"_s, 25.5, kBob);
    d.create(u"phish2"_s, 25, kBob,
             report(u"Suspicious bank mail asking to verify my account"_s, rsit, 3, TlpLevel::Green, kBob,
                    u"m.rossi@example.org"_s, ReporterType::Individual, HowReported::WebForm,
                    u"The button goes to https://login-examplebank.example.net/verify?id=90114\n"_s),
             u"phish"_s);
    d.create(u"takedown2"_s, 25, kBob,
             ticket(TicketKind::Investigation,
                    u"Ask the registrar and host to take down login-examplebank.example.net"_s, rsit, 2,
                    TlpLevel::Green, kBob),
             u"phish"_s);
    d.create(u"phishblock"_s, 24.95, kBob,
             ticket(TicketKind::Countermeasure, u"Block login-examplebank.example.net at the resolvers"_s, rsit, 2,
                    TlpLevel::Green, kBob),
             u"phish"_s);
    d.transition(u"phishblock"_s, 24.9, kBob, u"active"_s);
    d.comment(u"phish"_s,
              u"Registrar (example.net) has the takedown request; their abuse desk answers within a day. Host "
              "not found yet: the A record points at a CDN."_s,
              24.8, kBob);
    d.create(u"phish3"_s, 24, kBob,
             report(u"Customer entered online banking credentials on a fake page"_s, rsit, 2, TlpLevel::Amber, kBob,
                    u"fraud@bank.example.com"_s, ReporterType::Constituent, HowReported::Phone,
                    u"Customer logged in at login-examplebank.example.net from 192.0.2.200; account frozen.\n"_s),
             u"phish"_s);
    // The phishing playbook's tasks came with the incident.
    d.taskDone(u"phish"_s, u"Secure the evidence"_s, 25.4, kBob);
    d.taskDone(u"phish"_s, u"Extract and defang the observables"_s, 25.3, kBob);
    d.taskDone(u"phish"_s, u"Block the URLs and sender at the mail gateway and proxy"_s, 24.9, kBob);
    d.task(
        u"phish"_s, u"Request takedown of the landing page"_s, 24.8, kBob, [](TaskStore& tasks, qint64 id) -> Status {
            FB_TRY(tasks.addNote(id, u"Sent to the registrar's abuse desk; host behind a CDN, asked the CDN too."_s));
            return {};
        });
    d.task(u"phish"_s, u"Identify recipients who clicked or entered credentials"_s, 24.7, kBob,
           [](TaskStore& tasks, qint64 id) { return tasks.assign(id, u"alice"_s); });
    d.taskDone(u"phish"_s, u"Identify recipients who clicked or entered credentials"_s, 20, kAlice);
    // What happened when, as the handlers pieced it together.
    d.event(u"phish"_s, 25.2, kBob, 29.1, u"login-examplebank.example.net registered"_s, u"WHOIS"_s,
            u"Creation Date: registrar example.net, privacy proxy"_s);
    d.event(u"phish"_s, 25.2, kBob, 26.4, u"Phishing mails 'Your account is locked' reach bank customers"_s,
            u"mail gateway log"_s,
            u"accepted from noreply@examplebank-alerts.example.net, 412 recipients, link to "
            "hxxps://login-examplebank[.]example[.]net/verify"_s,
            25.9);
    d.event(u"phish"_s, 25.2, kBob, 26.0, u"First report from a customer"_s, u"report (mail)"_s);
    d.event(u"phish"_s, 24.9, kBob, 24.95, u"Domain blocked at the resolvers"_s, u"by hand"_s);
    d.event(u"phish"_s, 24.8, kBob, 24.8, u"Takedown requested at the registrar and the CDN"_s, u"by hand"_s);
    d.event(u"phish"_s, 20, kAlice, 24.1, u"Customer entered credentials on the fake page"_s,
            u"bank fraud team (phone)"_s, u"login from 192.0.2.200 to online banking after the visit"_s);
    d.event(u"phish"_s, 20, kAlice, 23.6, u"Landing page down (HTTP 404)"_s, u"by hand"_s);
    d.set(u"phish"_s, u"resolve-due"_s, d.daysAhead(5).toString(Qt::ISODate), 4, kBob);
    d.set(u"phishblock"_s, u"resolve-due"_s, d.daysAhead(20).toString(Qt::ISODate), 24, kBob);
    d.transition(u"phish1"_s, 23, kBob, u"resolved"_s, u"Reporter thanked; mail added to the campaign."_s);
    d.transition(u"phish2"_s, 23, kBob, u"resolved"_s, u"Reporter thanked; mail added to the campaign."_s);
    d.transition(u"phish3"_s, 20, kBob, u"resolved"_s, u"Bank reset the account; no money lost."_s);
    d.comment(u"phish"_s,
              u"Bank's fraud team confirms one customer entered credentials on the fake page; they watch for more and "
              "will call us."_s,
              20, kAlice);
    d.set(u"takedown2"_s, u"resolve-due"_s, d.daysAhead(2).toString(Qt::ISODate), 4, kBob);
    d.create(u"phish4"_s, 0.5, kAlice,
             report(u"Another 'account locked' mail, new sender address"_s, rsit, 3, TlpLevel::Green, {},
                    u"a.schmidt@example.net"_s, ReporterType::Individual, HowReported::Email,
                    u"From: security@examplebank-support.example.com, link hxxp://examplebank-support[.]example[.]com/"
                    "unlock\n"_s));
    d.setConstituency({});
}

void others(DemoScript& d)
{
    NewTicket scan = ticket(TicketKind::Incident, u"Scanning of the university network from 2001:db8:5::/48"_s,
                            u"information-gathering/scanner"_s, 4, TlpLevel::Green, kCarol);
    d.create(u"scan"_s, 15, kCarol, scan);
    d.transition(u"scan"_s, 12, kCarol, u"abandoned"_s, u"Authorised scan by the university's own red team."_s);

    d.create(u"spam1"_s, 40, kAlice,
             report(u"Win a free phone!!! Claim at prize.example.com"_s, u"abusive-content/spam"_s, 4, TlpLevel::Clear,
                    kAlice, u"student@example.org"_s, ReporterType::Individual, HowReported::Email,
                    u"Got this three times today.\n"_s));
    d.transition(u"spam1"_s, 39.9, kAlice, u"rejected"_s, u"Spam, not a security incident."_s);
    d.create(u"spam2"_s, 8, kAlice,
             report(u"Newsletter from pharmacy.example.net I never subscribed to"_s, u"abusive-content/spam"_s, 4,
                    TlpLevel::Clear, kAlice, u"staff@example.org"_s, ReporterType::Individual, HowReported::Email, {}));
    d.transition(u"spam2"_s, 7.9, kAlice, u"rejected"_s, u"Spam; forwarded to the mail team's filter."_s);

    d.create(u"leak"_s, 6, kCarol,
             report(u"Possible customer list of Example Shop on a paste site"_s,
                    u"information-content-security/data-leak"_s, 2, TlpLevel::Amber, {}, u"researcher@example.net"_s,
                    ReporterType::Individual, HowReported::Email,
                    u"https://paste.example.com/raw/Qx81Zt lists names and e-mail addresses of shop customers.\n"_s));
    d.create(u"amplifier"_s, 9, kAlice,
             report(u"Open memcached on 192.0.2.201 usable for amplification"_s, u"vulnerable/ddos-amplifier"_s, 3,
                    TlpLevel::Green, kAlice, u"scan-reports@csirt.example.net"_s, ReporterType::OtherCsirt,
                    HowReported::Api, u"udp/11211 answers 'stats' from the internet.\n"_s));
    d.transition(u"amplifier"_s, 8, kAlice, u"open"_s);
    d.create(u"invoice"_s, 2.0 / 24.0, kAlice,
             report(u"Malicious attachment invoice-4471.doc reported by staff"_s,
                    u"malicious-code/malware-distribution"_s, 3, TlpLevel::Amber, {}, u"finance@example.org"_s,
                    ReporterType::Constituent, HowReported::Email,
                    u"Attachment md5 51dd99681d47af11283f433c50bf7684, downloads from "
                    "http://dl.example.net/invoice-4471.doc\n"_s));
}

} // namespace

Result<DemoSummary> DemoWorkspace::populate(Vault& vault, const Clock& clock)
{
    TicketQuery everything;
    everything.includeMerged = true;
    FB_TRY_ASSIGN(auto existing, TicketSearch(vault).count(everything));
    if (existing > 0)
        return fail(ErrorCode::Conflict, tr("The demo goes into an empty workspace; this one has tickets."));

    QDateTime now = clock.nowUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    DemoScript script(vault, now);
    botnet(script);
    bruteForce(script);
    xz(script);
    ddos(script);
    ransomware(script);
    phishing(script);
    others(script);

    Transaction transaction(vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    // The shipped playbooks, there before the first ticket: incidents get their tasks as they are created.
    FixedClock installed(script.daysAgo(90));
    FB_TRY(TicketStores(ChangeContext{vault, installed, kAlice}).playbooks.installShipped());
    FB_TRY(script.run());
    FB_TRY(transaction.commit());

    DemoSummary summary;
    summary.from = script.first();
    summary.to = now;
    for (TicketKind kind :
         {TicketKind::Report, TicketKind::Incident, TicketKind::Investigation, TicketKind::Countermeasure}) {
        TicketQuery query;
        query.kind = kind;
        query.includeMerged = true;
        FB_TRY_ASSIGN(auto count, TicketSearch(vault).count(query));
        const int n = int(count);
        summary.tickets += n;
        switch (kind) {
        case TicketKind::Report:
            summary.reports = n;
            break;
        case TicketKind::Incident:
            summary.incidents = n;
            break;
        case TicketKind::Investigation:
            summary.investigations = n;
            break;
        case TicketKind::Countermeasure:
            summary.countermeasures = n;
            break;
        }
    }
    return summary;
}

Result<DemoSummary> DemoWorkspace::populateAll(Vault& vault, const Clock& clock)
{
    auto summary = populate(vault, clock);
    if (!summary)
        return fail(summary.error());
    FB_TRY(DemoDirectory::populate(vault, clock));
    FB_TRY(DemoCorrespondence::addTo(vault, clock));
    return summary;
}

} // namespace fb
