// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/directory/TeamFilterBar.h"

#include "core/directory/Countries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace fb {

TeamFilterBar::TeamFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("teamFilterLineEdit"));
    m_words->setPlaceholderText(tr("Filter by name"));
    m_words->setClearButtonEnabled(true);
    row->addWidget(m_words, 1);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryComboBox"));
    m_country->addItem(tr("Any country"), QString());
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(tr("Any type"), -1);
    for (const QString& key : DirectoryTypes::teamTypeKeys())
        m_type->addItem(DirectoryTypes::label(*DirectoryTypes::parseTeamType(key)),
                        int(*DirectoryTypes::parseTeamType(key)));
    m_ti = new QComboBox(this);
    m_ti->setObjectName(QStringLiteral("tiStatusComboBox"));
    m_ti->addItem(tr("Any TI status"), -1);
    for (const QString& key : DirectoryTypes::tiStatusKeys())
        m_ti->addItem(DirectoryTypes::label(*DirectoryTypes::parseTiStatus(key)),
                      int(*DirectoryTypes::parseTiStatus(key)));
    m_stale = new QCheckBox(tr("&Stale only"), this);
    m_stale->setObjectName(QStringLiteral("staleCheckBox"));
    m_stale->setToolTip(tr("Teams whose contact details were not verified within the stale threshold (Settings)."));
    m_keyConcerns = new QCheckBox(tr("&Key problems"), this);
    m_keyConcerns->setObjectName(QStringLiteral("keyConcernsCheckBox"));
    m_keyConcerns->setToolTip(tr("Teams with a key that is missing, revoked, expired or expires within 30 days."));
    for (QWidget* w : {static_cast<QWidget*>(m_country), static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_ti),
                       static_cast<QWidget*>(m_stale), static_cast<QWidget*>(m_keyConcerns)})
        row->addWidget(w);
    connect(m_words, &QLineEdit::textChanged, this, &TeamFilterBar::changed);
    for (QComboBox* combo : {m_country, m_type, m_ti})
        connect(combo, &QComboBox::currentIndexChanged, this, &TeamFilterBar::changed);
    for (QCheckBox* box : {m_stale, m_keyConcerns})
        connect(box, &QCheckBox::toggled, this, &TeamFilterBar::changed);
}

TeamFilter TeamFilterBar::filter() const
{
    TeamFilter filter;
    filter.words = m_words->text();
    filter.country = m_country->currentData().toString();
    if (const int type = m_type->currentData().toInt(); type >= 0)
        filter.type = static_cast<TeamType>(type);
    if (const int ti = m_ti->currentData().toInt(); ti >= 0)
        filter.tiStatus = static_cast<TiStatus>(ti);
    filter.staleOnly = m_stale->isChecked();
    filter.keyConcernsOnly = m_keyConcerns->isChecked();
    return filter;
}

void TeamFilterBar::setCountries(const QList<TeamRow>& rows)
{
    const QString current = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("Any country"), QString());
    QStringList countries;
    for (const TeamRow& row : rows) {
        if (!row.team.country.isEmpty() && !countries.contains(row.team.country))
            countries.append(row.team.country);
    }
    countries.sort();
    for (const QString& code : std::as_const(countries))
        m_country->addItem(tr("%1 (%2)").arg(Countries::name(code), code), code);
    m_country->setCurrentIndex(std::max(0, m_country->findData(current)));
}

void TeamFilterBar::clear()
{
    {
        const QSignalBlocker words(m_words), country(m_country), type(m_type), ti(m_ti), stale(m_stale),
            keys(m_keyConcerns);
        m_words->clear();
        m_country->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_ti->setCurrentIndex(0);
        m_stale->setChecked(false);
        m_keyConcerns->setChecked(false);
    }
    Q_EMIT changed();
}

} // namespace fb
