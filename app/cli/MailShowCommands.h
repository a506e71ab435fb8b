// SPDX-License-Identifier: GPL-3.0-or-later
// MailShowCommands: `firebreak-cli mail show MESSAGE` (headers, decoded text, attachments, signature and
// encryption) and `mail attachment save MESSAGE INDEX|NAME --out FILE` (one attachment's bytes, owner-only).
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

class MailShowCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailShowCommands)

public:
    static CommandList commands();
};

} // namespace fb
