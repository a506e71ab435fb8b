// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DirectoryView.h"

#include "core/directory/Countries.h"
#include "core/directory/TeamFields.h"

namespace fb {

QString DirectoryView::contacts(const Team& team)
{
    QStringList lines;
    for (const Channel& c : team.channels)
        lines.append(QStringLiteral("    ") + TeamFields::channelText(c));
    return lines.join(u'\n');
}

QString DirectoryView::team(const Team& t, QDate today)
{
    QString text;
    const QString indent = QStringLiteral("\n") + QString(27, u' ');
    auto line = [&](const QString& label, const QString& value) {
        if (value.isEmpty())
            return;
        const QString head = label + u':';
        QString body = value;
        body.replace(u'\n', indent);
        text += head.leftJustified(26) + u' ' + body + u'\n';
    };
    line(tr("Team"), QStringLiteral("%1 (#%2)").arg(t.displayName()).arg(t.id));
    line(tr("Official name"), t.officialName);
    line(tr("Host organisation"), t.hostOrganisation);
    line(tr("Country"),
         t.country.isEmpty() ? QString() : t.country + QStringLiteral(" (") + Countries::name(t.country) + u')');
    line(tr("Type"), DirectoryTypes::label(t.type));
    line(tr("Sectors"), t.sectors.join(QStringLiteral(", ")));
    line(tr("Established"), TeamFields::dateText(t.established));
    if (t.tiStatus != TiStatus::None)
        line(tr("Trusted Introducer"),
             DirectoryTypes::label(t.tiStatus) +
                 (t.tiSince.isValid() ? tr(" since %1").arg(TeamFields::dateText(t.tiSince)) : QString()));
    line(tr("Memberships"), t.memberships.join(QStringLiteral(", ")));
    line(tr("Languages"), t.languages.join(QStringLiteral(", ")));
    line(tr("Business hours"), QString(t.businessHours + u' ' + t.timeZone).trimmed());
    line(tr("24/7"), t.available24x7 ? tr("yes") : QString());
    line(tr("Postal address"), t.postalAddress);
    line(tr("Website"), t.website);
    line(tr("RFC 2350"), t.rfc2350Url);
    line(tr("Channels"), TeamFields::text(t, QStringLiteral("channels")));
    line(tr("Constituency"), t.constituencyDescription);
    line(tr("Constituency entries"), TeamFields::text(t, QStringLiteral("constituency")));
    line(tr("Keys"), TeamFields::text(t, QStringLiteral("keys")));
    line(tr("Highest TLP"), t.highestTlp ? Tlp::label(*t.highestTlp) : QString());
    line(tr("Agreements"), TeamFields::text(t, QStringLiteral("agreements")));
    line(tr("Introduced by"), t.introducedBy);
    line(tr("Notes"), t.notes);
    line(tr("Verified"),
         t.verifiedAt.isValid()
             ? tr("%1 by %2").arg(t.verifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), t.verifiedBy)
             : tr("never"));
    line(tr("Source"), t.source);
    for (const QString& warning : TeamFields::warnings(t, today))
        text += tr("Warning: %1").arg(warning) + u'\n';
    return text;
}

QString DirectoryView::report(const ImportReport& r)
{
    QString text = tr("Added %1, updated %2, unchanged %3, skipped %4.\n")
                       .arg(r.added.size())
                       .arg(r.updated.size())
                       .arg(r.unchanged.size())
                       .arg(r.skipped.size());
    for (const QString& name : r.added)
        text += tr("  added: %1").arg(name) + u'\n';
    for (const QString& name : r.updated)
        text += tr("  updated: %1").arg(name) + u'\n';
    for (const QString& kept : r.keptEdits)
        text += tr("  not overwritten: %1").arg(kept) + u'\n';
    for (const ImportProblem& p : r.problems)
        text += tr("  problem at %1: %2").arg(p.position, p.message) + u'\n';
    return text;
}

} // namespace fb
