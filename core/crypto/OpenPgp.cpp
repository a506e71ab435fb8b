// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenPgp.h"

#include "core/base/Job.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/GpgmeBoundary.h"
#include "core/crypto/GpgmeConvert.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <gpgme++/context.h>
#include <gpgme++/data.h>
#include <gpgme++/decryptionresult.h>
#include <gpgme++/editinteractor.h>
#include <gpgme++/encryptionresult.h>
#include <gpgme++/global.h>
#include <gpgme++/gpgsetownertrusteditinteractor.h>
#include <gpgme++/importresult.h>
#include <gpgme++/interfaces/passphraseprovider.h>
#include <gpgme++/interfaces/progressprovider.h>
#include <gpgme++/key.h>
#include <gpgme++/keygenerationresult.h>
#include <gpgme++/keylistresult.h>
#include <gpgme++/signingresult.h>
#include <gpgme++/verificationresult.h>

#include <gpg-error.h>
#include <gpgme.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace fb {

namespace {

void initialiseGpgme()
{
    static std::once_flag once;
    std::call_once(once, [] { GpgME::initializeLibrary(); });
}

gpg_err_code_t codeOf(const GpgME::Error& error)
{
    return static_cast<gpg_err_code_t>(error.code());
}

// Hands the caller's passphrase to GnuPG (loopback pinentry). GPGME++ writes the malloc'd copy to the
// agent's pipe, then wipes and frees it. Asked again after a bad one means the passphrase was wrong: we
// cancel instead of asking again, so a wrong passphrase is an error, never a loop.
class PassphraseBridge final : public GpgME::PassphraseProvider
{
public:
    explicit PassphraseBridge(const PassphraseCallback& callback)
        : m_callback(callback)
    {
    }

    char* getPassphrase(const char* useridHint, const char* /*description*/, bool previousWasBad,
                        bool& canceled) override
    {
        canceled = true;
        if (previousWasBad || m_asked >= kMaxAsks) {
            m_wrong = true;
            return nullptr;
        }
        ++m_asked;
        m_keyDescription = describe(useridHint);
        if (!m_callback) {
            m_missing = true;
            return nullptr;
        }
        std::optional<SecretBytes> secret = m_callback(m_keyDescription);
        if (!secret) {
            m_cancelled = true;
            return nullptr;
        }
        auto* copy = static_cast<char*>(std::malloc(secret->size() + 1));
        if (!copy)
            return nullptr;
        if (secret->size())
            std::memcpy(copy, secret->data(), secret->size());
        copy[secret->size()] = '\0';
        canceled = false;
        return copy;
    }

    bool wrong() const { return m_wrong; }
    bool cancelled() const { return m_cancelled; }
    bool missing() const { return m_missing; }
    QString keyDescription() const { return m_keyDescription; }

private:
    // GnuPG's hint is "<long key id> <user id>".
    static QString describe(const char* hint)
    {
        const QString text = hint ? QString::fromUtf8(hint) : QString();
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        if (space < 0)
            return text;
        return OpenPgp::tr("%1 (key %2)").arg(text.mid(space + 1), text.left(space));
    }

    static constexpr int kMaxAsks = 3; // distinct keys in one operation; never a loop

    const PassphraseCallback& m_callback;
    QString m_keyDescription;
    int m_asked = 0;
    bool m_wrong = false;
    bool m_cancelled = false;
    bool m_missing = false;
};

// GnuPG's progress lines ("primegen", "need_entropy"...) as job progress, for one step of several.
class ProgressBridge final : public GpgME::ProgressProvider
{
public:
    ProgressBridge(JobControl& control, int step, int steps, QString text)
        : m_control(control)
        , m_step(step)
        , m_steps(steps)
        , m_text(std::move(text))
    {
    }

    void showProgress(const char* /*what*/, int /*type*/, int current, int total) override
    {
        // Each step counts as 1000 units; GnuPG's own count (often 0 of 0) moves within its step.
        const qint64 within = total > 0 ? qint64(std::min(current, total)) * 999 / total : 0;
        m_control.setProgress(qint64(m_step) * 1000 + within, qint64(m_steps) * 1000, m_text);
    }

private:
    JobControl& m_control;
    int m_step;
    int m_steps;
    QString m_text;
};

// Deletes a key with its secret part without asking: GPGME++ has no force flag, and GnuPG in batch mode refuses to
// delete a secret key without one. Only for a key createKey() made and must not keep.
void deleteMadeKey(const QString& homePath, const QString& fingerprint)
{
    gpgme_ctx_t ctx = nullptr;
    if (gpgme_new(&ctx) != 0)
        return;
    const QByteArray home = QFile::encodeName(QDir::toNativeSeparators(homePath));
    gpgme_key_t key = nullptr;
    if (gpgme_ctx_set_engine_info(ctx, GPGME_PROTOCOL_OpenPGP, nullptr, home.constData()) == 0 &&
        gpgme_set_pinentry_mode(ctx, GPGME_PINENTRY_MODE_LOOPBACK) == 0 &&
        gpgme_get_key(ctx, fingerprint.toLatin1().constData(), &key, 1) == 0)
        gpgme_op_delete_ext(ctx, key, GPGME_DELETE_ALLOW_SECRET | GPGME_DELETE_FORCE);
    if (key)
        gpgme_key_unref(key);
    gpgme_release(ctx);
}

QString micalgOf(const char* hashName)
{
    return QStringLiteral("pgp-") + QString::fromLatin1(hashName ? hashName : "sha256").toLower();
}

} // namespace

// One GPGME context on the home, with the passphrase bridge, and the helpers every operation shares.
class OpenPgp::Operation
{
public:
    explicit Operation(const OpenPgp& pgp)
        : Operation(pgp, pgp.m_passphrase)
    {
    }
    // With a passphrase callback of its own instead of the OpenPgp's (which must outlive the operation).
    Operation(const OpenPgp& pgp, const PassphraseCallback& passphrase)
        : m_bridge(passphrase)
        , m_homePath(pgp.m_homePath)
    {
    }

    Status open()
    {
        initialiseGpgme();
        m_context = GpgME::Context::create(GpgME::OpenPGP);
        if (!m_context)
            return fail(ErrorCode::Internal, tr("GnuPG is not available: GPGME could not start the OpenPGP engine."));
        const QByteArray home = QFile::encodeName(QDir::toNativeSeparators(m_homePath));
        if (const auto err = m_context->setEngineHomeDirectory(home.constData()); GpgmeBoundary::failed(err))
            return fail(GpgmeBoundary::toError(err, tr("Opening the GnuPG home")));
        m_context->setArmor(true);
        m_context->setOffline(true); // never fetch keys or CRLs behind the user's back
        m_context->setKeyListMode(GpgME::Local | GpgME::WithSecret);
        if (const auto err = m_context->setPinentryMode(GpgME::Context::PinentryLoopback); GpgmeBoundary::failed(err))
            return fail(GpgmeBoundary::toError(err, tr("Opening the GnuPG home")));
        m_context->setPassphraseProvider(&m_bridge);
        return {};
    }

    GpgME::Context& context() { return *m_context; }

    // The fingerprints of the secret keys whose user ids match pattern (GnuPG's search), for telling a key just made
    // from those that were there: GPGME++ gives no result for a key made with startCreateKey().
    Result<QStringList> secretFingerprints(const QString& pattern)
    {
        const QByteArray search = pattern.toUtf8();
        if (const auto err = m_context->startKeyListing(search.constData(), true); GpgmeBoundary::failed(err))
            return fail(error(err, tr("Listing keys")));
        QStringList found;
        for (;;) {
            GpgME::Error err;
            const GpgME::Key key = m_context->nextKey(err);
            if (codeOf(err) == GPG_ERR_EOF || key.isNull())
                break;
            if (GpgmeBoundary::failed(err))
                return fail(error(err, tr("Listing keys")));
            found.append(GpgmeConvert::text(key.primaryFingerprint()).toUpper());
        }
        m_context->endKeyListing();
        return found;
    }

    // Runs an operation started with a start...() call of the context to its end, cancelling it when the job is
    // cancelled; the operation's own error, or a cancellation.
    // Without a control, the operation runs to its end whatever happens.
    GpgME::Error finish(JobControl* control)
    {
        for (;;) {
            if (control && control->isCancelled())
                m_context->cancelPendingOperationImmediately();
            if (m_context->poll())
                return m_context->lastError();
            QThread::msleep(kPollMs);
        }
    }

    // The error for a failed operation, told by what happened to the passphrase when that is the cause.
    Error error(const GpgME::Error& err, const QString& during) const
    {
        if (m_bridge.wrong())
            return Error{ErrorCode::WrongPassphrase,
                         tr("%1 failed: wrong passphrase for %2.").arg(during, m_bridge.keyDescription()),
                         QStringLiteral("GnuPG")};
        if (m_bridge.missing())
            return Error{
                ErrorCode::WrongPassphrase,
                tr("%1 failed: %2 needs a passphrase and none was given.").arg(during, m_bridge.keyDescription()),
                QStringLiteral("GnuPG")};
        if (m_bridge.cancelled())
            return Error{ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during), QStringLiteral("GnuPG")};
        return GpgmeBoundary::toError(err, during);
    }

    Result<GpgME::Key> findKey(const QString& fingerprint, bool secret)
    {
        const QString fpr = normalisedFingerprint(fingerprint);
        if (fpr.isEmpty())
            return fail(ErrorCode::Usage, tr("“%1” is not an OpenPGP fingerprint.").arg(fingerprint));
        GpgME::Error err;
        const GpgME::Key key = m_context->key(fpr.toLatin1().constData(), err, secret);
        if (key.isNull() || codeOf(err) == GPG_ERR_EOF)
            return fail(ErrorCode::NotFound,
                        secret ? tr("There is no secret key %1 in the GnuPG home.").arg(groupedFingerprint(fpr))
                               : tr("There is no key %1 in the GnuPG home.").arg(groupedFingerprint(fpr)),
                        QDir::toNativeSeparators(m_homePath));
        if (GpgmeBoundary::failed(err))
            return fail(GpgmeBoundary::toError(err, tr("Looking up a key")));
        return key;
    }

    Result<QByteArray> sign(const QByteArray& data, const QString& signer, GpgME::SignatureMode mode,
                            QString* micalg = nullptr)
    {
        const QString during = tr("Signing");
        FB_TRY_ASSIGN(auto key, findKey(signer, true));
        if (!GpgmeConvert::keyInfo(key).canSign)
            return fail(ErrorCode::Conflict,
                        tr("The key %1 cannot sign: it is revoked, expired or has no signing subkey.")
                            .arg(groupedFingerprint(normalisedFingerprint(signer))));
        m_context->clearSigningKeys();
        if (const auto err = m_context->addSigningKey(key); GpgmeBoundary::failed(err))
            return fail(error(err, during));
        GpgME::Data in = GpgmeConvert::dataOf(data);
        GpgME::Data out;
        const GpgME::SigningResult result = m_context->sign(in, out, mode);
        if (GpgmeBoundary::failed(result.error()))
            return fail(error(result.error(), during));
        if (result.createdSignatures().empty())
            return fail(ErrorCode::Internal, tr("%1 failed: GnuPG made no signature.").arg(during));
        if (micalg)
            *micalg = micalgOf(result.createdSignature(0).hashAlgorithmAsString());
        return GpgmeConvert::bytesOf(out);
    }

    // Our result for GPGME's: every signature classified, the worst one up front.
    Result<VerificationResult> verification(const GpgME::VerificationResult& result, QByteArray signedData)
    {
        VerificationResult out;
        const std::vector<GpgME::Signature> signatures = result.signatures();
        if (signatures.empty()) {
            const auto code = codeOf(result.error());
            if (code != GPG_ERR_NO_ERROR && code != GPG_ERR_NO_DATA)
                return fail(error(result.error(), tr("Verifying")));
            out.status = SignatureStatus::NotSigned;
            return out;
        }
        out.signedData = std::move(signedData);
        for (const GpgME::Signature& sig : signatures) {
            SignatureInfo info;
            info.status = classifySignature(sig);
            info.fingerprint = GpgmeConvert::text(sig.fingerprint()).toUpper();
            info.signedAt = GpgmeConvert::time(sig.creationTime());
            info.hashAlgorithm = GpgmeConvert::text(sig.hashAlgorithmAsString());
            if (GpgmeBoundary::failed(sig.status()))
                info.detail = QString::fromLocal8Bit(sig.status().asString());
            if (info.status != SignatureStatus::KeyMissing && !info.fingerprint.isEmpty()) {
                GpgME::Error err;
                const GpgME::Key key = m_context->key(info.fingerprint.toLatin1().constData(), err, false);
                if (!key.isNull()) {
                    info.fingerprint = GpgmeConvert::text(key.primaryFingerprint()).toUpper();
                    if (key.numUserIDs() > 0)
                        info.signerUserId = GpgmeConvert::text(key.userID(0).id());
                }
            }
            out.signatures.append(info);
        }
        const SignatureInfo* worst = &out.signatures.first();
        for (const SignatureInfo& info : std::as_const(out.signatures)) {
            if (severity(info.status) > severity(worst->status))
                worst = &info;
        }
        out.status = worst->status;
        out.fingerprint = worst->fingerprint;
        out.signerUserId = worst->signerUserId;
        out.signedAt = worst->signedAt;
        out.detail = worst->detail;
        return out;
    }

private:
    static constexpr unsigned long kPollMs = 20;

    PassphraseBridge m_bridge; // declared before the context, which points to it
    QString m_homePath;
    std::unique_ptr<GpgME::Context> m_context;
};

OpenPgp::OpenPgp(const GnupgHome& home, PassphraseCallback passphrase)
    : m_homePath(home.path())
    , m_temporaryHome(home.isTemporary())
    , m_passphrase(std::move(passphrase))
{
}

QString OpenPgp::normalisedFingerprint(const QString& fingerprint)
{
    static const QRegularExpression hex(QStringLiteral("^(?:[0-9A-F]{40}|[0-9A-F]{64})$"));
    QString fpr = fingerprint.toUpper();
    fpr.remove(QLatin1Char(' '));
    if (fpr.startsWith(QLatin1String("0X")))
        fpr = fpr.mid(2);
    return hex.match(fpr).hasMatch() ? fpr : QString();
}

Result<KeyImportResult> OpenPgp::importKeys(const QByteArray& armoredOrBinary)
{
    const QString during = tr("Importing keys");
    return GpgmeBoundary::run(during, [&]() -> Result<KeyImportResult> {
        Operation op(*this);
        FB_TRY(op.open());
        const GpgME::ImportResult result = op.context().importKeys(GpgmeConvert::dataOf(armoredOrBinary));
        if (GpgmeBoundary::failed(result.error())) {
            Error err = op.error(result.error(), during);
            if (err.code == ErrorCode::Internal || err.code == ErrorCode::NotFound)
                err.code = ErrorCode::BadInput;
            return fail(err);
        }
        // A revocation certificate alone counts as no key considered, but one revocation.
        if (result.numConsidered() == 0 && result.newRevocations() == 0)
            return fail(ErrorCode::BadInput, tr("%1 failed: the data holds no OpenPGP key.").arg(during));
        KeyImportResult out;
        out.considered = result.numConsidered();
        out.imported = result.numImported();
        out.unchanged = result.numUnchanged();
        out.secretKeysImported = result.numSecretKeysImported();
        for (const GpgME::Import& import : result.imports()) {
            if (GpgmeBoundary::failed(import.error()) || !import.fingerprint())
                continue;
            const QString fpr = GpgmeConvert::text(import.fingerprint()).toUpper();
            if (!out.fingerprints.contains(fpr))
                out.fingerprints.append(fpr);
            const unsigned status = import.status();
            if ((status & GpgME::Import::NewKey) && !out.newFingerprints.contains(fpr))
                out.newFingerprints.append(fpr);
        }
        out.updated = static_cast<int>(out.fingerprints.size() - out.newFingerprints.size()) - out.unchanged;
        if (out.updated < 0)
            out.updated = 0;
        if (out.fingerprints.isEmpty() && result.newRevocations() == 0)
            return fail(
                ErrorCode::BadInput,
                tr("%1 failed: GnuPG accepted none of the %n keys in the data.", "", out.considered).arg(during));
        return out;
    });
}

Result<QList<KeyInfo>> OpenPgp::listKeys(bool secretOnly)
{
    const QString during = tr("Listing keys");
    return GpgmeBoundary::run(during, [&]() -> Result<QList<KeyInfo>> {
        Operation op(*this);
        FB_TRY(op.open());
        if (const auto err = op.context().startKeyListing(static_cast<const char*>(nullptr), secretOnly);
            GpgmeBoundary::failed(err))
            return fail(op.error(err, during));
        QList<KeyInfo> keys;
        for (;;) {
            GpgME::Error err;
            const GpgME::Key key = op.context().nextKey(err);
            if (codeOf(err) == GPG_ERR_EOF || key.isNull())
                break;
            if (GpgmeBoundary::failed(err))
                return fail(op.error(err, during));
            keys.append(GpgmeConvert::keyInfo(key));
        }
        const GpgME::KeyListResult end = op.context().endKeyListing();
        if (GpgmeBoundary::failed(end.error()))
            return fail(op.error(end.error(), during));
        return keys;
    });
}

Result<KeyInfo> OpenPgp::key(const QString& fingerprint)
{
    return GpgmeBoundary::run(tr("Looking up a key"), [&]() -> Result<KeyInfo> {
        Operation op(*this);
        FB_TRY(op.open());
        FB_TRY_ASSIGN(auto key, op.findKey(fingerprint, false));
        return GpgmeConvert::keyInfo(key);
    });
}

Result<QByteArray> OpenPgp::exportPublicKey(const QString& fingerprint, ExportMode mode)
{
    const QString during = tr("Exporting a key");
    return GpgmeBoundary::run(during, [&]() -> Result<QByteArray> {
        Operation op(*this);
        FB_TRY(op.open());
        FB_TRY_ASSIGN(auto key, op.findKey(fingerprint, false));
        GpgME::Data out;
        const unsigned flags = mode == ExportMode::Minimal ? unsigned(GpgME::Context::ExportMinimal) : 0U;
        if (const auto err = op.context().exportPublicKeys(key.primaryFingerprint(), out, flags);
            GpgmeBoundary::failed(err))
            return fail(op.error(err, during));
        QByteArray armored = GpgmeConvert::bytesOf(out);
        if (armored.isEmpty())
            return fail(ErrorCode::NotFound, tr("%1 failed: GnuPG exported nothing.").arg(during));
        return armored;
    });
}

Result<QString> OpenPgp::userIdOf(const QString& name, const QString& email)
{
    static const QRegularExpression forbidden(QStringLiteral("[<>\\r\\n]"));
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString cleanName = name.simplified();
    const QString cleanEmail = email.trimmed();
    if (cleanName.isEmpty() || name.contains(forbidden))
        return fail(ErrorCode::BadInput, tr("A key needs a name without '<', '>' or line breaks."),
                    QStringLiteral("name"));
    if (!address.match(cleanEmail).hasMatch() || cleanEmail.contains(forbidden))
        return fail(ErrorCode::BadInput, tr("“%1” is not an e-mail address.").arg(cleanEmail.left(80)),
                    QStringLiteral("email"));
    return QStringLiteral("%1 <%2>").arg(cleanName, cleanEmail);
}

Result<KeyInfo> OpenPgp::createKey(const NewKeySpec& spec, JobControl& control)
{
    const QString during = tr("Creating a key");
    FB_TRY_ASSIGN(auto userId, userIdOf(spec.name, spec.email));
    if (spec.validDays < 1 || spec.validDays > 100 * 365)
        return fail(ErrorCode::BadInput, tr("A key is valid for 1 day to 100 years; not %n days.", "", spec.validDays),
                    QStringLiteral("validDays"));
    if (!m_passphrase)
        return fail(ErrorCode::WrongPassphrase,
                    tr("%1 failed: a new key needs a passphrase and none was given.").arg(during));
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during));
    // The passphrase is asked before GnuPG starts: a "no" given to GnuPG in the middle of its work ends GPGME's
    // operation but not always GnuPG's, which could then finish a key nobody asked for.
    std::optional<SecretBytes> newPassphrase = m_passphrase(userId);
    if (!newPassphrase)
        return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during));
    if (newPassphrase->isEmpty())
        return fail(ErrorCode::WrongPassphrase,
                    tr("%1 failed: a new key needs a passphrase and none was given.").arg(during));
    if (control.isCancelled())
        return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during));
    // GnuPG asks for it again when it binds the encryption subkey; it is answered from memory.
    const PassphraseCallback answer = [&newPassphrase](const QString&) -> std::optional<SecretBytes> {
        return newPassphrase->copy();
    };
    const bool ed25519 = spec.algorithm == NewKeySpec::Algorithm::Ed25519;
    const char* primaryAlgo = ed25519 ? "ed25519" : "rsa3072";
    const char* subkeyAlgo = ed25519 ? "cv25519" : "rsa3072";
    const unsigned long expires = static_cast<unsigned long>(spec.validDays) * 24UL * 60UL * 60UL;
    return GpgmeBoundary::run(during, [&]() -> Result<KeyInfo> {
        QStringList before;
        // Every key GnuPG made for this user id during this call goes again after a failure or a cancel, so that a
        // half-made key never lingers. Each GnuPG run is left to end by itself (see finish()), so a key is either
        // listed here or was never made.
        auto removeMade = [&]() {
            Operation op(*this, answer);
            if (!op.open())
                return;
            auto after = op.secretFingerprints(userId);
            if (!after)
                return;
            for (const QString& fpr : std::as_const(*after)) {
                if (!before.contains(fpr))
                    deleteMadeKey(m_homePath, fpr);
            }
        };
        QString fingerprint;
        {
            Operation op(*this, answer);
            FB_TRY(op.open());
            ProgressBridge progress(control, 0, 2, tr("Creating the signing key…"));
            op.context().setProgressProvider(&progress);
            progress.showProgress(nullptr, 0, 0, 0);
            FB_TRY_ASSIGN(before, op.secretFingerprints(userId));
            if (const auto err = op.context().startCreateKey(userId.toUtf8().constData(), primaryAlgo, 0, expires,
                                                             GpgME::Key(), GPGME_CREATE_SIGN | GPGME_CREATE_CERT);
                GpgmeBoundary::failed(err))
                return fail(op.error(err, during));
            // Not cancelled half-way: GnuPG would go on without GPGME. A cancel takes effect when the key is made.
            const GpgME::Error err = op.finish(nullptr);
            op.context().setProgressProvider(nullptr);
            if (auto after = op.secretFingerprints(userId)) {
                for (const QString& fpr : std::as_const(*after)) {
                    if (!before.contains(fpr))
                        fingerprint = fpr;
                }
            }
            if (control.isCancelled()) {
                removeMade();
                return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during));
            }
            if (GpgmeBoundary::failed(err)) {
                const Error error = op.error(err, during);
                removeMade();
                return fail(error);
            }
            if (fingerprint.isEmpty())
                return fail(ErrorCode::Internal, tr("%1 failed: GnuPG made no key.").arg(during));
        }
        {
            Operation op(*this, answer);
            FB_TRY(op.open());
            ProgressBridge progress(control, 1, 2, tr("Creating the encryption subkey…"));
            op.context().setProgressProvider(&progress);
            progress.showProgress(nullptr, 0, 0, 0);
            auto primary = op.findKey(fingerprint, true);
            if (!primary) {
                removeMade();
                return fail(primary.error());
            }
            GpgME::Error err = op.context().startCreateSubkey(*primary, subkeyAlgo, 0, expires, GPGME_CREATE_ENCR);
            if (!GpgmeBoundary::failed(err))
                err = op.finish(nullptr);
            op.context().setProgressProvider(nullptr);
            if (control.isCancelled()) {
                removeMade();
                return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(during));
            }
            if (GpgmeBoundary::failed(err)) {
                const Error error = op.error(err, during);
                removeMade();
                return fail(error);
            }
        }
        control.setProgress(2000, 2000, tr("Key created."));
        Operation op(*this, answer);
        FB_TRY(op.open());
        FB_TRY_ASSIGN(auto made, op.findKey(fingerprint, true));
        return GpgmeConvert::keyInfo(made);
    });
}

Status OpenPgp::trustKeys(const QStringList& fingerprints)
{
    const QString during = tr("Trusting keys");
    if (!m_temporaryHome)
        return fail(ErrorCode::Usage, tr("Firebreak does not change the trust settings of your own GnuPG home."));
    return GpgmeBoundary::run(during, [&]() -> Status {
        Operation op(*this);
        FB_TRY(op.open());
        for (const QString& fingerprint : fingerprints) {
            FB_TRY_ASSIGN(auto key, op.findKey(fingerprint, false));
            if (key.ownerTrust() == GpgME::Key::Ultimate || key.ownerTrust() == GpgME::Key::Full)
                continue; // our own keys stay ultimately trusted
            GpgME::Data out;
            const auto err =
                op.context().edit(key, std::make_unique<GpgME::GpgSetOwnerTrustEditInteractor>(GpgME::Key::Full), out);
            if (GpgmeBoundary::failed(err))
                return fail(op.error(err, during));
        }
        return {};
    });
}

Result<QByteArray> OpenPgp::clearSign(const QByteArray& utf8Text, const QString& signerFingerprint)
{
    return GpgmeBoundary::run(tr("Signing"), [&]() -> Result<QByteArray> {
        Operation op(*this);
        FB_TRY(op.open());
        return op.sign(utf8Text, signerFingerprint, GpgME::Clearsigned);
    });
}

Result<DetachedSignature> OpenPgp::detachedSign(const QByteArray& data, const QString& signerFingerprint)
{
    return GpgmeBoundary::run(tr("Signing"), [&]() -> Result<DetachedSignature> {
        Operation op(*this);
        FB_TRY(op.open());
        DetachedSignature out;
        FB_TRY_ASSIGN(auto signature, op.sign(data, signerFingerprint, GpgME::Detached, &out.micalg));
        out.signature = std::move(signature);
        return out;
    });
}

Result<VerificationResult> OpenPgp::verifyClearSigned(const QByteArray& signedText)
{
    return verifyOpaque(signedText); // GnuPG reads both forms the same way and hands back the text
}

Result<VerificationResult> OpenPgp::verifyDetached(const QByteArray& data, const QByteArray& signature)
{
    return GpgmeBoundary::run(tr("Verifying"), [&]() -> Result<VerificationResult> {
        Operation op(*this);
        FB_TRY(op.open());
        const GpgME::VerificationResult result =
            op.context().verifyDetachedSignature(GpgmeConvert::dataOf(signature), GpgmeConvert::dataOf(data));
        return op.verification(result, {});
    });
}

Result<VerificationResult> OpenPgp::verifyOpaque(const QByteArray& signedMessage)
{
    return GpgmeBoundary::run(tr("Verifying"), [&]() -> Result<VerificationResult> {
        Operation op(*this);
        FB_TRY(op.open());
        GpgME::Data plain;
        const GpgME::VerificationResult result =
            op.context().verifyOpaqueSignature(GpgmeConvert::dataOf(signedMessage), plain);
        return op.verification(result, GpgmeConvert::bytesOf(plain));
    });
}

Result<QByteArray> OpenPgp::encrypt(const QByteArray& data, const QStringList& recipientFingerprints,
                                    std::optional<QString> signerFingerprint)
{
    const QString during = tr("Encrypting");
    return GpgmeBoundary::run(during, [&]() -> Result<QByteArray> {
        if (recipientFingerprints.isEmpty())
            return fail(ErrorCode::Usage, tr("%1 failed: no recipient was given.").arg(during));
        Operation op(*this);
        FB_TRY(op.open());
        std::vector<GpgME::Key> recipients;
        for (const QString& fingerprint : recipientFingerprints) {
            FB_TRY_ASSIGN(auto key, op.findKey(fingerprint, false));
            const KeyInfo info = GpgmeConvert::keyInfo(key);
            const QString name = groupedFingerprint(info.fingerprint);
            if (info.revoked || info.expired || info.disabled || info.invalid || !info.canEncrypt)
                return fail(ErrorCode::Conflict,
                            tr("The key %1 cannot be encrypted to: it is revoked, expired, disabled or has no "
                               "encryption subkey.")
                                .arg(name));
            if (!info.isValid())
                return fail(ErrorCode::Conflict,
                            tr("The key %1 is not trusted here, so Firebreak does not encrypt to it. Compare its "
                               "fingerprint with its owner and add it to the workspace keyring.")
                                .arg(name));
            recipients.push_back(key);
        }
        GpgME::Data in = GpgmeConvert::dataOf(data);
        GpgME::Data out;
        GpgME::EncryptionResult result;
        if (signerFingerprint) {
            FB_TRY_ASSIGN(auto signer, op.findKey(*signerFingerprint, true));
            op.context().clearSigningKeys();
            if (const auto err = op.context().addSigningKey(signer); GpgmeBoundary::failed(err))
                return fail(op.error(err, during));
            const auto both = op.context().signAndEncrypt(recipients, in, out, GpgME::Context::None);
            if (GpgmeBoundary::failed(both.first.error()))
                return fail(op.error(both.first.error(), during));
            result = both.second;
        } else {
            result = op.context().encrypt(recipients, in, out, GpgME::Context::None);
        }
        if (GpgmeBoundary::failed(result.error()))
            return fail(op.error(result.error(), during));
        if (result.numInvalidRecipients() > 0)
            return fail(ErrorCode::Conflict, tr("%1 failed: GnuPG refused %n of the recipients.", "",
                                                static_cast<int>(result.numInvalidRecipients()))
                                                 .arg(during));
        return GpgmeConvert::bytesOf(out);
    });
}

Result<DecryptionResult> OpenPgp::decrypt(const QByteArray& data)
{
    const QString during = tr("Decrypting");
    return GpgmeBoundary::run(during, [&]() -> Result<DecryptionResult> {
        Operation op(*this);
        FB_TRY(op.open());
        GpgME::Data plain;
        const auto [decryption, verification] = op.context().decryptAndVerify(GpgmeConvert::dataOf(data), plain);
        DecryptionResult out;
        for (const GpgME::DecryptionResult::Recipient& recipient : decryption.recipients())
            out.recipientKeyIds.append(GpgmeConvert::text(recipient.keyID()).toUpper());
        if (GpgmeBoundary::failed(decryption.error())) {
            if (codeOf(decryption.error()) == GPG_ERR_NO_SECKEY)
                return fail(ErrorCode::NotFound,
                            tr("%1 failed: none of the keys the message is encrypted to is here.").arg(during),
                            out.recipientKeyIds.join(QStringLiteral(", ")));
            Error err = op.error(decryption.error(), during);
            if (err.code == ErrorCode::Internal && codeOf(decryption.error()) == GPG_ERR_NO_DATA)
                err.code = ErrorCode::BadInput;
            return fail(err);
        }
        out.plaintext = GpgmeConvert::bytesOf(plain);
        FB_TRY_ASSIGN(auto checked, op.verification(verification, {}));
        out.verification = std::move(checked);
        out.wasSigned = out.verification.status != SignatureStatus::NotSigned;
        return out;
    });
}

Result<QByteArray> OpenPgp::decryptKeepingSignature(const QByteArray& data)
{
    const QString during = tr("Decrypting");
    return GpgmeBoundary::run(during, [&]() -> Result<QByteArray> {
        Operation op(*this);
        FB_TRY(op.open());
        GpgME::Data out;
        const GpgME::DecryptionResult result =
            op.context().decrypt(GpgmeConvert::dataOf(data), out, GpgME::Context::DecryptUnwrap);
        if (GpgmeBoundary::failed(result.error())) {
            if (codeOf(result.error()) == GPG_ERR_NO_SECKEY)
                return fail(ErrorCode::NotFound,
                            tr("%1 failed: none of the keys the message is encrypted to is here.").arg(during));
            return fail(op.error(result.error(), during));
        }
        return GpgmeConvert::bytesOf(out);
    });
}

} // namespace fb
