// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DistributionListListCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/TextTable.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DistributionListListCommand::DistributionListListCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("dlist list"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "List the distribution lists"),
          .description = tr("List the distribution lists."),
      })
{
}

Status DistributionListListCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    DistributionListStore store(call.change());
    FB_TRY_ASSIGN(auto all, store.lists());
    QJsonArray array;
    TextTable table({tr("ID"), tr("NAME"), tr("MEMBERS"), tr("DESCRIPTION")});
    table.setMaxWidth(3, 50);
    for (const DistributionList& l : all) {
        table.addRow({QString::number(l.id), l.name, QString::number(l.members.size()), l.description});
        QJsonArray names;
        for (const DistributionListMember& m : l.members)
            names.append(m.name);
        array.append(QJsonObject{
            {s("id"), l.id}, {s("name"), l.name}, {s("description"), l.description}, {s("members"), names}});
    }
    context.printListing(table, array);
    return {};
}

} // namespace fb
