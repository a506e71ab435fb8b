// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeExport: what leaves the workspace when a ticket is exported to another team's tool, whatever the format:
// the ticket, its children's observables (an incident's), the most restrictive label among them, the TLP gate for
// the recipient, and the ticket's stable UUID (made and recorded on first use). Every exchange format exports
// through here.
#pragma once

#include "core/base/Result.h"
#include "core/history/ChangeContext.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace fb {

struct ExchangeRecipient
{
    // The recipient's highest TLP (a team's or a person's from the directory, or as the user says); unset: unknown,
    // so only TLP:CLEAR and TLP:GREEN may go (the rule of Tlp::mayReceive, as for mail).
    std::optional<TlpLevel> clearance;
    QString name; // named in the refusal; empty: "the recipient"
};

struct ExchangeContent
{
    Ticket ticket;
    QList<Observable> observables; // the ticket's and its children's, each once
    TlpLevel tlp = TlpLevel::Amber;
    QUuid uuid;
    QList<qint64> tickets; // the ticket and the children whose observables it carries
};

class ExchangeExport
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExchangeExport)

public:
    explicit ExchangeExport(const ChangeContext& change);

    // Refused (Conflict, nothing written) when the content's label is above the recipient's clearance.
    Result<ExchangeContent> collect(qint64 id, const ExchangeRecipient& recipient);

private:
    ChangeContext m_change;
};

} // namespace fb
