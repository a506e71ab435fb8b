// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PrivateFileMode.h"

#include <mutex>

#include <sys/stat.h>

namespace fb {

namespace {

std::mutex& lock()
{
    static std::mutex mutex;
    return mutex;
}

int holders = 0;
mode_t saved = 0;

} // namespace

PrivateFileMode::PrivateFileMode()
{
    const std::lock_guard guard(lock());
    if (holders++ == 0) {
        saved = ::umask(077);
        ::umask(saved | 077);
    }
}

PrivateFileMode::~PrivateFileMode()
{
    const std::lock_guard guard(lock());
    if (--holders == 0)
        ::umask(saved);
}

} // namespace fb
