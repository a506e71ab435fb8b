// SPDX-License-Identifier: GPL-3.0-or-later
// MailStore: the SQL of core/mail: stored messages and attachments, the quarantine, and the mail settings of the
// workspace (the subject tag, whether replies quote the original).
#pragma once

#include "core/base/Result.h"
#include "core/mail/ParsedMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Vault;

enum class MailDirection { In, Out };

struct StoredMessage
{
    qint64 id = 0;
    qint64 ticketId = 0;
    MailDirection direction = MailDirection::In;
    QString source; // file and position it was imported from; empty for sent messages
    QDateTime importedAt;
    ParsedMessage message;   // raw and attachments only when asked for
    QString abuseReportJson; // compact JSON of the abuse report, empty when none
};

struct QuarantineEntry
{
    qint64 id = 0;
    QString source;
    QString position;
    QString reason;
    qint64 size = 0;
    QByteArray raw; // only from quarantineEntry()
    QDateTime at;
};

class MailStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailStore)

public:
    static constexpr const char* kSubjectTagKey = "mail.subject_tag";
    static constexpr const char* kQuoteOriginalKey = "mail.quote_original";

    explicit MailStore(Vault& vault);

    // The team's tag in subjects, "[<tag> #123]"; "FIREBREAK" unless set.
    Result<QString> subjectTag();
    Status setSubjectTag(const QString& tag);
    // The rule setSubjectTag() applies: BadInput (where: kSubjectTagKey) unless the trimmed tag is 1 to 40
    // characters without '[', ']' or '#'.
    static Status checkSubjectTag(const QString& tag);
    // Whether a reply written in the composer starts with the answered message quoted below it; on unless set off.
    Result<bool> quoteOriginal();
    Status setQuoteOriginal(bool quote);

    // The ticket already holding a message with this dedup key in this direction.
    Result<std::optional<qint64>> ticketOfDuplicate(MailDirection direction, const QString& dedupKey);
    // The ticket of a stored message with one of these Message-IDs, trying them in order (nearest ancestor first).
    Result<std::optional<qint64>> ticketOfMessageIds(const QStringList& ids);
    // The ticket mail for id should go to: id itself, or the report it was merged into; nullopt if none.
    Result<std::optional<qint64>> liveTicket(qint64 id);

    // Stores a message with its attachments; call inside the caller's transaction.
    Result<qint64> insert(qint64 ticketId, MailDirection direction, const ParsedMessage& message, const QString& source,
                          const QDateTime& now);
    Result<QList<StoredMessage>> messagesOf(qint64 ticketId, bool withContent);
    // One stored message with its raw bytes and attachments; NotFound when there is none.
    Result<StoredMessage> message(qint64 id);

    // Keeps input that could not be imported; false when the same bytes are already there.
    Result<bool> quarantine(const QString& source, const QString& position, const QString& reason,
                            const QByteArray& raw, const QDateTime& now);
    Result<QList<QuarantineEntry>> quarantineList();
    Result<QuarantineEntry> quarantineEntry(qint64 id);

    static QString directionKey(MailDirection direction)
    {
        return direction == MailDirection::In ? QStringLiteral("in") : QStringLiteral("out");
    }

private:
    // The messages matching `where` (one ?1 parameter: key), oldest first.
    Result<QList<StoredMessage>> load(const char* where, qint64 key, bool withContent);

    Vault& m_vault;
};

} // namespace fb
