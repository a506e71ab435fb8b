// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/firstrun/FirstRunTeamPage.h"

#include "core/mail/MailStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fb {

FirstRunTeamPage::FirstRunTeamPage(WorkspaceSession& session, QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("firstRunTeamPage"));
    setTitle(tr("Our team"));
    setSubTitle(tr("Who we are in mail, the team profile and advisories. Firebreak keeps it as our entry in the "
                   "directory."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("teamNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. CERT-X, the Example Computer Emergency Response Team"));
    form->addRow(tr("Team &name:"), m_name);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("teamEmailLineEdit"));
    m_email->setPlaceholderText(tr("e.g. cert@example.org"));
    form->addRow(tr("&E-mail address:"), m_email);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("subjectTagLineEdit"));
    m_tag->setMaxLength(40);
    m_tag->setPlaceholderText(tr("e.g. CERT-X"));
    form->addRow(tr("Mail subject &tag:"), m_tag);
    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("subjectTagExampleLabel"));
    form->addRow(QString(), m_example);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamErrorLabel"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_tag);

    FirstRun guide(session.change(), session.sla());
    if (auto current = guide.currentTeam()) {
        m_name->setText(current->name);
        m_email->setText(current->email);
        m_tag->setText(current->subjectTag);
    } else {
        showError(current.error());
    }
    for (QLineEdit* edit : {m_name, m_email, m_tag})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunTeamPage::recheck);
    recheck();
}

FirstRun::TeamAnswers FirstRunTeamPage::answers() const
{
    return FirstRun::TeamAnswers{m_name->text(), m_email->text(), m_tag->text()};
}

Status FirstRunTeamPage::apply(FirstRun& guide)
{
    FB_TRY(guide.applyTeam(answers()));
    return {};
}

bool FirstRunTeamPage::validatePage()
{
    const Status status = FirstRun::checkTeam(answers());
    if (!status) {
        showError(status.error());
        return false;
    }
    return true;
}

void FirstRunTeamPage::showError(const Error& error)
{
    m_errorShown = true;
    m_error->setText(tr("⚠ %1").arg(error.message));
    if (QLineEdit* field = fieldOf(error.where)) {
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    }
}

void FirstRunTeamPage::recheck()
{
    // The tag's example while it is a good one, else what a good one looks like.
    const QString tag = m_tag->text().trimmed();
    const Status tagStatus = MailStore::checkSubjectTag(tag);
    m_example->setText(tagStatus ? tr("Subjects will read “[%1 #123] …”.").arg(tag) : tagStatus.error().message);
    if (!m_errorShown)
        return;
    // Once an error is shown it follows the typing, and goes when everything is right.
    const Status status = FirstRun::checkTeam(answers());
    m_error->setText(status ? QString() : tr("⚠ %1").arg(status.error().message));
    m_errorShown = !status;
}

QLineEdit* FirstRunTeamPage::fieldOf(const QString& where) const
{
    if (where == QLatin1String("name"))
        return m_name;
    if (where == QLatin1String("email"))
        return m_email;
    if (where == QLatin1String("subject-tag"))
        return m_tag;
    return nullptr;
}

} // namespace fb
