// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/KeyPassphrase.h"

#include "app/cli/PassphraseInput.h"

#include <fcntl.h>
#include <unistd.h>

namespace fb {

namespace {

bool haveTerminal()
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace

QCommandLineOption KeyPassphrase::fileOption()
{
    return QCommandLineOption(QStringLiteral("key-passphrase-file"),
                              tr("The passphrase of the OpenPGP secret key, first line of FILE."), tr("FILE"));
}

PassphraseCallback KeyPassphrase::callback(const QString& file)
{
    // No source at all: no callback, so that GnuPG's question ends as "needs a passphrase and none was given"
    // (exit code 3) instead of a cancelled operation.
    if (file.isEmpty() && qEnvironmentVariableIsEmpty(kVariable) && !haveTerminal())
        return {};
    return [file](const QString& keyDescription) -> std::optional<SecretBytes> {
        if (!file.isEmpty()) {
            auto secret = PassphraseInput::fromFile(file);
            return secret ? std::optional<SecretBytes>(std::move(*secret)) : std::nullopt;
        }
        if (auto fromEnvironment = PassphraseInput::fromEnvironment(kVariable))
            return std::move(*fromEnvironment);
        auto asked = PassphraseInput::prompt(
            tr("Passphrase for %1: ").arg(keyDescription),
            tr("No passphrase for the OpenPGP key and no terminal to ask for one: use --key-passphrase-file or set "
               "%1.")
                .arg(QLatin1String(kVariable)));
        return asked ? std::optional<SecretBytes>(std::move(*asked)) : std::nullopt;
    };
}

} // namespace fb
