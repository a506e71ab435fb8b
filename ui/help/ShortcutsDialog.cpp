// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/ShortcutsDialog.h"

#include "ui/main/Shortcuts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fb {

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter: a key or a word"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTreeWidget"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    fill();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 36);
}

void ShortcutsDialog::fill()
{
    const QList<Shortcut> table = Shortcuts::all();
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (ShortcutContext context : Shortcuts::contexts()) {
        auto* group = new QTreeWidgetItem(m_tree, {Shortcuts::contextName(context)});
        group->setFirstColumnSpanned(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Shortcut& shortcut : table) {
            if (shortcut.context != context || shortcut.keys.isEmpty())
                continue;
            new QTreeWidgetItem(group, {Shortcuts::text(shortcut.id, shortcut.argument), shortcut.description});
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void ShortcutsDialog::filter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* group = m_tree->topLevelItem(top);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* row = group->child(i);
            const bool match = wanted.isEmpty() || row->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               row->text(1).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace fb
