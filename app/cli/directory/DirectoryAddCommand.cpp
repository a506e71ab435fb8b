// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryAddCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/DirectoryView.h"
#include "app/cli/TeamOptions.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryJson.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/PersonStore.h"
#include "core/directory/TeamStore.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DirectoryAddCommand::DirectoryAddCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("add"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Add a team (or a person) to the contact directory"),
          .description = tr("Add a team with its channels, constituency, keys and agreements, or a person with "
                            "--person."),
          .synopsis = s("NAME"),
          .arguments = {{s("NAME"), tr("The team's official name (or the person's name with --person).")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = TeamOptions().options() +
                     QList<QCommandLineOption>{
                         option("short", tr("The team's short name (CERT-XX)."), "SHORT"),
                         option("country", tr("ISO 3166-1 alpha-2 country code."), "CC"),
                         option("type", tr("Team type: %1.").arg(DirectoryTypes::teamTypeKeys().join(s(", "))), "TYPE"),
                         option("person", tr("Add a person instead of a team.")),
                         option("team", tr("With --person: the team the person belongs to."), "TEAM"),
                         option("role", tr("With --person: the role in that team (lead, handler...)."), "ROLE"),
                         option("from", tr("With --person: member since (yyyy-mm-dd)."), "DATE")},
      })
{
}

Status DirectoryAddCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const TeamOptions options;
    const QCommandLineParser& parser = call.parser();
    TeamStore store(call.change());
    PersonStore people(call.change());
    const QString name = call.positional(0);

    if (call.isSet("person")) {
        Person p;
        p.name = name;
        for (const QString& value : parser.values(options.email)) {
            FB_TRY_ASSIGN(auto c, TeamOptions::channel(ChannelKind::Email, value, false));
            p.channels.append(c);
        }
        for (const QString& value : parser.values(options.phone)) {
            FB_TRY_ASSIGN(auto c, TeamOptions::channel(ChannelKind::Phone, value, false));
            p.channels.append(c);
        }
        if (parser.isSet(options.key))
            p.keyFingerprint = parser.value(options.key);
        if (auto status = options.applyHighestTlp(parser, p.highestTlp); !status)
            return status;
        if (parser.isSet(options.verified)) {
            p.verifiedAt = context.clock().nowUtc();
            p.verifiedBy = context.actor();
        }
        if (call.isSet("team")) {
            FB_TRY_ASSIGN(auto t, store.findTeam(call.value("team")));
            FB_TRY_ASSIGN(auto since, TeamFields::parseDate(call.value("from"), s("from")));
            p.memberships.append(TeamMembership{t.id, call.value("role"), since, {}});
        }
        FB_TRY_ASSIGN(auto id, people.addPerson(p));
        context.out() << tr("Added person #%1.").arg(id) << u'\n';
        return {};
    }

    Team t;
    t.officialName = name;
    t.shortName = call.value("short");
    if (call.isSet("country"))
        if (auto status = TeamFields::set(t, s("country"), call.value("country")); !status)
            return status;
    if (call.isSet("type"))
        if (auto status = TeamFields::set(t, s("type"), call.value("type")); !status)
            return status;
    if (auto status = options.apply(parser, t, context); !status)
        return status;
    FB_TRY_ASSIGN(auto id, store.addTeam(t));
    context.out() << tr("Added team #%1.").arg(id) << u'\n';
    return {};
}

} // namespace fb
