// SPDX-License-Identifier: GPL-3.0-or-later
// KeyInfo: what Firebreak knows of one OpenPGP key, read from a GnuPG home. No GPGME types.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

// How sure the home is that the key belongs to its user ids (GnuPG's validity).
enum class KeyValidity { Unknown, Undefined, Never, Marginal, Full, Ultimate };

struct KeyInfo
{
    QString fingerprint; // upper-case hex, 40 characters for v4 keys
    QString keyId;       // the last 16 hex digits
    QString algorithm;   // of the primary key: "RSA 3072", "ed25519"...
    int bits = 0;
    QDateTime created; // UTC
    QDateTime expires; // UTC; invalid = never
    QStringList userIds;
    QStringList emails;
    bool revoked = false;
    bool expired = false;
    bool disabled = false;
    bool invalid = false;
    bool canSign = false;    // a usable (not revoked, not expired) signing (sub)key exists
    bool canEncrypt = false; // a usable encryption (sub)key exists
    bool hasSecret = false;  // the secret key is in the home (or on a card it knows)
    KeyValidity validity = KeyValidity::Unknown;

    bool isValid() const { return validity == KeyValidity::Full || validity == KeyValidity::Ultimate; }
};

// A fingerprint as people compare it: upper case, in groups of four ("ABCD 0123 ...").
inline QString groupedFingerprint(const QString& fingerprint)
{
    const QString hex = fingerprint.toUpper();
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i)
            grouped += QLatin1Char(' ');
        grouped += hex.mid(i, 4);
    }
    return grouped;
}

} // namespace fb
