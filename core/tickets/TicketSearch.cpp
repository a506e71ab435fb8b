// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketSearch.h"

#include "core/tickets/Lifecycle.h"
#include "core/tickets/sqlite/TicketRows.h"
#include "core/vault/Vault.h"

#include <QSet>

namespace fb {

namespace {

constexpr int kMaxPage = 10000;

// Turns the user's words into an FTS4 query of quoted terms, so that no FTS syntax can be injected.
QString ftsExpression(const QString& words)
{
    QStringList terms;
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString part : parts) {
        const bool prefix = part.endsWith(QLatin1Char('*'));
        part.remove(QLatin1Char('"')).remove(QLatin1Char('*'));
        if (part.isEmpty())
            continue;
        terms.append(QLatin1Char('"') + part + (prefix ? QStringLiteral("*") : QString()) + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

struct Where
{
    QStringList clauses;
    QStringList values; // bound in order as ?1, ?2...
};

Where whereFor(const TicketQuery& query)
{
    Where where;
    auto param = [&where](const QString& value) -> QString {
        where.values.append(value);
        return QStringLiteral("?") + QString::number(where.values.size());
    };
    if (query.kind)
        where.clauses.append(QStringLiteral("kind = ") + param(TicketEnums::key(*query.kind)));
    QStringList states = query.states;
    if (query.activeOnly) {
        const QList<TicketKind> kinds = query.kind
                                            ? QList<TicketKind>{*query.kind}
                                            : QList<TicketKind>{TicketKind::Report, TicketKind::Incident,
                                                                TicketKind::Investigation, TicketKind::Countermeasure};
        QStringList active;
        for (TicketKind kind : kinds) {
            const Lifecycle& lifecycle = Lifecycle::of(kind);
            for (const QString& state : lifecycle.states()) {
                if (lifecycle.isActive(state) && !active.contains(state) &&
                    (states.isEmpty() || states.contains(state)))
                    active.append(state);
            }
        }
        states = active.isEmpty() ? QStringList{QStringLiteral("\x01none")} : active;
    }
    if (!states.isEmpty()) {
        QStringList placeholders;
        for (const QString& state : std::as_const(states))
            placeholders.append(param(state));
        where.clauses.append(QStringLiteral("state IN (") + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    if (!query.owner.isEmpty())
        where.clauses.append(QStringLiteral("owner = ") + param(query.owner));
    if (query.tlp)
        where.clauses.append(QStringLiteral("tlp = ") + param(Tlp::key(*query.tlp)));
    if (!query.rsitClass.isEmpty())
        where.clauses.append(QStringLiteral("rsit_class = ") + param(query.rsitClass));
    if (!query.openTaskOwner.isEmpty())
        where.clauses.append(QStringLiteral("id IN (SELECT ticket_id FROM ticket_tasks WHERE owner = ") +
                             param(query.openTaskOwner) + QStringLiteral(" AND state = 'open')"));
    if (!query.includeMerged)
        where.clauses.append(QStringLiteral("merged_into IS NULL"));
    if (query.ids) {
        // Integers we format ourselves, inline: a hit list may be longer than SQLite's 999 parameters.
        QStringList ids;
        ids.reserve(query.ids->size());
        for (qint64 id : std::as_const(*query.ids))
            ids.append(QString::number(id));
        where.clauses.append(ids.isEmpty() ? QStringLiteral("0")
                                           : QStringLiteral("id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')'));
    }
    return where;
}

QString orderBy(const TicketQuery& query)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    switch (query.order) {
    case TicketOrder::Id:
        return QStringLiteral(" ORDER BY id") + direction;
    case TicketOrder::Due:
        return QStringLiteral(" ORDER BY resolve_due") + direction + QStringLiteral(", id");
    case TicketOrder::Created:
        return QStringLiteral(" ORDER BY created_at") + direction + QStringLiteral(", id");
    case TicketOrder::Updated:
        return QStringLiteral(" ORDER BY updated_at") + direction + QStringLiteral(", id");
    case TicketOrder::Severity:
        return QStringLiteral(" ORDER BY severity") + direction + QStringLiteral(", resolve_due, id");
    case TicketOrder::Title:
        return QStringLiteral(" ORDER BY title COLLATE NOCASE") + direction + QStringLiteral(", id");
    case TicketOrder::State:
        return QStringLiteral(" ORDER BY state") + direction + QStringLiteral(", id");
    case TicketOrder::Tlp:
        // From least to most restrictive, as TlpLevel orders them.
        return QStringLiteral(" ORDER BY CASE tlp WHEN 'clear' THEN 0 WHEN 'green' THEN 1 WHEN 'amber' THEN 2 "
                              "WHEN 'amber+strict' THEN 3 ELSE 4 END") +
               direction + QStringLiteral(", id");
    case TicketOrder::RsitClass:
        return QStringLiteral(" ORDER BY rsit_class") + direction + QStringLiteral(", id");
    case TicketOrder::Owner:
        return QStringLiteral(" ORDER BY owner COLLATE NOCASE") + direction + QStringLiteral(", id");
    }
    return {};
}

Result<QList<ObservableHit>> hits(Result<Query>& q)
{
    QList<ObservableHit> found;
    FB_TRY(q->forEachRow([&](const Query& row) {
        if (const auto type = parseObservableType(row.text(1)))
            found.append(ObservableHit{row.int64(0), Observable{*type, row.text(2)}});
    }));
    return found;
}

} // namespace

TicketSearch::TicketSearch(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<Ticket>> TicketSearch::list(const TicketQuery& query)
{
    const Where where = whereFor(query);
    const QByteArray sql =
        (QStringLiteral("SELECT ") + QString::fromLatin1(TicketRows::kColumns) + QStringLiteral(" FROM tickets") +
         (where.clauses.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "))) +
         orderBy(query) +
         QStringLiteral(" LIMIT %1 OFFSET %2").arg(std::clamp(query.limit, 0, kMaxPage)).arg(std::max(query.offset, 0)))
            .toUtf8();
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    for (qsizetype i = 0; i < where.values.size(); ++i)
        q.bind(int(i) + 1, where.values.at(i));
    QList<Ticket> tickets;
    FB_TRY(q.forEachRow([&](const Query& row) { tickets.append(TicketRows::ticketFrom(row)); }));
    return tickets;
}

Result<qint64> TicketSearch::count(const TicketQuery& query)
{
    const Where where = whereFor(query);
    const QByteArray sql =
        (QStringLiteral("SELECT count(*) FROM tickets") +
         (where.clauses.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "))))
            .toUtf8();
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    for (qsizetype i = 0; i < where.values.size(); ++i)
        q.bind(int(i) + 1, where.values.at(i));
    FB_TRY_ASSIGN(auto row, q.next());
    return row ? q.int64(0) : 0;
}

Result<QList<QueueCount>> TicketSearch::queueCounts(const QDateTime& now)
{
    // Active states per kind come from the lifecycles; they are our own keys, inlined as literals.
    const QList<TicketKind> kinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                                  TicketKind::Countermeasure};
    QStringList activeClauses;
    for (TicketKind kind : kinds) {
        const Lifecycle& lifecycle = Lifecycle::of(kind);
        QStringList states;
        for (const QString& state : lifecycle.states()) {
            if (lifecycle.isActive(state))
                states.append(QLatin1Char('\'') + state + QLatin1Char('\''));
        }
        activeClauses.append(QStringLiteral("(kind = '") + TicketEnums::key(kind) + QStringLiteral("' AND state IN (") +
                             states.join(QLatin1Char(',')) + QStringLiteral("))"));
    }
    // Breached exactly as SlaPolicy::status() judges an active ticket.
    const QByteArray sql =
        (QStringLiteral("SELECT kind, count(*), "
                        "sum(CASE WHEN (response_due IS NOT NULL AND first_response_at IS NULL AND ?1 > response_due) "
                        "OR (response_due IS NOT NULL AND first_response_at IS NOT NULL AND first_response_at > "
                        "response_due) OR (resolve_due IS NOT NULL AND ?1 > resolve_due) THEN 1 ELSE 0 END) "
                        "FROM tickets WHERE merged_into IS NULL AND (") +
         activeClauses.join(QStringLiteral(" OR ")) + QStringLiteral(") GROUP BY kind"))
            .toUtf8();
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    q.bind(1, now.toMSecsSinceEpoch());
    QList<QueueCount> counts;
    for (TicketKind kind : kinds)
        counts.append(QueueCount{kind, 0, 0});
    while (true) {
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            return counts;
        if (const auto kind = TicketEnums::parseKind(q.text(0))) {
            const auto index = kinds.indexOf(*kind);
            counts[index].active = q.int64(1);
            counts[index].breached = q.int64(2);
        }
    }
}

Result<QStringList> TicketSearch::owners()
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT DISTINCT owner FROM tickets WHERE owner IS NOT NULL AND owner <> '' "
                                        "ORDER BY owner COLLATE NOCASE"));
    QStringList names;
    FB_TRY(q.forEachRow([&](const Query& row) { names.append(row.text(0)); }));
    return names;
}

Result<QList<qint64>> TicketSearch::fullText(const QString& words, int limit)
{
    const QString expression = ftsExpression(words);
    if (expression.isEmpty())
        return fail(ErrorCode::BadInput, tr("Give at least one word to search for."), QStringLiteral("search"));
    // Mail stored on a ticket (core/mail), the handlers' comments, and the tasks with their notes are searched with
    // the ticket's own text.
    FB_TRY_ASSIGN(
        auto q, m_vault.query("SELECT docid FROM ticket_fts WHERE ticket_fts MATCH ?1 UNION "
                              "SELECT m.ticket_id FROM message_fts JOIN messages m ON m.id = message_fts.docid "
                              "WHERE message_fts MATCH ?1 UNION "
                              "SELECT c.ticket_id FROM comment_fts JOIN ticket_comments c ON c.id = comment_fts.docid "
                              "WHERE comment_fts MATCH ?1 UNION "
                              "SELECT t.ticket_id FROM task_fts JOIN ticket_tasks t ON t.id = task_fts.docid "
                              "WHERE task_fts MATCH ?1 UNION "
                              "SELECT t.ticket_id FROM task_note_fts JOIN task_notes n ON n.id = task_note_fts.docid "
                              "JOIN ticket_tasks t ON t.id = n.task_id WHERE task_note_fts MATCH ?1 "
                              "ORDER BY 1 DESC LIMIT ?2"));
    q.bind(1, expression).bind(2, std::clamp(limit, 0, kMaxPage));
    QList<qint64> ids;
    while (true) {
        auto row = q.next();
        if (!row)
            return fail(
                Error{ErrorCode::BadInput, tr("The search '%1' could not be run.").arg(words), row.error().message});
        if (!*row)
            return ids;
        ids.append(q.int64(0));
    }
}

Result<QList<ObservableHit>> TicketSearch::byObservable(const Observable& observable, int limit)
{
    const int rows = std::clamp(limit, 0, kMaxPage);
    const QString type = observableTypeKey(observable.type);
    if (const auto range = isAddressType(observable.type) ? IpRange::parse(observable.value) : std::nullopt) {
        // Addresses and networks are indexed by range only (ticket_observables_ip).
        FB_TRY_ASSIGN(auto q,
                      m_vault.query("SELECT ticket_id FROM ticket_observables WHERE ip_low IS NOT NULL AND ip_low = ?1 "
                                    "AND ip_high = ?2 AND address_type = ?3 ORDER BY ticket_id LIMIT ?4"));
        q.bindBlob(1, range->low()).bindBlob(2, range->high()).bind(3, type).bind(4, rows);
        QList<ObservableHit> found;
        FB_TRY(q.forEachRow([&](const Query& row) { found.append(ObservableHit{row.int64(0), observable}); }));
        return found;
    }
    auto q = m_vault.query("SELECT t.ticket_id, v.type, v.value FROM observable_values v "
                           "JOIN ticket_observables t ON t.value_id = v.id "
                           "WHERE v.type = ?1 AND v.value = ?2 AND t.ip_low IS NULL ORDER BY t.ticket_id LIMIT ?3");
    if (!q)
        return fail(q.error());
    q->bind(1, type).bind(2, observable.value).bind(3, rows);
    return hits(q);
}

Result<QList<ObservableHit>> TicketSearch::inRange(const IpRange& range, int limit)
{
    // One range scan over ticket_observables_ip, which holds everything returned: candidates whose start lies
    // inside the network, already in (ip_low, ticket) order, so LIMIT stops the scan early. The value's
    // text is rebuilt from type and range, as normalise() wrote it.
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT ticket_id, address_type, ip_low, ip_high FROM ticket_observables "
                                        "WHERE ip_low IS NOT NULL AND ip_low >= ?1 AND ip_low <= ?2 AND ip_high <= ?2 "
                                        "ORDER BY ip_low, ticket_id LIMIT ?3"));
    q.bindBlob(1, range.low()).bindBlob(2, range.high()).bind(3, std::clamp(limit, 0, kMaxPage));
    QList<ObservableHit> found;
    FB_TRY(q.forEachRow([&](const Query& row) {
        const auto type = parseObservableType(row.text(1));
        const auto stored = IpRange::fromLowHigh(row.blob(2), row.blob(3));
        if (type && stored)
            found.append(ObservableHit{row.int64(0), Observable{*type, Observables::addressValue(*type, *stored)}});
    }));
    return found;
}

Result<QList<ObservableHit>> TicketSearch::byValue(const QString& value, int limit)
{
    FB_TRY_ASSIGN(auto observable, Observables::fromUserInput(value));
    if (isAddressType(observable.type)) {
        if (const auto range = IpRange::parse(observable.value))
            return inRange(*range, limit);
    }
    return byObservable(observable, limit);
}

Result<TicketQuery> TicketSearch::resolve(const TicketSearchQuery& search, TicketQuery base, int hitLimit)
{
    search.narrow(base);
    if (!search.needsHits())
        return base;
    std::optional<QSet<qint64>> ids;
    auto intersect = [&ids](const QSet<qint64>& found) {
        if (ids)
            ids->intersect(found);
        else
            ids = found;
    };
    if (!search.freeText.isEmpty()) {
        FB_TRY_ASSIGN(auto found, fullText(search.freeText, hitLimit));
        intersect(QSet<qint64>(found.cbegin(), found.cend()));
    }
    for (const Observable& observable : search.observables) {
        const bool address = isAddressType(observable.type);
        const auto range = address ? IpRange::parse(observable.value) : std::nullopt;
        FB_TRY_ASSIGN(auto found, range ? inRange(*range, hitLimit) : byObservable(observable, hitLimit));
        QSet<qint64> ticketIds;
        for (const ObservableHit& hit : std::as_const(found))
            ticketIds.insert(hit.ticketId);
        intersect(ticketIds);
    }
    QList<qint64> sorted(ids->cbegin(), ids->cend());
    std::sort(sorted.begin(), sorted.end());
    base.ids = sorted;
    return base;
}

} // namespace fb
