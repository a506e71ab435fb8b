// SPDX-License-Identifier: GPL-3.0-or-later
// TeamFilterBar: the directory team list's filter fields (name words, country, type, Trusted Introducer status,
// stale only, key problems); changed() whenever one of them changes.
#pragma once

#include "ui/directory/TeamFilterModel.h"
#include "ui/directory/TeamTableModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace fb {

class TeamFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TeamFilterBar(QWidget* parent = nullptr);

    TeamFilter filter() const;
    // Offers the countries of `rows` (keeping the chosen one when it is still there).
    void setCountries(const QList<TeamRow>& rows);
    // Every field back to "any" (one changed() at the end).
    void clear();

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_words = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_ti = nullptr;
    QCheckBox* m_stale = nullptr;
    QCheckBox* m_keyConcerns = nullptr;
};

} // namespace fb
