// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceKey: what opens one workspace file.
#pragma once

#include "core/crypto/SecretBytes.h"

#include <QByteArray>

namespace fb {

// The key that opens one workspace file: 32 key bytes derived from the passphrase and the
// file's 16-byte salt. Deriving it is the slow part of opening (Argon2id).
struct WorkspaceKey
{
    SecretBytes key;
    QByteArray salt;
};

} // namespace fb
