// SPDX-License-Identifier: GPL-3.0-or-later
// KeyImportResult: what an import of OpenPGP keys changed in a GnuPG home.
#pragma once

#include <QStringList>

namespace fb {

struct KeyImportResult
{
    int considered = 0; // keys found in the data
    int imported = 0;   // keys new to the home
    int unchanged = 0;  // keys already there with nothing new
    int updated = 0;    // keys already there that got new user ids, subkeys, signatures or revocations
    int secretKeysImported = 0;
    QStringList newFingerprints; // keys new to the home
    QStringList fingerprints;    // every key in the data that the home now holds
};

} // namespace fb
