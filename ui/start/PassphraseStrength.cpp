// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/PassphraseStrength.h"

#include "core/crypto/SecretBytes.h"

#include <zxcvbn.h>

namespace fb {

PassphraseStrength PassphraseStrength::evaluate(const QString& passphrase)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty())
        return strength;
    QByteArray utf8 = passphrase.toUtf8();
    strength.m_bits = ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
    SecretBytes::wipe(utf8);
    return strength;
}

int PassphraseStrength::score() const
{
    if (m_bits < kMinimumBits)
        return 0;
    if (m_bits < 55)
        return 1;
    if (m_bits < 75)
        return 2;
    if (m_bits < 100)
        return 3;
    return 4;
}

QString PassphraseStrength::label() const
{
    switch (score()) {
    case 0:
        return tr("Very weak: choose a longer passphrase");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Strong");
    default:
        return tr("Very strong");
    }
}

} // namespace fb
