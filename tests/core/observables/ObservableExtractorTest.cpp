// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/observables/ObservableExtractor.h"

#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using fb::Observable;
using fb::ObservableExtractor;

namespace {

// "type value" per observable, so that Catch prints a readable difference.
std::vector<std::string> extracted(const QString& text)
{
    std::vector<std::string> out;
    for (const Observable& observable : ObservableExtractor::extract(text)) {
        out.push_back(QString(fb::observableTypeKey(observable.type) + u' ' + observable.value).toStdString());
    }
    return out;
}

std::vector<std::string> extracted(const char* text)
{
    return extracted(QString::fromUtf8(text));
}

} // namespace

TEST_CASE("Extraction from real-looking log lines and reports", "[tickets][extractor]")
{
    using List = std::vector<std::string>;
    auto [text, expected] = GENERATE(table<const char*, List>({
        {"Mar  3 10:15:01 bastion sshd[2211]: Failed password for root from 203.0.113.45 port 51234 ssh2",
         List{"ipv4 203.0.113.45"}},
        {"2001:DB8:85A3:0:0:8A2E:370:7334 - - [12/Mar/2024:08:01:02 +0000] \"GET "
         "/wp-login.php?redirect_to=https://evil.example.net/x HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 (X11; Linux "
         "x86_64)\"",
         List{"ipv6 2001:db8:85a3::8a2e:370:7334", "url https://evil.example.net/x", "domain evil.example.net"}},
        {"03/12/2024-08:01:02.123456  [**] [1:2010935:3] ET SCAN Suspicious inbound to MSSQL port 1433 [**] "
         "[Classification: Potentially Bad Traffic] [Priority: 2] {TCP} 198.51.100.7:443 -> 192.0.2.10:51515",
         List{"ipv4 198.51.100.7", "ipv4 192.0.2.10"}},
        {"03/12/2024-08:01:02.123456  [**] [1:2010935:3] ET SCAN [**] {TCP} "
         "2001:0db8:0000:0000:0000:0000:0000:0001:443 -> 2001:0db8:0000:0000:0000:0000:0000:0002:51515",
         List{"ipv6 2001:db8::1", "ipv6 2001:db8::2"}},
        {"Reported by abuse@example.org: victims got a link to hxxps://login-example[.]com/verify?id=1 sent from "
         "192.0.2[.]66 (envelope sender bank-secure[.]example[.]com).",
         List{"email abuse@example.org", "url https://login-example.com/verify?id=1", "domain login-example.com",
              "ipv4 192.0.2.66", "domain bank-secure.example.com"}},
        {"Samples:\nMD5: 44D88612FEA8A8F36DE82E1278ABB02F\nSHA1 3395856ce81f2b7382dee72602f798b642f14140\n"
         "sha256=275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f\n"
         "not a hash: 44d88612fea8a8f36de82e1278abb02f00 (34 digits), 12345678901234567890123456789012\n"
         "attachments: setup.exe invoice.pdf report.zip README.md install.sh",
         List{"md5 44d88612fea8a8f36de82e1278abb02f", "sha1 3395856ce81f2b7382dee72602f798b642f14140",
              "sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"}},
        {"see CVE-2024-3094 and cve-2021-44228; not CVE-2021-123 nor CVE-1990-12345",
         List{"cve CVE-2024-3094", "cve CVE-2021-44228"}},
        {"Originated in AS64496 (upstream asn 64511, ASN64500), as 2019 ended",
         List{"asn AS64496", "asn AS64511", "asn AS64500"}},
        {"scanning from 192.0.2.0/24 and 2001:db8::/32, also 198.51.100.77/24.",
         List{"cidr 192.0.2.0/24", "cidr 2001:db8::/32", "cidr 198.51.100.0/24"}},
    }));
    INFO(text);
    CHECK(extracted(text) == expected);
}

TEST_CASE("Extraction decisions", "[tickets][extractor]")
{
    using List = std::vector<std::string>;
    auto [text, expected] = GENERATE(table<const char*, List>({
        // Versions are not addresses; ports are not part of addresses.
        {"OpenSSH_8.9p1 Ubuntu-3ubuntu0.6, libfoo 1.2.3.4.5, v1.2.3", List{}},
        {"connect to 198.51.100.7:443 failed", List{"ipv4 198.51.100.7"}},
        {"[2001:db8::1]:443 and fe80::1%eth0", List{"ipv6 2001:db8::1", "ipv6 fe80::1"}},
        {"010.1.1.1 256.1.1.1 1.2.3 10.0.0.1", List{"ipv4 10.0.0.1"}},
        {"range 192.0.2.1-192.0.2.9", List{"ipv4 192.0.2.1", "ipv4 192.0.2.9"}},
        {"host ::ffff:192.0.2.1 talked", List{"ipv6 ::ffff:192.0.2.1"}},
        {"192.0.2.0/33 is not a block", List{"ipv4 192.0.2.0"}},
        // A URL gives the URL and its host; nothing else from inside it but hashes and CVE ids.
        {"http://198.51.100.7:8080/gate.php?ip=192.0.2.1&mail=victim@example.org&as=AS64496",
         List{"url http://198.51.100.7:8080/gate.php?ip=192.0.2.1&mail=victim@example.org&as=AS64496",
              "ipv4 198.51.100.7"}},
        {"https://www.virustotal.com/gui/file/275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
         List{
             "url https://www.virustotal.com/gui/file/275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
             "domain www.virustotal.com", "sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"}},
        {"http://[2001:db8::1]/x", List{"url http://[2001:db8::1]/x", "ipv6 2001:db8::1"}},
        {"(see <https://example.com/a_(b)>), or https://example.org/path.",
         List{"url https://example.com/a_(b)", "domain example.com", "url https://example.org/path",
              "domain example.org"}},
        {"[link](https://example.com/x)", List{"url https://example.com/x", "domain example.com"}},
        // An invalid URL still gives its host.
        {"http://example.com/%zz", List{"domain example.com"}},
        // An e-mail address gives only the address.
        {"Contact abuse@example.org or abuse [at] example [dot] net.",
         List{"email abuse@example.org", "email abuse@example.net"}},
        {"Message-ID: <d41d8cd98f00b204e9800998ecf8427e@mail.example.com>",
         List{"email d41d8cd98f00b204e9800998ecf8427e@mail.example.com"}},
        // File names that are also two-label domains are skipped; longer names are not.
        {"README.md invoice.zip clip.mov notes.one x.pub run.py install.sh libc.so evil.example.zip",
         List{"domain evil.example.zip"}},
        {"https://invoice.zip/", List{"url https://invoice.zip/", "domain invoice.zip"}},
        {"wp-login.php index.html node.js e.g. i.e. z.B. printer.local example.invalid", List{}},
        // Special-use names: in URLs and addresses always; alone in prose with three labels or more.
        {"Copy .env.example, edit file.local and config.test, see evil.example and settings.py.example", List{}},
        {"Beacons to host.corp.internal and www.evil.example; mDNS name nas.home.arpa.",
         List{"domain host.corp.internal", "domain www.evil.example", "domain nas.home.arpa"}},
        {"Payload at http://evil.example/x.exe, report to csirt@team.example or soc[at]corp[dot]internal.",
         List{"url http://evil.example/x.exe", "domain evil.example", "email csirt@team.example",
              "email soc@corp.internal"}},
        {"hxxps://portal.corp[.]internal/login",
         List{"url https://portal.corp.internal/login", "domain portal.corp.internal"}},
        {"host.corp.lan and abuse@example.localdomain", List{}},
        {"Bücher.de and пример.рф", List{"domain xn--bcher-kva.de", "domain xn--e1afmkfd.xn--p1ai"}},
        {"--host=evil.example.com, www.example.co.uk.", List{"domain evil.example.com", "domain www.example.co.uk"}},
        // De-duplicated after normalisation, in order of first appearance.
        {"EXAMPLE.com example[.]com 192.0.2.1 example.com 192.0.2[.]1", List{"domain example.com", "ipv4 192.0.2.1"}},
        // Times, MACs and C++ scopes are not IPv6.
        {"12:34:56 00:1a:2b:3c:4d:5e std::string Foo::Bar :: dead::beefy", List{}},
        {"", List{}},
    }));
    INFO(text);
    CHECK(extracted(text) == expected);
}

TEST_CASE("looksLikeFileName only applies to two-label names", "[tickets][extractor]")
{
    CHECK(ObservableExtractor::looksLikeFileName(QStringLiteral("readme.md")));
    CHECK(ObservableExtractor::looksLikeFileName(QStringLiteral("invoice.zip")));
    CHECK_FALSE(ObservableExtractor::looksLikeFileName(QStringLiteral("evil.example.zip")));
    CHECK_FALSE(ObservableExtractor::looksLikeFileName(QStringLiteral("example.com")));
    CHECK_FALSE(ObservableExtractor::looksLikeFileName(QStringLiteral("zip")));
}

TEST_CASE("Hostile input returns quickly without crashing", "[tickets][extractor]")
{
    const auto repeated = [](const char* piece, qsizetype size) {
        QString out;
        const QString unit = QString::fromUtf8(piece);
        out.reserve(size + unit.size());
        while (out.size() < size) {
            out += unit;
        }
        return out;
    };
    constexpr qsizetype kMegabyte = 1 << 20;
    QByteArray garbage(kMegabyte, '\0');
    quint32 state = 12345;
    for (char& c : garbage) {
        state = state * 1103515245u + 12345u;
        c = static_cast<char>(state >> 24);
    }
    QString surrogates(64 * 1024, QChar(0xd800));
    surrogates += QStringLiteral(" 192.0.2.1 ") + QString(16, QChar(0xdc00));

    const QString input = GENERATE_COPY(
        repeated("1.2.3.", kMegabyte), repeated("1.", kMegabyte), repeated("a.", kMegabyte), repeated("a-", kMegabyte),
        repeated("1:", kMegabyte), repeated("a", kMegabyte), repeated(" ", kMegabyte), repeated("[.]", kMegabyte),
        repeated(" [dot] ", kMegabyte), repeated("http://a", kMegabyte),
        QStringLiteral("http://") + repeated("a", kMegabyte), repeated("a@", kMegabyte), repeated("a.b@", kMegabyte),
        repeated("0123456789abcdef", kMegabyte), repeated("AS1", kMegabyte), repeated("CVE-2024-", kMegabyte),
        repeated("a.zip ", kMegabyte), repeated("www.example.com ", kMegabyte), repeated("192.0.2.1 ", kMegabyte),
        QString::fromLatin1(garbage), QString::fromUtf8(garbage), surrogates,
        QString(64 * 1024, u'a') + QStringLiteral(".com"), repeated("abcdefghij.", 4000) + QStringLiteral("com"));
    INFO("input of " << input.size() << " characters starting " << input.left(20).toStdString());
    // CPU time, not wall time: a loaded CI machine must not fail this; runaway (quadratic) matching would.
    const qint64 started = fb::test::threadCpuMs();
    const QList<Observable> found = ObservableExtractor::extract(input);
    CHECK(fb::test::threadCpuMs() - started < 2000);
    CHECK(found.size() < 1000);
    if (input == surrogates) {
        REQUIRE(found.size() == 1);
        CHECK(found.front().value == QStringLiteral("192.0.2.1"));
    }
}

TEST_CASE("Many observables in a large text are all found, once", "[tickets][extractor]")
{
    QString text;
    for (int i = 0; i < 2000; ++i) {
        text += QStringLiteral("Failed password for root from 198.51.%1.%2 port 22 ssh2\n").arg(i / 250).arg(i % 250);
    }
    text += text; // every line twice
    const qint64 started = fb::test::threadCpuMs();
    const QList<Observable> found = ObservableExtractor::extract(text);
    CHECK(fb::test::threadCpuMs() - started < 2000);
    REQUIRE(found.size() == 2000);
    CHECK(found.front().value == QStringLiteral("198.51.0.0"));
    CHECK(found.back().value == QStringLiteral("198.51.7.249"));
}

TEST_CASE("Extraction runs on several threads at once", "[tickets][extractor]")
{
    const QString text =
        QStringLiteral("from 192.0.2[.]66 via hxxps://login-example[.]com/verify?id=1, abuse@example.org, "
                       "Bücher.de, 2001:db8::1, CVE-2024-3094, AS64496");
    const std::vector<std::string> expected = extracted(text);
    REQUIRE(expected.size() == 8);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (extracted(text) != expected) {
                    ++mismatches;
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    CHECK(mismatches == 0);
}

TEST_CASE("isSpecialUseNameInProse wants three labels and no file extension", "[tickets][extractor][special-use]")
{
    CHECK(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("host.corp.internal")));
    CHECK(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("a.b.printer.home.arpa")));
    CHECK(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("nas.home.arpa")));
    CHECK_FALSE(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("file.local")));
    CHECK_FALSE(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("settings.py.example")));
    CHECK_FALSE(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("www.example.com")));
    CHECK_FALSE(ObservableExtractor::isSpecialUseNameInProse(QStringLiteral("internal")));
}
