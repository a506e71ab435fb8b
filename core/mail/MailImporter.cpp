// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImporter.h"

#include "core/mail/MailCrypto.h"
#include "core/mail/MailPipeline.h"
#include "core/mail/MailStore.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

namespace fb {

namespace {

constexpr qsizetype kMaxTitle = 1000;

QRegularExpression tagPattern(const QString& tag)
{
    return QRegularExpression(QStringLiteral("\\[\\s*") + QRegularExpression::escape(tag) +
                                  QStringLiteral("\\s+#(\\d{1,15})\\s*\\]"),
                              QRegularExpression::CaseInsensitiveOption);
}

std::optional<qint64> taggedTicket(const QString& subject, const QRegularExpression& pattern)
{
    const auto match = pattern.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

void count(MailImportReport& report, ImportOutcome outcome)
{
    switch (outcome) {
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
}

// The open batch of an import: a transaction committed every `limit` messages.
class ImportBatch
{
public:
    ImportBatch(Vault& vault, int limit)
        : m_vault(vault)
        , m_limit(limit)
    {
    }
    Status begin()
    {
        if (m_transaction)
            return {};
        m_transaction.emplace(m_vault);
        if (!m_transaction->status()) {
            Error error = m_transaction->status().error();
            m_transaction.reset();
            return fail(std::move(error));
        }
        return {};
    }
    Status messageDone() { return ++m_messages >= m_limit ? commit() : Status(); }
    Status commit()
    {
        if (!m_transaction)
            return {};
        auto status = m_transaction->commit();
        m_transaction.reset();
        m_messages = 0;
        return status;
    }
    void rollback() { m_transaction.reset(); }

private:
    Vault& m_vault;
    std::optional<Transaction> m_transaction;
    int m_limit = 1;
    int m_messages = 0;
};

} // namespace

QList<ImportCase> MailImportReport::problems() const
{
    QList<ImportCase> out;
    for (const ImportCase& c : cases)
        if (c.outcome == ImportOutcome::Quarantined || !c.notes.isEmpty())
            out.append(c);
    return out;
}

QString MailImportReport::outcomeKey(ImportOutcome outcome)
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

QJsonObject MailImportReport::toJson() const
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
        if (!c.subject.isEmpty())
            o.insert(QStringLiteral("subject"), c.subject);
        list.append(o);
    }
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("threaded"), threaded},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("quarantined"), quarantined},
            {QStringLiteral("messages"), total()},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("cases"), list},
            {QStringLiteral("reporters_recognised"), reportersRecognised}};
}

MailImporter::MailImporter(const ChangeContext& change)
    : m_change(change)
    , m_tickets(change)
    , m_reporters(change.vault, change.clock)
{
}

void MailImporter::setBatchMessages(int messages)
{
    m_batchMessages = std::max(1, messages);
}

Result<ImportCase> MailImporter::importBytes(const QByteArray& raw, const QString& source)
{
    ReadMessage message;
    message.source = source;
    message.outcome = MessageParser::parse(raw);
    m_tagPattern.reset();
    Transaction transaction(m_change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    auto stored = importOne(std::move(message));
    if (!stored)
        return stored; // the transaction rolls back
    FB_TRY(transaction.commit());
    return stored;
}

Result<MailImportReport> MailImporter::importPaths(const QStringList& paths, JobControl& job)
{
    FB_TRY_ASSIGN(auto files, MailReader::collect(paths));
    m_tagPattern.reset(); // read the subject tag once per run
    // Parsing runs ahead on the pipeline's thread while this thread stores.
    MailPipeline pipeline(files);
    JobProgress progress;
    for (const MailSourceFile& file : std::as_const(files)) {
        progress.total += file.size;
        progress.itemsTotal += MailReader::countMessages(file);
    }

    MailImportReport report;
    ImportBatch batch(m_change.vault, m_batchMessages);
    std::optional<Error> failure;
    qint64 doneBefore = 0;
    progress.text = tr("Reading mail");
    job.report(progress);
    while (!failure) {
        if (job.shouldEnd()) {
            report.cancelled = true;
            break;
        }
        auto item = pipeline.next();
        if (!item)
            break;
        if (item->kind == MailPipeline::Item::Kind::Failed) {
            failure = *item->error;
            break;
        }
        if (item->kind == MailPipeline::Item::Kind::FileDone) {
            doneBefore += item->fileSize;
            continue;
        }
        if (auto status = batch.begin(); !status) {
            failure = status.error();
            break;
        }
        ReadMessage& message = item->message;
        const qint64 end = message.endOffset;
        const qint64 size = message.outcome.message.raw.size();
        auto result = importOne(std::move(message));
        if (!result) {
            failure = result.error();
            break;
        }
        count(report, result->outcome);
        if (!result->reporter.isEmpty())
            ++report.reportersRecognised;
        report.bytes += size;
        report.cases.append(std::move(*result));
        if (auto status = batch.messageDone(); !status) {
            failure = status.error();
            break;
        }
        progress.itemsDone = report.total();
        progress.done = doneBefore + end;
        progress.text = tr("%n message(s) read", nullptr, report.total());
        job.report(progress);
    }
    pipeline.stop();
    if (failure) {
        batch.rollback(); // the unfinished batch goes; committed batches stay, a re-run completes them
        return fail(*failure);
    }
    FB_TRY(batch.commit());
    if (!report.cancelled)
        progress.done = doneBefore;
    progress.itemsDone = report.total();
    progress.text = tr("%n message(s) read", nullptr, report.total());
    job.report(progress);
    return report;
}

Result<std::optional<KnownReporter>> MailImporter::recogniseReporter(const ParsedMessage& message, NewTicket& ticket)
{
    auto known = m_reporters.find(message);
    if (!known)
        return fail(known.error());
    if (*known) {
        ticket.reporter = (*known)->reporter;
        ticket.reporterType = (*known)->type;
    }
    return known;
}

Result<ImportCase> MailImporter::importOne(ReadMessage&& read)
{
    ImportCase c;
    c.source = read.source;
    c.position = read.position;
    ParsedMessage& m = read.outcome.message;
    c.subject = m.subject;
    const QDateTime now = m_change.clock.nowUtc();
    MailStore mail(m_change.vault);

    // Runs inside the caller's transaction (importPaths: the batch). No savepoint per message: a failure
    // ends the import and rolls the whole batch back, and a savepoint would cost SQLCipher an encrypted
    // journal copy of every page the message touches and make FTS4 flush its terms for each message.
    if (!read.outcome.quarantineReason.isEmpty()) {
        FB_TRY_ASSIGN(auto added,
                      mail.quarantine(read.source, read.position, read.outcome.quarantineReason, m.raw, now));
        c.outcome = ImportOutcome::Quarantined;
        c.notes.append(read.outcome.quarantineReason);
        if (!added)
            c.notes.append(tr("Already in quarantine from an earlier import."));
        return c;
    }

    FB_TRY_ASSIGN(auto duplicate, mail.ticketOfDuplicate(MailDirection::In, m.dedupKey()));
    if (duplicate) {
        c.outcome = ImportOutcome::Duplicate;
        c.ticketId = *duplicate;
        return c;
    }
    bool changedByCrypto = false;
    if (m_crypto) {
        changedByCrypto = m_crypto->process(m);
        c.subject = m.subject; // a protected subject comes out of the encryption
    }

    if (!m_tagPattern) {
        FB_TRY_ASSIGN(auto tag, mail.subjectTag());
        m_tagPattern = tagPattern(tag);
    }
    std::optional<qint64> target;
    bool unknownTicket = false;
    if (const auto tagged = taggedTicket(m.subject, *m_tagPattern)) {
        FB_TRY_ASSIGN(auto live, mail.liveTicket(*tagged));
        target = live;
        if (!target) {
            unknownTicket = true;
            m.warnings.append(MailWarning(MailWarningCode::UnknownTicket, {QString::number(*tagged)}));
        }
    }
    if (!target && !unknownTicket) {
        QStringList ancestors{m.inReplyTo};
        for (auto it = m.references.crbegin(); it != m.references.crend(); ++it)
            ancestors.append(*it);
        FB_TRY_ASSIGN(auto byReference, mail.ticketOfMessageIds(ancestors));
        target = byReference;
    }

    // The reader thread found them (MailPipeline); decryption or an inline signature can change the text, and
    // a decrypted attachment adds some.
    const QList<Observable> observables =
        read.observables && !changedByCrypto ? *std::move(read.observables) : m.findObservables();
    qint64 ticketId = 0;
    if (target) {
        ticketId = *target;
        FB_TRY(m_tickets.observables.addObservables(ticketId, observables));
        c.outcome = ImportOutcome::Threaded;
    } else {
        NewTicket t;
        t.kind = TicketKind::Report;
        t.title = m.subject.trimmed().isEmpty() ? tr("(no subject)") : m.subject.left(kMaxTitle);
        t.reporter = m.fromAddress.isEmpty() ? m.from : m.fromAddress;
        t.howReported = HowReported::Email;
        if (auto known = recogniseReporter(m, t); !known)
            return fail(known.error());
        else if (*known)
            c.reporter = (*known)->note;
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
        FB_TRY_ASSIGN(auto created, m_tickets.workflow.create(t));
        ticketId = created;
        c.outcome = ImportOutcome::Imported;
    }
    c.ticketId = ticketId;
    c.notes = warningTexts(m.warnings);
    c.warnings = m.warnings;

    const QString source = read.position.isEmpty() ? read.source : read.source + QStringLiteral(", ") + read.position;
    FB_TRY(mail.insert(ticketId, MailDirection::In, m, source, now));
    HistoryEntry entry;
    entry.ticketId = ticketId;
    entry.at = now;
    entry.actor = m_change.actor;
    entry.action = QStringLiteral("mail");
    entry.field = QStringLiteral("in");
    entry.newValue = m.dedupKey();
    FB_TRY(m_tickets.tickets.history().append(entry));
    return c;
}

} // namespace fb
