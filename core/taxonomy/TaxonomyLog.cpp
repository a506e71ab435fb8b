// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/TaxonomyLog.h"

namespace fb {

Q_LOGGING_CATEGORY(lcTaxonomy, "fb.taxonomy")

} // namespace fb
