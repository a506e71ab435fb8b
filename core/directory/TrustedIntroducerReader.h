// SPDX-License-Identifier: GPL-3.0-or-later
// TrustedIntroducerReader: reads the Trusted Introducer public directory (teams.json) into directory teams.
// Each team with a problem (missing or wrong-typed field, invalid CIDR, unknown country...) is left out and reported
// with its JSON path; the others are read. The fields read are listed in docs/directory.md.
#pragma once

#include "core/base/Result.h"
#include "core/directory/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fb {

class TrustedIntroducerReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::TrustedIntroducerReader)

public:
    // Fails only when the file is no JSON at all or has no list of teams (with the position of the syntax error).
    static Result<ImportedDirectory> read(const QByteArray& json);
};

} // namespace fb
