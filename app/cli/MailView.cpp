// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailView.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/TextTable.h"
#include "core/base/Job.h"
#include "core/mail/MailCrypto.h"
#include "core/mail/MessageVerifier.h"

#include <QLocale>

namespace fb {

namespace {

// The status shown for a message, and the result behind it (empty for unsigned or unchecked mail).
std::pair<SignatureStatus, const VerificationResult*> statusOf(const Correspondence& c, const StoredMessage& m)
{
    if (!m.message.isSigned)
        return {SignatureStatus::NotSigned, nullptr};
    const auto it = c.signatures.constFind(m.id);
    if (it == c.signatures.constEnd())
        return {SignatureStatus::Error, nullptr};
    return {it->status, &*it};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Correspondence MailView::verify(Vault& vault, const Clock& clock, QList<StoredMessage> messages)
{
    Correspondence c;
    c.messages = std::move(messages);
    DirectJobControl job;
    auto results = MessageVerifier::verifyMessages(vault, clock, c.messages, job);
    if (results)
        c.signatures = std::move(*results);
    else
        c.checkError = results.error().message;
    return c;
}

QString MailView::directionText(const StoredMessage& m)
{
    const bool in = m.direction == MailDirection::In;
    if (m.message.isEncrypted)
        return in ? tr("in, encrypted") : tr("out, encrypted");
    return in ? tr("in") : tr("out");
}

QString MailView::signatureLabel(const Correspondence& c, const StoredMessage& m)
{
    return shortLabel(statusOf(c, m).first);
}

QJsonObject MailView::signatureJson(const Correspondence& c, const StoredMessage& m)
{
    const auto [status, result] = statusOf(c, m);
    QJsonObject o{{s("status"), MailCrypto::statusKey(status)}, {s("label"), shortLabel(status)}};
    if (result) {
        o.insert(s("sentence"), sentence(*result));
        o.insert(s("guidance"), guidance(status));
        o.insert(s("signer"), result->fingerprint);
        o.insert(s("signerUserId"), result->signerUserId);
        o.insert(s("signedAt"), CliContext::isoUtc(result->signedAt));
    } else if (m.message.isSigned) {
        o.insert(s("sentence"), c.checkError.isEmpty()
                                    ? tr("The message is signed; the signature has not been checked.")
                                    : tr("The signature could not be checked: %1").arg(c.checkError));
        o.insert(s("signer"), m.message.signerFingerprint);
    } else {
        o.insert(s("sentence"), sentence(VerificationResult{}));
    }
    return o;
}

QJsonObject MailView::summaryJson(const Correspondence& c, const StoredMessage& m)
{
    return {{s("id"), m.id},
            {s("date"), CliContext::isoUtc(m.message.date.isValid() ? m.message.date : m.importedAt)},
            {s("direction"), MailStore::directionKey(m.direction)},
            {s("from"), m.message.from},
            {s("subject"), m.message.subject},
            {s("signature"), signatureJson(c, m)},
            {s("encrypted"), m.message.isEncrypted}};
}

QJsonArray MailView::summaryJson(const Correspondence& c)
{
    QJsonArray array;
    for (const StoredMessage& m : c.messages)
        array.append(summaryJson(c, m));
    return array;
}

QJsonObject MailView::messageJson(const Correspondence& c, const StoredMessage& m)
{
    QJsonObject o = summaryJson(c, m);
    o.insert(s("ticket"), m.ticketId);
    o.insert(s("messageId"), m.message.messageId);
    o.insert(s("inReplyTo"), m.message.inReplyTo);
    o.insert(s("to"), m.message.to);
    o.insert(s("cc"), m.message.cc);
    o.insert(s("importedAt"), CliContext::isoUtc(m.importedAt));
    o.insert(s("text"), m.message.body);
    o.insert(s("warnings"), QJsonArray::fromStringList(warningTexts(m.message.warnings)));
    QJsonArray attachments;
    for (qsizetype i = 0; i < m.message.attachments.size(); ++i) {
        const MailAttachment& a = m.message.attachments.at(i);
        attachments.append(QJsonObject{{s("index"), qint64(i + 1)},
                                       {s("name"), a.name},
                                       {s("type"), a.mimeType},
                                       {s("size"), a.size()},
                                       {s("sha256"), QString::fromLatin1(a.sha256.toHex())}});
    }
    o.insert(s("attachments"), attachments);
    return o;
}

void MailView::printList(CliContext& context, const Correspondence& c)
{
    if (c.messages.isEmpty())
        return;
    TextTable table({tr("MSG"), tr("DATE"), tr("DIR"), tr("SIGNATURE"), tr("FROM"), tr("SUBJECT")});
    table.setMaxWidth(4, 32);
    table.setMaxWidth(5, 60);
    for (const StoredMessage& m : c.messages)
        table.addRow({QString::number(m.id),
                      CliContext::localTime(m.message.date.isValid() ? m.message.date : m.importedAt), directionText(m),
                      signatureLabel(c, m), m.message.from, m.message.subject});
    context.out() << table.toString();
    if (!c.checkError.isEmpty())
        context.out() << tr("The signatures could not be checked: %1").arg(c.checkError) << QLatin1Char('\n');
}

void MailView::printMessage(CliContext& context, const Correspondence& c, const StoredMessage& m)
{
    QTextStream& out = context.out();
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << QString(label + QLatin1Char(':')).leftJustified(12) << value << QLatin1Char('\n');
    };
    const QJsonObject signature = signatureJson(c, m);
    line(tr("Message"), tr("%1 on ticket #%2 (%3)").arg(m.id).arg(m.ticketId).arg(directionText(m)));
    line(tr("From"), m.message.from);
    line(tr("To"), m.message.to);
    line(tr("Cc"), m.message.cc);
    line(tr("Date"), m.message.date.isValid() ? CliContext::localTime(m.message.date) : tr("unknown"));
    line(tr("Subject"), m.message.subject);
    line(tr("Message-ID"), m.message.messageId);
    line(tr("Signature"), tr("%1: %2").arg(signatureLabel(c, m), signature.value(s("sentence")).toString()));
    const QString advice = signature.value(s("guidance")).toString();
    if (!advice.isEmpty())
        out << QString().leftJustified(13) << advice << QLatin1Char('\n');
    if (m.message.isEncrypted)
        line(tr("Encrypted"), tr("yes (the workspace keeps the message as it was sent or received)"));
    for (const MailWarning& warning : m.message.warnings)
        line(tr("Warning"), warning.text());
    out << QLatin1Char('\n') << m.message.body;
    if (!m.message.body.endsWith(QLatin1Char('\n')))
        out << QLatin1Char('\n');
    if (m.message.attachments.isEmpty())
        return;
    out << QLatin1Char('\n') << tr("Attachments:") << QLatin1Char('\n');
    TextTable table({tr("#"), tr("NAME"), tr("TYPE"), tr("SIZE"), tr("SHA-256")});
    for (qsizetype i = 0; i < m.message.attachments.size(); ++i) {
        const MailAttachment& a = m.message.attachments.at(i);
        table.addRow({QString::number(i + 1), a.name.isEmpty() ? tr("(unnamed)") : a.name, a.mimeType,
                      sizeText(a.size()), QString::fromLatin1(a.sha256.toHex())});
    }
    out << table.toString();
}

} // namespace fb
