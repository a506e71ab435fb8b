// SPDX-License-Identifier: GPL-3.0-or-later
// TicketEvidence: a file attached to a ticket as evidence, as the workspace keeps it: name, size, SHA-256, media
// type, description, who added it and when, and who removed it and when (a removed file keeps this row; its content
// is gone).
#pragma once

#include <QDateTime>
#include <QString>

namespace fb {

struct NewEvidence
{
    QString name; // the file's name, without a folder
    QString mediaType;
    QString description;
};

struct TicketEvidence
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString name;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QString mediaType;
    QString description;
    QDateTime addedAt;
    QString addedBy;
    QDateTime removedAt; // invalid while the file is kept
    QString removedBy;

    bool removed() const { return removedAt.isValid(); }
};

} // namespace fb
