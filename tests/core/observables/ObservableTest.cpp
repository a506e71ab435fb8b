// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/Observable.h"

#include "core/observables/IpRange.h"
#include "core/observables/PublicSuffix.h"

#include <catch2/catch.hpp>

#include <QString>

#include <string>

using fb::Observables;
using fb::ObservableType;

namespace {

QString q(const char* text)
{
    return QString::fromUtf8(text);
}

std::string key(ObservableType type)
{
    return fb::observableTypeKey(type).toStdString();
}

} // namespace

TEST_CASE("Observable type keys round-trip", "[tickets][observable]")
{
    const QList<ObservableType> types = fb::allObservableTypes();
    REQUIRE(types.size() == 11);
    QStringList keys;
    for (ObservableType type : types) {
        keys.append(fb::observableTypeKey(type));
        CHECK(fb::parseObservableType(fb::observableTypeKey(type)) == type);
    }
    CHECK(keys.join(u',') == QStringLiteral("ipv4,ipv6,cidr,domain,url,email,md5,sha1,sha256,cve,asn"));
    CHECK(fb::parseObservableType(QStringLiteral("SHA256")) == ObservableType::Sha256);
    CHECK_FALSE(fb::parseObservableType(QStringLiteral("ip")).has_value());
    CHECK_FALSE(fb::parseObservableType(QStringLiteral("hash")).has_value());
    CHECK_FALSE(fb::parseObservableType(QString()).has_value());
}

TEST_CASE("Observables::normalise accepts valid values and normalises them", "[tickets][observable]")
{
    auto [type, input, expected] = GENERATE(table<ObservableType, const char*, const char*>({
        {ObservableType::Ipv4, "192.0.2.1", "192.0.2.1"},
        {ObservableType::Ipv4, " 192.0.2.1\n", "192.0.2.1"},
        {ObservableType::Ipv4, "0.0.0.0", "0.0.0.0"},
        {ObservableType::Ipv4, "255.255.255.255", "255.255.255.255"},
        {ObservableType::Ipv4, "192.0.2[.]1", "192.0.2.1"},
        {ObservableType::Ipv4, "192(.)0(.)2(.)1", "192.0.2.1"},
        {ObservableType::Ipv6, "2001:DB8::1", "2001:db8::1"},
        {ObservableType::Ipv6, "2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
        {ObservableType::Ipv6, "[2001:db8::1]", "2001:db8::1"},
        {ObservableType::Ipv6, "2001:db8[:]:1", "2001:db8::1"},
        {ObservableType::Ipv6, "::1", "::1"},
        {ObservableType::Ipv6, "::", "::"},
        {ObservableType::Ipv6, "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},
        {ObservableType::Ipv6, "::2:3", "::2:3"},
        {ObservableType::Ipv6, "::ffff:192.0.2.1", "::ffff:192.0.2.1"},
        {ObservableType::Ipv6, "::FFFF:C000:0201", "::ffff:192.0.2.1"},
        {ObservableType::Cidr, "192.0.2.0/24", "192.0.2.0/24"},
        {ObservableType::Cidr, "192.0.2.77/24", "192.0.2.0/24"},
        {ObservableType::Cidr, "192.0.2.1/32", "192.0.2.1/32"},
        {ObservableType::Cidr, "0.0.0.0/0", "0.0.0.0/0"},
        {ObservableType::Cidr, "192.0.2[.]0/24", "192.0.2.0/24"},
        {ObservableType::Cidr, "2001:DB8::/32", "2001:db8::/32"},
        {ObservableType::Cidr, "2001:db8::1/64", "2001:db8::/64"},
        {ObservableType::Cidr, "2001:db8::1/128", "2001:db8::1/128"},
        {ObservableType::Cidr, "::/0", "::/0"},
        {ObservableType::Cidr, "::ffff:192.0.2.0/120", "192.0.2.0/24"},
        {ObservableType::Domain, "Example.COM", "example.com"},
        {ObservableType::Domain, "www.example.co.uk.", "www.example.co.uk"},
        {ObservableType::Domain, "Bücher.de", "xn--bcher-kva.de"},
        {ObservableType::Domain, "xn--bcher-kva.de", "xn--bcher-kva.de"},
        {ObservableType::Domain, "пример.рф", "xn--e1afmkfd.xn--p1ai"},
        {ObservableType::Domain, "example[.]com", "example.com"},
        {ObservableType::Domain, "example(.)com", "example.com"},
        {ObservableType::Domain, "example{.}com", "example.com"},
        {ObservableType::Domain, "example[dot]com", "example.com"},
        {ObservableType::Domain, "example(DOT)com", "example.com"},
        {ObservableType::Domain, "example [dot] com", "example.com"},
        {ObservableType::Domain, "invoice.zip", "invoice.zip"},
        {ObservableType::Domain, "README.md", "readme.md"},
        {ObservableType::Domain, "user.github.io", "user.github.io"},
        {ObservableType::Domain, "github.io", "github.io"},
        {ObservableType::Domain, "www.ck", "www.ck"},
        {ObservableType::Domain, "_dmarc.example.com", "_dmarc.example.com"},
        {ObservableType::Domain, "3com.com", "3com.com"},
        {ObservableType::Domain, "a-b.c-d.example.org", "a-b.c-d.example.org"},
        {ObservableType::Domain, "xn--e1afmkfd.xn--p1ai", "xn--e1afmkfd.xn--p1ai"},
        {ObservableType::Url, "http://example.com", "http://example.com/"},
        {ObservableType::Url, "HTTPS://Example.COM/Path?Q=1#F", "https://example.com/Path?Q=1#F"},
        {ObservableType::Url, "hxxp://example[.]com/a", "http://example.com/a"},
        {ObservableType::Url, "hxxps[:]//example[.]com/", "https://example.com/"},
        {ObservableType::Url, "hXXps[://]evil.example.net/x", "https://evil.example.net/x"},
        {ObservableType::Url, "fxp://files.example.org/", "ftp://files.example.org/"},
        {ObservableType::Url, "ftp://files.example.org/pub/x.zip", "ftp://files.example.org/pub/x.zip"},
        {ObservableType::Url, "https://example.com:443/", "https://example.com/"},
        {ObservableType::Url, "http://example.com:80/a", "http://example.com/a"},
        {ObservableType::Url, "http://example.com:8080/a", "http://example.com:8080/a"},
        {ObservableType::Url, "http://192.0.2.1/gate.php", "http://192.0.2.1/gate.php"},
        {ObservableType::Url, "http://[2001:DB8::1]:8080/", "http://[2001:db8::1]:8080/"},
        {ObservableType::Url, "http://[::2:3]/", "http://[::2:3]/"},
        {ObservableType::Url, "https://Bücher.de/ü", "https://xn--bcher-kva.de/%C3%BC"},
        {ObservableType::Url, "http://user:pw@example.com/", "http://user:pw@example.com/"},
        {ObservableType::Url, "http://example.com/a%41", "http://example.com/aA"},
        {ObservableType::Url, "https://login-example[.]com/verify?id=1", "https://login-example.com/verify?id=1"},
        {ObservableType::Email, "Abuse@Example.ORG", "abuse@example.org"},
        {ObservableType::Email, "abuse[@]example[.]org", "abuse@example.org"},
        {ObservableType::Email, "abuse[at]example[dot]org", "abuse@example.org"},
        {ObservableType::Email, "abuse (at) example (dot) org", "abuse@example.org"},
        {ObservableType::Email, "mailto:abuse@example.org", "abuse@example.org"},
        {ObservableType::Email, "first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"},
        {ObservableType::Email, "o'brien@example.ie", "o'brien@example.ie"},
        {ObservableType::Email, "info@Bücher.de", "info@xn--bcher-kva.de"},
        {ObservableType::Md5, "D41D8CD98F00B204E9800998ECF8427E", "d41d8cd98f00b204e9800998ecf8427e"},
        {ObservableType::Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
        {ObservableType::Sha256, " E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855 ",
         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {ObservableType::Cve, "cve-2021-44228", "CVE-2021-44228"},
        {ObservableType::Cve, "CVE-1999-0001", "CVE-1999-0001"},
        {ObservableType::Cve, "CVE-2024-3094", "CVE-2024-3094"},
        {ObservableType::Cve, "CVE-2014-0160", "CVE-2014-0160"},
        {ObservableType::Cve, "CVE-2023-1234567", "CVE-2023-1234567"},
        {ObservableType::Asn, "AS64496", "AS64496"},
        {ObservableType::Asn, "as64496", "AS64496"},
        {ObservableType::Asn, "ASN 64496", "AS64496"},
        {ObservableType::Asn, "asn64496", "AS64496"},
        {ObservableType::Asn, "AS 64496", "AS64496"},
        {ObservableType::Asn, "64496", "AS64496"},
        {ObservableType::Asn, "AS1", "AS1"},
        {ObservableType::Asn, "AS23456", "AS23456"},
        {ObservableType::Asn, "AS4294967295", "AS4294967295"},
    }));
    INFO(key(type) << ": " << input);
    const fb::Result<fb::Observable> result = Observables::normalise(type, q(input));
    REQUIRE(result.has_value());
    CHECK(result->type == type);
    CHECK(result->value.toStdString() == expected);
    // Normal forms are fixed points.
    const fb::Result<fb::Observable> again = Observables::normalise(type, result->value);
    REQUIRE(again.has_value());
    CHECK(*again == *result);
}

TEST_CASE("Observables::normalise refuses invalid values with a BadInput error", "[tickets][observable]")
{
    const QString longLabel = QString(64, u'a') + QStringLiteral(".com");
    const QString maxLabel = QString(63, u'a') + QStringLiteral(".com");
    QString longDomain;
    while (longDomain.size() < 251) {
        longDomain += QStringLiteral("abcdefghi.");
    }
    longDomain += QStringLiteral("com");          // 263 characters, every label short
    const QString maxDomain = longDomain.mid(10); // 253 characters
    const QString longLocal = QString(65, u'a') + QStringLiteral("@example.org");

    auto [type, input] = GENERATE_COPY(table<ObservableType, QString>({
        {ObservableType::Ipv4, q("010.1.1.1")},
        {ObservableType::Ipv4, q("256.1.1.1")},
        {ObservableType::Ipv4, q("1.2.3")},
        {ObservableType::Ipv4, q("1.2.3.4.5")},
        {ObservableType::Ipv4, q("1.2.3.")},
        {ObservableType::Ipv4, q("1..2.3")},
        {ObservableType::Ipv4, q("")},
        {ObservableType::Ipv4, q("::ffff:192.0.2.1")},
        {ObservableType::Ipv4, q("192.0.2.0/24")},
        {ObservableType::Ipv4, q("1.2.3.4 5")},
        {ObservableType::Ipv4, q("１.２.３.４")},
        {ObservableType::Ipv6, q("2001:db8::1::1")},
        {ObservableType::Ipv6, q("12345::")},
        {ObservableType::Ipv6, q("fe80::1%eth0")},
        {ObservableType::Ipv6, q("192.0.2.1")},
        {ObservableType::Ipv6, q("gggg::1")},
        {ObservableType::Ipv6, q(":::")},
        {ObservableType::Ipv6, q("1:2:3:4:5:6:7:8:9")},
        {ObservableType::Ipv6, q("::ffff:1.2.3.04")},
        {ObservableType::Ipv6, q("2001:db8::/32")},
        {ObservableType::Cidr, q("192.0.2.0/33")},
        {ObservableType::Cidr, q("2001:db8::/129")},
        {ObservableType::Cidr, q("192.0.2.0/24x")},
        {ObservableType::Cidr, q("192.0.2.0")},
        {ObservableType::Cidr, q("192.0.2.0/")},
        {ObservableType::Cidr, q("/24")},
        {ObservableType::Cidr, q("010.0.0.0/8")},
        {ObservableType::Cidr, q("example.com/24")},
        {ObservableType::Domain, q("foo.localdomain")},
        {ObservableType::Domain, q("printer.lan")},
        {ObservableType::Domain, q("host.corp")},
        {ObservableType::Domain, q("localhost")},
        {ObservableType::Domain, q("example")},
        {ObservableType::Domain, q("internal")},
        {ObservableType::Domain, q("home.arpa")},
        {ObservableType::Domain, q("com")},
        {ObservableType::Domain, q("co.uk")},
        {ObservableType::Domain, q("foo.ck")},
        {ObservableType::Domain, q("setup.exe")},
        {ObservableType::Domain, q("invoice.pdf")},
        {ObservableType::Domain, q("-example.com")},
        {ObservableType::Domain, q("example-.com")},
        {ObservableType::Domain, q("exa mple.com")},
        {ObservableType::Domain, q("example..com")},
        {ObservableType::Domain, q(".example.com")},
        {ObservableType::Domain, q("example.c_m")},
        {ObservableType::Domain, q("example.123")},
        {ObservableType::Domain, q("http://example.com")},
        {ObservableType::Domain, q("abuse@example.com")},
        {ObservableType::Domain, q("192.0.2.1")},
        {ObservableType::Domain, q("")},
        {ObservableType::Domain, q(".")},
        {ObservableType::Domain, longLabel},
        {ObservableType::Domain, longDomain},
        {ObservableType::Url, q("javascript:alert(1)")},
        {ObservableType::Url, q("file:///etc/passwd")},
        {ObservableType::Url, q("mailto:abuse@example.org")},
        {ObservableType::Url, q("http://")},
        {ObservableType::Url, q("http:///path")},
        {ObservableType::Url, q("http://exa mple.com/")},
        {ObservableType::Url, q("http://intranet.lan/")},
        {ObservableType::Url, q("http://intranet/")},
        {ObservableType::Url, q("http://010.1.1.1/")},
        {ObservableType::Url, q("http://1.2.3/")},
        {ObservableType::Url, q("http://256.1.1.1/")},
        {ObservableType::Url, q("http://example.com/a b")},
        {ObservableType::Url, q("http://example.com/%zz")},
        {ObservableType::Url, q("http://example.com:99999/")},
        {ObservableType::Url, q("http://[2001:db8::g]/")},
        {ObservableType::Url, q("http://[192.0.2.1]/")},
        {ObservableType::Url, q("example.com/path")},
        {ObservableType::Email, q("abuse")},
        {ObservableType::Email, q("@example.org")},
        {ObservableType::Email, q("abuse@")},
        {ObservableType::Email, q("abuse@localhost")},
        {ObservableType::Email, q("abuse@example.localdomain")},
        {ObservableType::Email, q("abuse@internal")},
        {ObservableType::Email, q(".abuse@example.org")},
        {ObservableType::Email, q("abuse.@example.org")},
        {ObservableType::Email, q("ab..use@example.org")},
        {ObservableType::Email, q("ab use@example.org")},
        {ObservableType::Email, q("abuse@@example.org")},
        {ObservableType::Email, q("\"ab use\"@example.org")},
        {ObservableType::Email, longLocal},
        {ObservableType::Md5, q("d41d8cd98f00b204e9800998ecf8427")},
        {ObservableType::Md5, q("d41d8cd98f00b204e9800998ecf8427e0")},
        {ObservableType::Md5, q("g41d8cd98f00b204e9800998ecf8427e")},
        {ObservableType::Md5, q("da39a3ee5e6b4b0d3255bfef95601890afd80709")},
        {ObservableType::Sha1, q("da39a3ee5e6b4b0d3255bfef95601890afd8070")},
        {ObservableType::Sha256, q("e3b0c442 98fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")},
        {ObservableType::Cve, q("CVE-1998-0001")},
        {ObservableType::Cve, q("CVE-2021-123")},
        {ObservableType::Cve, q("CVE-2021-012345")},
        {ObservableType::Cve, q("CVE-21-44228")},
        {ObservableType::Cve, q("CVE-2021-44228x")},
        {ObservableType::Cve, q("CAN-2021-44228")},
        {ObservableType::Cve, q("CVE 2021 44228")},
        {ObservableType::Cve, q("CVE-2021-")},
        {ObservableType::Asn, q("AS0")},
        {ObservableType::Asn, q("AS4294967296")},
        {ObservableType::Asn, q("AS99999999999")},
        {ObservableType::Asn, q("AS")},
        {ObservableType::Asn, q("ASN")},
        {ObservableType::Asn, q("AS-1")},
        {ObservableType::Asn, q("AS064496")},
        {ObservableType::Asn, q("AS1.10")},
        {ObservableType::Asn, q("AS  64496")},
        {ObservableType::Asn, q("ASX64496")},
    }));
    INFO(key(type) << ": " << input.toStdString());
    const fb::Result<fb::Observable> result = Observables::normalise(type, input);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == fb::ErrorCode::BadInput);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(result.error().message.size() < 300); // the value is shortened inside the message
    CHECK(result.error().where == fb::observableTypeKey(type));

    CHECK(Observables::normalise(ObservableType::Domain, maxLabel).has_value());
    CHECK(maxDomain.size() == 253);
    CHECK(Observables::normalise(ObservableType::Domain, maxDomain).has_value());
}

TEST_CASE("Domain errors say what is wrong", "[tickets][observable]")
{
    const auto message = [](const QString& raw) {
        return Observables::normalise(ObservableType::Domain, raw).error().message;
    };
    CHECK(message(QString(64, u'a') + QStringLiteral(".com")).contains(QStringLiteral("63")));
    CHECK(message(QString(300, u'a')).contains(QStringLiteral("253")));
    CHECK(message(QStringLiteral("printer.lan")).contains(QStringLiteral("top-level domain")));
    CHECK(message(QStringLiteral("home.arpa")).contains(QStringLiteral("public suffix")));
    CHECK(message(QStringLiteral("co.uk")).contains(QStringLiteral("public suffix")));
}

TEST_CASE("Observables::fromUserInput guesses the type", "[tickets][observable]")
{
    auto [input, type, expected] = GENERATE(table<const char*, ObservableType, const char*>({
        {"192.0.2.1", ObservableType::Ipv4, "192.0.2.1"},
        {" 192.0.2[.]1 ", ObservableType::Ipv4, "192.0.2.1"},
        {"2001:DB8::1", ObservableType::Ipv6, "2001:db8::1"},
        {"[2001:db8::1]", ObservableType::Ipv6, "2001:db8::1"},
        {"::ffff:192.0.2.1", ObservableType::Ipv6, "::ffff:192.0.2.1"},
        {"192.0.2.77/24", ObservableType::Cidr, "192.0.2.0/24"},
        {"2001:db8::/32", ObservableType::Cidr, "2001:db8::/32"},
        {"Example.com", ObservableType::Domain, "example.com"},
        {"evil[.]example[.]net", ObservableType::Domain, "evil.example.net"},
        {"hxxps://evil[.]example.net/x", ObservableType::Url, "https://evil.example.net/x"},
        {"http://192.0.2.1:8080/", ObservableType::Url, "http://192.0.2.1:8080/"},
        {"abuse@example.org", ObservableType::Email, "abuse@example.org"},
        {"abuse[at]example[.]org", ObservableType::Email, "abuse@example.org"},
        {"D41D8CD98F00B204E9800998ECF8427E", ObservableType::Md5, "d41d8cd98f00b204e9800998ecf8427e"},
        {"da39a3ee5e6b4b0d3255bfef95601890afd80709", ObservableType::Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
        {"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ObservableType::Sha256,
         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"cve-2024-3094", ObservableType::Cve, "CVE-2024-3094"},
        {"AS64496", ObservableType::Asn, "AS64496"},
        {"asn 64496", ObservableType::Asn, "AS64496"},
        {"as 64496", ObservableType::Asn, "AS64496"},
    }));
    INFO(input);
    const fb::Result<fb::Observable> result = Observables::fromUserInput(q(input));
    REQUIRE(result.has_value());
    CHECK(key(result->type) == key(type));
    CHECK(result->value.toStdString() == expected);
}

TEST_CASE("Observables::fromUserInput refuses what it cannot place", "[tickets][observable]")
{
    const char* input = GENERATE("", "   ", "hello", "1.2.3", "010.1.1.1", "printer.lan", "64496", "cve-2024",
                                 "192.0.2.0/33", "deadbeef", "http://intranet/", "user@localhost");
    INFO(input);
    const fb::Result<fb::Observable> result = Observables::fromUserInput(q(input));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == fb::ErrorCode::BadInput);
    CHECK_FALSE(result.error().message.isEmpty());
}

TEST_CASE("Observables::refang undoes common defanging", "[tickets][observable]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"hxxp://example[.]com", "http://example.com"},
        {"HXXPS://example[.]com", "https://example.com"},
        {"hxxps[:]//example(.)com", "https://example.com"},
        {"hxxps[://]example{.}com", "https://example.com"},
        {"fxp://files[.]example[.]org", "ftp://files.example.org"},
        {"abuse[@]example[.]org", "abuse@example.org"},
        {"abuse(@)example(.)org", "abuse@example.org"},
        {"abuse [at] example [dot] org", "abuse@example.org"},
        {"abuse(AT)example(DOT)org", "abuse@example.org"},
        {"1.2.3[.]4", "1.2.3.4"},
        {"2001:db8[:]:1", "2001:db8::1"},
        {"no defanging here: hxxp is a word, [x] too", "no defanging here: hxxp is a word, [x] too"},
        {"", ""},
    }));
    CHECK(Observables::refang(q(input)).toStdString() == expected);
}

TEST_CASE("Observables hash and compare by type and value", "[tickets][observable]")
{
    const fb::Observable a{ObservableType::Domain, QStringLiteral("example.com")};
    const fb::Observable b{ObservableType::Domain, QStringLiteral("example.com")};
    const fb::Observable c{ObservableType::Email, QStringLiteral("example.com")};
    CHECK(a == b);
    CHECK_FALSE(a == c);
    CHECK(qHash(a) == qHash(b));
    QSet<fb::Observable> set{a, b, c};
    CHECK(set.size() == 2);
}

TEST_CASE("The Public Suffix List is loaded", "[tickets][observable]")
{
    INFO(fb::PublicSuffix::source().toStdString());
    REQUIRE(fb::PublicSuffix::isKnownTld(QStringLiteral("com"))); // from the list: no list, no TLD is known
    CHECK(fb::PublicSuffix::isKnownTld(QStringLiteral("xn--p1ai")));
    CHECK_FALSE(fb::PublicSuffix::isKnownTld(QStringLiteral("lan")));
    CHECK_FALSE(fb::PublicSuffix::isKnownTld(QStringLiteral("localdomain")));
    CHECK_FALSE(fb::PublicSuffix::isKnownTld(QStringLiteral("co.uk")));
    CHECK(fb::PublicSuffix::isIcannSuffix(QStringLiteral("co.uk")));
    CHECK_FALSE(fb::PublicSuffix::isIcannSuffix(QStringLiteral("github.io")));
}

TEST_CASE("Observables::addressValue writes a range as normalise does", "[tickets][observable]")
{
    const struct
    {
        ObservableType type;
        const char* input;
    } cases[] = {{ObservableType::Ipv4, "192.0.2.1"},        {ObservableType::Ipv6, "2001:DB8:0:0::1"},
                 {ObservableType::Ipv6, "::ffff:192.0.2.1"}, {ObservableType::Ipv6, "[fe80::1]"},
                 {ObservableType::Cidr, "192.0.2.77/24"},    {ObservableType::Cidr, "192.0.2.1/32"},
                 {ObservableType::Cidr, "2001:db8::/32"}};
    for (const auto& c : cases) {
        INFO(c.input);
        const auto normalised = Observables::normalise(c.type, QString::fromLatin1(c.input));
        REQUIRE(normalised);
        const auto range = fb::IpRange::parse(normalised->value);
        REQUIRE(range);
        CHECK(Observables::addressValue(c.type, *range) == normalised->value);
    }
}

TEST_CASE("Names under special-use top-level domains are domains", "[tickets][observable][special-use]")
{
    auto [type, input, expected] = GENERATE(table<ObservableType, const char*, const char*>({
        {ObservableType::Domain, "evil.example", "evil.example"},
        {ObservableType::Domain, "www.Example", "www.example"},
        {ObservableType::Domain, "host.corp.internal", "host.corp.internal"},
        {ObservableType::Domain, "printer.local", "printer.local"},
        {ObservableType::Domain, "app.localhost", "app.localhost"},
        {ObservableType::Domain, "example.invalid", "example.invalid"},
        {ObservableType::Domain, "exercise.test", "exercise.test"},
        {ObservableType::Domain, "nas.home.arpa", "nas.home.arpa"},
        {ObservableType::Domain, "evil[.]example", "evil.example"},
        {ObservableType::Email, "csirt@team.example", "csirt@team.example"},
        {ObservableType::Email, "SOC@Host.Corp.Internal", "soc@host.corp.internal"},
        {ObservableType::Email, "abuse@example.invalid", "abuse@example.invalid"},
        {ObservableType::Email, "admin@router.home.arpa", "admin@router.home.arpa"},
        {ObservableType::Url, "http://evil.example/x.exe", "http://evil.example/x.exe"},
        {ObservableType::Url, "hxxps://portal.corp[.]internal:8443/", "https://portal.corp.internal:8443/"},
        {ObservableType::Url, "http://example.invalid/", "http://example.invalid/"},
    }));
    INFO(input);
    const fb::Result<fb::Observable> result = Observables::normalise(type, q(input));
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result);
    CHECK(result->value == q(expected));
    CHECK(Observables::fromUserInput(q(input))->value == q(expected));
}

TEST_CASE("PublicSuffix knows the special-use names", "[tickets][observable][special-use]")
{
    using fb::PublicSuffix;
    for (const char* tld : {"example", "test", "invalid", "localhost", "local", "internal", "onion", "alt"}) {
        INFO(tld);
        CHECK(PublicSuffix::isKnownTld(q(tld)));
        CHECK(PublicSuffix::isIcannSuffix(q(tld)));
        CHECK(PublicSuffix::specialUseSuffix(q("a.b.") + q(tld)) == q(tld));
    }
    CHECK(PublicSuffix::isIcannSuffix(q("home.arpa")));
    CHECK(PublicSuffix::specialUseSuffix(q("printer.home.arpa")) == q("home.arpa"));
    CHECK(PublicSuffix::specialUseSuffix(q("example.com")).isEmpty());
    CHECK(PublicSuffix::specialUseSuffix(q("notexample")).isEmpty());
    CHECK(PublicSuffix::specialUseSuffix(q("in-addr.arpa")).isEmpty());
}

TEST_CASE("A note says when a name is under a special-use suffix", "[tickets][observable][special-use]")
{
    const auto note = [](ObservableType type, const char* value) {
        return fb::PublicSuffix::specialUseNote(*Observables::normalise(type, q(value)));
    };
    CHECK(note(ObservableType::Domain, "host.corp.internal").contains(QStringLiteral("“.internal”")));
    CHECK(note(ObservableType::Email, "csirt@team.example").contains(QStringLiteral("team.example")));
    CHECK(note(ObservableType::Url, "https://user@nas.home.arpa:8443/x?y#z").contains(QStringLiteral("“.home.arpa”")));
    CHECK(note(ObservableType::Domain, "example.com").isEmpty());
    CHECK(note(ObservableType::Url, "http://example.org/a.example").isEmpty());
    CHECK(note(ObservableType::Ipv4, "192.0.2.1").isEmpty());
}
