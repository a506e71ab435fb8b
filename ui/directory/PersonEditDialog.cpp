// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/PersonEditDialog.h"

#include "core/directory/PersonStore.h"
#include "core/directory/TeamFields.h"
#include "ui/directory/ChannelTable.h"
#include "ui/directory/RecordSave.h"
#include "ui/ticket/TaxonomyCombos.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb {

namespace {

QLineEdit* cellEdit(QTableWidget* table, int row, int column)
{
    return qobject_cast<QLineEdit*>(table->cellWidget(row, column));
}

QComboBox* cellCombo(QTableWidget* table, int row, int column)
{
    return qobject_cast<QComboBox*>(table->cellWidget(row, column));
}

} // namespace

PersonEditDialog::PersonEditDialog(WorkspaceSession& session, const Person& person, const QList<Team>& teams,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(person)
    , m_teams(teams)
{
    setObjectName(QStringLiteral("personEditDialog"));
    setWindowTitle(person.id ? tr("Edit %1").arg(person.name) : tr("Add a person"));
    std::sort(m_teams.begin(), m_teams.end(),
              [](const Team& a, const Team& b) { return a.displayName().localeAwareCompare(b.displayName()) < 0; });
    auto* layout = new QVBoxLayout(this);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("organisationLineEdit"));
    m_organisation->setToolTip(tr("Where the person works; it may differ from the teams they belong to."));
    form->addRow(tr("&Organisation:"), m_organisation);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyFingerprintLineEdit"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(tr("40 or 64 hex digits"));
    form->addRow(tr("OpenPGP &key:"), m_key);
    m_tlp = TaxonomyCombos::tlp(this, QStringLiteral("highestTlpComboBox"));
    m_tlp->insertItem(0, tr("As their current team"), QString());
    m_tlp->setToolTip(tr("The most restrictive TLP label we may share with this person; unset: that of the teams "
                         "they currently belong to."));
    form->addRow(tr("Share &up to:"), m_tlp);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("No&tes:"), m_notes);
    layout->addLayout(form);

    auto* channelsBox = new QGroupBox(tr("Channels"), this);
    auto* channelsLayout = new QVBoxLayout(channelsBox);
    m_channels = new ChannelTable(channelsBox);
    m_channels->setObjectName(QStringLiteral("personChannelTable"));
    channelsLayout->addWidget(m_channels);
    layout->addWidget(channelsBox, 1);

    auto* teamsBox = new QGroupBox(tr("Teams"), this);
    auto* teamsLayout = new QVBoxLayout(teamsBox);
    m_memberships = new QTableWidget(0, MembershipColumnCount, teamsBox);
    m_memberships->setObjectName(QStringLiteral("membershipsTableWidget"));
    m_memberships->setHorizontalHeaderLabels({tr("Team"), tr("Role"), tr("From"), tr("Until")});
    m_memberships->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_memberships->verticalHeader()->hide();
    m_memberships->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberships->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberships->setToolTip(tr("Dates as yyyy-mm-dd; an empty Until means they are still there. Give a past "
                                 "membership an end date rather than removing it, so that it stays on record."));
    teamsLayout->addWidget(m_memberships);
    auto* teamButtons = new QHBoxLayout;
    auto* addMembershipButton = new QPushButton(tr("Add to a team"), teamsBox);
    addMembershipButton->setObjectName(QStringLiteral("addMembershipPushButton"));
    addMembershipButton->setEnabled(!m_teams.isEmpty());
    auto* removeMembershipButton = new QPushButton(tr("Remove membership"), teamsBox);
    removeMembershipButton->setObjectName(QStringLiteral("removeMembershipPushButton"));
    teamButtons->addWidget(addMembershipButton);
    teamButtons->addWidget(removeMembershipButton);
    teamButtons->addStretch(1);
    teamsLayout->addLayout(teamButtons);
    layout->addWidget(teamsBox, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("personEditErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("personEditButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(person.id ? tr("&Save") : tr("&Add person"));
    layout->addWidget(buttons);

    connect(addMembershipButton, &QPushButton::clicked, this, [this]() {
        TeamMembership m;
        m.teamId = m_teams.first().id;
        m.from = m_session.clock().nowUtc().toLocalTime().date();
        m_memberships->setCurrentCell(addMembership(m), TeamColumn);
    });
    connect(removeMembershipButton, &QPushButton::clicked, this, [this]() {
        if (const int row = m_memberships->currentRow(); row >= 0)
            m_memberships->removeRow(row);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showPerson(person);
    resize(820, 700);
}

int PersonEditDialog::addMembership(const TeamMembership& membership)
{
    const int row = m_memberships->rowCount();
    m_memberships->insertRow(row);
    auto* team = new QComboBox(m_memberships);
    team->setObjectName(QStringLiteral("membershipTeamComboBox"));
    for (const Team& t : std::as_const(m_teams))
        team->addItem(t.displayName(), t.id);
    if (team->findData(membership.teamId) < 0) // a team not offered (should not happen): kept by its id
        team->addItem(tr("Team %1").arg(membership.teamId), membership.teamId);
    team->setCurrentIndex(team->findData(membership.teamId));
    m_memberships->setCellWidget(row, TeamColumn, team);
    auto* role = new QComboBox(m_memberships);
    role->setObjectName(QStringLiteral("membershipRoleComboBox"));
    role->setEditable(true);
    //: Membership roles are stored as typed; these are the suggested ones (lower case keys, not translated)
    role->addItems({QString(), QStringLiteral("lead"), QStringLiteral("handler"), QStringLiteral("liaison"),
                    QStringLiteral("pgp-key-owner")});
    role->setCurrentText(membership.role);
    m_memberships->setCellWidget(row, RoleColumn, role);
    const QList<std::pair<int, QDate>> dates{{FromColumn, membership.from}, {UntilColumn, membership.until}};
    for (const auto& [column, date] : dates) {
        auto* edit = new QLineEdit(TeamFields::dateText(date), m_memberships);
        edit->setObjectName(column == FromColumn ? QStringLiteral("membershipFromLineEdit")
                                                 : QStringLiteral("membershipUntilLineEdit"));
        edit->setPlaceholderText(tr("yyyy-mm-dd"));
        m_memberships->setCellWidget(row, column, edit);
    }
    return row;
}

void PersonEditDialog::showPerson(const Person& p)
{
    m_name->setText(p.name);
    m_organisation->setText(p.organisation);
    m_key->setText(p.keyFingerprint);
    m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(p.highestTlp ? Tlp::key(*p.highestTlp) : QString())));
    m_notes->setPlainText(p.notes);
    m_channels->setChannels(p.channels);
    m_memberships->setRowCount(0);
    for (const TeamMembership& m : p.memberships)
        addMembership(m);
}

Result<Person> PersonEditDialog::personFromFields() const
{
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.keyFingerprint = m_key->text().trimmed();
    p.highestTlp = Tlp::parse(m_tlp->currentData().toString());
    p.notes = m_notes->toPlainText().trimmed();
    p.channels = m_channels->channels();
    p.memberships.clear();
    for (int row = 0; row < m_memberships->rowCount(); ++row) {
        TeamMembership m;
        m.teamId = cellCombo(m_memberships, row, TeamColumn)->currentData().toLongLong();
        m.role = cellCombo(m_memberships, row, RoleColumn)->currentText().trimmed();
        for (const int column : {int(FromColumn), int(UntilColumn)}) {
            auto date =
                TeamFields::parseDate(cellEdit(m_memberships, row, column)->text(), QStringLiteral("memberships"));
            if (!date)
                //: %1 is the row number in the Teams table, %2 why its date was refused
                return fail(ErrorCode::BadInput, tr("Team row %1: %2").arg(row + 1).arg(date.error().message),
                            QStringLiteral("memberships"));
            (column == FromColumn ? m.from : m.until) = *date;
        }
        p.memberships.append(m);
    }
    return p;
}

Status PersonEditDialog::save()
{
    m_error->hide();
    PersonStore store(m_session.change());
    auto saved = addOrUpdate(
        personFromFields(), [&store](const Person& r) { return store.addPerson(r); },
        [&store](const Person& r) { return store.updatePerson(r); });
    if (!saved) {
        showError(saved.error());
        return fail(saved.error());
    }
    m_savedId = *saved;
    accept();
    return {};
}

void PersonEditDialog::showError(const Error& error)
{
    //: Shown in the person dialog when the person could not be saved; %1 is the reason
    m_error->setText(tr("Not saved: %1").arg(error.message));
    m_error->show();
    if (error.where == QLatin1String("name"))
        m_name->setFocus();
    else if (error.where == QLatin1String("channels"))
        m_channels->table()->setFocus();
    else if (error.where == QLatin1String("memberships"))
        m_memberships->setFocus();
    else if (error.where == QLatin1String("keys"))
        m_key->setFocus();
}

QString PersonEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace fb
