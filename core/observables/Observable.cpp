// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/Observable.h"

#include "core/observables/IpRange.h"
#include "core/observables/PublicSuffix.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

namespace fb {

namespace {

constexpr qsizetype kMaxDomainLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxLocalPartLength = 64;
constexpr qsizetype kMaxUrlLength = 8192;
constexpr qsizetype kMaxShownLength = 80;

constexpr std::array<std::pair<ObservableType, const char*>, 11> kTypeKeys{{
    {ObservableType::Ipv4, "ipv4"},
    {ObservableType::Ipv6, "ipv6"},
    {ObservableType::Cidr, "cidr"},
    {ObservableType::Domain, "domain"},
    {ObservableType::Url, "url"},
    {ObservableType::Email, "email"},
    {ObservableType::Md5, "md5"},
    {ObservableType::Sha1, "sha1"},
    {ObservableType::Sha256, "sha256"},
    {ObservableType::Cve, "cve"},
    {ObservableType::Asn, "asn"},
}};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAllDigitsAndDots(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c) && c != u'.') {
            return false;
        }
    }
    return !text.isEmpty();
}

bool isAllDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c)) {
            return false;
        }
    }
    return !text.isEmpty();
}

// The raw value as shown inside an error message: bounded, so a pasted megabyte does not become the message.
QString shown(const QString& raw)
{
    if (raw.size() <= kMaxShownLength) {
        return raw;
    }
    return raw.left(kMaxShownLength) + u'\x2026';
}

std::unexpected<Error> badInput(const QString& message, ObservableType type)
{
    return fail(ErrorCode::BadInput, message, observableTypeKey(type));
}

bool isAtext(QChar c)
{
    static constexpr QStringView kSpecials = u"!#$%&'*+-/=?^_`{|}~";
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || kSpecials.contains(c);
}

// RFC 5322 dot-atom; quoted local parts are not supported.
bool isValidLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > kMaxLocalPartLength || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(QLatin1String(".."))) {
        return false;
    }
    for (QChar c : local) {
        if (c != u'.' && !isAtext(c)) {
            return false;
        }
    }
    return true;
}

bool isLabelChar(QChar c, bool isTld)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || c == u'-' || (!isTld && c == u'_');
}

struct DomainCheck
{
    QString ace;
    QString error; // empty when valid
};

// Shared by domains, e-mail domains and URL hosts; `raw` is already refanged and trimmed.
DomainCheck checkDomain(QString text)
{
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    if (text.isEmpty()) {
        return {{}, Observables::tr("A domain name is empty.")};
    }
    // Unicode names may shrink under IDNA mapping, but never by a factor of four.
    if (text.size() > kMaxDomainLength * 4) {
        return {{}, Observables::tr("“%1” is longer than the 253 characters a domain name may have.").arg(shown(text))};
    }
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString ace = ascii ? text.toLower() : QString::fromLatin1(QUrl::toAce(text));
    if (ace.isEmpty()) {
        return {{}, Observables::tr("“%1” is not a valid internationalised domain name.").arg(shown(text))};
    }
    if (ace.size() > kMaxDomainLength) {
        return {{}, Observables::tr("“%1” is longer than the 253 characters a domain name may have.").arg(shown(text))};
    }
    const QList<QStringView> labels = QStringView(ace).split(u'.');
    if (labels.size() < 2) {
        return {{}, Observables::tr("“%1” is not a domain name: it needs at least two labels.").arg(shown(text))};
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QStringView label = labels[i];
        const bool isTld = i == labels.size() - 1;
        if (label.isEmpty()) {
            return {{}, Observables::tr("“%1” has an empty label.").arg(shown(text))};
        }
        if (label.size() > kMaxLabelLength) {
            return {{}, Observables::tr("“%1” has a label longer than 63 characters.").arg(shown(text))};
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return {{}, Observables::tr("“%1” has a label starting or ending with a hyphen.").arg(shown(text))};
        }
        for (QChar c : label) {
            if (!isLabelChar(c, isTld)) {
                return {{},
                        Observables::tr("“%1” contains a character not allowed in a domain name.").arg(shown(text))};
            }
        }
    }
    if (!PublicSuffix::isKnownTld(labels.last().toString())) {
        return {{}, Observables::tr("“%1” does not end in a known top-level domain.").arg(shown(text))};
    }
    if (PublicSuffix::isIcannSuffix(ace)) {
        return {{}, Observables::tr("“%1” is a public suffix, not a domain that can be registered.").arg(shown(text))};
    }
    return {ace, {}};
}

Result<Observable> normaliseIpv4(const QString& text)
{
    const std::optional<IpRange> range = text.contains(u':') ? std::nullopt : IpRange::parseAddress(text);
    if (!range) {
        return badInput(Observables::tr("“%1” is not an IPv4 address (four numbers 0 to 255 without leading zeros, "
                                        "like 192.0.2.1).")
                            .arg(shown(text)),
                        ObservableType::Ipv4);
    }
    return Observable{ObservableType::Ipv4, Observables::addressValue(ObservableType::Ipv4, *range)};
}

Result<Observable> normaliseIpv6(QString text)
{
    if (text.startsWith(u'[') && text.endsWith(u']')) {
        text = text.mid(1, text.size() - 2);
    }
    const std::optional<IpRange> range = text.contains(u':') ? IpRange::parseAddress(text) : std::nullopt;
    if (!range) {
        return badInput(Observables::tr("“%1” is not an IPv6 address.").arg(shown(text)), ObservableType::Ipv6);
    }
    return Observable{ObservableType::Ipv6, Observables::addressValue(ObservableType::Ipv6, *range)};
}

Result<Observable> normaliseCidr(const QString& text)
{
    const std::optional<IpRange> range = text.contains(u'/') ? IpRange::parse(text) : std::nullopt;
    if (!range) {
        return badInput(Observables::tr("“%1” is not a CIDR block (an address, a slash and a prefix length, like "
                                        "192.0.2.0/24 or 2001:db8::/32).")
                            .arg(shown(text)),
                        ObservableType::Cidr);
    }
    return Observable{ObservableType::Cidr, Observables::addressValue(ObservableType::Cidr, *range)};
}

Result<Observable> normaliseDomain(const QString& text)
{
    const DomainCheck check = checkDomain(text);
    if (!check.error.isEmpty()) {
        return badInput(check.error, ObservableType::Domain);
    }
    return Observable{ObservableType::Domain, check.ace};
}

Result<Observable> normaliseEmail(QString text)
{
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        text = text.mid(7);
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0 || !isValidLocalPart(QStringView(text).left(at))) {
        return badInput(Observables::tr("“%1” is not an e-mail address.").arg(shown(text)), ObservableType::Email);
    }
    const DomainCheck check = checkDomain(text.mid(at + 1));
    if (!check.error.isEmpty()) {
        return badInput(Observables::tr("“%1” is not an e-mail address: %2").arg(shown(text), check.error),
                        ObservableType::Email);
    }
    return Observable{ObservableType::Email, text.left(at).toLower() + u'@' + check.ace};
}

Result<Observable> normaliseUrl(const QString& text)
{
    const auto invalid = [&text] {
        return badInput(Observables::tr("“%1” is not a valid http, https or ftp URL.").arg(shown(text)),
                        ObservableType::Url);
    };
    if (text.size() > kMaxUrlLength) {
        return badInput(Observables::tr("The URL “%1” is longer than 8192 characters.").arg(shown(text)),
                        ObservableType::Url);
    }
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        return invalid();
    }
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("ftp")) {
        return invalid();
    }

    // Read the host from the text ourselves: QUrl quietly turns "010.1.1.1" into 8.1.1.1 and "1.2.3" into 1.2.0.3.
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = authorityStart;
    while (authorityEnd < text.size() && text[authorityEnd] != u'/' && text[authorityEnd] != u'?' &&
           text[authorityEnd] != u'#') {
        ++authorityEnd;
    }
    const QStringView authority = QStringView(text).mid(authorityStart, authorityEnd - authorityStart);
    const QStringView hostPort = authority.mid(authority.lastIndexOf(u'@') + 1);
    QString host;
    bool ipv6Host = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        Result<Observable> ipv6 =
            close > 1 ? normaliseIpv6(hostPort.mid(1, close - 1).toString()) : Result<Observable>(invalid());
        if (!ipv6) {
            return invalid();
        }
        host = ipv6->value;
        ipv6Host = true;
    } else {
        const QStringView hostText = hostPort.left(hostPort.indexOf(u':'));
        if (hostText.isEmpty()) {
            return invalid();
        }
        if (isAllDigitsAndDots(hostText)) {
            const std::optional<IpRange> address = IpRange::parseAddress(hostText);
            if (!address) {
                return invalid();
            }
            host = address->toString();
        } else {
            const DomainCheck check = checkDomain(hostText.toString());
            if (!check.error.isEmpty()) {
                return badInput(Observables::tr("“%1” is not a valid URL: %2").arg(shown(text), check.error),
                                ObservableType::Url);
            }
            host = check.ace;
        }
    }

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return invalid();
    }
    url.setScheme(scheme);
    if (!ipv6Host) {
        url.setHost(host);
    }
    const int defaultPort = scheme == QLatin1String("http") ? 80 : scheme == QLatin1String("https") ? 443 : 21;
    if (url.port() == defaultPort) {
        url.setPort(-1);
    }
    if (url.path().isEmpty()) {
        url.setPath(QStringLiteral("/"));
    }
    QString value = url.toString(QUrl::FullyEncoded);
    if (ipv6Host) {
        // Qt prints some IPv6 hosts its own way ("::0.2.0.3"); put back the RFC 5952 text.
        const qsizetype open = value.indexOf(u'[');
        const qsizetype close = value.indexOf(u']', open);
        if (open < 0 || close < 0) {
            return invalid();
        }
        value.replace(open + 1, close - open - 1, host);
    }
    return Observable{ObservableType::Url, value};
}

Result<Observable> normaliseHash(ObservableType type, const QString& text)
{
    const qsizetype length = type == ObservableType::Md5 ? 32 : type == ObservableType::Sha1 ? 40 : 64;
    bool ok = text.size() == length;
    for (qsizetype i = 0; ok && i < text.size(); ++i) {
        ok = isHexDigit(text[i]);
    }
    if (!ok) {
        return badInput(Observables::tr("“%1” is not a %2 hash (%3 hexadecimal digits).")
                            .arg(shown(text), observableTypeKey(type).toUpper())
                            .arg(length),
                        type);
    }
    return Observable{type, text.toLower()};
}

Result<Observable> normaliseCve(const QString& text)
{
    const QString upper = text.toUpper();
    const QStringView view(upper);
    const auto invalid = [&text] {
        return badInput(Observables::tr("“%1” is not a CVE identifier (CVE-YYYY-NNNN, year 1999 or later, "
                                        "four or more digits).")
                            .arg(shown(text)),
                        ObservableType::Cve);
    };
    if (!view.startsWith(QLatin1String("CVE-")) || view.size() < 13 || view[8] != u'-') {
        return invalid();
    }
    const QStringView year = view.mid(4, 4);
    const QStringView sequence = view.mid(9);
    if (!isAllDigits(year) || year.toInt() < 1999 || !isAllDigits(sequence) || sequence.size() > 19 ||
        (sequence.size() > 4 && sequence[0] == u'0')) {
        return invalid();
    }
    return Observable{ObservableType::Cve, upper};
}

Result<Observable> normaliseAsn(const QString& text)
{
    QStringView number(text);
    if (number.startsWith(QLatin1String("ASN"), Qt::CaseInsensitive)) {
        number = number.mid(3);
        if (number.startsWith(u' ')) {
            number = number.mid(1);
        }
    } else if (number.startsWith(QLatin1String("AS"), Qt::CaseInsensitive)) {
        number = number.mid(2);
        if (number.startsWith(u' ')) {
            number = number.mid(1);
        }
    }
    bool ok = isAllDigits(number) && number.size() <= 10 && number[0] != u'0';
    const qulonglong value = ok ? number.toULongLong(&ok) : 0;
    if (!ok || value < 1 || value > 4294967295ULL) {
        return badInput(Observables::tr("“%1” is not an AS number (AS followed by 1 to 4294967295, like AS64496).")
                            .arg(shown(text)),
                        ObservableType::Asn);
    }
    return Observable{ObservableType::Asn, QStringLiteral("AS") + QString::number(value)};
}

bool startsWithCve(const QString& text)
{
    return text.startsWith(QLatin1String("CVE-"), Qt::CaseInsensitive);
}

bool looksLikeAsn(const QString& text)
{
    static const QRegularExpression pattern = [] {
        QRegularExpression re(QStringLiteral("^ASN? ?[0-9]+$"), QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    }();
    return pattern.match(text).hasMatch();
}

} // namespace

QString observableTypeKey(ObservableType type)
{
    for (const auto& [candidate, key] : kTypeKeys) {
        if (candidate == type) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<ObservableType> parseObservableType(const QString& key)
{
    for (const auto& [type, candidate] : kTypeKeys) {
        if (key.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0) {
            return type;
        }
    }
    return std::nullopt;
}

QList<ObservableType> allObservableTypes()
{
    QList<ObservableType> types;
    for (const auto& entry : kTypeKeys) {
        types.append(entry.first);
    }
    return types;
}

size_t qHash(const Observable& observable, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(observable.type), observable.value);
}

QString Observables::refang(const QString& text)
{
    // One pass; each alternative is a capture group that names its replacement. The optional blanks around the
    // word forms start only at the first blank of a run, so a long run of spaces cannot make this quadratic.
    static const QRegularExpression pattern = [] {
        QRegularExpression re(
            QStringLiteral(R"((\bhxxps?(?=(?:://|\[:\]//|\[://\])))|(\bfxp(?=(?:://|\[:\]//|\[://\])))|(\[://\])|)"
                           R"((\[:\])|(\[\.\]|\(\.\)|\{\.\}|(?<![ \t])[ \t]*+(?:\[dot\]|\(dot\)|\{dot\})[ \t]*+)|)"
                           R"((\[@\]|\(@\)|\{@\}|(?<![ \t])[ \t]*+(?:\[at\]|\(at\)|\{at\})[ \t]*+))"),
            QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    }();
    // Every defanged form has a bracket or an "x"; most text has no bracket at all, and extraction calls this
    // once per candidate.
    const bool mayBeDefanged = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c == u'[' || c == u'(' || c == u'{' || c == u'x' || c == u'X';
    });
    if (!mayBeDefanged) {
        return text;
    }
    // Replacements for groups 2 to 6; group 1 keeps its "s".
    static const std::array<QString, 5> replacements = {QStringLiteral("ftp"), QStringLiteral("://"),
                                                        QStringLiteral(":"), QStringLiteral("."), QStringLiteral("@")};
    QString out;
    qsizetype copied = 0;
    bool changed = false;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!changed) {
            out.reserve(text.size());
            changed = true;
        }
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        if (match.hasCaptured(1)) {
            out += match.capturedLength(1) == 5 ? QStringLiteral("https") : QStringLiteral("http");
        }
        for (int group = 2; group <= 6; ++group) {
            if (match.hasCaptured(group)) {
                out += replacements[group - 2];
                break;
            }
        }
        copied = match.capturedEnd();
    }
    if (!changed) {
        return text;
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString Observables::addressValue(ObservableType type, const IpRange& range)
{
    switch (type) {
    case ObservableType::Cidr:
        return range.toCidrString();
    case ObservableType::Ipv6:
        // An IPv4-mapped address stays an IPv6 observable, in RFC 5952's mixed notation.
        return range.isIpv4() ? QStringLiteral("::ffff:") + range.toString() : range.toString();
    default:
        return range.toString();
    }
}

Result<Observable> Observables::normalise(ObservableType type, const QString& raw)
{
    const QString text = refang(raw).trimmed();
    switch (type) {
    case ObservableType::Ipv4:
        return normaliseIpv4(text);
    case ObservableType::Ipv6:
        return normaliseIpv6(text);
    case ObservableType::Cidr:
        return normaliseCidr(text);
    case ObservableType::Domain:
        return normaliseDomain(text);
    case ObservableType::Url:
        return normaliseUrl(text);
    case ObservableType::Email:
        return normaliseEmail(text);
    case ObservableType::Md5:
    case ObservableType::Sha1:
    case ObservableType::Sha256:
        return normaliseHash(type, text);
    case ObservableType::Cve:
        return normaliseCve(text);
    case ObservableType::Asn:
        return normaliseAsn(text);
    }
    return fail(ErrorCode::Internal, tr("Unknown observable type."));
}

Result<Observable> Observables::fromUserInput(const QString& raw)
{
    const QString text = refang(raw).trimmed();
    if (text.isEmpty()) {
        return fail(ErrorCode::BadInput, tr("Nothing was entered."));
    }
    if (text.contains(QLatin1String("://"))) {
        return normaliseUrl(text);
    }
    if (text.contains(u'@')) {
        return normaliseEmail(text);
    }
    if (startsWithCve(text)) {
        return normaliseCve(text);
    }
    if (looksLikeAsn(text)) {
        return normaliseAsn(text);
    }
    if (text.contains(u'/')) {
        return normaliseCidr(text);
    }
    if (text.contains(u':')) {
        return normaliseIpv6(text);
    }
    if (isAllDigitsAndDots(text)) {
        return normaliseIpv4(text);
    }
    bool hex = true;
    for (QChar c : text) {
        hex = hex && isHexDigit(c);
    }
    if (hex && text.size() == 32) {
        return normaliseHash(ObservableType::Md5, text);
    }
    if (hex && text.size() == 40) {
        return normaliseHash(ObservableType::Sha1, text);
    }
    if (hex && text.size() == 64) {
        return normaliseHash(ObservableType::Sha256, text);
    }
    if (!text.contains(u'.')) {
        return fail(
            ErrorCode::BadInput,
            tr("“%1” is not an address, domain, URL, e-mail address, hash, CVE or AS number.").arg(shown(text)));
    }
    return normaliseDomain(text);
}

} // namespace fb
