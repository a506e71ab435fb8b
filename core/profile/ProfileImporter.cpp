// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileImporter.h"

#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryStore.h"
#include "core/directory/TeamFields.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Transaction.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <functional>

namespace fb {

namespace {

QList<Channel> phones(const QString& text, ChannelUsage usage)
{
    static const QRegularExpression number(QStringLiteral("\\+?[0-9][0-9 ()./-]{5,}[0-9]"));
    QList<Channel> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        for (auto it = number.globalMatch(line); it.hasNext();) {
            Channel c;
            c.kind = ChannelKind::Phone;
            c.value = it.next().captured(0).simplified();
            c.usage = line.contains(QStringLiteral("emergenc"), Qt::CaseInsensitive) ? ChannelUsage::Emergency : usage;
            out.append(c);
        }
    }
    return out;
}

QString ianaZone(const QString& text)
{
    static const QRegularExpression zone(QStringLiteral("\\b[A-Z][A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?\\b"));
    for (auto it = zone.globalMatch(text); it.hasNext();) {
        const QString candidate = it.next().captured(0);
        if (QTimeZone::isTimeZoneIdAvailable(candidate.toUtf8()))
            return candidate;
    }
    return {};
}

QString hours(const TeamProfile& p)
{
    if (!p.hoursOfService.isEmpty())
        return p.hoursOfService;
    static const QRegularExpression words(QStringLiteral("hours|24/7|24x7|monday|mon-fri|business day"),
                                          QRegularExpression::CaseInsensitiveOption);
    // The first list item or sentence that speaks of hours, read across the lines it spans.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.;])\\s+"));
    static const QRegularExpression bullet(QStringLiteral("^[-*o]\\s+"));
    for (const char* section : {"2.11", "2.10"}) {
        QStringList items;
        bool startItem = true;
        for (const QString& line : p.text.value(QString::fromLatin1(section)).split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty()) {
                startItem = true;
                continue;
            }
            if (startItem || bullet.match(line).hasMatch())
                items.append(QString(line).remove(bullet).trimmed());
            else
                items.last() += QLatin1Char(' ') + line.trimmed();
            startItem = false;
        }
        for (const QString& item : items)
            for (const QString& sentence : item.split(sentenceEnd))
                if (words.match(sentence).hasMatch())
                    return sentence;
    }
    return {};
}

// The problem with one field on its own, judged by the directory's own validation; empty when it passes.
QString fieldProblem(const std::function<void(Team&)>& setField)
{
    Team probe;
    probe.officialName = QStringLiteral("probe");
    setField(probe);
    const Status status = TeamFields::validate(probe);
    return status ? QString() : status.error().message;
}

// Takes out of `team` the fields the directory would refuse, so one odd field does not stop the import of the
// rest; each one is listed with the RFC 2350 section it came from.
QList<ImportProblem> dropRefusedFields(Team& team, const QString& sourceName)
{
    QList<ImportProblem> skipped;
    auto skip = [&](const char* section, const QString& message) {
        //: %1 is a file name, %2 an RFC 2350 section number such as 2.7
        skipped.append({ProfileImporter::tr("%1, section %2").arg(sourceName, QLatin1String(section)),
                        ProfileImporter::tr("Not imported: %1").arg(message)});
    };
    QList<Channel> channels;
    for (const Channel& channel : std::as_const(team.channels)) {
        const QString problem = fieldProblem([&channel](Team& t) { t.channels = {channel}; });
        if (problem.isEmpty())
            channels.append(channel);
        else
            skip(channel.kind == ChannelKind::Email   ? "2.7"
                 : channel.usage == ChannelUsage::Fax ? "2.5"
                                                      : "2.4",
                 problem);
    }
    team.channels = channels;
    QStringList fingerprints;
    for (const QString& fingerprint : std::as_const(team.keyFingerprints)) {
        const QString problem = fieldProblem([&fingerprint](Team& t) { t.keyFingerprints = {fingerprint}; });
        if (problem.isEmpty())
            fingerprints.append(fingerprint);
        else
            skip("2.8", problem);
    }
    team.keyFingerprints = fingerprints;
    if (const QString problem = fieldProblem([&team](Team& t) { t.rfc2350Url = team.rfc2350Url; });
        !problem.isEmpty()) {
        skip("1.3", problem);
        team.rfc2350Url.clear();
    }
    if (const QString problem = fieldProblem([&team](Team& t) { t.timeZone = team.timeZone; }); !problem.isEmpty()) {
        skip("2.3", problem);
        team.timeZone.clear();
    }
    return skipped;
}

} // namespace

Team ProfileImporter::teamFromProfile(const TeamProfile& p)
{
    Team t;
    QString name = p.sectionText(QStringLiteral("2.1")).section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression withShort(QStringLiteral("^(.+?)\\s*\\(([^()]{2,30})\\)\\.?$"));
    static const QRegularExpression dashed(QStringLiteral("^(\\S{2,20})\\s+[-\\x{2013}\\x{2014}]\\s+(.+)$"));
    if (const auto d = dashed.match(name); d.hasMatch()) {
        // "SHORT - Long Name"
        t.shortName = d.captured(1);
        t.officialName = d.captured(2).trimmed();
    } else if (const auto m = withShort.match(name); m.hasMatch()) {
        // "Long Name (SHORT)", or "SHORT (Long Name)" as some teams write it.
        const QString outside = m.captured(1).trimmed();
        const QString inside = m.captured(2).trimmed();
        const bool shortFirst = outside.size() < inside.size();
        t.officialName = shortFirst ? inside : outside;
        t.shortName = shortFirst ? outside : inside;
    } else {
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        t.officialName = name;
    }
    t.postalAddress = p.sectionText(QStringLiteral("2.2"));
    t.timeZone = ianaZone(p.sectionText(QStringLiteral("2.3")));
    for (const QString& address : ProfileLint::emailAddresses(p)) {
        Channel c;
        c.kind = ChannelKind::Email;
        c.value = address;
        t.channels.append(c);
    }
    t.channels += phones(p.sectionText(QStringLiteral("2.4")), ChannelUsage::Contact);
    t.channels += phones(p.sectionText(QStringLiteral("2.5")), ChannelUsage::Fax);
    if (!p.keyFingerprint.isEmpty())
        t.keyFingerprints.append(p.keyFingerprint);
    t.constituencyDescription = p.sectionText(QStringLiteral("3.2"));
    t.businessHours = hours(p);
    const QString all = p.sectionText(QStringLiteral("2.11")) + QLatin1Char('\n') + p.hoursOfService;
    t.available24x7 = all.contains(QStringLiteral("24/7")) || all.contains(QStringLiteral("24x7"));
    for (const QString& l : p.locations)
        if (l.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)) {
            t.rfc2350Url = l;
            break;
        }
    if (t.rfc2350Url.isEmpty() && !p.locations.isEmpty())
        t.rfc2350Url = p.locations.first();
    t.languages = p.languages;
    return t;
}

Result<ProfileImportOutcome> ProfileImporter::import(DirectoryStore& directory, ProfileStore& profiles, OpenPgp& pgp,
                                                     const QByteArray& document, const QString& sourceName)
{
    ProfileImportOutcome outcome;
    auto verified = ProfileVerifier::verify(pgp, document);
    if (!verified)
        return fail(verified.error());
    outcome.verification = *verified;
    if (verified->signature.status == SignatureStatus::Bad)
        return fail(ErrorCode::BadInput,
                    tr("The signature of %1 is bad: the document was changed after it was signed. Nothing was "
                       "imported.")
                        .arg(sourceName),
                    sourceName);
    if (!verified->profile)
        return fail(ErrorCode::BadInput, verified->parseProblem, sourceName);
    const TeamProfile& profile = *verified->profile;
    ImportedTeam incoming;
    incoming.team = teamFromProfile(profile);
    incoming.position = sourceName;
    if (profile.lastUpdate.isValid())
        incoming.modified = profile.lastUpdate.startOfDay(QTimeZone::utc());
    if (incoming.team.officialName.isEmpty())
        return fail(ErrorCode::BadInput, tr("The document names no team in section 2.1."), sourceName);
    const QList<ImportProblem> skippedFields = dropRefusedFields(incoming.team, sourceName);

    Transaction transaction(directory.vault());
    if (!transaction.status())
        return fail(transaction.status().error());
    // The entry this document is about: the team that holds its key, else the team of that name.
    std::optional<Team> existing;
    if (!profile.keyFingerprint.isEmpty()) {
        auto hits = directory.findByKeyFingerprint(profile.keyFingerprint);
        if (!hits)
            return fail(hits.error());
        for (const DirectoryHit& hit : *hits)
            if (hit.personId == 0 && hit.teamId > 0 && !existing) {
                auto t = directory.team(hit.teamId);
                if (!t)
                    return fail(t.error());
                existing = *t;
            }
    }
    for (const QString& name : {incoming.team.shortName, incoming.team.officialName}) {
        if (existing || name.isEmpty())
            continue;
        auto t = directory.findTeam(name);
        if (t)
            existing = *t;
        else if (t.error().code != ErrorCode::NotFound)
            return fail(t.error());
    }
    incoming.team.source = QStringLiteral("rfc2350:") + (profile.keyFingerprint.isEmpty()
                                                             ? ProfileSections::titleKey(incoming.team.officialName)
                                                             : profile.keyFingerprint);
    if (existing) {
        incoming.team.uid = existing->uid;
        incoming.team.source = existing->source.isEmpty() ? incoming.team.source : existing->source;
        // Lists are merged: what the directory already holds stays.
        QList<Channel> channels = existing->channels;
        for (const Channel& c : incoming.team.channels)
            if (std::none_of(channels.cbegin(), channels.cend(),
                             [&](const Channel& o) { return o.value.compare(c.value, Qt::CaseInsensitive) == 0; }))
                channels.append(c);
        incoming.team.channels = channels;
        QStringList keys = existing->keyFingerprints;
        for (const QString& k : incoming.team.keyFingerprints)
            if (!keys.contains(k, Qt::CaseInsensitive))
                keys.append(k);
        incoming.team.keyFingerprints = keys;
    }
    ImportedDirectory batch;
    batch.teams.append(incoming);
    auto report = DirectoryImporter(directory).import(batch);
    if (!report)
        return fail(report.error());
    if (!report->problems.isEmpty())
        return fail(ErrorCode::BadInput, report->problems.first().message, sourceName);
    outcome.report = *report;
    outcome.report.problems += skippedFields;
    Result<Team> stored = fail(ErrorCode::Internal, tr("The imported team was not stored."), sourceName);
    if (existing) {
        stored = directory.team(existing->id);
    } else {
        auto bySource = directory.teamBySource(incoming.team.source);
        if (!bySource)
            return fail(bySource.error());
        if (bySource->has_value())
            stored = **bySource;
    }
    if (!stored)
        return fail(stored.error());
    outcome.teamId = stored->id;
    outcome.created = !existing;

    ProfileImport record;
    record.teamId = outcome.teamId;
    record.sourceName = sourceName;
    record.signatureStatus = ProfileVerifier::statusKey(verified->signature.status);
    record.signer = verified->signerPrimaryFingerprint.isEmpty() ? verified->signature.fingerprint
                                                                 : verified->signerPrimaryFingerprint;
    record.profile = profile;
    record.document = document;
    auto id = profiles.addImport(record);
    if (!id)
        return fail(id.error());
    outcome.importId = *id;
    if (auto status = transaction.commit(); !status)
        return fail(status.error());
    return outcome;
}

} // namespace fb
