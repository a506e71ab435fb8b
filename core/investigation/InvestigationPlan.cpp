// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/investigation/InvestigationPlan.h"

namespace fb {

QList<Observable> InvestigationGroup::observableList() const
{
    QList<Observable> out;
    for (const CoveredObservable& covered : observables)
        out.append(covered.observable);
    return out;
}

const InvestigationGroup* InvestigationPlan::group(qint64 teamId) const
{
    for (const InvestigationGroup& g : groups) {
        if (g.teamId == teamId)
            return &g;
    }
    return nullptr;
}

} // namespace fb
