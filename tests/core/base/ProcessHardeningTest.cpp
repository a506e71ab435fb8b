// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/ProcessHardening.h"

#include <catch2/catch.hpp>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

TEST_CASE("Hardening disables core dumps and makes the process non-dumpable", "[hardening]")
{
    // In a child, so the test runner itself stays debuggable.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!fb::hardenProcess())
            _exit(1);
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        const bool dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
        _exit(limit.rlim_cur == 0 && limit.rlim_max == 0 && !dumpable ? 0 : 2);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
