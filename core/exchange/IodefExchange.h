// SPDX-License-Identifier: GPL-3.0-or-later
// IodefExchange: incidents out as IODEF v2 documents (RFC 7970) and IODEF documents in as incidents, the one service
// both front ends call. Export goes through ExchangeExport (TLP gate, stable UUID) and is checked against the schema
// before it is handed out; import goes through ExchangeImport (one change, all or nothing).
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeExport.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/IodefWriter.h"
#include "core/history/ChangeContext.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

struct IodefExportOptions
{
    ExchangeRecipient recipient;
    IodefPurpose purpose = IodefPurpose::Reporting;
    ExchangeAddressRole addresses = ExchangeAddressRole::Source;
};

struct IodefExportResult
{
    QByteArray xml;
    QUuid uuid;
    TlpLevel tlp = TlpLevel::Amber;
    int observables = 0;
    QList<qint64> tickets;
};

struct IodefImportOptions : ExchangeImportOptions
{
    bool lenient = false; // import a document that deviates from the schema, each deviation a warning
};

class IodefExchange
{
    Q_DECLARE_TR_FUNCTIONS(fb::IodefExchange)

public:
    static constexpr const char* kFormat = "iodef";

    explicit IodefExchange(const ChangeContext& change);

    Result<IodefExportResult> exportIncident(qint64 id, const IodefExportOptions& options);
    Result<ExchangeImportReport> importIncident(const QByteArray& bytes, const IodefImportOptions& options);

private:
    ChangeContext m_change;
};

} // namespace fb
