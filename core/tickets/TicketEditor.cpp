// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/TicketEditor.h"

#include "core/taxonomy/Rsit.h"
#include "core/tickets/SlaPolicyStore.h"
#include "core/tickets/TaskStore.h"
#include "core/tickets/TicketRepository.h"
#include "core/tickets/TicketTime.h"

namespace fb {

namespace {

constexpr qsizetype kMaxTitleLength = 1000;

} // namespace

TicketEditor::TicketEditor(TicketRepository& tickets, SlaPolicyStore& sla, TaskStore& tasks)
    : m_tickets(tickets)
    , m_sla(sla)
    , m_tasks(tasks)
{
}

Status TicketEditor::validate(const NewTicket& ticket)
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

QStringList TicketEditor::editableFields()
{
    return {QStringLiteral("title"),         QStringLiteral("description"), QStringLiteral("owner"),
            QStringLiteral("tlp"),           QStringLiteral("rsit"),        QStringLiteral("severity"),
            QStringLiteral("constituency"),  QStringLiteral("reporter"),    QStringLiteral("how-reported"),
            QStringLiteral("reporter-type"), QStringLiteral("resolution"),  QStringLiteral("lessons-learned"),
            QStringLiteral("response-due"),  QStringLiteral("resolve-due")};
}

Status TicketEditor::setField(qint64 id, const QString& field, const QString& rawValue)
{
    FB_TRY_ASSIGN(auto current, m_tickets.getForChange(id));
    const Ticket& t = current;
    const QString value = rawValue.trimmed();
    const QString where = field;

    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    auto set = [&](TicketColumn column, const QString& oldValue, const QString& newValue) -> Status {
        if (oldValue == newValue)
            return {};
        if (auto status = m_tickets.updateText(id, column, newValue); !status)
            return status;
        return m_tickets.record(id, QStringLiteral("set"), field, oldValue, newValue);
    };

    Status status;
    if (field == QLatin1String("title")) {
        if (value.isEmpty() || value.size() > kMaxTitleLength)
            return fail(ErrorCode::BadInput,
                        tr("A ticket needs a title of at most %1 characters.").arg(kMaxTitleLength), where);
        status = set(TicketColumn::Title, t.title, value);
        if (status && t.title != value)
            status = m_tickets.reindexText(id, value, t.description);
    } else if (field == QLatin1String("description")) {
        status = set(TicketColumn::Description, t.description, rawValue);
        if (status && t.description != rawValue)
            status = m_tickets.reindexText(id, t.title, rawValue);
    } else if (field == QLatin1String("owner")) {
        status = set(TicketColumn::Owner, t.owner, value);
    } else if (field == QLatin1String("constituency")) {
        status = set(TicketColumn::Constituency, t.constituency, value);
    } else if (field == QLatin1String("reporter")) {
        status = set(TicketColumn::Reporter, t.reporter, value);
    } else if (field == QLatin1String("resolution")) {
        status = set(TicketColumn::Resolution, t.resolution, rawValue);
    } else if (field == QLatin1String("lessons-learned")) {
        status = set(TicketColumn::LessonsLearned, t.lessonsLearned, rawValue);
    } else if (field == QLatin1String("tlp")) {
        const auto tlp = Tlp::parse(value);
        if (!tlp)
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).").arg(value), where);
        status = set(TicketColumn::Tlp, Tlp::key(t.tlp), Tlp::key(*tlp));
    } else if (field == QLatin1String("rsit")) {
        const QString classKey = value.section(QLatin1Char('/'), 0, 0).trimmed();
        const QString typeKey = value.section(QLatin1Char('/'), 1).trimmed();
        if (!value.isEmpty() && !Rsit::builtin().isValid(classKey, typeKey))
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not a class/type of the Reference Security Incident Taxonomy.").arg(value), where);
        const QString oldValue = t.rsitClass.isEmpty() ? QString() : t.rsitClass + QLatin1Char('/') + t.rsitType;
        const QString newValue = classKey.isEmpty() ? QString() : classKey + QLatin1Char('/') + typeKey;
        if (oldValue != newValue) {
            status = m_tickets.updateText(id, TicketColumn::RsitClass, classKey);
            if (status)
                status = m_tickets.updateText(id, TicketColumn::RsitType, typeKey);
            if (status)
                status = m_tickets.record(id, QStringLiteral("set"), field, oldValue, newValue);
            if (status && !classKey.isEmpty()) {
                Ticket reclassified = t;
                reclassified.rsitClass = classKey;
                reclassified.rsitType = typeKey;
                if (auto added = m_tasks.applyMatching(reclassified, m_tickets.clock().nowUtc()); !added)
                    status = fail(added.error());
            }
        }
    } else if (field == QLatin1String("how-reported")) {
        const auto how = TicketEnums::parseHowReported(value);
        if (!how)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not one of: %2.").arg(value, TicketEnums::howReportedKeys().join(QStringLiteral(", "))),
                where);
        status = set(TicketColumn::HowReported, TicketEnums::key(t.howReported), TicketEnums::key(*how));
    } else if (field == QLatin1String("reporter-type")) {
        const auto type = TicketEnums::parseReporterType(value);
        if (!type)
            return fail(
                ErrorCode::BadInput,
                tr("'%1' is not one of: %2.").arg(value, TicketEnums::reporterTypeKeys().join(QStringLiteral(", "))),
                where);
        status = set(TicketColumn::ReporterType, TicketEnums::key(t.reporterType), TicketEnums::key(*type));
    } else if (field == QLatin1String("severity")) {
        const auto severity = TicketEnums::parseSeverity(value);
        if (!severity)
            return fail(ErrorCode::BadInput,
                        tr("Severity must be 1 to 4 or critical, high, medium, low; not '%1'.").arg(value), where);
        status = set(TicketColumn::Severity, QString::number(t.severity), QString::number(*severity));
        // The SLA follows the severity: due dates are recomputed from the creation time.
        if (status && *severity != t.severity)
            status = m_sla.setDueDates(t, *severity);
    } else if (field == QLatin1String("response-due") || field == QLatin1String("resolve-due")) {
        const QDateTime due = QDateTime::fromString(value, Qt::ISODate);
        if (!due.isValid())
            return fail(ErrorCode::BadInput,
                        tr("'%1' is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).").arg(value), where);
        const bool response = field == QLatin1String("response-due");
        const QDateTime old = response ? t.responseDue : t.resolveDue;
        if (old != due) {
            status = m_tickets.updateDue(id, response, due);
            if (status)
                status = m_tickets.record(id, QStringLiteral("set"), field, isoOrEmpty(old), isoOrEmpty(due.toUTC()));
        }
    } else {
        return fail(ErrorCode::Usage,
                    tr("'%1' is not a field that can be set; fields: %2.")
                        .arg(field, editableFields().join(QStringLiteral(", "))),
                    where);
    }
    if (!status)
        return status;
    return change->commit();
}

} // namespace fb
