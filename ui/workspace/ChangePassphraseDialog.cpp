// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/ChangePassphraseDialog.h"

#include "ui/job/JobRunner.h"
#include "ui/start/KeyWorkStatus.h"
#include "ui/start/NewPassphraseFields.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

namespace {

struct Outcome
{
    std::unique_ptr<Vault> vault;
    Status status;
};
using OutcomePtr = std::shared_ptr<Outcome>;

// Runs on the worker thread, which has the Vault to itself meanwhile.
OutcomePtr changeOnWorker(std::unique_ptr<Vault> vault, const SecretBytes& current, const SecretBytes& next)
{
    auto outcome = std::make_shared<Outcome>();
    // The current passphrase must be the one that opened the workspace: someone at an unlocked desk cannot change it.
    auto typed = Vault::deriveKey(vault->path(), current);
    auto kept = vault->copyKey();
    if (!typed)
        outcome->status = fail(typed.error());
    else if (!kept)
        outcome->status = fail(kept.error());
    else if (!(typed->key == kept->key))
        outcome->status = fail(ErrorCode::WrongPassphrase,
                               ChangePassphraseDialog::tr("The current passphrase is not the one of this workspace."));
    else
        outcome->status = vault->changePassphrase(next);
    outcome->vault = std::move(vault);
    return outcome;
}

} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(TakeVault take, GiveBackVault giveBack, QWidget* parent)
    : QDialog(parent)
    , m_take(std::move(take))
    , m_giveBack(std::move(giveBack))
    , m_job(new JobRunner(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The whole workspace is re-encrypted under a key from the new passphrase. If the "
                                "computer stops meanwhile, the old passphrase still opens it. The new passphrase "
                                "cannot be recovered: keep it somewhere safe."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassphraseLineEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Current passphrase:"), m_current);
    m_newPassphrase = new NewPassphraseFields(form, tr("New passphrase:"), this);
    layout->addLayout(form);
    m_status = new KeyWorkStatus(tr("Re-encrypting the workspace…"), this);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_changeButton = buttons->addButton(tr("Change passphrase"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_current->setFocus();
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ChangePassphraseDialog::start()
{
    if (m_busy)
        return;
    if (m_current->text().isEmpty()) {
        showMessage(tr("Enter the current passphrase."));
        return;
    }
    if (const QString problem = m_newPassphrase->problem(); !problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    std::unique_ptr<Vault> vault = m_take();
    if (!vault) {
        showMessage(tr("No workspace is open."));
        return;
    }
    QString currentText = m_current->text();
    m_current->clear();
    auto current = std::make_shared<SecretBytes>(SecretBytes::takeUtf8(currentText));
    auto next = std::make_shared<SecretBytes>(m_newPassphrase->take());
    auto handed = std::make_shared<std::unique_ptr<Vault>>(std::move(vault));
    setBusy(true);
    // The dialog cannot close while busy, so the runner (its child) always delivers the workspace back.
    m_job->start<OutcomePtr>(
        [handed, current, next](JobControl&) -> Result<OutcomePtr> {
            OutcomePtr outcome = changeOnWorker(std::move(*handed), *current, *next);
            current->clear();
            next->clear();
            return outcome;
        },
        [this](Result<OutcomePtr> outcome) {
            setBusy(false);
            if (!outcome) { // never cancelled: only a runner that is not asked to cancel holds the workspace
                showMessage(outcome.error().message);
                return;
            }
            m_giveBack(std::move((*outcome)->vault));
            if (!(*outcome)->status) {
                showMessage((*outcome)->status.error().message);
                return;
            }
            Q_EMIT changed();
            accept();
        });
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_status->setBusy(busy);
    m_changeButton->setEnabled(!busy);
    m_current->setEnabled(!busy);
}

void ChangePassphraseDialog::showMessage(const QString& text)
{
    m_status->showMessage(text, false);
}

} // namespace fb
