// SPDX-License-Identifier: GPL-3.0-or-later
// IodefReader: an IODEF v2 document (RFC 7970) read safely with libxml2 (no network, no DTD, no entity expansion,
// bounded size and depth), validated offline against the official schema compiled into Firebreak, and its first
// Incident read into what a ticket can hold: observables from Address, DomainData, BulkObservable, Hash and CVE
// References, the label from the restriction, RSIT, severity and UUID from AdditionalData, and everything else as
// note lines, each odd element named in a warning with its line.
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeWarning.h"
#include "core/observables/Observable.h"
#include "core/taxonomy/Tlp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace fb {

struct IodefIncident
{
    QUuid uuid;               // AdditionalData meaning="uuid" (ours), else derived from the IncidentID
    bool uuidWritten = false; // the document carried the UUID
    QString idName;           // IncidentID name: the team that made it
    QString id;               // IncidentID: its number there
    QString purpose;
    QString status;
    std::optional<TlpLevel> tlp;
    QStringList descriptions;
    QStringList details; // times, contacts: lines for the description
    std::optional<int> severity;
    std::optional<std::pair<QString, QString>> rsit;
    QString constituency;
    QList<Observable> observables; // each once, in document order
    QStringList noteLines;
    QList<ExchangeWarning> warnings;
};

class IodefReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::IodefReader)

public:
    IodefReader() = delete;

    static constexpr qsizetype kMaxBytes = 16 * 1024 * 1024; // a larger file is refused before it is parsed
    static constexpr int kMaxDepth = 64;                     // element nesting
    static constexpr int kMaxObservables = 100000;
    static constexpr int kMaxNoteLines = 10000;

    // Refuses (BadInput, where "line N") a document that is not well-formed, has a DOCTYPE, is too large or deep,
    // is not an IODEF v2 document, or does not follow the schema; with `lenient` schema deviations are warnings.
    static Result<IodefIncident> read(const QByteArray& bytes, bool lenient = false);
    // Well-formed, IODEF v2 and valid against the schema; the first error with its line otherwise.
    static Status validate(const QByteArray& bytes);
};

} // namespace fb
