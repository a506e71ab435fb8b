// SPDX-License-Identifier: GPL-3.0-or-later
// KeyPassphrase: where firebreak-cli gets the passphrase of an OpenPGP secret key (the team key) when GnuPG asks:
// --key-passphrase-file FILE, else FIREBREAK_KEY_PASSPHRASE, else a no-echo prompt. Never stored.
#pragma once

#include "core/crypto/OpenPgp.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

namespace fb {

class KeyPassphrase
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeyPassphrase)

public:
    static constexpr const char* kVariable = "FIREBREAK_KEY_PASSPHRASE";

    // --key-passphrase-file FILE
    static QCommandLineOption fileOption();
    // The callback for OpenPgp; file is the option's value (may be empty).
    static PassphraseCallback callback(const QString& file);
};

} // namespace fb
