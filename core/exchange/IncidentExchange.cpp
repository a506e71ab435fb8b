// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IncidentExchange.h"

namespace fb {

IncidentExchange::IncidentExchange(const ChangeContext& change)
    : m_change(change)
{
}

QString IncidentExchange::key(ExchangeFormat format)
{
    return format == ExchangeFormat::Iodef ? QString::fromLatin1(IodefExchange::kFormat)
                                           : QString::fromLatin1(MispExchange::kFormat);
}

std::optional<ExchangeFormat> IncidentExchange::parseFormat(const QString& key)
{
    if (key.compare(QLatin1String(MispExchange::kFormat), Qt::CaseInsensitive) == 0)
        return ExchangeFormat::Misp;
    if (key.compare(QLatin1String(IodefExchange::kFormat), Qt::CaseInsensitive) == 0)
        return ExchangeFormat::Iodef;
    return std::nullopt;
}

Result<ExchangeFormat> IncidentExchange::detect(const QByteArray& bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() &&
           (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\n' || bytes.at(i) == '\r'))
        ++i;
    if (i < bytes.size() && (bytes.at(i) == '{' || bytes.at(i) == '['))
        return ExchangeFormat::Misp;
    if (i < bytes.size() && bytes.at(i) == '<')
        return ExchangeFormat::Iodef;
    return fail(ErrorCode::BadInput,
                i >= bytes.size() ? tr("The file is empty.")
                                  : tr("The file is neither a MISP event (JSON) nor an IODEF document (XML)."),
                tr("byte %1").arg(i));
}

Result<IncidentExportResult> IncidentExchange::exportIncident(qint64 id, const IncidentExportOptions& options)
{
    IncidentExportResult result;
    result.format = options.format;
    if (options.format == ExchangeFormat::Iodef) {
        FB_TRY_ASSIGN(auto exported, IodefExchange(m_change).exportIncident(
                                         id, {options.recipient, options.purpose, options.addresses}));
        result.bytes = exported.xml;
        result.uuid = exported.uuid;
        result.tlp = exported.tlp;
        result.observables = exported.observables;
        result.tickets = exported.tickets;
        return result;
    }
    MispExportOptions misp;
    misp.clearance = options.recipient.clearance;
    misp.recipientName = options.recipient.name;
    misp.addresses = options.addresses;
    misp.distribution = options.distribution;
    FB_TRY_ASSIGN(auto exported, MispExchange(m_change).exportEvent(id, misp));
    result.bytes = exported.json;
    result.uuid = exported.uuid;
    result.tlp = exported.tlp;
    result.observables = exported.attributes;
    result.tickets = exported.tickets;
    return result;
}

Result<IncidentImportReport> IncidentExchange::importDocument(const QByteArray& bytes,
                                                              const IncidentImportOptions& options)
{
    ExchangeFormat format = ExchangeFormat::Misp;
    if (options.format) {
        format = *options.format;
    } else {
        FB_TRY_ASSIGN(auto detected, detect(bytes));
        format = detected;
    }
    IncidentImportReport report;
    report.format = format;
    if (format == ExchangeFormat::Iodef) {
        IodefImportOptions iodef;
        iodef.onto = options.onto;
        iodef.source = options.source;
        iodef.lenient = options.lenient;
        FB_TRY_ASSIGN(auto imported, IodefExchange(m_change).importIncident(bytes, iodef));
        static_cast<ExchangeImportReport&>(report) = imported;
        return report;
    }
    FB_TRY_ASSIGN(auto imported, MispExchange(m_change).importEvent(bytes, {options.onto, options.source}));
    static_cast<ExchangeImportReport&>(report) = imported;
    return report;
}

} // namespace fb
