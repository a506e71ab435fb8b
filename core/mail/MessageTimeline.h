// SPDX-License-Identifier: GPL-3.0-or-later
// MessageTimeline: the timeline event a stored message suggests ("add to timeline"): when it was sent (imported
// when it has no date), its subject as what, "mail #id from sender" as source, its body as raw data, linked to it.
// The GUI's dialog and `timeline add --message` both start from this draft.
#pragma once

#include "core/mail/MailStore.h"
#include "core/tickets/TimelineEvent.h"

#include <QCoreApplication>

namespace fb {

class MessageTimeline
{
    Q_DECLARE_TR_FUNCTIONS(fb::MessageTimeline)

public:
    static NewTimelineEvent draft(const StoredMessage& message);
};

} // namespace fb
