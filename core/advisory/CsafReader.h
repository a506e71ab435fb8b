// SPDX-License-Identifier: GPL-3.0-or-later
// CsafReader: a CSAF 2.0 document (e.g. a vendor's) read into an Advisory to start from, keeping its
// provenance (publisher, tracking id, SHA-256 of the bytes, source URL). What the model cannot hold is
// dropped and said in warnings.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace fb {

struct CsafImport
{
    Advisory advisory; // identifier = the source's tracking id; AdvisoryStore::create() assigns ours
    QStringList warnings;
};

class CsafReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::CsafReader)

public:
    CsafReader() = delete;

    // sourceUrl: where the document came from, if known (else the document's "self" reference is used).
    static Result<CsafImport> read(const QByteArray& bytes, const QString& sourceUrl = {});
    // CSAF 2.0 label (+ distribution text) to TLP 2.0: WHITE -> CLEAR; AMBER with "AMBER+STRICT" in the text
    // -> AMBER+STRICT; no label -> AMBER (with a warning from read()).
    static std::optional<TlpLevel> tlpFromDistribution(const QJsonObject& distribution);
};

} // namespace fb
