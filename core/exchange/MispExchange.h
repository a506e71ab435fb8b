// SPDX-License-Identifier: GPL-3.0-or-later
// MispExchange: incidents out as MISP events and MISP events in as incidents, the one service both front ends call.
// Export gives the ticket its stable UUID on first use and refuses content above the recipient's TLP clearance;
// import is one change, all or nothing, with its history rows, and recognises an event it has seen before.
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/MispEventReader.h"
#include "core/exchange/MispTypes.h"
#include "core/history/ChangeContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace fb {

struct MispExportOptions
{
    // The recipient's highest TLP (a team's or a person's from the directory, or as the user says); unset: unknown,
    // so only TLP:CLEAR and TLP:GREEN may go (the rule of Tlp::mayReceive, as for mail).
    std::optional<TlpLevel> clearance;
    QString recipientName; // named in the refusal; empty: "the recipient"
    MispAddressRole addresses = MispAddressRole::Source;
    int distribution = 0; // 0..3 (MISP: your organisation only, this community, connected communities, all)
};

struct MispExportResult
{
    QByteArray json;
    QUuid uuid;
    TlpLevel tlp = TlpLevel::Amber;
    int attributes = 0;
    QList<qint64> tickets; // the ticket and the children whose observables it carries
};

using MispImportOptions = ExchangeImportOptions;
using MispImportReport = ExchangeImportReport;

class MispExchange
{
    Q_DECLARE_TR_FUNCTIONS(fb::MispExchange)

public:
    static constexpr const char* kFormat = "misp";

    explicit MispExchange(const ChangeContext& change);

    // Ticket `id` (an incident with its children's observables) as a MISP event. Refused (Conflict, nothing
    // written) when its label is above options.clearance; the ticket's UUID is made and recorded the first time.
    Result<MispExportResult> exportEvent(qint64 id, const MispExportOptions& options);

    // Reads a MISP event and stores it; nothing is stored when it fails.
    Result<MispImportReport> importEvent(const QByteArray& bytes, const MispImportOptions& options);

private:
    ChangeContext m_change;
};

} // namespace fb
