// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailWarning.h"

#include <algorithm>

namespace fb {

MailWarning MailWarning::stored(const QString& text)
{
    return MailWarning(MailWarningCode::Stored, {text});
}

QString MailWarning::text() const
{
    const QString a = m_args.value(0);
    const QString b = m_args.value(1);
    const QString c = m_args.value(2);
    switch (m_code) {
    case MailWarningCode::DuplicatedHeader:
        return tr("The header field %1 appears more than once.").arg(a);
    case MailWarningCode::DuplicatedParameter:
        return tr("A header parameter appears more than once (%1).").arg(a);
    case MailWarningCode::Unencoded8BitHeader:
        return tr("A header field holds unencoded 8-bit text (%1).").arg(a);
    case MailWarningCode::InvalidContentType:
        return tr("An invalid content type (%1) was read as application/octet-stream.").arg(a);
    case MailWarningCode::InvalidEncodedWord:
        return tr("A header field has an invalid encoded word (%1).").arg(a);
    case MailWarningCode::MultipartWithoutParts:
        return tr("A multipart has no parts (%1).").arg(a);
    case MailWarningCode::TruncatedMessage:
        return tr("The message is truncated.");
    case MailWarningCode::MalformedMessage:
        return tr("The message is malformed.");
    case MailWarningCode::InvalidHeaderName:
        return tr("An invalid header field name was found; part of the message may be skipped.");
    case MailWarningCode::ConflictingHeader:
        return tr("Header fields conflict (%1).").arg(a);
    case MailWarningCode::ConflictingParameter:
        return tr("Header parameters conflict (%1).").arg(a);
    case MailWarningCode::MultipartWithoutBoundary:
        return tr("A multipart has no boundary parameter; it was read as one opaque part.");
    case MailWarningCode::InvalidParameter:
        return tr("A header parameter is invalid (%1).").arg(a);
    case MailWarningCode::InvalidAddressList:
        return tr("An address list is invalid (%1).").arg(a);
    case MailWarningCode::NestingOverflow:
        return tr("The MIME structure is nested too deeply; the deepest parts were not parsed.");
    case MailWarningCode::PartWithoutContent:
        return tr("A MIME part ends right after its header.");
    case MailWarningCode::PartWithoutHeadersOrContent:
        return tr("A MIME part has neither header nor content.");
    case MailWarningCode::OtherParserProblem:
        return tr("The parser reported a problem (%1).").arg(a);
    case MailWarningCode::NestedTooDeeply:
        return tr("The MIME structure is nested deeper than %1 levels; the deeper parts are kept only in the raw "
                  "message.")
            .arg(a);
    case MailWarningCode::HeaderValueCut:
        return tr("The %1 header field is %2 characters long; only the first %3 are kept.").arg(a).arg(b).arg(c);
    case MailWarningCode::HeaderBomb:
        return tr("The message has %1 header fields (a header bomb?).").arg(a);
    case MailWarningCode::XarfReportRejected:
        return tr("The X-ARF report %1 was not accepted: %2").arg(a, b);
    case MailWarningCode::ArfReportRejected:
        return a;
    case MailWarningCode::XarfAnnouncedWithoutJson:
        return tr("The message says it is an X-ARF report (Feedback-Type: xarf) but has no X-ARF JSON part that "
                  "could be read.");
    case MailWarningCode::XarfAnnouncedWithoutPart:
        return tr("The message says it is an X-ARF report but has no report part.");
    case MailWarningCode::NotDecrypted:
        return tr("The message is encrypted and was not decrypted.");
    case MailWarningCode::InlineNotDecrypted:
        return tr("The message holds inline OpenPGP encrypted text that was not decrypted.");
    case MailWarningCode::MailboxTruncated:
        return tr("The mailbox ends in the middle of a line: it may be truncated.");
    case MailWarningCode::KeysNotPrepared:
        return tr("OpenPGP signatures and encryption of this message were not handled: the keys could not be "
                  "prepared (%1).")
            .arg(a);
    case MailWarningCode::AttachmentNotDecrypted:
        return tr("The attachment “%1” is OpenPGP-encrypted and could not be decrypted: %2").arg(a, b);
    case MailWarningCode::AttachmentTooLarge:
        return tr("The attachment “%1” decrypts to %2 MB, more than a message may hold; only the encrypted file is "
                  "kept.")
            .arg(a)
            .arg(b);
    case MailWarningCode::AttachmentSignatureUnchecked:
        return tr("The decrypted attachment “%1” also carries an OpenPGP signature, which was not checked.").arg(a);
    case MailWarningCode::NoEncryptedPart:
        return tr("The encrypted message has no encrypted part.");
    case MailWarningCode::MessageNotDecrypted:
        return tr("The message could not be decrypted: %1").arg(a);
    case MailWarningCode::DecryptedNotMime:
        return tr("The decrypted content is not a MIME entity.");
    case MailWarningCode::InlineBlockIncomplete:
        return tr("The inline OpenPGP message was not decrypted: no complete armored block starts at the beginning "
                  "of a line.");
    case MailWarningCode::InlineNotDecryptable:
        return tr("The inline OpenPGP message could not be decrypted: %1").arg(a);
    case MailWarningCode::NoSignaturePart:
        return tr("The signed message has no signature part.");
    case MailWarningCode::SignatureNotChecked:
        return tr("The signature could not be checked: %1").arg(a);
    case MailWarningCode::PartlySigned:
        return tr("Only part of the message is signed; the other parts are not covered by the signature.");
    case MailWarningCode::InlineSignatureIncomplete:
        return tr("The text quotes an inline signature but holds no complete signed block at the beginning of a "
                  "line; nothing was checked.");
    case MailWarningCode::TextOutsideSignedBlock:
        return tr("Part of the text is outside the signed block and not covered by the signature.");
    case MailWarningCode::CheckedInDecryptingHome:
        return tr("The signature inside the encrypted message was checked in the GnuPG home that decrypted it, not "
                  "against the workspace keyring.");
    case MailWarningCode::SignatureProblem:
        return a;
    case MailWarningCode::UnknownTicket:
        return tr("The subject names ticket #%1, which does not exist; the message was imported as a new report and "
                  "can be attached to the right ticket later.")
            .arg(a);
    case MailWarningCode::Stored:
        return a;
    }
    return a;
}

QStringList warningTexts(const QList<MailWarning>& warnings)
{
    QStringList out;
    out.reserve(warnings.size());
    for (const MailWarning& warning : warnings)
        out.append(warning.text());
    return out;
}

bool hasWarning(const QList<MailWarning>& warnings, MailWarningCode code)
{
    return std::any_of(warnings.begin(), warnings.end(),
                       [code](const MailWarning& warning) { return warning.code() == code; });
}

} // namespace fb
