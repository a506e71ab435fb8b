// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket: one Incident Report, Incident, Investigation or Countermeasure as stored.
#pragma once

#include "core/taxonomy/Tlp.h"
#include "core/observables/Observable.h"
#include "core/tickets/TicketKind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

struct Ticket
{
    qint64 id = 0;
    TicketKind kind = TicketKind::Report;
    QString state;
    QString title;
    QString description;
    QString owner;
    TlpLevel tlp = TlpLevel::Amber;
    QString rsitClass;
    QString rsitType;
    int severity = 3; // 1 critical ... 4 low
    QString constituency;
    QString reporter;
    HowReported howReported = HowReported::Email;
    ReporterType reporterType = ReporterType::Other;
    QString resolution;
    QString lessonsLearned;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseAt; // invalid until the first response
    QDateTime closedAt;        // invalid while active
    QDateTime responseDue;
    QDateTime resolveDue;
    std::optional<qint64> mergedInto;
    QStringList tags;              // filled by TicketRepository::get
    QList<Observable> observables; // filled by TicketRepository::get
};

// What a new ticket starts with.
struct NewTicket
{
    TicketKind kind = TicketKind::Report;
    QString title;
    QString description;
    QString owner;
    TlpLevel tlp = TlpLevel::Amber;
    QString rsitClass;
    QString rsitType;
    int severity = 3;
    QString constituency;
    QString reporter;
    HowReported howReported = HowReported::Email;
    ReporterType reporterType = ReporterType::Other;
    QStringList tags;
    QList<Observable> observables;
    // The incident to link to: required for a countermeasure, optional for reports and investigations.
    std::optional<qint64> incidentId;
    // When it happened, for imports and demo data; the clock's now when not given.
    QDateTime createdAt;
};

} // namespace fb
