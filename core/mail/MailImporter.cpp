// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImporter.h"

#include "core/mail/MailCrypto.h"
#include "core/mail/MailStore.h"
#include "core/tickets/ObservableExtractor.h"
#include "core/tickets/TicketStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace fb {

namespace {

constexpr qsizetype kMaxTitle = 1000;
constexpr qsizetype kMaxScannedText = 1024 * 1024; // per text part, for observables

std::optional<qint64> taggedTicket(const QString& subject, const QString& tag)
{
    const QRegularExpression pattern(QStringLiteral("\\[\\s*") + QRegularExpression::escape(tag) +
                                         QStringLiteral("\\s+#(\\d{1,15})\\s*\\]"),
                                     QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QList<Observable> observablesOf(const ParsedMessage& m)
{
    QString text = m.subject + QLatin1Char('\n') + m.body.left(kMaxScannedText);
    for (const MailAttachment& a : m.attachments)
        if (a.isText() && a.mimeType != QLatin1String("message/rfc822"))
            text += QLatin1Char('\n') + QString::fromUtf8(a.content.left(kMaxScannedText));
    QList<Observable> found = ObservableExtractor::extract(text);
    if (m.abuseReport) {
        const AbuseReport& r = *m.abuseReport;
        auto add = [&found](ObservableType type, const QString& value) {
            auto o = Observables::normalise(type, value);
            if (o && !found.contains(*o))
                found.prepend(*o);
        };
        if (!r.sourceIp.isEmpty()) {
            add(ObservableType::Ipv4, r.sourceIp);
            add(ObservableType::Ipv6, r.sourceIp);
        }
        for (const QString& uri : r.reportedUris)
            add(ObservableType::Url, uri);
        if (!r.reportedDomain.isEmpty())
            add(ObservableType::Domain, r.reportedDomain);
    }
    return found;
}

} // namespace

QList<ImportCase> ImportReport::problems() const
{
    QList<ImportCase> out;
    for (const ImportCase& c : cases)
        if (c.outcome == ImportOutcome::Quarantined || !c.notes.isEmpty())
            out.append(c);
    return out;
}

QString ImportReport::outcomeKey(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::Threaded:
        return QStringLiteral("threaded");
    case ImportOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportOutcome::Quarantined:
        return QStringLiteral("quarantined");
    }
    return QStringLiteral("imported");
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportCase& c : problems()) {
        QJsonObject o{{QStringLiteral("source"), QDir::toNativeSeparators(c.source)},
                      {QStringLiteral("outcome"), outcomeKey(c.outcome)},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(c.notes)}};
        if (!c.position.isEmpty())
            o.insert(QStringLiteral("position"), c.position);
        if (c.ticketId)
            o.insert(QStringLiteral("ticket"), c.ticketId);
        list.append(o);
    }
    return {{QStringLiteral("imported"), imported},     {QStringLiteral("threaded"), threaded},
            {QStringLiteral("duplicates"), duplicates}, {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("messages"), total()},      {QStringLiteral("bytes"), bytes},
            {QStringLiteral("cancelled"), cancelled},   {QStringLiteral("cases"), list}};
}

MailImporter::MailImporter(Vault& vault, const Clock& clock, QString actor)
    : m_vault(vault)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<ImportCase> MailImporter::importBytes(const QByteArray& raw, const QString& source)
{
    ReadMessage message;
    message.source = source;
    message.outcome = MessageParser::parse(raw);
    return importOne(std::move(message));
}

Result<ImportReport> MailImporter::importPaths(const QStringList& paths, JobControl& job)
{
    auto files = MailReader::collect(paths);
    if (!files)
        return fail(files.error());
    qint64 totalBytes = 0;
    for (const MailSourceFile& file : std::as_const(*files))
        totalBytes += file.size;

    ImportReport report;
    std::optional<Transaction> batch;
    int inBatch = 0;
    std::optional<Error> failure;
    qint64 doneBefore = 0;
    auto commitBatch = [&]() -> Status {
        if (!batch)
            return {};
        auto status = batch->commit();
        batch.reset();
        inBatch = 0;
        return status;
    };
    job.setProgress(0, totalBytes, tr("Reading mail"));
    for (const MailSourceFile& file : std::as_const(*files)) {
        if (job.isCancelled()) {
            report.cancelled = true;
            break;
        }
        auto status = MailReader::read(file, [&](ReadMessage&& message) {
            if (job.isCancelled()) {
                report.cancelled = true;
                return false;
            }
            if (!batch) {
                batch.emplace(m_vault);
                if (!batch->status()) {
                    failure = batch->status().error();
                    return false;
                }
            }
            const qint64 end = message.endOffset;
            const qint64 size = message.outcome.message.raw.size();
            auto result = importOne(std::move(message));
            if (!result) {
                failure = result.error();
                return false;
            }
            switch (result->outcome) {
            case ImportOutcome::Imported:
                ++report.imported;
                break;
            case ImportOutcome::Threaded:
                ++report.threaded;
                break;
            case ImportOutcome::Duplicate:
                ++report.duplicates;
                break;
            case ImportOutcome::Quarantined:
                ++report.quarantined;
                break;
            }
            report.bytes += size;
            report.cases.append(std::move(*result));
            if (++inBatch >= kBatchMessages) {
                if (auto committed = commitBatch(); !committed) {
                    failure = committed.error();
                    return false;
                }
            }
            job.setProgress(doneBefore + end, totalBytes, tr("%n message(s) read", nullptr, report.total()));
            return true;
        });
        if (!status) {
            failure = status.error();
        }
        if (failure)
            break;
        doneBefore += file.size;
    }
    if (failure) {
        batch.reset(); // rolls back the unfinished batch; committed batches stay, a re-run completes them
        return fail(*failure);
    }
    if (auto committed = commitBatch(); !committed)
        return fail(committed.error());
    job.setProgress(doneBefore, totalBytes, tr("%n message(s) read", nullptr, report.total()));
    return report;
}

Result<ImportCase> MailImporter::importOne(ReadMessage&& read)
{
    ImportCase c;
    c.source = read.source;
    c.position = read.position;
    ParsedMessage& m = read.outcome.message;
    c.subject = m.subject;
    const QDateTime now = m_clock.nowUtc();
    MailStore mail(m_vault);

    // Each message is its own savepoint inside the batch: a message that ends early (a duplicate) or
    // fails leaves the rest of the batch intact.
    Transaction transaction(m_vault, Transaction::Nesting::Savepoint);
    if (!transaction.status())
        return fail(transaction.status().error());

    if (!read.outcome.quarantineReason.isEmpty()) {
        auto added = mail.quarantine(read.source, read.position, read.outcome.quarantineReason, m.raw, now);
        if (!added)
            return fail(added.error());
        c.outcome = ImportOutcome::Quarantined;
        c.notes.append(read.outcome.quarantineReason);
        if (!*added)
            c.notes.append(tr("Already in quarantine from an earlier import."));
        if (auto status = transaction.commit(); !status)
            return fail(status.error());
        return c;
    }

    auto duplicate = mail.ticketOfDuplicate(MailDirection::In, m.dedupKey());
    if (!duplicate)
        return fail(duplicate.error());
    if (*duplicate) {
        c.outcome = ImportOutcome::Duplicate;
        c.ticketId = **duplicate;
        return c;
    }
    if (m_crypto)
        m_crypto->process(m);

    auto tag = mail.subjectTag();
    if (!tag)
        return fail(tag.error());
    std::optional<qint64> target;
    bool unknownTicket = false;
    if (const auto tagged = taggedTicket(m.subject, *tag)) {
        auto live = mail.liveTicket(*tagged);
        if (!live)
            return fail(live.error());
        target = *live;
        if (!target) {
            unknownTicket = true;
            m.warnings.append(tr("The subject names ticket #%1, which does not exist; the message was imported as a "
                                 "new report and can be attached to the right ticket later.")
                                  .arg(*tagged));
        }
    }
    if (!target && !unknownTicket) {
        QStringList ancestors{m.inReplyTo};
        for (auto it = m.references.crbegin(); it != m.references.crend(); ++it)
            ancestors.append(*it);
        auto byReference = mail.ticketOfMessageIds(ancestors);
        if (!byReference)
            return fail(byReference.error());
        target = *byReference;
    }

    TicketStore tickets(m_vault, m_clock, m_actor);
    const QList<Observable> observables = observablesOf(m);
    qint64 ticketId = 0;
    if (target) {
        ticketId = *target;
        for (const Observable& o : observables)
            if (auto status = tickets.addObservable(ticketId, o); !status)
                return fail(status.error());
        c.outcome = ImportOutcome::Threaded;
    } else {
        NewTicket t;
        t.kind = TicketKind::Report;
        t.title = m.subject.trimmed().isEmpty() ? tr("(no subject)") : m.subject.left(kMaxTitle);
        t.reporter = m.fromAddress.isEmpty() ? m.from : m.fromAddress;
        t.howReported = HowReported::Email;
        t.observables = observables;
        if (m.abuseReport) {
            t.rsitClass = m.abuseReport->rsitClass;
            t.rsitType = m.abuseReport->rsitType;
            t.tags.append(QStringLiteral("abuse-report:") + AbuseReport::formatKey(m.abuseReport->format));
        }
        if (unknownTicket)
            t.tags.append(QStringLiteral("mail:unknown-ticket"));
        if (!m.warnings.isEmpty())
            t.tags.append(QStringLiteral("mail:warnings"));
        auto created = tickets.create(t);
        if (!created)
            return fail(created.error());
        ticketId = *created;
        c.outcome = ImportOutcome::Imported;
    }
    c.ticketId = ticketId;
    c.notes = m.warnings;

    const QString source = read.position.isEmpty() ? read.source : read.source + QStringLiteral(", ") + read.position;
    auto stored = mail.insert(ticketId, MailDirection::In, m, source, now);
    if (!stored)
        return fail(stored.error());
    HistoryEntry entry;
    entry.ticketId = ticketId;
    entry.at = now;
    entry.actor = m_actor;
    entry.action = QStringLiteral("mail");
    entry.field = QStringLiteral("in");
    entry.newValue = m.dedupKey();
    if (auto status = tickets.history().append(entry); !status)
        return fail(status.error());
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return c;
}

} // namespace fb
