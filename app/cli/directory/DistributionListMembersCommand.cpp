// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DistributionListMembersCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DistributionListMembersCommand::DistributionListMembersCommand(bool add)
    : Command({
          .noun = s("directory"),
          .verb = add ? s("dlist member-add") : s("dlist member-remove"),
          .summary = add ? QT_TRANSLATE_NOOP("fb::Command", "Put teams and people on a distribution list")
                         : QT_TRANSLATE_NOOP("fb::Command", "Take teams and people off a distribution list"),
          .description = add ? tr("Put teams and people on a list.") : tr("Take teams and people off a list."),
          .synopsis = s("LIST"),
          .arguments = {{s("LIST"), tr("List id or name.")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = {QCommandLineOption(s("team"), tr("A team: id, UUID, short or official name (repeatable)."),
                                         s("TEAM")),
                      QCommandLineOption(s("person"), tr("A person: id or name (repeatable)."), s("PERSON"))},
      })
    , m_add(add)
{
}

Status DistributionListMembersCommand::check(CommandCall& call)
{
    if (!call.isSet("team") && !call.isSet("person"))
        return fail(ErrorCode::Usage, tr("Name at least one --team or --person."));
    return {};
}

Status DistributionListMembersCommand::run(CommandCall& call)
{
    DistributionListStore store(call.change());
    const QStringList teams = call.values("team");
    const QStringList people = call.values("person");
    // All named members, or none.
    FB_TRY_ASSIGN(auto found, m_add ? store.addMembers(call.positional(0), teams, people)
                                    : store.removeMembers(call.positional(0), teams, people));
    const auto count = static_cast<int>(teams.size() + people.size());
    call.out() << (m_add ? tr("Added %n member(s) to “%1”.", nullptr, count)
                         : tr("Removed %n member(s) from “%1”.", nullptr, count))
                      .arg(found.name)
               << u'\n';
    return {};
}

} // namespace fb
