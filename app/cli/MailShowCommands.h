// SPDX-License-Identifier: GPL-3.0-or-later
// MailShowCommands: `firebreak-cli mail show MESSAGE` (headers, decoded text, attachments, signature and
// encryption) and `mail attachment save MESSAGE INDEX|NAME --out FILE` (one attachment's bytes, owner-only).
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class CliContext;

class MailShowCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailShowCommands)

public:
    static QList<Command> commands();

private:
    static Status show(CliContext& context, const QStringList& arguments);
    static Status attachment(CliContext& context, const QStringList& arguments);
    static Status attachmentSave(CliContext& context, const QStringList& arguments);
};

} // namespace fb
