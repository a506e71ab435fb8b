// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/advisory/TeamPublisher.h"

#include "core/directory/OwnTeam.h"

#include <QUrl>

namespace fb {

namespace {

QString firstEmail(const Team& team)
{
    for (const Channel& c : team.channels)
        if (c.kind == ChannelKind::Email && !c.outOfBand)
            return c.value;
    return {};
}

} // namespace

Result<CsafPublisher> TeamPublisher::fromWorkspace(Vault& vault)
{
    CsafPublisher publisher;
    FB_TRY_ASSIGN(auto team, OwnTeam(vault).team());
    if (!team)
        return publisher;
    const Team& t = *team;
    if (!t.officialName.isEmpty())
        publisher.name = t.officialName;
    const QUrl site(t.website);
    if (site.isValid() && site.scheme() == QLatin1String("https") && !site.host().isEmpty())
        publisher.namespaceUrl = t.website;
    const QString email = firstEmail(t);
    if (!email.isEmpty())
        publisher.contactDetails = email;
    return publisher;
}

Result<QString> TeamPublisher::mailSender(Vault& vault)
{
    FB_TRY_ASSIGN(auto team, OwnTeam(vault).team());
    if (!team)
        return QString();
    const QString email = firstEmail(*team);
    if (email.isEmpty())
        return QString();
    QString name = (team)->displayName();
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
    return QLatin1Char('"') + name + QStringLiteral("\" <") + email + QLatin1Char('>');
}

} // namespace fb
