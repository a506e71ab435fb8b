// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/CorrespondencePanel.h"

#include "core/crypto/KeyringStore.h"
#include "core/mail/MessageTimeline.h"
#include "core/mail/MessageVerifier.h"
#include "core/mail/QuotedText.h"
#include "ui/job/JobRunner.h"
#include "ui/main/EmptyState.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace fb {

namespace {

QColor badgeColour(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::ValidTrusted:
        return StatusColours::text(Tone::Good);
    case SignatureStatus::ValidUntrusted:
    case SignatureStatus::KeyMissing:
    case SignatureStatus::KeyExpired:
    case SignatureStatus::SignatureExpired:
        return StatusColours::text(Tone::Caution);
    case SignatureStatus::Bad:
    case SignatureStatus::KeyRevoked:
    case SignatureStatus::Error:
        return StatusColours::text(Tone::Bad);
    case SignatureStatus::NotSigned:
        break;
    }
    return {};
}

QStyle::StandardPixmap badgeIcon(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::ValidTrusted:
        return QStyle::SP_DialogApplyButton;
    case SignatureStatus::Bad:
    case SignatureStatus::KeyRevoked:
    case SignatureStatus::Error:
        return QStyle::SP_MessageBoxCritical;
    case SignatureStatus::ValidUntrusted:
    case SignatureStatus::KeyMissing:
    case SignatureStatus::KeyExpired:
    case SignatureStatus::SignatureExpired:
        return QStyle::SP_MessageBoxWarning;
    case SignatureStatus::NotSigned:
        break;
    }
    return QStyle::SP_CustomBase;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

CorrespondencePanel::CorrespondencePanel(QWidget* parent)
    : QWidget(parent)
    , m_savePathPrompt([](QWidget* parentWidget, const QString& suggested) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Save attachment"), suggested);
    })
    , m_keyFilePrompt([](QWidget* parentWidget) {
        return QFileDialog::getOpenFileName(parentWidget, tr("Import the signer's public key"), QString(),
                                            tr("OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)"));
    })
{
    setObjectName(QStringLiteral("correspondencePanel"));
    m_job = new JobRunner(this);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("correspondenceStatusLabel"));
    m_status->setWordWrap(true);
    auto* statusRow = new QHBoxLayout();
    statusRow->addWidget(m_status, 1);
    m_importKey = new QPushButton(tr("Import key…"), this);
    m_importKey->setObjectName(QStringLiteral("importKeyButton"));
    m_importKey->setToolTip(tr("Import the signer's public key into the workspace keyring and check again"));
    m_importKey->hide();
    statusRow->addWidget(m_importKey, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("correspondenceTreeWidget"));
    EmptyState* noMail = EmptyState::over(m_list, QStringLiteral("correspondenceEmptyState"));
    noMail->setIcon(IconId::WriteMail);
    noMail->setMessage(tr("No messages yet"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("In/Out"), tr("Signature"), tr("Date"), tr("From"), tr("Subject")});
    // The trust columns come first, so that a narrow pane never scrolls them out of sight.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(FromColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(FromColumn, fontMetrics().averageCharWidth() * 22);
    m_list->header()->setStretchLastSection(true);

    auto* below = new QWidget(split);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    auto* textRow = new QHBoxLayout();
    m_showQuoted = new QCheckBox(tr("Show quoted text"), below);
    m_showQuoted->setObjectName(QStringLiteral("showQuotedCheckBox"));
    m_showQuoted->setToolTip(tr("Quoted lines of earlier messages are folded into one line; tick to read them."));
    m_openWindow = new QPushButton(tr("Open in window"), below);
    m_openWindow->setObjectName(QStringLiteral("openMessageButton"));
    m_openWindow->setToolTip(tr("Read the message in a window of its own (or double-click it in the list)."));
    m_openWindow->setEnabled(false);
    m_toTimeline = new QPushButton(tr("Add to timeline…"), below);
    m_toTimeline->setObjectName(QStringLiteral("messageToTimelineButton"));
    m_toTimeline->setToolTip(tr("Add an event for this message to the ticket's timeline: its date, subject and "
                                "sender."));
    m_toTimeline->setEnabled(false);
    textRow->addWidget(m_showQuoted);
    textRow->addStretch();
    textRow->addWidget(m_toTimeline);
    textRow->addWidget(m_openWindow);
    belowLayout->addLayout(textRow);
    m_text = new QPlainTextEdit(below);
    m_text->setObjectName(QStringLiteral("messageTextEdit"));
    m_text->setReadOnly(true);
    belowLayout->addWidget(m_text, 1);
    m_attachmentBox = new QWidget(below);
    auto* attachmentRow = new QHBoxLayout(m_attachmentBox);
    attachmentRow->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(m_attachmentBox);
    m_attachments->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_save = new QPushButton(tr("Save as…"), m_attachmentBox);
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_save->setEnabled(false);
    attachmentRow->addWidget(m_attachments, 1);
    attachmentRow->addWidget(m_save, 0, Qt::AlignTop);
    m_attachmentBox->hide(); // only for a message with attachments: the text gets the room
    belowLayout->addWidget(m_attachmentBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &CorrespondencePanel::showMessage);
    connect(m_list, &QTreeWidget::itemActivated, this, &CorrespondencePanel::openMessageWindow);
    connect(m_showQuoted, &QCheckBox::toggled, this, &CorrespondencePanel::showMessage);
    connect(m_openWindow, &QPushButton::clicked, this, &CorrespondencePanel::openMessageWindow);
    connect(m_toTimeline, &QPushButton::clicked, this, [this]() {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && row < m_messages.size())
            Q_EMIT addToTimeline(MessageTimeline::draft(m_messages.at(row)));
    });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this](int row) { m_save->setEnabled(row >= 0); });
    connect(m_save, &QPushButton::clicked, this, [this]() { saveAttachment(m_attachments->currentRow()); });
    connect(m_importKey, &QPushButton::clicked, this, &CorrespondencePanel::importKey);
    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { saveAttachment(m_attachments->row(item)); });
}

CorrespondencePanel::~CorrespondencePanel() = default;

void CorrespondencePanel::setSession(WorkspaceSession* session)
{
    m_session = session;
    showTicket(0);
}

void CorrespondencePanel::showTicket(qint64 ticketId)
{
    // Reloading the same ticket keeps the signature results it already has (checking costs a GnuPG run).
    const bool sameTicket = ticketId == m_ticketId && ticketId > 0;
    if (!sameTicket || !m_verifying) {
        m_job->drop(); // a running job answers for another ticket
        m_verifying = false;
    }
    QHash<qint64, VerificationResult> previous = sameTicket ? m_results : QHash<qint64, VerificationResult>();
    m_ticketId = ticketId;
    m_messages.clear();
    m_results.clear();
    m_status->clear();
    if (m_session && ticketId > 0) {
        auto messages = MailStore(m_session->vault()).messagesOf(ticketId, true);
        if (messages)
            m_messages = std::move(*messages);
        else
            m_status->setText(messages.error().message);
    }
    bool allKnown = true;
    for (const StoredMessage& stored : std::as_const(m_messages)) {
        if (stored.message.isSigned && !previous.contains(stored.id))
            allKnown = false;
    }
    if (allKnown)
        m_results = std::move(previous);
    fillRows();
    // No messages: the list's EmptyState says so (in a pane too small for more); this line says what to do.
    if (m_messages.isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("Import mail about it (File → Import mail files…) or write one (Write mail…)."));
    if (!allKnown && !m_verifying)
        startVerification();
}

void CorrespondencePanel::fillRows()
{
    m_list->clear();
    for (const StoredMessage& stored : std::as_const(m_messages)) {
        const ParsedMessage& m = stored.message;
        auto* item = new QTreeWidgetItem(m_list);
        const bool in = stored.direction == MailDirection::In;
        item->setText(DirectionColumn,
                      m.isEncrypted ? (in ? tr("In, encrypted") : tr("Out, encrypted")) : (in ? tr("In") : tr("Out")));
        const QDateTime when = m.date.isValid() ? m.date : stored.importedAt;
        item->setText(DateColumn, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(DateColumn, QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
        item->setText(FromColumn, m.from);
        item->setToolTip(FromColumn, tr("To: %1").arg(m.to));
        item->setText(SubjectColumn, m.subject);
        if (m.isEncrypted)
            item->setToolTip(DirectionColumn, tr("The message was encrypted; Firebreak has not decrypted it."));
        setBadge(m_list->topLevelItemCount() - 1);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    else
        showMessage();
}

void CorrespondencePanel::setBadge(int row)
{
    QTreeWidgetItem* item = m_list->topLevelItem(row);
    if (!item || row >= m_messages.size())
        return;
    const StoredMessage& stored = m_messages.at(row);
    QString text;
    QString tip;
    SignatureStatus status = SignatureStatus::NotSigned;
    if (!stored.message.isSigned) {
        VerificationResult none;
        text = shortLabel(SignatureStatus::NotSigned);
        tip = sentence(none);
    } else if (auto it = m_results.constFind(stored.id); it != m_results.constEnd()) {
        status = it->status;
        text = shortLabel(status);
        tip = sentence(*it) + QLatin1Char('\n') + guidance(status);
    } else if (m_verifying) {
        status = SignatureStatus::Error;
        //: a signature is being checked right now
        text = tr("Checking…");
        tip = tr("The signature is being checked against the workspace keyring.");
    } else {
        status = SignatureStatus::Error;
        text = shortLabel(SignatureStatus::Error);
        tip = tr("The message is signed; the signature has not been checked.");
    }
    item->setText(SignatureColumn, text);
    item->setToolTip(SignatureColumn, tip);
    // Colour backs the word up, never replaces it; unsigned and pending rows keep the palette's text colour.
    const QColor colour = m_results.contains(stored.id) ? badgeColour(status) : QColor();
    item->setData(SignatureColumn, Qt::ForegroundRole, colour.isValid() ? QVariant(colour) : QVariant());
    const QStyle::StandardPixmap icon = badgeIcon(status);
    item->setIcon(SignatureColumn, icon == QStyle::SP_CustomBase || !m_results.contains(stored.id)
                                       ? QIcon()
                                       : style()->standardIcon(icon));
}

QString CorrespondencePanel::messageText(int row, bool folded) const
{
    const ParsedMessage& m = m_messages.at(row).message;
    QString header = tr("From: %1").arg(m.from) + QLatin1Char('\n') + tr("To: %1").arg(m.to) + QLatin1Char('\n');
    if (!m.cc.isEmpty())
        header += tr("Cc: %1").arg(m.cc) + QLatin1Char('\n');
    header +=
        tr("Date: %1")
            .arg(m.date.isValid() ? QLocale().toString(m.date.toLocalTime(), QLocale::LongFormat) : tr("unknown")) +
        QLatin1Char('\n') + tr("Subject: %1").arg(m.subject) + QLatin1Char('\n');
    for (const MailWarning& warning : m.warnings)
        header += tr("Warning: %1").arg(warning.text()) + QLatin1Char('\n');
    if (m.bodyFromHtml)
        header += tr("(The message came as HTML; shown as text, without its links' targets, images and scripts.)") +
                  QLatin1Char('\n');
    return header + QLatin1Char('\n') + (folded ? QuotedText::folded(m.body) : m.body);
}

void CorrespondencePanel::showMessage()
{
    updateKeyAction();
    m_attachments->clear();
    m_save->setEnabled(false);
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_openWindow->setEnabled(row >= 0 && row < m_messages.size());
    m_toTimeline->setEnabled(row >= 0 && row < m_messages.size());
    if (row < 0 || row >= m_messages.size()) {
        m_text->clear();
        m_attachmentBox->hide();
        return;
    }
    m_text->setPlainText(messageText(row, !m_showQuoted->isChecked()));
    m_text->moveCursor(QTextCursor::Start);
    m_text->verticalScrollBar()->setValue(0);
    // What the sender attached first; the OpenPGP parts (a signature checked above, a key) after them, marked.
    const QList<MailAttachment>& attachments = m_messages.at(row).message.attachments;
    for (bool openPgp : {false, true}) {
        for (qsizetype i = 0; i < attachments.size(); ++i) {
            const MailAttachment& attachment = attachments.at(i);
            if (attachment.isOpenPgpPart() != openPgp)
                continue;
            const QString name = attachment.name.isEmpty() ? tr("(unnamed)") : attachment.name;
            const QString text = openPgp
                                     ? tr("OpenPGP part, not an attachment: %1 (%2)").arg(name, attachment.mimeType)
                                     : tr("%1 (%2, %3)").arg(name, attachment.mimeType, sizeText(attachment.size()));
            auto* item = new QListWidgetItem(text, m_attachments);
            item->setData(Qt::UserRole, int(i));
            item->setToolTip(tr("SHA-256 %1").arg(QString::fromLatin1(attachment.sha256.toHex())));
            if (openPgp) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
        }
    }
    m_attachmentBox->setVisible(m_attachments->count() > 0);
    if (m_attachments->count() > 0) {
        // As tall as its rows (up to four, then it scrolls): the message text keeps the rest.
        const int rows = std::min(m_attachments->count(), 4);
        m_attachments->setFixedHeight(m_attachments->sizeHintForRow(0) * rows + 2 * m_attachments->frameWidth() + 2);
    }
}

void CorrespondencePanel::openMessageWindow()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_messages.size())
        return;
    auto* window = new QDialog(this);
    window->setObjectName(QStringLiteral("messageReaderDialog"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(m_messages.at(row).message.subject.isEmpty() ? tr("Message")
                                                                        : m_messages.at(row).message.subject);
    auto* layout = new QVBoxLayout(window);
    auto* text = new QPlainTextEdit(window);
    text->setObjectName(QStringLiteral("messageReaderText"));
    text->setReadOnly(true);
    text->setPlainText(messageText(row, false));
    layout->addWidget(text);
    window->resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 40);
    window->show();
}

bool CorrespondencePanel::saveAttachment(int index)
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_messages.size())
        return false;
    const QList<MailAttachment>& attachments = m_messages.at(row).message.attachments;
    const QListWidgetItem* item = m_attachments->item(index);
    const int at = item ? item->data(Qt::UserRole).toInt() : -1;
    if (at < 0 || at >= attachments.size())
        return false;
    const MailAttachment& attachment = attachments.at(at);
    const QString path = m_savePathPrompt(this, attachment.name);
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(attachment.content) != attachment.size()) {
        m_status->setText(tr("Cannot save the attachment to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    return true;
}

void CorrespondencePanel::updateKeyAction()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    bool missing = false;
    if (row >= 0 && row < m_messages.size()) {
        auto it = m_results.constFind(m_messages.at(row).id);
        missing = it != m_results.constEnd() && it->status == SignatureStatus::KeyMissing;
    }
    m_importKey->setVisible(missing && !m_verifying);
}

void CorrespondencePanel::importKey()
{
    if (!m_session || m_verifying)
        return;
    const QString path = m_keyFilePrompt(this);
    if (path.isEmpty())
        return;
    constexpr qint64 kMaxKeyFileBytes = 1024 * 1024;
    QFile file(path);
    if (file.size() > kMaxKeyFileBytes) {
        m_status->setText(tr("%1 is too large for a key file.").arg(path));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray keys = file.readAll();
    const FixedClock clock(m_session->clock().nowUtc());
    const QString source = tr("file %1").arg(QFileInfo(path).fileName());
    m_verifying = true;
    m_importKey->hide();
    m_status->setText(tr("Importing the key…"));
    m_job->start<QStringList>(
        m_session->vault(),
        [clock, keys, source](Vault& vault, JobControl&) { return KeyringStore(vault, clock).addKeys(keys, source); },
        [this](Result<QStringList> imported) {
            m_verifying = false;
            if (!imported) {
                m_status->setText(imported.error().message);
                updateKeyAction();
                return;
            }
            QStringList grouped;
            for (const QString& fingerprint : std::as_const(*imported))
                grouped.append(groupedFingerprint(fingerprint));
            m_status->setText(tr("Imported into the workspace keyring: %1. Compare the fingerprint with the sender "
                                 "through another channel.")
                                  .arg(grouped.join(QStringLiteral(", "))));
            m_results.clear();
            startVerification();
        });
}

QString CorrespondencePanel::statusText() const
{
    return m_status->text();
}

int CorrespondencePanel::messageCount() const
{
    return m_messages.size();
}

QString CorrespondencePanel::badgeText(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->text(SignatureColumn) : QString();
}

QString CorrespondencePanel::badgeToolTip(int row) const
{
    const QTreeWidgetItem* item = m_list->topLevelItem(row);
    return item ? item->toolTip(SignatureColumn) : QString();
}

void CorrespondencePanel::startVerification()
{
    bool anySigned = false;
    for (const StoredMessage& stored : std::as_const(m_messages))
        anySigned = anySigned || stored.message.isSigned;
    if (!anySigned || !m_session)
        return;
    m_verifying = true;
    for (int row = 0; row < m_messages.size(); ++row)
        setBadge(row);
    // The worker uses its own connection alone and closes it when done.
    // The job keeps its own clock: it may outlive the widget, the session and the clock they use.
    const FixedClock clock(m_session->clock().nowUtc());
    const qint64 ticketId = m_ticketId;
    m_job->start<QHash<qint64, VerificationResult>>(
        m_session->vault(),
        [clock, ticketId](Vault& vault, JobControl& job) {
            return MessageVerifier::verifyTicket(vault, clock, ticketId, job);
        },
        [this](Result<QHash<qint64, VerificationResult>> result) {
            m_verifying = false;
            if (result)
                m_results = *result;
            else
                m_status->setText(tr("The signatures could not be checked: %1").arg(result.error().message));
            for (int row = 0; row < m_messages.size(); ++row)
                setBadge(row);
            updateKeyAction();
        });
}

} // namespace fb
