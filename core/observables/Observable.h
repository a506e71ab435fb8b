// SPDX-License-Identifier: GPL-3.0-or-later
// Observable: one normalised indicator on a ticket (address, block, domain, URL, e-mail, hash, CVE, AS number).
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class IpRange;

enum class ObservableType { Ipv4, Ipv6, Cidr, Domain, Url, Email, Md5, Sha1, Sha256, Cve, Asn };

// "ipv4", "ipv6", "cidr", "domain", "url", "email", "md5", "sha1", "sha256", "cve", "asn": storage and CLI form.
QString observableTypeKey(ObservableType type);
// The inverse of observableTypeKey(), case-insensitive; "ip" and "hash" are not types.
std::optional<ObservableType> parseObservableType(const QString& key);
// Every type, in declaration order.
QList<ObservableType> allObservableTypes();
// ipv4, ipv6 and cidr: values that are an IpRange.
constexpr bool isAddressType(ObservableType type)
{
    return type == ObservableType::Ipv4 || type == ObservableType::Ipv6 || type == ObservableType::Cidr;
}

struct Observable
{
    ObservableType type = ObservableType::Ipv4;
    QString value; // normalised, see Observables::normalise()
    friend bool operator==(const Observable&, const Observable&) = default;
};

size_t qHash(const Observable& observable, size_t seed = 0) noexcept;

// Validation and normalisation of single values. Normal forms:
//   ipv4   strict dotted quad "192.0.2.1" (no leading zeros, no shorthand)
//   ipv6   RFC 5952 "2001:db8::1"; IPv4-mapped stays IPv6 as "::ffff:192.0.2.1"
//   cidr   masked network with prefix, "192.0.2.0/24", "2001:db8::/32", "192.0.2.1/32"
//   domain lower-case ACE, no trailing dot, at most 253 characters, labels of 1..63 [a-z0-9_-] not starting
//          or ending with '-', ending in a TLD of the Public Suffix List and not itself an ICANN public suffix
//   url    http, https or ftp; scheme and host normalised, default port dropped, empty path "/", fully encoded
//   email  lower-case "local@domain" (dot-atom local part of at most 64 characters, domain as above)
//   md5, sha1, sha256   lower-case hex of 32, 40, 64 digits
//   cve    "CVE-2024-3094": year 1999 or later, sequence of 4+ digits (no leading zero beyond four)
//   asn    "AS64496", 1..4294967295; AS_TRANS (23456) is accepted since it does show up in routing data
// Defanged input ("hxxp://", "[.]", "[at]"...) is accepted and refanged.
class Observables
{
    Q_DECLARE_TR_FUNCTIONS(fb::Observables)

public:
    // Validate and normalise one value of a given type; BadInput error with a clear message if invalid.
    static Result<Observable> normalise(ObservableType type, const QString& raw);
    // Guess the type of a single value typed by a user (e.g. in a search box) and normalise it.
    static Result<Observable> fromUserInput(const QString& raw);
    // The normalised value of an ipv4, ipv6 or cidr observable covering `range`: what normalise() gives for
    // any spelling of it (ipv4 the address, ipv6 RFC 5952 with IPv4-mapped in mixed notation, cidr with /n).
    static QString addressValue(ObservableType type, const IpRange& range);
    // Undo common defanging: hxxp/hxxps/fxp schemes; [.] (.) {.} [dot] (dot) {dot}; [:] [://]; [@] (@) {@}
    // [at] (at) {at}. The word forms [dot] and [at] may have spaces or tabs around them.
    static QString refang(const QString& text);
};

} // namespace fb
