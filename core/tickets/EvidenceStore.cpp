// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/EvidenceStore.h"

#include "core/base/AtomicFile.h"
#include "core/base/Job.h"
#include "core/tickets/TicketRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QSet>

namespace fb {

namespace {

constexpr qsizetype kMaxNameLength = 120;

QString compact(const TicketEvidence& evidence)
{
    const QJsonObject value{{QStringLiteral("evidence"), evidence.id},
                            {QStringLiteral("name"), evidence.name},
                            {QStringLiteral("size"), evidence.size},
                            {QStringLiteral("sha256"), evidence.sha256}};
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

std::unexpected<Error> cancelled()
{
    return fail(ErrorCode::Cancelled, EvidenceStore::tr("Cancelled; nothing was changed."));
}

} // namespace

EvidenceStore::EvidenceStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Result<TicketEvidence> EvidenceStore::addFile(qint64 ticketId, const QString& path, const QString& description,
                                              JobControl* control)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return fail(ErrorCode::BadInput, tr("There is no file “%1”.").arg(shown), path);
    if (info.isDir())
        return fail(ErrorCode::BadInput, tr("“%1” is a folder; add the files in it one by one.").arg(shown), path);
    if (!info.isFile())
        return fail(ErrorCode::BadInput, tr("“%1” is not a regular file.").arg(shown), path);
    if (info.size() == 0)
        return fail(ErrorCode::BadInput, tr("“%1” is empty; there is nothing to keep as evidence.").arg(shown), path);
    if (info.size() > kMaxFileSize)
        return fail(
            ErrorCode::BadInput,
            tr("“%1” has %2; evidence can be at most %3.").arg(shown, sizeText(info.size()), sizeText(kMaxFileSize)),
            path);
    const QString text = description.trimmed();
    if (text.size() > kMaxDescriptionLength)
        return fail(ErrorCode::BadInput,
                    tr("A description can be at most %L1 characters long.").arg(kMaxDescriptionLength),
                    QStringLiteral("description"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::BadInput, tr("Cannot read “%1”: %2.").arg(shown, file.errorString()), path);
    FB_TRY_ASSIGN(auto ticket, m_tickets.getForChange(ticketId));

    const NewEvidence evidence{info.fileName(), QMimeDatabase().mimeTypeForFile(info).name(), text};
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY_ASSIGN(auto id, m_tickets.insertEvidence(ticket.id, evidence));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    qint64 index = 0;
    const qint64 expected = info.size();
    while (true) {
        if (control && control->isCancelled())
            return cancelled();
        const QByteArray chunk = file.read(kChunkSize);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                return fail(ErrorCode::BadInput, tr("Cannot read “%1”: %2.").arg(shown, file.errorString()), path);
            break;
        }
        size += chunk.size();
        if (size > kMaxFileSize)
            return fail(ErrorCode::BadInput,
                        tr("“%1” grew beyond %2 while it was read.").arg(shown, sizeText(kMaxFileSize)), path);
        hash.addData(chunk);
        FB_TRY(m_tickets.insertEvidenceChunk(id, index++, chunk));
        if (control)
            control->setProgress(size, std::max(expected, size), tr("Adding %1").arg(evidence.name));
    }
    if (size == 0)
        return fail(ErrorCode::BadInput, tr("“%1” is empty; there is nothing to keep as evidence.").arg(shown), path);
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    FB_TRY(m_tickets.updateEvidenceDigest(id, size, sha256));
    FB_TRY_ASSIGN(auto stored, m_tickets.evidence(id));
    FB_TRY(
        m_tickets.record(ticket.id, QStringLiteral("evidence"), QStringLiteral("add"), std::nullopt, compact(stored)));
    FB_TRY(change->commit());
    return stored;
}

Status EvidenceStore::remove(qint64 evidenceId)
{
    FB_TRY_ASSIGN(auto evidence, m_tickets.evidence(evidenceId));
    if (evidence.removed())
        return fail(ErrorCode::Conflict, tr("Evidence %1 (%2) was removed already.").arg(evidenceId).arg(evidence.name),
                    QStringLiteral("evidence"));
    FB_TRY(m_tickets.getForChange(evidence.ticketId));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.removeEvidence(evidenceId));
    FB_TRY(m_tickets.record(evidence.ticketId, QStringLiteral("evidence"), QStringLiteral("remove"), compact(evidence),
                            std::nullopt));
    return change->commit();
}

Result<TicketEvidence> EvidenceStore::item(qint64 evidenceId)
{
    return m_tickets.evidence(evidenceId);
}

Result<QList<TicketEvidence>> EvidenceStore::evidence(qint64 ticketId, bool withRemoved)
{
    FB_TRY(m_tickets.get(ticketId));
    FB_TRY_ASSIGN(auto all, m_tickets.evidenceOf(ticketId));
    if (!withRemoved)
        all.removeIf([](const TicketEvidence& e) { return e.removed(); });
    return all;
}

Status EvidenceStore::readContent(qint64 evidenceId, const std::function<Status(const QByteArray&)>& sink)
{
    FB_TRY_ASSIGN(auto evidence, m_tickets.evidence(evidenceId));
    if (evidence.removed())
        return fail(ErrorCode::Conflict,
                    tr("Evidence %1 (%2) was removed; its content is gone.").arg(evidenceId).arg(evidence.name));
    for (qint64 index = 0;; ++index) {
        FB_TRY_ASSIGN(auto chunk, m_tickets.evidenceChunk(evidenceId, index));
        if (!chunk)
            break;
        FB_TRY(sink(*chunk));
    }
    return {};
}

Result<EvidenceExport> EvidenceStore::exportTicket(qint64 ticketId, const QString& folder, JobControl* control)
{
    FB_TRY_ASSIGN(auto list, evidence(ticketId));
    if (list.isEmpty())
        return fail(ErrorCode::NotFound, tr("Ticket #%1 has no evidence to export.").arg(ticketId));
    const QString shown = QDir::toNativeSeparators(folder);
    QDir dir(folder);
    if (folder.isEmpty())
        return fail(ErrorCode::Usage, tr("Name a folder to export the evidence to."));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return fail(ErrorCode::Conflict,
                    tr("The folder “%1” is not empty; export the evidence into a new or empty folder.").arg(shown),
                    folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("Cannot make the folder “%1”.").arg(shown), folder);

    qint64 total = 0;
    for (const TicketEvidence& e : std::as_const(list))
        total += e.size;
    const QStringList names = exportNames(list);
    EvidenceExport result{folder, {}, dir.filePath(QLatin1String(kChecksumFileName))};
    QByteArray sums;
    qint64 done = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const TicketEvidence& e = list.at(i);
        const QString path = dir.filePath(names.at(i));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        // What is written must be what was recorded, or no file is left (verify names the damage).
        FB_TRY(AtomicFile::writeStreamed(
            path,
            [&](const AtomicFile::Writer& write) -> Status {
                FB_TRY(readContent(e.id, [&](const QByteArray& chunk) -> Status {
                    if (control && control->isCancelled())
                        return cancelled();
                    hash.addData(chunk);
                    size += chunk.size();
                    done += chunk.size();
                    if (control)
                        control->setProgress(done, total, tr("Exporting %1").arg(e.name));
                    return write(chunk);
                }));
                if (QString::fromLatin1(hash.result().toHex()) != e.sha256 || size != e.size)
                    return fail(ErrorCode::Damaged,
                                tr("Evidence %1 (%2) of ticket #%3 no longer matches its recorded SHA-256 and size; "
                                   "run verify.")
                                    .arg(e.id)
                                    .arg(e.name)
                                    .arg(ticketId),
                                path);
                return {};
            },
            AtomicFile::Access::OwnerOnly));
        const QString sha256 = e.sha256;
        result.files.append(path);
        sums += sha256.toLatin1() + "  " + names.at(i).toUtf8() + '\n';
    }
    FB_TRY(AtomicFile::write(result.checksums, sums, AtomicFile::Access::OwnerOnly));
    return result;
}

QString EvidenceStore::safeFileName(const QString& stored, qint64 id)
{
    QString name = stored;
    // No folder part, whichever separator the name came with.
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const bool reserved = QStringLiteral("<>:\"|?*").contains(c);
        safe.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                            c.category() == QChar::Other_Surrogate || reserved
                        ? QLatin1Char('_')
                        : c);
    }
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    if (safe.size() > kMaxNameLength) {
        const qsizetype dot = safe.lastIndexOf(QLatin1Char('.'));
        const QString suffix = dot > 0 && safe.size() - dot <= 16 ? safe.mid(dot) : QString();
        safe = safe.left(kMaxNameLength - suffix.size()) + suffix;
    }
    if (safe.isEmpty())
        safe = QStringLiteral("evidence-%1").arg(id);
    return safe;
}

QStringList EvidenceStore::exportNames(const QList<TicketEvidence>& evidence)
{
    QSet<QString> taken{QString::fromLatin1(kChecksumFileName).toCaseFolded()};
    QStringList names;
    for (const TicketEvidence& e : evidence) {
        const QString safe = safeFileName(e.name, e.id);
        QString name = safe;
        const qsizetype dot = safe.lastIndexOf(QLatin1Char('.'));
        const QString stem = dot > 0 ? safe.left(dot) : safe;
        const QString suffix = dot > 0 ? safe.mid(dot) : QString();
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix);
        taken.insert(name.toCaseFolded());
        names.append(name);
    }
    return names;
}

QString EvidenceStore::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace fb
