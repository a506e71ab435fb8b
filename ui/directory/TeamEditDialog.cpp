// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamEditDialog.h"

#include "core/directory/Countries.h"
#include "core/directory/TeamStore.h"
#include "ui/directory/ChannelTable.h"
#include "ui/directory/RecordSave.h"
#include "ui/ticket/TaxonomyCombos.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fb {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QPlainTextEdit* textEdit(QWidget* parent, const char* objectName, const QString& placeholder, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList list;
    for (const QString& line : edit->toPlainText().split(u'\n'))
        if (const QString l = line.trimmed(); !l.isEmpty())
            list.append(l);
    return list;
}

} // namespace

TeamEditDialog::TeamEditDialog(WorkspaceSession& session, const Team& team, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_team(team)
{
    setObjectName(QStringLiteral("teamEditDialog"));
    setWindowTitle(team.id ? tr("Edit team %1").arg(team.displayName()) : tr("Add a team"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* facts = new QFormLayout;
    m_officialName = lineEdit(this, "officialNameLineEdit", tr("Example University CSIRT"));
    facts->addRow(tr("&Official name:"), m_officialName);
    m_shortName = lineEdit(this, "shortNameLineEdit", tr("EXU-CSIRT"));
    facts->addRow(tr("&Short name:"), m_shortName);
    m_host = lineEdit(this, "hostOrganisationLineEdit");
    facts->addRow(tr("&Host organisation:"), m_host);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->addItem(tr("Not set"), QString());
    for (const QString& code : Countries::codes())
        m_country->addItem(tr("%1 (%2)").arg(Countries::name(code), code), code);
    facts->addRow(tr("&Country:"), m_country);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    for (const QString& key : DirectoryTypes::teamTypeKeys()) {
        const TeamType type = *DirectoryTypes::parseTeamType(key);
        m_type->addItem(DirectoryTypes::label(type), int(type));
    }
    facts->addRow(tr("&Type:"), m_type);
    m_website = lineEdit(this, "websiteLineEdit", QStringLiteral("https://"));
    facts->addRow(tr("&Website:"), m_website);
    m_rfc2350 = lineEdit(this, "rfc2350LineEdit", QStringLiteral("https://"));
    facts->addRow(tr("&RFC 2350 URL:"), m_rfc2350);
    m_hours = lineEdit(this, "businessHoursLineEdit", tr("Mon-Fri 08:00-17:00"));
    facts->addRow(tr("&Business hours:"), m_hours);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItem(QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    facts->addRow(tr("Time &zone:"), m_timeZone);
    m_24x7 = new QCheckBox(tr("Reachable &24/7"), this);
    m_24x7->setObjectName(QStringLiteral("available24x7CheckBox"));
    facts->addRow(QString(), m_24x7);
    m_tlp = TaxonomyCombos::tlp(this, QStringLiteral("highestTlpComboBox"));
    m_tlp->insertItem(0, tr("Not agreed"), QString());
    m_tlp->setToolTip(tr("The most restrictive TLP label we may share with this team."));
    facts->addRow(tr("Share &up to:"), m_tlp);
    m_verified = new QCheckBox(tr("I &verified these details now"), this);
    m_verified->setObjectName(QStringLiteral("verifiedCheckBox"));
    m_verified->setToolTip(tr("Records that you confirmed the contact details today; the team is then no longer "
                              "stale."));
    facts->addRow(QString(), m_verified);
    m_notes = textEdit(this, "notesPlainTextEdit", QString(), 4);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 8 + 12);
    facts->addRow(tr("&Notes:"), m_notes);
    auto* left = new QVBoxLayout;
    left->addLayout(facts);
    left->addStretch(1);
    columns->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    auto* channelsBox = new QGroupBox(tr("Channels"), this);
    auto* channelsLayout = new QVBoxLayout(channelsBox);
    m_channels = new ChannelTable(channelsBox);
    m_channels->setObjectName(QStringLiteral("teamChannelTable"));
    channelsLayout->addWidget(m_channels);
    right->addWidget(channelsBox, 3);
    auto* constituencyBox = new QGroupBox(tr("Constituency"), this);
    auto* constituencyLayout = new QVBoxLayout(constituencyBox);
    auto* constituencyHint = new QLabel(tr("One entry a line: a network (192.0.2.0/24, 2001:db8::/32), an address "
                                           "range, an AS number (AS64496), a domain (example.org, *.ac.uk), a "
                                           "country code (DE), or free text after “text:”."),
                                        constituencyBox);
    constituencyHint->setWordWrap(true);
    constituencyLayout->addWidget(constituencyHint);
    m_constituency = textEdit(constituencyBox, "constituencyPlainTextEdit", QString(), 5);
    m_constituency->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    constituencyLayout->addWidget(m_constituency);
    right->addWidget(constituencyBox, 2);
    auto* keysBox = new QGroupBox(tr("Linked OpenPGP keys"), this);
    auto* keysLayout = new QVBoxLayout(keysBox);
    auto* keysHint = new QLabel(tr("One fingerprint a line. Import the keys themselves with Import → OpenPGP "
                                   "keys… or the team's Import key… button."),
                                keysBox);
    keysHint->setWordWrap(true);
    keysLayout->addWidget(keysHint);
    m_keys = textEdit(keysBox, "keysPlainTextEdit", QString(), 2);
    m_keys->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keys->setMaximumHeight(m_keys->fontMetrics().lineSpacing() * 4 + 12);
    keysLayout->addWidget(m_keys);
    right->addWidget(keysBox, 0);
    columns->addLayout(right, 3);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamEditErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("teamEditButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setText(team.id ? tr("&Save") : tr("&Add team"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showTeam(team);
    resize(1050, 680);
}

void TeamEditDialog::showTeam(const Team& t)
{
    m_officialName->setText(t.officialName);
    m_shortName->setText(t.shortName);
    m_host->setText(t.hostOrganisation);
    if (int index = m_country->findData(t.country); index >= 0) {
        m_country->setCurrentIndex(index);
    } else { // a code this Qt does not know: kept, not lost
        m_country->addItem(t.country, t.country);
        m_country->setCurrentIndex(m_country->count() - 1);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(t.type))));
    m_website->setText(t.website);
    m_rfc2350->setText(t.rfc2350Url);
    m_hours->setText(t.businessHours);
    m_timeZone->setCurrentText(t.timeZone);
    m_24x7->setChecked(t.available24x7);
    m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(t.highestTlp ? Tlp::key(*t.highestTlp) : QString())));
    m_notes->setPlainText(t.notes);
    m_channels->setChannels(t.channels);
    QStringList entries;
    for (const ConstituencyEntry& e : t.constituency)
        entries.append(Constituency::lineText(e));
    m_constituency->setPlainText(entries.join(u'\n'));
    m_keys->setPlainText(t.keyFingerprints.join(u'\n'));
}

Result<Team> TeamEditDialog::teamFromFields() const
{
    Team t = m_team;
    t.officialName = m_officialName->text().trimmed();
    t.shortName = m_shortName->text().trimmed();
    t.hostOrganisation = m_host->text().trimmed();
    t.country = m_country->currentData().toString();
    t.type = static_cast<TeamType>(m_type->currentData().toInt());
    t.website = m_website->text().trimmed();
    t.rfc2350Url = m_rfc2350->text().trimmed();
    t.businessHours = m_hours->text().trimmed();
    t.timeZone = m_timeZone->currentText().trimmed();
    t.available24x7 = m_24x7->isChecked();
    t.highestTlp = Tlp::parse(m_tlp->currentData().toString());
    t.notes = m_notes->toPlainText().trimmed();
    t.channels = m_channels->channels();
    auto entries = Constituency::parseLines(m_constituency->toPlainText());
    if (!entries)
        //: %1 lists the refused lines, one a line ("Line 2: …")
        return fail(ErrorCode::BadInput,
                    tr("The constituency has lines that are not entries:\n%1").arg(entries.error().message),
                    entries.error().where);
    t.constituency = *entries;
    t.keyFingerprints = lines(m_keys);
    if (m_verified->isChecked()) {
        t.verifiedAt = m_session.clock().nowUtc();
        t.verifiedBy = m_session.actor();
    }
    return t;
}

Status TeamEditDialog::save()
{
    m_error->hide();
    TeamStore store(m_session.change());
    auto saved = addOrUpdate(
        teamFromFields(), [&store](const Team& r) { return store.addTeam(r); },
        [&store](const Team& r) { return store.updateTeam(r); });
    if (!saved) {
        showError(saved.error());
        return fail(saved.error());
    }
    m_savedId = *saved;
    accept();
    return {};
}

void TeamEditDialog::showError(const Error& error)
{
    //: Shown in the team dialog when the team could not be saved; %1 is the reason
    m_error->setText(tr("Not saved: %1").arg(error.message));
    m_error->show();
    if (QWidget* field = fieldWidget(error.where))
        field->setFocus();
}

QString TeamEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QWidget* TeamEditDialog::fieldWidget(const QString& where) const
{
    const std::pair<const char*, QWidget*> fields[] = {
        {"official_name", m_officialName}, {"short_name", m_shortName},      {"country", m_country},
        {"time_zone", m_timeZone},         {"website", m_website},           {"rfc2350_url", m_rfc2350},
        {"channels", m_channels->table()}, {"constituency", m_constituency}, {"keys", m_keys},
    };
    for (const auto& [name, widget] : fields)
        if (where == QLatin1String(name))
            return widget;
    return nullptr;
}

} // namespace fb
