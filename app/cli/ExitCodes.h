// SPDX-License-Identifier: GPL-3.0-or-later
// The exit codes of firebreak-cli and the one place where an fb::ErrorCode becomes one of them.
#pragma once

#include "core/base/Error.h"

#include <QCoreApplication>
#include <QString>

namespace fb {

enum class ExitCode {
    Ok = 0,
    Usage = 1,           // unknown command or option, missing argument, no passphrase source
    BadInput = 2,        // a refused value, not a workspace, a workspace too new, a broken history chain
    WrongPassphrase = 3, // the passphrase or key does not open the workspace
    NotFound = 4,        // no such ticket or file, or a conflict with the current state
    Internal = 5,        // a bug, or the system refused (I/O)
};

class ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExitCodes)

public:
    static ExitCode forError(ErrorCode code);
    static int value(ExitCode code) { return static_cast<int>(code); }
    // The table of exit codes for --help, one code a line.
    static QString helpTable();
};

} // namespace fb
