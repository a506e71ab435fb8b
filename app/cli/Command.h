// SPDX-License-Identifier: GPL-3.0-or-later
// Command: one "noun verb" of firebreak-cli, its one-line summary and the function that runs it.
#pragma once

#include "core/base/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace fb {

class CliContext;

struct Command
{
    QString noun;
    QString verb;        // empty for one-word commands (init, passwd, verify, demo)
    const char* summary; // QT_TRANSLATE_NOOP("fb::Command", ...), translated when shown
    // Runs with the arguments after "noun verb" (global options may be among them).
    std::function<Status(CliContext&, const QStringList&)> run;

    QString name() const { return verb.isEmpty() ? noun : noun + QLatin1Char(' ') + verb; }
};

} // namespace fb
