// SPDX-License-Identifier: GPL-3.0-or-later
// ObservableExtractor: finds the observables in free text (mail bodies, log lines, reports).
#pragma once

#include "core/observables/Observable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fb {

// What extract() reports, and what it leaves out on purpose:
// - Defanged text is refanged first ("hxxps://evil[.]example", "abuse[at]example.org").
// - A URL gives the URL and then its host (domain or address), both at the URL's position: the host is what
//   gets blocked or looked up. Other addresses, domains, e-mail addresses and AS numbers inside a URL are not
//   reported; hashes and CVE ids inside a URL are (VirusTotal or NVD links carry them).
// - An e-mail address gives only the address, not its domain separately: in reports most addresses are
//   contacts (abuse@, the reporter), and their providers' domains are not indicators. Hashes inside an
//   address (Message-ID style local parts) are not reported.
// - "198.51.100.7:443" gives the address without the port; "1.2.3.4.5" and "OpenSSH_8.9p1" give nothing;
//   "192.0.2.1-192.0.2.9" gives both ends; "192.0.2.77/24" gives the block 192.0.2.0/24.
// - Hashes are whole hex tokens of exactly 32, 40 or 64 digits with at least one digit and one letter
//   (all-digit runs are numbers far more often than MD5 sums).
// - AS numbers are "AS64496", "as64496", "ASN64496" or "ASN 64496"; "AS 64496" is not (too close to prose).
// - Two-label names whose TLD is a common file extension are taken for file names ("README.md",
//   "invoice.zip", "install.sh"): see looksLikeFileName(). Observables::normalise() still accepts them.
// - Names under a special-use suffix ("example", "test", "local", "internal"...: PublicSuffix) are reported
//   inside a URL or an e-mail address, where nothing else could be meant; standing alone in prose only with at
//   least three labels ("host.corp.internal", "www.evil.example", "nas.home.arpa"), since "file.local",
//   ".env.example" or "config.test" are file names far more often: see isSpecialUseNameInProse().
class ObservableExtractor
{
    Q_DECLARE_TR_FUNCTIONS(fb::ObservableExtractor)

public:
    // All observables found in free text, normalised, de-duplicated, in order of first appearance.
    static QList<Observable> extract(const QString& text);
    // True for a normalised domain of exactly two labels whose TLD is in a small list of TLDs that are also
    // common file extensions: md, mov, one, pub, py, sh, so, zip.
    static bool looksLikeFileName(const QString& domain);
    // For a normalised domain under a special-use suffix: true when it has at least three labels and the label
    // next to the suffix is not a common file extension ("settings.py.example" is a file). False for every
    // domain not under such a suffix.
    static bool isSpecialUseNameInProse(const QString& domain);
};

} // namespace fb
