// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/PlaybookRules.h"

namespace fb {

std::optional<int> PlaybookRules::specificity(const Playbook& playbook, const QString& rsitClass,
                                              const QString& rsitType, const QString& constituency)
{
    if (playbook.rsitClass.isEmpty() || playbook.rsitClass != rsitClass)
        return std::nullopt;
    int score = 0;
    if (!playbook.rsitType.isEmpty()) {
        if (playbook.rsitType != rsitType)
            return std::nullopt;
        score += 2;
    }
    if (!playbook.constituency.isEmpty()) {
        if (playbook.constituency.compare(constituency.trimmed(), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        score += 1;
    }
    return score;
}

const Playbook* PlaybookRules::select(const QList<Playbook>& playbooks, const QString& rsitClass,
                                      const QString& rsitType, const QString& constituency)
{
    const Playbook* best = nullptr;
    int bestScore = -1;
    for (const Playbook& playbook : playbooks) {
        const auto score = specificity(playbook, rsitClass, rsitType, constituency);
        if (!score)
            continue;
        const bool earlier =
            best && (playbook.name.compare(best->name, Qt::CaseInsensitive) < 0 ||
                     (playbook.name.compare(best->name, Qt::CaseInsensitive) == 0 && playbook.key < best->key));
        if (*score > bestScore || (*score == bestScore && earlier)) {
            best = &playbook;
            bestScore = *score;
        }
    }
    return best;
}

QDateTime PlaybookRules::dueDate(const QDateTime& added, std::optional<int> dueMinutes, const QDateTime& resolveDue)
{
    if (!dueMinutes)
        return resolveDue.isValid() ? resolveDue.toUTC() : QDateTime();
    const QDateTime due = added.toUTC().addSecs(qint64(*dueMinutes) * 60);
    if (resolveDue.isValid() && resolveDue < due)
        return resolveDue.toUTC();
    return due;
}

} // namespace fb
