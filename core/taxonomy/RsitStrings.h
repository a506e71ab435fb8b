// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: the RSIT display strings as lupdate sees them (context "fb::Rsit"), for tests that keep them in step
// with the data file. Not part of the public taxonomy API.
#pragma once

#include <QList>

namespace fb::detail {

// Every "expanded" name and "description" of resources/taxonomy/rsit.json, UTF-8, each once.
const QList<const char*>& rsitTranslatableStrings();

} // namespace fb::detail
