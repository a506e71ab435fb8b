// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryCliSupport.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/DirectoryView.h"
#include "core/taxonomy/Tlp.h"

#include <QJsonArray>

namespace fb {

QStringList DirectoryCliSupport::keyWarningTexts(const LinkedKey& k)
{
    QStringList warnings;
    for (const KeyWarning& w : k.warnings)
        warnings.append(w.message);
    if (!k.missing.isEmpty())
        warnings.append(k.missing);
    return warnings;
}

QJsonObject DirectoryCliSupport::keyJson(const LinkedKey& k)
{
    const bool known = k.key.has_value();
    return QJsonObject{{s("teamId"), k.teamId ? QJsonValue(k.teamId) : QJsonValue()},
                       {s("personId"), k.personId ? QJsonValue(k.personId) : QJsonValue()},
                       {s("owner"), k.owner},
                       {s("fingerprint"), k.fingerprint},
                       {s("inKeyring"), known},
                       {s("algorithm"), known ? QJsonValue(k.key->algorithm) : QJsonValue()},
                       {s("created"), known ? CliContext::isoUtc(k.key->created) : QJsonValue()},
                       {s("expires"), known ? CliContext::isoUtc(k.key->expires) : QJsonValue()},
                       {s("validity"), known ? QJsonValue(DirectoryView::validityKey(k.key->validity)) : QJsonValue()},
                       {s("userIds"), known ? QJsonArray::fromStringList(k.key->userIds) : QJsonArray()},
                       {s("warnings"), QJsonArray::fromStringList(keyWarningTexts(k))}};
}

QJsonObject DirectoryCliSupport::recipientJson(const ListRecipient& r)
{
    return QJsonObject{{s("kind"), r.teamId ? s("team") : s("person")},
                       {s("id"), r.teamId ? r.teamId : r.personId},
                       {s("name"), r.name},
                       {s("address"), r.address},
                       {s("highestTlp"), r.highestTlp ? QJsonValue(Tlp::key(*r.highestTlp)) : QJsonValue()},
                       {s("tlpFrom"), r.tlpFrom}};
}

} // namespace fb
