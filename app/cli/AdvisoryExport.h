// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryExport: `firebreak-cli advisory export`: CSAF 2.0 (file named by the CSAF rule), plain text (optionally
// clear-signed with the team key), HTML, PDF, and mail to a distribution list through the TLP gate.
#pragma once

#include "app/cli/Command.h"
#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

class CliContext;
class CommandCall;
class Vault;

class AdvisoryExport : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryExport)

public:
    AdvisoryExport();
    Status check(CommandCall& call) override;
    Status run(CommandCall& call) override;

private:
    // Composes the mail for a distribution list through the TLP gate and writes it as an .eml file.
    static Status mail(CliContext& context, Vault& vault, const Advisory& advisory, const QString& list,
                       const QString& signer, const QString& path);
    // Writes bytes to path ('-': standard output) in one step (AtomicFile), says where on stdout.
    static Status write(CliContext& context, const QString& path, const QByteArray& bytes, bool toStdoutAllowed);
};

} // namespace fb
