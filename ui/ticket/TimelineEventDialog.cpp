// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/TimelineEventDialog.h"

#include "core/tickets/TimelineStore.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fb {

namespace {

QDateTimeEdit* timeEdit(const QDateTime& at, const char* name, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(at.toLocalTime(), parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

TimelineEventDialog::TimelineEventDialog(const NewTimelineEvent& draft, bool editing, QWidget* parent)
    : QDialog(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("timelineEventDialog"));
    setWindowTitle(editing ? tr("Change timeline event") : tr("Add timeline event"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    const QDateTime at = draft.occurredAt.isValid() ? draft.occurredAt : QDateTime::currentDateTimeUtc();
    m_at = timeEdit(at, "timelineAtDateTimeEdit", this);
    form->addRow(tr("&When:"), m_at);
    auto* endRow = new QHBoxLayout();
    m_hasEnd = new QCheckBox(tr("&Until"), this);
    m_hasEnd->setObjectName(QStringLiteral("timelineEndCheckBox"));
    m_end = timeEdit(draft.endedAt.isValid() ? draft.endedAt : at, "timelineEndDateTimeEdit", this);
    m_hasEnd->setChecked(draft.endedAt.isValid());
    m_end->setEnabled(draft.endedAt.isValid());
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    form->addRow(tr("Ends:"), endRow);
    m_what = new QLineEdit(draft.title, this);
    m_what->setObjectName(QStringLiteral("timelineWhatLineEdit"));
    m_what->setMaxLength(int(TimelineStore::kMaxTitleLength));
    m_what->setPlaceholderText(tr("What happened, in one line"));
    form->addRow(tr("W&hat:"), m_what);
    m_source = new QLineEdit(draft.source, this);
    m_source->setObjectName(QStringLiteral("timelineSourceLineEdit"));
    m_source->setMaxLength(int(TimelineStore::kMaxSourceLength));
    m_source->setPlaceholderText(tr("firewall log, mail #12, by hand…"));
    form->addRow(tr("&Source:"), m_source);
    m_description = new QPlainTextEdit(draft.description, this);
    m_description->setObjectName(QStringLiteral("timelineDescriptionTextEdit"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_raw = new QPlainTextEdit(draft.raw, this);
    m_raw->setObjectName(QStringLiteral("timelineRawTextEdit"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTabChangesFocus(true);
    m_raw->setPlaceholderText(tr("The log line or text this rests on; observables in it are added to the ticket."));
    form->addRow(tr("&Raw data:"), m_raw);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("timelineEventErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimelineEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TimelineEventDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    resize(560, 460);
}

NewTimelineEvent TimelineEventDialog::event() const
{
    NewTimelineEvent event = m_draft;
    event.occurredAt = m_at->dateTime().toUTC();
    event.endedAt = m_hasEnd->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    event.title = m_what->text();
    event.source = m_source->text();
    event.description = m_description->toPlainText();
    event.raw = m_raw->toPlainText();
    return event;
}

void TimelineEventDialog::accept()
{
    const auto checked = TimelineStore::checked(event());
    if (!checked) {
        m_error->setText(checked.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

std::optional<NewTimelineEvent> TimelineEventDialog::ask(QWidget* parent, const NewTimelineEvent& draft, bool editing)
{
    TimelineEventDialog dialog(draft, editing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.event();
}

} // namespace fb
