// SPDX-License-Identifier: GPL-3.0-or-later
// PublicSuffix: questions to the Public Suffix List (libpsl), answered from one shared, read-only list, and the
// one place that knows the special-use names (RFC 6761, 6762, 8375...) that are not in that list.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace fb {

struct Observable;

// The list is loaded on first use with psl_latest(): the newer of libpsl's built-in copy and the distribution's
// file (Debian: /usr/share/publicsuffix/public_suffix_list.dafsa, package "publicsuffix"); the built-in copy if
// that fails. It is shared by all threads (queries only read it) and freed at exit.
// Every argument is a lower-case ASCII (ACE) name; IDNs must be converted first (QUrl::toAce).
//
// Special-use names: teams use names under "example", "test", "invalid" (RFC 2606, RFC 6761), "localhost"
// (RFC 6761), "local" (RFC 6762, mDNS), "home.arpa" (RFC 8375), "onion" (RFC 7686), "alt" (RFC 9476) and
// "internal" (reserved by ICANN for private networks) in documentation, exercises and internal networks. They
// are not delegated in the public DNS, so the list does not carry them; here they count as top-level domains
// and as suffixes, like "com": "host.corp.internal" is a domain, "internal" and "home.arpa" are suffixes.
class PublicSuffix
{
    Q_DECLARE_TR_FUNCTIONS(fb::PublicSuffix)

public:
    // True when `label` is a top-level domain the list knows ("com", "uk", "zip", "xn--p1ai") or a special-use
    // one ("example", "internal", "local"...); "localdomain", "lan" or "corp" are not.
    static bool isKnownTld(const QString& label);
    // True when `domain` is itself a public suffix in the list's ICANN section ("com", "co.uk") or a special-use
    // suffix ("example", "home.arpa"); suffixes from the private section ("github.io") count as ordinary domains
    // here.
    static bool isIcannSuffix(const QString& domain);
    // The special-use suffix `domain` is or ends in ("example" for "www.example", "home.arpa" for
    // "printer.home.arpa"); empty for every other name ("example.com" included).
    static QString specialUseSuffix(const QString& domain);
    // For a domain, e-mail address or URL observable whose name is under a special-use suffix, one sentence
    // saying that it does not resolve in the public DNS (for people, CLI and GUI alike); else empty.
    static QString specialUseNote(const Observable& observable);
    // Where the list came from, for diagnostics ("/usr/share/publicsuffix/public_suffix_list.dafsa").
    static QString source();
};

} // namespace fb
