// SPDX-License-Identifier: GPL-3.0-or-later
// bench_tickets: an encrypted workspace (SQLCipher) against a plain SQLite file with the same schema and code
// path, measured on the same machine in the same run: one batch of ticket creation, opening without the KDF,
// the first page of a queue, CIDR and full-text search. Results and how they were produced: docs/benchmarks.md.

#include "core/base/Clock.h"
#include "core/observables/IpRange.h"
#include "core/observables/Observable.h"
#include "core/tickets/TicketSearch.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>

#include <unistd.h>

namespace fb::bench {

namespace {

constexpr int kRatioPercentTarget = 130;  // encrypted within 1.3x of plain
constexpr double kOpenToFirst100Ms = 150; // open (no KDF) + first queue page
const char* const kPassphrase = "correct horse battery staple benchmark";

// ---------------------------------------------------------------- options and output

struct Options
{
    int tickets = 100000;
    int runs = 5;       // cheap steps
    int createRuns = 3; // the batch creation, each on a fresh file
    QString output;
    bool keep = false; // leave the workspaces for inspection (EXPLAIN QUERY PLAN on the plain copy)
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

[[noreturn]] void die(const QString& what, const Error& error)
{
    err() << "bench_tickets: " << what << ": " << error.toString() << Qt::endl;
    std::exit(1);
}

template <typename T>
T must(Result<T> result, const QString& what)
{
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

void must(const Status& status, const QString& what)
{
    if (!status)
        die(what, status.error());
}

void check(bool ok, const QString& what)
{
    if (!ok) {
        err() << "bench_tickets: check failed: " << what << Qt::endl;
        std::exit(1);
    }
}

void progress(const QString& text)
{
    err() << text << Qt::endl;
}

// ---------------------------------------------------------------- deterministic data set

// splitmix64: a tiny generator seeded per ticket, so ticket i is the same in every run and mode.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e5bbULL)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

private:
    quint64 m_state;
};

struct Theme
{
    const char* rsitClass;
    const char* rsitType;
    const char* title;  // %1: the domain
    const char* detail; // one sentence
    bool cve;           // third observable a CVE (else a SHA-256 of a sample)
    int weight;         // out of 100
};

// "ransomware" (the full-text word) occurs in one theme only, about 1% of tickets.
const Theme kThemes[] = {
    {"information-gathering", "scanner", "Port scan against the constituency from hosts near %1",
     "Repeated SYN scans of TCP 22, 445 and 3389 were seen by the sensor.", false, 24},
    {"fraud", "phishing", "Phishing page imitating a bank login at %1",
     "Users received mail with a link to a credential harvesting page.", false, 16},
    {"abusive-content", "spam", "Spam run with links to %1",
     "Bulk mail with the same template reached several mailboxes.", false, 10},
    {"malicious-code", "infected-system", "Infected host contacting sinkholed %1",
     "A sinkhole operator reported connections from an address of the constituency.", false, 12},
    {"malicious-code", "c2-server", "Command and control server behind %1",
     "Beacons every sixty seconds over HTTPS with a self-signed certificate.", false, 6},
    {"intrusion-attempts", "brute-force", "SSH brute force against servers, reverse name %1",
     "Thousands of failed logins for root and admin within an hour.", false, 10},
    {"intrusion-attempts", "exploit", "Exploitation attempts against web servers, payload fetched from %1",
     "The web application firewall logged requests matching a public exploit.", true, 8},
    {"vulnerable", "vulnerable-system", "Vulnerable service exposed, banner points to %1",
     "An external scan found an unpatched service reachable from the Internet.", true, 7},
    {"availability", "ddos", "DDoS against the portal, amplifiers listed under %1",
     "Traffic peaked at several gigabits per second of reflected UDP.", false, 4},
    {"intrusions", "system-compromise", "Ransomware note found on a file server, contact domain %1",
     "Files were encrypted overnight and a ransom note left in every share.", false, 1},
    {"information-content-security", "data-leak", "Credentials of users published, paste mirrored at %1",
     "A paste site listed mail addresses and password hashes of staff.", false, 2},
};

const char* const kOwners[] = {"alice", "bob", "carol", "dave", "erin", "frank"};
const char* const kConstituencies[] = {"university", "hospital", "ministry", "municipality", "research-lab"};
const char* const kDomainPrefixes[] = {"login", "mail", "cdn", "update", "portal", "secure", "files", "api"};
const char* const kDomainSuffixes[] = {"example.com", "example.net", "example.org"};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

// IPv4 addresses: about 0.3% of tickets in each of the three documentation /24s (TEST-NET-1/2/3), 4% in each
// half of the benchmarking block 198.18.0.0/15, the rest spread over private and shared address space.
QString ipv4For(Rng& rng)
{
    const int bucket = rng.below(1000);
    auto quad = [](int a, int b, int c, int d) { return QStringLiteral("%1.%2.%3.%4").arg(a).arg(b).arg(c).arg(d); };
    const int host = rng.below(254) + 1;
    if (bucket < 3)
        return quad(192, 0, 2, host);
    if (bucket < 6)
        return quad(198, 51, 100, host);
    if (bucket < 9)
        return quad(203, 0, 113, host);
    if (bucket < 49)
        return quad(198, 18, rng.below(256), host);
    if (bucket < 89)
        return quad(198, 19, rng.below(256), host);
    if (bucket < 500)
        return quad(10, rng.below(256), rng.below(256), host);
    if (bucket < 700)
        return quad(172, 16 + rng.below(16), rng.below(256), host);
    if (bucket < 850)
        return quad(192, 168, rng.below(256), host);
    return quad(100, 64 + rng.below(64), rng.below(256), host);
}

struct Dataset
{
    QList<NewTicket> tickets;
    QDateTime start;
    QDateTime end;
};

Dataset makeDataset(int count)
{
    Dataset data;
    data.end = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    data.start = data.end.addDays(-365);
    const qint64 spanMs = data.start.msecsTo(data.end);
    data.tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Rng rng(quint64(i) + 1);
        NewTicket t;
        const int kindRoll = rng.below(100);
        t.kind = kindRoll < 70 ? TicketKind::Report : kindRoll < 90 ? TicketKind::Incident : TicketKind::Investigation;
        int roll = rng.below(100);
        const Theme* theme = &kThemes[0];
        for (const Theme& candidate : kThemes) {
            if (roll < candidate.weight) {
                theme = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        const QString domain = latin1(kDomainPrefixes[rng.below(int(std::size(kDomainPrefixes)))]) +
                               QString::number(rng.below(3000)) + QLatin1Char('.') +
                               latin1(kDomainSuffixes[rng.below(int(std::size(kDomainSuffixes)))]);
        t.title = latin1(theme->title).arg(domain);
        t.description = latin1(theme->detail) + QStringLiteral(" Ticket material number ") + QString::number(i) +
                        QStringLiteral(" of the benchmark set; the reporter asked for a reply within two days.");
        t.rsitClass = latin1(theme->rsitClass);
        t.rsitType = latin1(theme->rsitType);
        const int severityRoll = rng.below(100);
        t.severity = severityRoll < 5 ? 1 : severityRoll < 25 ? 2 : severityRoll < 75 ? 3 : 4;
        const bool unassigned = t.kind == TicketKind::Report && rng.percent(35);
        t.owner = unassigned ? QString() : latin1(kOwners[rng.below(int(std::size(kOwners)))]);
        const int tlpRoll = rng.below(100);
        t.tlp = tlpRoll < 70   ? TlpLevel::Amber
                : tlpRoll < 85 ? TlpLevel::Green
                : tlpRoll < 95 ? TlpLevel::Clear
                               : TlpLevel::Red;
        t.constituency = latin1(kConstituencies[rng.below(int(std::size(kConstituencies)))]);
        t.reporter = QStringLiteral("soc@partner") + QString::number(rng.below(200)) + QStringLiteral(".example.org");
        t.howReported = rng.percent(80)   ? HowReported::Email
                        : rng.percent(50) ? HowReported::WebForm
                                          : HowReported::Api;
        t.reporterType = rng.percent(60) ? ReporterType::Constituent : ReporterType::OtherCsirt;
        // In time order over the year, a few seconds of jitter that never reorders tickets.
        t.createdAt = data.start.addMSecs(spanMs * i / count + rng.below(1000));

        QString third;
        if (theme->cve) {
            third = QStringLiteral("CVE-%1-%2").arg(2019 + rng.below(7)).arg(1000 + rng.below(49000));
        } else {
            const QByteArray sample = "sample-" + QByteArray::number(rng.below(20000));
            third = QString::fromLatin1(QCryptographicHash::hash(sample, QCryptographicHash::Sha256).toHex());
        }
        const std::pair<ObservableType, QString> raw[] = {
            {ObservableType::Ipv4, ipv4For(rng)},
            {ObservableType::Domain, domain},
            {theme->cve ? ObservableType::Cve : ObservableType::Sha256, third}};
        for (const auto& [type, value] : raw) {
            // Normalised once here, outside the timed part; the values are already in normal form.
            const Observable observable = must(Observables::normalise(type, value), QStringLiteral("observable data"));
            check(observable.value == value, QStringLiteral("observable data in normal form: ") + value);
            t.observables.append(observable);
        }
        data.tickets.append(std::move(t));
    }
    return data;
}

// What happened to ticket i later in the year: most older tickets closed, recent ones still in the queues.
struct LaterState
{
    QString state;
    qint64 afterCreatedSecs = 0;
};

std::optional<LaterState> laterState(int i, const NewTicket& t, const QDateTime& end)
{
    Rng rng(quint64(i) * 7919 + 17);
    const qint64 ageDays = t.createdAt.daysTo(end);
    const qint64 delay = 3600 * (2 + rng.below(24 * 6));
    const int roll = rng.below(100);
    switch (t.kind) {
    case TicketKind::Report:
        if (ageDays > 30) {
            if (roll < 85)
                return LaterState{QStringLiteral("resolved"), delay};
            if (roll < 97)
                return LaterState{QStringLiteral("rejected"), delay};
            return roll < 99 ? std::optional(LaterState{QStringLiteral("open"), delay}) : std::nullopt;
        }
        if (roll < 30)
            return LaterState{QStringLiteral("resolved"), delay};
        return roll < 65 ? std::optional(LaterState{QStringLiteral("open"), delay / 4}) : std::nullopt;
    case TicketKind::Incident:
    case TicketKind::Investigation:
        if ((ageDays > 60 && roll < 95) || (ageDays > 14 && roll < 40))
            return LaterState{QStringLiteral("resolved"), delay * 4};
        return std::nullopt;
    case TicketKind::Countermeasure:
        return std::nullopt;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- measurements

enum class Mode { Encrypted, Plain };

QString modeName(Mode mode)
{
    return mode == Mode::Encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain");
}

enum class Target { None, Ratio, RatioAndOpenTime };

// One measurement: wall time (QElapsedTimer, monotonic) and this thread's CPU time. On a shared machine other
// processes stretch wall time, and stretch long steps more than short ones (they lose whole time slices); CPU
// time shows what the work itself costs.
struct Sample
{
    double wallMs = 0;
    double cpuMs = 0;
};

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_cpuStartNs = threadCpuNs();
        m_wall.start();
    }
    Sample elapsed() const
    {
        const qint64 wallNs = m_wall.nsecsElapsed();
        return {double(wallNs) / 1e6, double(threadCpuNs() - m_cpuStartNs) / 1e6};
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpuStartNs = 0;
};

struct Row
{
    QString step;
    Target target = Target::None;
    QList<Sample> encrypted;
    QList<Sample> plain;
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(const QList<Sample>& measured, double Sample::*field)
{
    QList<double> samples;
    for (const Sample& sample : measured)
        samples.append(sample.*field);
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    const double median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    return {median, samples.first(), samples.last()};
}

SecretBytes passphrase()
{
    return SecretBytes(kPassphrase, std::strlen(kPassphrase));
}

std::unique_ptr<Vault> createEmpty(Mode mode, const QString& path)
{
    if (mode == Mode::Encrypted)
        return must(Vault::create(path, passphrase()), QStringLiteral("creating ") + path);
    return must(Vault::openUnencryptedForBenchmark(path), QStringLiteral("creating ") + path);
}

std::unique_ptr<Vault> openWith(Mode mode, const QString& path, const std::optional<WorkspaceKey>& key)
{
    if (mode == Mode::Encrypted)
        return must(Vault::open(path, *key), QStringLiteral("opening ") + path);
    return must(Vault::openUnencryptedForBenchmark(path), QStringLiteral("opening ") + path);
}

TicketQuery reportQueue()
{
    TicketQuery query;
    query.kind = TicketKind::Report;
    query.activeOnly = true;
    query.order = TicketOrder::Due;
    query.limit = 100;
    return query;
}

struct CreateTimes
{
    Sample create;      // outer transaction + every create() + commit
    Sample transitions; // the later state changes, one more batch
    Sample close;       // close: WAL checkpoint into the main file
    qint64 fileBytes = 0;
};

CreateTimes buildWorkspace(Mode mode, const QString& path, const Dataset& data)
{
    CreateTimes times;
    std::unique_ptr<Vault> vault = createEmpty(mode, path);
    FixedClock clock(data.start);
    TicketStores stores(ChangeContext{*vault, clock, QStringLiteral("bench")});
    TicketWorkflow& store = stores.workflow;
    must(stores.sla.slaPolicy(), QStringLiteral("reading the SLA policy")); // as any caller would have it loaded

    QList<qint64> ids;
    ids.reserve(data.tickets.size());
    Stopwatch timer;
    {
        Transaction batch(*vault);
        must(batch.status(), QStringLiteral("begin"));
        for (const NewTicket& ticket : data.tickets) {
            clock.set(ticket.createdAt);
            ids.append(must(store.create(ticket), QStringLiteral("creating a ticket")));
        }
        must(batch.commit(), QStringLiteral("commit"));
    }
    times.create = timer.elapsed();

    timer.restart();
    {
        Transaction batch(*vault);
        must(batch.status(), QStringLiteral("begin"));
        const TransitionDetails incidentDetails{QStringLiteral("Contained and cleaned."),
                                                QStringLiteral("Patch exposed services within a week.")};
        for (qsizetype i = 0; i < data.tickets.size(); ++i) {
            const NewTicket& ticket = data.tickets.at(i);
            const auto later = laterState(int(i), ticket, data.end);
            if (!later)
                continue;
            clock.set(ticket.createdAt.addSecs(later->afterCreatedSecs));
            const TransitionDetails details =
                ticket.kind == TicketKind::Incident ? incidentDetails : TransitionDetails{};
            must(store.transition(ids.at(i), later->state, details), QStringLiteral("changing a ticket's state"));
        }
        must(batch.commit(), QStringLiteral("commit"));
    }
    times.transitions = timer.elapsed();

    timer.restart();
    vault->close();
    times.close = timer.elapsed();
    times.fileBytes = QFileInfo(path).size();
    return times;
}

// ---------------------------------------------------------------- machine facts

QString cpuModel()
{
    // /proc files report size 0, so read them whole rather than line by line until atEnd().
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString textOf(Vault& vault, const char* sql)
{
    auto q = must(vault.query(sql), QString::fromLatin1(sql));
    return must(q.next(), QString::fromLatin1(sql)) ? q.text(0) : QStringLiteral("(none)");
}

// ---------------------------------------------------------------- report

QString formatMs(double ms)
{
    if (ms >= 10000)
        return QString::number(ms / 1000, 'f', 1) + QStringLiteral(" s");
    if (ms >= 1000)
        return QString::number(ms / 1000, 'f', 2) + QStringLiteral(" s");
    if (ms >= 100)
        return QString::number(ms, 'f', 0) + QStringLiteral(" ms");
    if (ms >= 10)
        return QString::number(ms, 'f', 1) + QStringLiteral(" ms");
    return QString::number(ms, 'f', 2) + QStringLiteral(" ms");
}

QString cell(const QList<Sample>& samples, double Sample::*field)
{
    if (samples.isEmpty())
        return QStringLiteral("n/a");
    const Stats s = stats(samples, field);
    return QStringLiteral("**%1** (%2 – %3)").arg(formatMs(s.median), formatMs(s.min), formatMs(s.max));
}

QString ratioText(const QList<Sample>& encrypted, const QList<Sample>& plain, double Sample::*field)
{
    const double denominator = stats(plain, field).median;
    if (encrypted.isEmpty() || plain.isEmpty() || denominator <= 0)
        return QStringLiteral("–");
    return QString::number(stats(encrypted, field).median / denominator, 'f', 2) + QStringLiteral("×");
}

QString table(const QList<Row>& rows)
{
    QString out;
    out += QStringLiteral("| Step | Runs | Encrypted, wall: median (min – max) | Plain, wall: median (min – max) "
                          "| Enc / plain, wall | Encrypted, CPU | Plain, CPU | Enc / plain, CPU | Target | Met |\n");
    out += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const Stats enc = stats(row.encrypted, &Sample::wallMs);
        const Stats plain = stats(row.plain, &Sample::wallMs);
        const bool hasRatio = !row.encrypted.isEmpty() && !row.plain.isEmpty() && plain.median > 0;
        const double ratio = hasRatio ? enc.median / plain.median : 0;
        QString target = QStringLiteral("information");
        QString met = QStringLiteral("–");
        const bool ratioOk = hasRatio && ratio * 100 <= kRatioPercentTarget;
        if (row.target == Target::Ratio) {
            target = QStringLiteral("≤ 1.3×");
            met = ratioOk ? QStringLiteral("yes") : QStringLiteral("**no**");
        } else if (row.target == Target::RatioAndOpenTime) {
            target = QStringLiteral("≤ 1.3×; < %1 ms").arg(kOpenToFirst100Ms);
            const bool timeOk = enc.median < kOpenToFirst100Ms && plain.median < kOpenToFirst100Ms;
            met = QStringLiteral("%1; %2").arg(ratioOk ? QStringLiteral("yes") : QStringLiteral("**no**"),
                                               timeOk ? QStringLiteral("yes") : QStringLiteral("**no**"));
        }
        const auto cpuMedian = [](const QList<Sample>& samples) {
            return samples.isEmpty() ? QStringLiteral("n/a") : formatMs(stats(samples, &Sample::cpuMs).median);
        };
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | ")
                   .arg(row.step)
                   .arg(std::max(row.encrypted.size(), row.plain.size()))
                   .arg(cell(row.encrypted, &Sample::wallMs), cell(row.plain, &Sample::wallMs),
                        ratioText(row.encrypted, row.plain, &Sample::wallMs), cpuMedian(row.encrypted),
                        cpuMedian(row.plain), ratioText(row.encrypted, row.plain, &Sample::cpuMs), target) +
               met + QStringLiteral(" |\n");
    }
    return out;
}

// ---------------------------------------------------------------- the benchmark

class Benchmark
{
public:
    explicit Benchmark(Options options)
        : m_options(std::move(options))
    {
    }

    int run();

private:
    void measureCreate();
    void measureOpen();
    void measureSearches();
    // Runs `body` once per mode per run, alternating which mode goes first to spread drift in the machine's load.
    void eachRun(int runs, const std::function<void(Mode, int)>& body);
    QString facts() const;
    QString dataFacts() const;

    Options m_options;
    QTemporaryDir m_dir;
    Dataset m_data;
    QString m_path[2];
    std::optional<WorkspaceKey> m_key;
    QList<Row> m_rows;
    QString m_cipherVersion;
    QString m_sqliteVersion;
    QString m_pageSize[2];
    qint64 m_fileBytes[2] = {0, 0};
    QString m_loadBefore;
    QString m_loadAfter;
    qint64 m_queueSize = 0;
    qsizetype m_hits24 = 0;
    qsizetype m_hits16 = 0;
    qsizetype m_hitsFullText = 0;
    qint64 m_totalMs = 0;
};

void Benchmark::eachRun(int runs, const std::function<void(Mode, int)>& body)
{
    for (int run = 0; run < runs; ++run) {
        const Mode first = run % 2 == 0 ? Mode::Encrypted : Mode::Plain;
        const Mode second = first == Mode::Encrypted ? Mode::Plain : Mode::Encrypted;
        body(first, run);
        body(second, run);
    }
}

void Benchmark::measureCreate()
{
    Row create{QStringLiteral("1. Create %L1 tickets × 3 observables, one transaction").arg(m_options.tickets),
               Target::Ratio,
               {},
               {}};
    Row transitions{QStringLiteral("1b. Later state changes of those tickets, one transaction"), Target::None, {}, {}};
    Row close{QStringLiteral("1c. Close after the batches (WAL checkpoint)"), Target::None, {}, {}};
    eachRun(m_options.createRuns, [&](Mode mode, int run) {
        const int index = int(mode);
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.firebreak").arg(modeName(mode)).arg(run));
        progress(
            QStringLiteral("create: %1, run %2 of %3...").arg(modeName(mode)).arg(run + 1).arg(m_options.createRuns));
        const CreateTimes times = buildWorkspace(mode, path, m_data);
        (mode == Mode::Encrypted ? create.encrypted : create.plain).append(times.create);
        (mode == Mode::Encrypted ? transitions.encrypted : transitions.plain).append(times.transitions);
        (mode == Mode::Encrypted ? close.encrypted : close.plain).append(times.close);
        progress(
            QStringLiteral("  create %1, state changes %2, close %3")
                .arg(formatMs(times.create.wallMs), formatMs(times.transitions.wallMs), formatMs(times.close.wallMs)));
        // Later steps read the last workspace built; earlier ones go, so the disk holds at most two.
        if (!m_path[index].isEmpty())
            QFile::remove(m_path[index]);
        m_path[index] = path;
        m_fileBytes[index] = times.fileBytes;
    });
    m_rows << create << transitions << close;
}

void Benchmark::measureOpen()
{
    Row kdf{QStringLiteral("2a. Key derivation, Argon2id (Vault::deriveKey)"), Target::None, {}, {}};
    Row open{QStringLiteral("2. Open (no KDF) + first query (count of the report queue)"), Target::Ratio, {}, {}};
    Row first100{QStringLiteral("3. Open (no KDF) + first 100 of the report queue by due date"),
                 Target::RatioAndOpenTime,
                 {},
                 {}};
    const QString encryptedPath = m_path[int(Mode::Encrypted)];
    for (int run = 0; run < m_options.runs; ++run) {
        Stopwatch timer;
        m_key = must(Vault::deriveKey(encryptedPath, passphrase()), QStringLiteral("deriving the key"));
        kdf.encrypted.append(timer.elapsed());
    }

    progress(QStringLiteral("open + first query..."));
    eachRun(m_options.runs, [&](Mode mode, int) {
        Stopwatch timer;
        auto vault = openWith(mode, m_path[int(mode)], m_key);
        const qint64 queue = must(TicketSearch(*vault).count(reportQueue()), QStringLiteral("counting the queue"));
        (mode == Mode::Encrypted ? open.encrypted : open.plain).append(timer.elapsed());
        check(queue > 0, QStringLiteral("a non-empty report queue"));
        m_queueSize = queue;
        m_pageSize[int(mode)] = QString::number(must(vault->pragmaInt("PRAGMA page_size"), QStringLiteral("pragma")));
    });

    progress(QStringLiteral("open + first 100..."));
    eachRun(m_options.runs, [&](Mode mode, int) {
        Stopwatch timer;
        auto vault = openWith(mode, m_path[int(mode)], m_key);
        const QList<Ticket> page = must(TicketSearch(*vault).list(reportQueue()), QStringLiteral("listing the queue"));
        (mode == Mode::Encrypted ? first100.encrypted : first100.plain).append(timer.elapsed());
        check(page.size() == std::min<qint64>(100, m_queueSize), QStringLiteral("a full first page"));
        check(std::is_sorted(page.begin(), page.end(),
                             [](const Ticket& a, const Ticket& b) { return a.resolveDue < b.resolveDue; }),
              QStringLiteral("the page sorted by due date"));
    });
    m_rows << kdf << open << first100;
}

void Benchmark::measureSearches()
{
    struct Search
    {
        QString name;
        std::function<qsizetype(TicketSearch&)> run;
        Target target;
    };
    const IpRange net24 = IpRange::parse(QStringLiteral("198.51.100.0/24")).value();
    const IpRange net16 = IpRange::parse(QStringLiteral("198.18.0.0/16")).value();
    const QList<Search> searches{
        {QStringLiteral("4a. CIDR search 198.51.100.0/24 (TicketSearch::inRange)"),
         [&](TicketSearch& s) { return must(s.inRange(net24), QStringLiteral("inRange")).size(); }, Target::Ratio},
        {QStringLiteral("4b. CIDR search 198.18.0.0/16, limit 10,000"),
         [&](TicketSearch& s) { return must(s.inRange(net16, 10000), QStringLiteral("inRange")).size(); },
         Target::Ratio},
        {QStringLiteral("5. Full-text search of one word, \"ransomware\" (limit 1,000)"),
         [](TicketSearch& s) {
             return must(s.fullText(QStringLiteral("ransomware")), QStringLiteral("fullText")).size();
         },
         Target::None},
    };
    for (const Search& search : searches) {
        progress(QStringLiteral("search: ") + search.name + QStringLiteral("..."));
        Row cold{search.name + QStringLiteral(", first on a fresh connection"), search.target, {}, {}};
        Row warm{search.name + QStringLiteral(", repeated on the same connection"), search.target, {}, {}};
        qsizetype found[2] = {-1, -1};
        eachRun(m_options.runs, [&](Mode mode, int) {
            auto vault = openWith(mode, m_path[int(mode)], m_key);
            TicketSearch ticketSearch(*vault);
            Stopwatch timer;
            const qsizetype first = search.run(ticketSearch);
            (mode == Mode::Encrypted ? cold.encrypted : cold.plain).append(timer.elapsed());
            timer.restart();
            const qsizetype second = search.run(ticketSearch);
            (mode == Mode::Encrypted ? warm.encrypted : warm.plain).append(timer.elapsed());
            check(first == second && (found[int(mode)] < 0 || found[int(mode)] == first),
                  QStringLiteral("the same hits every time"));
            found[int(mode)] = first;
        });
        check(found[0] == found[1], QStringLiteral("the same hits encrypted and plain"));
        if (search.name.startsWith(QLatin1String("4a")))
            m_hits24 = found[0];
        else if (search.name.startsWith(QLatin1String("4b")))
            m_hits16 = found[0];
        else
            m_hitsFullText = found[0];
        m_rows << cold << warm;
    }
}

QString Benchmark::facts() const
{
    QString out;
    const auto fact = [&out](const QString& name, const QString& value) {
        out += QStringLiteral("- ") + name + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    fact(QStringLiteral("CPU"), cpuModel());
    fact(QStringLiteral("Online CPUs (nproc)"), QString::number(sysconf(_SC_NPROCESSORS_ONLN)));
    fact(QStringLiteral("OS"), QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion());
    fact(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    fact(QStringLiteral("SQLCipher (PRAGMA cipher_version)"), m_cipherVersion);
    fact(QStringLiteral("SQLite (sqlite_version())"), m_sqliteVersion);
    fact(QStringLiteral("Page size encrypted / plain"),
         m_pageSize[0] + QStringLiteral(" / ") + m_pageSize[1] + QStringLiteral(" bytes"));
#ifdef NDEBUG
    fact(QStringLiteral("Build"),
         QStringLiteral("optimised, NDEBUG (") + QString::fromLatin1(__VERSION__) + QStringLiteral(")"));
#else
    fact(QStringLiteral("Build"), QStringLiteral("**debug build: numbers are not representative**"));
#endif
    fact(QStringLiteral("TMPDIR"),
         qEnvironmentVariable("TMPDIR", QStringLiteral("(unset)")) + QStringLiteral("; work folder ") + m_dir.path() +
             (m_options.keep ? QStringLiteral(" (kept)") : QStringLiteral(" (removed at the end)")));
    fact(QStringLiteral("Load average (1, 5, 15 min) before / after"),
         m_loadBefore + QStringLiteral(" / ") + m_loadAfter);
    return out;
}

QString Benchmark::dataFacts() const
{
    QString out;
    const auto fact = [&out](const QString& name, const QString& value) {
        out += QStringLiteral("- ") + name + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    fact(QStringLiteral("Tickets"), QStringLiteral("%L1, created in time order over one year, 70% reports, 20% "
                                                   "incidents, 10% investigations; ipv4 + domain + sha256 or cve each")
                                        .arg(m_options.tickets));
    fact(QStringLiteral("Active report queue (count)"), QString::number(m_queueSize));
    fact(QStringLiteral("Hits: /24, /16, full text"),
         QStringLiteral("%1, %2, %3").arg(m_hits24).arg(m_hits16).arg(m_hitsFullText));
    fact(QStringLiteral("Workspace size encrypted / plain"), QStringLiteral("%1 / %2 MiB")
                                                                 .arg(double(m_fileBytes[0]) / (1 << 20), 0, 'f', 1)
                                                                 .arg(double(m_fileBytes[1]) / (1 << 20), 0, 'f', 1));
    fact(QStringLiteral("Runs"), QStringLiteral("%1 for step 1 (each on a fresh file), %2 for the others")
                                     .arg(m_options.createRuns)
                                     .arg(m_options.runs));
    fact(QStringLiteral("Total wall time"), formatMs(double(m_totalMs)));
    return out;
}

int Benchmark::run()
{
    QElapsedTimer total;
    total.start();
    if (!m_dir.isValid()) {
        err() << "bench_tickets: cannot create a temporary folder: " << m_dir.errorString() << Qt::endl;
        return 1;
    }
    m_dir.setAutoRemove(!m_options.keep);
    m_loadBefore = loadAverage();
    progress(QStringLiteral("work folder %1; generating %L2 tickets...").arg(m_dir.path()).arg(m_options.tickets));
    m_data = makeDataset(m_options.tickets);

    measureCreate();
    {
        auto vault =
            openWith(Mode::Encrypted, m_path[int(Mode::Encrypted)],
                     must(Vault::deriveKey(m_path[int(Mode::Encrypted)], passphrase()), QStringLiteral("key")));
        m_cipherVersion = textOf(*vault, "PRAGMA cipher_version");
        m_sqliteVersion = textOf(*vault, "SELECT sqlite_version()");
    }
    measureOpen();
    measureSearches();
    m_loadAfter = loadAverage();
    m_totalMs = total.elapsed();

    QString report;
    report += QStringLiteral("## Machine\n\n") + facts();
    report += QStringLiteral("\n## Data\n\n") + dataFacts();
    report +=
        QStringLiteral("\n## Results (median of the runs, min – max; targets judged on wall time)\n\n") + table(m_rows);
    QTextStream(stdout) << '\n' << report << Qt::flush;
    if (!m_options.output.isEmpty()) {
        QFile file(m_options.output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << "bench_tickets: cannot write " << m_options.output << ": " << file.errorString() << Qt::endl;
            return 1;
        }
        file.write(report.toUtf8());
    }
    return 0;
}

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures an encrypted Firebreak workspace against a plain SQLite file with the same schema and code path."));
    parser.addHelpOption();
    const QCommandLineOption tickets(QStringLiteral("tickets"), QStringLiteral("Tickets to create (default 100000)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of the cheap steps (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption createRuns(QStringLiteral("create-runs"),
                                        QStringLiteral("Runs of the batch creation, each on a fresh file (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Also write the Markdown report to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the work folder and the last workspaces for inspection."));
    parser.addOptions({tickets, runs, createRuns, output, keep});
    parser.process(app);
    Options options;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    options.tickets = parser.value(tickets).toInt(&ok1);
    options.runs = parser.value(runs).toInt(&ok2);
    options.createRuns = parser.value(createRuns).toInt(&ok3);
    options.output = parser.value(output);
    options.keep = parser.isSet(keep);
    if (!ok1 || !ok2 || !ok3 || options.tickets < 100 || options.runs < 1 || options.createRuns < 1) {
        err() << "bench_tickets: --tickets must be at least 100, --runs and --create-runs at least 1" << Qt::endl;
        return std::nullopt;
    }
    return options;
}

} // namespace

} // namespace fb::bench

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_tickets"));
    const auto options = fb::bench::parseOptions(app);
    if (!options)
        return 2;
    return fb::bench::Benchmark(*options).run();
}
