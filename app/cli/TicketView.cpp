// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TicketView.h"

#include "app/cli/CliContext.h"
#include "app/cli/TaskView.h"
#include "app/cli/TextTable.h"
#include "core/history/HistoryPhrasing.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TaskStore.h"

namespace fb {

namespace {

constexpr int kTitleWidth = 60;

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QString idText(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QLatin1Char('#') + QString::number(id));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString TicketView::rsitText(const Ticket& ticket)
{
    if (ticket.rsitClass.isEmpty())
        return {};
    if (ticket.rsitType.isEmpty())
        return ticket.rsitClass;
    return ticket.rsitClass + QLatin1Char('/') + ticket.rsitType;
}

SlaStatus TicketView::slaStatus(const Ticket& ticket, const QDateTime& now)
{
    return SlaPolicy::status(ticket, Lifecycle::of(ticket.kind).isActive(ticket.state), now);
}

QJsonObject TicketView::toJson(const Ticket& ticket, const QDateTime& now, bool full)
{
    QJsonObject object{
        {QStringLiteral("id"), ticket.id},
        {QStringLiteral("kind"), TicketEnums::key(ticket.kind)},
        {QStringLiteral("state"), ticket.state},
        {QStringLiteral("active"), Lifecycle::of(ticket.kind).isActive(ticket.state)},
        {QStringLiteral("title"), ticket.title},
        {QStringLiteral("description"), ticket.description},
        {QStringLiteral("owner"), ticket.owner},
        {QStringLiteral("tlp"), Tlp::key(ticket.tlp)},
        {QStringLiteral("rsit"), rsitText(ticket)},
        {QStringLiteral("severity"), ticket.severity},
        {QStringLiteral("constituency"), ticket.constituency},
        {QStringLiteral("reporter"), ticket.reporter},
        {QStringLiteral("howReported"), TicketEnums::key(ticket.howReported)},
        {QStringLiteral("reporterType"), TicketEnums::key(ticket.reporterType)},
        {QStringLiteral("resolution"), ticket.resolution},
        {QStringLiteral("lessonsLearned"), ticket.lessonsLearned},
        {QStringLiteral("createdAt"), CliContext::isoUtc(ticket.createdAt)},
        {QStringLiteral("updatedAt"), CliContext::isoUtc(ticket.updatedAt)},
        {QStringLiteral("firstResponseAt"), CliContext::isoUtc(ticket.firstResponseAt)},
        {QStringLiteral("closedAt"), CliContext::isoUtc(ticket.closedAt)},
        {QStringLiteral("responseDue"), CliContext::isoUtc(ticket.responseDue)},
        {QStringLiteral("resolveDue"), CliContext::isoUtc(ticket.resolveDue)},
        {QStringLiteral("sla"), SlaPolicy::statusKey(slaStatus(ticket, now))},
        {QStringLiteral("mergedInto"), ticket.mergedInto ? QJsonValue(*ticket.mergedInto) : QJsonValue()},
    };
    if (full) {
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(ticket.tags));
        QJsonArray observables;
        for (const Observable& observable : ticket.observables)
            observables.append(QJsonObject{{QStringLiteral("type"), observableTypeKey(observable.type)},
                                           {QStringLiteral("value"), observable.value}});
        object.insert(QStringLiteral("observables"), observables);
    }
    return object;
}

QJsonObject TicketView::toJson(const HistoryEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("ticket"), entry.ticketId ? QJsonValue(*entry.ticketId) : QJsonValue()},
        {QStringLiteral("at"), CliContext::isoUtc(entry.at)},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("field"), entry.field},
        {QStringLiteral("oldValue"), optionalText(entry.oldValue)},
        {QStringLiteral("newValue"), optionalText(entry.newValue)},
    };
}

void TicketView::printList(CliContext& context, const QList<Ticket>& tickets)
{
    const QDateTime now = context.clock().nowUtc();
    if (context.json()) {
        QJsonArray array;
        for (const Ticket& ticket : tickets)
            array.append(toJson(ticket, now, false));
        context.printJson(array);
        return;
    }
    TextTable table({tr("ID"), tr("KIND"), tr("STATE"), tr("SEV"), tr("TLP"), tr("RSIT"), tr("OWNER"), tr("DUE"),
                     tr("SLA"), tr("TITLE")});
    table.setMaxWidth(5, 32);
    table.setMaxWidth(9, kTitleWidth);
    for (const Ticket& ticket : tickets) {
        QString title = ticket.title;
        if (ticket.mergedInto)
            title = tr("[merged into #%1] %2").arg(*ticket.mergedInto).arg(title);
        table.addRow({QString::number(ticket.id), TicketEnums::key(ticket.kind), ticket.state,
                      TicketEnums::severityName(ticket.severity), Tlp::label(ticket.tlp), rsitText(ticket),
                      ticket.owner, CliContext::localTime(ticket.resolveDue),
                      SlaPolicy::statusName(slaStatus(ticket, now)), title});
    }
    if (tickets.isEmpty()) {
        context.out() << tr("No tickets.") << QLatin1Char('\n');
        return;
    }
    context.out() << table.toString();
}

void TicketView::printHistory(CliContext& context, const QList<HistoryEntry>& history)
{
    if (context.json()) {
        QJsonArray array;
        for (const HistoryEntry& entry : history)
            array.append(toJson(entry));
        context.printJson(array);
        return;
    }
    // The action key stays for grep; the change is the sentence the GUI shows (the stored values are in --json).
    TextTable table({tr("ROW"), tr("AT"), tr("ACTOR"), tr("ACTION"), tr("CHANGE")});
    table.setMaxWidth(4, 100);
    for (const HistoryEntry& entry : history)
        table.addRow({QString::number(entry.id), CliContext::localTime(entry.at), entry.actor, entry.action,
                      HistoryPhrasing::sentence(entry)});
    context.out() << table.toString();
}

void TicketView::printDetails(CliContext& context, const TicketDetails& details)
{
    const Ticket& t = details.ticket;
    const QDateTime now = context.clock().nowUtc();
    if (context.json()) {
        QJsonObject object = toJson(t, now, true);
        object.insert(QStringLiteral("incidents"), idArray(details.incidents));
        object.insert(QStringLiteral("children"), idArray(details.children));
        QJsonArray history;
        for (const HistoryEntry& entry : details.history)
            history.append(toJson(entry));
        object.insert(QStringLiteral("history"), history);
        QJsonArray comments;
        for (const TicketComment& comment : details.comments)
            comments.append(QJsonObject{{QStringLiteral("id"), comment.id},
                                        {QStringLiteral("author"), comment.author},
                                        {QStringLiteral("at"), comment.at.toString(Qt::ISODateWithMs)},
                                        {QStringLiteral("body"), comment.body}});
        object.insert(QStringLiteral("comments"), comments);
        QJsonArray tasks;
        for (const TicketTask& task : details.tasks)
            tasks.append(TaskView::toJson(task));
        object.insert(QStringLiteral("tasks"), tasks);
        object.insert(QStringLiteral("correspondence"), MailView::summaryJson(details.correspondence));
        context.printJson(object);
        return;
    }
    QTextStream& out = context.out();
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << QString(label + QLatin1Char(':')).leftJustified(18) << value << QLatin1Char('\n');
    };
    out << QStringLiteral("#%1 %2\n").arg(t.id).arg(t.title);
    line(tr("Kind"), TicketEnums::displayName(t.kind));
    line(tr("State"), Lifecycle::displayState(t.state));
    if (t.mergedInto)
        line(tr("Merged into"), QLatin1Char('#') + QString::number(*t.mergedInto));
    line(tr("Severity"), QStringLiteral("%1 (%2)").arg(TicketEnums::severityName(t.severity)).arg(t.severity));
    line(tr("TLP"), Tlp::label(t.tlp));
    line(tr("RSIT"), rsitText(t));
    line(tr("Owner"), t.owner);
    line(tr("Constituency"), t.constituency);
    line(tr("Reporter"), t.reporter);
    line(tr("Reported by"), TicketEnums::displayName(t.howReported));
    line(tr("Reporter type"), TicketEnums::displayName(t.reporterType));
    line(tr("Created"), CliContext::localTime(t.createdAt));
    line(tr("Updated"), CliContext::localTime(t.updatedAt));
    line(tr("First response"), CliContext::localTime(t.firstResponseAt));
    line(tr("Response due"), CliContext::localTime(t.responseDue));
    line(tr("Resolve due"), CliContext::localTime(t.resolveDue));
    line(tr("Closed"), CliContext::localTime(t.closedAt));
    line(tr("SLA"), SlaPolicy::statusName(slaStatus(t, now)));
    line(tr("Tags"), t.tags.join(QStringLiteral(", ")));
    line(tr("Incidents"), idText(details.incidents));
    line(tr("Children"), idText(details.children));
    line(tr("Resolution"), t.resolution);
    line(tr("Lessons learned"), t.lessonsLearned);
    if (!t.description.isEmpty())
        out << QLatin1Char('\n') << tr("Description:") << QLatin1Char('\n') << t.description << QLatin1Char('\n');
    if (!t.observables.isEmpty()) {
        out << QLatin1Char('\n') << tr("Observables:") << QLatin1Char('\n');
        for (const Observable& observable : t.observables)
            out << QStringLiteral("  ") << observableTypeKey(observable.type).leftJustified(8) << observable.value
                << QLatin1Char('\n');
    }
    if (!details.tasks.isEmpty()) {
        //: A ticket's tasks, followed by how far they are: "Tasks (3 of 7 done):".
        out << QLatin1Char('\n') << tr("Tasks (%1):").arg(TaskView::progress(details.tasks)) << QLatin1Char('\n');
        for (const TicketTask& task : details.tasks) {
            QStringList facts{TaskStore::stateName(task.state)};
            if (!task.owner.isEmpty())
                facts.append(task.owner);
            if (task.due.isValid())
                facts.append(tr("due %1").arg(CliContext::localTime(task.due)));
            out << QStringLiteral("  ") << QString::number(task.id).rightJustified(4) << QStringLiteral("  ")
                << task.title << QStringLiteral(" (") << facts.join(QStringLiteral(", ")) << QStringLiteral(")\n");
        }
    }
    if (!details.comments.isEmpty()) {
        out << QLatin1Char('\n') << tr("Comments:") << QLatin1Char('\n');
        for (const TicketComment& comment : details.comments) {
            out << QStringLiteral("  ") << tr("%1, %2:").arg(CliContext::localTime(comment.at), comment.author)
                << QLatin1Char('\n');
            for (const QString& text : comment.body.split(QLatin1Char('\n')))
                out << QStringLiteral("    ") << text << QLatin1Char('\n');
        }
    }
    if (!details.correspondence.messages.isEmpty()) {
        out << QLatin1Char('\n') << tr("Correspondence:") << QLatin1Char('\n');
        out.flush();
        MailView::printList(context, details.correspondence);
    }
    if (!details.history.isEmpty()) {
        out << QLatin1Char('\n') << tr("History:") << QLatin1Char('\n');
        out.flush();
        printHistory(context, details.history);
    }
}

} // namespace fb
