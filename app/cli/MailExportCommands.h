// SPDX-License-Identifier: GPL-3.0-or-later
// MailExportCommands: `firebreak-cli mail compose` (a reply, notification or list message from a ticket, signed and
// encrypted with OpenPGP when asked, written as .eml and stored on the ticket) and `mail export` (a ticket's
// correspondence as mboxrd, or one stored message as .eml).
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class MailExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailExportCommands)

public:
    static CommandList commands();
};

} // namespace fb
