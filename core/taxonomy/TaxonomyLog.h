// SPDX-License-Identifier: GPL-3.0-or-later
// Logging category for core/taxonomy diagnostics ("fb.taxonomy").
#pragma once

#include <QLoggingCategory>

namespace fb {

Q_DECLARE_LOGGING_CATEGORY(lcTaxonomy)

} // namespace fb
