// SPDX-License-Identifier: GPL-3.0-or-later
// addOrUpdate: how the directory's edit dialogs save the record their fields hold: a record without an id is
// added, one with an id is updated; the id it is stored under, or the first refusal (of the fields or the store).
#pragma once

#include "core/base/Result.h"

namespace fb {

template <typename Record, typename Add, typename Update>
Result<qint64> addOrUpdate(Result<Record> record, Add add, Update update)
{
    if (!record)
        return fail(record.error());
    if (record->id) {
        FB_TRY(update(*record));
        return record->id;
    }
    return add(*record);
}

} // namespace fb
