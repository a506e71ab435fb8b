// SPDX-License-Identifier: GPL-3.0-or-later
// MimeRuntime: GMime's one-time process initialisation, done once from any thread.
#pragma once

namespace fb {

class MimeRuntime
{
public:
    // Calls g_mime_init() exactly once per process (thread-safe); cheap after the first call.
    static void ensureInitialised();
};

} // namespace fb
