// SPDX-License-Identifier: GPL-3.0-or-later
// IpRange: one IPv4 or IPv6 address, or a CIDR block, as a 128-bit network address and prefix length.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <array>
#include <cstdint>
#include <optional>

namespace fb {

// IPv4 lives in the IPv4-mapped space ::ffff:0:0/96, so both families share one byte order: low() and high()
// are 16 big-endian bytes each and compare with memcmp (and as SQL BLOBs) in address order.
// "::ffff:192.0.2.1" and "192.0.2.1" are the same range.
class IpRange
{
public:
    using Bytes = std::array<std::uint8_t, 16>;

    // The unspecified address "::", a single address.
    IpRange() = default;

    // "192.0.2.1", "192.0.2.0/24", "2001:db8::/32", "::1". IPv4 must be a strict dotted quad (no leading
    // zeros, no shorthand); the prefix is decimal without sign or leading zeros. Host bits after the prefix
    // are cleared: "192.0.2.77/24" gives 192.0.2.0/24. No surrounding spaces, brackets or zone ids.
    static std::optional<IpRange> parse(const QString& addressOrCidr);
    // Like parse(), but refuses a prefix length: one address only.
    static std::optional<IpRange> parseAddress(QStringView address);
    // A block from 16 network-order bytes and a prefix length over all 128 bits (IPv4 /24 is 120 here).
    static IpRange fromBytes(const Bytes& address, int prefixLength128);
    // The block whose low() and high() these are (16 bytes each); nullopt when they do not bound a CIDR block.
    static std::optional<IpRange> fromLowHigh(const QByteArray& low, const QByteArray& high);

    QByteArray low() const;  // first address, 16 bytes
    QByteArray high() const; // last address, 16 bytes
    bool contains(const IpRange& other) const;
    bool isIpv4() const; // the whole block lies in ::ffff:0:0/96
    bool isSingleAddress() const;
    int prefixLength() const; // 0..32 for IPv4, 0..128 for IPv6

    // Canonical text: dotted quad for IPv4, RFC 5952 for IPv6 (lower case, longest run of two or more zero
    // groups compressed, the first on a tie); "/n" only for blocks larger than one address.
    QString toString() const;
    // Like toString(), but always with "/n" ("192.0.2.1/32").
    QString toCidrString() const;

    friend bool operator==(const IpRange&, const IpRange&) = default;

private:
    IpRange(const Bytes& network, int prefixLength128);
    QString addressText() const;

    Bytes m_network{};
    int m_prefix = 128; // over all 128 bits
};

} // namespace fb
