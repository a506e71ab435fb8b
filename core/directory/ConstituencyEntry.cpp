// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/ConstituencyEntry.h"

#include "core/directory/Countries.h"
#include "core/observables/IpRange.h"
#include "core/observables/Observable.h"
#include "core/observables/PublicSuffix.h"

#include <QRegularExpression>
#include <QUrl>

namespace fb {

namespace {

std::unexpected<Error> bad(const QString& message)
{
    return fail(ErrorCode::BadInput, message);
}

// Number of trailing bits in which low is all zeros and high all ones, if [low, high] is one CIDR block.
int blockPrefix(const QByteArray& low, const QByteArray& high)
{
    int prefix = 128;
    for (int bit = 127; bit >= 0; --bit) {
        const int byte = bit / 8;
        const int mask = 0x80 >> (bit % 8);
        const bool l = static_cast<quint8>(low[byte]) & mask;
        const bool h = static_cast<quint8>(high[byte]) & mask;
        if (!l && h)
            prefix = bit;
        else
            break;
    }
    // Bits before the prefix must agree.
    for (int bit = 0; bit < prefix; ++bit) {
        const int byte = bit / 8;
        const int mask = 0x80 >> (bit % 8);
        if ((static_cast<quint8>(low[byte]) & mask) != (static_cast<quint8>(high[byte]) & mask))
            return -1;
    }
    return prefix;
}

Result<ConstituencyEntry> parseIp(const QString& raw)
{
    const QString text = raw.trimmed();
    ConstituencyEntry entry;
    entry.kind = ConstituencyKind::Ip;
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0) {
        const auto range = IpRange::parse(text);
        if (!range)
            return bad(Constituency::tr("“%1” is not an IP address or CIDR block.").arg(text.left(60)));
        entry.value = range->toCidrString();
        entry.ipLow = range->low();
        entry.ipHigh = range->high();
        return entry;
    }
    const auto low = IpRange::parseAddress(QStringView(text).left(dash).trimmed());
    const auto high = IpRange::parseAddress(QStringView(text).mid(dash + 1).trimmed());
    if (!low || !high)
        return bad(Constituency::tr("“%1” is not an address range (first-last).").arg(text.left(80)));
    if (low->isIpv4() != high->isIpv4())
        return bad(Constituency::tr("The range “%1” mixes IPv4 and IPv6.").arg(text.left(80)));
    if (low->low() > high->low())
        return bad(Constituency::tr("The range “%1” ends before it starts.").arg(text.left(80)));
    entry.ipLow = low->low();
    entry.ipHigh = high->low();
    const int prefix = blockPrefix(entry.ipLow, entry.ipHigh);
    if (prefix >= 0) {
        IpRange::Bytes bytes{};
        std::copy(entry.ipLow.cbegin(), entry.ipLow.cend(), bytes.begin());
        entry.value = IpRange::fromBytes(bytes, prefix).toCidrString();
    } else {
        entry.value = low->toString() + u'-' + high->toString();
    }
    return entry;
}

Result<ConstituencyEntry> parseAsn(const QString& raw)
{
    QString text = raw.trimmed();
    if (!text.startsWith(QLatin1String("AS"), Qt::CaseInsensitive))
        text.prepend(QStringLiteral("AS"));
    auto asn = Observables::normalise(ObservableType::Asn, text);
    if (!asn)
        return bad(Constituency::tr("“%1” is not an AS number.").arg(raw.trimmed().left(40)));
    ConstituencyEntry entry;
    entry.kind = ConstituencyKind::Asn;
    entry.value = asn->value;
    entry.asn = asn->value.mid(2).toUInt();
    return entry;
}

Result<ConstituencyEntry> parseDomain(const QString& raw)
{
    QString text = raw.trimmed().toLower();
    if (text.endsWith(u'.'))
        text.chop(1);
    const bool wildcard = text.startsWith(QLatin1String("*."));
    if (wildcard)
        text = text.mid(2);
    else if (text.startsWith(u'.')) // ".ac.uk" is written for "everything under ac.uk"
        text = text.mid(1);
    QString normal;
    if (auto domain = Observables::normalise(ObservableType::Domain, text)) {
        normal = domain->value;
    } else {
        // A public suffix ("de", "ac.uk") is no domain name for tickets but a fine constituency.
        const QString ace = QString::fromLatin1(QUrl::toAce(text));
        static const QRegularExpression labels(QStringLiteral("^[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63})*$"));
        if (ace.isEmpty() || !labels.match(ace).hasMatch() ||
            !(PublicSuffix::isIcannSuffix(ace) || PublicSuffix::isKnownTld(ace)))
            return bad(Constituency::tr("“%1” is not a domain name.").arg(raw.trimmed().left(80)));
        normal = ace;
    }
    ConstituencyEntry entry;
    entry.kind = ConstituencyKind::Domain;
    entry.value = wildcard ? QStringLiteral("*.") + normal : normal;
    return entry;
}

} // namespace

Result<ConstituencyEntry> Constituency::parse(ConstituencyKind kind, const QString& raw)
{
    switch (kind) {
    case ConstituencyKind::Ip:
        return parseIp(raw);
    case ConstituencyKind::Asn:
        return parseAsn(raw);
    case ConstituencyKind::Domain:
        return parseDomain(raw);
    case ConstituencyKind::Country: {
        FB_TRY_ASSIGN(auto code, Countries::normalise(raw));
        return ConstituencyEntry{ConstituencyKind::Country, code, {}, {}, 0};
    }
    case ConstituencyKind::Text: {
        const QString text = raw.trimmed();
        if (text.isEmpty())
            return bad(tr("A constituency entry cannot be empty."));
        return ConstituencyEntry{ConstituencyKind::Text, text, {}, {}, 0};
    }
    }
    return bad(tr("Unknown constituency kind."));
}

Result<ConstituencyEntry> Constituency::guess(const QString& raw)
{
    const QString text = raw.trimmed();
    static const QRegularExpression asn(QStringLiteral("^(?i:AS)\\d+$"));
    if (asn.match(text).hasMatch())
        return parseAsn(text);
    if (text.size() == 2 && Countries::isValid(text.toUpper()))
        return parse(ConstituencyKind::Country, text);
    if (text.contains(u':') || (!text.isEmpty() && text.at(0).isDigit() && !text.contains(QLatin1String("..")))) {
        auto ip = parseIp(text);
        // Only digits, dots, slashes and dashes (or an IPv6 colon): meant as an address, so say what is wrong with
        // it rather than that it is no domain name.
        static const QRegularExpression addressLike(QStringLiteral("^[0-9./\\- ]+$"));
        if (ip || text.contains(u':') || addressLike.match(text).hasMatch())
            return ip;
    }
    return parseDomain(text);
}

Result<QList<ConstituencyEntry>> Constituency::parseLines(const QString& text)
{
    static const QRegularExpression named(QStringLiteral("^(ip|asn|domain|country|text)\\s*:\\s*(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QList<ConstituencyEntry> entries;
    QStringList problems;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = named.match(line);
        auto entry = match.hasMatch()
                         ? parse(*DirectoryTypes::parseConstituencyKind(match.captured(1)), match.captured(2))
                         : guess(line);
        if (!entry) {
            //: %1 is a line number, %2 why the line was refused
            problems.append(tr("Line %1: %2").arg(i + 1).arg(entry.error().message));
            continue;
        }
        if (!entries.contains(*entry))
            entries.append(*entry);
    }
    if (!problems.isEmpty())
        return fail(ErrorCode::BadInput, problems.join(u'\n'), QStringLiteral("constituency"));
    return entries;
}

QString Constituency::lineText(const ConstituencyEntry& entry)
{
    if (entry.kind == ConstituencyKind::Text)
        return DirectoryTypes::key(entry.kind) + QStringLiteral(": ") + entry.value;
    return entry.value;
}

} // namespace fb
