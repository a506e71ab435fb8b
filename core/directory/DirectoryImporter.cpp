// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryImporter.h"

#include "core/directory/TeamFields.h"
#include "core/vault/Transaction.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace fb {

DirectoryImporter::DirectoryImporter(const ChangeContext& change)
    : m_vault(change.vault)
    , m_teams(change)
    , m_people(change)
{
}

// The teams an import can match, by source, UID, and short name with country. Each key lists the teams that
// had it, in directory order; a team whose key changed during the import is checked against its current key, so
// a match is the first team a scan over the current directory would find.
class DirectoryImporter::TeamIndex
{
public:
    Status load(TeamReader& store)
    {
        FB_TRY_ASSIGN(auto keys, store.teamKeys());
        m_keys.reserve(keys.size());
        for (const TeamKey& key : std::as_const(keys))
            put(key);
        return {};
    }

    // Adds a team, or records its keys after a change.
    void put(const TeamKey& key)
    {
        auto it = m_position.constFind(key.id);
        qsizetype position = 0;
        if (it == m_position.constEnd()) {
            position = static_cast<qsizetype>(m_keys.size());
            m_position.insert(key.id, position);
            m_keys.push_back(key);
        } else {
            position = *it;
            m_keys[position] = key;
        }
        add(m_bySource, key.source, position);
        add(m_byUid, key.uid, position);
        add(m_byName, nameKey(key.shortName, key.country), position);
    }

    std::optional<qint64> match(const Team& incoming) const
    {
        if (!incoming.source.isEmpty())
            for (qsizetype p : m_bySource.value(incoming.source))
                if (m_keys[p].source == incoming.source)
                    return m_keys[p].id;
        if (!incoming.uid.isEmpty())
            for (qsizetype p : m_byUid.value(incoming.uid))
                if (m_keys[p].uid == incoming.uid)
                    return m_keys[p].id;
        if (!incoming.shortName.isEmpty())
            for (qsizetype p : m_byName.value(nameKey(incoming.shortName, incoming.country)))
                if (m_keys[p].shortName.compare(incoming.shortName, Qt::CaseInsensitive) == 0 &&
                    m_keys[p].country == incoming.country)
                    return m_keys[p].id;
        return std::nullopt;
    }

private:
    static QString nameKey(const QString& shortName, const QString& country)
    {
        return shortName.isEmpty() ? QString() : shortName.toCaseFolded() + u'\n' + country;
    }

    static void add(QHash<QString, QList<qsizetype>>& map, const QString& key, qsizetype position)
    {
        if (key.isEmpty())
            return;
        QList<qsizetype>& list = map[key];
        const auto at = std::lower_bound(list.begin(), list.end(), position);
        if (at == list.end() || *at != position)
            list.insert(at, position);
    }

    std::vector<TeamKey> m_keys;
    QHash<qint64, qsizetype> m_position;
    QHash<QString, QList<qsizetype>> m_bySource;
    QHash<QString, QList<qsizetype>> m_byUid;
    QHash<QString, QList<qsizetype>> m_byName;
};

QList<ImportProblem> DirectoryImporter::dropOversizedFields(Team& team, const QString& position)
{
    QList<ImportProblem> problems;
    const QString name = team.displayName().left(80);
    auto report = [&](const QString& field, qsizetype size) {
        problems.append(ImportProblem{position, tr("%1: the field %2 is %L3 characters long, more than the %L4 a "
                                                   "directory field may hold; it was left out.")
                                                    .arg(name, field)
                                                    .arg(size)
                                                    .arg(kMaxFieldChars)});
    };
    // List fields lose only their oversized items; a long list of ordinary items is kept.
    auto dropItems = [&](auto& list, const QString& field, auto&& text) {
        qsizetype longest = 0;
        const qsizetype before = list.size();
        list.removeIf([&](const auto& item) {
            const qsizetype size = text(item).size();
            if (size <= kMaxFieldChars)
                return false;
            longest = std::max(longest, size);
            return true;
        });
        if (list.size() != before)
            report(field, longest);
    };
    dropItems(team.channels, QStringLiteral("channels"), [](const Channel& c) { return TeamFields::channelText(c); });
    dropItems(team.constituency, QStringLiteral("constituency"), [](const ConstituencyEntry& e) { return e.value; });
    dropItems(team.keyFingerprints, QStringLiteral("keys"), [](const QString& k) { return k; });
    dropItems(team.agreements, QStringLiteral("agreements"),
              [](const Agreement& a) { return TeamFields::agreementText(a); });
    static const QStringList lists{QStringLiteral("channels"), QStringLiteral("constituency"), QStringLiteral("keys"),
                                   QStringLiteral("agreements")};
    const Team empty;
    for (const QString& field : TeamFields::names()) {
        if (lists.contains(field))
            continue;
        if (const qsizetype size = TeamFields::text(team, field).size(); size > kMaxFieldChars) {
            report(field, size);
            TeamFields::copy(team, empty, field);
        }
    }
    return problems;
}

Status DirectoryImporter::importTeam(const ImportedTeam& imported, TeamIndex& index, ImportReport& report)
{
    ImportedTeam incoming = imported;
    report.problems.append(dropOversizedFields(incoming.team, incoming.position));
    const std::optional<qint64> found = index.match(incoming.team);
    if (!found) {
        auto id = m_teams.addTeam(incoming.team, EditOrigin::Import);
        if (!id) {
            if (id.error().code != ErrorCode::BadInput)
                return fail(id.error());
            report.problems.append(ImportProblem{incoming.position, id.error().toString()});
            report.skipped.append(incoming.position + QStringLiteral(": ") + incoming.team.displayName());
            return {};
        }
        report.added.append(incoming.team.displayName());
        auto added = m_teams.teamKey(*id); // later entries of the same import may match this one
        if (!added)
            return fail(added.error());
        index.put(*added);
        return {};
    }
    FB_TRY_ASSIGN(auto stored, m_teams.team(*found));
    Team merged = stored;
    FB_TRY_ASSIGN(auto edits, m_teams.fieldEdits(merged.id));
    bool changed = false;
    for (const QString& field : TeamFields::names()) {
        const QString newValue = TeamFields::text(incoming.team, field);
        if (newValue.isEmpty() || newValue == TeamFields::text(merged, field))
            continue;
        const FieldEdit edit = edits.value(field);
        if (edit.byUser && (!incoming.modified.isValid() || edit.at >= incoming.modified)) {
            report.keptEdits.append(
                tr("%1 %2: kept your edit of %3").arg(merged.displayName(), field, edit.at.toString(Qt::ISODate)));
            continue;
        }
        TeamFields::copy(merged, incoming.team, field);
        changed = true;
    }
    if (merged.source.isEmpty())
        merged.source = incoming.team.source;
    if (!changed) {
        report.unchanged.append(merged.displayName());
        return {};
    }
    if (auto status = m_teams.updateTeam(merged, EditOrigin::Import); !status) {
        if (status.error().code != ErrorCode::BadInput)
            return status;
        report.problems.append(ImportProblem{incoming.position, status.error().toString()});
        report.skipped.append(incoming.position + QStringLiteral(": ") + incoming.team.displayName());
        return {};
    }
    report.updated.append(merged.displayName());
    auto key = m_teams.teamKey(merged.id); // its source, short name or country may have changed
    if (!key)
        return fail(key.error());
    index.put(*key);
    return {};
}

Status DirectoryImporter::importPerson(const ImportedPerson& incoming, ImportReport& report)
{
    Person person = incoming.person;
    for (qsizetype i = 0; i < person.memberships.size() && i < incoming.teamUids.size(); ++i) {
        FB_TRY_ASSIGN(auto team, m_teams.teamByUid(incoming.teamUids[i]));
        if (!team) {
            report.problems.append(ImportProblem{incoming.position, tr("The team %1 is not in the directory; the "
                                                                       "membership was left out.")
                                                                        .arg(incoming.teamUids[i])});
            person.memberships[i].teamId = 0;
            continue;
        }
        person.memberships[i].teamId = (team)->id;
    }
    person.memberships.removeIf([](const TeamMembership& m) { return m.teamId == 0; });
    FB_TRY_ASSIGN(auto match, m_people.matchPerson(person));
    if (!match.person) {
        auto id = m_people.addPerson(person, EditOrigin::Import);
        if (!id) {
            if (id.error().code != ErrorCode::BadInput)
                return fail(id.error());
            report.problems.append(ImportProblem{incoming.position, id.error().toString()});
            report.skipped.append(incoming.position + QStringLiteral(": ") + person.name);
            return {};
        }
        report.added.append(person.name);
        return {};
    }
    const Person& stored = *match.person;
    const Person merged = PersonStore::mergePerson(stored, person);
    if (PersonStore::samePerson(merged, stored)) {
        report.unchanged.append(stored.name);
        return {};
    }
    // People are merged as a whole: a person edited by hand since is kept as it is.
    FB_TRY_ASSIGN(auto edits, m_people.fieldEdits(stored.id));
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        if (it->byUser && it->at > stored.createdAt) {
            report.keptEdits.append(tr("%1: kept your edits").arg(stored.name));
            return {};
        }
    if (auto status = m_people.updatePerson(merged, EditOrigin::Import); !status) {
        if (status.error().code != ErrorCode::BadInput)
            return status;
        report.problems.append(ImportProblem{incoming.position, status.error().toString()});
        report.skipped.append(incoming.position + QStringLiteral(": ") + person.name);
        return {};
    }
    report.updated.append(match.how == QLatin1String("email") ? tr("%1 (matched by e-mail address)").arg(merged.name)
                                                              : merged.name);
    return {};
}

Result<ImportReport> DirectoryImporter::import(const ImportedDirectory& directory, JobControl* control)
{
    ImportReport report;
    report.problems = directory.problems;
    report.warnings = directory.warnings;
    QStringList skippedPositions;
    for (const ImportProblem& problem : directory.problems) {
        // "teams[3].country" -> "teams[3]"; "line 12" stays as it is.
        const qsizetype bracket = problem.position.indexOf(u']');
        const QString entry = bracket > 0 ? problem.position.left(bracket + 1) : problem.position;
        if (!skippedPositions.contains(entry))
            skippedPositions.append(entry);
    }
    report.skipped = skippedPositions;

    Transaction transaction(m_vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    TeamIndex index;
    FB_TRY(index.load(m_teams));
    const qint64 total = directory.teams.size() + directory.people.size();
    qint64 done = 0;
    // Before each entry: Cancelled when the job is cancelled; false when a stop was asked for (the caller keeps
    // what is merged and lists the rest as not reached).
    auto step = [&](const QString& position) -> Result<bool> {
        if (!control)
            return true;
        if (control->isCancelled())
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        if (report.stopped || control->isStopRequested()) {
            report.stopped = true;
            report.notReached.append(position);
            return false;
        }
        control->setProgress(done++, total, tr("Importing directory entries"));
        return true;
    };
    for (const ImportedTeam& team : directory.teams) {
        FB_TRY_ASSIGN(auto go, step(team.position));
        if (!go)
            continue;
        FB_TRY(importTeam(team, index, report));
    }
    for (const ImportedPerson& person : directory.people) {
        FB_TRY_ASSIGN(auto go, step(person.position));
        if (!go)
            continue;
        FB_TRY(importPerson(person, report));
    }
    if (control && !report.stopped)
        control->setProgress(total, total, tr("Importing directory entries"));
    FB_TRY(transaction.commit());
    return report;
}

} // namespace fb
