// SPDX-License-Identifier: GPL-3.0-or-later
// PassphraseStrength: how hard a new workspace passphrase is to guess (zxcvbn, as KeePassXC uses), as a
// score for the meter, a word for people, and whether it is too weak to accept.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fb {

class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(fb::PassphraseStrength)

public:
    // Below this many bits of guessing entropy a new passphrase is refused.
    static constexpr double kMinimumBits = 40.0;

    static PassphraseStrength evaluate(const QString& passphrase);

    double bits() const { return m_bits; }
    int score() const; // 0 very weak ... 4 very strong
    bool acceptable() const { return m_bits >= kMinimumBits; }
    QString label() const;

private:
    double m_bits = 0;
};

} // namespace fb
