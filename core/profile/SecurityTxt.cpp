// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profile/SecurityTxt.h"

#include "core/profile/ProfileLint.h"

#include <QRegularExpression>
#include <QUrl>

namespace fb {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

Result<QList<SecurityTxtField>> SecurityTxt::fromProfile(const TeamProfile& p, const SecurityTxtOptions& options,
                                                         const QDateTime& now)
{
    QList<SecurityTxtField> fields;
    const QStringList emails = ProfileLint::emailAddresses(p);
    if (emails.isEmpty())
        return fail(ErrorCode::BadInput, tr("The profile names no e-mail address (2.7) for the Contact field."),
                    s("2.7"));
    for (const QString& e : emails)
        fields.append({s("Contact"), s("mailto:") + e, 0});
    const QDateTime expires = options.expires.isValid() ? options.expires : now.addDays(kDefaultValidityDays);
    fields.append({s("Expires"), rfc3339(expires), 0});
    QString encryption = options.encryptionUri;
    if (encryption.isEmpty() && !p.keyFingerprint.isEmpty())
        encryption = s("openpgp4fpr:") + p.keyFingerprint.toLower();
    if (!encryption.isEmpty())
        fields.append({s("Encryption"), encryption, 0});
    if (!p.languages.isEmpty())
        fields.append({s("Preferred-Languages"), p.languages.join(s(", ")), 0});
    QString firstHttps;
    for (const QString& l : p.locations)
        if (l.startsWith(s("https://"), Qt::CaseInsensitive)) {
            firstHttps = l;
            break;
        }
    QString canonical = options.canonicalUrl;
    if (canonical.isEmpty() && !firstHttps.isEmpty()) {
        const QUrl url(firstHttps);
        canonical = s("https://") + url.host() + s("/.well-known/security.txt");
    }
    if (!canonical.isEmpty())
        fields.append({s("Canonical"), canonical, 0});
    const QString policy = options.policyUrl.isEmpty() ? firstHttps : options.policyUrl;
    if (!policy.isEmpty())
        fields.append({s("Policy"), policy, 0});
    return fields;
}

QString SecurityTxt::render(const QList<SecurityTxtField>& fields)
{
    QString out;
    for (const SecurityTxtField& f : fields)
        out += f.name + s(": ") + f.value + QLatin1Char('\n');
    return out;
}

Result<QList<SecurityTxtField>> SecurityTxt::parse(const QString& text)
{
    static const QRegularExpression field(QStringLiteral("^([A-Za-z0-9-]+):\\s*(.*)$"));
    QList<SecurityTxtField> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto m = field.match(line);
        if (!m.hasMatch())
            return fail(ErrorCode::BadInput,
                        tr("Line %1 of the security.txt is neither a comment nor a “Field: value” line.").arg(i + 1),
                        tr("line %1").arg(i + 1));
        out.append({m.captured(1), m.captured(2).trimmed(), i + 1});
    }
    return out;
}

QList<LintFinding> SecurityTxt::lint(const QString& text, const QDateTime& now)
{
    QList<LintFinding> out;
    auto fields = parse(text);
    if (!fields) {
        out.append({LintFinding::Severity::Error, fields.error().where, fields.error().message});
        return out;
    }
    int contacts = 0;
    int expires = 0;
    int languages = 0;
    for (const SecurityTxtField& f : *fields) {
        const QString name = f.name.toLower();
        const QString where = tr("%1 (line %2)").arg(f.name).arg(f.line);
        if (name == QLatin1String("contact"))
            ++contacts;
        if (name == QLatin1String("preferred-languages"))
            ++languages;
        if (name == QLatin1String("expires")) {
            ++expires;
            const QDateTime when = QDateTime::fromString(f.value, Qt::ISODate);
            if (!when.isValid() || f.value.size() < 20)
                out.append({LintFinding::Severity::Error, where,
                            tr("“%1” is not an RFC 3339 date and time such as 2026-12-31T23:59:00Z.").arg(f.value)});
            else if (when <= now)
                out.append({LintFinding::Severity::Error, where, tr("The file expired on %1.").arg(f.value)});
            else if (when > now.addYears(1))
                out.append({LintFinding::Severity::Error, where,
                            tr("Expires (%1) is more than a year ahead; RFC 9116 asks for less.").arg(f.value)});
        }
        if (name == QLatin1String("contact") || name == QLatin1String("canonical") ||
            name == QLatin1String("encryption") || name == QLatin1String("policy") ||
            name == QLatin1String("acknowledgments") || name == QLatin1String("hiring")) {
            const QUrl url(f.value, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty())
                out.append({LintFinding::Severity::Error, where, tr("“%1” is not a URI.").arg(f.value)});
            else if (url.scheme().toLower() == QLatin1String("http"))
                out.append({LintFinding::Severity::Error, where, tr("“%1” must use https, not http.").arg(f.value)});
            else if (name == QLatin1String("canonical") && url.scheme().toLower() != QLatin1String("https"))
                out.append({LintFinding::Severity::Error, where,
                            tr("The canonical URI “%1” must be an https URL.").arg(f.value)});
        }
    }
    if (contacts == 0)
        out.append({LintFinding::Severity::Error, s("Contact"), tr("The Contact field is required.")});
    if (expires == 0)
        out.append({LintFinding::Severity::Error, s("Expires"), tr("The Expires field is required.")});
    if (expires > 1)
        out.append({LintFinding::Severity::Error, s("Expires"), tr("The Expires field must appear only once.")});
    if (languages > 1)
        out.append({LintFinding::Severity::Error, s("Preferred-Languages"),
                    tr("The Preferred-Languages field must appear only once.")});
    return out;
}

} // namespace fb
