// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/AdvisoryStore.h"

#include "core/advisory/AdvisoryJson.h"
#include "core/advisory/Cvss31.h"
#include "core/observables/Observable.h"
#include "core/vault/Query.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fb {

namespace {

const QString kSchemeKey = QStringLiteral("advisory.id_scheme");
const QString kDefaultScheme = QStringLiteral("FIREBREAK-{YYYY}-{NNNN}");

std::optional<qint64> msOrNull(const QDateTime& time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<int> highestBaseScore(const Advisory& a)
{
    std::optional<int> best;
    for (const auto& v : a.vulnerabilities) {
        if (auto cvss = Cvss31::parse(v.cvssVector, Cvss31::Accept::V31AndV30Base))
            best = std::max(best.value_or(0), cvss->baseTenths());
    }
    return best;
}

QString bodyOf(const Advisory& a)
{
    return QString::fromUtf8(QJsonDocument(AdvisoryJson::toJson(a)).toJson(QJsonDocument::Compact));
}

// Editable fields and their JSON form, for history rows on update().
QList<std::pair<QString, QString>> editableFields(const Advisory& a)
{
    const QJsonObject o = AdvisoryJson::toJson(a);
    QList<std::pair<QString, QString>> out;
    for (const char* key :
         {"title", "tlp", "vulnerabilities", "products", "summary", "description", "impact", "solution", "workarounds",
          "legal_disclaimer", "references", "acknowledgments", "linked_tickets", "audience", "provenance"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        out.append({QString::fromLatin1(key), text});
    }
    return out;
}

} // namespace

AdvisoryStore::AdvisoryStore(const ChangeContext& change)
    : m_change(change)
    , m_history(change.vault)
{
}

Result<QString> AdvisoryStore::formatIdentifier(const QString& scheme, int year, int sequence)
{
    static const QRegularExpression number(QStringLiteral("\\{(N+)\\}"));
    const auto match = number.match(scheme);
    if (!scheme.contains(QStringLiteral("{YYYY}")) || !match.hasMatch())
        return fail(ErrorCode::BadInput,
                    tr("An advisory identifier scheme needs {YYYY} and {NNNN}, e.g. CERT-XX-{YYYY}-{NNNN}."),
                    QStringLiteral("advisory.id_scheme"));
    QString id = scheme;
    id.replace(QStringLiteral("{YYYY}"), QString::number(year));
    id.replace(match.captured(0), QString::number(sequence).rightJustified(match.capturedLength(1), QLatin1Char('0')));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+:-]*$"));
    if (!allowed.match(id).hasMatch())
        return fail(ErrorCode::BadInput,
                    tr("An advisory identifier may only hold letters, digits and . _ + : - (got %1).").arg(id),
                    QStringLiteral("advisory.id_scheme"));
    return id;
}

Result<QString> AdvisoryStore::identifierScheme()
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query("SELECT value FROM settings WHERE key = ?1"));
    q.bind(1, kSchemeKey);
    FB_TRY_ASSIGN(auto row, q.next());
    return row ? q.text(0) : kDefaultScheme;
}

Status AdvisoryStore::setIdentifierScheme(const QString& scheme)
{
    FB_TRY(formatIdentifier(scheme, 2026, 1));
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto old, identifierScheme());
    FB_TRY_ASSIGN(auto q, m_change.vault.query("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
    if (auto status = q.bind(1, kSchemeKey).bind(2, scheme).exec(); !status)
        return status;
    if (auto status = record(QString(), QStringLiteral("advisory.scheme"), kSchemeKey, old, scheme); !status)
        return status;
    return transaction.commit();
}

QStringList AdvisoryStore::cvss30Vectors(const Advisory& a)
{
    QStringList out;
    for (const auto& v : a.vulnerabilities) {
        auto cvss = Cvss31::parse(v.cvssVector.trimmed(), Cvss31::Accept::V31AndV30Base);
        if (cvss && cvss->version() == QLatin1String("3.0"))
            out.append(cvss->vector());
    }
    return out;
}

Status AdvisoryStore::validate(Advisory& a, const QStringList& keptCvss30)
{
    a.title = a.title.trimmed();
    if (a.title.isEmpty())
        return fail(ErrorCode::BadInput, tr("An advisory needs a title."), QStringLiteral("title"));
    for (qsizetype i = 0; i < a.vulnerabilities.size(); ++i) {
        auto& v = a.vulnerabilities[i];
        const QString field = QStringLiteral("vulnerabilities[%1]").arg(i);
        if (!v.cve.trimmed().isEmpty()) {
            auto cve = Observables::normalise(ObservableType::Cve, v.cve);
            if (!cve)
                return fail(ErrorCode::BadInput, cve.error().message, field + QStringLiteral(".cve"));
            v.cve = cve->value;
        }
        v.cwe = v.cwe.trimmed().toUpper();
        if (!v.cwe.isEmpty() && !AdvisoryLint::isCwe(v.cwe))
            return fail(ErrorCode::BadInput, tr("%1 is not a CWE identifier (CWE-number).").arg(v.cwe),
                        field + QStringLiteral(".cwe"));
        if (!v.cvssVector.trimmed().isEmpty()) {
            auto cvss = Cvss31::parse(v.cvssVector.trimmed(), Cvss31::Accept::V31AndV30Base);
            if (!cvss)
                return fail(ErrorCode::BadInput, cvss.error().message,
                            field + QStringLiteral(".cvss_vector.") + cvss.error().where);
            if (cvss->version() == QLatin1String("3.0") && !keptCvss30.contains(cvss->vector()))
                return fail(ErrorCode::BadInput,
                            tr("CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector (the base metrics "
                               "are the same). Only a vector from an imported CSAF document is kept as 3.0."),
                            field + QStringLiteral(".cvss_vector.CVSS"));
            v.cvssVector = cvss->vector();
        } else {
            v.cvssVector.clear();
        }
    }
    for (qsizetype i = 0; i < a.products.size(); ++i) {
        if (a.products[i].product.trimmed().isEmpty())
            return fail(ErrorCode::BadInput, tr("Product %1 has no name.").arg(i + 1),
                        QStringLiteral("products[%1].product").arg(i));
    }
    return {};
}

Status AdvisoryStore::record(const QString& identifier, const QString& action, const QString& field,
                             std::optional<QString> oldValue, std::optional<QString> newValue)
{
    HistoryEntry entry;
    entry.at = m_change.clock.nowUtc();
    entry.actor = m_change.actor;
    entry.action = action;
    entry.field = identifier.isEmpty() ? field : identifier + QLatin1Char('/') + field;
    entry.oldValue = std::move(oldValue);
    entry.newValue = std::move(newValue);
    return m_history.append(entry);
}

Status AdvisoryStore::save(const Advisory& a, bool insert, qint64 nowMs, int sequence)
{
    FB_TRY_ASSIGN(
        auto q,
        insert
            ? m_change.vault.query("INSERT INTO advisories (identifier, year, sequence, title, tlp, status, version, "
                                   "base_score, initial_release, current_release, source_tracking, source_sha256, "
                                   "body, created_at, updated_at) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)")
            : m_change.vault.query("UPDATE advisories SET title = ?4, tlp = ?5, status = ?6, version = ?7, "
                                   "base_score = ?8, initial_release = ?9, current_release = ?10, "
                                   "source_tracking = ?11, source_sha256 = ?12, body = ?13, updated_at = ?14 "
                                   "WHERE id = ?15"));
    const int year = m_change.clock.nowUtc().date().year();
    const auto score = highestBaseScore(a);
    q.bind(1, a.identifier).bind(2, year).bind(3, sequence);
    q.bind(4, a.title).bind(5, Tlp::key(a.tlp)).bind(6, advisoryStatusKey(a.status)).bind(7, a.version);
    q.bind(8, score ? std::optional<qint64>(*score) : std::nullopt);
    q.bind(9, msOrNull(a.initialReleaseDate)).bind(10, msOrNull(a.currentReleaseDate));
    q.bind(11, a.provenance.trackingId).bind(12, a.provenance.sha256).bind(13, bodyOf(a)).bind(14, nowMs);
    if (!insert)
        q.bind(15, a.id);
    if (auto status = q.exec(); !status)
        return status;

    FB_TRY_ASSIGN(auto clear, m_change.vault.query("DELETE FROM advisory_tickets WHERE advisory_id = ?1"));
    const qint64 id = insert ? m_change.vault.lastInsertId() : a.id;
    if (auto status = clear.bind(1, id).exec(); !status)
        return status;
    for (qint64 ticket : a.linkedTickets) {
        FB_TRY_ASSIGN(
            auto link,
            m_change.vault.query("INSERT OR IGNORE INTO advisory_tickets (advisory_id, ticket_id) VALUES (?1, ?2)"));
        if (auto status = link.bind(1, id).bind(2, ticket).exec(); !status)
            return fail(ErrorCode::NotFound, tr("Ticket %1 does not exist.").arg(ticket),
                        QStringLiteral("linked_tickets"));
    }
    return {};
}

Result<Advisory> AdvisoryStore::create(Advisory draft)
{
    // An imported document's own CVSS 3.0 vectors are kept as given; anywhere else 3.0 is refused.
    FB_TRY(validate(draft, draft.provenance.isEmpty() ? QStringList() : cvss30Vectors(draft)));
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY_ASSIGN(auto scheme, identifierScheme());
    const QDateTime now = m_change.clock.nowUtc();
    const int year = now.date().year();
    FB_TRY_ASSIGN(auto seqQuery,
                  m_change.vault.query("SELECT COALESCE(MAX(sequence), 0) + 1 FROM advisories WHERE year = ?1"));
    seqQuery.bind(1, year);
    if (auto row = seqQuery.next(); !row || !*row)
        return fail(row ? Error{ErrorCode::Internal, tr("Could not number the advisory."), {}} : row.error());
    const int sequence = static_cast<int>(seqQuery.int64(0));
    FB_TRY_ASSIGN(auto identifier, formatIdentifier(scheme, year, sequence));

    draft.identifier = identifier;
    draft.status = AdvisoryStatus::Draft;
    draft.version = QStringLiteral("0");
    draft.revisions = {{QStringLiteral("0"), now, tr("Draft created.")}};
    draft.initialReleaseDate = {};
    draft.currentReleaseDate = {};
    FB_TRY(save(draft, true, now.toMSecsSinceEpoch(), sequence));
    FB_TRY_ASSIGN(auto idQuery, m_change.vault.query("SELECT id FROM advisories WHERE identifier = ?1"));
    idQuery.bind(1, draft.identifier);
    if (auto row = idQuery.next(); !row || !*row)
        return fail(ErrorCode::Internal, tr("The new advisory could not be read back."), draft.identifier);
    draft.id = idQuery.int64(0);
    FB_TRY(record(draft.identifier, QStringLiteral("advisory.create"), QStringLiteral("identifier"), std::nullopt,
                  bodyOf(draft)));
    FB_TRY(transaction.commit());
    return draft;
}

Result<Advisory> AdvisoryStore::readOne(const char* sql, const QString& key, qint64 id)
{
    FB_TRY_ASSIGN(auto q, m_change.vault.query(sql));
    if (key.isEmpty())
        q.bind(1, id);
    else
        q.bind(1, key);
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return fail(ErrorCode::NotFound, tr("No such advisory."), key.isEmpty() ? QString::number(id) : key);
    auto doc = QJsonDocument::fromJson(q.text(1).toUtf8());
    Advisory a = AdvisoryJson::fromJson(doc.object());
    a.id = q.int64(0);
    return a;
}

Result<Advisory> AdvisoryStore::get(qint64 id)
{
    return readOne("SELECT id, body FROM advisories WHERE id = ?1", QString(), id);
}

Result<Advisory> AdvisoryStore::find(const QString& identifier)
{
    return readOne("SELECT id, body FROM advisories WHERE identifier = ?1", identifier, 0);
}

Result<QList<AdvisoryListEntry>> AdvisoryStore::list()
{
    FB_TRY_ASSIGN(
        auto q, m_change.vault.query("SELECT id, identifier, title, tlp, status, version, base_score, current_release "
                                     "FROM advisories ORDER BY year DESC, sequence DESC"));
    QList<AdvisoryListEntry> out;
    while (true) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            break;
        AdvisoryListEntry e;
        e.id = q.int64(0);
        e.identifier = q.text(1);
        e.title = q.text(2);
        e.tlp = Tlp::parse(q.text(3)).value_or(TlpLevel::Amber);
        e.status = parseAdvisoryStatus(q.text(4)).value_or(AdvisoryStatus::Draft);
        e.version = q.text(5);
        if (auto score = q.optionalInt64(6))
            e.baseScoreTenths = static_cast<int>(*score);
        if (auto ms = q.optionalInt64(7))
            e.currentReleaseDate = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
        out.append(e);
    }
    return out;
}

Status AdvisoryStore::update(const Advisory& changed)
{
    Advisory edited = changed;
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto current, get(changed.id));
    // A CVSS 3.0 vector the advisory already holds (from its source document) may stay; a new one may not.
    if (auto status = validate(edited, cvss30Vectors(current)); !status)
        return status;
    Advisory next = edited;
    // Fields only publish() changes.
    next.identifier = current.identifier;
    next.status = current.status;
    next.version = current.version;
    next.revisions = current.revisions;
    next.initialReleaseDate = current.initialReleaseDate;
    next.currentReleaseDate = current.currentReleaseDate;

    const auto before = editableFields(current);
    const auto after = editableFields(next);
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].second == after[i].second)
            continue;
        if (auto status = record(next.identifier, QStringLiteral("advisory.set"), before[i].first, before[i].second,
                                 after[i].second);
            !status)
            return status;
    }
    if (auto status = save(next, false, m_change.clock.nowUtc().toMSecsSinceEpoch()); !status)
        return status;
    return transaction.commit();
}

Result<Advisory> AdvisoryStore::publish(qint64 id, AdvisoryStatus status, const QString& revisionSummary)
{
    if (status == AdvisoryStatus::Draft)
        return fail(ErrorCode::Usage, tr("Publishing means interim or final."), QStringLiteral("status"));
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    FB_TRY_ASSIGN(auto current, get(id));
    Advisory a = current;
    if (a.status == AdvisoryStatus::Final && status == AdvisoryStatus::Interim)
        return fail(ErrorCode::Conflict, tr("A final advisory cannot go back to interim; publish a new final version."),
                    QStringLiteral("status"));
    if (status == AdvisoryStatus::Final) {
        const auto findings = AdvisoryLint::check(a);
        for (const auto& f : findings) {
            if (f.severity == LintFinding::Severity::Error)
                return fail(ErrorCode::Conflict, tr("The advisory cannot be final yet: %1").arg(f.message), f.field);
        }
    }
    const QDateTime now = m_change.clock.nowUtc();
    bool ok = false;
    const int last = a.version.toInt(&ok);
    a.version = QString::number(ok ? last + 1 : 1);
    // Only published versions belong in a published document's history (CSAF 6.1.18): the draft's own
    // revision ("0") goes; the history rows keep that there was a draft.
    a.revisions.removeIf([](const AdvisoryRevision& r) {
        return r.number == QLatin1String("0") || r.number.startsWith(QLatin1String("0."));
    });
    a.revisions.append({a.version, now,
                        revisionSummary.trimmed().isEmpty()
                            ? (status == AdvisoryStatus::Final ? tr("Final version.") : tr("Interim version."))
                            : revisionSummary.trimmed()});
    if (!a.initialReleaseDate.isValid())
        a.initialReleaseDate = now;
    a.currentReleaseDate = now;
    const QString oldStatus = advisoryStatusKey(a.status);
    a.status = status;
    FB_TRY(save(a, false, now.toMSecsSinceEpoch()));
    FB_TRY(record(a.identifier, QStringLiteral("advisory.publish"), QStringLiteral("status"), oldStatus,
                  advisoryStatusKey(status) + QStringLiteral(" v") + a.version));
    FB_TRY(transaction.commit());
    return a;
}

} // namespace fb
