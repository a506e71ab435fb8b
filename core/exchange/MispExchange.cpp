// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispExchange.h"

#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeStore.h"
#include "core/exchange/MispEventWriter.h"

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// 1 high -> 2 high, 2 medium -> 3 medium, 3 low -> 4 low, 4 undefined (or none) -> 3 medium.
int severityFromThreat(std::optional<int> threat)
{
    if (!threat || *threat == 4)
        return 3;
    return *threat + 1;
}

} // namespace

MispExchange::MispExchange(const ChangeContext& change)
    : m_change(change)
{
}

Result<MispExportResult> MispExchange::exportEvent(qint64 id, const MispExportOptions& options)
{
    if (options.distribution < 0 || options.distribution > 3)
        return fail(ErrorCode::BadInput,
                    tr("The distribution must be 0 to 3 (your organisation only, this community, connected "
                       "communities, all communities), not %1.")
                        .arg(options.distribution),
                    s("distribution"));
    FB_TRY_ASSIGN(auto content, ExchangeExport(m_change).collect(id, {options.clearance, options.recipientName}));
    MispExportResult result;
    result.tickets = content.tickets;
    MispExportInput input;
    input.ticket = content.ticket;
    input.uuid = content.uuid;
    input.tlp = content.tlp;
    input.observables = content.observables;
    input.addresses = options.addresses;
    input.distribution = options.distribution;
    input.now = m_change.clock.nowUtc();
    result.json = MispEventWriter::write(input);
    result.uuid = content.uuid;
    result.tlp = content.tlp;
    result.attributes = int(content.observables.size());
    return result;
}

Result<MispImportReport> MispExchange::importEvent(const QByteArray& bytes, const MispImportOptions& options)
{
    FB_TRY_ASSIGN(auto event, MispEventReader::read(bytes));
    const QString uuidText = event.uuid.isNull() ? tr("(no UUID)") : ExchangeStore::text(event.uuid);

    ExchangeIncident incident;
    incident.format = s(kFormat);
    incident.uuid = event.uuid;
    incident.title = event.info.isEmpty() ? tr("MISP event %1").arg(uuidText) : event.info;
    QStringList description{tr("Imported from MISP event %1.").arg(uuidText)};
    if (!options.source.isEmpty())
        description.append(tr("File: %1").arg(options.source));
    if (!event.organisation.isEmpty())
        description.append(tr("Created by: %1").arg(event.organisation));
    if (event.date.isValid())
        description.append(tr("Event date: %1").arg(event.date.toString(Qt::ISODate)));
    if (!event.info.isEmpty())
        description.append(tr("Info: %1").arg(event.info));
    incident.description = description.join(QLatin1Char('\n'));
    incident.tlp = event.tlp;
    incident.tlpWhere = s("Event.Tag");
    incident.noTlpWarning =
        tr("The event has no TLP tag; the incident is labelled %1.").arg(Tlp::label(TlpLevel::Amber));
    incident.rsit = event.rsit;
    incident.rsitWhere = s("Event.Tag");
    incident.severity = severityFromThreat(event.threatLevel);
    incident.constituency = event.constituency;
    incident.tags = event.tags;
    incident.observables = event.observables;
    incident.noteHeader = options.source.isEmpty()
                              ? tr("From MISP event %1, what is not an observable:").arg(uuidText)
                              : tr("From MISP event %1 (%2), what is not an observable:").arg(uuidText, options.source);
    incident.noteLines = event.noteLines;
    incident.warnings = event.warnings;
    return ExchangeImport(m_change).store(incident, options);
}

} // namespace fb
