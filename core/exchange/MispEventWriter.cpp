// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispEventWriter.h"

#include "core/exchange/ExchangeStore.h"
#include "core/taxonomy/Rsit.h"
#include "core/tickets/Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// The UUID of a part of the event, derived from the event's, so that exporting again gives the same UUIDs and MISP
// updates the attributes instead of adding them twice.
QString partUuid(const QUuid& event, const QString& name)
{
    return ExchangeStore::text(QUuid::createUuidV5(event, name));
}

// rtir object template (misp-objects objects/rtir/definition.json).
constexpr const char* kRtirTemplateUuid = "7534ee19-0a1f-4f46-a197-e6e73e457943";
constexpr const char* kRtirTemplateVersion = "2";

} // namespace

int MispEventWriter::threatLevel(int severity)
{
    if (severity <= 2)
        return 1;
    return severity == 3 ? 2 : 3;
}

int MispEventWriter::analysis(TicketKind kind, const QString& state)
{
    const Lifecycle& lifecycle = Lifecycle::of(kind);
    if (!lifecycle.isActive(state))
        return 2;
    // Initial only while the ticket waits in a first state of several active ones (a report that is "new"); an
    // incident is open, being worked, from the start.
    qsizetype active = 0;
    for (const QString& each : lifecycle.states())
        active += lifecycle.isActive(each) ? 1 : 0;
    return state == lifecycle.initialState() && active > 1 ? 0 : 1;
}

QString MispEventWriter::queue(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Report:
        return s("incident reports");
    case TicketKind::Incident:
        return s("incident");
    case TicketKind::Investigation:
        return s("investigations");
    case TicketKind::Countermeasure:
        return s("blocks");
    }
    return {};
}

QJsonObject MispEventWriter::event(const MispExportInput& input)
{
    const Ticket& t = input.ticket;
    const QString timestamp = QString::number(input.now.toSecsSinceEpoch());

    QJsonArray attributes;
    for (const Observable& o : input.observables) {
        const MispAttributeType type = MispTypes::forObservable(o.type, input.addresses);
        attributes.append(QJsonObject{
            {s("uuid"), partUuid(input.uuid, type.type + QLatin1Char('|') + o.value)},
            {s("type"), type.type},
            {s("category"), type.category},
            {s("value"), o.value},
            {s("to_ids"), type.toIds},
            {s("distribution"), s("5")}, // as the event
            {s("timestamp"), timestamp},
            {s("disable_correlation"), false},
        });
    }

    QJsonArray tags{QJsonObject{{s("name"), Tlp::machineTag(input.tlp)}}};
    const QString rsitTag = Rsit::builtin().machineTag(t.rsitClass, t.rsitType);
    if (!t.rsitClass.isEmpty() && !rsitTag.isEmpty())
        tags.append(QJsonObject{{s("name"), rsitTag}});

    QJsonArray rtirAttributes;
    auto rtir = [&](const char* relation, const QString& value, bool disableCorrelation) {
        if (value.isEmpty())
            return;
        rtirAttributes.append(QJsonObject{
            {s("uuid"), partUuid(input.uuid, s("rtir|") + s(relation))},
            {s("object_relation"), s(relation)},
            {s("type"), s("text")},
            {s("category"), s("Other")},
            {s("value"), value},
            {s("to_ids"), false},
            {s("distribution"), s("5")},
            {s("timestamp"), timestamp},
            {s("disable_correlation"), disableCorrelation},
        });
    };
    rtir("ticket-number", QString::number(t.id), true);
    rtir("subject", t.title, true);
    if (!t.rsitClass.isEmpty())
        rtir("classification", rsitTag, false);
    rtir("constituency", t.constituency, false);
    rtir("queue", queue(t.kind), true);
    rtir("status", t.state, true);
    const QJsonObject rtirObject{
        {s("uuid"), partUuid(input.uuid, s("rtir"))},
        {s("name"), s("rtir")},
        {s("meta-category"), s("misc")},
        {s("description"), s("RTIR - Request Tracker for Incident Response")},
        {s("template_uuid"), s(kRtirTemplateUuid)},
        {s("template_version"), s(kRtirTemplateVersion)},
        {s("distribution"), s("5")},
        {s("timestamp"), timestamp},
        {s("Attribute"), rtirAttributes},
    };

    return QJsonObject{
        {s("uuid"), ExchangeStore::text(input.uuid)},
        {s("info"), t.title},
        {s("date"), t.createdAt.toUTC().date().toString(Qt::ISODate)},
        {s("threat_level_id"), QString::number(threatLevel(t.severity))},
        {s("analysis"), QString::number(analysis(t.kind, t.state))},
        {s("distribution"), QString::number(input.distribution)},
        {s("published"), false},
        {s("timestamp"), timestamp},
        {s("attribute_count"), QString::number(attributes.size())},
        {s("Attribute"), attributes},
        {s("Tag"), tags},
        {s("Object"), QJsonArray{rtirObject}},
    };
}

QByteArray MispEventWriter::write(const MispExportInput& input)
{
    return QJsonDocument(QJsonObject{{s("Event"), event(input)}}).toJson(QJsonDocument::Indented);
}

} // namespace fb
