// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/ParsedMessage.h"

#include "core/observables/ObservableExtractor.h"

namespace fb {

namespace {
constexpr qsizetype kMaxScannedText = 1024 * 1024; // per text part
} // namespace

QString ParsedMessage::dedupKey() const
{
    if (!messageId.isEmpty())
        return QStringLiteral("mid:") + messageId;
    return QStringLiteral("sha256:") + QString::fromLatin1(rawSha256.toHex());
}

QList<Observable> ParsedMessage::findObservables() const
{
    QString text = subject + QLatin1Char('\n') + body.left(kMaxScannedText);
    for (const MailAttachment& a : attachments)
        if (a.isText() && a.mimeType != QLatin1String("message/rfc822"))
            text += QLatin1Char('\n') + QString::fromUtf8(a.content.left(kMaxScannedText));
    for (const QString& part : embeddedText)
        text += QLatin1Char('\n') + part.left(kMaxScannedText);
    QList<Observable> found = ObservableExtractor::extract(text);
    if (abuseReport) {
        const AbuseReport& r = *abuseReport;
        auto add = [&found](ObservableType type, const QString& value) {
            auto o = Observables::normalise(type, value);
            if (o && !found.contains(*o))
                found.prepend(*o);
        };
        if (!r.sourceIp.isEmpty()) {
            add(ObservableType::Ipv4, r.sourceIp);
            add(ObservableType::Ipv6, r.sourceIp);
        }
        for (const QString& uri : r.reportedUris)
            add(ObservableType::Url, uri);
        if (!r.reportedDomain.isEmpty())
            add(ObservableType::Domain, r.reportedDomain);
    }
    return found;
}

} // namespace fb
