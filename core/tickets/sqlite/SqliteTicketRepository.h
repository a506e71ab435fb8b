// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteTicketRepository: the desktop's TicketRepository, in the workspace's Vault (SQLCipher). Ticket rows and
// their text index are in SqliteTicketRepository.cpp; links, tags, observables (with a cache of value ids), comments
// and the SLA policy in SqliteTicketRelations.cpp; tasks and playbooks in SqliteTicketTasks.cpp; the timeline in
// SqliteTicketTimeline.cpp; evidence in SqliteTicketEvidence.cpp.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/history/History.h"
#include "core/tickets/TicketRepository.h"

#include <QByteArray>
#include <QHash>

namespace fb {

class SqliteTicketRepository final : public TicketRepository
{
    Q_DECLARE_TR_FUNCTIONS(fb::SqliteTicketRepository)

public:
    explicit SqliteTicketRepository(const ChangeContext& change);

    const Clock& clock() const override { return m_change.clock; }
    Result<ChangeScopePtr> beginChange() override;

    Result<Ticket> get(qint64 id) override;
    Result<qint64> insert(const NewTicket& ticket, const QString& state, const QDateTime& created,
                          const QDateTime& responseDue, const QDateTime& resolveDue) override;
    Status updateText(qint64 id, TicketColumn column, const QString& value) override;
    Status updateDue(qint64 id, bool response, const QDateTime& due) override;
    Status updateDues(qint64 id, const QDateTime& responseDue, const QDateTime& resolveDue) override;
    Status updateState(qint64 id, const QString& state, bool closing) override;
    Status updateFirstResponse(qint64 id, const QDateTime& at) override;
    Status markMerged(qint64 fromId, qint64 intoId, const QDateTime& at) override;
    Status reindexText(qint64 id, const QString& title, const QString& description) override;

    Status record(std::optional<qint64> ticketId, const QString& action, const QString& field,
                  std::optional<QString> oldValue, std::optional<QString> newValue) override;
    History& history() override { return m_history; }

    Status insertLink(qint64 incidentId, qint64 childId) override;
    Status deleteLink(qint64 incidentId, qint64 childId) override;
    Result<QList<qint64>> incidentsOf(qint64 childId) override;
    Result<QList<qint64>> childrenOf(qint64 incidentId) override;

    Status insertTag(qint64 id, const QString& tag) override;
    Status deleteTag(qint64 id, const QString& tag) override;

    Status insertObservable(qint64 id, const Observable& observable) override;
    Status deleteObservable(qint64 id, const Observable& observable) override;

    Result<qint64> insertComment(qint64 id, const QString& body) override;
    Result<QList<TicketComment>> comments(qint64 id) override;

    Result<qint64> insertTask(qint64 ticketId, const NewTask& task) override;
    Result<TicketTask> task(qint64 taskId) override;
    Result<QList<TicketTask>> tasks(const TaskFilter& filter) override;
    Status updateTaskState(qint64 taskId, TaskState state) override;
    Status updateTaskOwner(qint64 taskId, const QString& owner) override;
    Status updateTaskDue(qint64 taskId, const QDateTime& due) override;
    Result<qint64> insertTaskNote(qint64 taskId, const QString& body) override;
    Result<QString> personWithRole(const QString& role) override;

    Result<qint64> insertEvidence(qint64 ticketId, const NewEvidence& evidence) override;
    Status insertEvidenceChunk(qint64 evidenceId, qint64 index, const QByteArray& data) override;
    Status updateEvidenceDigest(qint64 evidenceId, qint64 size, const QString& sha256) override;
    Result<TicketEvidence> evidence(qint64 evidenceId) override;
    Result<QList<TicketEvidence>> evidenceOf(qint64 ticketId) override;
    Result<std::optional<QByteArray>> evidenceChunk(qint64 evidenceId, qint64 index) override;
    Status removeEvidence(qint64 evidenceId) override;
    Result<qint64> insertTimelineEvent(qint64 ticketId, const NewTimelineEvent& event) override;
    Status updateTimelineEvent(qint64 eventId, const NewTimelineEvent& event) override;
    Status deleteTimelineEvent(qint64 eventId) override;
    Result<TimelineEvent> timelineEvent(qint64 eventId) override;
    Result<QList<TimelineEvent>> timeline(qint64 ticketId) override;

    Result<QList<Playbook>> playbooks() override;
    Status savePlaybook(const Playbook& playbook) override;
    Status deletePlaybook(const QString& key) override;

    Result<SlaPolicy> loadSlaPolicy() override;
    Status saveSlaPolicy(const SlaPolicy& policy) override;

private:
    Status indexText(qint64 id, const QString& title, const QString& description);

    // A row of observable_values (added when new), with its address range for addresses.
    struct StoredValue
    {
        qint64 id = 0;
        QByteArray low; // null unless an address or network
        QByteArray high;
    };
    Result<StoredValue> observableValue(const QString& type, const Observable& observable);

    ChangeContext m_change;
    History m_history;
    static constexpr qsizetype kMaxCachedValues = 20000; // about 3 MB
    QHash<QString, StoredValue> m_valueCache;            // "type\nvalue"
    quint64 m_valueCacheEpoch = 0;                       // Vault::rollbackCount() when the cache was (re)started
};

} // namespace fb
