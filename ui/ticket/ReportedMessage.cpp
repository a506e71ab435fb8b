// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/ReportedMessage.h"

#include "core/mail/MailStore.h"
#include "core/mail/QuotedText.h"

#include <QLocale>

namespace fb {

QString ReportedMessage::html(Vault& vault, qint64 ticketId)
{
    auto messages = MailStore(vault).messagesOf(ticketId, false);
    if (!messages)
        return QStringLiteral("<p><i>") + messages.error().message.toHtmlEscaped() + QStringLiteral("</i></p>");
    for (const StoredMessage& stored : std::as_const(*messages)) {
        if (stored.direction != MailDirection::In)
            continue;
        const ParsedMessage& m = stored.message;
        const QString date =
            m.date.isValid() ? QLocale().toString(m.date.toLocalTime(), QLocale::LongFormat) : tr("unknown");
        QString html = QStringLiteral("<h3>") + tr("Reported message").toHtmlEscaped() + QStringLiteral("</h3><p>") +
                       tr("From: %1").arg(m.from).toHtmlEscaped() + QStringLiteral("<br>") +
                       tr("Date: %1").arg(date).toHtmlEscaped() + QStringLiteral("<br>") +
                       tr("Subject: %1").arg(m.subject).toHtmlEscaped() +
                       QStringLiteral("</p><pre style=\"white-space: pre-wrap\">") +
                       QuotedText::folded(m.body).toHtmlEscaped() + QStringLiteral("</pre>");
        if (messages->size() > 1)
            html += QStringLiteral("<p><i>") +
                    tr("%n more message(s) in the ticket's correspondence.", nullptr, int(messages->size() - 1))
                        .toHtmlEscaped() +
                    QStringLiteral("</i></p>");
        return html;
    }
    return {};
}

} // namespace fb
