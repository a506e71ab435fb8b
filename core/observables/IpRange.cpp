// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/IpRange.h"

#include <QStringList>

#include <arpa/inet.h>

#include <algorithm>
#include <bit>

namespace fb {

namespace {

constexpr int kIpv4Offset = 96; // IPv4 prefix lengths are counted from the start of ::ffff:0:0/96

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Strict dotted quad: four decimal parts 0..255, no leading zeros (010 would be octal to inet_aton).
std::optional<IpRange::Bytes> parseIpv4(QStringView text)
{
    IpRange::Bytes out{};
    out[10] = 0xff;
    out[11] = 0xff;
    int part = 0;
    int value = 0;
    int digits = 0;
    for (QChar c : text) {
        if (c == u'.') {
            if (digits == 0 || part == 3) {
                return std::nullopt;
            }
            out[12 + part++] = static_cast<std::uint8_t>(value);
            value = 0;
            digits = 0;
            continue;
        }
        if (!isAsciiDigit(c) || (digits == 1 && value == 0)) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
        if (++digits > 3 || value > 255) {
            return std::nullopt;
        }
    }
    if (part != 3 || digits == 0) {
        return std::nullopt;
    }
    out[15] = static_cast<std::uint8_t>(value);
    return out;
}

std::optional<IpRange::Bytes> parseIpv6(QStringView text)
{
    // INET6_ADDRSTRLEN is 46 with the terminator; inet_pton wants plain ASCII.
    if (text.size() > 45 || !text.contains(u':')) {
        return std::nullopt;
    }
    char buffer[46] = {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool ok =
            isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
        if (!ok) {
            return std::nullopt;
        }
        buffer[i] = static_cast<char>(c.unicode());
    }
    IpRange::Bytes out{};
    if (inet_pton(AF_INET6, buffer, out.data()) != 1) {
        return std::nullopt;
    }
    return out;
}

IpRange::Bytes masked(IpRange::Bytes bytes, int prefix)
{
    for (int i = 0; i < 16; ++i) {
        const int bitsKept = std::clamp(prefix - i * 8, 0, 8);
        bytes[i] &= static_cast<std::uint8_t>(0xff00u >> bitsKept);
    }
    return bytes;
}

bool isMapped(const IpRange::Bytes& bytes)
{
    return std::all_of(bytes.begin(), bytes.begin() + 10, [](std::uint8_t b) { return b == 0; }) && bytes[10] == 0xff &&
           bytes[11] == 0xff;
}

// RFC 5952 section 4. Written here rather than with inet_ntop: glibc prints ::/96 addresses in the
// deprecated IPv4-compatible form ("::2:3" as "::0.2.0.3"), and other C libraries differ again.
QString formatIpv6(const IpRange::Bytes& bytes)
{
    std::array<unsigned, 8> words{};
    for (int i = 0; i < 8; ++i) {
        words[i] = (unsigned(bytes[2 * i]) << 8) | bytes[2 * i + 1];
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8;) {
        if (words[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && words[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2) {
        bestStart = -1;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':')) {
            out += u':';
        }
        out += QString::number(words[i], 16);
    }
    return out;
}

// Decimal prefix length: 1 to 3 digits, no sign, no leading zero.
std::optional<int> parsePrefix(QStringView text, int maximum)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text[0] == u'0')) {
        return std::nullopt;
    }
    int value = 0;
    for (QChar c : text) {
        if (!isAsciiDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > maximum) {
        return std::nullopt;
    }
    return value;
}

} // namespace

IpRange::IpRange(const Bytes& network, int prefixLength128)
    : m_network(masked(network, prefixLength128))
    , m_prefix(prefixLength128)
{
}

std::optional<IpRange> IpRange::parse(const QString& addressOrCidr)
{
    const QStringView text(addressOrCidr);
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        return parseAddress(text);
    }
    const QStringView address = text.left(slash);
    const bool writtenAsIpv4 = !address.contains(u':');
    const std::optional<Bytes> bytes = writtenAsIpv4 ? parseIpv4(address) : parseIpv6(address);
    if (!bytes) {
        return std::nullopt;
    }
    const std::optional<int> prefix = parsePrefix(text.mid(slash + 1), writtenAsIpv4 ? 32 : 128);
    if (!prefix) {
        return std::nullopt;
    }
    return IpRange(*bytes, writtenAsIpv4 ? *prefix + kIpv4Offset : *prefix);
}

std::optional<IpRange> IpRange::parseAddress(QStringView address)
{
    const std::optional<Bytes> bytes = address.contains(u':') ? parseIpv6(address) : parseIpv4(address);
    if (!bytes) {
        return std::nullopt;
    }
    return IpRange(*bytes, 128);
}

IpRange IpRange::fromBytes(const Bytes& address, int prefixLength128)
{
    return IpRange(address, std::clamp(prefixLength128, 0, 128));
}

std::optional<IpRange> IpRange::fromLowHigh(const QByteArray& low, const QByteArray& high)
{
    if (low.size() != 16 || high.size() != 16)
        return std::nullopt;
    Bytes network{};
    std::copy(low.cbegin(), low.cend(), network.begin());
    // The prefix ends where low and high first differ; the rest of low must be zeros and of high ones.
    int prefix = 128;
    for (int i = 0; i < 16 && prefix == 128; ++i) {
        const auto diff = static_cast<std::uint8_t>(low[i] ^ high[i]);
        if (diff != 0)
            prefix = i * 8 + std::countl_zero(diff);
    }
    IpRange range(network, prefix);
    if (range.low() != low || range.high() != high)
        return std::nullopt;
    return range;
}

QByteArray IpRange::low() const
{
    return QByteArray(reinterpret_cast<const char*>(m_network.data()), 16);
}

QByteArray IpRange::high() const
{
    Bytes last = m_network;
    for (int i = 0; i < 16; ++i) {
        const int bitsKept = std::clamp(m_prefix - i * 8, 0, 8);
        last[i] |= static_cast<std::uint8_t>(0xffu >> bitsKept);
    }
    return QByteArray(reinterpret_cast<const char*>(last.data()), 16);
}

bool IpRange::contains(const IpRange& other) const
{
    return other.m_prefix >= m_prefix && masked(other.m_network, m_prefix) == m_network;
}

bool IpRange::isIpv4() const
{
    return m_prefix >= kIpv4Offset && isMapped(m_network);
}

bool IpRange::isSingleAddress() const
{
    return m_prefix == 128;
}

int IpRange::prefixLength() const
{
    return isIpv4() ? m_prefix - kIpv4Offset : m_prefix;
}

QString IpRange::addressText() const
{
    if (!isIpv4()) {
        return formatIpv6(m_network);
    }
    return QStringList{QString::number(m_network[12]), QString::number(m_network[13]), QString::number(m_network[14]),
                       QString::number(m_network[15])}
        .join(u'.');
}

QString IpRange::toString() const
{
    return isSingleAddress() ? addressText() : toCidrString();
}

QString IpRange::toCidrString() const
{
    return addressText() + u'/' + QString::number(prefixLength());
}

} // namespace fb
