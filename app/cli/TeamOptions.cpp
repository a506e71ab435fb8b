// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/TeamOptions.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "core/directory/TeamFields.h"

#include <tuple>

namespace fb {

TeamOptions::TeamOptions()
    : set(option("set",
                 tr("Set a field: FIELD=VALUE (repeatable). Fields: %1.")
                     .arg(TeamFields::scalarNames().join(QStringLiteral(", "))),
                 "FIELD=VALUE"))
    , email(option("email", tr("Add an e-mail address, optionally with a usage: ADDRESS[=USAGE]."), "ADDRESS"))
    , phone(option("phone", tr("Add a phone number: NUMBER[=USAGE]."), "NUMBER"))
    , oob(option("out-of-band", tr("Add an out-of-band channel: VALUE[=USAGE]."), "VALUE"))
    , removeChannel(option("remove-channel", tr("Remove the channel with this value."), "VALUE"))
    , constituency(option("constituency",
                          tr("Add a constituency entry: CIDR, range a-b, ASN, domain, *.domain or country."), "ENTRY"))
    , text(option("constituency-text", tr("Add a free-text constituency entry."), "TEXT"))
    , removeConstituency(option("remove-constituency", tr("Remove a constituency entry."), "ENTRY"))
    , key(option("link-key", tr("Link an OpenPGP key by fingerprint."), "FINGERPRINT"))
    , unlinkKey(option("unlink-key", tr("Remove a linked key."), "FINGERPRINT"))
    , agreement(option("agreement",
                       tr("Add an agreement: KIND:PARTY:SIGNED[:EXPIRES] (kind nda, mou, code-of-conduct, other)."),
                       "AGREEMENT"))
    , verified(option("verified", tr("Record that the entry was verified now, by you.")))
    , highestTlp(option("highest-tlp",
                        tr("The highest TLP label we may share with them (a person without one: their team's)."),
                        "LABEL"))
{
}

QList<QCommandLineOption> TeamOptions::options() const
{
    QList<QCommandLineOption> list;
    for (const QCommandLineOption* o : {&set, &email, &phone, &oob, &removeChannel, &constituency, &text,
                                        &removeConstituency, &key, &unlinkKey, &agreement, &verified, &highestTlp})
        list.append(*o);
    return list;
}

Result<Channel> TeamOptions::channel(ChannelKind kind, const QString& value, bool outOfBand)
{
    Channel c;
    c.kind = kind;
    c.outOfBand = outOfBand;
    c.usage = kind == ChannelKind::Phone ? ChannelUsage::Voice : ChannelUsage::Contact;
    const qsizetype eq = value.lastIndexOf(u'=');
    c.value = eq > 0 ? value.left(eq) : value;
    if (eq > 0) {
        const auto usage = DirectoryTypes::parseChannelUsage(value.mid(eq + 1));
        if (!usage)
            return fail(ErrorCode::BadInput,
                        tr("“%1” is not a channel usage (one of: %2).")
                            .arg(value.mid(eq + 1), DirectoryTypes::channelUsageKeys().join(s(", "))));
        c.usage = *usage;
    }
    return c;
}

Status TeamOptions::apply(const QCommandLineParser& parser, Team& team, const CliContext& context) const
{
    for (const QString& assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::Usage, tr("--set takes FIELD=VALUE, not “%1”.").arg(assignment));
        if (auto status = TeamFields::set(team, assignment.left(eq), assignment.mid(eq + 1)); !status)
            return status;
    }
    for (const auto& [opt, kind, outOfBand] :
         {std::tuple{&email, ChannelKind::Email, false}, std::tuple{&phone, ChannelKind::Phone, false},
          std::tuple{&oob, ChannelKind::Other, true}})
        for (const QString& value : parser.values(*opt)) {
            FB_TRY_ASSIGN(auto c, channel(kind, value, outOfBand));
            team.channels.append(c);
        }
    for (const QString& value : parser.values(removeChannel))
        team.channels.removeIf([&](const Channel& c) { return c.value.compare(value, Qt::CaseInsensitive) == 0; });
    for (const QString& value : parser.values(constituency)) {
        FB_TRY_ASSIGN(auto entry, Constituency::guess(value));
        team.constituency.append(entry);
    }
    for (const QString& value : parser.values(text))
        team.constituency.append(ConstituencyEntry{ConstituencyKind::Text, value, {}, {}, 0});
    for (const QString& value : parser.values(removeConstituency)) {
        auto entry = Constituency::guess(value);
        const QString normal = entry ? entry->value : value.trimmed();
        const auto before = team.constituency.size();
        team.constituency.removeIf([&](const ConstituencyEntry& e) { return e.value == normal; });
        if (before == team.constituency.size())
            return fail(ErrorCode::NotFound, tr("The team has no constituency entry “%1”.").arg(value));
    }
    for (const QString& value : parser.values(key)) {
        FB_TRY_ASSIGN(auto fpr, TeamFields::normaliseFingerprint(value));
        team.keyFingerprints.append(fpr);
    }
    for (const QString& value : parser.values(unlinkKey)) {
        FB_TRY_ASSIGN(auto fpr, TeamFields::normaliseFingerprint(value));
        team.keyFingerprints.removeAll(fpr);
    }
    for (const QString& value : parser.values(agreement)) {
        const QStringList parts = value.split(u':');
        const auto kind = DirectoryTypes::parseAgreementKind(parts.value(0));
        if (parts.size() < 3 || !kind)
            return fail(ErrorCode::Usage, tr("--agreement takes KIND:PARTY:SIGNED[:EXPIRES], not “%1”.").arg(value));
        auto signedOn = TeamFields::parseDate(parts[2], s("agreement"));
        auto expires = TeamFields::parseDate(parts.value(3), s("agreement"));
        if (!signedOn || !expires)
            return fail(!signedOn ? signedOn.error() : expires.error());
        team.agreements.append(Agreement{*kind, parts[1], *signedOn, *expires, {}});
    }
    if (parser.isSet(verified)) {
        team.verifiedAt = context.clock().nowUtc();
        team.verifiedBy = context.actor();
    }
    return applyHighestTlp(parser, team.highestTlp);
}

Status TeamOptions::applyHighestTlp(const QCommandLineParser& parser, std::optional<TlpLevel>& level) const
{
    if (!parser.isSet(highestTlp))
        return {};
    level = Tlp::parse(parser.value(highestTlp));
    if (!level)
        return fail(ErrorCode::BadInput, tr("“%1” is not a TLP 2.0 label.").arg(parser.value(highestTlp)),
                    s("highest-tlp"));
    return {};
}

} // namespace fb
