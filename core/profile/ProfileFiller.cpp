// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileFiller.h"

#include "core/crypto/OpenPgp.h"
#include "core/taxonomy/Rsit.h"

namespace fb {

namespace {

QString channelLine(const Channel& c)
{
    QString line = c.value;
    if (c.usage == ChannelUsage::Emergency)
        line = ProfileFiller::tr("%1 (emergency)").arg(c.value);
    else if (c.outOfBand)
        line = ProfileFiller::tr("%1 (out of band)").arg(c.value);
    if (!c.comment.isEmpty())
        line += QStringLiteral(" - ") + c.comment;
    return line;
}

} // namespace

TeamProfile ProfileFiller::fill(TeamProfile p, const Team& team, const QString& signingKey, const Rsit& taxonomy)
{
    QString name = team.officialName;
    if (!team.shortName.isEmpty() && team.shortName != team.officialName)
        name += QStringLiteral(" (") + team.shortName + QLatin1Char(')');
    if (!name.isEmpty())
        p.text[QStringLiteral("2.1")] = name;
    if (p.title.isEmpty())
        p.title = tr("RFC 2350 description of %1").arg(team.displayName());
    if (!team.postalAddress.isEmpty())
        p.text[QStringLiteral("2.2")] = team.postalAddress;
    if (!team.timeZone.isEmpty())
        p.text[QStringLiteral("2.3")] = team.timeZone;
    QStringList phones;
    QStringList faxes;
    QStringList emails;
    for (const Channel& c : team.channels) {
        if (c.kind == ChannelKind::Email)
            emails.append(channelLine(c));
        else if (c.kind == ChannelKind::Phone && c.usage == ChannelUsage::Fax)
            faxes.append(channelLine(c));
        else if (c.kind == ChannelKind::Phone)
            phones.append(channelLine(c));
    }
    if (!phones.isEmpty())
        p.text[QStringLiteral("2.4")] = phones.join(QLatin1Char('\n'));
    if (!faxes.isEmpty())
        p.text[QStringLiteral("2.5")] = faxes.join(QLatin1Char('\n'));
    if (!emails.isEmpty())
        p.text[QStringLiteral("2.7")] = emails.join(QLatin1Char('\n'));
    const QString key = !signingKey.isEmpty()             ? signingKey
                        : !team.keyFingerprints.isEmpty() ? team.keyFingerprints.first()
                                                          : QString();
    if (!OpenPgp::normalisedFingerprint(key).isEmpty())
        p.keyFingerprint = OpenPgp::normalisedFingerprint(key);
    if (!team.languages.isEmpty())
        p.languages = team.languages;
    if (team.available24x7)
        p.hoursOfService = tr("24/7");
    else if (!team.businessHours.isEmpty())
        p.hoursOfService =
            team.timeZone.isEmpty() ? team.businessHours : team.businessHours + QLatin1Char(' ') + team.timeZone;
    if (!team.rfc2350Url.isEmpty() && !p.locations.contains(team.rfc2350Url))
        p.locations.prepend(team.rfc2350Url);
    QStringList constituency;
    if (!team.constituencyDescription.isEmpty())
        constituency.append(team.constituencyDescription);
    if (!team.constituency.isEmpty()) {
        if (!constituency.isEmpty())
            constituency.append(QString());
        for (const ConstituencyEntry& e : team.constituency)
            constituency.append(QStringLiteral("- ") + e.value);
    }
    if (!constituency.isEmpty())
        p.text[QStringLiteral("3.2")] = constituency.join(QLatin1Char('\n'));
    if (p.sectionText(QStringLiteral("4.1")).isEmpty() && !taxonomy.classes().isEmpty()) {
        QStringList lines{tr("We handle incidents of every class of the Reference Security Incident Taxonomy:")};
        for (const RsitClass& c : taxonomy.classes())
            lines.append(QStringLiteral("- ") + c.name);
        p.text[QStringLiteral("4.1")] = lines.join(QLatin1Char('\n'));
    }
    p.normalise();
    return p;
}

} // namespace fb
