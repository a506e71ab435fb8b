// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/ListMembersDialog.h"

#include "core/directory/DistributionListStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb {

ListMembersDialog::ListMembersDialog(WorkspaceSession& session, const DistributionList& list, const QList<Team>& teams,
                                     const QList<Person>& people, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(list)
{
    setObjectName(QStringLiteral("listMembersDialog"));
    setWindowTitle(tr("Add to %1").arg(list.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the teams and people to put on the list “%1”.").arg(list.name), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("memberFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("memberChoicesListWidget"));
    auto offer = [this](const QString& text, int role, qint64 id) {
        auto* item = new QListWidgetItem(text, m_choices);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(role, id);
    };
    for (const Team& t : teams) {
        if (!list.members.contains(DistributionListMember{t.id, 0, {}}))
            //: A team offered as a list member: "Team: EXU-CERT (Example University CERT)"
            offer(t.shortName.isEmpty() ? tr("Team: %1").arg(t.officialName)
                                        : tr("Team: %1 (%2)").arg(t.shortName, t.officialName),
                  TeamIdRole, t.id);
    }
    for (const Person& p : people) {
        if (!list.members.contains(DistributionListMember{0, p.id, {}}))
            offer(tr("Person: %1").arg(p.name), PersonIdRole, p.id);
    }
    layout->addWidget(m_choices, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("listMembersErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("listMembersButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Add to list"));
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ListMembersDialog::applyFilter);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 560);
}

void ListMembersDialog::applyFilter(const QString& text)
{
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem* item = m_choices->item(i);
        item->setHidden(!text.trimmed().isEmpty() && !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

bool ListMembersDialog::check(const QString& name)
{
    for (int i = 0; i < m_choices->count(); ++i) {
        QListWidgetItem* item = m_choices->item(i);
        if (item->text().contains(name, Qt::CaseInsensitive)) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

Status ListMembersDialog::save()
{
    QStringList teams;
    QStringList people;
    for (int i = 0; i < m_choices->count(); ++i) {
        const QListWidgetItem* item = m_choices->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const qint64 team = item->data(TeamIdRole).toLongLong())
            teams.append(QString::number(team));
        else
            people.append(QString::number(item->data(PersonIdRole).toLongLong()));
    }
    if (teams.isEmpty() && people.isEmpty()) {
        reject();
        return {};
    }
    // By id: all of them or, when one cannot be added, none.
    auto changed = DistributionListStore(m_session.change()).addMembers(QString::number(m_list.id), teams, people);
    if (!changed) {
        //: Shown when members could not be put on a list; %1 is the reason. Nothing was added.
        m_error->setText(tr("Nobody was added: %1").arg(changed.error().message));
        m_error->show();
        return fail(changed.error());
    }
    m_added = int(teams.size() + people.size());
    accept();
    return {};
}

QString ListMembersDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fb
