// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryRows: how the directory's stores turn stored columns into values and back (times in epoch ms,
// dates as ISO text, lists as lines, a channel's five columns). Internal to the SQLite stores of core/directory.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Channel.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace fb {

class Query;
class Vault;

namespace DirectoryRows {

QDateTime fromMs(std::optional<qint64> ms);
std::optional<qint64> toMs(const QDateTime& at);
QDate dateFrom(const QString& text);
QStringList lines(const QString& text);
// kind, value, usage, comment, out_of_band from column `first` on.
Channel channel(const Query& row, int first);

enum class ChannelOwner { Team, Person };
// Replaces the channels of a team or a person with `channels`, in their order.
Status writeChannels(Vault& vault, ChannelOwner owner, qint64 id, const QList<Channel>& channels);

} // namespace DirectoryRows

} // namespace fb
