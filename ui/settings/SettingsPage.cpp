// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "core/base/Translations.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamReader.h"
#include "core/tickets/TicketKind.h"
#include "ui/main/FormLayouts.h"
#include "ui/settings/PlaybooksPanel.h"
#include "ui/settings/SlaPolicyEditor.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb {

SettingsPage::SettingsPage(QSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Settings"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    outer->addWidget(title);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(buildWorkspaceGroup());
    layout->addWidget(buildComputerGroup());
    FormLayouts::alignLabelColumns(content); // the two groups' fields start at the same x
    // Playbooks are saved one at a time (each its own change), not with the page's Save.
    m_playbooks = new PlaybooksPanel(content);
    layout->addWidget(m_playbooks);
    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    auto* guide = new QPushButton(tr("Run &first-run guide…"), this);
    guide->setObjectName(QStringLiteral("firstRunGuidePushButton"));
    guide->setToolTip(tr("Our team, our key and the SLA policy, step by step."));
    connect(guide, &QPushButton::clicked, this, &SettingsPage::firstRunGuideRequested);
    buttons->addWidget(guide);
    buttons->addStretch(1);
    auto* revert = new QPushButton(tr("&Revert"), this);
    revert->setObjectName(QStringLiteral("revertPushButton"));
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("savePushButton"));
    saveButton->setDefault(true);
    buttons->addWidget(revert);
    buttons->addWidget(saveButton);
    outer->addLayout(buttons);

    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(saveButton, &QPushButton::clicked, this, [this]() { save(); });
    connect(m_ownTeam, &QComboBox::currentIndexChanged, this, &SettingsPage::fillSigningKeys);
    setEnabled(false);
}

QWidget* SettingsPage::buildWorkspaceGroup()
{
    auto* group = new QGroupBox(tr("This workspace"), this);
    auto* form = new QFormLayout(group);
    m_ownTeam = new QComboBox(group);
    m_ownTeam->setObjectName(QStringLiteral("ownTeamComboBox"));
    m_ownTeam->setToolTip(tr("The directory entry that is us: it names the team in mail, profiles and advisories."));
    form->addRow(tr("Our &team:"), m_ownTeam);
    m_signingKey = new QComboBox(group);
    m_signingKey->setObjectName(QStringLiteral("signingKeyComboBox"));
    m_signingKey->setEditable(true);
    m_signingKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_signingKey->setMinimumContentsLength(50);
    m_signingKey->setToolTip(tr("The fingerprint of the team key that signs and decrypts for the team. Empty: the "
                                "first key linked to our directory entry."));
    m_signingKey->lineEdit()->setPlaceholderText(tr("Automatic: the first key linked to our team"));
    form->addRow(tr("Team signing &key:"), m_signingKey);
    m_subjectTag = new QLineEdit(group);
    m_subjectTag->setObjectName(QStringLiteral("subjectTagLineEdit"));
    m_subjectTag->setMaxLength(40);
    m_subjectTag->setPlaceholderText(tr("e.g. CERT-XX"));
    m_subjectTag->setToolTip(tr("Mail subjects carry it with the ticket number, e.g. [CERT-XX #123]."));
    form->addRow(tr("Mail subject ta&g:"), m_subjectTag);
    m_quoteOriginal = new QCheckBox(tr("&Quote the answered message in replies"), group);
    m_quoteOriginal->setObjectName(QStringLiteral("quoteOriginalCheckBox"));
    m_quoteOriginal->setToolTip(tr("A reply written in the composer starts with the text of the message it answers "
                                   "below the template, each line behind “> ”."));
    form->addRow(QString(), m_quoteOriginal);

    m_sla = new SlaPolicyEditor(group);
    form->addRow(tr("SLA policy:"), m_sla);

    m_staleDays = new QSpinBox(group);
    m_staleDays->setObjectName(QStringLiteral("staleDaysSpinBox"));
    m_staleDays->setRange(WorkspaceSettings::kMinStaleDays, WorkspaceSettings::kMaxStaleDays);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setToolTip(tr("Directory entries not verified for this long are marked stale."));
    form->addRow(tr("Directory entries are stal&e after:"), m_staleDays);
    return group;
}

QWidget* SettingsPage::buildComputerGroup()
{
    auto* group = new QGroupBox(tr("This computer"), this);
    auto* form = new QFormLayout(group);
    m_autoLock = new QSpinBox(group);
    m_autoLock->setObjectName(QStringLiteral("autoLockSpinBox"));
    m_autoLock->setRange(0, WorkspaceSettings::kMaxIdleMinutes);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setToolTip(tr("Lock the workspace after this many idle minutes (0: never)."));
    form->addRow(tr("&Auto-lock after:"), m_autoLock);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    // Each language by its own name, untranslated, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString& code : Translations::available()) {
        if (code != QLatin1String("en"))
            m_language->addItem(Translations::nativeName(code), code);
    }
    auto* note = new QLabel(tr("A new language takes effect when Firebreak is started again."), group);
    note->setWordWrap(true);
    auto* languageRow = new QVBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(note);
    auto* languageLabel = new QLabel(tr("&Language:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    return group;
}

void SettingsPage::setSession(WorkspaceSession* session)
{
    m_session = session;
    setEnabled(session != nullptr);
    m_status->clear();
    m_playbooks->setSession(session);
    reload();
}

void SettingsPage::reload()
{
    if (!m_session) {
        m_autoLock->setValue(m_settings.value(QString::fromLatin1(kIdleMinutesKey), kDefaultIdleMinutes).toInt());
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(m_settings.value(QString::fromLatin1(Translations::kLanguageKey)))));
        return;
    }
    QStringList problems;
    WorkspaceSettings service(m_session->change(), m_session->sla(), &m_settings);
    auto loaded = service.load();
    if (!loaded)
        problems.append(loaded.error().toString());
    SettingValues values = loaded ? *loaded : SettingValues();
    if (!loaded) {
        values.staleDays = DirectoryQueries::kDefaultStaleDays;
        values.autoLockMinutes = m_settings.value(QString::fromLatin1(kIdleMinutesKey), kDefaultIdleMinutes).toInt();
        values.language = m_settings.value(QString::fromLatin1(Translations::kLanguageKey)).toString();
    }
    {
        const QSignalBlocker blocker(m_ownTeam);
        m_ownTeam->clear();
        m_ownTeam->addItem(tr("Not chosen"), qint64(0));
        if (auto teams = service.teams()) {
            for (const Team& team : *teams)
                m_ownTeam->addItem(tr("%1 (%2)").arg(team.displayName(), team.officialName), team.id);
        } else {
            problems.append(teams.error().toString());
        }
        m_ownTeam->setCurrentIndex(std::max(0, m_ownTeam->findData(values.ownTeamId)));
    }
    m_loadedKey = values.signingKey;
    fillSigningKeys();
    m_subjectTag->setText(values.subjectTag);
    m_quoteOriginal->setChecked(values.quoteOriginal);
    m_sla->setPolicy(values.sla);
    m_staleDays->setValue(values.staleDays);
    m_autoLock->setValue(values.autoLockMinutes);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
    if (!problems.isEmpty())
        showStatus(problems.join(QLatin1Char('\n')));
}

void SettingsPage::fillSigningKeys()
{
    if (!m_session)
        return;
    const QString typed = m_signingKey->currentText();
    m_signingKey->clear();
    QStringList fingerprints;
    if (!m_loadedKey.isEmpty())
        fingerprints.append(m_loadedKey);
    const qint64 teamId = m_ownTeam->currentData().toLongLong();
    if (teamId) {
        WorkspaceSettings service(m_session->change(), m_session->sla(), nullptr);
        if (auto keys = service.teamKeys(teamId)) {
            for (const QString& fpr : std::as_const(*keys)) {
                if (!fingerprints.contains(fpr))
                    fingerprints.append(fpr);
            }
        }
    }
    for (const QString& fpr : std::as_const(fingerprints))
        m_signingKey->addItem(fpr);
    m_signingKey->setCurrentText(m_loadedKey.isEmpty() && !typed.isEmpty() ? typed : m_loadedKey);
}

SettingValues SettingsPage::shownValues() const
{
    SettingValues values;
    values.ownTeamId = m_ownTeam->currentData().toLongLong();
    values.signingKey = m_signingKey->currentText();
    values.subjectTag = m_subjectTag->text();
    values.quoteOriginal = m_quoteOriginal->isChecked();
    values.sla = m_sla->policy();
    values.staleDays = m_staleDays->value();
    values.autoLockMinutes = m_autoLock->value();
    values.language = m_language->currentData().toString();
    return values;
}

Status SettingsPage::save()
{
    if (!m_session)
        return fail(ErrorCode::Usage, tr("No workspace is open."));
    const SettingValues values = shownValues();
    WorkspaceSettings service(m_session->change(), m_session->sla(), &m_settings);
    if (auto status = service.save(values); !status) {
        showStatus(tr("Nothing was saved: %1").arg(status.error().toString()));
        return status;
    }
    const int minutes = values.autoLockMinutes;
    reload();
    showStatus(tr("Settings saved."));
    Q_EMIT autoLockChanged(minutes);
    return {};
}

void SettingsPage::showStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace fb
