// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test runner: the same sealed environment as tests/main.cpp (private TMPDIR, offscreen Qt, C.UTF-8, no
// passphrase from the caller's environment), plus a private settings location, and a QApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QThreadPool>
#include <QStandardPaths>

#include <cstdlib>

int main(int argc, char* argv[])
{
    setenv("TMPDIR", FB_TEST_TMPDIR, 1);
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    setenv("XDG_CONFIG_HOME", FB_TEST_TMPDIR "/config", 1);
    setenv("XDG_DATA_HOME", FB_TEST_TMPDIR "/data", 1);
    unsetenv("FIREBREAK_PASSPHRASE");
    unsetenv("FIREBREAK_WORKSPACE");
    unsetenv("XDG_RUNTIME_DIR"); // temporary GnuPG homes go below TMPDIR, not into the session's folder
    QApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    // Jobs a test left running (a key check, a publish) finish before the application and its statics go.
    QThreadPool::globalInstance()->waitForDone();
    return failed;
}
