// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace fb {

bool hardenProcess()
{
    bool ok = true;
    const rlimit noCore{0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
    return ok;
}

} // namespace fb
