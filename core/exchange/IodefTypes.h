// SPDX-License-Identifier: GPL-3.0-or-later
// IodefTypes: how Firebreak's terms map onto IODEF v2 (RFC 7970) and back, in one table each: observable types and
// Address categories (and BulkObservable types), TLP and the restriction attribute, ticket states and the
// Incident status, severities and SystemImpact severity, hash types and XML Signature digest algorithms.
#pragma once

#include "core/observables/Observable.h"
#include "core/taxonomy/Tlp.h"

#include <QString>

#include <optional>

namespace fb {

class IodefTypes
{
public:
    IodefTypes() = delete;

    static constexpr const char* kNamespace = "urn:ietf:params:xml:ns:iodef-2.0";
    static constexpr const char* kDsNamespace = "http://www.w3.org/2000/09/xmldsig#";
    // ext-restriction of TLP:AMBER+STRICT, written with restriction="ext-value".
    static constexpr const char* kAmberStrict = "amber-strict";

    // The Address category of an address-like observable ("ipv4-addr", "site-uri"); empty for a domain (written as
    // DomainData), a hash (HashData) or a CVE (a Method Reference).
    static QString addressCategory(const Observable& observable);
    // The observable type an Address category or a BulkObservable type gives; std::nullopt for one Firebreak keeps
    // no observable of (mac, atm, ipv4-net-mask...).
    static std::optional<ObservableType> fromCategory(const QString& category);

    // restriction (and ext-restriction) of a label: white, green, amber, red; ext-value + amber-strict.
    static QString restriction(TlpLevel level);
    // The label of a restriction: white/public CLEAR, green GREEN, amber/partner/need-to-know AMBER, red RED, private
    // and ext-value amber-strict AMBER+STRICT; std::nullopt for "default" and unknown values.
    static std::optional<TlpLevel> tlpOf(const QString& restriction, const QString& extRestriction);

    // SystemImpact severity of a ticket severity (1 critical, 2 high: high; 3 medium; 4 low) and back (high 2).
    static QString severity(int severity);
    static std::optional<int> severityOf(const QString& severity);

    // The ds:DigestMethod Algorithm URI of a hash type, empty for a type that is no hash; and back.
    static QString digestAlgorithm(ObservableType type);
    static std::optional<ObservableType> hashType(const QString& algorithm);
};

} // namespace fb
