// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/PlaybookStore.h"

#include "core/tickets/PlaybookJson.h"
#include "core/tickets/TicketRepository.h"

#include <QFile>
#include <QLoggingCategory>

namespace fb {

namespace {

Q_LOGGING_CATEGORY(lcPlaybooks, "firebreak.tickets.playbooks")

QString historyText(const Playbook& playbook)
{
    return QString::fromUtf8(PlaybookJson::write({playbook}, true));
}

} // namespace

PlaybookStore::PlaybookStore(TicketRepository& tickets)
    : m_tickets(tickets)
{
}

Result<QList<Playbook>> PlaybookStore::playbooks()
{
    return m_tickets.playbooks();
}

Result<Playbook> PlaybookStore::playbook(const QString& key)
{
    FB_TRY_ASSIGN(auto all, m_tickets.playbooks());
    for (const Playbook& playbook : all) {
        if (playbook.key == key)
            return playbook;
    }
    return fail(ErrorCode::NotFound, tr("There is no playbook '%1'.").arg(key), QStringLiteral("playbook"));
}

// One playbook, inside an open change: written when it differs from what is stored, with its history row.
Status PlaybookStore::write(const Playbook& playbook)
{
    FB_TRY_ASSIGN(auto all, m_tickets.playbooks());
    std::optional<QString> old;
    for (const Playbook& stored : all) {
        if (stored.key != playbook.key)
            continue;
        if (stored == playbook)
            return {};
        old = historyText(stored);
    }
    FB_TRY(m_tickets.savePlaybook(playbook));
    return m_tickets.record(std::nullopt, QStringLiteral("playbook"), playbook.key, old, historyText(playbook));
}

Status PlaybookStore::save(const Playbook& playbook)
{
    const auto problems = PlaybookJson::problems(playbook);
    if (!problems.isEmpty())
        return fail(ErrorCode::BadInput, problems.first().second, problems.first().first);
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(write(playbook));
    return change->commit();
}

Status PlaybookStore::remove(const QString& key)
{
    FB_TRY_ASSIGN(auto stored, playbook(key));
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    FB_TRY(m_tickets.deletePlaybook(key));
    FB_TRY(m_tickets.record(std::nullopt, QStringLiteral("playbook"), key, historyText(stored), std::nullopt));
    return change->commit();
}

Result<QStringList> PlaybookStore::importJson(const QByteArray& json)
{
    FB_TRY_ASSIGN(auto read, PlaybookJson::read(json));
    FB_TRY_ASSIGN(auto before, m_tickets.playbooks());
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    QStringList changed;
    for (const Playbook& playbook : read) {
        if (before.contains(playbook))
            continue;
        FB_TRY(write(playbook));
        changed.append(playbook.key);
    }
    FB_TRY(change->commit());
    return changed;
}

Result<QByteArray> PlaybookStore::exportJson(const QStringList& keys)
{
    FB_TRY_ASSIGN(auto all, m_tickets.playbooks());
    if (keys.isEmpty())
        return PlaybookJson::write(all);
    QList<Playbook> chosen;
    for (const QString& key : keys) {
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const Playbook& p) { return p.key == key; });
        if (found == all.cend())
            return fail(ErrorCode::NotFound, tr("There is no playbook '%1'.").arg(key), QStringLiteral("playbook"));
        chosen.append(*found);
    }
    return PlaybookJson::write(chosen);
}

QList<Playbook> PlaybookStore::shipped()
{
    QFile file(QStringLiteral(":/playbooks/shipped.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPlaybooks) << "the shipped playbooks are missing from this build";
        return {};
    }
    auto read = PlaybookJson::read(file.readAll());
    if (!read) {
        // A build defect that the tests catch.
        qCWarning(lcPlaybooks) << "the shipped playbooks do not read:" << read.error().where;
        return {};
    }
    return *read;
}

Result<int> PlaybookStore::installShipped()
{
    FB_TRY_ASSIGN(auto stored, m_tickets.playbooks());
    FB_TRY_ASSIGN(auto change, m_tickets.beginChange());
    int added = 0;
    for (const Playbook& playbook : shipped()) {
        const bool have =
            std::any_of(stored.cbegin(), stored.cend(), [&](const Playbook& p) { return p.key == playbook.key; });
        if (have)
            continue;
        FB_TRY(write(playbook));
        ++added;
    }
    FB_TRY(change->commit());
    return added;
}

} // namespace fb
