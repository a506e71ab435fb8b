// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryView: how firebreak-cli shows advisories, their list and lint findings, as text or JSON.
#pragma once

#include "core/advisory/Advisory.h"
#include "core/advisory/AdvisoryLint.h"
#include "core/advisory/AdvisoryStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fb {

class CliContext;

class AdvisoryView
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryView)

public:
    static void printList(CliContext& context, const QList<AdvisoryListEntry>& entries);
    // The record (status, version, audience, provenance, revisions) and then the advisory as text.
    static void printDetails(CliContext& context, const Advisory& advisory);
    static QJsonArray findingsJson(const QList<LintFinding>& findings);
    static void printFindings(CliContext& context, const QList<LintFinding>& findings);
};

} // namespace fb
