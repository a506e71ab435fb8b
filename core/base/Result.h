// SPDX-License-Identifier: GPL-3.0-or-later
// fb::Result<T>: the value, or the fb::Error that explains why there is none.
#pragma once

#include "core/base/Error.h"

#include <expected>

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
