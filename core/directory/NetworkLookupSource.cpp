// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/NetworkLookupSource.h"

#include "core/directory/ConstituencyEntry.h"
#include "core/directory/Countries.h"
#include "core/observables/IpRange.h"
#include "core/observables/Observable.h"

#include <QRegularExpression>

namespace fb {

NetworkLookupSource::U128 NetworkLookupSource::U128::fromBytes(const QByteArray& bytes)
{
    U128 v;
    for (int i = 0; i < 8; ++i)
        v.hi = (v.hi << 8) | static_cast<quint8>(bytes[i]);
    for (int i = 8; i < 16; ++i)
        v.lo = (v.lo << 8) | static_cast<quint8>(bytes[i]);
    return v;
}

NetworkLookupSource::U128 operator-(const NetworkLookupSource::U128& a, const NetworkLookupSource::U128& b)
{
    NetworkLookupSource::U128 r;
    r.lo = a.lo - b.lo;
    r.hi = a.hi - b.hi - (a.lo < b.lo ? 1 : 0);
    return r;
}

namespace {

// The addresses of a constituency entry's value ("192.0.2.0/24", "2001:db8::/32", "192.0.2.10-192.0.2.20").
std::optional<IpRange> entryRange(const QString& value)
{
    const qsizetype dash = value.indexOf(u'-');
    if (dash < 0)
        return IpRange::parse(value);
    const auto low = IpRange::parseAddress(QStringView(value).left(dash).trimmed());
    const auto high = IpRange::parseAddress(QStringView(value).mid(dash + 1).trimmed());
    if (!low || !high)
        return std::nullopt;
    return IpRange::fromLowHigh(low->low(), high->high());
}

} // namespace

Result<LookupResult> NetworkLookupSource::lookup(const QString& query) const
{
    LookupResult result;
    result.query = query;
    const QString text = Observables::refang(query.trimmed());
    QString domainForFallback;

    if (const auto range = IpRange::parse(text)) {
        result.kind = text.contains(u'/') ? QStringLiteral("cidr") : QStringLiteral("ip");
        result.normalised = range->toString();
        FB_TRY(
            matchIp(U128::fromBytes(range->low()), U128::fromBytes(range->high()), result.normalised, result.matches));
        // An IPv4 query is answered by IPv4 entries only: an IPv6 entry such as ::/0 covers IPv4-mapped space
        // (::ffff:0:0/96) only through the encoding, not because the team handles IPv4 (docs/directory.md).
        if (range->isIpv4())
            result.matches.removeIf([](const LookupMatch& match) {
                const auto entry = entryRange(match.entry);
                return match.via == LookupVia::Ip && entry && !entry->isIpv4();
            });
        return result; // an address has no country unless a constituency says so: no fallback
    }

    // "AS" alone is an AS number without its number, not the country code of American Samoa (that country's teams
    // are listed by `directory list --country AS`).
    if (text.compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::BadInput,
                    tr("“%1” is not a valid query: an AS number needs its number (AS64496).").arg(query.left(80)));

    static const QRegularExpression asnPattern(QStringLiteral("^(?i:AS)?\\d+$"));
    if (asnPattern.match(text).hasMatch()) {
        const QString withPrefix = text.at(0).isDigit() ? QStringLiteral("AS") + text : text;
        FB_TRY_ASSIGN(auto asn, Observables::normalise(ObservableType::Asn, withPrefix));
        result.kind = QStringLiteral("asn");
        result.normalised = asn.value;
        FB_TRY(matchAsn(asn.value.mid(2).toUInt(), result.matches));
        return result;
    }

    if (text.size() == 2 && Countries::isValid(text.toUpper())) {
        result.kind = QStringLiteral("country");
        result.normalised = text.toUpper();
        result.country = result.normalised;
        FB_TRY(matchCountry(result.normalised, {}, result.matches));
        return result;
    }

    if (text.contains(u'@')) {
        FB_TRY_ASSIGN(auto email, Observables::normalise(ObservableType::Email, text));
        result.kind = QStringLiteral("email");
        result.normalised = email.value;
        FB_TRY(matchEmail(email.value, result.matches));
        domainForFallback = email.value.mid(email.value.indexOf(u'@') + 1);
        FB_TRY(matchDomain(domainForFallback, {email.value, domainForFallback}, result.matches));
    } else {
        auto domain = Constituency::parse(ConstituencyKind::Domain, text);
        if (!domain || domain->value.startsWith(u'*'))
            return fail(ErrorCode::BadInput,
                        tr("“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.")
                            .arg(query.left(80)));
        result.kind = QStringLiteral("domain");
        result.normalised = domain->value;
        domainForFallback = domain->value;
        FB_TRY(matchDomain(domainForFallback, {domainForFallback}, result.matches));
    }

    if (result.matches.isEmpty()) {
        // Nothing specific: a name under a ccTLD belongs to that country; ask its national team.
        const QString tld = domainForFallback.mid(domainForFallback.lastIndexOf(u'.') + 1);
        const QString country = Countries::ofTopLevelDomain(tld);
        if (!country.isEmpty()) {
            result.country = country;
            QStringList path{result.normalised};
            if (result.kind == QLatin1String("email"))
                path.append(domainForFallback);
            path.append(u'.' + tld);
            FB_TRY(matchCountry(country, path, result.matches));
            result.fallback = !result.matches.isEmpty();
        }
    }
    return result;
}

} // namespace fb
