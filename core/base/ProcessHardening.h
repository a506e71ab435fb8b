// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps secrets out of core dumps and away from other processes of the same user (ptrace).
#pragma once

namespace fb {

// Disables core dumps and marks the process non-dumpable (which also blocks ptrace attach by
// unprivileged processes). Call first thing in main() of release builds. Returns false if the
// system refused, which callers may report but should not treat as fatal.
bool hardenProcess();

} // namespace fb
