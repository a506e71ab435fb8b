// SPDX-License-Identifier: GPL-3.0-or-later
// TicketCommands: `firebreak-cli ticket ...`: create, list, show, change, link, merge and search tickets; one
// class per verb, each in its own file, made by the function of that name.
#pragma once

#include "app/cli/Command.h"

#include <memory>

namespace fb {

class TicketCommands
{
public:
    static CommandList commands();

    static std::unique_ptr<Command> create();
    static std::unique_ptr<Command> list();
    static std::unique_ptr<Command> show();
    static std::unique_ptr<Command> set();
    static std::unique_ptr<Command> transition();
    static std::unique_ptr<Command> link(bool unlink);
    static std::unique_ptr<Command> merge();
    static std::unique_ptr<Command> tag(bool remove);
    static std::unique_ptr<Command> observe(bool remove);
    static std::unique_ptr<Command> comment();
    static std::unique_ptr<Command> bulk();
    static std::unique_ptr<Command> search();
    static std::unique_ptr<Command> history();
    static std::unique_ptr<Command> investigate();
    static std::unique_ptr<Command> report();
};

} // namespace fb
