// SPDX-License-Identifier: GPL-3.0-or-later
// fb::Result<T>: the value, or the fb::Error that explains why there is none.
#pragma once

#include "core/base/Error.h"

#include <expected>
#include <utility>

namespace fb {

template <typename T>
using Result = std::expected<T, Error>;

using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString where = {})
{
    return std::unexpected<Error>(Error{code, std::move(message), std::move(where)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace fb

// Early return on failure, instead of writing `if (!x) return fail(x.error());` after every call.
// Both macros evaluate their expression exactly once and work in any function that returns a Status or a
// Result<U>. The result is first held in a hidden local (copied when the expression names a variable, which is
// then left untouched), so the error and the value can be moved out of it and nothing refers into a temporary.
// The expression may contain commas; the declaration of FB_TRY_ASSIGN may not.
//
//   FB_TRY(store.save(ticket));                 // a Status, or a Result<T> whose value is not needed
//   FB_TRY_ASSIGN(auto query, vault.query(sql)); // query is the value (a Query), not the Result
//   FB_TRY_ASSIGN(const QString name, lookup(id));
//
// FB_TRY_ASSIGN expands to several statements (it declares a variable in the current scope), so it cannot be
// the lone statement of an unbraced if/for. Its hidden Result, holding the moved-from value, lives to the end of
// the scope like the variable it replaces.
#define FB_TRY_CONCAT_INNER_(a, b) a##b
#define FB_TRY_CONCAT_(a, b) FB_TRY_CONCAT_INNER_(a, b)

#define FB_TRY(...) FB_TRY_IMPL_(FB_TRY_CONCAT_(fbTryResult, __COUNTER__), __VA_ARGS__)
#define FB_TRY_IMPL_(tmp, ...)                                                                                         \
    do {                                                                                                               \
        if (auto tmp = (__VA_ARGS__); !tmp)                                                                            \
            return ::fb::fail(std::move(tmp).error());                                                                 \
    } while (false)

#define FB_TRY_ASSIGN(decl, ...) FB_TRY_ASSIGN_IMPL_(FB_TRY_CONCAT_(fbTryResult, __COUNTER__), decl, __VA_ARGS__)
#define FB_TRY_ASSIGN_IMPL_(tmp, decl, ...)                                                                            \
    auto tmp = (__VA_ARGS__);                                                                                          \
    if (!tmp)                                                                                                          \
        return ::fb::fail(std::move(tmp).error());                                                                     \
    decl = std::move(tmp).value()
