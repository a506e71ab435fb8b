// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryJson: the whole Advisory model as a JSON object, for the workspace (AdvisoryStore's body column)
// and for `firebreak-cli advisory show --json`. Not CSAF: that is CsafWriter.
#pragma once

#include "core/advisory/Advisory.h"

#include <QJsonObject>

namespace fb {

class AdvisoryJson
{
public:
    AdvisoryJson() = delete;

    static QJsonObject toJson(const Advisory& advisory);
    // Lenient: unknown keys are ignored, missing ones keep their defaults.
    static Advisory fromJson(const QJsonObject& object);

    // ISO 8601 UTC with seconds ("2026-03-02T09:00:00Z"); empty for an invalid time.
    static QString isoTime(const QDateTime& time);
    static QDateTime parseIsoTime(const QString& text);
};

} // namespace fb
