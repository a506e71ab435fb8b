// SPDX-License-Identifier: GPL-3.0-or-later
// MailCrypto: the optional OpenPGP stage after parsing: verifies PGP/MIME (RFC 3156) and inline-signed mail
// against the workspace keyring and decrypts PGP/MIME and inline-encrypted mail with the team's key. The
// parsed message gets the decrypted text and attachments, the signature status and the signer; its raw
// bytes stay as received. Decrypted content stays in memory.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SignatureStatus.h"
#include "core/mail/ParsedMessage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct _GMimeMessage;

namespace fb {

class OpenPgp;
class MailKeys;
struct VerificationResult;

class MailCrypto
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailCrypto)

public:
    // keyring checks signatures (the sealed home of KeyringStore::materialise()); secret, when given,
    // decrypts (the home with the team's secret key). Both must outlive this object.
    MailCrypto(OpenPgp& keyring, OpenPgp* secret);
    explicit MailCrypto(MailKeys& keys);
    // Makes the keys (and so the temporary GnuPG home of the workspace keyring) when a message first needs
    // OpenPGP, and only then: an import of plain mail writes no keyring anywhere. When making them fails, each
    // message that needed them says so in a warning.
    using KeysMaker = std::function<Result<std::unique_ptr<MailKeys>>()>;
    explicit MailCrypto(KeysMaker makeKeys);
    ~MailCrypto();
    MailCrypto(const MailCrypto&) = delete;
    MailCrypto& operator=(const MailCrypto&) = delete;

    // True when processing message needs keys: it is signed or encrypted, or carries an OpenPGP-encrypted file.
    static bool needsOpenPgp(const ParsedMessage& message);

    // Verifies and decrypts in place: the message, and attached OpenPGP-encrypted files (kept, with the
    // decrypted file beside them). Never fails: what cannot be checked or decrypted becomes a warning, and an
    // encrypted message that cannot be decrypted is kept as it came, marked encrypted. True when the text or
    // the attachments may have changed (observables must then be looked for again).
    bool process(ParsedMessage& message);

    // The stored word for a signature status: good, good-untrusted, no-public-key, expired-key,
    // expired-signature, revoked-key, bad, error, not-signed. (MessageParser alone writes not-verified.)
    static QString statusKey(SignatureStatus status);
    // The inverse of statusKey(); nullopt for "not-verified" and anything unknown.
    static std::optional<SignatureStatus> statusFromKey(const QString& key);

private:
    void decryptMime(ParsedMessage& message, _GMimeMessage* mime);
    void verifyMime(ParsedMessage& message, _GMimeMessage* mime);
    void decryptInline(ParsedMessage& message, _GMimeMessage* mime);
    void verifyInline(ParsedMessage& message, _GMimeMessage* mime);
    // Checks a clear-signed block in text and puts the signed text where the block was in the body.
    void verifyClearSigned(ParsedMessage& message, const QByteArray& text, const QString& charset);
    // The signature inside an encrypted message, checked against the keyring rather than the secret home.
    void verifyCombined(ParsedMessage& message, const QByteArray& ciphertext, const VerificationResult& fallback);
    void record(ParsedMessage& message, const VerificationResult& result);
    // Appends the decrypted content of each attached OpenPGP-encrypted file; true when one was decrypted.
    bool decryptAttachments(ParsedMessage& message);
    // Makes the keys on first use; false (with a warning on message) when they cannot be made.
    bool ensureKeys(ParsedMessage& message);

    KeysMaker m_makeKeys;
    std::unique_ptr<MailKeys> m_madeKeys;
    std::optional<QString> m_keysProblem; // why the keys could not be made
    OpenPgp* m_keyring = nullptr;
    OpenPgp* m_secret = nullptr;
};

} // namespace fb
