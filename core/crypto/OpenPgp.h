// SPDX-License-Identifier: GPL-3.0-or-later
// OpenPgp: OpenPGP operations (keys, signing, verification, encryption) on one GnuPG home, through GPGME.
//
// Each call creates its own GPGME context for the home, so one OpenPgp may be used from a job's worker
// thread (core/base/Job.h); calls block until GnuPG is done. The home must outlive the OpenPgp.
//
// Trust. A signature is "valid and trusted" and a key may be encrypted to only when GnuPG itself says
// the key is valid (full or ultimate). Firebreak never passes GnuPG's always-trust flag:
//  - in a temporary, sealed home (GnupgHome::createTemporary) the trust model is "direct": keys the
//    workspace vouches for (the workspace keyring, see KeyringStore::materialise) are given full
//    ownertrust with trustKeys(); keys generated in the home are ultimately trusted by GnuPG itself;
//    any other key there is valid-but-untrusted and refused as a recipient;
//  - in the user's own home the user's trust model and certifications decide; we never change them.
//
// Passphrases of secret keys are asked through loopback pinentry from the PassphraseCallback, handed to
// GnuPG through a pipe and wiped; nothing is written or cached (temporary homes run the agent with a
// cache time of zero). A callback asked a second time for the same operation is not called again: the
// first passphrase was wrong, and the operation fails with ErrorCode::WrongPassphrase.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/DecryptionResult.h"
#include "core/crypto/DetachedSignature.h"
#include "core/crypto/KeyImportResult.h"
#include "core/crypto/KeyInfo.h"
#include "core/crypto/SecretBytes.h"
#include "core/crypto/VerificationResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fb {

class GnupgHome;
class JobControl;

// A key pair to create (OpenPgp::createKey): user id "name <email>", expiring after validDays.
struct NewKeySpec
{
    enum class Algorithm {
        Ed25519, // ed25519 for certifying and signing, a cv25519 subkey for encryption
        Rsa3072, // RSA 3072 for certifying and signing, an RSA 3072 subkey for encryption
    };
    QString name;
    QString email;
    Algorithm algorithm = Algorithm::Ed25519;
    int validDays = 2 * 365;
};

// Asked for the passphrase of a secret key; keyDescription names the key for people
// ("Test Team <cert@example.org> (key 5830A4DF5E451D8D)"). std::nullopt cancels the operation.
using PassphraseCallback = std::function<std::optional<SecretBytes>(const QString& keyDescription)>;

class OpenPgp
{
    Q_DECLARE_TR_FUNCTIONS(fb::OpenPgp)

public:
    enum class ExportMode { Full, Minimal }; // Minimal: only the self-signatures (gpg export-minimal)

    explicit OpenPgp(const GnupgHome& home, PassphraseCallback passphrase = {});

    QString homePath() const { return m_homePath; }

    // Keys
    // Imports armored or binary keys. Data without any key: ErrorCode::BadInput with what GnuPG said.
    Result<KeyImportResult> importKeys(const QByteArray& armoredOrBinary);
    Result<QList<KeyInfo>> listKeys(bool secretOnly = false);
    // fingerprint: 40 or 64 hex digits (spaces allowed). Unknown: ErrorCode::NotFound.
    Result<KeyInfo> key(const QString& fingerprint);
    Result<QByteArray> exportPublicKey(const QString& fingerprint, ExportMode mode = ExportMode::Full);
    // Creates a key pair in the home (see NewKeySpec), its secret key protected by the passphrase the
    // PassphraseCallback gives: asked once, with the new user id as keyDescription, before GnuPG starts (GnuPG's
    // own questions are answered from memory by loopback). Without a callback, or when it gives an empty passphrase,
    // nothing is created and the error says so (ErrorCode::WrongPassphrase); std::nullopt cancels before anything
    // starts. Reports progress and honours cancel (ErrorCode::Cancelled) when GnuPG has finished the step at work,
    // deleting whatever it made: GnuPG is never left running on its own. BadInput (where: "name", "email" or
    // "validDays") for a spec GnuPG would refuse. Returns the new key as the home lists it.
    Result<KeyInfo> createKey(const NewKeySpec& spec, JobControl& control);
    // The user id createKey() gives: "name <email>"; BadInput when either part is empty or holds '<', '>' or a line
    // break, or the address is not one (where: "name" or "email").
    static Result<QString> userIdOf(const QString& name, const QString& email);

    // Gives the keys full ownertrust, so that they count as valid (see Trust above). Only in a temporary
    // home: refused with ErrorCode::Usage on the user's own home.
    Status trustKeys(const QStringList& fingerprints);

    // Signing, with the secret key of signerFingerprint (passphrase through the callback)
    // Clear-signed text (armored, SHA-256 or stronger) that stock `gpg --verify` checks.
    Result<QByteArray> clearSign(const QByteArray& utf8Text, const QString& signerFingerprint);
    // An armored detached signature, for PGP/MIME multipart/signed, with the micalg of its hash.
    Result<DetachedSignature> detachedSign(const QByteArray& data, const QString& signerFingerprint);

    // Verification. A bad or unverifiable signature is a result (see SignatureStatus), not an error;
    // data without any signature gives SignatureStatus::NotSigned. Errors are for failures of GnuPG.
    Result<VerificationResult> verifyClearSigned(const QByteArray& signedText); // signedData = the text
    Result<VerificationResult> verifyDetached(const QByteArray& data, const QByteArray& signature);
    Result<VerificationResult> verifyOpaque(const QByteArray& signedMessage); // signedData = the content

    // Encryption to keys of this home that are valid (see Trust above) and can encrypt; any other
    // recipient is refused with ErrorCode::Conflict and a sentence that says why. Signs too when a
    // signer is given. Armored output.
    Result<QByteArray> encrypt(const QByteArray& data, const QStringList& recipientFingerprints,
                               std::optional<QString> signerFingerprint = std::nullopt);
    // Decrypts with a secret key of this home (and checks a signature inside, if any). No usable secret
    // key: ErrorCode::NotFound naming the recipients.
    Result<DecryptionResult> decrypt(const QByteArray& data);
    // Decrypts but keeps the signature layer (GnuPG's unwrap): the result is the signed OpenPGP message
    // inside, for verifyOpaque() in another home (mail signed by a peer and encrypted to the team: the
    // team's secret key is here, the peer's trusted key in the workspace keyring).
    Result<QByteArray> decryptKeepingSignature(const QByteArray& data);

    // A fingerprint as GnuPG takes it (upper-case hex, no spaces), or empty when it is not one.
    static QString normalisedFingerprint(const QString& fingerprint);

private:
    class Operation;

    QString m_homePath;
    bool m_temporaryHome = false;
    PassphraseCallback m_passphrase;
};

} // namespace fb
