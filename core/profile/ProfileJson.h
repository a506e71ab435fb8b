// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileJson: a TeamProfile as a JSON object: how ProfileStore keeps it, what `profile show --json` prints and
// what `profile edit --from FILE` reads (so a script can fill a whole profile).
#pragma once

#include "core/base/Result.h"
#include "core/profile/TeamProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace fb {

class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(fb::ProfileJson)

public:
    ProfileJson() = delete;

    static QJsonObject toJson(const TeamProfile& profile);
    // Every key is optional; unknown keys, unknown section numbers and values of the wrong type are refused
    // (BadInput, where = the key). Values replace those of `base`.
    static Result<TeamProfile> fromJson(const QJsonObject& object, TeamProfile base = {});
    // The document's bytes; BadInput with the offset when it is not a JSON object.
    static Result<TeamProfile> fromBytes(const QByteArray& json, TeamProfile base = {});
    static QByteArray toBytes(const TeamProfile& profile);
};

} // namespace fb
