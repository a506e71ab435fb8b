// SPDX-License-Identifier: GPL-3.0-or-later
// GpgmeBoundary: the one place where GPGME++ exceptions and GpgME::Error become fb::Error.
// Internal to core/crypto: only .cpp files include it, so no public header pulls in gpgme++.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/PrivateFileMode.h"

#include <QCoreApplication>
#include <QString>

#include <gpgme++/error.h>
#include <gpgme++/exception.h>

#include <exception>
#include <new>

namespace fb {

class GpgmeBoundary
{
    Q_DECLARE_TR_FUNCTIONS(fb::GpgmeBoundary)

public:
    // Runs body (returning Result<T>) and turns anything GPGME++ or the standard library throws into
    // an fb::Error for "during" (e.g. "Signing"). Every OpenPgp operation goes through here; gpg and the
    // agent it starts write the home's files readable by their owner only (PrivateFileMode).
    template <typename Body>
    static auto run(const QString& during, Body&& body) noexcept -> decltype(body())
    {
        const PrivateFileMode privateFiles;
        try {
            return body();
        } catch (const GpgME::Exception& e) {
            return fail(toError(e.error(), during));
        } catch (const std::bad_alloc&) {
            return fail(outOfMemory(during));
        } catch (const std::exception& e) {
            return fail(unexpected(during, e.what()));
        } catch (...) {
            return fail(unexpected(during, nullptr));
        }
    }

    // An error GPGME reported, with what GnuPG said, under the ErrorCode that fits it.
    static Error toError(const GpgME::Error& error, const QString& during);
    // True when error says the operation failed (including a cancellation).
    static bool failed(const GpgME::Error& error) { return error.code() != 0; }

private:
    static Error outOfMemory(const QString& during);
    static Error unexpected(const QString& during, const char* what);
};

} // namespace fb
