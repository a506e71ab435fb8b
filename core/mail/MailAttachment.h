// SPDX-License-Identifier: GPL-3.0-or-later
// MailAttachment: one attached file of a message, decoded, with its digest.
#pragma once

#include <QByteArray>
#include <QString>

namespace fb {

struct MailAttachment
{
    QString name;     // decoded file name (RFC 2231 / RFC 2047); may be empty
    QString mimeType; // lower-case "type/subtype"
    QByteArray content;
    QByteArray sha256; // raw 32 bytes of SHA-256(content)

    qint64 size() const { return content.size(); }
    // text/* and the textual report types: searched for observables.
    bool isText() const;
    // An OpenPGP signature, key or encryption-control part (signature.asc, a sent key): shown apart from the
    // attachments a person sent.
    bool isOpenPgpPart() const;
};

} // namespace fb
