// SPDX-License-Identifier: GPL-3.0-or-later
// TriagePage: new Incident Reports one at a time, driven by the keyboard: the report on the left, the actions
// and their keys on the right (link to an incident with type-ahead, new incident from it, reject, class, TLP,
// severity, next, previous). The single keys are the Triage part of the Shortcuts table. Each decision goes
// through core's Triage and can be undone (the Undo bar, or the undo key, for the last one); a reject asks why, a
// new incident asks its title, TLP:RED asks to confirm.
#pragma once

#include "core/tickets/Triage.h"
#include "ui/ticket/TicketPrompts.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStringListModel;
class QTextBrowser;
class QTimer;

namespace fb {

class EmptyState;
class WorkspaceSession;

class TriagePage : public QWidget
{
    Q_OBJECT

public:
    explicit TriagePage(QWidget* parent = nullptr);
    // Shown instead of the report while there is no new one; its button is the window's to give.
    EmptyState* emptyState() const { return m_empty; }

    void setSession(WorkspaceSession* session);
    // Test hook: the questions a decision asks (the real dialogs by default).
    void setPrompts(TicketPrompts prompts) { m_prompts = std::move(prompts); }
    // Reads the new reports again, staying on the shown one when it is still new.
    void reload();
    // Undoes the last decision (the Undo bar, Ctrl+Z); false when there was none or core refused.
    bool undo();
    bool canUndo() const { return bool(m_undo); }
    qint64 currentReport() const;
    int reportCount() const { return int(m_ids.size()); }

Q_SIGNALS:
    void ticketsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showCurrent();
    void move(int delta);
    void newIncident();
    void linkTyped();
    void reject();
    void setField(const QString& field, const QString& value);
    void loadIncidents();
    // A decision was made: offer its undo, show the next report.
    void decided(const TriageUndo& undo, bool handled);
    void showUndo(const QString& text);

    WorkspaceSession* m_session = nullptr;
    TicketPrompts m_prompts;
    QList<qint64> m_ids;
    QSet<qint64> m_handled; // reports of m_ids taken out of the new ones here
    int m_index = 0;
    TriageUndo m_undo;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QPushButton* m_undoButton = nullptr;
    QTimer* m_undoTimer = nullptr;
    QTextBrowser* m_report = nullptr;
    QSplitter* m_split = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_incidentEdit = nullptr;
    QStringListModel* m_incidents = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace fb
