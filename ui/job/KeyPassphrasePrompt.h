// SPDX-License-Identifier: GPL-3.0-or-later
// KeyPassphrasePrompt: asks the user for the passphrase of an OpenPGP secret key (the team key) when GnuPG needs it
// in a job — signing a reply, the profile or an advisory, decrypting imported mail. GnuPG runs with loopback
// pinentry (OpenPgp), so the question comes to Firebreak, not to a pinentry program: the callback, called on the
// job's worker thread, shows a password dialog on the GUI thread and waits for the answer. The passphrase goes to
// GnuPG and is not kept. When the dialog's parent goes away (the window closes or locks) the question is cancelled.
#pragma once

#include "core/crypto/OpenPgp.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace fb {

class KeyPassphrasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(fb::KeyPassphrasePrompt)

public:
    // Shows the question over parent and returns the answer (nullopt: cancelled). Runs on the GUI thread.
    using Ask = std::function<std::optional<SecretBytes>(QWidget* parent, const QString& keyDescription)>;

    // The callback for OpenPgp, to be made on the GUI thread and called on any thread.
    static PassphraseCallback callback(QWidget* parent);

    // The password dialog (the default Ask); tests replace it with setAsk().
    static std::optional<SecretBytes> dialog(QWidget* parent, const QString& keyDescription);
    static void setAsk(Ask ask);
};

} // namespace fb
