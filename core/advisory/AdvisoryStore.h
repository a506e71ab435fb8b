// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryStore: advisories in the workspace: identifiers from the team's scheme, validation of CVE/CWE/CVSS,
// edits and publishing (version, revision history, release dates, lint gate for "final"), with history rows
// (action "advisory.*", no ticket). All advisory SQL lives here.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/advisory/Advisory.h"
#include "core/advisory/AdvisoryLint.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/history/History.h"

#include <QCoreApplication>

namespace fb {

class Vault;

struct AdvisoryListEntry
{
    qint64 id = 0;
    QString identifier;
    QString title;
    TlpLevel tlp = TlpLevel::Amber;
    AdvisoryStatus status = AdvisoryStatus::Draft;
    QString version;
    std::optional<int> baseScoreTenths; // highest CVSS base score
    QDateTime currentReleaseDate;
};

class AdvisoryStore
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryStore)

public:
    AdvisoryStore(const ChangeContext& change);

    // The identifier scheme, e.g. "CERT-XX-{YYYY}-{NNNN}": {YYYY} the year, {NNNN} the sequence within the
    // year, zero-padded to as many digits as there are N (at least one). Kept in the settings table.
    Result<QString> identifierScheme();
    Status setIdentifierScheme(const QString& scheme);
    static Result<QString> formatIdentifier(const QString& scheme, int year, int sequence);

    // Validates (CVE, CWE, CVSS vector, TLP...), assigns the next identifier of the current year, version "0"
    // and a first revision; returns the stored advisory. The identifier given in `draft` is ignored.
    Result<Advisory> create(Advisory draft);
    Result<Advisory> get(qint64 id);
    Result<Advisory> find(const QString& identifier);
    Result<QList<AdvisoryListEntry>> list();
    // Saves the editable fields of `advisory` (looked up by id); identifier, status, version, revisions and
    // release dates are only changed by publish(). One history row per changed field.
    Status update(const Advisory& advisory);
    // Publishes as interim or final: lint errors block "final" (Conflict, where = first field at fault);
    // bumps the version, appends a revision, sets the release dates.
    Result<Advisory> publish(qint64 id, AdvisoryStatus status, const QString& revisionSummary);

    // Refuses malformed CVE, CWE, CVSS vectors and product fields; normalises CVEs and vectors in place.
    // CVSS 3.0 vectors are refused unless listed in keptCvss30 (canonical form): those of an imported source
    // document, which are kept as given.
    static Status validate(Advisory& advisory, const QStringList& keptCvss30 = {});
    // The canonical CVSS 3.0 vectors an advisory holds.
    static QStringList cvss30Vectors(const Advisory& advisory);

private:
    Status save(const Advisory& advisory, bool insert, qint64 nowMs, int sequence = 0);
    Status record(const QString& identifier, const QString& action, const QString& field,
                  std::optional<QString> oldValue, std::optional<QString> newValue);
    Result<Advisory> readOne(const char* sql, const QString& key, qint64 id);

    ChangeContext m_change;
    History m_history;
};

} // namespace fb
