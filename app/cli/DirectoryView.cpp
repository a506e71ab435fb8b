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

QString DirectoryView::validityKey(KeyValidity validity)
{
    switch (validity) {
    case KeyValidity::Unknown:
        return QStringLiteral("unknown");
    case KeyValidity::Undefined:
        return QStringLiteral("undefined");
    case KeyValidity::Never:
        return QStringLiteral("never");
    case KeyValidity::Marginal:
        return QStringLiteral("marginal");
    case KeyValidity::Full:
        return QStringLiteral("full");
    case KeyValidity::Ultimate:
        return QStringLiteral("ultimate");
    }
    return {};
}

QString DirectoryView::team(const Team& t, const QList<LinkedKey>& keys, const QStringList& warnings)
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
    QStringList keyLines;
    for (const LinkedKey& k : keys) {
        if (!k.key) {
            keyLines.append(tr("%1 (not in the keyring)").arg(groupedFingerprint(k.fingerprint)));
            continue;
        }
        const QString expires =
            k.key->expires.isValid() ? TeamFields::dateText(k.key->expires.toUTC().date()) : tr("never");
        keyLines.append(tr("%1 (%2, created %3, expires %4, validity %5)")
                            .arg(groupedFingerprint(k.fingerprint), k.key->algorithm,
                                 TeamFields::dateText(k.key->created.toUTC().date()), expires,
                                 validityKey(k.key->validity)));
    }
    line(tr("Keys"), keyLines.join(u'\n'));
    line(tr("Key addresses"), t.keyUris.join(u'\n'));
    line(tr("Highest TLP"), t.highestTlp ? Tlp::label(*t.highestTlp) : QString());
    line(tr("Agreements"), TeamFields::text(t, QStringLiteral("agreements")));
    line(tr("Introduced by"), t.introducedBy);
    line(tr("Notes"), t.notes);
    line(tr("Verified"),
         t.verifiedAt.isValid()
             ? tr("%1 by %2").arg(t.verifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), t.verifiedBy)
             : tr("never"));
    line(tr("Source"), t.source);
    line(tr("Updated at source"),
         t.sourceUpdatedAt.isValid() ? TeamFields::dateText(t.sourceUpdatedAt.toUTC().date()) : QString());
    for (const QString& warning : warnings)
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
    for (const ImportProblem& w : r.warnings)
        text += tr("  warning at %1: %2").arg(w.position, w.message) + u'\n';
    return text;
}

} // namespace fb
