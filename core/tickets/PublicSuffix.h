// SPDX-License-Identifier: GPL-3.0-or-later
// PublicSuffix: questions to the Public Suffix List (libpsl), answered from one shared, read-only list.
#pragma once

#include <QString>

namespace fb {

// The list is loaded on first use with psl_latest(): the newer of libpsl's built-in copy and the distribution's
// file (Debian: /usr/share/publicsuffix/public_suffix_list.dafsa, package "publicsuffix"); the built-in copy if
// that fails. It is shared by all threads (queries only read it) and freed at exit.
// Every argument is a lower-case ASCII (ACE) name; IDNs must be converted first (QUrl::toAce).
class PublicSuffix
{
public:
    // False when no list could be loaded at all; then every name is treated as unknown.
    static bool isAvailable();
    // True when `label` is a top-level domain the list knows ("com", "uk", "zip", "xn--p1ai"); "invalid",
    // "local", "localdomain" or "example" are not.
    static bool isKnownTld(const QString& label);
    // True when `domain` is itself a public suffix in the list's ICANN section ("com", "co.uk"); suffixes
    // from the private section ("github.io") count as ordinary domains here.
    static bool isIcannSuffix(const QString& domain);
    // The registrable domain ("example.co.uk" for "www.example.co.uk"), with the private section applied
    // ("user.github.io"); empty when there is none.
    static QString registrableDomain(const QString& domain);
    // Where the list came from, for diagnostics ("/usr/share/publicsuffix/public_suffix_list.dafsa").
    static QString source();
};

} // namespace fb
