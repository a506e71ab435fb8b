// SPDX-License-Identifier: GPL-3.0-or-later
// ListMembersDialog: chooses teams and people of the directory (those not on the list yet, filtered by name) and
// puts them on a distribution list in one DistributionListStore call: all of them, or none with the reason shown.
#pragma once

#include "core/base/Result.h"
#include "core/directory/DistributionList.h"
#include "core/directory/Person.h"
#include "core/directory/Team.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fb {

class WorkspaceSession;

class ListMembersDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int TeamIdRole = Qt::UserRole + 1;
    static constexpr int PersonIdRole = Qt::UserRole + 2;

    ListMembersDialog(WorkspaceSession& session, const DistributionList& list, const QList<Team>& teams,
                      const QList<Person>& people, QWidget* parent = nullptr);

    // Ticks the entry with this name (tests, and a name typed in the filter).
    bool check(const QString& name);
    Status save();
    int added() const { return m_added; }
    QString errorText() const;

private:
    void applyFilter(const QString& text);

    WorkspaceSession& m_session;
    DistributionList m_list;
    int m_added = 0;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_choices = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fb
