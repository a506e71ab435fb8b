// SPDX-License-Identifier: GPL-3.0-or-later
// ReporterReplies: "reply to all reporters" of an incident. The distinct reporters of its Incident Reports (by the
// sender of each report's newest received message, else the report's reporter), one reply each, threaded to and
// stored on that reporter's newest report, through MailReply and MailComposer as any reply is. The TLP gate applies
// per recipient: encrypted where the reporter has a valid key; TLP:RED and TLP:AMBER+STRICT without one refused.
// A reporter can be left out by address.
#pragma once

#include "core/base/Job.h"
#include "core/base/Result.h"
#include "core/crypto/KeyInfo.h"
#include "core/history/ChangeContext.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailKeys.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace fb {

struct ReporterReply
{
    QString address;     // bare, lower-case: what a person leaves out
    QString to;          // as the report's message gives it ("Jane Doe <jane@example.org>"), else the bare address
    QString displayName; // whom the greeting names; empty when unknown
    qint64 reportId = 0; // the reporter's newest report: the reply answers it and is stored there
    std::optional<qint64> inReplyTo; // the stored message answered; none when nothing was received on the report
    QList<qint64> otherReports;      // the reporter's other reports in the incident
    RecipientKey key;
    bool encrypt = false;
    bool refused = false;
    QString refusal;
};

class ReporterReplies
{
    Q_DECLARE_TR_FUNCTIONS(fb::ReporterReplies)

public:
    static constexpr const char* kTemplate = "update-reporters";

    explicit ReporterReplies(const ChangeContext& change);
    // The keys for signing and encrypting; send() needs them when it signs or encrypts. Must outlive this.
    void setKeys(MailKeys* keys) { m_keys = keys; }

    // The distinct reporters of incident `incidentId`'s reports (BadInput for a ticket that is no incident), by
    // address; `keys` is the workspace keyring (KeyringStore::keys()) that decides encryption.
    Result<QList<ReporterReply>> reporters(qint64 incidentId, const QList<KeyInfo>& keys);
    // The text replies start from: the "update-reporters" template's body (placeholders filled per reporter).
    Result<QString> defaultText();
    // One reply per reporter neither refused nor left out (`except`: addresses), text with placeholders filled for
    // each ({greeting}, {reporter}, {ticket} the incident, {title}, {tlp}, {team}) and the answered message quoted
    // below when the workspace quotes. signKey empty: unsigned. Writes nothing. BadInput when nobody is left.
    Result<QList<OutgoingMail>> mails(qint64 incidentId, const QList<ReporterReply>& reporters,
                                      const QStringList& except, const QString& text, const QString& signKey);
    // Composes every reply and stores each on its report as sent mail, in one transaction: all or none.
    Result<QList<ParsedMessage>> send(const QList<OutgoingMail>& mails, JobControl& control);

private:
    ChangeContext m_change;
    MailKeys* m_keys = nullptr;
};

} // namespace fb
