// SPDX-License-Identifier: GPL-3.0-or-later
// IodefWriter: a ticket as an IODEF v2 document (RFC 7970), written with libxml2: IncidentID (our team, the ticket
// number), purpose, status, restriction from the TLP, times, description, assessment, the creator and reporter
// contacts, the observables as EventData Flow Systems (addresses, domains, URLs, e-mail, AS numbers), hashes as
// IndicatorData, CVEs as Method References, and the UUID, RSIT class/type, severity and constituency as
// AdditionalData. A pure function of its input.
#pragma once

#include "core/exchange/MispTypes.h"
#include "core/tickets/Ticket.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace fb {

enum class IodefPurpose { Reporting, Mitigation };

struct IodefExportInput
{
    Ticket ticket;
    QUuid uuid;                     // the ticket's stable UUID
    TlpLevel tlp = TlpLevel::Amber; // the most restrictive of the tickets the content came from
    QList<Observable> observables;  // the ticket's and its children's, each once
    QString teamName;               // IncidentID name and the creator contact; never empty
    QString teamEmail;              // the creator contact's address; may be empty
    IodefPurpose purpose = IodefPurpose::Reporting;
    ExchangeAddressRole addresses = ExchangeAddressRole::Source; // System category: source or target
    QDateTime now;                                               // GenerationTime
};

class IodefWriter
{
public:
    IodefWriter() = delete;

    // AdditionalData meanings Firebreak writes and reads.
    static constexpr const char* kUuidMeaning = "uuid";
    static constexpr const char* kRsitMeaning = "rsit";
    static constexpr const char* kSeverityMeaning = "severity";
    static constexpr const char* kConstituencyMeaning = "constituency";

    // Indented UTF-8 XML.
    static QByteArray write(const IodefExportInput& input);
    // The Incident status of a ticket: new, in-progress or resolved (as MISP's analysis).
    static QString status(TicketKind kind, const QString& state);
};

} // namespace fb
