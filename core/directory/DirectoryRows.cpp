// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryRows.h"

#include "core/directory/DirectoryTypes.h"
#include "core/vault/Query.h"
#include "core/vault/Vault.h"

#include <QTimeZone>

namespace fb::DirectoryRows {

QDateTime fromMs(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()) : QDateTime();
}

std::optional<qint64> toMs(const QDateTime& at)
{
    return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
}

QDate dateFrom(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

Channel channel(const Query& row, int first)
{
    Channel c;
    c.kind = DirectoryTypes::parseChannelKind(row.text(first)).value_or(ChannelKind::Other);
    c.value = row.text(first + 1);
    c.usage = DirectoryTypes::parseChannelUsage(row.text(first + 2)).value_or(ChannelUsage::Contact);
    c.comment = row.text(first + 3);
    c.outOfBand = row.int64(first + 4) != 0;
    return c;
}

Status writeChannels(Vault& vault, ChannelOwner owner, qint64 id, const QList<Channel>& channels)
{
    const bool team = owner == ChannelOwner::Team;
    FB_TRY_ASSIGN(auto clear, vault.query(team ? "DELETE FROM dir_channels WHERE team_id = ?1"
                                               : "DELETE FROM dir_channels WHERE person_id = ?1"));
    if (auto status = clear.bind(1, id).exec(); !status)
        return status;
    int position = 0;
    for (const Channel& c : channels) {
        FB_TRY_ASSIGN(auto q,
                      vault.query(team ? "INSERT INTO dir_channels (team_id, position, kind, value, usage, comment, "
                                         "out_of_band) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                       : "INSERT INTO dir_channels (person_id, position, kind, value, usage, comment, "
                                         "out_of_band) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        q.bind(1, id).bind(2, position++).bind(3, DirectoryTypes::key(c.kind)).bind(4, c.value);
        if (auto status =
                q.bind(5, DirectoryTypes::key(c.usage)).bind(6, c.comment).bind(7, c.outOfBand ? 1 : 0).exec();
            !status)
            return status;
    }
    return {};
}

} // namespace fb::DirectoryRows
