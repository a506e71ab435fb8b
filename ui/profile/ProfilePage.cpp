// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/job/KeyPassphrasePrompt.h"
#include "ui/profile/ProfilePage.h"

#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileFiller.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/ProfileTranslation.h"
#include "core/taxonomy/Rsit.h"
#include "ui/job/JobRunner.h"
#include "ui/main/StatusColours.h"
#include "ui/profile/ProfilePublishDialog.h"
#include "ui/profile/ProfileTranslationDialog.h"
#include "ui/profile/ProfileVersionsDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

constexpr int kNumberRole = Qt::UserRole;
constexpr int kPreviewDelayMs = 300;

ProfileStore storeOf(WorkspaceSession& session)
{
    return ProfileStore(session.change());
}

} // namespace

ProfilePage::ProfilePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profilePage"));
    m_keyCheck = new JobRunner(this);
    m_publishJob = new JobRunner(this);
    connect(m_publishJob, &JobRunner::progressChanged, this, [this](const JobProgress& progress) {
        if (!progress.text.isEmpty() && m_publishing)
            setMessage(progress.text, false);
    });
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("languageComboBox"));
    m_languages->setToolTip(tr("The original profile or one of its translations"));
    languageLabel->setBuddy(m_languages);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_fill = new QPushButton(tr("&Fill from directory"), this);
    m_fill->setObjectName(QStringLiteral("fillButton"));
    m_fill->setToolTip(tr("Take name, addresses, phone numbers, key and languages from our team's directory entry"));
    m_publish = new QPushButton(tr("Sign and &publish…"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_versions = new QPushButton(tr("&Versions…"), this);
    m_versions->setObjectName(QStringLiteral("versionsButton"));
    m_translate = new QPushButton(tr("New &translation…"), this);
    m_translate->setObjectName(QStringLiteral("newTranslationButton"));
    m_translate->setToolTip(tr("Start a translation of the profile as a copy of the original"));
    bar->addWidget(languageLabel);
    bar->addWidget(m_languages);
    bar->addStretch(1);
    for (QPushButton* button : {m_save, m_fill, m_publish, m_versions, m_translate})
        bar->addWidget(button);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("profileSplitter"));
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("sectionTree"));
    m_tree->setHeaderLabel(tr("Sections (RFC 2350)"));
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* middle = new QWidget(split);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionTitle = new QLabel(middle);
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitleLabel"));
    m_sectionTitle->setWordWrap(true);
    QFont bold = m_sectionTitle->font();
    bold.setBold(true);
    m_sectionTitle->setFont(bold);
    m_editor = new QPlainTextEdit(middle);
    m_editor->setObjectName(QStringLiteral("sectionEdit"));
    m_editor->setTabChangesFocus(true);
    auto* fieldsNote = new QLabel(tr("Dates, locations, the key fingerprint, languages and service levels come from "
                                     "the directory (Fill from directory) and show in the preview."),
                                  middle);
    fieldsNote->setWordWrap(true);
    middleLayout->addWidget(m_sectionTitle);
    middleLayout->addWidget(m_editor, 1);
    middleLayout->addWidget(fieldsNote);

    auto* right = new QSplitter(Qt::Vertical, split);
    m_preview = new QPlainTextEdit(right);
    m_preview->setObjectName(QStringLiteral("previewTextEdit"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lint = new QListWidget(right);
    m_lint->setObjectName(QStringLiteral("lintList"));
    m_lint->setWordWrap(true);
    m_lint->setToolTip(tr("Errors block signing; warnings do not. Activate a finding to go to its section."));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    const int em = fontMetrics().averageCharWidth();
    split->setSizes({em * 58, em * 56, em * 74}); // the longest section titles fit unclipped
    layout->addWidget(split, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);

    buildTree();
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item, QTreeWidgetItem*) { onSectionChanged(item); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ProfilePage::onTextEdited);
    connect(m_previewTimer, &QTimer::timeout, this, &ProfilePage::refreshPreview);
    connect(m_lint, &QListWidget::itemActivated, this, &ProfilePage::onFindingActivated);
    connect(m_lint, &QListWidget::itemClicked, this, &ProfilePage::onFindingActivated);
    connect(m_languages, &QComboBox::activated, this, &ProfilePage::onLanguageChosen);
    connect(m_save, &QPushButton::clicked, this, &ProfilePage::save);
    connect(m_fill, &QPushButton::clicked, this, &ProfilePage::fillFromDirectory);
    connect(m_publish, &QPushButton::clicked, this, &ProfilePage::askPublish);
    connect(m_versions, &QPushButton::clicked, this, &ProfilePage::showVersions);
    connect(m_translate, &QPushButton::clicked, this, &ProfilePage::askTranslation);
    selectSection(QStringLiteral("1"));
    updateButtons();
}

void ProfilePage::buildTree()
{
    QList<QTreeWidgetItem*> parents;
    for (const ProfileSection& section : ProfileSections::all()) {
        const int depth = section.depth();
        while (parents.size() >= depth)
            parents.removeLast();
        auto* item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.last());
        item->setText(0, ProfileRenderer::headingLine(section.number));
        item->setData(0, kNumberRole, section.number);
        // The full title, for the ones the column clips; a new line, not a sentence joined to it.
        item->setToolTip(0, section.required ? item->text(0) + QLatin1Char('\n') +
                                                   tr("Required: the lint reports it when it is empty.")
                                             : item->text(0));
        parents.append(item);
    }
    m_tree->expandAll();
}

void ProfilePage::setSession(WorkspaceSession* session)
{
    m_session = session;
    setEnabled(session != nullptr);
    m_keyCheck->drop(); // a running key check answers for the old session
    m_checkingKey = false;
    m_language.clear();
    reload();
}

void ProfilePage::reload()
{
    m_keyContext.reset();
    m_signingKey.clear();
    if (!m_session) {
        m_languages->clear();
        m_profile = TeamProfile();
        m_dirty = false;
        onSectionChanged(m_tree->currentItem());
        refreshPreview();
        setMessage({}, false);
        return;
    }
    loadLanguages();
    loadDraft(m_language);
    startKeyCheck();
}

void ProfilePage::loadLanguages()
{
    m_languages->clear();
    auto docs = storeOf(*m_session).documents();
    if (!docs) {
        setMessage(docs.error().toString(), true);
        return;
    }
    for (const ProfileDocumentInfo& doc : std::as_const(*docs)) {
        if (doc.original)
            m_languages->insertItem(0, tr("%1 (original)").arg(doc.language), QString());
        else
            m_languages->addItem(tr("%1 (translation)").arg(doc.language), doc.language);
    }
    if (m_languages->count() == 0)
        m_languages->addItem(tr("New profile"), QString());
    const int index = m_languages->findData(m_language);
    if (index < 0)
        m_language.clear();
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(m_language)));
}

void ProfilePage::loadDraft(const QString& language)
{
    ProfileStore store = storeOf(*m_session);
    auto draft = store.draft(language);
    if (!draft) {
        setMessage(draft.error().toString(), true);
        return;
    }
    m_language = language;
    m_profile = draft->value_or(TeamProfile());
    m_changedAt = {};
    if (auto docs = store.documents())
        for (const ProfileDocumentInfo& doc : std::as_const(*docs))
            if (doc.language == m_profile.language)
                m_changedAt = doc.changedAt;
    m_dirty = false;
    onSectionChanged(m_tree->currentItem());
    refreshPreview();
}

void ProfilePage::startKeyCheck()
{
    auto key = OwnTeam(m_session->vault()).signingKey();
    if (!key) {
        setMessage(key.error().toString(), true);
        return;
    }
    m_signingKey = *key;
    m_checkingKey = true;
    updateButtons();
    m_keyCheck->start<ProfileLintContext>(
        m_session->vault(),
        [now = m_session->clock().nowUtc(), signingKey = m_signingKey](Vault& vault, JobControl&) {
            return ProfilePublishJob::keyContext(vault, now, signingKey);
        },
        [this](Result<ProfileLintContext> context) {
            m_checkingKey = false;
            if (context)
                m_keyContext = *context;
            else
                setMessage(tr("The team key could not be checked: %1").arg(context.error().toString()), true);
            refreshPreview();
        });
}

bool ProfilePage::selectSection(const QString& number)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kNumberRole).toString() == number) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

QString ProfilePage::message() const
{
    return m_message->text();
}

void ProfilePage::onSectionChanged(QTreeWidgetItem* item)
{
    m_section = item ? item->data(0, kNumberRole).toString() : QString();
    m_sectionTitle->setText(m_section.isEmpty() ? QString() : ProfileRenderer::headingLine(m_section));
    m_loading = true;
    m_editor->setPlainText(m_profile.text.value(m_section));
    m_loading = false;
    m_editor->setEnabled(m_session && !m_section.isEmpty());
}

void ProfilePage::onTextEdited()
{
    if (m_loading || m_section.isEmpty() || !m_session)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty())
        m_profile.text.remove(m_section);
    else
        m_profile.text.insert(m_section, text);
    m_dirty = true;
    updateButtons();
    m_previewTimer->start();
}

void ProfilePage::refreshPreview()
{
    m_previewTimer->stop();
    TeamProfile shown = m_profile;
    shown.normalise();
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setPlainText(m_session ? ProfileRenderer::toText(shown) : QString());
    m_preview->verticalScrollBar()->setValue(scroll);

    m_findings.clear();
    m_lint->clear();
    if (m_session) {
        const QDateTime now = m_session->clock().nowUtc();
        ProfileLintContext context = m_keyContext.value_or(ProfileLintContext{});
        if (!m_keyContext)
            context.signingFingerprint = m_signingKey;
        context.newestChange = m_dirty ? now : m_changedAt;
        context.now = now;
        m_findings = ProfileLint::check(shown, context);
    }
    for (const LintFinding& finding : std::as_const(m_findings)) {
        const bool error = finding.severity == LintFinding::Severity::Error;
        QString message = finding.message;
        if (finding.code == QLatin1String(ProfileLint::kNoSigningKey))
            //: Where the window chooses the team signing key, or links a key to our team
            message += QLatin1Char(' ') + tr("Choose one in Team → Settings (Team signing key), or import our key "
                                             "for our team in Team → Directory (Import key…).");
        const QString text =
            finding.field.isEmpty()
                ? (error ? tr("Error: %1") : tr("Warning: %1")).arg(message)
                : (error ? tr("Error in %1: %2") : tr("Warning in %1: %2")).arg(finding.field, message);
        auto* item = new QListWidgetItem(text, m_lint);
        item->setData(kNumberRole, finding.field);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    if (m_session && m_findings.isEmpty())
        new QListWidgetItem(tr("No findings: the profile is ready to sign."), m_lint);
    updateButtons();
}

void ProfilePage::onFindingActivated(QListWidgetItem* item)
{
    if (item)
        selectSection(item->data(kNumberRole).toString());
}

void ProfilePage::onLanguageChosen(int index)
{
    const QString language = m_languages->itemData(index).toString();
    if (language == m_language)
        return;
    if (m_dirty && !save()) {
        m_languages->setCurrentIndex(std::max(0, m_languages->findData(m_language)));
        return;
    }
    loadDraft(language);
}

bool ProfilePage::save()
{
    if (!m_session)
        return false;
    TeamProfile profile = m_profile;
    profile.normalise();
    if (auto status = storeOf(*m_session).saveDraft(profile); !status) {
        setMessage(tr("Not saved: %1").arg(status.error().toString()), true);
        return false;
    }
    m_profile = profile;
    m_dirty = false;
    loadLanguages();
    if (auto docs = storeOf(*m_session).documents())
        for (const ProfileDocumentInfo& doc : std::as_const(*docs))
            if (doc.language == m_profile.language)
                m_changedAt = doc.changedAt;
    setMessage(tr("Saved the profile draft."), false);
    refreshPreview();
    return true;
}

bool ProfilePage::createTranslation(const QString& language)
{
    if (!m_session || m_publishing || language.trimmed().isEmpty())
        return false;
    if (m_dirty && !save())
        return false;
    ProfileStore store = storeOf(*m_session);
    auto original = store.draft();
    if (!original) {
        setMessage(original.error().toString(), true);
        return false;
    }
    if (!original->has_value()) {
        setMessage(tr("There is no profile to translate yet; write the original first."), true);
        return false;
    }
    const QString code = language.trimmed();
    auto docs = store.documents();
    if (!docs) {
        setMessage(docs.error().toString(), true);
        return false;
    }
    for (const ProfileDocumentInfo& doc : std::as_const(*docs)) {
        if (doc.language.compare(code, Qt::CaseInsensitive) == 0) {
            setMessage(tr("The profile already has a version in “%1”.").arg(code), true);
            return false;
        }
    }
    TeamProfile translation = ProfileTranslation::start(**original, code);
    translation.normalise();
    if (auto status = store.saveDraft(translation); !status) {
        setMessage(tr("No translation created: %1").arg(status.error().toString()), true);
        return false;
    }
    m_language = code;
    loadLanguages();
    loadDraft(code);
    setMessage(tr("Created the translation into “%1” as a copy of the original.").arg(code), false);
    return true;
}

void ProfilePage::askTranslation()
{
    if (!m_session)
        return;
    QStringList taken;
    if (auto docs = storeOf(*m_session).documents())
        for (const ProfileDocumentInfo& doc : std::as_const(*docs))
            taken.append(doc.language);
    ProfileTranslationDialog dialog(taken, this);
    if (dialog.exec() == QDialog::Accepted)
        createTranslation(dialog.language());
}

bool ProfilePage::fillFromDirectory()
{
    if (!m_session)
        return false;
    OwnTeam own(m_session->vault());
    auto team = own.team();
    if (!team) {
        setMessage(team.error().toString(), true);
        return false;
    }
    if (!team->has_value()) {
        setMessage(tr("No directory entry is marked as our team; choose one in the directory first."), true);
        return false;
    }
    auto key = own.signingKey();
    if (!key) {
        setMessage(key.error().toString(), true);
        return false;
    }
    m_profile = ProfileFiller::fill(m_profile, **team, *key, Rsit::builtin());
    m_dirty = true;
    onSectionChanged(m_tree->currentItem());
    refreshPreview();
    setMessage(tr("Filled from our directory entry “%1”; check the sections and save.").arg((*team)->displayName()),
               false);
    return true;
}

void ProfilePage::askPublish()
{
    if (!m_publish->isEnabled())
        return;
    if (m_dirty && !save())
        return;
    ProfilePublishDialog dialog(m_signingKey, m_lastFolder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    publishTo(dialog.folder());
}

bool ProfilePage::publishTo(const QString& folder)
{
    refreshPreview();
    if (!m_publish->isEnabled())
        return false;
    if (m_dirty && !save())
        return false;
    ProfilePublishRequest request{nullptr,
                                  m_session->actor(),
                                  m_session->clock().nowUtc(),
                                  m_language,
                                  m_signingKey,
                                  folder,
                                  KeyPassphrasePrompt::callback(this)};
    m_lastFolder = folder;
    m_publishing = true;
    updateButtons();
    setMessage(tr("Signing and publishing…"), false);
    m_publishJob->start<ProfilePublication>(
        m_session->vault(),
        [request](Vault& vault, JobControl& control) mutable -> ProfilePublishOutcome {
            request.vault = std::shared_ptr<Vault>(std::shared_ptr<Vault>(), &vault); // the runner's connection
            return ProfilePublishJob::run(request, control);
        },
        [this](ProfilePublishOutcome outcome) {
            m_publishing = false;
            if (!outcome && outcome.error().code == ErrorCode::Cancelled) {
                updateButtons();
                return;
            }
            finishPublish(outcome);
        });
    return true;
}

void ProfilePage::finishPublish(const ProfilePublishOutcome& outcome)
{
    if (m_session && outcome) {
        // The draft now carries the Date of Last Update; the key is as it was.
        loadLanguages();
        loadDraft(m_language);
    }
    if (!outcome || !outcome->written) {
        const QString text = outcome ? tr("Version %1 was signed and kept, but the files were not written: %2")
                                           .arg(outcome->version.version)
                                           .arg(outcome->written.error().toString())
                                     : tr("Not published: %1").arg(outcome.error().toString());
        setMessage(text, true);
        updateButtons();
        Q_EMIT publishFinished({}, text);
        return;
    }
    QStringList files = outcome->files;
    // Laid out here: text layout needs the GUI thread and its fonts.
    const auto pdf = ProfilePublishJob::writePdf(m_lastFolder, outcome->version.profile);
    const QString pdfProblem = pdf ? QString() : pdf.error().toString();
    if (pdf)
        files.append(*pdf);
    const QString text = tr("Signed version %1 and wrote %n file(s) to %2.", nullptr, int(files.size()))
                             .arg(outcome->version.version)
                             .arg(QDir::toNativeSeparators(m_lastFolder));
    if (pdfProblem.isEmpty())
        setMessage(text, false);
    else
        setMessage(tr("%1 The PDF was not written: %2").arg(text, pdfProblem), true);
    updateButtons();
    Q_EMIT publishFinished(files, pdfProblem);
}

void ProfilePage::showVersions()
{
    if (!m_session)
        return;
    auto versions = storeOf(*m_session).versions(m_language);
    if (!versions) {
        setMessage(versions.error().toString(), true);
        return;
    }
    ProfileVersionsDialog dialog(*versions, this);
    dialog.exec();
}

void ProfilePage::updateButtons()
{
    const bool open = m_session != nullptr && !m_publishing;
    m_languages->setEnabled(open);
    m_save->setEnabled(open && m_dirty);
    m_fill->setEnabled(open);
    m_versions->setEnabled(open);
    m_translate->setEnabled(open);
    const bool errors = hasLintErrors(m_findings);
    m_publish->setEnabled(open && !m_checkingKey && !m_signingKey.isEmpty() && !errors);
    if (!m_session)
        m_publish->setToolTip({});
    else if (m_signingKey.isEmpty())
        m_publish->setToolTip(tr("Choose the team key in the directory first."));
    else if (errors)
        m_publish->setToolTip(tr("The lint reports errors: fix them first, errors block signing."));
    else
        m_publish->setToolTip(tr("Sign with the team key and write the files to a folder"));
}

void ProfilePage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(StatusColours::labelStyle(error ? std::optional(Tone::Bad) : std::nullopt));
}

} // namespace fb
