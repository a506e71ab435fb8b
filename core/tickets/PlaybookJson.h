// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybookJson: playbooks as JSON, the form they are imported, exported and shipped in (docs/file-format.md):
//   {"format": "firebreak-playbooks", "version": 1, "playbooks": [{"id", "name", "description",
//    "match": {"class", "type", "constituency"}, "tasks": [{"title", "description", "ownerRole", "due"}]}]}
// "due" is an offset such as "30m", "4h", "2d" or "1d12h". Reading checks everything and refuses the whole
// document when anything is wrong, naming each problem by its place ("playbooks[2].tasks[0].due").
#pragma once

#include "core/base/Result.h"
#include "core/tickets/Playbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace fb {

class PlaybookJson
{
    Q_DECLARE_TR_FUNCTIONS(fb::PlaybookJson)

public:
    PlaybookJson() = delete;

    static Result<QList<Playbook>> read(const QByteArray& json);
    // Indented for files; compact for the history row that records a change.
    static QByteArray write(const QList<Playbook>& playbooks, bool compact = false);

    // What is wrong with one playbook, each problem with the field it concerns ("name", "tasks[1].title").
    static QList<std::pair<QString, QString>> problems(const Playbook& playbook);

    // "30m", "4h", "2d", "1d12h" → minutes; nullopt when malformed or zero.
    static std::optional<int> parseOffset(const QString& text);
    static QString offsetText(int minutes);
};

} // namespace fb
