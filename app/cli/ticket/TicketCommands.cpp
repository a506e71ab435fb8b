// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ticket/TicketCommands.h"

namespace fb {

CommandList TicketCommands::commands()
{
    CommandList list;
    for (auto* make : {create, TicketCommands::list, show, set, transition})
        list.push_back(make());
    list.push_back(link(false));
    list.push_back(link(true));
    list.push_back(merge());
    list.push_back(tag(false));
    list.push_back(tag(true));
    list.push_back(observe(false));
    list.push_back(observe(true));
    list.push_back(comment());
    list.push_back(bulk());
    for (auto* make : {search, history, investigate, report})
        list.push_back(make());
    return list;
}

} // namespace fb
