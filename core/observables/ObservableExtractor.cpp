// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/ObservableExtractor.h"

#include "core/observables/IpRange.h"
#include "core/observables/PublicSuffix.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace fb {

namespace {

constexpr qsizetype kMaxUrlLength = 8192;
constexpr qsizetype kMaxDomainTokenLength = 253 * 4; // Unicode before IDNA mapping
constexpr qsizetype kMaxIpv6TokenLength = 64;

struct Hit
{
    qsizetype position;
    Observable observable;
};

// Sorted, disjoint [begin, end) ranges of text already taken by one kind of observable. Each pass adds its
// ranges left to right, so the list stays sorted without sorting.
class Spans
{
public:
    void add(qsizetype begin, qsizetype end) { m_spans.push_back({begin, end}); }
    bool overlaps(qsizetype begin, qsizetype end) const
    {
        auto it = std::lower_bound(m_spans.begin(), m_spans.end(), end,
                                   [](const Span& span, qsizetype value) { return span.begin < value; });
        return it != m_spans.begin() && std::prev(it)->end > begin;
    }

private:
    struct Span
    {
        qsizetype begin;
        qsizetype end;
    };
    std::vector<Span> m_spans;
};

QRegularExpression compiled(const QString& pattern, QRegularExpression::PatternOptions options = {})
{
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

// Every pattern starts with a look-behind that refuses to start inside a token and uses possessive
// quantifiers, so each token is scanned once: linear time on hostile input (megabytes of dots and digits).
const QRegularExpression& urlPattern()
{
    static const QRegularExpression re =
        compiled(QStringLiteral(R"((?<![\w.+\-])(?:https?|ftp)://[^\s<>"'`{}|\\^\x00-\x1f\x7f\x{a0}\x{2028})"
                                R"(\x{2029}\x{3000}]++)"),
                 QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& emailPattern()
{
    static const QRegularExpression re = compiled(QStringLiteral(
        R"((?<![\w.%+\-])[A-Za-z0-9._%+\-]{1,64}+@[\p{L}\p{N}\p{M}_\-]++(?:\.[\p{L}\p{N}\p{M}_\-]++)++)"));
    return re;
}

const QRegularExpression& ipv6Pattern()
{
    static const QRegularExpression re = compiled(QStringLiteral(R"((?<![\w:.])[0-9A-Fa-f.]*+:[0-9A-Fa-f:.]*+(?!\w))"));
    return re;
}

// Dotted tokens: IPv4 addresses and domain names, told apart afterwards.
const QRegularExpression& dottedPattern()
{
    static const QRegularExpression re =
        compiled(QStringLiteral(R"((?<![\p{L}\p{N}\p{M}_\-])[\p{L}\p{N}\p{M}_\-]++(?:\.[\p{L}\p{N}\p{M}_\-]++)++)"));
    return re;
}

const QRegularExpression& hashPattern()
{
    static const QRegularExpression re = compiled(QStringLiteral(R"(\b[0-9A-Fa-f]{32,64}\b)"));
    return re;
}

const QRegularExpression& cvePattern()
{
    static const QRegularExpression re =
        compiled(QStringLiteral(R"(\bCVE-[0-9]{4}-[0-9]{4,19}\b)"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& asnPattern()
{
    static const QRegularExpression re =
        compiled(QStringLiteral(R"(\bAS(?:N ?)?[0-9]{1,10}\b)"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool consistsOf(QStringView text, QStringView allowed)
{
    return std::all_of(text.begin(), text.end(), [allowed](QChar c) { return isAsciiDigit(c) || allowed.contains(c); });
}

// Lone surrogates would make PCRE refuse the whole subject; replace them.
QString validUtf16(const QString& text)
{
    if (QStringView(text).isValidUtf16()) {
        return text;
    }
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate()) {
            ++i;
        } else if (out[i].isSurrogate()) {
            out[i] = QChar::ReplacementCharacter;
        }
    }
    return out;
}

// End of a "/24" prefix right after `end`, or -1.
qsizetype prefixEnd(QStringView text, qsizetype end)
{
    if (end >= text.size() || text[end] != u'/') {
        return -1;
    }
    qsizetype i = end + 1;
    while (i < text.size() && i - end <= 4 && isAsciiDigit(text[i])) {
        ++i;
    }
    const qsizetype digits = i - end - 1;
    if (digits < 1 || digits > 3 || (i < text.size() && isWordChar(text[i]))) {
        return -1;
    }
    return i;
}

// Trailing characters that end a sentence or enclose a URL, not part of it.
QStringView trimUrlTail(QStringView url)
{
    static constexpr QStringView kPunctuation = u".,;:!?*";
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (kPunctuation.contains(last) || (last == u')' && url.count(u'(') < url.count(u')')) ||
            (last == u']' && url.count(u'[') < url.count(u']'))) {
            url.chop(1);
            continue;
        }
        break;
    }
    return url;
}

// The host of a normalised URL as an observable of its own.
std::optional<Observable> urlHost(const QString& url)
{
    const qsizetype start = url.indexOf(QLatin1String("://")) + 3;
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#') {
        ++end;
    }
    QStringView host = QStringView(url).mid(start, end - start);
    host = host.mid(host.lastIndexOf(u'@') + 1);
    if (host.startsWith(u'[')) {
        return Observable{ObservableType::Ipv6, host.mid(1, host.indexOf(u']') - 1).toString()};
    }
    host = host.left(host.indexOf(u':'));
    if (host.isEmpty()) {
        return std::nullopt;
    }
    const bool ipv4 = consistsOf(host, u".");
    return Observable{ipv4 ? ObservableType::Ipv4 : ObservableType::Domain, host.toString()};
}

// A quick look at the last label before the full check, which builds a translated message for every refusal:
// most dotted tokens in logs and mail ("5.0", "v1.2.3", "wp-login.php", "e.g") end in no TLD at all.
bool hasPlausibleTld(QStringView name)
{
    const QStringView tld = name.mid(name.lastIndexOf(u'.') + 1);
    if (tld.size() < 2 || consistsOf(tld, u"")) {
        return false;
    }
    const bool ascii = std::all_of(tld.begin(), tld.end(), [](QChar c) { return c.unicode() < 0x80; });
    return !ascii || PublicSuffix::isKnownTld(tld.toString().toLower());
}

class Extraction
{
public:
    explicit Extraction(QString text)
        : m_text(std::move(text))
    {
    }

    QList<Observable> run()
    {
        findUrls();
        findEmails();
        findIpv6();
        findDotted();
        findHashes();
        findSimple(cvePattern(), ObservableType::Cve, false);
        findSimple(asnPattern(), ObservableType::Asn, true);

        std::stable_sort(m_hits.begin(), m_hits.end(),
                         [](const Hit& a, const Hit& b) { return a.position < b.position; });
        QList<Observable> result;
        QSet<Observable> seen;
        for (Hit& hit : m_hits) {
            if (!seen.contains(hit.observable)) {
                seen.insert(hit.observable);
                result.append(std::move(hit.observable));
            }
        }
        return result;
    }

private:
    void add(qsizetype position, Observable observable) { m_hits.push_back({position, std::move(observable)}); }

    void findUrls()
    {
        QRegularExpressionMatchIterator it = urlPattern().globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > kMaxUrlLength) {
                continue;
            }
            const QStringView candidate = trimUrlTail(match.capturedView());
            Result<Observable> url = Observables::normalise(ObservableType::Url, candidate.toString());
            if (!url) {
                continue;
            }
            const qsizetype start = match.capturedStart();
            m_urls.add(start, start + candidate.size());
            const std::optional<Observable> host = urlHost(url->value);
            add(start, std::move(*url));
            if (host) {
                add(start, *host);
            }
        }
    }

    void findEmails()
    {
        QRegularExpressionMatchIterator it = emailPattern().globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            if (m_urls.overlaps(start, end) || !hasPlausibleTld(match.capturedView())) {
                continue;
            }
            Result<Observable> email = Observables::normalise(ObservableType::Email, match.captured());
            if (email) {
                m_emails.add(start, end);
                add(start, std::move(*email));
            }
        }
    }

    void findIpv6()
    {
        const QStringView text(m_text);
        QRegularExpressionMatchIterator it = ipv6Pattern().globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            qsizetype end = match.capturedEnd();
            if (end - start > kMaxIpv6TokenLength + 8 || m_urls.overlaps(start, end) || m_emails.overlaps(start, end)) {
                continue;
            }
            while (end > start && text[end - 1] == u'.') {
                --end;
            }
            if (end - start >= 2 && text[end - 1] == u':' && text[end - 2] != u':') {
                --end; // "address 2001:db8::1: refused"
            }
            QStringView candidate = text.mid(start, end - start);
            const qsizetype colons = candidate.count(u':');
            if (colons < 2 || candidate == u"::") {
                continue;
            }
            std::optional<IpRange> address = IpRange::parseAddress(candidate);
            bool hadPort = false;
            if (!address && colons == 8 && !candidate.contains(u"::")) {
                // Suricata's fast.log writes the full address and then ":port".
                const qsizetype lastColon = candidate.lastIndexOf(u':');
                if (consistsOf(candidate.mid(lastColon + 1), u"")) {
                    candidate = candidate.left(lastColon);
                    end = start + lastColon;
                    address = IpRange::parseAddress(candidate);
                    hadPort = true;
                }
            }
            if (!address) {
                continue;
            }
            const qsizetype blockEnd = hadPort ? -1 : prefixEnd(text, end);
            if (blockEnd > 0) {
                if (std::optional<IpRange> block = IpRange::parse(text.mid(start, blockEnd - start).toString())) {
                    m_ipv6.add(start, blockEnd);
                    add(start, Observable{ObservableType::Cidr, block->toCidrString()});
                    continue;
                }
            }
            Result<Observable> ipv6 = Observables::normalise(ObservableType::Ipv6, candidate.toString());
            if (ipv6) {
                m_ipv6.add(start, end);
                add(start, std::move(*ipv6));
            }
        }
    }

    void findDotted()
    {
        const QStringView text(m_text);
        QRegularExpressionMatchIterator it = dottedPattern().globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            qsizetype start = match.capturedStart();
            qsizetype end = match.capturedEnd();
            if (m_urls.overlaps(start, end) || m_emails.overlaps(start, end) || m_ipv6.overlaps(start, end)) {
                continue;
            }
            while (start < end && (text[start] == u'-' || text[start] == u'_')) {
                ++start;
            }
            while (end > start && (text[end - 1] == u'-' || text[end - 1] == u'_')) {
                --end;
            }
            const QStringView token = text.mid(start, end - start);
            if (token.isEmpty() || token.size() > kMaxDomainTokenLength) {
                continue;
            }
            if (consistsOf(token, u".")) {
                addIpv4(start, end);
            } else if (consistsOf(token, u".-")) {
                // "192.0.2.1-192.0.2.9": a range written with a hyphen gives both ends.
                qsizetype pieceStart = start;
                for (const QStringView piece : token.split(u'-')) {
                    if (consistsOf(piece, u".")) {
                        addIpv4(pieceStart, pieceStart + piece.size());
                    }
                    pieceStart += piece.size() + 1;
                }
            } else {
                addDomain(start, token);
            }
        }
    }

    void addIpv4(qsizetype start, qsizetype end)
    {
        const QStringView text(m_text);
        const std::optional<IpRange> address = IpRange::parseAddress(text.mid(start, end - start));
        if (!address) {
            return; // "1.2.3.4.5", "010.1.1.1", "1.2.3"
        }
        const qsizetype blockEnd = prefixEnd(text, end);
        if (blockEnd > 0) {
            if (std::optional<IpRange> block = IpRange::parse(text.mid(start, blockEnd - start).toString())) {
                add(start, Observable{ObservableType::Cidr, block->toCidrString()});
                return;
            }
        }
        add(start, Observable{ObservableType::Ipv4, address->toString()});
    }

    void addDomain(qsizetype start, QStringView token)
    {
        if (!hasPlausibleTld(token)) {
            return;
        }
        // Mail and logs repeat the same few names many times: check each spelling once.
        const QString key = token.toString();
        auto cached = m_domains.constFind(key);
        if (cached == m_domains.cend()) {
            Result<Observable> domain = Observables::normalise(ObservableType::Domain, key);
            std::optional<Observable> found;
            if (domain && !ObservableExtractor::looksLikeFileName(domain->value) &&
                (PublicSuffix::specialUseSuffix(domain->value).isEmpty() ||
                 ObservableExtractor::isSpecialUseNameInProse(domain->value))) {
                found = std::move(*domain);
            }
            cached = m_domains.insert(key, std::move(found));
        }
        if (cached.value()) {
            add(start, *cached.value());
        }
    }

    void findHashes()
    {
        QRegularExpressionMatchIterator it = hashPattern().globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QStringView hex = match.capturedView();
            const ObservableType type = hex.size() == 32   ? ObservableType::Md5
                                        : hex.size() == 40 ? ObservableType::Sha1
                                                           : ObservableType::Sha256;
            const bool hasDigit = std::any_of(hex.begin(), hex.end(), isAsciiDigit);
            const bool hasLetter = !consistsOf(hex, u"");
            if ((hex.size() != 32 && hex.size() != 40 && hex.size() != 64) || !hasDigit || !hasLetter ||
                m_emails.overlaps(match.capturedStart(), match.capturedEnd())) {
                continue;
            }
            add(match.capturedStart(), Observable{type, hex.toString().toLower()});
        }
    }

    void findSimple(const QRegularExpression& pattern, ObservableType type, bool skipInsideUrlsAndEmails)
    {
        QRegularExpressionMatchIterator it = pattern.globalMatch(m_text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            if (skipInsideUrlsAndEmails && (m_urls.overlaps(start, end) || m_emails.overlaps(start, end))) {
                continue;
            }
            Result<Observable> observable = Observables::normalise(type, match.captured());
            if (observable) {
                add(start, std::move(*observable));
            }
        }
    }

    QString m_text;
    std::vector<Hit> m_hits;
    QHash<QString, std::optional<Observable>> m_domains; // token as written -> domain, if it is one
    Spans m_urls;
    Spans m_emails;
    Spans m_ipv6;
};

} // namespace

QList<Observable> ObservableExtractor::extract(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    return Extraction(Observables::refang(validUtf16(text))).run();
}

bool ObservableExtractor::looksLikeFileName(const QString& domain)
{
    // A pragmatic heuristic, not a rule of DNS: these TLDs are real, but in mail and reports "invoice.zip",
    // "README.md" or "install.sh" is almost always a file. Only two-label names are affected, so
    // "evil.example.zip" or "https://invoice.zip/" are still reported. Kept small on purpose: "pl", "cc" or
    // "ai" are file extensions too, but real domains there are far more common in incident reports.
    static const QSet<QString> kFileExtensionTlds = {
        QStringLiteral("md"), QStringLiteral("mov"), QStringLiteral("one"), QStringLiteral("pub"),
        QStringLiteral("py"), QStringLiteral("sh"),  QStringLiteral("so"),  QStringLiteral("zip"),
    };
    const qsizetype dot = domain.indexOf(u'.');
    if (dot < 0 || domain.indexOf(u'.', dot + 1) >= 0) {
        return false;
    }
    return kFileExtensionTlds.contains(domain.mid(dot + 1));
}

bool ObservableExtractor::isSpecialUseNameInProse(const QString& domain)
{
    static const QSet<QString> kFileExtensions = {
        QStringLiteral("bak"),  QStringLiteral("cfg"),  QStringLiteral("conf"), QStringLiteral("dist"),
        QStringLiteral("env"),  QStringLiteral("htm"),  QStringLiteral("html"), QStringLiteral("ini"),
        QStringLiteral("js"),   QStringLiteral("json"), QStringLiteral("md"),   QStringLiteral("php"),
        QStringLiteral("py"),   QStringLiteral("rb"),   QStringLiteral("sh"),   QStringLiteral("sql"),
        QStringLiteral("toml"), QStringLiteral("ts"),   QStringLiteral("txt"),  QStringLiteral("xml"),
        QStringLiteral("yaml"), QStringLiteral("yml"),
    };
    const QString suffix = PublicSuffix::specialUseSuffix(domain);
    if (suffix.isEmpty() || domain.size() <= suffix.size()) {
        return false;
    }
    const QStringView head = QStringView(domain).left(domain.size() - suffix.size() - 1);
    return domain.count(u'.') >= 2 && !kFileExtensions.contains(head.mid(head.lastIndexOf(u'.') + 1).toString());
}

} // namespace fb
