// SPDX-License-Identifier: GPL-3.0-or-later
// PassphraseInput: where firebreak-cli gets a passphrase: the first line of a file, an environment variable, or a
// no-echo prompt on the controlling terminal. What is read goes straight into SecretBytes; copies are wiped.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fb {

class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(fb::PassphraseInput)

public:
    // The first line of the file, without its line ending. An empty passphrase is refused.
    static Result<SecretBytes> fromFile(const QString& path);
    // The value of the variable; std::nullopt when it is unset or empty.
    static std::optional<SecretBytes> fromEnvironment(const char* name);
    // Asks on /dev/tty with echo off. Without a controlling terminal this fails at once (ErrorCode::Usage) with
    // `hint`, so that scripts never hang.
    static Result<SecretBytes> prompt(const QString& question, const QString& hint);
    // Asks twice and insists that both answers match.
    static Result<SecretBytes> promptTwice(const QString& question, const QString& again, const QString& hint);
};

} // namespace fb
