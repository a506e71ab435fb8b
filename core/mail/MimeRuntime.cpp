// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MimeRuntime.h"

#include <gmime/gmime.h>
#include <libxml/parser.h>

#include <mutex>

namespace fb {

void MimeRuntime::ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        xmlInitParser();
    });
}

} // namespace fb
