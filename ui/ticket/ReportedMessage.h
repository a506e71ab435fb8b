// SPDX-License-Identifier: GPL-3.0-or-later
// ReportedMessage: the first message a ticket was received with, as a handler reads it — sender, date, subject
// and the text with its quotes folded — and how many more messages the ticket has. Triage and the ticket view
// both show it, so that a report that came by mail is worked on its mail.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fb {

class Vault;

class ReportedMessage
{
    Q_DECLARE_TR_FUNCTIONS(fb::ReportedMessage)

public:
    // HTML (everything from the message escaped) for ticketId's first received message, headed "Reported message";
    // empty when the ticket received none. A store error is returned as a one-line notice in its place.
    static QString html(Vault& vault, qint64 ticketId);
};

} // namespace fb
