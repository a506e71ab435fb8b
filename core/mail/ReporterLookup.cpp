// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/ReporterLookup.h"

#include "core/vault/Vault.h"

namespace fb {

ReporterLookup::ReporterLookup(Vault& vault, const Clock& clock)
    : m_directory(vault, clock)
    , m_teams(vault)
{
}

ReporterType ReporterLookup::typeOfTeam(TeamType type)
{
    return type == TeamType::Isp ? ReporterType::Isp : ReporterType::OtherCsirt;
}

bool ReporterLookup::isVerified(const QString& signatureStatus)
{
    // A key listed for the sender in our own directory names them even when GnuPG's trust model does not
    // vouch for it; a bad, expired or revoked signature names nobody.
    return signatureStatus == QLatin1String("good") || signatureStatus == QLatin1String("good-untrusted");
}

Result<std::optional<KnownReporter>> ReporterLookup::find(const ParsedMessage& message)
{
    if (!message.signerFingerprint.isEmpty() && isVerified(message.signatureStatus)) {
        auto hits = m_directory.findByKeyFingerprint(message.signerFingerprint);
        // A fingerprint the directory cannot even read is no match, not a failed import.
        if (hits && !hits->isEmpty())
            return fromHits(*hits, message, true);
    }
    if (message.fromAddress.isEmpty())
        return std::optional<KnownReporter>();
    auto hits = m_directory.findByEmail(message.fromAddress);
    if (!hits) {
        if (hits.error().code == ErrorCode::BadInput) // not an address the directory could hold
            return std::optional<KnownReporter>();
        return fail(hits.error());
    }
    if (hits->isEmpty())
        return std::optional<KnownReporter>();
    return fromHits(*hits, message, false);
}

Result<std::optional<KnownReporter>> ReporterLookup::fromHits(const QList<DirectoryHit>& hits,
                                                              const ParsedMessage& message, bool byKey)
{
    const DirectoryHit& hit = hits.first(); // team channels first, then people
    KnownReporter known;
    known.teamId = hit.teamId;
    known.personId = hit.personId;
    known.byKey = byKey;
    known.type = ReporterType::Individual;
    if (hit.teamId) {
        if (!m_teamTypes.contains(hit.teamId)) {
            FB_TRY_ASSIGN(auto team, m_teams.team(hit.teamId));
            m_teamTypes.insert(hit.teamId, team.type);
        }
        known.type = typeOfTeam(m_teamTypes.value(hit.teamId));
    }
    const QString address = message.fromAddress;
    if (hit.personId && !hit.teamName.isEmpty())
        //: reporter of a ticket: person, their team, their address
        known.reporter = tr("%1 (%2) <%3>").arg(hit.name, hit.teamName, address);
    else
        //: reporter of a ticket: team or person, then their address
        known.reporter = tr("%1 <%2>").arg(hit.name, address);
    if (address.isEmpty())
        known.reporter = hit.personId && !hit.teamName.isEmpty() ? tr("%1 (%2)").arg(hit.name, hit.teamName) : hit.name;
    if (byKey)
        known.note = hit.personId
                         ? tr("Reporter recognised by signing key: %1 (person %2).").arg(hit.name).arg(hit.personId)
                         : tr("Reporter recognised by signing key: %1 (team %2).").arg(hit.name).arg(hit.teamId);
    else
        known.note = hit.personId
                         ? tr("Reporter recognised by address: %1 (person %2).").arg(hit.name).arg(hit.personId)
                         : tr("Reporter recognised by address: %1 (team %2).").arg(hit.name).arg(hit.teamId);
    return std::optional<KnownReporter>(known);
}

} // namespace fb
