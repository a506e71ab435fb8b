// SPDX-License-Identifier: GPL-3.0-or-later
// fb::Error: what went wrong, said for people, with where it went wrong.
#pragma once

#include <QString>

namespace fb {

enum class ErrorCode {
    Usage,           // the caller asked for something that makes no sense
    BadInput,        // malformed data or a refused value
    WrongPassphrase, // the passphrase or key does not open the workspace
    NotFound,        // no such ticket, file or entry
    Conflict,        // the request contradicts the current state (e.g. a refused transition)
    NotAWorkspace,   // the file is not a Firebreak workspace, or is truncated
    Damaged,         // a workspace page fails its integrity check (a flipped bit, a bad disk)
    TooNew,          // the workspace was written by a newer Firebreak
    Io,              // the file system refused (read-only location, disk full...)
    Cancelled,       // the user or caller cancelled a long job
    Internal,        // a bug or an unexpected library failure
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // translated, complete sentence for people
    QString where;   // file, line, field or row the error refers to; may be empty

    // "message (where)" when where is known.
    QString toString() const;
};

} // namespace fb
