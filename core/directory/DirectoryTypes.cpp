// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/DirectoryTypes.h"

#include <array>
#include <utility>

namespace fb {

namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, k] : table)
        if (e == value)
            return QString::fromLatin1(k);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parseIn(const std::array<std::pair<E, const char*>, N>& table, const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const auto& [e, name] : table)
        if (k == QLatin1String(name))
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList keysOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList keys;
    for (const auto& entry : table)
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

constexpr std::array<std::pair<TeamType, const char*>, 10> kTeamTypes{{
    {TeamType::Unknown, "unknown"},
    {TeamType::National, "national"},
    {TeamType::Governmental, "governmental"},
    {TeamType::Ciip, "ciip"},
    {TeamType::Academic, "academic"},
    {TeamType::Commercial, "commercial"},
    {TeamType::Vendor, "vendor"},
    {TeamType::Internal, "internal"},
    {TeamType::Military, "military"},
    {TeamType::Isp, "isp"},
}};
constexpr std::array<std::pair<TiStatus, const char*>, 5> kTiStatuses{{
    {TiStatus::None, "none"},
    {TiStatus::Listed, "listed"},
    {TiStatus::AccreditationCandidate, "accreditation-candidate"},
    {TiStatus::Accredited, "accredited"},
    {TiStatus::Certified, "certified"},
}};
constexpr std::array<std::pair<ChannelKind, const char*>, 3> kChannelKinds{{
    {ChannelKind::Email, "email"},
    {ChannelKind::Phone, "phone"},
    {ChannelKind::Other, "other"},
}};
constexpr std::array<std::pair<ChannelUsage, const char*>, 5> kChannelUsages{{
    {ChannelUsage::Contact, "contact"},
    {ChannelUsage::Emergency, "emergency"},
    {ChannelUsage::Abuse, "abuse"},
    {ChannelUsage::Fax, "fax"},
    {ChannelUsage::Voice, "voice"},
}};
constexpr std::array<std::pair<AgreementKind, const char*>, 4> kAgreementKinds{{
    {AgreementKind::Nda, "nda"},
    {AgreementKind::Mou, "mou"},
    {AgreementKind::CodeOfConduct, "code-of-conduct"},
    {AgreementKind::Other, "other"},
}};
constexpr std::array<std::pair<ConstituencyKind, const char*>, 5> kConstituencyKinds{{
    {ConstituencyKind::Ip, "ip"},
    {ConstituencyKind::Asn, "asn"},
    {ConstituencyKind::Domain, "domain"},
    {ConstituencyKind::Country, "country"},
    {ConstituencyKind::Text, "text"},
}};

} // namespace

QString DirectoryTypes::key(TeamType type)
{
    return keyOf(kTeamTypes, type);
}
QString DirectoryTypes::key(TiStatus status)
{
    return keyOf(kTiStatuses, status);
}
QString DirectoryTypes::key(ChannelKind kind)
{
    return keyOf(kChannelKinds, kind);
}
QString DirectoryTypes::key(ChannelUsage usage)
{
    return keyOf(kChannelUsages, usage);
}
QString DirectoryTypes::key(AgreementKind kind)
{
    return keyOf(kAgreementKinds, kind);
}
QString DirectoryTypes::key(ConstituencyKind kind)
{
    return keyOf(kConstituencyKinds, kind);
}

std::optional<TeamType> DirectoryTypes::parseTeamType(const QString& key)
{
    // "isp/abuse" and "ISP" are common spellings of the same type.
    if (key.trimmed().compare(QLatin1String("isp/abuse"), Qt::CaseInsensitive) == 0)
        return TeamType::Isp;
    return parseIn(kTeamTypes, key);
}
std::optional<TiStatus> DirectoryTypes::parseTiStatus(const QString& key)
{
    return parseIn(kTiStatuses, key);
}
std::optional<ChannelKind> DirectoryTypes::parseChannelKind(const QString& key)
{
    return parseIn(kChannelKinds, key);
}
std::optional<ChannelUsage> DirectoryTypes::parseChannelUsage(const QString& key)
{
    return parseIn(kChannelUsages, key);
}
std::optional<AgreementKind> DirectoryTypes::parseAgreementKind(const QString& key)
{
    return parseIn(kAgreementKinds, key);
}
std::optional<ConstituencyKind> DirectoryTypes::parseConstituencyKind(const QString& key)
{
    return parseIn(kConstituencyKinds, key);
}

QStringList DirectoryTypes::teamTypeKeys()
{
    return keysOf(kTeamTypes);
}
QStringList DirectoryTypes::tiStatusKeys()
{
    return keysOf(kTiStatuses);
}
QStringList DirectoryTypes::channelUsageKeys()
{
    return keysOf(kChannelUsages);
}

QString DirectoryTypes::label(TeamType type)
{
    switch (type) {
    case TeamType::Unknown:
        return tr("Unknown");
    case TeamType::National:
        return tr("National");
    case TeamType::Governmental:
        return tr("Governmental");
    case TeamType::Ciip:
        return tr("Critical information infrastructure");
    case TeamType::Academic:
        return tr("Academic");
    case TeamType::Commercial:
        return tr("Commercial");
    case TeamType::Vendor:
        return tr("Vendor");
    case TeamType::Internal:
        return tr("Internal");
    case TeamType::Military:
        return tr("Military");
    case TeamType::Isp:
        return tr("ISP / abuse");
    }
    return {};
}

QString DirectoryTypes::label(TiStatus status)
{
    switch (status) {
    case TiStatus::None:
        return tr("Not listed");
    case TiStatus::Listed:
        return tr("Listed");
    case TiStatus::AccreditationCandidate:
        return tr("Accreditation candidate");
    case TiStatus::Accredited:
        return tr("Accredited");
    case TiStatus::Certified:
        return tr("Certified");
    }
    return {};
}

QString DirectoryTypes::label(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Email:
        return tr("E-mail");
    case ChannelKind::Phone:
        return tr("Phone");
    case ChannelKind::Other:
        //: A channel that is neither e-mail nor phone: Signal, satellite phone...
        return tr("Other");
    }
    return {};
}

QString DirectoryTypes::label(ChannelUsage usage)
{
    switch (usage) {
    case ChannelUsage::Contact:
        return tr("Contact");
    case ChannelUsage::Emergency:
        return tr("Emergency");
    case ChannelUsage::Abuse:
        //: The channel for abuse reports (abuse@...)
        return tr("Abuse");
    case ChannelUsage::Fax:
        return tr("Fax");
    case ChannelUsage::Voice:
        return tr("Voice");
    }
    return {};
}

} // namespace fb
