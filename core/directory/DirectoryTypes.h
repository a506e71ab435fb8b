// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryTypes: the fixed vocabularies of the contact directory (team types, Trusted Introducer status, channel
// usages, agreement kinds, constituency kinds) with their stable storage keys and translated labels.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb {

enum class TeamType { Unknown, National, Governmental, Ciip, Academic, Commercial, Vendor, Internal, Military, Isp };
enum class TiStatus { None, Listed, AccreditationCandidate, Accredited, Certified };
enum class ChannelKind { Email, Phone, Other };
enum class ChannelUsage { Contact, Emergency, Abuse, Fax, Voice };
enum class AgreementKind { Nda, Mou, CodeOfConduct, Other };
enum class ConstituencyKind { Ip, Asn, Domain, Country, Text };

class DirectoryTypes
{
    Q_DECLARE_TR_FUNCTIONS(fb::DirectoryTypes)

public:
    // Storage and CLI keys: "national", "isp"...; parse*() accept the key case-insensitively.
    static QString key(TeamType type);
    static QString key(TiStatus status);
    static QString key(ChannelKind kind);
    static QString key(ChannelUsage usage);
    static QString key(AgreementKind kind);
    static QString key(ConstituencyKind kind);
    static std::optional<TeamType> parseTeamType(const QString& key);
    static std::optional<TiStatus> parseTiStatus(const QString& key);
    static std::optional<ChannelKind> parseChannelKind(const QString& key);
    static std::optional<ChannelUsage> parseChannelUsage(const QString& key);
    static std::optional<AgreementKind> parseAgreementKind(const QString& key);
    static std::optional<ConstituencyKind> parseConstituencyKind(const QString& key);

    static QStringList teamTypeKeys();
    static QStringList tiStatusKeys();
    static QStringList channelUsageKeys();

    static QString label(TeamType type); // translated, for people
    static QString label(TiStatus status);
    static QString label(ChannelKind kind);
    static QString label(ChannelUsage usage);
};

} // namespace fb
