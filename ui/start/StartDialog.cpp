// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/StartDialog.h"

#include "core/settings/FirstRun.h"
#include "ui/start/KeyWorkStatus.h"
#include "ui/start/NewPassphraseFields.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fb {

namespace {

const QString kRecentKey = QStringLiteral("workspaces/recent");
constexpr int kMaxRecent = 8;

} // namespace

StartDialog::StartDialog(QSettings& settings, WorkspaceOpener::Populate demoPopulate, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_demoPopulate(std::move(demoPopulate))
    , m_opener(new WorkspaceOpener(this))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("Firebreak: open a workspace"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildOpenPage());
    m_pages->addWidget(buildCreatePage());
    layout->addWidget(m_pages);
    m_status = new KeyWorkStatus(tr("Deriving the key…"), this);
    layout->addWidget(m_status);

    connect(m_opener, &WorkspaceOpener::busyChanged, this, &StartDialog::setBusy);
    connect(m_opener, &WorkspaceOpener::opened, this, &StartDialog::onOpened);
    connect(m_opener, &WorkspaceOpener::failed, this, &StartDialog::onFailed);
}

StartDialog::~StartDialog() = default;

QWidget* StartDialog::buildOpenPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Recent workspaces"), page));
    m_recent = new QListWidget(page);
    m_recent->setObjectName(QStringLiteral("recentListWidget"));
    const QStringList recent = m_settings.value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recent->addItem(path);
    layout->addWidget(m_recent);

    auto* form = new QFormLayout();
    auto* pathRow = new QHBoxLayout();
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(QStringLiteral("pathLineEdit"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    pathRow->addWidget(m_pathEdit);
    pathRow->addWidget(browse);
    form->addRow(tr("Workspace file:"), pathRow);
    m_passphraseEdit = new QLineEdit(page);
    m_passphraseEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_passphraseEdit);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout();
    auto* create = new QPushButton(tr("New workspace…"), page);
    create->setObjectName(QStringLiteral("newWorkspaceButton"));
    m_demoButton = new QPushButton(tr("Open demo workspace"), page);
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_openButton = new QPushButton(tr("Open"), page);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setDefault(true);
    buttons->addWidget(create);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    layout->addLayout(buttons);

    connect(m_recent, &QListWidget::currentTextChanged, m_pathEdit, &QLineEdit::setText);
    connect(m_recent, &QListWidget::itemActivated, this, [this]() { m_passphraseEdit->setFocus(); });
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(),
                                                          tr("Firebreak workspaces (*.firebreak)"));
        if (!path.isEmpty())
            m_pathEdit->setText(path);
    });
    connect(m_openButton, &QPushButton::clicked, this, &StartDialog::openSelected);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &StartDialog::openSelected);
    connect(create, &QPushButton::clicked, this, &StartDialog::showCreatePage);
    connect(m_demoButton, &QPushButton::clicked, this, [this]() {
        // The demo's passphrase is public by design: it holds no real case data.
        openDemo(SecretBytes("demo", 4));
    });
    if (!recent.isEmpty()) {
        m_recent->setCurrentRow(0);
        m_passphraseEdit->setFocus();
    }
    return page;
}

QWidget* StartDialog::buildCreatePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("A workspace is one encrypted file. Its passphrase cannot be recovered: "
                                "keep it somewhere safe."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout();
    auto* pathRow = new QHBoxLayout();
    m_newPathEdit = new QLineEdit(page);
    m_newPathEdit->setObjectName(QStringLiteral("newPathLineEdit"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    pathRow->addWidget(m_newPathEdit);
    pathRow->addWidget(browse);
    form->addRow(tr("New file:"), pathRow);
    m_newPassphrase = new NewPassphraseFields(form, tr("Passphrase:"), page);
    layout->addLayout(form);
    layout->addStretch();
    auto* buttons = new QHBoxLayout();
    auto* back = new QPushButton(tr("Back"), page);
    back->setObjectName(QStringLiteral("backButton"));
    m_createButton = new QPushButton(tr("Create"), page);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_createButton);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                          tr("Firebreak workspaces (*.firebreak)"));
        if (!path.isEmpty())
            m_newPathEdit->setText(path);
    });
    connect(back, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(0);
        m_createButton->setDefault(false);
        m_openButton->setDefault(true);
        m_status->clearMessage();
    });
    connect(m_createButton, &QPushButton::clicked, this, &StartDialog::createWorkspace);
    // Enter creates from any field; a message about what was typed goes when it is edited.
    for (QLineEdit* edit : {m_newPathEdit, m_newPassphrase->passphraseEdit(), m_newPassphrase->repeatEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &StartDialog::createWorkspace);
    // The status line is made after the pages: reach it when the edit happens.
    connect(m_newPathEdit, &QLineEdit::textEdited, this, [this]() { m_status->clearMessage(); });
    connect(m_newPassphrase, &NewPassphraseFields::edited, this, [this]() { m_status->clearMessage(); });
    setTabOrder(m_newPathEdit, browse);
    setTabOrder(browse, m_newPassphrase->passphraseEdit());
    setTabOrder(m_newPassphrase->passphraseEdit(), m_newPassphrase->repeatEdit());
    setTabOrder(m_newPassphrase->repeatEdit(), m_createButton);
    setTabOrder(m_createButton, back);
    return page;
}

QString StartDialog::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/firebreak/demo.firebreak");
}

void StartDialog::rememberRecent(QSettings& settings, const QString& path)
{
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void StartDialog::showCreatePage()
{
    m_pages->setCurrentIndex(1);
    m_openButton->setDefault(false);
    m_createButton->setDefault(true);
    m_status->clearMessage();
    m_newPathEdit->setFocus();
}

void StartDialog::openSelected()
{
    if (m_opener->isBusy())
        return;
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Choose a workspace file first."), true);
        return;
    }
    if (!QFileInfo::exists(path)) {
        showMessage(tr("There is no workspace file at %1.").arg(path), true);
        return;
    }
    if (m_passphraseEdit->text().isEmpty()) {
        showMessage(tr("Enter the workspace's passphrase."), true);
        return;
    }
    QString text = m_passphraseEdit->text();
    m_passphraseEdit->clear();
    m_path = path;
    m_opener->open(path, SecretBytes::takeUtf8(text));
}

void StartDialog::openDemo(SecretBytes passphrase)
{
    if (m_opener->isBusy())
        return;
    m_path = demoPath();
    if (QFileInfo::exists(m_path)) {
        m_opener->open(m_path, std::move(passphrase));
        return;
    }
    if (!m_demoPopulate) {
        showMessage(tr("The demo workspace is not available in this build yet: its demo data generator "
                       "has not landed."),
                    true);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_status->setBusyText(tr("Creating the demo workspace…"));
    m_opener->create(m_path, std::move(passphrase), m_demoPopulate);
}

void StartDialog::createWorkspace()
{
    if (m_opener->isBusy())
        return;
    QString path = m_newPathEdit->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Choose where the new workspace file goes."), true);
        return;
    }
    if (!path.endsWith(QLatin1String(".firebreak")))
        path += QStringLiteral(".firebreak");
    if (QFileInfo::exists(path)) {
        showMessage(tr("%1 exists already; choose another name.").arg(path), true);
        return;
    }
    if (const QString problem = m_newPassphrase->problem(); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_path = path;
    m_status->setBusyText(tr("Creating the workspace…"));
    // A workspace made here opens with the first-run guide (the demo and opened ones do not).
    m_opener->create(path, m_newPassphrase->take(), [](Vault& vault) { return FirstRun::markPending(vault); });
}

void StartDialog::setBusy(bool busy)
{
    m_status->setBusy(busy);
    m_pages->setEnabled(!busy);
    if (!busy)
        m_status->setBusyText(tr("Deriving the key…"));
}

void StartDialog::showMessage(const QString& text, bool problem)
{
    m_status->showMessage(text, problem);
}

void StartDialog::onOpened()
{
    m_vault = m_opener->takeVault();
    rememberRecent(m_settings, m_path);
    accept();
}

void StartDialog::onFailed(const Error& error)
{
    if (error.code == ErrorCode::WrongPassphrase) {
        showMessage(tr("Wrong passphrase for this workspace. Try again."), true);
        m_pages->setCurrentIndex(0);
        m_pathEdit->setText(m_path);
        m_passphraseEdit->setFocus();
        return;
    }
    showMessage(error.toString(), true);
}

void StartDialog::selectWorkspace(const QString& path)
{
    m_pages->setCurrentIndex(0);
    m_recent->clearSelection();
    m_pathEdit->setText(path);
    m_passphraseEdit->clear();
    m_passphraseEdit->setFocus();
    show();
    raise();
    activateWindow();
}

} // namespace fb
