// SPDX-License-Identifier: GPL-3.0-or-later
// MailExportCommands: `firebreak-cli mail compose` (a reply, notification or list message from a ticket, signed and
// encrypted with OpenPGP when asked, written as .eml and stored on the ticket) and `mail export` (a ticket's
// correspondence as mboxrd, or one stored message as .eml).
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class MailExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailExportCommands)

public:
    static QList<Command> commands();

private:
    static Status compose(CliContext& context, const QStringList& arguments);
    static Status exportMail(CliContext& context, const QStringList& arguments);
};

} // namespace fb
