// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentExchange: an incident out to, or in from, another team's tool in any exchange format Firebreak speaks
// (MISP events, IODEF v2), the format of an incoming document told from its content. Front ends call this one
// service; it hands the work to MispExchange or IodefExchange.
#pragma once

#include "core/base/Result.h"
#include "core/exchange/IodefExchange.h"
#include "core/exchange/MispExchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fb {

enum class ExchangeFormat { Misp, Iodef };

struct IncidentExportOptions
{
    ExchangeFormat format = ExchangeFormat::Misp;
    ExchangeRecipient recipient;
    ExchangeAddressRole addresses = ExchangeAddressRole::Source;
    int distribution = 0;                           // MISP only
    IodefPurpose purpose = IodefPurpose::Reporting; // IODEF only
};

struct IncidentExportResult
{
    ExchangeFormat format = ExchangeFormat::Misp;
    QByteArray bytes;
    QUuid uuid;
    TlpLevel tlp = TlpLevel::Amber;
    int observables = 0;
    QList<qint64> tickets;
};

struct IncidentImportOptions
{
    std::optional<ExchangeFormat> format; // unset: told from the content
    std::optional<qint64> onto;
    QString source;
    bool lenient = false; // IODEF: a document that deviates from the schema is imported, each deviation a warning
};

struct IncidentImportReport : ExchangeImportReport
{
    ExchangeFormat format = ExchangeFormat::Misp;
};

class IncidentExchange
{
    Q_DECLARE_TR_FUNCTIONS(fb::IncidentExchange)

public:
    explicit IncidentExchange(const ChangeContext& change);

    // "misp", "iodef"; and back (std::nullopt for another word).
    static QString key(ExchangeFormat format);
    static std::optional<ExchangeFormat> parseFormat(const QString& key);
    // JSON (a MISP event) or XML (an IODEF document), from the first character after white space and a byte order
    // mark; BadInput for anything else.
    static Result<ExchangeFormat> detect(const QByteArray& bytes);

    Result<IncidentExportResult> exportIncident(qint64 id, const IncidentExportOptions& options);
    Result<IncidentImportReport> importDocument(const QByteArray& bytes, const IncidentImportOptions& options);

private:
    ChangeContext m_change;
};

} // namespace fb
