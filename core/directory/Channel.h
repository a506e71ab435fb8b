// SPDX-License-Identifier: GPL-3.0-or-later
// Channel: one way to reach a team or a person (e-mail address, phone number or another channel).
#pragma once

#include "core/directory/DirectoryTypes.h"

#include <QString>

namespace fb {

struct Channel
{
    ChannelKind kind = ChannelKind::Email;
    QString value; // e-mail: normalised lower-case address; phone: as entered (E.164 recommended)
    ChannelUsage usage = ChannelUsage::Contact;
    QString comment;
    bool outOfBand = false; // to be used when the usual channels may be compromised or down
    friend bool operator==(const Channel&, const Channel&) = default;
};

} // namespace fb
