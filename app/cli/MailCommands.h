// SPDX-License-Identifier: GPL-3.0-or-later
// MailCommands: `firebreak-cli mail import` (mbox, Maildir, .eml into tickets, with progress and Ctrl+C) and
// `mail quarantine list|show` (what could not be imported, kept whole).
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace fb {

struct MailImportReport;

class MailCommands
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailCommands)

public:
    static CommandList commands();
    // The summary for people: counts, then each case that needs a look with its reasons.
    static QString summary(const MailImportReport& report);
};

} // namespace fb
