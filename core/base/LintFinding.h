// SPDX-License-Identifier: GPL-3.0-or-later
// LintFinding: one finding of a check before publishing (advisories, the team profile, security.txt). Errors
// block publishing; warnings are advice.
#pragma once

#include <QList>
#include <QString>

namespace fb {

struct LintFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field;   // where: "title", "references[0].url", a profile section "2.8", a security.txt field
    QString message; // translated sentence: what was found, in words every front end can show
    // A stable key for findings a front end follows with its own guidance (the command to run, or where to click);
    // empty for most findings.
    QString code = {};
};

inline bool hasLintErrors(const QList<LintFinding>& findings)
{
    for (const LintFinding& f : findings)
        if (f.severity == LintFinding::Severity::Error)
            return true;
    return false;
}

} // namespace fb
