// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/ProfileConstituency.h"

#include "core/observables/ObservableExtractor.h"
#include "core/observables/PublicSuffix.h"

#include <QRegularExpression>

#include <algorithm>

namespace fb {

namespace {

// The ObservableExtractor finds addresses and domains in prose too, but not what constituencies are written
// as: ranges ("192.0.2.0 - 192.0.2.255"), "AS 64496", "*.example.org" and ccTLDs (".de"). Finding is done here;
// checking and normalising is Constituency::parse's, as for every other import.
class Scanner
{
public:
    explicit Scanner(const QString& text)
        : m_text(text)
    {
    }

    // Blanks what never names a network: URLs and e-mail addresses.
    void drop(const QRegularExpression& pattern)
    {
        for (auto it = pattern.globalMatch(m_text); it.hasNext();)
            blank(it.next());
    }

    // Each match of group `group` of pattern is given to take(), then blanked.
    template <typename Take>
    void scan(const QRegularExpression& pattern, Take take)
    {
        QList<QRegularExpressionMatch> matches;
        for (auto it = pattern.globalMatch(m_text); it.hasNext();)
            matches.append(it.next());
        for (const auto& m : matches) {
            take(m);
            blank(m);
        }
    }

    void add(qsizetype at, ConstituencyKind kind, const QString& raw)
    {
        auto entry = Constituency::parse(kind, raw);
        if (entry) {
            m_found.append({at, *entry});
        } else {
            //: %1 is a piece of text from section 3.2 of an RFC 2350 document, %2 why it was not taken
            m_notUnderstood.append(
                {at, ProfileConstituency::tr("“%1”: %2").arg(raw.simplified(), entry.error().message)});
        }
    }

    void refuse(qsizetype at, const QString& raw, const QString& why)
    {
        m_notUnderstood.append({at, ProfileConstituency::tr("“%1”: %2").arg(raw.simplified(), why)});
    }

    ConstituencyReading reading()
    {
        auto byPosition = [](const auto& a, const auto& b) { return a.first < b.first; };
        std::stable_sort(m_found.begin(), m_found.end(), byPosition);
        std::stable_sort(m_notUnderstood.begin(), m_notUnderstood.end(), byPosition);
        ConstituencyReading out;
        for (const auto& [at, entry] : m_found)
            if (!out.entries.contains(entry))
                out.entries.append(entry);
        for (const auto& [at, message] : m_notUnderstood)
            out.notUnderstood.append(message);
        return out;
    }

private:
    void blank(const QRegularExpressionMatch& m)
    {
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            m_text[i] = QLatin1Char(' ');
    }

    QString m_text;
    QList<std::pair<qsizetype, ConstituencyEntry>> m_found;
    QList<std::pair<qsizetype, QString>> m_notUnderstood;
};

} // namespace

ConstituencyReading ProfileConstituency::read(const QString& text)
{
    Scanner scanner(text);
    static const QRegularExpression url(QStringLiteral("\\b(?:https?|ftp)://\\S+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w.-]+"));
    scanner.drop(url);
    scanner.drop(email);

    static const QString v4 = QStringLiteral("\\d{1,3}(?:\\.\\d{1,3}){3}");
    static const QString v6 = QStringLiteral("[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}");
    static const QRegularExpression range(
        QStringLiteral("(?<![\\w.:])(%1|%2)[ \\t]*[-\\x{2013}][ \\t]*(%1|%2)(?![\\w:]|\\.\\d)").arg(v4, v6));
    scanner.scan(range, [&scanner](const QRegularExpressionMatch& m) {
        scanner.add(m.capturedStart(), ConstituencyKind::Ip, m.captured(1) + u'-' + m.captured(2));
    });
    static const QRegularExpression block(
        QStringLiteral("(?<![\\w.:/])(%1(?:/\\d{1,3})?|%2(?:/\\d{1,3})?)(?![\\w:/]|\\.\\d)").arg(v4, v6));
    scanner.scan(block, [&scanner](const QRegularExpressionMatch& m) {
        const QString token = m.captured(1);
        // "09:00:00" is a time: an IPv6 block has "::", several groups or a prefix length.
        if (token.contains(u':') && !token.contains(QLatin1String("::")) && token.count(u':') < 3 &&
            !token.contains(u'/'))
            return;
        scanner.add(m.capturedStart(), ConstituencyKind::Ip, token);
    });
    // "AS64496", "ASN 64496", "as64496"; "AS64496-AS64511" is a range, which constituencies do not hold.
    static const QRegularExpression asn(QStringLiteral(
        "\\b(AS|ASN|as|asn|As|Asn)([ \\t]?)(\\d{1,10})([ \\t]*[-\\x{2013}][ \\t]*(?:AS|ASN)?[ \\t]?\\d{1,10})?\\b"));
    scanner.scan(asn, [&scanner](const QRegularExpressionMatch& m) {
        if (!m.captured(2).isEmpty() && !m.captured(1).at(0).isUpper())
            return; // "as 2024" is prose
        if (!m.captured(4).isEmpty()) {
            scanner.refuse(m.capturedStart(), m.captured(0),
                           tr("a range of AS numbers; list each AS number on its own."));
            return;
        }
        scanner.add(m.capturedStart(), ConstituencyKind::Asn, m.captured(3));
    });
    static const QRegularExpression domain(
        QStringLiteral(
            "(?<![\\w@.\\-*])(\\*\\.|\\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z]{2,63})(?![\\w@-]|\\.\\w)"),
        QRegularExpression::CaseInsensitiveOption);
    scanner.scan(domain, [&scanner](const QRegularExpressionMatch& m) {
        const QString name = m.captured(2).toLower();
        const bool prefixed = !m.captured(1).isEmpty();
        if (!prefixed && !name.contains(u'.'))
            return; // a word
        const QString tld = name.section(u'.', -1);
        if (!PublicSuffix::isKnownTld(tld) || ObservableExtractor::looksLikeFileName(name))
            return; // "e.g.", "rfc2350.txt"
        scanner.add(m.capturedStart(), ConstituencyKind::Domain, m.captured(1) + name);
    });
    return scanner.reading();
}

} // namespace fb
