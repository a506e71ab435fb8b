// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/mail/ComposerDialog.h"

#include "core/crypto/KeyringStore.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/directory/TeamFields.h"
#include "core/mail/MailComposer.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailReply.h"
#include "core/mail/MailStore.h"
#include "core/mail/MailTemplates.h"
#include "core/taxonomy/Tlp.h"
#include "ui/job/JobRunner.h"
#include "ui/main/StatusColours.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <memory>

namespace fb {

ComposerDialog::ComposerDialog(WorkspaceSession& session, qint64 ticketId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ticketId(ticketId)
    , m_savePathPrompt([](QWidget* parentWidget, const QString& suggested) {
        return QFileDialog::getSaveFileName(parentWidget, tr("Save message"), suggested, tr("Mail message (*.eml)"));
    })
{
    setObjectName(QStringLiteral("composerDialog"));
    m_keysJob = new JobRunner(this);
    m_composeJob = new JobRunner(this);
    setWindowTitle(tr("Write mail for ticket %1").arg(ticketId));
    m_teamName = tr("the incident response team");
    OwnTeam own(session.vault());
    if (auto team = own.team(); team && *team) {
        m_teamName = (*team)->displayName();
        m_ownTeamId = (*team)->id;
        const QString address = TeamFields::incidentAddress(**team);
        if (!address.isEmpty())
            m_from = tr("%1 <%2>").arg(m_teamName, address);
        for (const Channel& channel : std::as_const((*team)->channels)) {
            if (channel.kind == ChannelKind::Email)
                m_ownAddresses.append(MailReply::addressOf(channel.value));
        }
    }
    if (auto key = own.signingKey())
        m_signKey = *key;
    QString tag = QStringLiteral("FIREBREAK");
    if (auto stored = MailStore(session.vault()).subjectTag())
        tag = *stored;
    m_ticketRef = QStringLiteral("[%1 #%2]").arg(tag).arg(ticketId);
    buildRecipients();
    buildForm();
    listKeys();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::buildRecipients()
{
    TicketRepository& store = m_session.tickets();
    TicketWorkflow& workflow = m_session.workflow();
    auto ticket = store.get(m_ticketId);
    if (!ticket)
        return;
    m_ticketTitle = ticket->title;
    m_ticketTlp = ticket->tlp;
    addReplyRecipient(*ticket);
    MailReply reply(m_session.vault(), m_session.clock());
    // Investigations: this ticket's own, or those of the incidents it belongs to.
    QList<qint64> incidents;
    if (ticket->kind == TicketKind::Incident)
        incidents.append(m_ticketId);
    else if (auto parents = workflow.incidentsOf(m_ticketId))
        incidents = *parents;
    for (qint64 incident : std::as_const(incidents)) {
        auto children = workflow.childrenOf(incident);
        if (!children)
            continue;
        for (qint64 child : std::as_const(*children)) {
            auto investigation = store.get(child);
            if (!investigation || investigation->kind != TicketKind::Investigation ||
                investigation->reporter.isEmpty() || isOwnAddress(investigation->reporter))
                continue;
            m_recipients.append({tr("Investigation #%1: %2").arg(child).arg(investigation->reporter),
                                 investigation->reporter,
                                 QStringLiteral("investigation-request"),
                                 reply.displayName(investigation->reporter).value_or(QString()),
                                 std::nullopt,
                                 {}});
        }
    }
    TeamReader directory(m_session.vault());
    if (auto teams = directory.teams()) {
        for (const Team& team : std::as_const(*teams)) {
            const QString address = TeamFields::incidentAddress(team);
            if (address.isEmpty() || team.id == m_ownTeamId || isOwnAddress(address))
                continue;
            m_recipients.append({tr("Team: %1 <%2>").arg(team.displayName(), address),
                                 address,
                                 QStringLiteral("notify-team"),
                                 QString(),
                                 std::nullopt,
                                 {}});
        }
    }
}

// The reply: to the sender of the newest received message, else the reporter, answering that message (MailReply,
// as `mail compose --kind reply` does).
void ComposerDialog::addReplyRecipient(const Ticket& ticket)
{
    auto start = MailReply(m_session.vault(), m_session.clock()).start(ticket);
    if (!start) {
        showError(start.error());
        return;
    }
    if (start->to.isEmpty() || isOwnAddress(start->to))
        return;
    Recipient recipient{MailReply::addressOf(start->to) == MailReply::addressOf(ticket.reporter)
                            ? tr("Reporter: %1").arg(start->to)
                            : tr("Sender of the last message: %1").arg(start->to),
                        start->to,
                        QStringLiteral("reply-reporter"),
                        start->displayName,
                        std::nullopt,
                        {}};
    if (start->original) {
        recipient.inReplyTo = start->original->id;
        auto quoting = MailStore(m_session.vault()).quoteOriginal();
        if (quoting && *quoting)
            recipient.quote = MailReply::quote(start->original->message);
    }
    m_recipients.append(recipient);
}

bool ComposerDialog::isOwnAddress(const QString& address) const
{
    const QString bare = MailReply::addressOf(address);
    return !bare.isEmpty() && m_ownAddresses.contains(bare);
}

void ComposerDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_recipient = new QComboBox(this);
    m_recipient->setObjectName(QStringLiteral("recipientComboBox"));
    for (const Recipient& recipient : std::as_const(m_recipients))
        m_recipient->addItem(recipient.label);
    if (m_recipients.isEmpty())
        m_recipient->addItem(tr("No known correspondent: type the address below"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("toLineEdit"));
    m_to->setPlaceholderText(tr("name@example.org, another@example.net"));
    m_cc = new QLineEdit(this);
    m_cc->setObjectName(QStringLiteral("ccLineEdit"));
    m_bcc = new QLineEdit(this);
    m_bcc->setObjectName(QStringLiteral("bccLineEdit"));
    m_bcc->setToolTip(tr("Blind copies: the other recipients do not see these addresses. The line stays in the "
                         "saved .eml for the program that sends it, which removes it. Not with encryption, "
                         "whose message would name their keys."));
    auto* templateRow = new QHBoxLayout();
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    for (const QString& name : MailTemplates::names())
        m_template->addItem(MailTemplates::displayName(name), name);
    auto* editTemplate = new QPushButton(tr("Edit template…"), this);
    editTemplate->setObjectName(QStringLiteral("editTemplateButton"));
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(editTemplate);
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("composerTlpComboBox"));
    for (TlpLevel level : Tlp::all())
        m_tlp->addItem(Tlp::label(level), Tlp::key(level));
    m_tlp->setCurrentIndex(m_tlp->findData(Tlp::key(m_ticketTlp)));
    auto* tlpRow = new QVBoxLayout();
    tlpRow->addWidget(m_tlp);
    m_tlpWarning = new QLabel(this);
    m_tlpWarning->setObjectName(QStringLiteral("tlpWarningLabel"));
    m_tlpWarning->setWordWrap(true);
    m_tlpWarning->setStyleSheet(StatusColours::labelStyle(Tone::Caution));
    m_tlpWarning->hide();
    tlpRow->addWidget(m_tlpWarning);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectLineEdit"));
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Bcc:"), m_bcc);
    form->addRow(tr("Template:"), templateRow);
    form->addRow(tr("TLP:"), tlpRow);
    form->addRow(tr("Subject:"), m_subject);
    layout->addLayout(form);
    auto* subjectNote =
        new QLabel(tr("The subject gets the ticket tag %1 and the TLP label; the TLP label also goes above the text.")
                       .arg(m_ticketRef),
                   this);
    subjectNote->setWordWrap(true);
    layout->addWidget(subjectNote);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    layout->addWidget(m_body, 1);

    auto* openpgp = new QFormLayout();
    m_sign = new QCheckBox(tr("Sign with the team key"), this);
    m_sign->setObjectName(QStringLiteral("signCheckBox"));
    m_signInfo = new QLabel(this);
    m_signInfo->setObjectName(QStringLiteral("signInfoLabel"));
    m_signInfo->setWordWrap(true);
    if (m_signKey.isEmpty()) {
        m_sign->setEnabled(false);
        m_signInfo->setText(tr("No team key: choose our team and its key in the directory to sign mail."));
    } else {
        m_sign->setChecked(true);
        m_signInfo->setText(tr("Team key %1").arg(groupedFingerprint(m_signKey)));
        m_signInfo->setFont(QFont(QStringLiteral("monospace")));
    }
    m_encrypt = new QCheckBox(tr("Encrypt to every recipient"), this);
    m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
    m_encrypt->setEnabled(false); // until every recipient is known to have a usable key
    m_keyInfo = new QLabel(tr("Looking up recipients' keys…"), this);
    m_keyInfo->setObjectName(QStringLiteral("recipientKeysLabel"));
    m_keyInfo->setWordWrap(true);
    openpgp->addRow(m_sign, m_signInfo);
    openpgp->addRow(m_encrypt, m_keyInfo);
    layout->addLayout(openpgp);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("composerStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save as .eml…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveEmlButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ComposerDialog::saveAsEml);
    connect(editTemplate, &QPushButton::clicked, this, &ComposerDialog::editTemplate);
    connect(m_template, &QComboBox::activated, this, &ComposerDialog::applyTemplate);
    connect(m_tlp, &QComboBox::activated, this, &ComposerDialog::applyTemplate);
    connect(m_tlp, &QComboBox::currentIndexChanged, this, [this]() {
        updateTlpWarning();
        revalidate();
    });
    for (QLineEdit* field : {m_to, m_cc})
        connect(field, &QLineEdit::textChanged, this, &ComposerDialog::updateKeyStatus);
    for (QLineEdit* field : {m_to, m_cc, m_bcc, m_subject})
        connect(field, &QLineEdit::textChanged, this, &ComposerDialog::revalidate);
    connect(m_encrypt, &QCheckBox::toggled, this, &ComposerDialog::revalidate);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= m_recipients.size())
            return;
        m_to->setText(m_recipients.at(index).address);
        m_template->setCurrentIndex(std::max(0, m_template->findData(m_recipients.at(index).templateName)));
        applyTemplate();
    });
    if (!m_recipients.isEmpty()) {
        m_to->setText(m_recipients.first().address);
        m_template->setCurrentIndex(std::max(0, m_template->findData(m_recipients.first().templateName)));
    }
    applyTemplate();
    updateTlpWarning();
    if (m_error)
        showError(*m_error); // found while the recipients were read, before there was a place to say it
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

void ComposerDialog::applyTemplate()
{
    const QString templateName = m_template->currentData().toString();
    auto loaded = MailTemplates(m_session.vault()).load(templateName);
    if (!loaded) {
        Error error = loaded.error();
        error.where = QStringLiteral("template");
        showError(error);
        return;
    }
    if (m_error && m_error->where == QLatin1String("template"))
        showStatus(QString()); // a template loads again
    const int index = m_recipient->currentIndex();
    const Recipient* recipient = index >= 0 && index < m_recipients.size() ? &m_recipients.at(index) : nullptr;
    const QString address = recipient ? recipient->address : m_to->text();
    const QString name = recipient ? recipient->displayName : QString();
    QString addressee = name.isEmpty() ? address : name;
    if (addressee.isEmpty())
        addressee = tr("colleague");
    const TemplateValues values{m_ticketRef, m_ticketTitle, Tlp::label(chosenTlp()),
                                addressee,   m_teamName,    MailReply::greeting(name),
                                QString()};
    const MailTemplate filled = MailTemplates::fill(*loaded, values);
    m_subject->setText(filled.subject);
    QString body = filled.body;
    // The quoted original goes under the reply it belongs to, not under another template chosen for the same person.
    if (recipient && !recipient->quote.isEmpty() && templateName == recipient->templateName) {
        if (!body.endsWith(QLatin1Char('\n')))
            body += QLatin1Char('\n');
        body += QLatin1Char('\n') + recipient->quote;
    }
    m_body->setPlainText(body);
}

void ComposerDialog::editTemplate()
{
    const QString name = m_template->currentData().toString();
    MailTemplates templates(m_session.vault());
    auto loaded = templates.load(name);
    if (!loaded)
        return showError(loaded.error());
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Edit template"),
                                       tr("“%1” for this workspace. Placeholders: {ticket}, {title}, {tlp}, "
                                          "{reporter}, {team}, {greeting}, {observables}. Empty "
                                          "text brings back the built-in template.")
                                           .arg(MailTemplates::displayName(name)),
                                       MailTemplates::toText(*loaded), &ok);
    if (!ok)
        return;
    const Status status =
        text.trimmed().isEmpty() ? templates.reset(name) : templates.save(MailTemplates::parse(name, text));
    if (!status)
        return showError(status.error());
    showStatus(tr("The template is saved in this workspace."));
    applyTemplate();
}

QStringList ComposerDialog::addresses(const QLineEdit* field)
{
    QStringList out;
    const QStringList parts = field->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QStringList ComposerDialog::recipients() const
{
    return addresses(m_to) + addresses(m_cc);
}

void ComposerDialog::listKeys()
{
    // The job keeps its own clock: it may outlive the widget, the session and the clock they use.
    const FixedClock clock(m_session.clock().nowUtc());
    m_keysJob->start<QList<KeyInfo>>(
        m_session.vault(), [clock](Vault& vault, JobControl&) { return KeyringStore(vault, clock).keys(); },
        [this](Result<QList<KeyInfo>> keys) {
            if (!keys) {
                if (keys.error().code == ErrorCode::Cancelled)
                    return;
                m_keyInfo->setText(tr("The workspace keyring could not be read: %1").arg(keys.error().message));
                m_encrypt->setToolTip(m_keyInfo->text());
                return;
            }
            m_keys = *keys;
            m_keysKnown = true;
            updateKeyStatus();
        });
}

void ComposerDialog::updateKeyStatus()
{
    if (!m_keysKnown) {
        m_encrypt->setToolTip(tr("Looking up recipients' keys…"));
        return;
    }
    QStringList lines;
    QStringList missing;
    for (const QString& recipient : recipients()) {
        const QString address = MailReply::addressOf(recipient);
        const QString shown = address.isEmpty() ? recipient : address;
        const KeyInfo* found = nullptr;
        for (const KeyInfo& key : std::as_const(m_keys)) {
            if (!address.isEmpty() && MailKeys::encryptsTo(key, address)) {
                found = &key;
                break;
            }
        }
        if (found) {
            lines.append(tr("✔ %1: usable key %2").arg(shown, groupedFingerprint(found->fingerprint)));
        } else {
            missing.append(shown);
            lines.append(tr("✘ %1: no usable key in the workspace keyring (Import key… in the directory)").arg(shown));
        }
    }
    const bool usable = !lines.isEmpty() && missing.isEmpty();
    if (lines.isEmpty()) {
        m_keyInfo->setText(tr("No recipient yet."));
        m_encrypt->setToolTip(tr("Encryption needs a recipient with a usable key."));
    } else {
        m_keyInfo->setText(lines.join(QLatin1Char('\n')));
        m_encrypt->setToolTip(
            usable ? tr("Every recipient has a usable key.")
                   : tr("Cannot encrypt: no usable key for %1.").arg(missing.join(QStringLiteral(", "))));
    }
    if (!usable)
        m_encrypt->setChecked(false);
    m_encrypt->setEnabled(usable);
}

TlpLevel ComposerDialog::chosenTlp() const
{
    return Tlp::parse(m_tlp->currentData().toString()).value_or(m_ticketTlp);
}

void ComposerDialog::updateTlpWarning()
{
    const TlpLevel chosen = chosenTlp();
    // Ordered from least to most restrictive: a lower label lets the recipient share more widely than the ticket.
    const bool lower = chosen < m_ticketTlp;
    m_tlpWarning->setText(
        lower ? tr("⚠ %1 is less restrictive than the ticket's %2: check that everything in this message may be "
                   "shared as %1.")
                    .arg(Tlp::label(chosen), Tlp::label(m_ticketTlp))
              : QString());
    m_tlpWarning->setVisible(lower);
}

OutgoingMail ComposerDialog::outgoing() const
{
    OutgoingMail mail;
    mail.ticketId = m_ticketId;
    mail.from = m_from;
    mail.to = addresses(m_to);
    mail.cc = addresses(m_cc);
    mail.bcc = addresses(m_bcc);
    mail.subject = m_subject->text().trimmed();
    mail.body = m_body->toPlainText();
    mail.tlp = chosenTlp();
    mail.signKey = m_sign->isChecked() ? m_signKey : QString();
    mail.encrypt = m_encrypt->isChecked();
    const int index = m_recipient->currentIndex();
    if (index >= 0 && index < m_recipients.size())
        mail.inReplyTo = m_recipients.at(index).inReplyTo;
    return mail;
}

void ComposerDialog::revalidate()
{
    // Only errors that MailComposer::check() judges can be seen to be mended here; the others (a key, the keyring,
    // the file) stay until the next try.
    if (!m_error || !MailComposer::checkedFields().contains(m_error->where))
        return;
    if (const Status status = MailComposer::check(outgoing()); !status)
        showError(status.error());
    else
        showStatus(QString());
}

void ComposerDialog::saveAsEml()
{
    if (m_composing)
        return;
    const OutgoingMail mail = outgoing();
    // The job keeps its own clock: it may outlive the widget, the session and the clock they use.
    const FixedClock clock(m_session.clock().nowUtc());
    const QString actor = m_session.actor();
    m_composing = true;
    m_save->setEnabled(false);
    showStatus(tr("Composing…"));
    const PassphraseCallback keyPassphrase = KeyPassphrasePrompt::callback(this);
    m_composeJob->start<ParsedMessage>(
        m_session.vault(),
        [clock, actor, mail, keyPassphrase](Vault& vault, JobControl&) -> Result<ParsedMessage> {
            MailComposer composer(ChangeContext{vault, clock, actor});
            // Signing uses the team key in the user's GnuPG home (its passphrase asked in a dialog when it has one);
            // encryption the recipients' keys in the workspace keyring.
            std::unique_ptr<MailKeys> keys;
            if (!mail.signKey.isEmpty() || mail.encrypt) {
                FB_TRY_ASSIGN(auto made, MailKeys::forWorkspace(vault, clock, keyPassphrase));
                keys = std::move(made);
                composer.setKeys(keys.get());
            }
            return composer.compose(mail);
        },
        [this](Result<ParsedMessage> composed) { finishComposing(composed); });
}

void ComposerDialog::finishComposing(const Result<ParsedMessage>& composed)
{
    m_composing = false;
    m_save->setEnabled(true);
    if (!composed) {
        if (composed.error().code != ErrorCode::Cancelled)
            showError(composed.error());
        else
            showStatus(QString());
        return;
    }
    QString suggested = m_ticketRef + QLatin1Char(' ') + m_subject->text();
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 #._-]")), QStringLiteral("_"));
    const QString path = m_savePathPrompt(this, suggested.simplified() + QStringLiteral(".eml"));
    if (path.isEmpty())
        return showStatus(tr("Not saved."));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(composed->raw) != composed->raw.size())
        return showError(Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path});
    file.close();
    // Like the command line's mail compose: what went out is kept on the ticket with the received mail (and a reply
    // to the reporter is the ticket's first response).
    if (m_ticketId != 0) {
        if (auto stored = MailComposer(m_session.change()).storeSent(m_ticketId, *composed); !stored)
            return showError(stored.error());
        Q_EMIT messageStored(m_ticketId);
    }
    showStatus(tr("Saved to %1. Sending over SMTP comes later.").arg(path));
}

void ComposerDialog::showError(const Error& error)
{
    m_error = error;
    if (!m_status)
        return; // the form is not built yet: buildForm() shows it
    m_status->setText(error.message);
    m_status->setStyleSheet(StatusColours::labelStyle(Tone::Bad));
    m_status->setVisible(!error.message.isEmpty());
}

void ComposerDialog::showStatus(const QString& text)
{
    m_error.reset();
    m_status->setText(text);
    m_status->setStyleSheet(QString());
    m_status->setVisible(!text.isEmpty());
}

QString ComposerDialog::statusText() const
{
    return m_status->text();
}

} // namespace fb
