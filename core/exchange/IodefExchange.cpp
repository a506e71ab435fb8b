// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IodefExchange.h"

#include "core/directory/DirectoryTypes.h"
#include "core/directory/OwnTeam.h"
#include "core/exchange/ExchangeStore.h"
#include "core/exchange/IodefReader.h"

namespace fb {

IodefExchange::IodefExchange(const ChangeContext& change)
    : m_change(change)
{
}

Result<IodefExportResult> IodefExchange::exportIncident(qint64 id, const IodefExportOptions& options)
{
    FB_TRY_ASSIGN(auto content, ExchangeExport(m_change).collect(id, options.recipient));
    FB_TRY_ASSIGN(auto team, OwnTeam(m_change.vault).team());

    IodefExportInput input;
    input.ticket = content.ticket;
    input.uuid = content.uuid;
    input.tlp = content.tlp;
    input.observables = content.observables;
    // Without a team of our own chosen, the document still needs a name for its IncidentID.
    input.teamName = team && !team->displayName().isEmpty() ? team->displayName() : QStringLiteral("Firebreak");
    if (team) {
        for (const Channel& channel : std::as_const(team->channels)) {
            if (channel.kind == ChannelKind::Email) {
                input.teamEmail = channel.value;
                break;
            }
        }
    }
    input.purpose = options.purpose;
    input.addresses = options.addresses;
    input.now = m_change.clock.nowUtc();

    IodefExportResult result;
    result.xml = IodefWriter::write(input);
    // What we hand out must be what we accept: a document the schema refuses is a bug here, not the recipient's.
    if (auto valid = IodefReader::validate(result.xml); !valid)
        return fail(ErrorCode::Internal, tr("The IODEF document written for ticket %1 does not follow the schema: %2")
                                             .arg(id)
                                             .arg(valid.error().toString()));
    result.uuid = content.uuid;
    result.tlp = content.tlp;
    result.observables = int(content.observables.size());
    result.tickets = content.tickets;
    return result;
}

Result<ExchangeImportReport> IodefExchange::importIncident(const QByteArray& bytes, const IodefImportOptions& options)
{
    FB_TRY_ASSIGN(auto read, IodefReader::read(bytes, options.lenient));
    const QString reference = read.idName.isEmpty() ? tr("(no IncidentID)") : read.idName + QLatin1Char('#') + read.id;

    ExchangeIncident incident;
    incident.format = QString::fromLatin1(kFormat);
    incident.uuid = read.uuid;
    incident.title =
        read.descriptions.isEmpty() ? tr("IODEF incident %1").arg(reference) : read.descriptions.first().simplified();
    QStringList description{tr("Imported from IODEF incident %1.").arg(reference)};
    if (!options.source.isEmpty())
        description.append(tr("File: %1").arg(options.source));
    if (!read.purpose.isEmpty())
        description.append(tr("Purpose: %1").arg(read.purpose));
    if (!read.status.isEmpty())
        description.append(tr("Status there: %1").arg(read.status));
    description += read.details;
    if (!read.descriptions.isEmpty())
        description.append(QString() + QLatin1Char('\n') + read.descriptions.join(QStringLiteral("\n\n")));
    incident.description = description.join(QLatin1Char('\n'));
    incident.tlp = read.tlp;
    incident.tlpWhere = QStringLiteral("Incident@restriction");
    incident.noTlpWarning =
        tr("The incident's restriction names no TLP label; it is labelled %1.").arg(Tlp::label(TlpLevel::Amber));
    incident.rsit = read.rsit;
    incident.rsitWhere = QStringLiteral("AdditionalData");
    incident.severity = read.severity.value_or(3);
    incident.constituency = read.constituency;
    incident.observables = read.observables;
    incident.noteHeader =
        options.source.isEmpty()
            ? tr("From IODEF incident %1, what is not an observable:").arg(reference)
            : tr("From IODEF incident %1 (%2), what is not an observable:").arg(reference, options.source);
    incident.noteLines = read.noteLines;
    incident.warnings = read.warnings;
    return ExchangeImport(m_change).store(incident, options);
}

} // namespace fb
