// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/NavigationPane.h"

#include "ui/main/Icons.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>

namespace fb {

namespace {

enum Role { KindRole = Qt::UserRole, TypeRole, QueryRole, SeedRole, NameRole };
enum ItemType { QueueItem = 1, TriageItem, SearchItem, PlaceholderItem, AdvisoriesItem };

const QList<TicketKind> kKinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                               TicketKind::Countermeasure};

IconId placeholderIcon(NavigationPane::Placeholder which)
{
    switch (which) {
    case NavigationPane::Placeholder::Directory:
        return IconId::Directory;
    case NavigationPane::Placeholder::TeamProfile:
        return IconId::TeamProfile;
    case NavigationPane::Placeholder::Dashboard:
        return IconId::Dashboard;
    case NavigationPane::Placeholder::Settings:
        return IconId::Settings;
    }
    return IconId::Settings;
}

} // namespace

NavigationPane::NavigationPane(QSettings& settings, QWidget* parent)
    : QTreeWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("navigationTreeWidget"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(fontMetrics().height());
    // Breeze's icons are drawn for 22 px; the rows grow to fit them, as a KDE sidebar's.
    setIconSize(QSize(22, 22));

    // The items take their names from pageNames(), in its order.
    const QStringList names = pageNames();
    int page = 0;
    m_queues = new QTreeWidgetItem(this, {tr("Queues")});
    m_queues->setFlags(Qt::ItemIsEnabled);
    for (TicketKind kind : kKinds) {
        auto* item = new QTreeWidgetItem(m_queues, {names.at(page++)});
        item->setData(0, TypeRole, QueueItem);
        item->setData(0, KindRole, int(kind));
        item->setIcon(0, Icons::forKind(kind));
    }
    auto* triage = new QTreeWidgetItem(m_queues, {names.at(page++)});
    triage->setData(0, TypeRole, TriageItem);
    triage->setIcon(0, Icons::icon(IconId::Triage));

    m_searches = new QTreeWidgetItem(this, {tr("Saved searches")});
    m_searches->setFlags(Qt::ItemIsEnabled);
    for (const SavedSearch& search : SavedSearches::load(settings))
        appendSearchItem(search);

    auto* more = new QTreeWidgetItem(this, {tr("Team")});
    more->setFlags(Qt::ItemIsEnabled);
    auto* advisories = new QTreeWidgetItem(more, {names.at(page++)});
    advisories->setData(0, TypeRole, AdvisoriesItem);
    advisories->setIcon(0, Icons::icon(IconId::Advisories));
    for (Placeholder which :
         {Placeholder::Directory, Placeholder::TeamProfile, Placeholder::Dashboard, Placeholder::Settings}) {
        auto* item = new QTreeWidgetItem(more, {names.at(page++)});
        item->setData(0, TypeRole, PlaceholderItem);
        item->setData(0, KindRole, int(which));
        item->setIcon(0, Icons::icon(placeholderIcon(which)));
    }
    // The group headings read as headings, not as pages.
    for (QTreeWidgetItem* group : {m_queues, m_searches, more}) {
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
    }
    expandAll();
    connect(this, &QTreeWidget::currentItemChanged, this, &NavigationPane::onCurrentChanged);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &NavigationPane::showSearchMenu);
}

QStringList NavigationPane::pageNames()
{
    QStringList names;
    for (TicketKind kind : kKinds)
        names.append(TicketEnums::displayName(kind));
    names << tr("Triage new reports") << tr("Advisories") << tr("Directory") << tr("Team profile") << tr("Dashboard")
          << tr("Settings");
    return names;
}

QList<QTreeWidgetItem*> NavigationPane::pageItems() const
{
    QList<QTreeWidgetItem*> items;
    for (int top = 0; top < topLevelItemCount(); ++top) {
        QTreeWidgetItem* group = topLevelItem(top);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, TypeRole).toInt() != SearchItem)
                items.append(group->child(i));
        }
    }
    return items;
}

bool NavigationPane::selectPageAt(int index)
{
    const QList<QTreeWidgetItem*> items = pageItems();
    if (index < 0 || index >= items.size())
        return false;
    // Shown again even when it is the current item (Ctrl+T may have shown triage meanwhile).
    if (currentItem() == items.at(index))
        onCurrentChanged(items.at(index));
    else
        setCurrentItem(items.at(index));
    return true;
}

QTreeWidgetItem* NavigationPane::queueItem(TicketKind kind) const
{
    return m_queues->child(int(kKinds.indexOf(kind)));
}

void NavigationPane::refreshCounts(WorkspaceSession* session)
{
    if (!session) {
        for (TicketKind kind : kKinds)
            queueItem(kind)->setText(0, TicketEnums::displayName(kind));
        return;
    }
    auto counts = session->search().queueCounts(session->clock().nowUtc());
    if (!counts)
        return;
    for (const QueueCount& count : std::as_const(*counts)) {
        QTreeWidgetItem* item = queueItem(count.kind);
        if (count.breached > 0) {
            item->setText(0, tr("%1  %2 · %3 breached")
                                 .arg(TicketEnums::displayName(count.kind))
                                 .arg(count.active)
                                 .arg(count.breached));
            // The whole count, also when a narrow pane cuts the line.
            item->setToolTip(0,
                             tr("%1: %n active ticket(s), %2 of them past an SLA due date.", nullptr, int(count.active))
                                 .arg(TicketEnums::displayName(count.kind))
                                 .arg(count.breached));
        } else {
            item->setText(0, tr("%1  %2").arg(TicketEnums::displayName(count.kind)).arg(count.active));
            item->setToolTip(0, tr("%n active ticket(s), none past an SLA due date.", nullptr, int(count.active)));
        }
    }
}

void NavigationPane::selectQueue(TicketKind kind)
{
    setCurrentItem(queueItem(kind));
}

void NavigationPane::showTriageSelected()
{
    for (QTreeWidgetItem* item : pageItems()) {
        if (item->data(0, TypeRole).toInt() == TriageItem) {
            QSignalBlocker quiet(this);
            setCurrentItem(item);
            viewport()->update();
            return;
        }
    }
}

void NavigationPane::selectPage(Placeholder which)
{
    for (int top = 0; top < topLevelItemCount(); ++top) {
        QTreeWidgetItem* group = topLevelItem(top);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, TypeRole).toInt() == PlaceholderItem && item->data(0, KindRole).toInt() == int(which)) {
                setCurrentItem(item);
                return;
            }
        }
    }
}

void NavigationPane::appendSearchItem(const SavedSearch& search)
{
    auto* item = new QTreeWidgetItem(m_searches, {SavedSearches::displayName(search)});
    item->setData(0, TypeRole, SearchItem);
    item->setData(0, QueryRole, search.query);
    item->setData(0, SeedRole, search.seed);
    item->setData(0, NameRole, search.name);
    item->setToolTip(0, search.query);
    item->setIcon(0, Icons::icon(IconId::SavedSearch));
}

void NavigationPane::addSavedSearch(const QString& name, const QString& query)
{
    appendSearchItem(SavedSearch{{}, name.trimmed(), query.trimmed()});
    saveSearches();
}

QList<SavedSearch> NavigationPane::savedSearches() const
{
    QList<SavedSearch> searches;
    for (int i = 0; i < m_searches->childCount(); ++i) {
        const QTreeWidgetItem* item = m_searches->child(i);
        searches.append(SavedSearch{item->data(0, SeedRole).toString(), item->data(0, NameRole).toString(),
                                    item->data(0, QueryRole).toString()});
    }
    return searches;
}

bool NavigationPane::renameSavedSearch(int index, const QString& name)
{
    QTreeWidgetItem* item = m_searches->child(index);
    if (!item || name.trimmed().isEmpty())
        return false;
    item->setData(0, NameRole, name.trimmed());
    item->setText(0, name.trimmed());
    saveSearches();
    return true;
}

bool NavigationPane::moveSavedSearch(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= m_searches->childCount() || to < 0 || to >= m_searches->childCount())
        return false;
    const bool wasCurrent = currentItem() == m_searches->child(index);
    QSignalBlocker quiet(this); // taking the item out must not open another page
    QTreeWidgetItem* item = m_searches->takeChild(index);
    m_searches->insertChild(to, item);
    if (wasCurrent)
        setCurrentItem(item);
    saveSearches();
    return true;
}

bool NavigationPane::removeSavedSearch(int index)
{
    if (index < 0 || index >= m_searches->childCount())
        return false;
    QSignalBlocker quiet(this);
    delete m_searches->takeChild(index);
    saveSearches();
    return true;
}

void NavigationPane::saveSearches()
{
    SavedSearches::save(m_settings, savedSearches());
}

void NavigationPane::showSearchMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = itemAt(pos);
    if (!item || item->parent() != m_searches)
        return;
    const int index = m_searches->indexOfChild(item);
    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, [this, index, item]() {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename saved search"), tr("Name:"), QLineEdit::Normal, item->text(0), &ok);
        if (ok)
            renameSavedSearch(index, name);
    });
    menu.addAction(tr("Move up"), this, [this, index]() { moveSavedSearch(index, -1); })->setEnabled(index > 0);
    menu.addAction(tr("Move down"), this, [this, index]() { moveSavedSearch(index, 1); })
        ->setEnabled(index + 1 < m_searches->childCount());
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, index]() { removeSavedSearch(index); });
    menu.exec(viewport()->mapToGlobal(pos));
}

void NavigationPane::onCurrentChanged(QTreeWidgetItem* item)
{
    if (!item)
        return;
    switch (item->data(0, TypeRole).toInt()) {
    case QueueItem:
        Q_EMIT queueSelected(static_cast<TicketKind>(item->data(0, KindRole).toInt()));
        break;
    case TriageItem:
        Q_EMIT triageSelected();
        break;
    case SearchItem:
        Q_EMIT savedSearchSelected(item->data(0, QueryRole).toString());
        break;
    case AdvisoriesItem:
        Q_EMIT advisoriesSelected();
        break;
    case PlaceholderItem:
        Q_EMIT placeholderSelected(static_cast<Placeholder>(item->data(0, KindRole).toInt()));
        break;
    default:
        break;
    }
}

} // namespace fb
