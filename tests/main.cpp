// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner: a sealed environment (private TMPDIR, offscreen Qt, C.UTF-8, no passphrase from the
// caller's environment), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char* argv[])
{
    setenv("TMPDIR", FB_TEST_TMPDIR, 1);
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    unsetenv("FIREBREAK_PASSPHRASE");
    unsetenv("FIREBREAK_WORKSPACE");
    unsetenv("XDG_RUNTIME_DIR"); // temporary GnuPG homes go below TMPDIR, not into the session's folder
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
