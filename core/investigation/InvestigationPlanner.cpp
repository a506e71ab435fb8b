// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/investigation/InvestigationPlanner.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/NetworkLookupSource.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TeamReader.h"
#include "core/tickets/TicketStores.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fb {

namespace {

// Why a group cannot be mailed; empty when it can.
QString refusalOf(const InvestigationGroup& group, const Team* team)
{
    if (group.recipient.isEmpty())
        return InvestigationPlanner::tr("%1 has no e-mail address in the directory.").arg(group.teamName);
    // MailComposer::check refuses these unencrypted; say so before anything is created.
    if ((group.tlp == TlpLevel::Red || group.tlp == TlpLevel::AmberStrict) && !group.encrypt)
        return InvestigationPlanner::tr("%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).")
            .arg(Tlp::label(group.tlp), group.recipient, MailKeys::statusText(group.key.status));
    if (team && team->highestTlp && !Tlp::mayShare(group.tlp, *team->highestTlp))
        return InvestigationPlanner::tr("%1 may not go to %2, which may receive up to %3 (directory).")
            .arg(Tlp::label(group.tlp), group.teamName, Tlp::label(*team->highestTlp));
    return {};
}

} // namespace

PastedObservables InvestigationPlanner::parseList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    PastedObservables out;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        auto observable = Observables::fromUserInput(word);
        if (!observable)
            out.unreadable.append(word);
        else if (!out.observables.contains(*observable))
            out.observables.append(*observable);
    }
    return out;
}

QString InvestigationPlanner::lookupQuery(const Observable& observable)
{
    switch (observable.type) {
    case ObservableType::Ipv4:
    case ObservableType::Ipv6:
    case ObservableType::Cidr:
    case ObservableType::Domain:
    case ObservableType::Email:
    case ObservableType::Asn:
        return observable.value;
    case ObservableType::Url:
        return QUrl(observable.value).host();
    case ObservableType::Md5:
    case ObservableType::Sha1:
    case ObservableType::Sha256:
    case ObservableType::Cve:
        break;
    }
    return {};
}

InvestigationPlan InvestigationPlanner::plan(const PlanFacts& facts, const NetworkLookupSource& lookup)
{
    InvestigationPlan plan;
    plan.incidentId = facts.incidentId;
    plan.incidentTitle = facts.incidentTitle;
    plan.tlp = facts.tlp;
    for (const QString& word : facts.unreadable)
        plan.unknown.append({word, tr("not an address, network, AS number, domain, e-mail address or URL")});

    QHash<qint64, const Team*> teams;
    for (const Team& team : facts.teams)
        teams.insert(team.id, &team);
    QHash<qint64, int> groupOf;
    for (const Observable& observable : facts.observables) {
        const QString query = lookupQuery(observable);
        if (query.isEmpty()) {
            plan.unknown.append(
                {observable.value, tr("no team is responsible for a %1").arg(observableTypeKey(observable.type))});
            continue;
        }
        auto answer = lookup.lookup(query);
        if (!answer) {
            plan.unknown.append({observable.value, answer.error().message});
            continue;
        }
        // Matches come most specific first: the first one is the team to ask.
        if (answer->matches.isEmpty()) {
            plan.unknown.append({observable.value, tr("no team in the directory covers it")});
            continue;
        }
        const LookupMatch& match = answer->matches.first();
        if (facts.ownTeamId != 0 && match.teamId == facts.ownTeamId) {
            plan.unknown.append(
                {observable.value, tr("in our own constituency (%1): ours to handle").arg(match.entry)});
            continue;
        }
        auto found = groupOf.constFind(match.teamId);
        if (found == groupOf.constEnd()) {
            InvestigationGroup group;
            group.teamId = match.teamId;
            group.teamName = match.teamName;
            group.tlp = facts.tlp;
            found = groupOf.insert(match.teamId, int(plan.groups.size()));
            plan.groups.append(group);
        }
        plan.groups[*found].observables.append({observable, match.entry, match.via});
    }

    for (InvestigationGroup& group : plan.groups) {
        const Team* team = teams.value(group.teamId);
        if (team) {
            group.recipient = TeamFields::incidentAddress(*team);
            group.teamName = team->displayName();
        }
        group.key = MailKeys::recipientKey(facts.keys, group.recipient, team ? team->keyFingerprints : QStringList());
        group.encrypt = !group.recipient.isEmpty() && group.key.status == RecipientKeyStatus::Valid;
        group.refusal = refusalOf(group, team);
        group.refused = !group.refusal.isEmpty();
    }
    std::stable_sort(plan.groups.begin(), plan.groups.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.teamName, b.teamName) < 0;
    });
    return plan;
}

Result<InvestigationPlan> InvestigationPlanner::planFor(Vault& vault, const Clock& clock, qint64 incidentId,
                                                        const std::optional<PastedObservables>& pasted)
{
    TicketStores stores(ChangeContext{vault, clock, QString()});
    FB_TRY_ASSIGN(auto incident, stores.tickets.get(incidentId));
    if (incident.kind != TicketKind::Incident)
        return fail(ErrorCode::BadInput,
                    tr("Ticket #%1 is no incident: investigations are launched from an incident.").arg(incidentId),
                    QStringLiteral("ticket"));
    PlanFacts facts;
    facts.incidentId = incident.id;
    facts.incidentTitle = incident.title;
    facts.tlp = incident.tlp;
    facts.observables = pasted ? pasted->observables : incident.observables;
    if (pasted)
        facts.unreadable = pasted->unreadable;
    FB_TRY_ASSIGN(auto teams, TeamReader(vault).teams());
    facts.teams = teams;
    FB_TRY_ASSIGN(auto keys, KeyringStore(vault, clock).keys());
    facts.keys = keys;
    FB_TRY_ASSIGN(auto own, OwnTeam(vault).team());
    facts.ownTeamId = own ? own->id : 0;
    FB_TRY_ASSIGN(auto lookup, DirectoryQueries(vault, clock).lookup());
    return plan(facts, *lookup);
}

} // namespace fb
