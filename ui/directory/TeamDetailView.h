// SPDX-License-Identifier: GPL-3.0-or-later
// TeamDetailView: one directory team in full: facts, channels, people, constituency, agreements, sharing
// limit and its latest recorded changes (the directory edit log) as text, and its OpenPGP keys in a table
// (fingerprint grouped by four in a monospace font, a short status word with an icon and the full sentence as
// tooltip), with "Import key…" for the team.
#pragma once

#include "core/directory/Person.h"
#include "core/history/History.h"
#include "ui/directory/TeamTableModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace fb {

class TeamDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit TeamDetailView(QWidget* parent = nullptr);

    // `history`: the team's edit log, oldest first (the newest rows are shown).
    void showTeam(const TeamRow& row, const QList<Person>& people, QDate today,
                  const QList<HistoryEntry>& history = {});
    void clear();
    qint64 teamId() const { return m_teamId; }
    QString text() const; // the overview as plain text (tests, accessibility)

Q_SIGNALS:
    void importKeyRequested(qint64 teamId);

private:
    static QString overviewHtml(const TeamRow& row, const QList<Person>& people, QDate today,
                                const QList<HistoryEntry>& history);
    static QString changeText(const HistoryEntry& entry);
    void fillKeys(const QList<LinkedKey>& keys);

    qint64 m_teamId = 0;
    QTextBrowser* m_overview = nullptr;
    QTableWidget* m_keys = nullptr;
    QLabel* m_noKeys = nullptr;
    QPushButton* m_importKey = nullptr;
};

} // namespace fb
