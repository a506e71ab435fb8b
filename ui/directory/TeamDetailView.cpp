// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamDetailView.h"

#include "core/directory/Countries.h"
#include "core/directory/TeamFields.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString section(const QString& title, const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>") + esc(title) + QStringLiteral("</h3><ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

TeamDetailView::TeamDetailView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("teamDetailView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("teamOverviewTextBrowser"));
    m_overview->setOpenExternalLinks(false);
    layout->addWidget(m_overview, 3);

    auto* keysHeader = new QHBoxLayout;
    auto* keysLabel = new QLabel(tr("OpenPGP keys"), this);
    QFont bold = keysLabel->font();
    bold.setBold(true);
    keysLabel->setFont(bold);
    keysHeader->addWidget(keysLabel, 1);
    m_importKey = new QPushButton(tr("Import key…"), this);
    m_importKey->setObjectName(QStringLiteral("importTeamKeyPushButton"));
    m_importKey->setToolTip(tr("Import an ASCII-armoured key file and link its keys to this team."));
    keysHeader->addWidget(m_importKey);
    layout->addLayout(keysHeader);

    m_keys = new QTableWidget(0, 4, this);
    m_keys->setObjectName(QStringLiteral("teamKeysTableWidget"));
    m_keys->setHorizontalHeaderLabels({tr("Fingerprint"), tr("Status"), tr("Expires"), tr("User IDs")});
    m_keys->horizontalHeader()->setStretchLastSection(true);
    m_keys->verticalHeader()->hide();
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setTabKeyNavigation(false); // read-only: Tab leaves the table
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_keys, 1);
    m_noKeys = new QLabel(tr("No OpenPGP key is linked to this team."), this);
    m_noKeys->setObjectName(QStringLiteral("noTeamKeysLabel"));
    layout->addWidget(m_noKeys);

    connect(m_importKey, &QPushButton::clicked, this, [this]() {
        if (m_teamId)
            Q_EMIT importKeyRequested(m_teamId);
    });
    clear();
}

void TeamDetailView::clear()
{
    m_teamId = 0;
    m_overview->setHtml(QStringLiteral("<p>") + esc(tr("Select a team to see its details.")) + QStringLiteral("</p>"));
    fillKeys({});
    m_importKey->setEnabled(false);
}

QString TeamDetailView::text() const
{
    return m_overview->toPlainText();
}

void TeamDetailView::showTeam(const TeamRow& row, const QList<Person>& people, QDate today,
                              const QList<HistoryEntry>& history)
{
    m_teamId = row.team.id;
    m_overview->setHtml(overviewHtml(row, people, today, history));
    fillKeys(row.keys);
    m_importKey->setEnabled(true);
}

QString TeamDetailView::changeText(const HistoryEntry& entry)
{
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    const QString field = entry.field.section(u'/', 2).replace(u'_', u' ');
    const QString verb = entry.action.section(u'.', -1);
    auto shortValue = [](const std::optional<QString>& value) {
        QString text = value.value_or(QString()).simplified();
        return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
    };
    if (verb == QLatin1String("create"))
        //: The edit log in the team detail: "2026-03-02 09:00, alice: added"
        return tr("%1, %2: added").arg(when, entry.actor);
    if (!entry.oldValue || entry.oldValue->isEmpty())
        //: "2026-03-02 09:00, alice: notes set to “Call first.”"
        return tr("%1, %2: %3 set to “%4”").arg(when, entry.actor, field, shortValue(entry.newValue));
    if (!entry.newValue || entry.newValue->isEmpty())
        return tr("%1, %2: %3 cleared (was “%4”)").arg(when, entry.actor, field, shortValue(entry.oldValue));
    //: "2026-03-02 09:00, alice: website “https://a.example” → “https://b.example”"
    return tr("%1, %2: %3 “%4” → “%5”")
        .arg(when, entry.actor, field, shortValue(entry.oldValue), shortValue(entry.newValue));
}

QString TeamDetailView::overviewHtml(const TeamRow& row, const QList<Person>& people, QDate today,
                                     const QList<HistoryEntry>& history)
{
    const Team& t = row.team;
    QString html = QStringLiteral("<h2>") + esc(t.displayName()) + QStringLiteral("</h2>");
    if (t.officialName != t.displayName())
        html += QStringLiteral("<p>") + esc(t.officialName) + QStringLiteral("</p>");

    QList<std::pair<QString, QString>> facts;
    facts.append({tr("Host organisation"), t.hostOrganisation});
    if (!t.country.isEmpty())
        facts.append({tr("Country"), tr("%1 (%2)").arg(Countries::name(t.country), t.country)});
    facts.append({tr("Type"), DirectoryTypes::label(t.type)});
    facts.append({tr("Trusted Introducer"),
                  t.tiSince.isValid() ? tr("%1 since %2").arg(DirectoryTypes::label(t.tiStatus), dateText(t.tiSince))
                                      : DirectoryTypes::label(t.tiStatus)});
    facts.append({tr("Share with them"), t.highestTlp ? tr("up to %1").arg(Tlp::label(*t.highestTlp))
                                                      : tr("not agreed: ask before sharing anything above TLP:CLEAR")});
    facts.append({tr("Languages"), t.languages.join(QStringLiteral(", "))});
    facts.append({tr("Business hours"),
                  t.available24x7 ? tr("24/7") : QStringList{t.businessHours, t.timeZone}.join(u' ').trimmed()});
    facts.append({tr("Website"), t.website});
    facts.append({tr("RFC 2350"), t.rfc2350Url});
    facts.append({tr("Verified"), t.verifiedAt.isValid()
                                      ? tr("%1 by %2").arg(dateText(t.verifiedAt.toLocalTime().date()), t.verifiedBy)
                                      : tr("never")});
    html += QStringLiteral("<table cellspacing=\"2\">");
    for (const auto& [label, value] : std::as_const(facts)) {
        if (value.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<tr><td><b>") + esc(label) + QStringLiteral("</b>&nbsp;&nbsp;</td><td>") + esc(value) +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    QStringList warnings;
    if (row.stale && t.verifiedAt.isValid()) // never verified is among TeamFields' warnings
        warnings.append(tr("The contact details were not verified recently; check them with the team."));
    warnings += TeamFields::warnings(t, today);
    html += section(tr("Warnings"), warnings);

    QStringList channels;
    for (const Channel& c : t.channels)
        channels.append(TeamFields::channelText(c));
    html += section(tr("Channels"), channels);

    QStringList members;
    for (const Person& person : people) {
        for (const TeamMembership& m : person.memberships) {
            if (m.teamId == t.id && m.isCurrent(today))
                members.append(m.role.isEmpty() ? person.name : tr("%1, %2").arg(person.name, m.role));
        }
    }
    html += section(tr("People"), members);

    QStringList constituency;
    for (const ConstituencyEntry& e : t.constituency)
        constituency.append(e.value);
    if (!t.constituencyDescription.isEmpty())
        constituency.prepend(t.constituencyDescription);
    html += section(tr("Constituency"), constituency);

    QStringList agreements;
    for (const Agreement& a : t.agreements)
        agreements.append(TeamFields::agreementText(a));
    html += section(tr("Agreements"), agreements);
    if (!t.notes.isEmpty())
        html += QStringLiteral("<h3>") + esc(tr("Notes")) + QStringLiteral("</h3><p>") + esc(t.notes) +
                QStringLiteral("</p>");

    constexpr qsizetype kChangesShown = 8;
    QStringList changes;
    for (qsizetype i = history.size() - 1; i >= 0 && changes.size() < kChangesShown; --i)
        changes.append(changeText(history.at(i)));
    if (history.size() > kChangesShown)
        changes.append(tr("%n earlier change(s)", nullptr, int(history.size() - kChangesShown)));
    html += section(tr("Latest changes"), changes);
    return html;
}

void TeamDetailView::fillKeys(const QList<LinkedKey>& keys)
{
    m_keys->setVisible(!keys.isEmpty());
    m_noKeys->setVisible(keys.isEmpty());
    m_keys->setRowCount(int(keys.size()));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < keys.size(); ++i) {
        const LinkedKey& key = keys.at(i);
        const QString sentence = KeyStatusText::sentence(key);
        auto* fingerprint = new QTableWidgetItem(groupedFingerprint(key.fingerprint));
        fingerprint->setFont(mono);
        fingerprint->setToolTip(sentence);
        auto* status = new QTableWidgetItem(KeyStatusText::icon(KeyStatusText::concern(key)), KeyStatusText::word(key));
        status->setToolTip(sentence);
        QString expires;
        QString userIds;
        if (key.key) {
            expires = key.key->expires.isValid() ? dateText(key.key->expires.toLocalTime().date()) : tr("never");
            userIds = key.key->userIds.join(QStringLiteral("; "));
        }
        m_keys->setItem(i, 0, fingerprint);
        m_keys->setItem(i, 1, status);
        m_keys->setItem(i, 2, new QTableWidgetItem(expires));
        m_keys->setItem(i, 3, new QTableWidgetItem(userIds));
    }
    m_keys->resizeColumnsToContents();
}

} // namespace fb
