// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryExport: `firebreak-cli advisory export`: CSAF 2.0 (file named by the CSAF rule), plain text (optionally
// clear-signed with the team key), HTML, PDF, and mail to a distribution list through the TLP gate.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

class CliContext;

class AdvisoryExport
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryExport)

public:
    static Status run(CliContext& context, const QStringList& arguments);

private:
    // Writes bytes to path ('-': standard output) in one step (QSaveFile), says where on stdout.
    static Status write(CliContext& context, const QString& path, const QByteArray& bytes, bool toStdoutAllowed);
};

} // namespace fb
