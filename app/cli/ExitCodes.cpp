// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExitCodes.h"

namespace fb {

ExitCode ExitCodes::forError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitCode::Usage;
    case ErrorCode::BadInput:
    case ErrorCode::NotAWorkspace: // the file given is not something we can read: bad input
    case ErrorCode::Damaged:       // likewise: the file is damaged, the program and system are fine
    case ErrorCode::TooNew:        // likewise; nothing is wrong with the program or the system
        return ExitCode::BadInput;
    case ErrorCode::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
        return ExitCode::NotFound;
    case ErrorCode::Io:        // the system refused (read-only location, disk full): retrying may help
    case ErrorCode::Cancelled: // mail import interrupted by Ctrl+C: not everything was done
    case ErrorCode::Internal:
        return ExitCode::Internal;
    }
    return ExitCode::Internal;
}

QString ExitCodes::helpTable()
{
    return tr("  0  success\n"
              "  1  usage: unknown command or option, missing argument, no passphrase source\n"
              "  2  bad input: a refused value, a file that is not a workspace or is from a newer\n"
              "     Firebreak, a damaged workspace, a failed integrity check or a broken history\n"
              "     chain (verify)\n"
              "  3  wrong passphrase or key\n"
              "  4  not found (ticket, file, link) or conflict (refused transition, existing file)\n"
              "  5  internal error, or the system refused (I/O error, disk full)\n");
}

} // namespace fb
