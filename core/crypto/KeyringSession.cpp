// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/KeyringSession.h"

#ifdef FB_HAVE_KEYUTILS
#include <keyutils.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#endif

namespace fb {

#ifdef FB_HAVE_KEYUTILS

namespace {

constexpr char kKeyType[] = "user";
// The possessor may find and read the key; the user's other processes may see and read it (they could read this
// process's memory anyway); nobody may change it, and other users get nothing.
constexpr key_perm_t kPermissions = KEY_POS_VIEW | KEY_POS_READ | KEY_POS_SEARCH | KEY_USR_VIEW | KEY_USR_READ;
// Guards the loops that forget keys against a kernel that keeps answering with the same key.
constexpr int kMaxDuplicates = 16;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Where keys are kept and looked for: the session keyring when the process has one of its own, then the user keyring.
// A process without one (no pam_keyinit, a container) is shown the user's default session keyring as its session
// keyring, and adding a key "to the session keyring" would give it a new one that dies with it: there the user keyring
// is used instead. The special ids, not serial numbers: only through them does this process possess the keys, and
// their permissions give search to the possessor alone.
QList<key_serial_t> keyrings()
{
    QList<key_serial_t> list;
    const key_serial_t session = keyctl_get_keyring_ID(KEY_SPEC_SESSION_KEYRING, 0);
    const key_serial_t userSession = keyctl_get_keyring_ID(KEY_SPEC_USER_SESSION_KEYRING, 0);
    if (session > 0 && session != userSession)
        list.append(KEY_SPEC_SESSION_KEYRING);
    if (keyctl_get_keyring_ID(KEY_SPEC_USER_KEYRING, 0) > 0)
        list.append(KEY_SPEC_USER_KEYRING);
    return list;
}

key_serial_t search(key_serial_t keyring, const QByteArray& name)
{
    const long id = keyctl_search(keyring, kKeyType, name.constData(), 0);
    return id > 0 ? key_serial_t(id) : 0;
}

// Invalidated keys go at once (kernel 3.5); else the key is unlinked from the keyring that holds it.
bool drop(key_serial_t key, key_serial_t keyring)
{
    return keyctl_invalidate(key) == 0 || keyctl_unlink(key, keyring) == 0;
}

} // namespace

bool KeyringSession::isAvailable() const
{
    return !keyrings().isEmpty();
}

Status KeyringSession::store(const QByteArray& name, const SecretBytes& secret, std::chrono::seconds lifetime)
{
    if (secret.isEmpty() || secret.size() > kMaxSecretSize || lifetime.count() <= 0)
        return fail(ErrorCode::Internal,
                    tr("A session key must hold 1 to %1 bytes and last a while.").arg(kMaxSecretSize));
    const QList<key_serial_t> rings = keyrings();
    if (rings.isEmpty())
        return fail(
            ErrorCode::Io,
            tr("This process can reach neither a session keyring nor a user keyring: %1").arg(systemError(errno)));
    // A fresh key rather than an update of an old one: the old one may not be writable, and its timeout goes too.
    FB_TRY(forget(name));
    const key_serial_t key = add_key(kKeyType, name.constData(), secret.data(), secret.size(), rings.constFirst());
    if (key < 0)
        return fail(ErrorCode::Io, tr("The kernel keyring refused the session key: %1").arg(systemError(errno)));
    // The timeout before the permissions: once they are set, not even this process may change the key.
    if (keyctl_set_timeout(key, unsigned(lifetime.count())) != 0 || keyctl_setperm(key, kPermissions) != 0) {
        const int error = errno;
        drop(key, rings.constFirst());
        return fail(
            ErrorCode::Io,
            tr("The kernel keyring refused the session key's timeout or permissions: %1").arg(systemError(error)));
    }
    return {};
}

std::optional<SecretBytes> KeyringSession::find(const QByteArray& name)
{
    for (const key_serial_t keyring : keyrings()) {
        const key_serial_t key = search(keyring, name);
        if (key == 0)
            continue;
        // Read straight into locked memory; the kernel says how long the payload is.
        SecretBytes buffer(kMaxSecretSize);
        const long size = keyctl_read(key, reinterpret_cast<char*>(buffer.data()), buffer.size());
        if (size <= 0 || std::size_t(size) > buffer.size())
            continue; // expired or revoked between search and read, or not one of ours
        return SecretBytes(reinterpret_cast<const char*>(buffer.data()), std::size_t(size));
    }
    return std::nullopt;
}

Result<bool> KeyringSession::forget(const QByteArray& name)
{
    bool found = false;
    for (const key_serial_t keyring : keyrings()) {
        for (int i = 0; i < kMaxDuplicates; ++i) {
            const key_serial_t key = search(keyring, name);
            if (key == 0)
                break;
            if (!drop(key, keyring))
                return fail(ErrorCode::Io,
                            tr("The kernel keyring refused to forget a session key: %1").arg(systemError(errno)));
            found = true;
        }
    }
    return found;
}

Result<int> KeyringSession::forgetAll(const QByteArray& prefix)
{
    int count = 0;
    for (const key_serial_t keyring : keyrings()) {
        void* list = nullptr;
        const long size = keyctl_read_alloc(keyring, &list);
        if (size < 0)
            continue;
        const auto* keys = static_cast<const key_serial_t*>(list);
        for (std::size_t i = 0; i < std::size_t(size) / sizeof(key_serial_t); ++i) {
            char* description = nullptr;
            if (keyctl_describe_alloc(keys[i], &description) < 0)
                continue;
            // "type;uid;gid;perm;description"
            const QByteArray text(description);
            std::free(description);
            const QList<QByteArray> fields = text.split(';');
            if (fields.size() < 5 || fields.constFirst() != kKeyType)
                continue;
            const QByteArray keyName = fields.mid(4).join(';');
            if (!keyName.startsWith(prefix))
                continue;
            if (!drop(keys[i], keyring)) {
                const int error = errno;
                std::free(list);
                return fail(ErrorCode::Io,
                            tr("The kernel keyring refused to forget a session key: %1").arg(systemError(error)));
            }
            ++count;
        }
        std::free(list);
    }
    return count;
}

#else // no kernel keyring

bool KeyringSession::isAvailable() const
{
    return false;
}

Status KeyringSession::store(const QByteArray&, const SecretBytes&, std::chrono::seconds)
{
    return fail(ErrorCode::Usage, tr("Unlocked sessions need the Linux kernel keyring, which this system lacks."));
}

std::optional<SecretBytes> KeyringSession::find(const QByteArray&)
{
    return std::nullopt;
}

Result<bool> KeyringSession::forget(const QByteArray&)
{
    return false;
}

Result<int> KeyringSession::forgetAll(const QByteArray&)
{
    return 0;
}

#endif

} // namespace fb
