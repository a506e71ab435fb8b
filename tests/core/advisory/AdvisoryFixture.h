// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh workspace with a pinned clock and an advisory store, plus a realistic advisory, for the advisory tests.
#pragma once

#include "core/advisory/AdvisoryStore.h"
#include "core/base/Clock.h"
#include "core/history/ChangeContext.h"
#include "core/vault/Vault.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>

namespace fb::test {

inline Advisory sampleAdvisory()
{
    Advisory a;
    a.identifier = QStringLiteral("FIREBREAK-2026-0001");
    a.title = QStringLiteral("Remote code execution in Example HTTP Server");
    a.tlp = TlpLevel::Green;
    a.status = AdvisoryStatus::Final;
    a.version = QStringLiteral("2");
    const QDateTime t0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    a.revisions = {{QStringLiteral("1"), t0, QStringLiteral("Initial version.")},
                   {QStringLiteral("2"), t0.addDays(1), QStringLiteral("Fixed versions added.")}};
    a.initialReleaseDate = t0;
    a.currentReleaseDate = t0.addDays(1);
    a.vulnerabilities = {{QStringLiteral("CVE-2026-1234"), QStringLiteral("CWE-787"),
                          QStringLiteral("Out-of-bounds Write"),
                          QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C"),
                          QStringLiteral("Heap overflow in the chunked decoder")},
                         {QStringLiteral("CVE-2026-1235"), QStringLiteral("CWE-79"),
                          QStringLiteral("Improper Neutralization of Input During Web Page Generation"),
                          QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"), QString()}};
    a.products = {{QStringLiteral("Example Corp"), QStringLiteral("HTTP Server"), QStringLiteral("vers:semver/<2.4.7"),
                   true, ProductStatus::KnownAffected},
                  {QStringLiteral("Example Corp"), QStringLiteral("HTTP Server"), QStringLiteral("2.4.7"), false,
                   ProductStatus::Fixed},
                  {QStringLiteral("Example Corp"), QStringLiteral("HTTP Proxy"), QString(), false,
                   ProductStatus::UnderInvestigation}};
    a.summary = QStringLiteral("A heap overflow lets unauthenticated attackers run code; update now.");
    a.description = QStringLiteral("The chunked transfer decoder trusts the length field. Crafted requests "
                                   "overwrite heap memory. The admin console also reflects the \"q\" parameter <b>.");
    a.impact = QStringLiteral("Remote code execution as the server user.");
    a.solution = QStringLiteral("Update to 2.4.7 or later.");
    a.workarounds = QStringLiteral("Disable chunked encoding with `ChunkedDecoding off`.");
    a.references = {{QStringLiteral("https://example.com/security/2026-01"), QStringLiteral("Vendor advisory")},
                    {QStringLiteral("https://www.cve.org/CVERecord?id=CVE-2026-1234"), QStringLiteral("CVE record")}};
    a.acknowledgments = {QStringLiteral("Jörg Müller (Example Research)")};
    a.audience = {QStringLiteral("constituency-isp")};
    return a;
}

class AdvisoryFixture
{
public:
    AdvisoryFixture()
        : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
    {
        auto created = Vault::create(dir.file(QStringLiteral("adv.firebreak")), SecretBytes("test", 4));
        REQUIRE(created);
        vault = std::move(*created);
        store = std::make_unique<AdvisoryStore>(change());
    }

    TempDir dir;
    // Changes made by `actor` at the fixture's clock.
    ChangeContext change(const QString& actor = QStringLiteral("alice")) { return ChangeContext{*vault, clock, actor}; }

    FixedClock clock;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<AdvisoryStore> store;
};

} // namespace fb::test
