// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileImporter.h"

#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamStore.h"
#include "core/directory/TeamFields.h"
#include "core/profile/ProfileConstituency.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileParser.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Transaction.h"

#include <QRegularExpression>
#include <QUrl>
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

// Phone numbers in prose (2.6 Other Telecommunication, 2.11 Points of Customer Contact), where dates, times and
// addresses occur too: a number there starts with "+" or stands on a line that speaks of calling.
QList<Channel> phonesInProse(const QString& text)
{
    static const QRegularExpression calling(QStringLiteral("phone|tel\\b|call|hotline|line|mobile|emergenc|sms"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<Channel> out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        for (Channel c : phones(line, ChannelUsage::Contact)) {
            const qsizetype digits =
                std::count_if(c.value.cbegin(), c.value.cend(), [](QChar ch) { return ch.isDigit(); });
            if (digits < 7 || (!c.value.startsWith(QLatin1Char('+')) && !calling.match(line).hasMatch()))
                continue;
            static const QRegularExpression urgent(QStringLiteral("emergenc|urgent|24/7|24x7|outside"),
                                                   QRegularExpression::CaseInsensitiveOption);
            if (urgent.match(line).hasMatch())
                c.usage = ChannelUsage::Emergency;
            out.append(c);
        }
    return out;
}

// The team's web site: the first address in 2.10 (Other Information) that is not a file.
QString website(const TeamProfile& p)
{
    static const QRegularExpression file(QStringLiteral("\\.(txt|asc|pdf|gpg|pgp|key|html?)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString& url : ProfileParser::findUrls(p.sectionText(QStringLiteral("2.10"))))
        if (const QUrl parsed(url, QUrl::StrictMode);
            !file.match(url).hasMatch() && parsed.isValid() && !parsed.host().isEmpty())
            return url;
    return {};
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

struct TeamNames
{
    QString official;
    QString shortName;
};

// A short name is one word ("CERT-EX", "ISP-SEC"); an official name has several.
bool looksShort(const QString& name)
{
    return !name.isEmpty() && name.size() <= 24 && !name.contains(QLatin1Char(' '));
}

// The names in 2.1: "Long Name (SHORT)", "SHORT (Long Name)", "SHORT - Long Name", labelled lines
// ("Short name: X", "Full name: Y"), or one name.
TeamNames teamNames(const QString& section)
{
    TeamNames names;
    static const QRegularExpression bullet(QStringLiteral("^[-*+o]\\s+"));
    static const QRegularExpression label(
        QStringLiteral("^(short\\s*name|abbreviation|acronym|short|official\\s*name|full\\s*name|long\\s*name)"
                       "\\s*[:=-]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nameLabel(QStringLiteral("^(?:team\\s*)?name\\s*:\\s*"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    for (QString line : section.split(QLatin1Char('\n'))) {
        line = line.remove(bullet).remove(nameLabel).trimmed();
        if (line.isEmpty())
            continue;
        if (const auto m = label.match(line); m.hasMatch()) {
            const QString which = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            const bool isShort = which.startsWith(QLatin1String("short")) || which == QLatin1String("abbreviation") ||
                                 which == QLatin1String("acronym");
            QString& target = isShort ? names.shortName : names.official;
            if (target.isEmpty())
                target = value;
            continue;
        }
        lines.append(line);
    }
    if (!names.official.isEmpty() || !names.shortName.isEmpty()) {
        if (names.official.isEmpty())
            names.official = lines.value(0, names.shortName);
        return names;
    }
    QString name = lines.value(0);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    static const QRegularExpression withShort(QStringLiteral("^(.+?)\\s*\\(([^()]{2,60})\\)$"));
    static const QRegularExpression dashed(QStringLiteral("^(\\S{2,24})\\s+[-\\x{2013}\\x{2014}:]\\s+(.+)$"));
    if (const auto d = dashed.match(name); d.hasMatch()) {
        // "SHORT - Long Name"
        names.shortName = d.captured(1);
        names.official = d.captured(2).trimmed();
    } else if (const auto m = withShort.match(name); m.hasMatch()) {
        // "Long Name (SHORT)", or "SHORT (Long Name)" as some teams write it: the short name is the one word;
        // when both or neither are, the shorter.
        const QString outside = m.captured(1).trimmed();
        const QString inside = m.captured(2).trimmed();
        const bool shortFirst =
            looksShort(outside) == looksShort(inside) ? outside.size() < inside.size() : looksShort(outside);
        names.official = shortFirst ? inside : outside;
        names.shortName = shortFirst ? outside : inside;
    } else {
        names.official = name;
    }
    return names;
}

} // namespace

Team ProfileImporter::teamFromProfile(const TeamProfile& p, QStringList* notUnderstood)
{
    Team t;
    const TeamNames names = teamNames(p.sectionText(QStringLiteral("2.1")));
    t.officialName = names.official;
    t.shortName = names.shortName;
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
    for (const char* section : {"2.6", "2.11"})
        for (const Channel& c : phonesInProse(p.sectionText(QString::fromLatin1(section))))
            if (std::none_of(t.channels.cbegin(), t.channels.cend(),
                             [&c](const Channel& o) { return o.value == c.value; }))
                t.channels.append(c);
    t.website = website(p);
    if (!p.keyFingerprint.isEmpty())
        t.keyFingerprints.append(p.keyFingerprint);
    t.constituencyDescription = p.sectionText(QStringLiteral("3.2"));
    const ConstituencyReading networks = ProfileConstituency::read(t.constituencyDescription);
    t.constituency = networks.entries;
    if (notUnderstood)
        *notUnderstood = networks.notUnderstood;
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

Result<ProfileImportOutcome> ProfileImporter::import(const ChangeContext& change, ProfileStore& profiles, OpenPgp& pgp,
                                                     const QByteArray& document, const QString& sourceName,
                                                     const ProfileImportOptions& options)
{
    TeamStore directory(change);
    ProfileImportOutcome outcome;
    FB_TRY_ASSIGN(auto verified, ProfileVerifier::verify(pgp, document));
    outcome.verification = verified;
    if (verified.signature.status == SignatureStatus::Bad)
        return fail(ErrorCode::BadInput,
                    tr("The signature of %1 is bad: the document was changed after it was signed. Nothing was "
                       "imported.")
                        .arg(sourceName),
                    sourceName);
    if (!verified.profile)
        return fail(ErrorCode::BadInput, verified.parseProblem, sourceName);
    const TeamProfile& profile = *verified.profile;
    ImportedTeam incoming;
    incoming.team = teamFromProfile(profile, &outcome.constituencyNotUnderstood);
    incoming.position = sourceName;
    if (profile.lastUpdate.isValid())
        incoming.modified = profile.lastUpdate.startOfDay(QTimeZone::utc());
    if (incoming.team.officialName.isEmpty())
        return fail(ErrorCode::BadInput, tr("The document names no team in section 2.1."), sourceName);
    const QList<ImportProblem> skippedFields = dropRefusedFields(incoming.team, sourceName);
    if (verified.signerCheck == ProfileSignerCheck::OtherKey) {
        if (options.acceptSigner) {
            outcome.signerAccepted = true;
        } else {
            outcome.heldBackKey = profile.keyFingerprint;
            incoming.team.keyFingerprints.removeAll(profile.keyFingerprint);
        }
    }

    Transaction transaction(change.vault);
    if (!transaction.status())
        return fail(transaction.status().error());
    // The entry this document is about: the team that holds its key, else the team of that name.
    std::optional<Team> existing;
    if (!profile.keyFingerprint.isEmpty()) {
        FB_TRY_ASSIGN(auto hits,
                      DirectoryQueries(change.vault, change.clock).findByKeyFingerprint(profile.keyFingerprint));
        for (const DirectoryHit& hit : hits)
            if (hit.personId == 0 && hit.teamId > 0 && !existing) {
                FB_TRY_ASSIGN(auto t, directory.team(hit.teamId));
                existing = t;
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
        QList<ConstituencyEntry> constituency = existing->constituency;
        for (const ConstituencyEntry& e : std::as_const(incoming.team.constituency))
            if (!constituency.contains(e))
                constituency.append(e);
        incoming.team.constituency = constituency;
    }
    ImportedDirectory batch;
    batch.teams.append(incoming);
    FB_TRY_ASSIGN(auto report, DirectoryImporter(change).import(batch));
    if (!report.problems.isEmpty())
        return fail(ErrorCode::BadInput, report.problems.first().message, sourceName);
    outcome.report = report;
    outcome.report.problems += skippedFields;
    Result<Team> stored = fail(ErrorCode::Internal, tr("The imported team was not stored."), sourceName);
    if (existing) {
        stored = directory.team(existing->id);
    } else {
        FB_TRY_ASSIGN(auto bySource, directory.teamBySource(incoming.team.source));
        if (bySource.has_value())
            stored = *bySource;
    }
    if (!stored)
        return fail(stored.error());
    outcome.teamId = stored->id;
    outcome.created = !existing;

    ProfileImport record;
    record.teamId = outcome.teamId;
    record.sourceName = sourceName;
    record.signatureStatus = ProfileVerifier::statusKey(verified.signature.status);
    record.signer = verified.signerPrimaryFingerprint.isEmpty() ? verified.signature.fingerprint
                                                                : verified.signerPrimaryFingerprint;
    record.profile = profile;
    record.document = document;
    record.signerCheck = ProfileVerifier::signerCheckKey(verified.signerCheck);
    record.signerAccepted = outcome.signerAccepted;
    FB_TRY_ASSIGN(auto id, profiles.addImport(record));
    outcome.importId = id;
    FB_TRY(transaction.commit());
    return outcome;
}

Status ProfileImporter::acceptSigner(const ChangeContext& change, ProfileStore& profiles,
                                     const ProfileImportOutcome& outcome)
{
    TeamStore directory(change);
    if (outcome.heldBackKey.isEmpty())
        return fail(ErrorCode::Usage, tr("This import held back no key."));
    Transaction transaction(change.vault);
    if (!transaction.status())
        return transaction.status();
    FB_TRY_ASSIGN(auto team, directory.team(outcome.teamId));
    if (!team.keyFingerprints.contains(outcome.heldBackKey, Qt::CaseInsensitive)) {
        team.keyFingerprints.append(outcome.heldBackKey);
        if (auto status = directory.updateTeam(team, EditOrigin::User); !status)
            return status;
    }
    if (auto status = profiles.acceptSigner(outcome.importId, outcome.verification.signer()); !status)
        return status;
    return transaction.commit();
}

} // namespace fb
