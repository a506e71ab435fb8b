// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/WorklogPanel.h"

#include "core/history/HistoryPhrasing.h"
#include "core/mail/MailStore.h"
#include "ui/main/EmptyState.h"
#include "ui/main/Shortcuts.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb {

namespace {

enum Column { WhenColumn, WhoColumn, WhatColumn };
constexpr int kKindRole = Qt::UserRole;
constexpr int kTextRole = Qt::UserRole + 1;

struct Entry
{
    QDateTime at;
    WorklogPanel::EntryKind kind;
    QString who;
    QString what;
    QString text; // shown below when selected
};

QString commentHint()
{
    return WorklogPanel::tr("Internal comment for the team — never mailed. %1 adds it.")
        .arg(Shortcuts::text(ShortcutId::AddComment));
}

} // namespace

WorklogPanel::WorklogPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout();
    filters->addWidget(new QLabel(tr("Show:"), this));
    m_showComments = new QCheckBox(tr("Comments"), this);
    m_showComments->setObjectName(QStringLiteral("worklogCommentsCheckBox"));
    m_showMail = new QCheckBox(tr("Mail"), this);
    m_showMail->setObjectName(QStringLiteral("worklogMailCheckBox"));
    m_showChanges = new QCheckBox(tr("Changes"), this);
    m_showChanges->setObjectName(QStringLiteral("worklogChangesCheckBox"));
    for (QCheckBox* box : {m_showComments, m_showMail, m_showChanges}) {
        box->setChecked(true);
        filters->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WorklogPanel::applyFilter);
    }
    filters->addStretch();
    layout->addLayout(filters);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_timeline = new QTreeWidget(split);
    m_timeline->setObjectName(QStringLiteral("worklogTreeWidget"));
    EmptyState* noEntries = EmptyState::over(m_timeline, QStringLiteral("worklogEmptyState"));
    noEntries->setIcon(IconId::EditText);
    noEntries->setMessage(tr("Nothing logged yet"),
                          tr("Comments and changes to this ticket show here; write a comment below."));
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(WhoColumn, QHeaderView::ResizeToContents);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("worklogDetailText"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select an entry to read it whole."));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("worklogCommentEdit"));
    m_comment->setPlaceholderText(commentHint());
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_comment);
    auto* row = new QHBoxLayout();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("worklogErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_add = new QPushButton(tr("Add comment"), this);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_add->setEnabled(false);
    row->addWidget(m_error, 1);
    row->addStretch();
    row->addWidget(m_add);
    layout->addLayout(row);

    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &WorklogPanel::showSelected);
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(WhenColumn, kKindRole).toInt() == int(EntryKind::Mail))
            Q_EMIT openCorrespondence();
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this]() {
        m_error->hide(); // the cause of a refusal may be fixed now
        m_add->setEnabled(m_id != 0 && m_comment->isEnabled() && !m_comment->toPlainText().trimmed().isEmpty());
    });
    connect(m_add, &QPushButton::clicked, this, &WorklogPanel::addComment);
    for (const QKeySequence& keys : Shortcuts::keys(ShortcutId::AddComment)) {
        auto* shortcut = new QShortcut(keys, m_comment);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &WorklogPanel::addComment);
    }
    m_add->setToolTip(Shortcuts::text(ShortcutId::AddComment));
}

void WorklogPanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    showTicket(0, false);
    m_drafts.clear();
    m_comment->clear();
}

void WorklogPanel::showTicket(qint64 ticketId, bool writable)
{
    const qint64 id = m_session ? ticketId : 0;
    if (id != m_id) {
        // A comment being written stays with its ticket until it is added.
        if (m_id != 0) {
            const QString draft = m_comment->toPlainText();
            if (draft.trimmed().isEmpty())
                m_drafts.remove(m_id);
            else
                m_drafts.insert(m_id, draft);
        }
        m_comment->setPlainText(m_drafts.value(id));
        m_error->hide();
    }
    m_id = id;
    m_comment->setEnabled(m_id != 0 && writable);
    m_comment->setPlaceholderText(m_id != 0 && !writable ? tr("This ticket was merged into another one; comment there.")
                                                         : commentHint());
    m_add->setEnabled(m_comment->isEnabled() && !m_comment->toPlainText().trimmed().isEmpty());
    reload();
}

void WorklogPanel::reload()
{
    m_timeline->clear();
    m_detail->clear();
    m_comments = 0;
    if (!m_session || m_id == 0)
        return;
    QList<Entry> entries;
    QStringList problems;
    if (auto history = m_session->tickets().history().forTicket(m_id)) {
        for (const HistoryEntry& e : std::as_const(*history)) {
            // Comments and mail have rows of their own, below.
            if (e.action == QLatin1String("comment") || e.action == QLatin1String("mail"))
                continue;
            // The sentence to read, then the entry as the history chain holds it (for the audit-minded).
            const QString sentence = HistoryPhrasing::sentence(e);
            entries.append({e.at, EntryKind::Change, e.actor, sentence,
                            tr("%1\n\nAs recorded: %2").arg(sentence, HistoryPhrasing::raw(e))});
        }
    } else {
        problems.append(history.error().message);
    }
    if (auto messages = MailStore(m_session->vault()).messagesOf(m_id, false)) {
        for (const StoredMessage& stored : std::as_const(*messages)) {
            const ParsedMessage& m = stored.message;
            const bool in = stored.direction == MailDirection::In;
            const QString what =
                in ? tr("Mail from %1: %2").arg(m.from, m.subject) : tr("Mail to %1: %2").arg(m.to, m.subject);
            const QString text = tr("From: %1\nTo: %2\nSubject: %3\n\n%4").arg(m.from, m.to, m.subject, m.body);
            // Received mail is placed when it arrived here; the Date header can be anything the sender wrote.
            entries.append({in ? stored.importedAt : (m.date.isValid() ? m.date : stored.importedAt), EntryKind::Mail,
                            in ? m.fromAddress : QString(), what, text});
        }
    } else {
        problems.append(messages.error().message);
    }
    if (auto comments = m_session->comments().comments(m_id)) {
        for (const TicketComment& c : std::as_const(*comments))
            entries.append({c.at, EntryKind::Comment, c.author, tr("Comment: %1").arg(c.body.simplified()), c.body});
        m_comments = int(comments->size());
    } else {
        problems.append(comments.error().message);
    }
    // At the same time: the change first (a ticket is created by its mail), then the mail, then comments.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at < b.at; });

    QFont bold = m_timeline->font();
    bold.setBold(true);
    for (const Entry& e : std::as_const(entries)) {
        auto* item = new QTreeWidgetItem(m_timeline,
                                         {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.who, e.what});
        item->setData(WhenColumn, kKindRole, int(e.kind));
        item->setData(WhenColumn, kTextRole, e.text);
        item->setToolTip(WhenColumn, QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat));
        if (e.kind == EntryKind::Comment)
            item->setFont(WhatColumn, bold);
    }
    if (!problems.isEmpty()) {
        m_error->setText(problems.join(QLatin1Char('\n')));
        m_error->show();
    }
    applyFilter();
    // The newest entry is the one a handler coming back to the ticket wants.
    for (int i = m_timeline->topLevelItemCount() - 1; i >= 0; --i) {
        if (!m_timeline->topLevelItem(i)->isHidden()) {
            m_timeline->setCurrentItem(m_timeline->topLevelItem(i));
            m_timeline->scrollToItem(m_timeline->topLevelItem(i));
            break;
        }
    }
}

void WorklogPanel::applyFilter()
{
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_timeline->topLevelItem(i);
        const auto kind = EntryKind(item->data(WhenColumn, kKindRole).toInt());
        const QCheckBox* box = kind == EntryKind::Comment ? m_showComments
                               : kind == EntryKind::Mail  ? m_showMail
                                                          : m_showChanges;
        item->setHidden(!box->isChecked());
    }
}

void WorklogPanel::showSelected()
{
    const QTreeWidgetItem* item = m_timeline->currentItem();
    m_detail->setPlainText(item && !item->isHidden() ? item->data(WhenColumn, kTextRole).toString() : QString());
}

bool WorklogPanel::addComment()
{
    if (!m_session || m_id == 0 || !m_comment->isEnabled())
        return false;
    auto added = m_session->comments().addComment(m_id, m_comment->toPlainText());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return false;
    }
    m_comment->clear();
    m_showComments->setChecked(true);
    reload();
    Q_EMIT changed(m_id);
    return true;
}

int WorklogPanel::entryCount() const
{
    return m_timeline->topLevelItemCount();
}

} // namespace fb
