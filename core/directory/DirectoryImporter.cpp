// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryImporter.h"

#include "core/directory/TeamFields.h"
#include "core/vault/Transaction.h"

namespace fb {

DirectoryImporter::DirectoryImporter(DirectoryStore& store)
    : m_store(store)
{
}

Result<std::optional<Team>> DirectoryImporter::match(const Team& incoming, const QList<Team>& existing)
{
    if (!incoming.source.isEmpty())
        for (const Team& t : existing)
            if (t.source == incoming.source)
                return t;
    if (!incoming.uid.isEmpty())
        for (const Team& t : existing)
            if (t.uid == incoming.uid)
                return t;
    if (!incoming.shortName.isEmpty())
        for (const Team& t : existing)
            if (t.shortName.compare(incoming.shortName, Qt::CaseInsensitive) == 0 && t.country == incoming.country)
                return t;
    return std::optional<Team>();
}

Status DirectoryImporter::importTeam(const ImportedTeam& incoming, QList<Team>& existing, ImportReport& report)
{
    auto found = match(incoming.team, existing);
    if (!found)
        return fail(found.error());
    if (!*found) {
        auto id = m_store.addTeam(incoming.team, EditOrigin::Import);
        if (!id) {
            if (id.error().code != ErrorCode::BadInput)
                return fail(id.error());
            report.problems.append(ImportProblem{incoming.position, id.error().toString()});
            report.skipped.append(incoming.position + QStringLiteral(": ") + incoming.team.displayName());
            return {};
        }
        report.added.append(incoming.team.displayName());
        auto added = m_store.team(*id); // later entries of the same import may match this one
        if (!added)
            return fail(added.error());
        existing.append(*added);
        return {};
    }
    Team merged = **found;
    auto edits = m_store.fieldEdits(QStringLiteral("team"), merged.id);
    if (!edits)
        return fail(edits.error());
    bool changed = false;
    for (const QString& field : TeamFields::names()) {
        const QString newValue = TeamFields::text(incoming.team, field);
        if (newValue.isEmpty() || newValue == TeamFields::text(merged, field))
            continue;
        const FieldEdit edit = edits->value(field);
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
    if (auto status = m_store.updateTeam(merged, EditOrigin::Import); !status) {
        if (status.error().code != ErrorCode::BadInput)
            return status;
        report.problems.append(ImportProblem{incoming.position, status.error().toString()});
        report.skipped.append(incoming.position + QStringLiteral(": ") + incoming.team.displayName());
        return {};
    }
    report.updated.append(merged.displayName());
    return {};
}

Status DirectoryImporter::importPerson(const ImportedPerson& incoming, ImportReport& report)
{
    Person person = incoming.person;
    for (qsizetype i = 0; i < person.memberships.size() && i < incoming.teamUids.size(); ++i) {
        auto team = m_store.teamByUid(incoming.teamUids[i]);
        if (!team)
            return fail(team.error());
        if (!*team) {
            report.problems.append(ImportProblem{incoming.position, tr("The team %1 is not in the directory; the "
                                                                       "membership was left out.")
                                                                        .arg(incoming.teamUids[i])});
            person.memberships[i].teamId = 0;
            continue;
        }
        person.memberships[i].teamId = (*team)->id;
    }
    person.memberships.removeIf([](const TeamMembership& m) { return m.teamId == 0; });
    auto match = m_store.matchPerson(person);
    if (!match)
        return fail(match.error());
    if (!match->person) {
        auto id = m_store.addPerson(person, EditOrigin::Import);
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
    const Person& stored = *match->person;
    const Person merged = DirectoryStore::mergePerson(stored, person);
    if (DirectoryStore::samePerson(merged, stored)) {
        report.unchanged.append(stored.name);
        return {};
    }
    // People are merged as a whole: a person edited by hand since is kept as it is.
    auto edits = m_store.fieldEdits(QStringLiteral("person"), stored.id);
    if (!edits)
        return fail(edits.error());
    for (auto it = edits->cbegin(); it != edits->cend(); ++it)
        if (it->byUser && it->at > stored.createdAt) {
            report.keptEdits.append(tr("%1: kept your edits").arg(stored.name));
            return {};
        }
    if (auto status = m_store.updatePerson(merged, EditOrigin::Import); !status) {
        if (status.error().code != ErrorCode::BadInput)
            return status;
        report.problems.append(ImportProblem{incoming.position, status.error().toString()});
        report.skipped.append(incoming.position + QStringLiteral(": ") + person.name);
        return {};
    }
    report.updated.append(match->how == QLatin1String("email") ? tr("%1 (matched by e-mail address)").arg(merged.name)
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

    Transaction transaction(m_store.vault());
    if (!transaction.status())
        return fail(transaction.status().error());
    auto existing = m_store.teams();
    if (!existing)
        return fail(existing.error());
    const qint64 total = directory.teams.size() + directory.people.size();
    qint64 done = 0;
    auto step = [&]() -> Status {
        if (!control)
            return {};
        if (control->isCancelled())
            return fail(ErrorCode::Cancelled, tr("The import was cancelled; nothing was imported."));
        control->setProgress(done++, total, tr("Importing directory entries"));
        return {};
    };
    for (const ImportedTeam& team : directory.teams) {
        if (auto status = step(); !status)
            return fail(status.error());
        if (auto status = importTeam(team, *existing, report); !status)
            return fail(status.error());
    }
    for (const ImportedPerson& person : directory.people) {
        if (auto status = step(); !status)
            return fail(status.error());
        if (auto status = importPerson(person, report); !status)
            return fail(status.error());
    }
    if (control)
        control->setProgress(total, total, tr("Importing directory entries"));
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return report;
}

} // namespace fb
