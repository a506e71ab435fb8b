// SPDX-License-Identifier: GPL-3.0-or-later
// TeamOptions: the options of `directory add` and `directory edit` that change a team (fields, channels,
// constituency, keys, agreements, verification), and applying them to a team.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Team.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace fb {

class CliContext;

class TeamOptions
{
    Q_DECLARE_TR_FUNCTIONS(fb::TeamOptions)

public:
    TeamOptions();
    QList<QCommandLineOption> options() const;
    // "ADDRESS[=USAGE]" as a channel of the given kind.
    static Result<Channel> channel(ChannelKind kind, const QString& value, bool outOfBand);
    Status apply(const QCommandLineParser& parser, Team& team, const CliContext& context) const;
    // --highest-tlp, for a team or a person.
    Status applyHighestTlp(const QCommandLineParser& parser, std::optional<TlpLevel>& level) const;

    QCommandLineOption set;
    QCommandLineOption email;
    QCommandLineOption phone;
    QCommandLineOption oob;
    QCommandLineOption removeChannel;
    QCommandLineOption constituency;
    QCommandLineOption text;
    QCommandLineOption removeConstituency;
    QCommandLineOption key;
    QCommandLineOption unlinkKey;
    QCommandLineOption agreement;
    QCommandLineOption verified;
    QCommandLineOption highestTlp;
};

} // namespace fb
