// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/NetworkLookup.h"

#include "core/directory/Countries.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"
#include "core/tickets/IpRange.h"
#include "core/tickets/Observable.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace fb {

namespace {

using U128 = NetworkLookup::U128;

U128 fromBytes(const QByteArray& bytes)
{
    U128 v;
    for (int i = 0; i < 8; ++i)
        v.hi = (v.hi << 8) | static_cast<quint8>(bytes[i]);
    for (int i = 8; i < 16; ++i)
        v.lo = (v.lo << 8) | static_cast<quint8>(bytes[i]);
    return v;
}

U128 minus(const U128& a, const U128& b)
{
    U128 r;
    r.lo = a.lo - b.lo;
    r.hi = a.hi - b.hi - (a.lo < b.lo ? 1 : 0);
    return r;
}

bool increment(U128& v) // false on overflow past ffff...ffff
{
    if (++v.lo != 0)
        return true;
    return ++v.hi != 0;
}

// IPv4 lives in ::ffff:0:0/96. An IPv4 query matches only entries inside that block (IPv4 entries, or IPv6 entries
// written for mapped space): an IPv6 entry such as ::/0 or 2000::/3 is about IPv6 and never answers for IPv4.
constexpr U128 kMappedLow{0, 0x0000FFFF00000000ULL};
constexpr U128 kMappedHigh{0, 0x0000FFFFFFFFFFFFULL};

bool inMappedSpace(const U128& low, const U128& high)
{
    return low >= kMappedLow && high <= kMappedHigh;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

} // namespace

std::shared_ptr<const NetworkLookup> NetworkLookup::build(const QList<Team>& teams, const QList<Person>& people)
{
    auto index = std::make_shared<NetworkLookup>();
    index->m_teams.reserve(teams.size());
    for (const Team& team : teams)
        index->addTeam(team);
    for (const Person& person : people) {
        for (const TeamMembership& membership : person.memberships) {
            const auto team = index->m_teamIndex.find(membership.teamId);
            if (membership.until.isValid() || team == index->m_teamIndex.end())
                continue; // only current members speak for a team
            for (const Channel& channel : person.channels)
                if (channel.kind == ChannelKind::Email)
                    index->m_emails[utf8(channel.value)].push_back({team->second, person.id, channel.value});
        }
    }
    index->finish();
    return index;
}

void NetworkLookup::addTeam(const Team& team)
{
    const int t = static_cast<int>(m_teams.size());
    m_teams.push_back({team.id, team.displayName(), team.country, team.type});
    m_teamIndex.emplace(team.id, t);
    if (team.type == TeamType::National && !team.country.isEmpty())
        m_countryHolders[utf8(team.country)].push_back(t);
    for (const Channel& channel : team.channels)
        if (channel.kind == ChannelKind::Email)
            m_emails[utf8(channel.value)].push_back({t, 0, channel.value});
    for (const ConstituencyEntry& entry : team.constituency) {
        switch (entry.kind) {
        case ConstituencyKind::Ip: {
            if (entry.ipLow.size() != 16 || entry.ipHigh.size() != 16)
                break;
            const U128 low = fromBytes(entry.ipLow);
            const U128 high = fromBytes(entry.ipHigh);
            m_ip.push_back({low, high, minus(high, low), t, entry.value});
            break;
        }
        case ConstituencyKind::Asn:
            m_asn[entry.asn].push_back({t, 0, entry.value});
            break;
        case ConstituencyKind::Domain:
            if (entry.value.startsWith(QLatin1String("*.")))
                m_domains[utf8(entry.value.mid(2))].wildcard.push_back({t, 0, entry.value});
            else
                m_domains[utf8(entry.value)].plain.push_back({t, 0, entry.value});
            break;
        case ConstituencyKind::Country:
            m_countryEntries[utf8(entry.value)].push_back(t);
            break;
        case ConstituencyKind::Text:
            break;
        }
    }
}

void NetworkLookup::finish()
{
    // Most specific first: smaller ranges, then by team and text so that the order is stable.
    std::sort(m_ip.begin(), m_ip.end(), [this](const IpEntry& a, const IpEntry& b) {
        if (a.size != b.size)
            return a.size < b.size;
        if (a.team != b.team)
            return m_teams[a.team].id < m_teams[b.team].id;
        return a.value < b.value;
    });

    // Elementary intervals: every low and every high+1 starts a segment. A sweep over them keeps the set of
    // ranges covering the current segment (as ranks, so the set is already ordered most specific first).
    struct Event
    {
        U128 at;
        bool add;
        quint32 rank;
    };
    std::vector<Event> events;
    events.reserve(m_ip.size() * 2);
    for (quint32 rank = 0; rank < m_ip.size(); ++rank) {
        events.push_back({m_ip[rank].low, true, rank});
        U128 end = m_ip[rank].high;
        if (increment(end))
            events.push_back({end, false, rank});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    std::set<quint32> active;
    m_segmentStarts.clear();
    m_segmentOffsets.clear();
    m_segmentEntries.clear();
    for (std::size_t i = 0; i < events.size();) {
        const U128 at = events[i].at;
        for (; i < events.size() && events[i].at == at; ++i) {
            if (events[i].add)
                active.insert(events[i].rank);
            else
                active.erase(events[i].rank);
        }
        m_segmentStarts.push_back(at);
        m_segmentOffsets.push_back(static_cast<quint32>(m_segmentEntries.size()));
        m_segmentEntries.insert(m_segmentEntries.end(), active.begin(), active.end());
    }
    m_segmentOffsets.push_back(static_cast<quint32>(m_segmentEntries.size()));

    auto sortNamed = [this](std::vector<NamedEntry>& list) {
        std::sort(list.begin(), list.end(), [this](const NamedEntry& a, const NamedEntry& b) {
            if (m_teams[a.team].id != m_teams[b.team].id)
                return m_teams[a.team].id < m_teams[b.team].id;
            return a.personId < b.personId;
        });
    };
    for (auto& [asn, list] : m_asn)
        sortNamed(list);
    for (auto& [name, node] : m_domains) {
        sortNamed(node.plain);
        sortNamed(node.wildcard);
    }
    for (auto& [address, list] : m_emails)
        sortNamed(list);
}

const NetworkLookup::TeamInfo* NetworkLookup::team(qint64 id) const
{
    const auto it = m_teamIndex.find(id);
    return it == m_teamIndex.end() ? nullptr : &m_teams[it->second];
}

LookupMatch NetworkLookup::makeMatch(int team, LookupVia via, const QString& entry, QStringList path) const
{
    path.append(entry);
    return LookupMatch{m_teams[team].id, 0, via, entry, std::move(path)};
}

void NetworkLookup::matchIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const
{
    // The segment holding `low`; a range containing [low, high] must contain low, so it is listed there.
    const auto it = std::upper_bound(m_segmentStarts.begin(), m_segmentStarts.end(), low);
    if (it == m_segmentStarts.begin())
        return;
    const auto segment = static_cast<std::size_t>(it - m_segmentStarts.begin() - 1);
    const bool ipv4 = inMappedSpace(low, high);
    for (quint32 k = m_segmentOffsets[segment]; k < m_segmentOffsets[segment + 1]; ++k) {
        const IpEntry& entry = m_ip[m_segmentEntries[k]];
        if (entry.high >= high && (!ipv4 || inMappedSpace(entry.low, entry.high)))
            out.append(makeMatch(entry.team, LookupVia::Ip, entry.value, {query}));
    }
}

void NetworkLookup::linearIp(const U128& low, const U128& high, const QString& query, QList<LookupMatch>& out) const
{
    std::vector<const IpEntry*> hits;
    const bool ipv4 = inMappedSpace(low, high);
    for (const IpEntry& entry : m_ip)
        if (entry.low <= low && entry.high >= high && (!ipv4 || inMappedSpace(entry.low, entry.high)))
            hits.push_back(&entry);
    // m_ip is sorted already; sort again anyway so the reference does not depend on that.
    std::stable_sort(hits.begin(), hits.end(), [](const IpEntry* a, const IpEntry* b) { return a->size < b->size; });
    for (const IpEntry* entry : hits)
        out.append(makeMatch(entry->team, LookupVia::Ip, entry->value, {query}));
}

void NetworkLookup::matchDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const
{
    // Walk the name's suffixes from the full name up: "a.b.example.org", "b.example.org", "example.org", "org".
    // At each suffix a wildcard entry ("*.suffix", strictly below) is more specific than a plain one.
    const std::string name = utf8(domain);
    std::string_view rest(name);
    while (true) {
        const auto node = m_domains.find(rest);
        if (node != m_domains.end()) {
            if (rest.size() != name.size())
                for (const NamedEntry& e : node->second.wildcard)
                    out.append(makeMatch(e.team, LookupVia::Domain, e.value, prefix));
            for (const NamedEntry& e : node->second.plain)
                out.append(makeMatch(e.team, LookupVia::Domain, e.value, prefix));
        }
        const auto dot = rest.find('.');
        if (dot == std::string_view::npos)
            break;
        rest.remove_prefix(dot + 1);
    }
}

void NetworkLookup::linearDomain(const QString& domain, const QStringList& prefix, QList<LookupMatch>& out) const
{
    struct Hit
    {
        qsizetype score;
        const NamedEntry* entry;
    };
    std::vector<Hit> hits;
    for (const auto& [key, node] : m_domains) {
        const QString suffix = QString::fromStdString(key);
        const bool equal = domain == suffix;
        const bool below = domain.endsWith(u'.' + suffix);
        // Score: labels of the matched suffix, twice, plus one for a wildcard.
        const qsizetype labels = suffix.count(u'.') + 1;
        if (equal || below)
            for (const NamedEntry& e : node.plain)
                hits.push_back({labels * 2, &e});
        if (below)
            for (const NamedEntry& e : node.wildcard)
                hits.push_back({labels * 2 + 1, &e});
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return m_teams[a.entry->team].id < m_teams[b.entry->team].id;
    });
    for (const Hit& hit : hits)
        out.append(makeMatch(hit.entry->team, LookupVia::Domain, hit.entry->value, prefix));
}

void NetworkLookup::matchCountry(const QString& country, const QStringList& prefix, QList<LookupMatch>& out) const
{
    // National teams of the country first, then teams that list the whole country in their constituency.
    const std::string key = utf8(country);
    QList<int> seen;
    if (const auto it = m_countryHolders.find(key); it != m_countryHolders.end())
        for (int t : it->second) {
            seen.append(t);
            out.append(makeMatch(t, LookupVia::Country, country, prefix));
        }
    if (const auto it = m_countryEntries.find(key); it != m_countryEntries.end())
        for (int t : it->second)
            if (!seen.contains(t)) {
                seen.append(t);
                out.append(makeMatch(t, LookupVia::Country, country, prefix));
            }
}

Result<LookupResult> NetworkLookup::lookup(const QString& query) const
{
    return answer(query, false);
}

Result<LookupResult> NetworkLookup::lookupLinear(const QString& query) const
{
    return answer(query, true);
}

Result<LookupResult> NetworkLookup::answer(const QString& query, bool linear) const
{
    LookupResult result;
    result.query = query;
    const QString text = Observables::refang(query.trimmed());
    QString domainForFallback;

    if (const auto range = IpRange::parse(text)) {
        result.kind = text.contains(u'/') ? QStringLiteral("cidr") : QStringLiteral("ip");
        result.normalised = range->toString();
        const U128 low = fromBytes(range->low());
        const U128 high = fromBytes(range->high());
        if (linear)
            linearIp(low, high, result.normalised, result.matches);
        else
            matchIp(low, high, result.normalised, result.matches);
        return result; // an address has no country unless a constituency says so: no fallback
    }

    // "AS" alone is an AS number without its number, not the country code of American Samoa (that country's
    // teams are listed by `directory list --country AS`).
    if (text.compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::BadInput,
                    tr("“%1” is not a valid query: an AS number needs its number (AS64496).").arg(query.left(80)));

    static const QRegularExpression asnPattern(QStringLiteral("^(?i:AS)?\\d+$"));
    if (asnPattern.match(text).hasMatch()) {
        const QString withPrefix = text.at(0).isDigit() ? QStringLiteral("AS") + text : text;
        auto asn = Observables::normalise(ObservableType::Asn, withPrefix);
        if (!asn)
            return fail(asn.error());
        result.kind = QStringLiteral("asn");
        result.normalised = asn->value;
        if (const auto it = m_asn.find(asn->value.mid(2).toUInt()); it != m_asn.end())
            for (const NamedEntry& e : it->second)
                result.matches.append(makeMatch(e.team, LookupVia::Asn, e.value, {}));
        return result;
    }

    if (text.size() == 2 && Countries::isValid(text.toUpper())) {
        result.kind = QStringLiteral("country");
        result.normalised = text.toUpper();
        result.country = result.normalised;
        matchCountry(result.normalised, {}, result.matches);
        return result;
    }

    if (text.contains(u'@')) {
        auto email = Observables::normalise(ObservableType::Email, text);
        if (!email)
            return fail(email.error());
        result.kind = QStringLiteral("email");
        result.normalised = email->value;
        const std::string key = utf8(email->value);
        if (const auto it = m_emails.find(key); it != m_emails.end())
            for (const NamedEntry& e : it->second) {
                LookupMatch match = makeMatch(e.team, LookupVia::EmailAddress, e.value, {});
                match.personId = e.personId;
                result.matches.append(match);
            }
        domainForFallback = email->value.mid(email->value.indexOf(u'@') + 1);
        const QStringList path{email->value, domainForFallback};
        if (linear)
            linearDomain(domainForFallback, path, result.matches);
        else
            matchDomain(domainForFallback, path, result.matches);
    } else {
        auto domain = Constituency::parse(ConstituencyKind::Domain, text);
        if (!domain || domain->value.startsWith(u'*'))
            return fail(ErrorCode::BadInput,
                        tr("“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.")
                            .arg(query.left(80)));
        result.kind = QStringLiteral("domain");
        result.normalised = domain->value;
        domainForFallback = domain->value;
        if (linear)
            linearDomain(domainForFallback, {domainForFallback}, result.matches);
        else
            matchDomain(domainForFallback, {domainForFallback}, result.matches);
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
            matchCountry(country, path, result.matches);
            result.fallback = !result.matches.isEmpty();
        }
    }
    return result;
}

} // namespace fb
