// SPDX-License-Identifier: GPL-3.0-or-later
// NavigationPane: the left column: the four queues with their counts of active and SLA-breached tickets,
// triage, saved searches, and the team lead's pages (directory, team profile, dashboard, settings).
#pragma once

#include "core/tickets/TicketKind.h"
#include "ui/main/SavedSearches.h"

#include <QTreeWidget>

class QSettings;

namespace fb {

class WorkspaceSession;

class NavigationPane : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Placeholder { Directory, TeamProfile, Dashboard, Settings };

    NavigationPane(QSettings& settings, QWidget* parent = nullptr);

    void refreshCounts(WorkspaceSession* session);
    void selectQueue(TicketKind kind);
    void selectPage(Placeholder which);
    // Marks triage as the page shown (it was opened another way, e.g. Ctrl+T), without asking for it again.
    void showTriageSelected();
    // Saved searches, managed by the user (the context menu of one offers rename, move up/down and delete); each
    // change is stored at once. The index counts the saved searches only.
    void addSavedSearch(const QString& name, const QString& query);
    QList<SavedSearch> savedSearches() const;
    bool renameSavedSearch(int index, const QString& name);
    bool moveSavedSearch(int index, int delta);
    bool removeSavedSearch(int index);
    QTreeWidgetItem* queueItem(TicketKind kind) const;
    // The fixed pages (queues, triage, the team's pages; not the saved searches) in the order shown: their names
    // and their items. Ctrl+1 … go to them (Shortcuts).
    static QStringList pageNames();
    QList<QTreeWidgetItem*> pageItems() const;
    // Selects the page at `index` of pageItems(); false when there is none.
    bool selectPageAt(int index);

Q_SIGNALS:
    void queueSelected(fb::TicketKind kind);
    void triageSelected();
    void advisoriesSelected();
    void savedSearchSelected(const QString& query);
    void placeholderSelected(fb::NavigationPane::Placeholder which);

private:
    void onCurrentChanged(QTreeWidgetItem* item);
    void appendSearchItem(const SavedSearch& search);
    void saveSearches();
    void showSearchMenu(const QPoint& pos);

    QSettings& m_settings;
    QTreeWidgetItem* m_queues = nullptr;
    QTreeWidgetItem* m_searches = nullptr;
};

} // namespace fb
