// SPDX-License-Identifier: GPL-3.0-or-later
// MailView: how firebreak-cli shows stored messages: one message whole (headers, decoded text, attachments,
// signature and encryption as the GUI's correspondence tab words them) and a ticket's correspondence as a list.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/VerificationResult.h"
#include "core/mail/MailStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace fb {

class CliContext;
class Vault;

// Messages and what their signatures say now, checked against the workspace keyring as the GUI does.
struct Correspondence
{
    QList<StoredMessage> messages;
    QHash<qint64, VerificationResult> signatures; // by message id; signed messages only
    QString checkError;                           // why the signatures could not be checked; empty when they were
};

class MailView
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailView)

public:
    // Checks the signatures of the messages (which must carry their content); a failed check is kept in
    // checkError, not returned: the messages are still worth showing.
    static Correspondence verify(Vault& vault, const Clock& clock, QList<StoredMessage> messages);

    // The signature as the GUI's badge has it: status key, short word, sentence, guidance, signer.
    static QJsonObject signatureJson(const Correspondence& c, const StoredMessage& m);
    // One line of a ticket's correspondence (id, date, direction, from, subject, signature, encrypted).
    static QJsonObject summaryJson(const Correspondence& c, const StoredMessage& m);
    static QJsonArray summaryJson(const Correspondence& c);
    // The whole message: headers, decoded text, attachments (index, name, type, size, SHA-256), signature.
    static QJsonObject messageJson(const Correspondence& c, const StoredMessage& m);

    // The correspondence as a table (nothing when there are no messages).
    static void printList(CliContext& context, const Correspondence& c);
    static void printMessage(CliContext& context, const Correspondence& c, const StoredMessage& m);

    // "in" / "out", with ", encrypted" for encrypted mail, as the GUI's In/Out column.
    static QString directionText(const StoredMessage& m);
    static QString signatureLabel(const Correspondence& c, const StoredMessage& m);
};

} // namespace fb
