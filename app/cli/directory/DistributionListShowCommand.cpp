// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DistributionListShowCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DistributionListShowCommand::DistributionListShowCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("dlist show"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Show a distribution list with its members and recipients"),
          .description = tr("Show a list's members with their e-mail address and the highest TLP label we may "
                            "share with each (a person's own, else their team's)."),
          .synopsis = s("LIST"),
          .arguments = {{s("LIST"), tr("List id or name.")}},
          .minArguments = 1,
          .maxArguments = 1,
      })
{
}

Status DistributionListShowCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    DistributionListStore store(call.change());
    FB_TRY_ASSIGN(auto found, store.find(call.positional(0)));
    FB_TRY_ASSIGN(auto recipients, store.recipients(found.id, context.clock().nowUtc().date()));
    if (context.json()) {
        QJsonArray members;
        for (const ListRecipient& r : recipients)
            members.append(DirectoryCliSupport::recipientJson(r));
        context.printJson(QJsonObject{{s("id"), found.id},
                                      {s("name"), found.name},
                                      {s("description"), found.description},
                                      {s("members"), members}});
        return {};
    }
    context.out() << tr("Distribution list #%1 “%2”").arg(found.id).arg(found.name) << u'\n';
    if (!found.description.isEmpty())
        context.out() << found.description << u'\n';
    TextTable table({tr("KIND"), tr("ID"), tr("NAME"), tr("ADDRESS"), tr("HIGHEST TLP"), tr("FROM")});
    for (const ListRecipient& r : recipients)
        table.addRow({r.teamId ? tr("team") : tr("person"), QString::number(r.teamId ? r.teamId : r.personId), r.name,
                      r.address.isEmpty() ? tr("(no e-mail)") : r.address,
                      r.highestTlp ? Tlp::label(*r.highestTlp) : tr("(not set)"), r.tlpFrom});
    context.out() << table.toString();
    return {};
}

} // namespace fb
