// SPDX-License-Identifier: GPL-3.0-or-later
// MailWarning: one thing that was wrong with a mail message, as a code and its arguments; the sentence for
// people is made from them in one place (text()), so code and tests compare codes, not English sentences.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb {

enum class MailWarningCode {
    // GMime's parser (GMimeParserWarning); argument: the item it names, where it names one.
    DuplicatedHeader,
    DuplicatedParameter,
    Unencoded8BitHeader,
    InvalidContentType,
    InvalidEncodedWord,
    MultipartWithoutParts,
    TruncatedMessage,
    MalformedMessage,
    InvalidHeaderName,
    ConflictingHeader,
    ConflictingParameter,
    MultipartWithoutBoundary,
    InvalidParameter,
    InvalidAddressList,
    NestingOverflow,
    PartWithoutContent,
    PartWithoutHeadersOrContent,
    OtherParserProblem, // the GMime code as a number
    // MessageParser
    NestedTooDeeply,          // the nesting limit
    HeaderValueCut,           // field, length, the length kept
    HeaderBomb,               // the number of header fields
    XarfReportRejected,       // attachment name, the reason
    ArfReportRejected,        // the reason (a complete sentence)
    XarfAnnouncedWithoutJson, // Feedback-Type: xarf without a readable X-ARF JSON part
    XarfAnnouncedWithoutPart, // X-ARF: YES without a report part
    NotDecrypted,             // an encrypted message the parser leaves alone
    InlineNotDecrypted,       // inline OpenPGP encrypted text the parser leaves alone
    // MailReader
    MailboxTruncated,
    // MailCrypto
    KeysNotPrepared,              // the reason
    AttachmentNotDecrypted,       // attachment name, the reason
    AttachmentTooLarge,           // attachment name, size in MB
    AttachmentSignatureUnchecked, // attachment name
    NoEncryptedPart,
    MessageNotDecrypted, // the reason
    DecryptedNotMime,
    InlineBlockIncomplete,
    InlineNotDecryptable, // the reason
    NoSignaturePart,
    SignatureNotChecked, // the reason
    PartlySigned,
    InlineSignatureIncomplete,
    TextOutsideSignedBlock,
    CheckedInDecryptingHome,
    SignatureProblem, // the signature sentence (SignatureText::sentence), for statuses other than good
    // MailImporter
    UnknownTicket, // the ticket number named by the subject
    // Read back from the workspace, which keeps the text (argument) as it was shown then.
    Stored,
};

class MailWarning
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailWarning)

public:
    MailWarning() = default;
    MailWarning(MailWarningCode code, QStringList args = {})
        : m_code(code)
        , m_args(std::move(args))
    {
    }
    // A warning stored as text: code Stored, the text its argument.
    static MailWarning stored(const QString& text);

    MailWarningCode code() const { return m_code; }
    const QStringList& args() const { return m_args; }
    // The sentence for people, in the current language.
    QString text() const;

    friend bool operator==(const MailWarning& a, const MailWarning& b)
    {
        return a.m_code == b.m_code && a.m_args == b.m_args;
    }

private:
    MailWarningCode m_code = MailWarningCode::Stored;
    QStringList m_args;
};

// The sentences of several warnings, in order.
QStringList warningTexts(const QList<MailWarning>& warnings);
// Whether a list holds a warning with this code.
bool hasWarning(const QList<MailWarning>& warnings, MailWarningCode code);

} // namespace fb
