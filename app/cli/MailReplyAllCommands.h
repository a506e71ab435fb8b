// SPDX-License-Identifier: GPL-3.0-or-later
// MailReplyAllCommands: `firebreak-cli mail reply-all`: one reply to every reporter of an incident's reports
// (ReporterReplies), each threaded to and stored on that reporter's report; reporters left out with --except.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class MailReplyAllCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailReplyAllCommands)

public:
    static CommandList commands();
};

} // namespace fb
