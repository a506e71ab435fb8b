// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailStore.h"

#include "core/vault/SettingsStore.h"
#include "core/vault/UtcTime.h"
#include "core/vault/Vault.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace fb {

namespace {

QStringList stringList(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

} // namespace

MailStore::MailStore(Vault& vault)
    : m_vault(vault)
{
}

Result<QString> MailStore::subjectTag()
{
    FB_TRY_ASSIGN(auto tag, SettingsStore(m_vault).value(QString::fromLatin1(kSubjectTagKey), QString()));
    const QString clean = tag.trimmed();
    return clean.isEmpty() ? QStringLiteral("FIREBREAK") : clean;
}

Status MailStore::checkSubjectTag(const QString& tag)
{
    const QString clean = tag.trimmed();
    if (clean.isEmpty() || clean.contains(QLatin1Char('[')) || clean.contains(QLatin1Char(']')) ||
        clean.contains(QLatin1Char('#')) || clean.size() > 40)
        return fail(ErrorCode::BadInput,
                    tr("The subject tag must be 1 to 40 characters without '[', ']' or '#', e.g. CERT-XX."),
                    QString::fromLatin1(kSubjectTagKey));
    return {};
}

Status MailStore::setSubjectTag(const QString& tag)
{
    FB_TRY(checkSubjectTag(tag));
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kSubjectTagKey), tag.trimmed());
}

Result<bool> MailStore::quoteOriginal()
{
    FB_TRY_ASSIGN(auto stored, SettingsStore(m_vault).value(QString::fromLatin1(kQuoteOriginalKey)));
    return !stored || *stored != QLatin1String("false");
}

Status MailStore::setQuoteOriginal(bool quote)
{
    return SettingsStore(m_vault).setValue(QString::fromLatin1(kQuoteOriginalKey),
                                           quote ? QStringLiteral("true") : QStringLiteral("false"));
}

Result<std::optional<qint64>> MailStore::ticketOfDuplicate(MailDirection direction, const QString& dedupKey)
{
    FB_TRY_ASSIGN(auto q, m_vault.query("SELECT ticket_id FROM messages WHERE direction = ?1 AND dedup_key = ?2"));
    q.bind(1, directionKey(direction)).bind(2, dedupKey);
    FB_TRY_ASSIGN(auto row, q.next());
    return row ? std::optional<qint64>(q.int64(0)) : std::nullopt;
}

Result<std::optional<qint64>> MailStore::ticketOfMessageIds(const QStringList& ids)
{
    for (const QString& id : ids) {
        if (id.isEmpty())
            continue;
        // "message_id <> ''" lets SQLite use the partial index messages_message_id instead of a table scan.
        FB_TRY_ASSIGN(auto q, m_vault.query("SELECT ticket_id FROM messages WHERE message_id = ?1 AND message_id <> '' "
                                            "ORDER BY id DESC LIMIT 1"));
        q.bind(1, id);
        FB_TRY_ASSIGN(auto row, q.next());
        if (row)
            return std::optional<qint64>(q.int64(0));
    }
    return std::optional<qint64>();
}

Result<std::optional<qint64>> MailStore::liveTicket(qint64 id)
{
    for (int hops = 0; hops < 16; ++hops) {
        FB_TRY_ASSIGN(auto q, m_vault.query("SELECT merged_into FROM tickets WHERE id = ?1"));
        q.bind(1, id);
        FB_TRY_ASSIGN(auto row, q.next());
        if (!row)
            return std::optional<qint64>();
        const auto merged = q.optionalInt64(0);
        if (!merged)
            return std::optional<qint64>(id);
        id = *merged;
    }
    return std::optional<qint64>(id);
}

Result<qint64> MailStore::insert(qint64 ticketId, MailDirection direction, const ParsedMessage& m,
                                 const QString& source, const QDateTime& now)
{
    FB_TRY_ASSIGN(
        auto q,
        m_vault.query(
            "INSERT INTO messages (ticket_id, direction, dedup_key, raw, raw_sha256, message_id, in_reply_to, refs, "
            "from_addr, to_addr, cc_addr, date, subject, body, signature_status, signer_fingerprint, encrypted, "
            "warnings, "
            "abuse_report, source, imported_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"));
    const QString warnings = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(warningTexts(m.warnings))).toJson(QJsonDocument::Compact));
    const QString abuse = m.abuseReport
                              ? QString::fromUtf8(QJsonDocument(m.abuseReport->toJson()).toJson(QJsonDocument::Compact))
                              : QString();
    q.bind(1, ticketId).bind(2, directionKey(direction)).bind(3, m.dedupKey());
    q.bindBlob(4, m.raw.isNull() ? QByteArray("") : m.raw).bindBlob(5, m.rawSha256);
    q.bind(6, m.messageId).bind(7, m.inReplyTo).bind(8, m.references.join(QLatin1Char(' ')));
    q.bind(9, m.from).bind(10, m.to).bind(11, m.cc);
    q.bind(12, m.date.isValid() ? std::optional<qint64>(m.date.toMSecsSinceEpoch()) : std::nullopt);
    q.bind(13, m.subject).bind(14, m.body).bind(15, m.signatureStatus).bind(16, m.signerFingerprint);
    q.bind(17, m.isEncrypted ? 1 : 0).bind(18, warnings).bind(19, abuse).bind(20, source);
    q.bind(21, now.toMSecsSinceEpoch());
    FB_TRY(q.exec());
    const qint64 id = m_vault.lastInsertId();
    // Indexed here, not by a trigger: see SqliteTicketRepository::indexText for why.
    FB_TRY_ASSIGN(auto fts, m_vault.query("INSERT INTO message_fts (docid, subject, body) VALUES (?1, ?2, ?3)"));
    FB_TRY(fts.bind(1, id).bind(2, m.subject).bind(3, m.body).exec());
    int position = 0;
    for (const MailAttachment& a : m.attachments) {
        FB_TRY_ASSIGN(auto insert,
                      m_vault.query("INSERT INTO attachments (message_id, position, name, mime_type, size, sha256, "
                                    "content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        insert.bind(1, id).bind(2, position++).bind(3, a.name).bind(4, a.mimeType).bind(5, a.size());
        insert.bindBlob(6, a.sha256).bindBlob(7, a.content.isNull() ? QByteArray("") : a.content);
        FB_TRY(insert.exec());
    }
    return id;
}

Result<QList<StoredMessage>> MailStore::messagesOf(qint64 ticketId, bool withContent)
{
    return load("ticket_id = ?1", ticketId, withContent);
}

Result<StoredMessage> MailStore::message(qint64 id)
{
    FB_TRY_ASSIGN(auto found, load("id = ?1", id, true));
    if (found.isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no stored message %1.").arg(id));
    return found.takeFirst();
}

Result<QList<StoredMessage>> MailStore::load(const char* where, qint64 key, bool withContent)
{
    // Prepared statements are cached by their text: one per `where`.
    const QByteArray sql =
        QByteArray("SELECT id, ticket_id, direction, source, imported_at, message_id, in_reply_to, refs, from_addr, "
                   "to_addr, cc_addr, date, subject, body, signature_status, signer_fingerprint, encrypted, warnings, "
                   "abuse_report, raw_sha256, CASE WHEN ?2 THEN raw END FROM messages WHERE ") +
        where + " ORDER BY id";
    FB_TRY_ASSIGN(auto q, m_vault.query(sql.constData()));
    q.bind(1, key).bind(2, withContent ? 1 : 0);
    QList<StoredMessage> out;
    FB_TRY(q.forEachRow([&out](const Query& row) {
        StoredMessage s;
        s.id = row.int64(0);
        s.ticketId = row.int64(1);
        s.direction = row.text(2) == QLatin1String("out") ? MailDirection::Out : MailDirection::In;
        s.source = row.text(3);
        s.importedAt = utcTimeOf(row, 4);
        ParsedMessage& m = s.message;
        m.messageId = row.text(5);
        m.inReplyTo = row.text(6);
        m.references = row.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m.from = row.text(8);
        m.to = row.text(9);
        m.cc = row.text(10);
        m.date = utcTimeOf(row, 11);
        m.subject = row.text(12);
        m.body = row.text(13);
        m.signatureStatus = row.text(14);
        // The parser marks every signed message with a status other than "not-signed".
        m.isSigned = !m.signatureStatus.isEmpty() && m.signatureStatus != QLatin1String("not-signed");
        m.signerFingerprint = row.text(15);
        m.isEncrypted = row.int64(16) != 0;
        for (const QString& text : stringList(row.text(17)))
            m.warnings.append(MailWarning::stored(text));
        s.abuseReportJson = row.text(18);
        m.rawSha256 = row.blob(19);
        m.raw = row.blob(20);
        out.append(std::move(s));
    }));
    if (!withContent)
        return out;
    for (StoredMessage& s : out) {
        FB_TRY_ASSIGN(
            auto a,
            m_vault.query(
                "SELECT name, mime_type, sha256, content FROM attachments WHERE message_id = ?1 ORDER BY position"));
        a.bind(1, s.id);
        FB_TRY(a.forEachRow([&s](const Query& row) {
            s.message.attachments.append({row.text(0), row.text(1), row.blob(3), row.blob(2)});
        }));
    }
    return out;
}

Result<bool> MailStore::quarantine(const QString& source, const QString& position, const QString& reason,
                                   const QByteArray& raw, const QDateTime& now)
{
    FB_TRY_ASSIGN(auto q,
                  m_vault.query("INSERT OR IGNORE INTO mail_quarantine (source, position, reason, raw, raw_sha256, at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    // The same bytes from another place are still the same case: the digest covers where, too.
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(source.toUtf8());
    digest.addData(QByteArray(1, '\0'));
    digest.addData(position.toUtf8());
    digest.addData(QByteArray(1, '\0'));
    digest.addData(raw);
    q.bind(1, source).bind(2, position).bind(3, reason).bindBlob(4, raw.isNull() ? QByteArray("") : raw);
    q.bindBlob(5, digest.result()).bind(6, now.toMSecsSinceEpoch());
    FB_TRY(q.exec());
    return m_vault.changes() > 0;
}

Result<QList<QuarantineEntry>> MailStore::quarantineList()
{
    FB_TRY_ASSIGN(
        auto q, m_vault.query("SELECT id, source, position, reason, length(raw), at FROM mail_quarantine ORDER BY id"));
    QList<QuarantineEntry> out;
    FB_TRY(q.forEachRow([&out](const Query& row) {
        out.append({row.int64(0), row.text(1), row.text(2), row.text(3), row.int64(4), {}, utcTimeOf(row, 5)});
    }));
    return out;
}

Result<QuarantineEntry> MailStore::quarantineEntry(qint64 id)
{
    FB_TRY_ASSIGN(auto q,
                  m_vault.query("SELECT id, source, position, reason, length(raw), raw, at FROM mail_quarantine "
                                "WHERE id = ?1"));
    q.bind(1, id);
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return fail(ErrorCode::NotFound, tr("There is no quarantined message %1.").arg(id));
    return QuarantineEntry{q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.blob(5), utcTimeOf(q, 6)};
}

} // namespace fb
