// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/FirstRunKeyPage.h"

#include "core/base/Job.h"
#include "core/crypto/GnupgHome.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/OwnTeam.h"
#include "core/settings/FirstRun.h"
#include "ui/firstrun/FirstRunGuide.h"
#include "ui/firstrun/FirstRunTeamPage.h"
#include "ui/job/JobRunner.h"
#include "ui/start/NewPassphraseFields.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace fb {

namespace {

QString keyLabel(const KeyInfo& key)
{
    const QString who = key.userIds.isEmpty() ? FirstRunKeyPage::tr("(no user id)") : key.userIds.first();
    const QString expiry = key.expires.isValid()
                               ? FirstRunKeyPage::tr("expires %1").arg(key.expires.date().toString(Qt::ISODate))
                               : FirstRunKeyPage::tr("does not expire");
    return FirstRunKeyPage::tr("%1 — %2 (%3, %4)").arg(who, groupedFingerprint(key.fingerprint), key.algorithm, expiry);
}

// The secret keys that can sign: the only ones that can be the team key.
Result<QList<KeyInfo>> signingKeys()
{
    const GnupgHome home = GnupgHome::user();
    FB_TRY_ASSIGN(auto keys, OpenPgp(home).listKeys(true));
    QList<KeyInfo> usable;
    for (const KeyInfo& key : std::as_const(keys)) {
        if (key.hasSecret && key.canSign)
            usable.append(key);
    }
    return usable;
}

// Imports the file into the user's GnuPG home; the first key of it that can sign there.
Result<QString> importSigningKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, FirstRunKeyPage::tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    QByteArray data = file.readAll();
    const GnupgHome home = GnupgHome::user();
    auto imported = OpenPgp(home).importKeys(data);
    SecretBytes::wipe(data);
    if (!imported)
        return fail(imported.error());
    FB_TRY_ASSIGN(auto usable, signingKeys());
    for (const KeyInfo& key : std::as_const(usable)) {
        if (imported->fingerprints.contains(key.fingerprint))
            return key.fingerprint;
    }
    return fail(ErrorCode::BadInput,
                FirstRunKeyPage::tr("%1 holds no secret key that can sign. The team key needs its secret part, "
                                    "e.g. as exported with “gpg --export-secret-keys”.")
                    .arg(QFileInfo(path).fileName()),
                path);
}

} // namespace

FirstRunKeyPage::FirstRunKeyPage(WorkspaceSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_job(new JobRunner(this))
{
    setObjectName(QStringLiteral("firstRunKeyPage"));
    setTitle(tr("Our key"));
    setSubTitle(tr("The OpenPGP key that signs our mail, team profile and advisories. It stays in your GnuPG home, "
                   "%1.")
                    .arg(QDir::toNativeSeparators(GnupgHome::user().path())));
    m_filePrompt = [](QWidget* over) {
        return QFileDialog::getOpenFileName(over, tr("Import a secret key"), QString(),
                                            tr("OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)"));
    };
    auto* layout = new QVBoxLayout(this);

    auto* choose = new QGroupBox(tr("A key you have"), this);
    auto* chooseForm = new QFormLayout(choose);
    m_keys = new QComboBox(choose);
    m_keys->setObjectName(QStringLiteral("signingKeyComboBox"));
    m_keys->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keys->setMinimumContentsLength(50);
    m_keys->setToolTip(tr("The secret keys in your GnuPG home that can sign."));
    chooseForm->addRow(tr("Team &key:"), m_keys);
    m_import = new QPushButton(tr("&Import from a file…"), choose);
    m_import->setObjectName(QStringLiteral("importKeyPushButton"));
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addStretch(1);
    chooseForm->addRow(QString(), importRow);
    layout->addWidget(choose);
    layout->addWidget(buildCreateGroup());

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("keyProgressBar"));
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("keyProgressLabel"));
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelKeyPushButton"));
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("keyErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &FirstRunKeyPage::importFromFile);
    connect(m_create, &QPushButton::clicked, this, &FirstRunKeyPage::createKey);
    connect(m_cancel, &QPushButton::clicked, this, &FirstRunKeyPage::cancelWork);
    connect(m_job, &JobRunner::progressChanged, this, &FirstRunKeyPage::showProgress);
    connect(m_keys, &QComboBox::currentIndexChanged, this, &FirstRunKeyPage::clearError);
    connect(m_passphrase, &NewPassphraseFields::edited, this, &FirstRunKeyPage::clearError);
    for (QLineEdit* edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunKeyPage::clearError);
    setTabOrder(m_keys, m_import);
    setTabOrder(m_import, m_name);
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_algorithm);
    setTabOrder(m_algorithm, m_passphrase->passphraseEdit());
    setTabOrder(m_passphrase->passphraseEdit(), m_passphrase->repeatEdit());
    setTabOrder(m_passphrase->repeatEdit(), m_create);

    if (auto ours = OwnTeam(session.vault()).signingKey())
        m_preferred = *ours;
    setWorking(false);
    reloadKeys();
}

FirstRunKeyPage::~FirstRunKeyPage() = default;

QWidget* FirstRunKeyPage::buildCreateGroup()
{
    auto* group = new QGroupBox(tr("Or a new key"), this);
    auto* form = new QFormLayout(group);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("keyNameLineEdit"));
    form->addRow(tr("Na&me:"), m_name);
    m_email = new QLineEdit(group);
    m_email->setObjectName(QStringLiteral("keyEmailLineEdit"));
    form->addRow(tr("E-&mail address:"), m_email);
    m_algorithm = new QComboBox(group);
    m_algorithm->setObjectName(QStringLiteral("keyAlgorithmComboBox"));
    m_algorithm->addItem(tr("ed25519 and cv25519 (recommended)"), int(NewKeySpec::Algorithm::Ed25519));
    m_algorithm->addItem(tr("RSA 3072 (for older software)"), int(NewKeySpec::Algorithm::Rsa3072));
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("Valid for:"), new QLabel(tr("two years (it can be extended later with GnuPG)"), group));
    m_passphrase = new NewPassphraseFields(form, tr("Key &passphrase:"), group);
    m_create = new QPushButton(tr("&Create key"), group);
    m_create->setObjectName(QStringLiteral("createKeyPushButton"));
    m_create->setAutoDefault(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_create);
    row->addStretch(1);
    form->addRow(QString(), row);
    return group;
}

void FirstRunKeyPage::initializePage()
{
    // A new key is named as our team, unless the user named it already.
    auto* guide = qobject_cast<FirstRunGuide*>(wizard());
    if (!guide)
        return;
    const FirstRun::TeamAnswers team = guide->teamPage()->answers();
    if (m_name->text().isEmpty())
        m_name->setText(team.name.simplified());
    if (m_email->text().isEmpty())
        m_email->setText(team.email.trimmed());
}

QString FirstRunKeyPage::chosenKey() const
{
    return m_keys->currentData().toString();
}

bool FirstRunKeyPage::isWorking() const
{
    return m_job->isRunning();
}

void FirstRunKeyPage::cancelWork()
{
    m_job->cancel();
}

void FirstRunKeyPage::reloadKeys()
{
    setWorking(true, tr("Reading the keys of your GnuPG home…"));
    m_job->start<QList<KeyInfo>>([](JobControl&) { return signingKeys(); },
                                 [this](Result<QList<KeyInfo>> keys) {
                                     setWorking(false);
                                     showKeys(keys);
                                     Q_EMIT workFinished();
                                 });
}

void FirstRunKeyPage::showKeys(const Result<QList<KeyInfo>>& keys)
{
    m_keys->clear();
    if (!keys) {
        m_keys->addItem(tr("The keys could not be read"), QString());
        showError(keys.error());
        return;
    }
    m_keys->addItem(keys->isEmpty() ? tr("No secret key in your GnuPG home yet") : tr("Choose a key"), QString());
    for (const KeyInfo& key : *keys) {
        m_keys->addItem(keyLabel(key), key.fingerprint);
        m_keys->setItemData(m_keys->count() - 1, keyLabel(key), Qt::ToolTipRole);
    }
    // The key just made or imported, else ours; with a single key to choose from, that one.
    int index = m_preferred.isEmpty() ? -1 : m_keys->findData(m_preferred);
    if (index < 0 && keys->size() == 1)
        index = 1;
    m_keys->setCurrentIndex(std::max(0, index));
}

void FirstRunKeyPage::importFromFile()
{
    if (isWorking())
        return;
    const QString path = m_filePrompt(this);
    if (path.isEmpty())
        return;
    clearError();
    setWorking(true, tr("Importing…"));
    m_job->start<QString>([path](JobControl&) { return importSigningKey(path); },
                          [this](Result<QString> imported) {
                              setWorking(false);
                              if (!imported) {
                                  if (imported.error().code != ErrorCode::Cancelled)
                                      showError(imported.error());
                                  Q_EMIT workFinished();
                                  return;
                              }
                              m_preferred = *imported;
                              showStatus(tr("Imported the key %1.").arg(groupedFingerprint(*imported)));
                              reloadKeys();
                          });
}

void FirstRunKeyPage::createKey()
{
    if (isWorking())
        return;
    clearError();
    NewKeySpec spec;
    spec.name = m_name->text();
    spec.email = m_email->text();
    spec.algorithm = NewKeySpec::Algorithm(m_algorithm->currentData().toInt());
    if (auto userId = OpenPgp::userIdOf(spec.name, spec.email); !userId) {
        showError(userId.error());
        (userId.error().where == QLatin1String("email") ? m_email : m_name)->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QString problem = m_passphrase->problem(); !problem.isEmpty()) {
        showError(Error{ErrorCode::BadInput, problem, {}});
        m_passphrase->passphraseEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The passphrase lives in wiped memory until the job has handed it to GnuPG.
    auto passphrase = std::make_shared<SecretBytes>(m_passphrase->take());
    setWorking(true, tr("Creating the key…"));
    m_job->start<KeyInfo>(
        [spec, passphrase](JobControl& control) -> Result<KeyInfo> {
            const GnupgHome home = GnupgHome::user();
            OpenPgp pgp(home,
                        [passphrase](const QString&) -> std::optional<SecretBytes> { return passphrase->copy(); });
            return pgp.createKey(spec, control);
        },
        [this](Result<KeyInfo> made) {
            setWorking(false);
            if (!made) {
                if (made.error().code == ErrorCode::Cancelled)
                    showStatus(tr("Key creation cancelled; no key was kept."));
                else
                    showError(made.error());
                Q_EMIT workFinished();
                return;
            }
            m_preferred = made->fingerprint;
            showStatus(
                tr("Created the key %1 for %2.").arg(groupedFingerprint(made->fingerprint), made->userIds.value(0)));
            reloadKeys();
        });
}

void FirstRunKeyPage::setWorking(bool working, const QString& text)
{
    m_progress->setVisible(working);
    m_progressText->setVisible(working);
    m_cancel->setVisible(working);
    m_progressText->setText(text);
    m_progress->setRange(0, 0); // busy until the work reports a count
    m_import->setEnabled(!working);
    m_create->setEnabled(!working);
    m_keys->setEnabled(!working);
}

void FirstRunKeyPage::showProgress(const JobProgress& progress)
{
    if (!progress.text.isEmpty())
        m_progressText->setText(progress.text);
    if (progress.total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.done * 1000 / progress.total));
    }
}

Status FirstRunKeyPage::apply(FirstRun& guide)
{
    return guide.applyKey(chosenKey());
}

bool FirstRunKeyPage::validatePage()
{
    if (isWorking()) {
        showError(Error{ErrorCode::Usage, tr("Wait until the key is ready, or cancel it."), {}});
        return false;
    }
    if (chosenKey().isEmpty()) {
        showError(Error{ErrorCode::Usage, tr("Choose a key, import one or create one — or skip this step."), {}});
        m_keys->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return true;
}

void FirstRunKeyPage::showError(const Error& error)
{
    m_error->setText(tr("⚠ %1").arg(error.message));
}

void FirstRunKeyPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

void FirstRunKeyPage::clearError()
{
    m_error->clear();
}

} // namespace fb
