// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ticket/ReplyAllDialog.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailKeys.h"
#include "ui/job/JobRunner.h"
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace fb {

ReplyAllDialog::ReplyAllDialog(WorkspaceSession& session, qint64 incidentId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
{
    setObjectName(QStringLiteral("replyAllDialog"));
    setWindowTitle(tr("Reply to all reporters of incident %1").arg(incidentId));
    m_listJob = new JobRunner(this);
    m_writeJob = new JobRunner(this);

    auto* listLabel =
        new QLabel(tr("&Reporters (one reply each, on their newest report; untick to leave one out):"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportersListWidget"));
    listLabel->setBuddy(m_list);
    auto* textLabel = new QLabel(
        tr("&Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} and {team} are filled in for each reporter; the "
           "answered message is quoted below):"),
        this);
    textLabel->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("replyTextEdit"));
    textLabel->setBuddy(m_text);
    m_sign = new QCheckBox(tr("&Sign with the team key"), this);
    m_sign->setObjectName(QStringLiteral("signCheckBox"));
    if (auto key = OwnTeam(session.vault()).signingKey(); key && !key->isEmpty())
        m_signKey = *key;
    m_sign->setChecked(!m_signKey.isEmpty());
    m_sign->setEnabled(!m_signKey.isEmpty());
    if (m_signKey.isEmpty())
        m_sign->setToolTip(tr("There is no team key: choose one in Settings to sign."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replyAllStatusLabel"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_write = buttons->addButton(tr("&Write replies"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("writeRepliesButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("replyAllCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_sign);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_write, &QPushButton::clicked, this, &ReplyAllDialog::write);
    connect(cancel, &QPushButton::clicked, this, &ReplyAllDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ReplyAllDialog::updateButtons);

    if (auto text = ReporterReplies(session.change()).defaultText())
        m_text->setPlainText(*text);
    resize(720, 600);
    listReporters();
}

ReplyAllDialog::~ReplyAllDialog() = default;

bool ReplyAllDialog::isBusy() const
{
    return m_listJob->isRunning() || m_writeJob->isRunning();
}

void ReplyAllDialog::listReporters()
{
    // The job keeps its own clock: it may outlive the dialog and the session's clock.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const qint64 incident = m_incidentId;
    showStatus(tr("Finding the reporters and their keys…"));
    m_listJob->start<QList<ReporterReply>>(
        m_session.vault(),
        [clock, actor, incident](Vault& vault, JobControl&) -> Result<QList<ReporterReply>> {
            FB_TRY_ASSIGN(auto keys, KeyringStore(vault, clock).keys());
            return ReporterReplies(ChangeContext{vault, clock, actor}).reporters(incident, keys);
        },
        [this](Result<QList<ReporterReply>> found) {
            if (!found) {
                if (found.error().code != ErrorCode::Cancelled)
                    showStatus(found.error().message, true);
                updateButtons();
                return;
            }
            m_reporters = *found;
            showReporters();
        });
    updateButtons();
}

void ReplyAllDialog::showReporters()
{
    m_list->clear();
    for (const ReporterReply& r : std::as_const(m_reporters)) {
        QStringList reports{QStringLiteral("#%1").arg(r.reportId)};
        for (qint64 other : r.otherReports)
            reports.append(QStringLiteral("#%1").arg(other));
        const QString protection =
            r.encrypt ? tr("encrypted") : tr("not encrypted (key: %1)").arg(MailKeys::statusText(r.key.status));
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, r.address);
        if (r.refused) {
            item->setText(tr("%1 — reports %2 — refused: %3").arg(r.to, reports.join(QStringLiteral(", ")), r.refusal));
            item->setFlags(Qt::ItemIsEnabled);
            item->setForeground(StatusColours::text(Tone::Bad));
            item->setToolTip(r.refusal);
        } else {
            item->setText(tr("%1 — reports %2 — %3").arg(r.to, reports.join(QStringLiteral(", ")), protection));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    showStatus(m_reporters.isEmpty() ? tr("Incident #%1 has no reporter with an address.").arg(m_incidentId)
                                     : QString(),
               m_reporters.isEmpty());
    updateButtons();
}

void ReplyAllDialog::setIncluded(const QString& address, bool included)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->data(Qt::UserRole).toString() == address && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ReplyAllDialog::excluded() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() != Qt::Checked)
            out.append(item->data(Qt::UserRole).toString());
    }
    return out;
}

void ReplyAllDialog::write()
{
    if (isBusy())
        return;
    auto mails = ReporterReplies(m_session.change())
                     .mails(m_incidentId, m_reporters, excluded(), m_text->toPlainText(),
                            m_sign->isChecked() ? m_signKey : QString());
    if (!mails)
        return showStatus(mails.error().message, true);
    bool needsKeys = m_sign->isChecked();
    for (const OutgoingMail& m : std::as_const(*mails))
        needsKeys = needsKeys || m.encrypt;
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    const PassphraseCallback keyPassphrase = KeyPassphrasePrompt::callback(this);
    const QList<OutgoingMail> toSend = *mails;
    showStatus(tr("Writing %n reply(ies)…", nullptr, int(toSend.size())));
    m_writeJob->start<QList<ParsedMessage>>(
        m_session.vault(),
        [clock, actor, toSend, needsKeys, keyPassphrase](Vault& vault,
                                                         JobControl& control) -> Result<QList<ParsedMessage>> {
            ReporterReplies replies(ChangeContext{vault, clock, actor});
            std::unique_ptr<MailKeys> keys;
            if (needsKeys) {
                FB_TRY_ASSIGN(auto made, MailKeys::forWorkspace(vault, clock, keyPassphrase));
                keys = std::move(made);
                replies.setKeys(keys.get());
            }
            return replies.send(toSend, control);
        },
        [this, toSend](Result<QList<ParsedMessage>> sent) {
            updateButtons();
            if (!sent) {
                showStatus(sent.error().code == ErrorCode::Cancelled ? tr("Cancelled: no reply was stored.")
                                                                     : sent.error().message,
                           sent.error().code != ErrorCode::Cancelled);
                return;
            }
            QList<qint64> reports;
            for (const OutgoingMail& m : toSend)
                reports.append(m.ticketId);
            Q_EMIT repliesStored(reports);
            accept();
        });
    updateButtons();
}

void ReplyAllDialog::showStatus(const QString& text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? StatusColours::labelStyle(Tone::Bad) : QString());
    m_status->setVisible(!text.isEmpty());
}

void ReplyAllDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        any = any || ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked);
    }
    m_write->setEnabled(!isBusy() && any);
}

QString ReplyAllDialog::statusText() const
{
    return m_status->text();
}

} // namespace fb
