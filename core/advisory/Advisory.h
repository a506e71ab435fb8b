// SPDX-License-Identifier: GPL-3.0-or-later
// Advisory: one security advisory as a team publishes it (model only; stored by AdvisoryStore,
// written by CsafWriter and AdvisoryRenderer, read from CSAF by CsafReader).
#pragma once

#include "core/taxonomy/Tlp.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

enum class AdvisoryStatus { Draft, Interim, Final };
// "draft", "interim", "final": storage, CLI and CSAF tracking.status form.
QString advisoryStatusKey(AdvisoryStatus status);
std::optional<AdvisoryStatus> parseAdvisoryStatus(const QString& key);

enum class ProductStatus { KnownAffected, Fixed, KnownNotAffected, UnderInvestigation };
// "known_affected", "fixed", "known_not_affected", "under_investigation": as in CSAF product_status.
QString productStatusKey(ProductStatus status);
std::optional<ProductStatus> parseProductStatus(const QString& key);

struct AffectedProduct
{
    QString vendor;
    QString product;
    // One version ("4.2") or, when versionRange is set, a range ("vers:generic/>=2.9|<=4.1"); may be empty.
    QString version;
    bool versionRange = false;
    ProductStatus status = ProductStatus::KnownAffected;
    friend bool operator==(const AffectedProduct&, const AffectedProduct&) = default;
};

struct AdvisoryRevision
{
    QString number; // "1", "2"... (CSAF integer versioning)
    QDateTime date; // UTC
    QString summary;
    friend bool operator==(const AdvisoryRevision&, const AdvisoryRevision&) = default;
};

struct AdvisoryReference
{
    QString url;
    QString summary;
    friend bool operator==(const AdvisoryReference&, const AdvisoryReference&) = default;
};

// One vulnerability the advisory is about: CVE (optional), one CWE (CSAF 2.0 allows one), one CVSS vector.
struct AdvisoryVulnerability
{
    QString cve;        // "CVE-2024-3094" or empty
    QString cwe;        // "CWE-79" or empty
    QString cweName;    // CWE title, required by CSAF when cwe is set
    QString cvssVector; // canonical CVSS:3.1/ (or, imported, CVSS:3.0/ base-only) vector, or empty
    QString title;
    // Default-initialised so that aggregates naming only the fields above stay valid.
    QString description{};                 // this vulnerability's own description (CSAF vulnerability note)
    QList<AdvisoryReference> references{}; // references about this vulnerability only
    friend bool operator==(const AdvisoryVulnerability&, const AdvisoryVulnerability&) = default;
};

// Where an imported advisory came from, so provenance is never lost.
struct AdvisoryProvenance
{
    QString publisher;          // document.publisher.name of the source
    QString publisherNamespace; // document.publisher.namespace
    QString trackingId;         // document.tracking.id of the source
    QString sourceUrl;          // where it was fetched from (self link), may be empty
    QString sha256;             // lower-case hex of the imported file's bytes
    QStringList selfUrls{};     // every "self" reference of the source document (e.g. its web page and JSON)
    bool isEmpty() const { return publisher.isEmpty() && trackingId.isEmpty() && sha256.isEmpty(); }
    friend bool operator==(const AdvisoryProvenance&, const AdvisoryProvenance&) = default;
};

struct Advisory
{
    qint64 id = 0; // row id in the workspace; 0 when not stored
    QString identifier;
    QString title;
    TlpLevel tlp = TlpLevel::Amber;
    AdvisoryStatus status = AdvisoryStatus::Draft;
    QString version = QStringLiteral("1");
    QList<AdvisoryRevision> revisions;
    QDateTime initialReleaseDate;
    QDateTime currentReleaseDate;
    QList<AdvisoryVulnerability> vulnerabilities;
    QList<AffectedProduct> products;
    QString summary;
    QString description;
    QString impact;
    QString solution;
    QString workarounds;
    QString legalDisclaimer; // CSAF note of category legal_disclaimer (e.g. a vendor's terms of use)
    QList<AdvisoryReference> references;
    QStringList acknowledgments;
    QList<qint64> linkedTickets;
    QStringList audience; // distribution list names (free text until the directory provides lists)
    AdvisoryProvenance provenance;

    QStringList cves() const;
};

} // namespace fb
