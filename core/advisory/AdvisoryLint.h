// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryLint: checks before publishing. Errors block the status "final"; warnings are advice.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/base/LintFinding.h"

#include <QCoreApplication>
#include <QList>

namespace fb {

class AdvisoryLint
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryLint)

public:
    AdvisoryLint() = delete;

    static QList<LintFinding> check(const Advisory& advisory);
    static bool hasErrors(const QList<LintFinding>& findings);

    // Field checks shared with AdvisoryStore (which refuses malformed values outright).
    static bool isCwe(const QString& text);    // "CWE-79"
    static bool isWebUrl(const QString& text); // absolute http(s) URL with a host
};

} // namespace fb
