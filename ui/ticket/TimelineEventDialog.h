// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineEventDialog: an event's fields to add or change — when (and until when), what, source, description and
// raw data; times are entered in local time and kept in UTC. Core's checks run on OK; a refusal is shown in the
// dialog, which stays open.
#pragma once

#include "core/tickets/TimelineEvent.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fb {

class TimelineEventDialog : public QDialog
{
    Q_OBJECT

public:
    TimelineEventDialog(const NewTimelineEvent& draft, bool editing, QWidget* parent = nullptr);

    // The event as entered (the links of the draft kept).
    NewTimelineEvent event() const;
    // Asks; nullopt when cancelled.
    static std::optional<NewTimelineEvent> ask(QWidget* parent, const NewTimelineEvent& draft, bool editing);

    void accept() override;

private:
    NewTimelineEvent m_draft;
    QDateTimeEdit* m_at = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QLineEdit* m_what = nullptr;
    QLineEdit* m_source = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
