// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/NavigationPane.h"

#include "ui/workspace/WorkspaceSession.h"

#include <QSettings>

namespace fb {

namespace {

enum Role { KindRole = Qt::UserRole, TypeRole, QueryRole };
enum ItemType { QueueItem = 1, TriageItem, SearchItem, PlaceholderItem, AdvisoriesItem };

const QList<TicketKind> kKinds{TicketKind::Report, TicketKind::Incident, TicketKind::Investigation,
                               TicketKind::Countermeasure};

} // namespace

NavigationPane::NavigationPane(QSettings& settings, QWidget* parent)
    : QTreeWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("navigationTreeWidget"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(fontMetrics().height());

    // The items take their names from pageNames(), in its order.
    const QStringList names = pageNames();
    int page = 0;
    m_queues = new QTreeWidgetItem(this, {tr("Queues")});
    m_queues->setFlags(Qt::ItemIsEnabled);
    for (TicketKind kind : kKinds) {
        auto* item = new QTreeWidgetItem(m_queues, {names.at(page++)});
        item->setData(0, TypeRole, QueueItem);
        item->setData(0, KindRole, int(kind));
    }
    auto* triage = new QTreeWidgetItem(m_queues, {names.at(page++)});
    triage->setData(0, TypeRole, TriageItem);

    m_searches = new QTreeWidgetItem(this, {tr("Saved searches")});
    m_searches->setFlags(Qt::ItemIsEnabled);
    settings.beginGroup(QStringLiteral("savedSearches"));
    const QStringList searchNames = settings.childKeys();
    settings.endGroup();
    if (searchNames.isEmpty()) {
        // Starting points: queries, not data.
        addSavedSearch(tr("My active tickets"), QStringLiteral("owner:me"));
        addSavedSearch(tr("TLP:RED"), QStringLiteral("tlp:red"));
    } else {
        for (const QString& name : searchNames)
            addSavedSearch(name, settings.value(QStringLiteral("savedSearches/") + name).toString());
    }

    auto* more = new QTreeWidgetItem(this, {tr("Team")});
    more->setFlags(Qt::ItemIsEnabled);
    auto* advisories = new QTreeWidgetItem(more, {names.at(page++)});
    advisories->setData(0, TypeRole, AdvisoriesItem);
    for (Placeholder which :
         {Placeholder::Directory, Placeholder::TeamProfile, Placeholder::Dashboard, Placeholder::Settings}) {
        auto* item = new QTreeWidgetItem(more, {names.at(page++)});
        item->setData(0, TypeRole, PlaceholderItem);
        item->setData(0, KindRole, int(which));
    }
    expandAll();
    connect(this, &QTreeWidget::currentItemChanged, this, &NavigationPane::onCurrentChanged);
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
            item->setToolTip(
                0, tr("%n active ticket(s), of which some are past an SLA due date.", nullptr, int(count.active)));
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

void NavigationPane::addSavedSearch(const QString& name, const QString& query)
{
    auto* item = new QTreeWidgetItem(m_searches, {name});
    item->setData(0, TypeRole, SearchItem);
    item->setData(0, QueryRole, query);
    item->setToolTip(0, query);
    saveSearches();
}

void NavigationPane::saveSearches()
{
    m_settings.remove(QStringLiteral("savedSearches"));
    for (int i = 0; i < m_searches->childCount(); ++i)
        m_settings.setValue(QStringLiteral("savedSearches/") + m_searches->child(i)->text(0),
                            m_searches->child(i)->data(0, QueryRole));
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
