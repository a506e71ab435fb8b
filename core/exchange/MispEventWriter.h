// SPDX-License-Identifier: GPL-3.0-or-later
// MispEventWriter: a ticket as a MISP event (MISP core format, JSON): info, uuid, date, threat level from severity,
// analysis from state, distribution, the TLP and RSIT machine tags, its observables as attributes and an "rtir"
// object with the ticket's number, classification, constituency, queue and status. A pure function of its input.
#pragma once

#include "core/exchange/MispTypes.h"
#include "core/tickets/Ticket.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace fb {

struct MispExportInput
{
    Ticket ticket;                  // the ticket the event is made from
    QUuid uuid;                     // the event's UUID: the ticket's stable one
    TlpLevel tlp = TlpLevel::Amber; // the event's label: the most restrictive of the tickets its content came from
    QList<Observable> observables;  // the ticket's and its children's, each once
    MispAddressRole addresses = MispAddressRole::Source;
    int distribution = 0; // MISP: 0 your organisation only ... 3 all communities
    QDateTime now;        // the event's and attributes' timestamp
};

class MispEventWriter
{
public:
    MispEventWriter() = delete;

    // {"Event": {...}}, indented UTF-8 JSON.
    static QByteArray write(const MispExportInput& input);
    static QJsonObject event(const MispExportInput& input);

    // MISP threat_level_id (1 high, 2 medium, 3 low) from severity (1 critical ... 4 low).
    static int threatLevel(int severity);
    // MISP analysis (0 initial, 1 ongoing, 2 completed) from a ticket's kind and state: closed is completed, a
    // report still "new" initial, anything else ongoing.
    static int analysis(TicketKind kind, const QString& state);
    // The RTIR queue of a ticket kind, as the rtir object template suggests them: "incident reports", "incident",
    // "investigations", "blocks".
    static QString queue(TicketKind kind);
};

} // namespace fb
