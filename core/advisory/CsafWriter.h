// SPDX-License-Identifier: GPL-3.0-or-later
// CsafWriter: an Advisory as a CSAF 2.0 document of profile csaf_security_advisory.
// TLP 2.0 -> CSAF 2.0 label: CLEAR -> WHITE; AMBER+STRICT -> AMBER with distribution.text saying
// TLP:AMBER+STRICT; GREEN, AMBER, RED as they are (docs/advisories.md).
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace fb {

struct CsafPublisher
{
    QString name = QStringLiteral("Firebreak CSIRT");
    QString namespaceUrl = QStringLiteral("https://firebreak.invalid"); // the team's web site
    QString category = QStringLiteral("coordinator");
    QString contactDetails;
};

class CsafWriter
{
    Q_DECLARE_TR_FUNCTIONS(fb::CsafWriter)

public:
    CsafWriter() = delete;

    // generatedAt goes to tracking.generator.date; it is also the release date of a never-published draft.
    static QJsonObject toJson(const Advisory& advisory, const CsafPublisher& publisher, const QDateTime& generatedAt);
    static QByteArray write(const Advisory& advisory, const CsafPublisher& publisher, const QDateTime& generatedAt);
    // The document as it may leave the workspace (file export, mail attachment, publishing): refused with
    // Conflict, Error::where naming the field or JSON path, while AdvisoryLint finds an error (the same gate as
    // publishing "final") or the document fails a CSAF 2.0 mandatory test (CsafMandatoryTests).
    static Result<QByteArray> writeChecked(const Advisory& advisory, const CsafPublisher& publisher,
                                           const QDateTime& generatedAt);

    // CSAF 2.0 section 5.1: lower-cased tracking id, every run of [^+\-a-z0-9] replaced by "_", ".json".
    static QString fileName(const QString& trackingId);
    // "WHITE", "GREEN", "AMBER", "RED".
    static QString tlpLabel(TlpLevel level);
    // The note title under which provenance of an imported document is written (and skipped on import).
    static QString sourceNoteTitle() { return QStringLiteral("Source document"); }
    static QString impactNoteTitle() { return QStringLiteral("Impact"); }
    static QString legalDisclaimerNoteTitle() { return QStringLiteral("Legal disclaimer"); }
};

} // namespace fb
