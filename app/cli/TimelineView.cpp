// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TimelineView.h"

#include "app/cli/CliArgs.h"
#include "app/cli/TextTable.h"

#include <QJsonArray>

namespace fb {

QJsonObject TimelineView::toJson(const TimelineEvent& e)
{
    const NewTimelineEvent& v = e.event;
    return QJsonObject{
        {s("id"), e.id},
        {s("ticket"), e.ticketId},
        {s("at"), CliContext::isoUtc(v.occurredAt)},
        {s("end"), CliContext::isoUtc(v.endedAt)},
        {s("what"), v.title},
        {s("description"), v.description},
        {s("source"), v.source},
        {s("raw"), v.raw},
        {s("message"), v.messageId ? QJsonValue(*v.messageId) : QJsonValue()},
        {s("observable"), v.observable ? QJsonValue(QString(observableTypeKey(v.observable->type) + QLatin1Char(':') +
                                                            v.observable->value))
                                       : QJsonValue()},
        {s("created"), CliContext::isoUtc(e.createdAt)},
        {s("createdBy"), e.createdBy},
        {s("updated"), CliContext::isoUtc(e.updatedAt)},
        {s("updatedBy"), e.updatedBy},
    };
}

void TimelineView::printEvents(CliContext& context, const QList<TimelineEvent>& events)
{
    QJsonArray json;
    TextTable table({tr("EVENT"), tr("TIME"), tr("END"), tr("SOURCE"), tr("WHAT")});
    for (const TimelineEvent& e : events) {
        json.append(toJson(e));
        table.addRow({QString::number(e.id), CliContext::localTime(e.event.occurredAt),
                      CliContext::localTime(e.event.endedAt), e.event.source, e.event.title});
    }
    table.setMaxWidth(3, 30);
    table.setMaxWidth(4, 70);
    context.printListing(table, json);
}

} // namespace fb
