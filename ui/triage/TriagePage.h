// SPDX-License-Identifier: GPL-3.0-or-later
// TriagePage: new Incident Reports one at a time, driven by the keyboard: the report on the left, the actions
// and their keys on the right (link to an incident with type-ahead, new incident from it, reject, class, TLP,
// severity, next, previous). The single keys are the Triage part of the Shortcuts table.
#pragma once

#include <QList>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTextBrowser;

namespace fb {

class WorkspaceSession;

class TriagePage : public QWidget
{
    Q_OBJECT

public:
    explicit TriagePage(QWidget* parent = nullptr);

    void setSession(WorkspaceSession* session);
    // Reads the new reports again and starts at the first.
    void reload();
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
    void done(const QString& message);

    WorkspaceSession* m_session = nullptr;
    QList<qint64> m_ids;
    int m_index = 0;
    QTextBrowser* m_report = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_incidentEdit = nullptr;
    QStringListModel* m_incidents = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace fb
