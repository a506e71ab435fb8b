// SPDX-License-Identifier: GPL-3.0-or-later
// MailReply: how a reply to a ticket starts, the same for the GUI composer and `mail compose --kind reply`: the
// message it answers (the one asked for, else the newest received one), whom it goes to (that message's sender,
// else the ticket's reporter) and by which name, the greeting, and the answered text quoted below ours.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/mail/MailStore.h"
#include "core/tickets/Ticket.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

class Vault;

struct ReplyStart
{
    std::optional<StoredMessage> original; // the answered message; none when nothing was received on the ticket
    QString to; // where answers go: the received original's Reply-To, else its sender ("Jane Doe <jane@example.org>"),
                // else the reporter; empty: none of them
    QString displayName; // the recipient's name as the directory or the address gives it; empty when unknown
};

class MailReply
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailReply)

public:
    MailReply(Vault& vault, const Clock& clock);

    // The start of a reply on ticket: replyTo names the stored message to answer (NotFound when the ticket has no
    // such message), else the newest received message is answered.
    Result<ReplyStart> start(const Ticket& ticket, std::optional<qint64> replyTo = std::nullopt);
    // The name to greet address by: a person the directory knows by that address, else the name in the address
    // (without a trailing "(team)"); empty for a team's own mailbox or a bare unknown address.
    Result<QString> displayName(const QString& address);

    // The bare addresses in a list ("Jane <jane@example.org>, noc@example.net"), lower-case; text that is no
    // address is left out.
    static QStringList addressesOf(const QString& list);
    // The first bare address in text, lower-case; empty when there is none.
    static QString addressOf(const QString& text);
    // "Dear Jane Doe," or, without a name, a neutral greeting.
    static QString greeting(const QString& displayName);
    // "On <date>, <sender> wrote:" and the original's text, each line behind "> " (an empty line behind ">"), its
    // signature ("-- " and below) left out.
    static QString quote(const ParsedMessage& original);
    // Whether mail we send on ticket answers its reporter, which ends the wait for a first response: it replies to
    // a message received on the ticket (receivedIds: their Message-IDs), or it goes to the reporter's address. A
    // notification to another team does not.
    static bool answersReporter(const Ticket& ticket, const ParsedMessage& sent, const QStringList& receivedIds);

private:
    Vault& m_vault;
    const Clock& m_clock;
};

} // namespace fb
