// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketStore.h"

#include "core/taxonomy/Rsit.h"
#include "core/observables/IpRange.h"
#include "core/tickets/Lifecycle.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fb {

namespace {

constexpr qsizetype kMaxTitleLength = 1000;

qint64 ms(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const Query& row, int column)
{
    if (row.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString ref(qint64 id)
{
    return QStringLiteral("#") + QString::number(id);
}

Result<QList<qint64>> idList(Result<Query> q, qint64 id)
{
    if (!q)
        return fail(q.error());
    QList<qint64> ids;
    if (auto status = q->bind(1, id).forEachRow([&](const Query& row) { ids.append(row.int64(0)); }); !status)
        return fail(status.error());
    return ids;
}

} // namespace

const char* const TicketStore::kTicketColumns =
    "id, kind, state, title, description, owner, tlp, rsit_class, rsit_type, severity, constituency, reporter, "
    "how_reported, reporter_type, resolution, lessons_learned, created_at, updated_at, first_response_at, closed_at, "
    "response_due, resolve_due, merged_into";

Ticket TicketStore::ticketFromRow(const Query& row)
{
    Ticket t;
    t.id = row.int64(0);
    t.kind = TicketEnums::parseKind(row.text(1)).value_or(TicketKind::Report);
    t.state = row.text(2);
    t.title = row.text(3);
    t.description = row.text(4);
    t.owner = row.text(5);
    t.tlp = Tlp::parse(row.text(6)).value_or(TlpLevel::Amber);
    t.rsitClass = row.text(7);
    t.rsitType = row.text(8);
    t.severity = int(row.int64(9));
    t.constituency = row.text(10);
    t.reporter = row.text(11);
    t.howReported = TicketEnums::parseHowReported(row.text(12)).value_or(HowReported::Other);
    t.reporterType = TicketEnums::parseReporterType(row.text(13)).value_or(ReporterType::Other);
    t.resolution = row.text(14);
    t.lessonsLearned = row.text(15);
    t.createdAt = fromMs(row, 16);
    t.updatedAt = fromMs(row, 17);
    t.firstResponseAt = fromMs(row, 18);
    t.closedAt = fromMs(row, 19);
    t.responseDue = fromMs(row, 20);
    t.resolveDue = fromMs(row, 21);
    t.mergedInto = row.optionalInt64(22);
    return t;
}

TicketStore::TicketStore(Vault& vault, const Clock& clock, QString actor)
    : m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_history(vault)
{
}

Status TicketStore::record(qint64 ticketId, const QString& action, const QString& field,
                           std::optional<QString> oldValue, std::optional<QString> newValue)
{
    HistoryEntry entry;
    entry.ticketId = ticketId;
    entry.at = m_clock.nowUtc();
    entry.actor = m_actor;
    entry.action = action;
    entry.field = field;
    entry.oldValue = std::move(oldValue);
    entry.newValue = std::move(newValue);
    return m_history.append(entry);
}

Status TicketStore::validate(const NewTicket& ticket)
{
    if (ticket.title.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("A ticket needs a title."), QStringLiteral("title"));
    if (ticket.title.size() > kMaxTitleLength)
        return fail(ErrorCode::BadInput, tr("The title is longer than %1 characters.").arg(kMaxTitleLength),
                    QStringLiteral("title"));
    if (ticket.severity < 1 || ticket.severity > 4)
        return fail(ErrorCode::BadInput, tr("Severity must be 1 (critical) to 4 (low), not %1.").arg(ticket.severity),
                    QStringLiteral("severity"));
    if ((!ticket.rsitClass.isEmpty() || !ticket.rsitType.isEmpty()) &&
        !Rsit::builtin().isValid(ticket.rsitClass, ticket.rsitType))
        return fail(ErrorCode::BadInput,
                    tr("'%1/%2' is not a class and type of the Reference Security Incident Taxonomy.")
                        .arg(ticket.rsitClass, ticket.rsitType),
                    QStringLiteral("rsit"));
    if (ticket.kind == TicketKind::Countermeasure && !ticket.incidentId)
        return fail(ErrorCode::BadInput, tr("A countermeasure must be linked to an incident when it is created."),
                    QStringLiteral("incident"));
    if (ticket.kind == TicketKind::Incident && ticket.incidentId)
        return fail(ErrorCode::BadInput, tr("An incident cannot be linked under another incident."),
                    QStringLiteral("incident"));
    return {};
}

Result<qint64> TicketStore::create(const NewTicket& ticket)
{
    if (auto status = validate(ticket); !status)
        return fail(status.error());
    std::optional<Ticket> incident;
    if (ticket.incidentId) {
        auto parent = get(*ticket.incidentId);
        if (!parent)
            return fail(parent.error());
        if (parent->kind != TicketKind::Incident)
            return fail(ErrorCode::BadInput, tr("Ticket %1 is not an incident.").arg(ref(parent->id)),
                        QStringLiteral("incident"));
        incident = *parent;
    }
    auto sla = slaPolicy();
    if (!sla)
        return fail(sla.error());

    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    const QDateTime now = m_clock.nowUtc();
    const QDateTime created = ticket.createdAt.isValid() ? ticket.createdAt.toUTC() : now;
    const QString state = Lifecycle::of(ticket.kind).initialState();
    const QDateTime responseDue = sla->responseDue(created, ticket.severity);
    const QDateTime resolveDue = sla->resolveDue(created, ticket.severity);

    auto insert = m_vault.query(
        "INSERT INTO tickets (kind, state, title, description, owner, tlp, rsit_class, rsit_type, severity, "
        "constituency, reporter, how_reported, reporter_type, created_at, updated_at, response_due, resolve_due, "
        "first_response_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16, ?17)");
    if (!insert)
        return fail(insert.error());
    insert->bind(1, TicketEnums::key(ticket.kind)).bind(2, state).bind(3, ticket.title.trimmed());
    insert->bind(4, ticket.description).bind(5, ticket.owner.trimmed()).bind(6, Tlp::key(ticket.tlp));
    insert->bind(7, ticket.rsitClass).bind(8, ticket.rsitType).bind(9, ticket.severity);
    insert->bind(10, ticket.constituency).bind(11, ticket.reporter);
    insert->bind(12, TicketEnums::key(ticket.howReported)).bind(13, TicketEnums::key(ticket.reporterType));
    insert->bind(14, ms(created)).bind(15, ms(responseDue)).bind(16, ms(resolveDue));
    // The response clock runs for reports, which come from outside. An incident, investigation or
    // countermeasure is opened by the team itself: opening it is the response.
    insert->bind(17, ticket.kind == TicketKind::Report ? std::nullopt : std::optional<qint64>(ms(created)));
    if (auto status = insert->exec(); !status)
        return fail(status.error());
    const qint64 id = m_vault.lastInsertId();
    if (auto status = indexText(id, ticket.title.trimmed(), ticket.description); !status)
        return fail(status.error());

    QJsonObject initial{
        {QStringLiteral("kind"), TicketEnums::key(ticket.kind)}, {QStringLiteral("state"), state},
        {QStringLiteral("title"), ticket.title.trimmed()},       {QStringLiteral("tlp"), Tlp::key(ticket.tlp)},
        {QStringLiteral("severity"), ticket.severity},           {QStringLiteral("created"), isoOrEmpty(created)}};
    if (!ticket.owner.isEmpty())
        initial.insert(QStringLiteral("owner"), ticket.owner.trimmed());
    if (!ticket.rsitClass.isEmpty())
        initial.insert(QStringLiteral("rsit"), QString(ticket.rsitClass + QLatin1Char('/') + ticket.rsitType));
    if (!ticket.reporter.isEmpty())
        initial.insert(QStringLiteral("reporter"), ticket.reporter);

    for (const QString& tag : ticket.tags) {
        auto q = m_vault.query("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)");
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, id).bind(2, tag.trimmed()).exec(); !status)
            return fail(status.error());
    }
    if (!ticket.tags.isEmpty())
        initial.insert(QStringLiteral("tags"), QJsonArray::fromStringList(ticket.tags));
    QJsonArray observables;
    for (const Observable& observable : ticket.observables) {
        if (auto status = insertObservable(id, observable, ms(now)); !status)
            return fail(status.error());
        observables.append(QString(observableTypeKey(observable.type) + QLatin1Char(':') + observable.value));
    }
    if (!observables.isEmpty())
        initial.insert(QStringLiteral("observables"), observables);
    if (auto status = record(id, QStringLiteral("create"), {}, std::nullopt,
                             QString::fromUtf8(QJsonDocument(initial).toJson(QJsonDocument::Compact)));
        !status)
        return fail(status.error());

    if (incident) {
        auto child = get(id);
        if (!child)
            return fail(child.error());
        if (auto status = insertLink(*child, *incident); !status)
            return fail(status.error());
    }
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return id;
}

Status TicketStore::insertObservable(qint64 ticketId, const Observable& observable, qint64 nowMs)
{
    const QString type = observableTypeKey(observable.type);
    auto value = observableValue(type, observable);
    if (!value)
        return fail(value.error());
    auto q = m_vault.query("INSERT OR IGNORE INTO ticket_observables (ticket_id, value_id, created_at, address_type, "
                           "ip_low, ip_high) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!q)
        return fail(q.error());
    q->bind(1, ticketId).bind(2, value->id).bind(3, nowMs).bindBlob(5, value->low).bindBlob(6, value->high);
    if (value->low.isNull())
        q->bindNull(4); // not an address
    else
        q->bind(4, type);
    return q->exec();
}

Result<TicketStore::StoredValue> TicketStore::observableValue(const QString& type, const Observable& observable)
{
    // Mail imports add the same few hundred addresses again and again: the ids (never changed, never deleted)
    // are kept here, and dropped whenever this connection rolls back, which may undo rows they name.
    if (m_valueCacheEpoch != m_vault.rollbackCount() || m_valueCache.size() > kMaxCachedValues) {
        m_valueCache.clear();
        m_valueCacheEpoch = m_vault.rollbackCount();
    }
    const QString key = type + QLatin1Char('\n') + observable.value;
    if (const auto cached = m_valueCache.constFind(key); cached != m_valueCache.constEnd())
        return *cached;

    StoredValue value;
    if (isAddressType(observable.type)) {
        const auto range = IpRange::parse(observable.value);
        if (!range)
            return fail(ErrorCode::BadInput, tr("'%1' is not an IP address or network.").arg(observable.value),
                        QStringLiteral("observable"));
        value.low = range->low();
        value.high = range->high();
    }
    auto q = m_vault.query("SELECT id FROM observable_values WHERE type = ?1 AND value = ?2");
    if (!q)
        return fail(q.error());
    q->bind(1, type).bind(2, observable.value);
    auto row = q->next();
    if (!row)
        return fail(row.error());
    if (*row) {
        value.id = q->int64(0);
    } else {
        auto add = m_vault.query("INSERT INTO observable_values (type, value) VALUES (?1, ?2)");
        if (!add)
            return fail(add.error());
        if (auto status = add->bind(1, type).bind(2, observable.value).exec(); !status)
            return fail(status.error());
        value.id = m_vault.lastInsertId();
    }
    m_valueCache.insert(key, value);
    return value;
}

Result<Ticket> TicketStore::get(qint64 id)
{
    Ticket ticket;
    {
        auto q = m_vault.query(
            "SELECT id, kind, state, title, description, owner, tlp, rsit_class, rsit_type, severity, constituency, "
            "reporter, how_reported, reporter_type, resolution, lessons_learned, created_at, updated_at, "
            "first_response_at, closed_at, response_due, resolve_due, merged_into FROM tickets WHERE id = ?1");
        if (!q)
            return fail(q.error());
        q->bind(1, id);
        auto row = q->next();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, tr("There is no ticket %1.").arg(ref(id)), QStringLiteral("ticket"));
        ticket = ticketFromRow(*q);
    }
    auto tags = m_vault.query("SELECT tag FROM ticket_tags WHERE ticket_id = ?1 ORDER BY tag");
    if (!tags)
        return fail(tags.error());
    if (auto status = tags->bind(1, id).forEachRow([&](const Query& row) { ticket.tags.append(row.text(0)); }); !status)
        return fail(status.error());
    auto observables =
        m_vault.query("SELECT v.type, v.value FROM ticket_observables t "
                      "JOIN observable_values v ON v.id = t.value_id WHERE t.ticket_id = ?1 ORDER BY t.id");
    if (!observables)
        return fail(observables.error());
    if (auto status = observables->bind(1, id).forEachRow([&](const Query& row) {
            if (const auto type = parseObservableType(row.text(0)))
                ticket.observables.append(Observable{*type, row.text(1)});
        });
        !status)
        return fail(status.error());
    return ticket;
}

Result<Ticket> TicketStore::getForChange(qint64 id)
{
    auto ticket = get(id);
    if (ticket && ticket->mergedInto)
        return fail(
            ErrorCode::Conflict,
            tr("Ticket %1 was merged into %2; change that ticket instead.").arg(ref(id), ref(*ticket->mergedInto)),
            QStringLiteral("ticket"));
    return ticket;
}

QStringList TicketStore::editableFields()
{
    return {QStringLiteral("title"),         QStringLiteral("description"), QStringLiteral("owner"),
            QStringLiteral("tlp"),           QStringLiteral("rsit"),        QStringLiteral("severity"),
            QStringLiteral("constituency"),  QStringLiteral("reporter"),    QStringLiteral("how-reported"),
            QStringLiteral("reporter-type"), QStringLiteral("resolution"),  QStringLiteral("lessons-learned"),
            QStringLiteral("response-due"),  QStringLiteral("resolve-due")};
}

// The full-text index is kept here rather than by triggers: a statement that fires a trigger makes SQLite
// journal every page it touches for that statement, and SQLCipher encrypts each journalled page, which
// made batches of tickets more than twice as slow as on a plain file (docs/benchmarks.md). For the same
// reason single-row updates say UPDATE OR FAIL: for one row it fails exactly like the default ABORT (the
// constraints are checked before anything is written), but SQLite then needs no statement journal.
Status TicketStore::indexText(qint64 id, const QString& title, const QString& description)
{
    auto q = m_vault.query("INSERT INTO ticket_fts (docid, title, description) VALUES (?1, ?2, ?3)");
    if (!q)
        return fail(q.error());
    return q->bind(1, id).bind(2, title).bind(3, description).exec();
}

Status TicketStore::reindexText(qint64 id, const QString& title, const QString& description)
{
    auto q = m_vault.query("UPDATE ticket_fts SET title = ?1, description = ?2 WHERE docid = ?3");
    if (!q)
        return fail(q.error());
    return q->bind(1, title).bind(2, description).bind(3, id).exec();
}

Status TicketStore::updateColumn(qint64 id, const char* sql, const QString& value)
{
    auto q = m_vault.query(sql);
    if (!q)
        return fail(q.error());
    return q->bind(1, value).bind(2, ms(m_clock.nowUtc())).bind(3, id).exec();
}

Status TicketStore::setField(qint64 id, const QString& field, const QString& rawValue)
{
    auto current = getForChange(id);
    if (!current)
        return fail(current.error());
    const Ticket& t = *current;
    const QString value = rawValue.trimmed();
    const QString where = field;

    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto set = [&](const char* sql, const QString& oldValue, const QString& newValue) -> Status {
        if (oldValue == newValue)
            return {};
        if (auto status = updateColumn(id, sql, newValue); !status)
            return status;
        return record(id, QStringLiteral("set"), field, oldValue, newValue);
    };

    Status status;
    if (field == QLatin1String("title")) {
        if (value.isEmpty() || value.size() > kMaxTitleLength)
            return fail(ErrorCode::BadInput,
                        tr("A ticket needs a title of at most %1 characters.").arg(kMaxTitleLength), where);
        status = set("UPDATE OR FAIL tickets SET title = ?1, updated_at = ?2 WHERE id = ?3", t.title, value);
        if (status && t.title != value)
            status = reindexText(id, value, t.description);
    } else if (field == QLatin1String("description")) {
        status =
            set("UPDATE OR FAIL tickets SET description = ?1, updated_at = ?2 WHERE id = ?3", t.description, rawValue);
        if (status && t.description != rawValue)
            status = reindexText(id, t.title, rawValue);
    } else if (field == QLatin1String("owner")) {
        status = set("UPDATE OR FAIL tickets SET owner = ?1, updated_at = ?2 WHERE id = ?3", t.owner, value);
    } else if (field == QLatin1String("constituency")) {
        status =
            set("UPDATE OR FAIL tickets SET constituency = ?1, updated_at = ?2 WHERE id = ?3", t.constituency, value);
    } else if (field == QLatin1String("reporter")) {
        status = set("UPDATE OR FAIL tickets SET reporter = ?1, updated_at = ?2 WHERE id = ?3", t.reporter, value);
    } else if (field == QLatin1String("resolution")) {
        status =
            set("UPDATE OR FAIL tickets SET resolution = ?1, updated_at = ?2 WHERE id = ?3", t.resolution, rawValue);
    } else if (field == QLatin1String("lessons-learned")) {
        status = set("UPDATE OR FAIL tickets SET lessons_learned = ?1, updated_at = ?2 WHERE id = ?3", t.lessonsLearned,
                     rawValue);
    } else if (field == QLatin1String("tlp")) {
        const auto tlp = Tlp::parse(value);
        if (!tlp)
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).").arg(value), where);
        status =
            set("UPDATE OR FAIL tickets SET tlp = ?1, updated_at = ?2 WHERE id = ?3", Tlp::key(t.tlp), Tlp::key(*tlp));
    } else if (field == QLatin1String("rsit")) {
        const QString classKey = value.section(QLatin1Char('/'), 0, 0).trimmed();
        const QString typeKey = value.section(QLatin1Char('/'), 1).trimmed();
        if (!value.isEmpty() && !Rsit::builtin().isValid(classKey, typeKey))
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a class/type of the Reference Security Incident Taxonomy.").arg(value), where);
        const QString oldValue = t.rsitClass.isEmpty() ? QString() : t.rsitClass + QLatin1Char('/') + t.rsitType;
        const QString newValue = classKey.isEmpty() ? QString() : classKey + QLatin1Char('/') + typeKey;
        if (oldValue != newValue) {
            status =
                updateColumn(id, "UPDATE OR FAIL tickets SET rsit_class = ?1, updated_at = ?2 WHERE id = ?3", classKey);
            if (status)
                status = updateColumn(id, "UPDATE OR FAIL tickets SET rsit_type = ?1, updated_at = ?2 WHERE id = ?3",
                                      typeKey);
            if (status)
                status = record(id, QStringLiteral("set"), field, oldValue, newValue);
        }
    } else if (field == QLatin1String("how-reported")) {
        const auto how = TicketEnums::parseHowReported(value);
        if (!how)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not one of: %2.").arg(value, TicketEnums::howReportedKeys().join(QStringLiteral(", "))),
                where);
        status = set("UPDATE OR FAIL tickets SET how_reported = ?1, updated_at = ?2 WHERE id = ?3",
                     TicketEnums::key(t.howReported), TicketEnums::key(*how));
    } else if (field == QLatin1String("reporter-type")) {
        const auto type = TicketEnums::parseReporterType(value);
        if (!type)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not one of: %2.").arg(value, TicketEnums::reporterTypeKeys().join(QStringLiteral(", "))),
                where);
        status = set("UPDATE OR FAIL tickets SET reporter_type = ?1, updated_at = ?2 WHERE id = ?3",
                     TicketEnums::key(t.reporterType), TicketEnums::key(*type));
    } else if (field == QLatin1String("severity")) {
        const auto severity = TicketEnums::parseSeverity(value);
        if (!severity)
            return fail(ErrorCode::BadInput,
                        tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(value), where);
        status = set("UPDATE OR FAIL tickets SET severity = ?1, updated_at = ?2 WHERE id = ?3",
                     QString::number(t.severity), QString::number(*severity));
        // The SLA follows the severity: due dates are recomputed from the creation time.
        if (status && *severity != t.severity)
            status = setDueDates(t, *severity);
    } else if (field == QLatin1String("response-due") || field == QLatin1String("resolve-due")) {
        const QDateTime due = QDateTime::fromString(value, Qt::ISODate);
        if (!due.isValid())
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).").arg(value), where);
        const bool response = field == QLatin1String("response-due");
        const QDateTime old = response ? t.responseDue : t.resolveDue;
        if (old != due) {
            auto q =
                m_vault.query(response ? "UPDATE OR FAIL tickets SET response_due = ?1, updated_at = ?2 WHERE id = ?3"
                                       : "UPDATE OR FAIL tickets SET resolve_due = ?1, updated_at = ?2 WHERE id = ?3");
            if (!q)
                return fail(q.error());
            status = q->bind(1, ms(due)).bind(2, ms(m_clock.nowUtc())).bind(3, id).exec();
            if (status)
                status = record(id, QStringLiteral("set"), field, isoOrEmpty(old), isoOrEmpty(due.toUTC()));
        }
    } else {
        return fail(ErrorCode::Usage,
                    tr("'%1' is not a field that can be set; fields: %2.")
                        .arg(field, editableFields().join(QStringLiteral(", "))),
                    where);
    }
    if (!status)
        return status;
    return transaction.commit();
}

Status TicketStore::setDueDates(const Ticket& ticket, int severity)
{
    auto sla = slaPolicy();
    if (!sla)
        return fail(sla.error());
    const QDateTime responseDue = sla->responseDue(ticket.createdAt, severity);
    const QDateTime resolveDue = sla->resolveDue(ticket.createdAt, severity);
    auto q = m_vault.query("UPDATE OR FAIL tickets SET response_due = ?1, resolve_due = ?2 WHERE id = ?3");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, ms(responseDue)).bind(2, ms(resolveDue)).bind(3, ticket.id).exec(); !status)
        return status;
    if (auto status = record(ticket.id, QStringLiteral("set"), QStringLiteral("response-due"),
                             isoOrEmpty(ticket.responseDue), isoOrEmpty(responseDue));
        !status)
        return status;
    return record(ticket.id, QStringLiteral("set"), QStringLiteral("resolve-due"), isoOrEmpty(ticket.resolveDue),
                  isoOrEmpty(resolveDue));
}

Status TicketStore::changeState(const Ticket& ticket, const QString& to, const QString& action)
{
    const Lifecycle& lifecycle = Lifecycle::of(ticket.kind);
    if (auto status = lifecycle.check(ticket.state, to); !status)
        return status;
    const QDateTime now = m_clock.nowUtc();
    const bool closing = !lifecycle.isActive(to);
    auto q = m_vault.query("UPDATE OR FAIL tickets SET state = ?1, updated_at = ?2, closed_at = ?3, "
                           "first_response_at = coalesce(first_response_at, ?2) WHERE id = ?4");
    if (!q)
        return fail(q.error());
    q->bind(1, to).bind(2, ms(now)).bind(3, closing ? std::optional<qint64>(ms(now)) : std::nullopt).bind(4, ticket.id);
    if (auto status = q->exec(); !status)
        return status;
    return record(ticket.id, action, QStringLiteral("state"), ticket.state, to);
}

Status TicketStore::transition(qint64 id, const QString& toState, const TransitionDetails& details)
{
    auto ticket = getForChange(id);
    if (!ticket)
        return fail(ticket.error());
    const QString to = toState.trimmed().toLower();
    if (auto status = Lifecycle::of(ticket->kind).check(ticket->state, to); !status)
        return status;
    const bool resolvingIncident = ticket->kind == TicketKind::Incident && to == QLatin1String("resolved");
    if (resolvingIncident && details.lessonsLearned.trimmed().isEmpty() && ticket->lessonsLearned.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, tr("Resolving incident %1 needs its lessons learned.").arg(ref(id)),
                    QStringLiteral("lessons-learned"));

    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    if (!details.resolution.trimmed().isEmpty()) {
        if (auto status = updateColumn(id, "UPDATE OR FAIL tickets SET resolution = ?1, updated_at = ?2 WHERE id = ?3",
                                       details.resolution.trimmed());
            !status)
            return status;
        if (auto status = record(id, QStringLiteral("set"), QStringLiteral("resolution"), ticket->resolution,
                                 details.resolution.trimmed());
            !status)
            return status;
    }
    if (!details.lessonsLearned.trimmed().isEmpty()) {
        if (auto status =
                updateColumn(id, "UPDATE OR FAIL tickets SET lessons_learned = ?1, updated_at = ?2 WHERE id = ?3",
                             details.lessonsLearned.trimmed());
            !status)
            return status;
        if (auto status = record(id, QStringLiteral("set"), QStringLiteral("lessons-learned"), ticket->lessonsLearned,
                                 details.lessonsLearned.trimmed());
            !status)
            return status;
    }
    if (auto status = changeState(*ticket, to, QStringLiteral("transition")); !status)
        return status;
    if (ticket->kind == TicketKind::Incident && (to == QLatin1String("resolved") || to == QLatin1String("abandoned"))) {
        if (auto status = mapChildren(*ticket, to); !status)
            return status;
    }
    return transaction.commit();
}

Status TicketStore::mapChildren(const Ticket& incident, const QString& outcome)
{
    auto children = childrenOf(incident.id);
    if (!children)
        return fail(children.error());
    const bool abandoned = outcome == QLatin1String("abandoned");
    for (qint64 childId : *children) {
        auto child = get(childId);
        if (!child)
            return fail(child.error());
        if (child->mergedInto || !Lifecycle::of(child->kind).isActive(child->state))
            continue;
        // A child that still serves another open incident keeps its state.
        auto parents = incidentsOf(childId);
        if (!parents)
            return fail(parents.error());
        bool servesAnother = false;
        for (qint64 parentId : *parents) {
            if (parentId == incident.id)
                continue;
            auto parent = get(parentId);
            if (!parent)
                return fail(parent.error());
            servesAnother = servesAnother || Lifecycle::of(TicketKind::Incident).isActive(parent->state);
        }
        if (servesAnother)
            continue;

        QString target;
        switch (child->kind) {
        case TicketKind::Report:
            target = abandoned ? QStringLiteral("rejected") : QStringLiteral("resolved");
            break;
        case TicketKind::Investigation:
            target = QStringLiteral("resolved");
            break;
        case TicketKind::Countermeasure:
            // Abandoned: nothing to keep blocked. Resolved: an active block is queued for removal,
            // one never activated is dropped, one already queued for removal stays queued.
            if (abandoned || child->state == QLatin1String("pending activation"))
                target = QStringLiteral("removed");
            else if (child->state == QLatin1String("active"))
                target = QStringLiteral("pending removal");
            break;
        case TicketKind::Incident:
            break;
        }
        if (target.isEmpty() || target == child->state)
            continue;
        if (auto status = changeState(*child, target, QStringLiteral("cascade")); !status)
            return status;
    }
    return {};
}

Status TicketStore::insertLink(const Ticket& child, const Ticket& incident)
{
    if (incident.kind != TicketKind::Incident)
        return fail(ErrorCode::BadInput, tr("Ticket %1 is not an incident.").arg(ref(incident.id)),
                    QStringLiteral("incident"));
    if (child.kind == TicketKind::Incident)
        return fail(ErrorCode::BadInput, tr("Incident %1 cannot be linked under another incident.").arg(ref(child.id)),
                    QStringLiteral("ticket"));
    auto parents = incidentsOf(child.id);
    if (!parents)
        return fail(parents.error());
    if (parents->contains(incident.id))
        return fail(ErrorCode::Conflict,
                    tr("Ticket %1 is already linked to incident %2.").arg(ref(child.id), ref(incident.id)),
                    QStringLiteral("incident"));
    if (child.kind != TicketKind::Report && !parents->isEmpty())
        return fail(ErrorCode::Conflict,
                    tr("%1 %2 already belongs to incident %3; it can belong to one incident only.")
                        .arg(TicketEnums::displayName(child.kind), ref(child.id), ref(parents->first())),
                    QStringLiteral("incident"));

    auto q = m_vault.query("INSERT INTO ticket_links (incident_id, child_id, created_at) VALUES (?1, ?2, ?3)");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, incident.id).bind(2, child.id).bind(3, ms(m_clock.nowUtc())).exec(); !status)
        return status;
    if (auto status =
            record(child.id, QStringLiteral("link"), QStringLiteral("incident"), std::nullopt, ref(incident.id));
        !status)
        return status;
    if (auto status = record(incident.id, QStringLiteral("link"), QStringLiteral("child"), std::nullopt, ref(child.id));
        !status)
        return status;
    // A report becomes open when an incident takes it on.
    if (child.kind == TicketKind::Report && child.state == QLatin1String("new"))
        return changeState(child, QStringLiteral("open"), QStringLiteral("cascade"));
    return {};
}

Status TicketStore::link(qint64 childId, qint64 incidentId)
{
    auto child = getForChange(childId);
    if (!child)
        return fail(child.error());
    auto incident = getForChange(incidentId);
    if (!incident)
        return fail(incident.error());
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    if (auto status = insertLink(*child, *incident); !status)
        return status;
    return transaction.commit();
}

Status TicketStore::unlink(qint64 childId, qint64 incidentId)
{
    auto child = getForChange(childId);
    if (!child)
        return fail(child.error());
    auto parents = incidentsOf(childId);
    if (!parents)
        return fail(parents.error());
    if (!parents->contains(incidentId))
        return fail(ErrorCode::NotFound,
                    tr("Ticket %1 is not linked to incident %2.").arg(ref(childId), ref(incidentId)),
                    QStringLiteral("incident"));
    if (child->kind == TicketKind::Countermeasure && parents->size() == 1)
        return fail(
            ErrorCode::Conflict,
            tr("Countermeasure %1 must stay linked to an incident; link it to another one first.").arg(ref(childId)),
            QStringLiteral("incident"));
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto q = m_vault.query("DELETE FROM ticket_links WHERE incident_id = ?1 AND child_id = ?2");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, incidentId).bind(2, childId).exec(); !status)
        return status;
    if (auto status =
            record(childId, QStringLiteral("unlink"), QStringLiteral("incident"), ref(incidentId), std::nullopt);
        !status)
        return status;
    if (auto status = record(incidentId, QStringLiteral("unlink"), QStringLiteral("child"), ref(childId), std::nullopt);
        !status)
        return status;
    return transaction.commit();
}

Status TicketStore::merge(qint64 intoId, qint64 fromId)
{
    if (intoId == fromId)
        return fail(ErrorCode::BadInput, tr("A ticket cannot be merged into itself."), QStringLiteral("ticket"));
    auto into = getForChange(intoId);
    if (!into)
        return fail(into.error());
    auto from = getForChange(fromId);
    if (!from)
        return fail(from.error());
    if (into->kind != TicketKind::Report || from->kind != TicketKind::Report)
        return fail(
            ErrorCode::BadInput,
            tr("Only incident reports are merged; %1 and %2 are not both reports.").arg(ref(intoId), ref(fromId)),
            QStringLiteral("ticket"));

    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    const qint64 now = ms(m_clock.nowUtc());
    for (const Observable& observable : from->observables) {
        if (auto status = insertObservable(intoId, observable, now); !status)
            return status;
    }
    for (const QString& tag : from->tags) {
        auto q = m_vault.query("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)");
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, intoId).bind(2, tag).exec(); !status)
            return status;
    }
    auto fromParents = incidentsOf(fromId);
    if (!fromParents)
        return fail(fromParents.error());
    auto intoParents = incidentsOf(intoId);
    if (!intoParents)
        return fail(intoParents.error());
    for (qint64 incidentId : *fromParents) {
        if (intoParents->contains(incidentId))
            continue;
        auto incident = get(incidentId);
        if (!incident)
            return fail(incident.error());
        auto current = get(intoId);
        if (!current)
            return fail(current.error());
        if (auto status = insertLink(*current, *incident); !status)
            return status;
    }
    if (!from->description.trimmed().isEmpty()) {
        const QString merged = into->description + (into->description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                               tr("--- Merged from %1: %2 ---").arg(ref(fromId), from->title) + QLatin1Char('\n') +
                               from->description;
        if (auto status = updateColumn(
                intoId, "UPDATE OR FAIL tickets SET description = ?1, updated_at = ?2 WHERE id = ?3", merged);
            !status)
            return status;
        if (auto status = reindexText(intoId, into->title, merged); !status)
            return status;
    }
    auto mark = m_vault.query("UPDATE tickets SET merged_into = ?1, updated_at = ?2 WHERE id = ?3");
    if (!mark)
        return fail(mark.error());
    if (auto status = mark->bind(1, intoId).bind(2, now).bind(3, fromId).exec(); !status)
        return status;
    if (auto status = record(intoId, QStringLiteral("merge"), QStringLiteral("from"), std::nullopt, ref(fromId));
        !status)
        return status;
    if (auto status = record(fromId, QStringLiteral("merge"), QStringLiteral("into"), std::nullopt, ref(intoId));
        !status)
        return status;
    return transaction.commit();
}

Status TicketStore::addObservable(qint64 id, const Observable& observable)
{
    auto ticket = getForChange(id);
    if (!ticket)
        return fail(ticket.error());
    if (ticket->observables.contains(observable))
        return {};
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    if (auto status = insertObservable(id, observable, ms(m_clock.nowUtc())); !status)
        return status;
    if (auto status = record(id, QStringLiteral("observable"), observableTypeKey(observable.type), std::nullopt,
                             observable.value);
        !status)
        return status;
    return transaction.commit();
}

Status TicketStore::addObservables(qint64 id, const QList<Observable>& observables)
{
    if (observables.isEmpty())
        return {};
    auto ticket = getForChange(id);
    if (!ticket)
        return fail(ticket.error());
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    const qint64 now = ms(m_clock.nowUtc());
    QSet<Observable> present(ticket->observables.cbegin(), ticket->observables.cend());
    QJsonArray added; // "type:value", as create() records them
    for (const Observable& observable : observables) {
        if (present.contains(observable))
            continue;
        if (auto status = insertObservable(id, observable, now); !status)
            return status;
        present.insert(observable);
        added.append(QString(observableTypeKey(observable.type) + QLatin1Char(':') + observable.value));
    }
    if (added.isEmpty())
        return transaction.commit();
    // One history row for the lot: a reply with fifty addresses is one change, not fifty.
    if (auto status = record(id, QStringLiteral("observables"), {}, std::nullopt,
                             QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact)));
        !status)
        return status;
    return transaction.commit();
}

Status TicketStore::addTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    if (tag.isEmpty())
        return fail(ErrorCode::BadInput, tr("A tag cannot be empty."), QStringLiteral("tag"));
    auto ticket = getForChange(id);
    if (!ticket)
        return fail(ticket.error());
    if (ticket->tags.contains(tag))
        return {};
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto q = m_vault.query("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?1, ?2)");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, id).bind(2, tag).exec(); !status)
        return status;
    if (auto status = record(id, QStringLiteral("tag"), QStringLiteral("tags"), std::nullopt, tag); !status)
        return status;
    return transaction.commit();
}

Status TicketStore::removeTag(qint64 id, const QString& rawTag)
{
    const QString tag = rawTag.trimmed();
    auto ticket = getForChange(id);
    if (!ticket)
        return fail(ticket.error());
    if (!ticket->tags.contains(tag))
        return fail(ErrorCode::NotFound, tr("Ticket %1 has no tag '%2'.").arg(ref(id), tag), QStringLiteral("tag"));
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    auto q = m_vault.query("DELETE FROM ticket_tags WHERE ticket_id = ?1 AND tag = ?2");
    if (!q)
        return fail(q.error());
    if (auto status = q->bind(1, id).bind(2, tag).exec(); !status)
        return status;
    if (auto status = record(id, QStringLiteral("untag"), QStringLiteral("tags"), tag, std::nullopt); !status)
        return status;
    return transaction.commit();
}

Result<QList<qint64>> TicketStore::incidentsOf(qint64 childId)
{
    return idList(m_vault.query("SELECT incident_id FROM ticket_links WHERE child_id = ?1 ORDER BY incident_id"),
                  childId);
}

Result<QList<qint64>> TicketStore::childrenOf(qint64 incidentId)
{
    return idList(m_vault.query("SELECT child_id FROM ticket_links WHERE incident_id = ?1 ORDER BY child_id"),
                  incidentId);
}

Result<SlaPolicy> TicketStore::slaPolicy()
{
    if (m_sla)
        return *m_sla;
    auto q = m_vault.query("SELECT severity, response_minutes, resolve_minutes FROM sla_policy");
    if (!q)
        return fail(q.error());
    SlaPolicy policy = SlaPolicy::defaults();
    if (auto status = q->forEachRow([&](const Query& row) {
            policy.setTargets(int(row.int64(0)), SlaTargets{int(row.int64(1)), int(row.int64(2))});
        });
        !status)
        return fail(status.error());
    m_sla = policy;
    return policy;
}

Status TicketStore::setSlaPolicy(const SlaPolicy& policy)
{
    Transaction transaction(m_vault);
    if (!transaction.status())
        return transaction.status();
    for (int severity = 1; severity <= 4; ++severity) {
        const SlaTargets targets = policy.targets(severity);
        if (targets.responseMinutes <= 0 || targets.resolveMinutes <= 0)
            return fail(ErrorCode::BadInput, tr("SLA times must be positive (severity %1).").arg(severity),
                        QStringLiteral("sla"));
        auto q = m_vault.query("INSERT OR REPLACE INTO sla_policy (severity, response_minutes, resolve_minutes) "
                               "VALUES (?1, ?2, ?3)");
        if (!q)
            return fail(q.error());
        if (auto status = q->bind(1, severity).bind(2, targets.responseMinutes).bind(3, targets.resolveMinutes).exec();
            !status)
            return status;
    }
    HistoryEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = m_actor;
    entry.action = QStringLiteral("sla");
    entry.field = QStringLiteral("policy");
    QStringList summary;
    for (int severity = 1; severity <= 4; ++severity)
        summary.append(QStringLiteral("%1:%2/%3")
                           .arg(severity)
                           .arg(policy.targets(severity).responseMinutes)
                           .arg(policy.targets(severity).resolveMinutes));
    entry.newValue = summary.join(QLatin1Char(' '));
    if (auto status = m_history.append(entry); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    m_sla = policy;
    return {};
}

} // namespace fb
