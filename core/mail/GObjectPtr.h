// SPDX-License-Identifier: GPL-3.0-or-later
// GObjectPtr: for sources that use GMime; owns one GLib object reference (GMime streams, parsers, parts) and drops it
// with g_object_unref.
#pragma once

#include <glib-object.h>

#include <memory>

namespace fb {

struct GObjectUnref
{
    void operator()(void* object) const
    {
        if (object)
            g_object_unref(object);
    }
};

template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

} // namespace fb
