// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MessageTimeline.h"

#include "core/tickets/TimelineStore.h"

namespace fb {

NewTimelineEvent MessageTimeline::draft(const StoredMessage& stored)
{
    const ParsedMessage& m = stored.message;
    NewTimelineEvent event;
    event.occurredAt = m.date.isValid() ? m.date.toUTC() : stored.importedAt.toUTC();
    const QString subject = m.subject.simplified();
    event.title = (subject.isEmpty() ? tr("Mail without a subject") : subject).left(TimelineStore::kMaxTitleLength);
    const QString sender = m.fromAddress.isEmpty() ? m.from.simplified() : m.fromAddress;
    event.source =
        (stored.direction == MailDirection::In
             ? (sender.isEmpty() ? tr("mail #%1").arg(stored.id) : tr("mail #%1 from %2").arg(stored.id).arg(sender))
             : tr("mail #%1 sent").arg(stored.id))
            .left(TimelineStore::kMaxSourceLength);
    event.raw = m.body.left(TimelineStore::kMaxTextLength);
    event.messageId = stored.id;
    return event;
}

} // namespace fb
