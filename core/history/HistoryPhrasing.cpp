// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryPhrasing.h"

#include "core/taxonomy/Rsit.h"
#include "core/taxonomy/Tlp.h"
#include "core/tickets/Lifecycle.h"
#include "core/tickets/TicketKind.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace fb {

namespace {

constexpr qsizetype kMaxValueLength = 80;
constexpr qsizetype kMaxObservablesNamed = 5;

// One line, short enough for a table cell; the whole value stays in raw().
QString oneLine(const QString& text)
{
    const QString line = text.simplified();
    if (line.size() <= kMaxValueLength)
        return line;
    return line.left(kMaxValueLength - 1) + QChar(0x2026);
}

// "ipv4:192.0.2.1" (as the create and observables rows store them) → "ipv4 192.0.2.1".
QString observableText(const QString& typeColonValue)
{
    const qsizetype colon = typeColonValue.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return typeColonValue;
    return typeColonValue.left(colon) + QLatin1Char(' ') + typeColonValue.mid(colon + 1);
}

bool is(const QString& text, const char* key)
{
    return text == QLatin1String(key);
}

// A task's row (TaskStore): its values are JSON objects naming the task by number and title. Empty when they do not
// read as such (the generic sentence is used then).
QString taskSentence(const QString& field, const std::optional<QString>& oldValue,
                     const std::optional<QString>& newValue)
{
    const QJsonObject before = QJsonDocument::fromJson(oldValue.value_or(QString()).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newValue.value_or(QString()).toUtf8()).object();
    const QString title =
        oneLine(after.value(QStringLiteral("title")).toString(before.value(QStringLiteral("title")).toString()));
    if (title.isEmpty())
        return {};
    if (is(field, "add")) {
        const QString playbook = after.value(QStringLiteral("playbook")).toString();
        //: A task added to a ticket, from the playbook named in parentheses.
        return playbook.isEmpty() ? HistoryPhrasing::tr("Task added: %1").arg(title)
                                  : HistoryPhrasing::tr("Task added: %1 (playbook %2)").arg(title, playbook);
    }
    if (is(field, "state")) {
        const QString state = after.value(QStringLiteral("state")).toString();
        if (is(state, "done"))
            return HistoryPhrasing::tr("Task done: %1").arg(title);
        if (is(state, "na"))
            return HistoryPhrasing::tr("Task not applicable: %1").arg(title);
        if (is(state, "open"))
            return HistoryPhrasing::tr("Task reopened: %1").arg(title);
        return {};
    }
    if (is(field, "owner")) {
        const QString owner = after.value(QStringLiteral("owner")).toString();
        return owner.isEmpty() ? HistoryPhrasing::tr("Task unassigned: %1").arg(title)
                               : HistoryPhrasing::tr("Task %1 assigned to %2").arg(title, oneLine(owner));
    }
    if (is(field, "due")) {
        const QDateTime due = QDateTime::fromString(after.value(QStringLiteral("due")).toString(), Qt::ISODate);
        return due.isValid() ? HistoryPhrasing::tr("Task %1 due %2")
                                   .arg(title, QLocale().toString(due.toLocalTime(), QLocale::ShortFormat))
                             : HistoryPhrasing::tr("Task %1: due date removed").arg(title);
    }
    if (is(field, "note"))
        return HistoryPhrasing::tr("Note on task %1: %2")
            .arg(title, oneLine(after.value(QStringLiteral("note")).toString()));
    return {};
}

// An evidence row (EvidenceStore): its value is a JSON object naming the file, its size and SHA-256.
QString evidenceSentence(const QString& field, const std::optional<QString>& oldValue,
                         const std::optional<QString>& newValue)
{
    const QJsonObject value =
        QJsonDocument::fromJson((is(field, "remove") ? oldValue : newValue).value_or(QString()).toUtf8()).object();
    const QString name = oneLine(value.value(QStringLiteral("name")).toString());
    if (name.isEmpty())
        return {};
    const QString sha256 = value.value(QStringLiteral("sha256")).toString().left(16);
    if (is(field, "add"))
        //: Evidence added to a ticket: the file's name and the start of its SHA-256.
        return HistoryPhrasing::tr("Evidence added: %1 (SHA-256 %2…)").arg(name, sha256);
    if (is(field, "remove"))
        return HistoryPhrasing::tr("Evidence removed: %1 (SHA-256 %2…)").arg(name, sha256);
    return {};
}

// A timeline row (TimelineStore): its values are JSON objects naming the event by number, time and title. Empty
// when they do not read as such.
QString timelineSentence(const QString& field, const std::optional<QString>& oldValue,
                         const std::optional<QString>& newValue)
{
    const QJsonObject before = QJsonDocument::fromJson(oldValue.value_or(QString()).toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newValue.value_or(QString()).toUtf8()).object();
    const QJsonObject& shown = after.isEmpty() ? before : after;
    const QString title = oneLine(shown.value(QStringLiteral("title")).toString());
    const QDateTime at = QDateTime::fromString(shown.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (title.isEmpty() || !at.isValid())
        return {};
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    //: %1 is the event's title, %2 the date and time it happened.
    if (is(field, "add"))
        return HistoryPhrasing::tr("Timeline event added: %1 (%2)").arg(title, when);
    if (is(field, "edit"))
        return HistoryPhrasing::tr("Timeline event changed: %1 (%2)").arg(title, when);
    if (is(field, "remove"))
        return HistoryPhrasing::tr("Timeline event removed: %1 (%2)").arg(title, when);
    return {};
}

} // namespace

QString HistoryPhrasing::fieldName(const QString& field)
{
    static const struct
    {
        const char* key;
        const char* name;
    } names[] = {{"title", QT_TR_NOOP("Title")},
                 {"description", QT_TR_NOOP("Description")},
                 {"owner", QT_TR_NOOP("Owner")},
                 {"tlp", QT_TR_NOOP("TLP")},
                 {"rsit", QT_TR_NOOP("Classification")},
                 {"severity", QT_TR_NOOP("Severity")},
                 {"constituency", QT_TR_NOOP("Constituency")},
                 {"reporter", QT_TR_NOOP("Reporter")},
                 {"how-reported", QT_TR_NOOP("Reported by")},
                 {"reporter-type", QT_TR_NOOP("Reporter type")},
                 {"resolution", QT_TR_NOOP("Resolution")},
                 {"lessons-learned", QT_TR_NOOP("Lessons learned")},
                 {"response-due", QT_TR_NOOP("Response due")},
                 {"resolve-due", QT_TR_NOOP("Resolve due")},
                 {"first-response", QT_TR_NOOP("First response")},
                 {"state", QT_TR_NOOP("State")},
                 {"tags", QT_TR_NOOP("Tags")}};
    for (const auto& entry : names) {
        if (is(field, entry.key))
            return tr(entry.name);
    }
    return field;
}

QString HistoryPhrasing::displayValue(const QString& field, const std::optional<QString>& value)
{
    if (!value || value->trimmed().isEmpty())
        return tr("(none)");
    const QString v = value->trimmed();
    if (is(field, "severity")) {
        bool ok = false;
        const int severity = v.toInt(&ok);
        return ok && severity >= 1 && severity <= 4 ? TicketEnums::severityName(severity) : v;
    }
    if (is(field, "tlp")) {
        const auto tlp = Tlp::parse(v);
        return tlp ? Tlp::label(*tlp) : v;
    }
    if (is(field, "rsit")) {
        const QString classKey = v.section(QLatin1Char('/'), 0, 0);
        const QString typeKey = v.section(QLatin1Char('/'), 1);
        const RsitClass* rsitClass = Rsit::builtin().findClass(classKey);
        if (!rsitClass)
            return v;
        const RsitType* type = typeKey.isEmpty() ? nullptr : Rsit::builtin().findType(classKey, typeKey);
        if (!type)
            return typeKey.isEmpty() ? rsitClass->name : rsitClass->name + QStringLiteral(" / ") + typeKey;
        return rsitClass->name + QStringLiteral(" / ") + type->name;
    }
    if (is(field, "how-reported")) {
        const auto how = TicketEnums::parseHowReported(v);
        return how ? TicketEnums::displayName(*how) : v;
    }
    if (is(field, "reporter-type")) {
        const auto type = TicketEnums::parseReporterType(v);
        return type ? TicketEnums::displayName(*type) : v;
    }
    if (is(field, "state"))
        return Lifecycle::displayState(v);
    if (is(field, "response-due") || is(field, "resolve-due") || is(field, "first-response")) {
        const QDateTime at = QDateTime::fromString(v, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : v;
    }
    return oneLine(v);
}

QString HistoryPhrasing::raw(const HistoryEntry& entry)
{
    const QString what = entry.field.isEmpty() ? entry.action : entry.action + QLatin1Char(' ') + entry.field;
    if (!entry.oldValue && !entry.newValue)
        return what;
    //: A history row as stored: action and field, old value → new value; "∅" is no value.
    return tr("%1: %2 → %3")
        .arg(what, entry.oldValue.value_or(QStringLiteral("∅")), entry.newValue.value_or(QStringLiteral("∅")));
}

QString HistoryPhrasing::sentence(const HistoryEntry& entry)
{
    const QString& action = entry.action;
    const QString& field = entry.field;
    const QString newValue = entry.newValue.value_or(QString()).trimmed();
    const QString oldValue = entry.oldValue.value_or(QString()).trimmed();

    if (is(action, "create")) {
        const QJsonObject initial = QJsonDocument::fromJson(newValue.toUtf8()).object();
        const auto kind = TicketEnums::parseKind(initial.value(QStringLiteral("kind")).toString());
        const auto tlp = Tlp::parse(initial.value(QStringLiteral("tlp")).toString());
        if (kind && tlp)
            //: A ticket's first history row: "Created as Incident Report, TLP:AMBER".
            return tr("Created as %1, %2").arg(TicketEnums::displayName(*kind), Tlp::label(*tlp));
        if (kind)
            return tr("Created as %1").arg(TicketEnums::displayName(*kind));
        return tr("Created");
    }
    if (is(action, "set"))
        //: A field's change in the history: "Severity: Medium → High".
        return tr("%1: %2 → %3")
            .arg(fieldName(field), displayValue(field, entry.oldValue), displayValue(field, entry.newValue));
    if (is(action, "transition"))
        return tr("%1: %2 → %3")
            .arg(fieldName(QStringLiteral("state")), displayValue(QStringLiteral("state"), entry.oldValue),
                 displayValue(QStringLiteral("state"), entry.newValue));
    if (is(action, "cascade"))
        //: The state changed because of a link or of its incident's outcome.
        return tr("State: %1 → %2 (follows its incident)")
            .arg(displayValue(QStringLiteral("state"), entry.oldValue),
                 displayValue(QStringLiteral("state"), entry.newValue));
    if (is(action, "undo"))
        //: A triage decision taken back: the state it had before.
        return tr("State: %1 → %2 (undone)")
            .arg(displayValue(QStringLiteral("state"), entry.oldValue),
                 displayValue(QStringLiteral("state"), entry.newValue));
    if (is(action, "link") && is(field, "incident"))
        return tr("Linked to incident %1").arg(newValue);
    if (is(action, "link") && is(field, "child"))
        return tr("Ticket %1 linked to this incident").arg(newValue);
    if (is(action, "unlink") && is(field, "incident"))
        return tr("Unlinked from incident %1").arg(oldValue);
    if (is(action, "unlink") && is(field, "child"))
        return tr("Ticket %1 unlinked from this incident").arg(oldValue);
    if (is(action, "merge") && is(field, "from"))
        return tr("Merged %1 into this ticket").arg(newValue);
    if (is(action, "merge") && is(field, "into"))
        return tr("Merged into %1").arg(newValue);
    if (is(action, "observable"))
        return tr("Observable added: %1 %2").arg(field, newValue);
    if (is(action, "unobserve"))
        return tr("Observable removed: %1 %2").arg(field, oldValue);
    if (is(action, "observables")) {
        const QJsonArray added = QJsonDocument::fromJson(newValue.toUtf8()).array();
        QStringList named;
        for (qsizetype i = 0; i < added.size() && i < kMaxObservablesNamed; ++i)
            named.append(observableText(added.at(i).toString()));
        QString list = named.join(QStringLiteral(", "));
        if (added.size() > kMaxObservablesNamed)
            list += QLatin1Char(' ') + tr("and %n more", nullptr, int(added.size() - kMaxObservablesNamed));
        return tr("Observables added: %1").arg(list);
    }
    if (is(action, "tag"))
        return tr("Tag added: %1").arg(newValue);
    if (is(action, "untag"))
        return tr("Tag removed: %1").arg(oldValue);
    if (is(action, "mail")) {
        const bool in = is(field, "in");
        if (newValue.startsWith(QLatin1String("mid:"))) {
            const QString messageId = newValue.mid(4);
            return in ? tr("Mail received: %1").arg(messageId) : tr("Mail sent: %1").arg(messageId);
        }
        return in ? tr("Mail received (no Message-ID)") : tr("Mail sent (no Message-ID)");
    }
    if (is(action, "sla"))
        return tr("SLA policy changed");
    if (is(action, "comment"))
        return tr("Comment: %1").arg(oneLine(newValue));
    if (is(action, "task")) {
        if (const QString task = taskSentence(field, entry.oldValue, entry.newValue); !task.isEmpty())
            return task;
    }
    if (is(action, "evidence")) {
        if (const QString evidence = evidenceSentence(field, entry.oldValue, entry.newValue); !evidence.isEmpty())
            return evidence;
    }
    if (is(action, "timeline")) {
        if (const QString event = timelineSentence(field, entry.oldValue, entry.newValue); !event.isEmpty())
            return event;
    }
    if (is(action, "playbook")) {
        const QJsonArray list = QJsonDocument::fromJson((entry.newValue ? newValue : oldValue).toUtf8())
                                    .object()
                                    .value(QStringLiteral("playbooks"))
                                    .toArray();
        const QString name = list.isEmpty() ? field : list.first().toObject().value(QStringLiteral("name")).toString();
        if (entry.oldValue && entry.newValue)
            return tr("Playbook changed: %1").arg(oneLine(name));
        if (entry.newValue)
            return tr("Playbook added: %1").arg(oneLine(name));
        return tr("Playbook removed: %1").arg(oneLine(name));
    }

    if (is(action, "uuid"))
        //: The stable UUID a ticket is exported under (MISP events, IODEF documents).
        return tr("Exchange UUID: %1").arg(newValue);
    if (is(action, "import") && is(field, "misp")) {
        const QJsonObject imported = QJsonDocument::fromJson(newValue.toUtf8()).object();
        const int added = imported.value(QStringLiteral("observables")).toInt();
        return tr("MISP event %1 imported, %n observable(s) added", nullptr, added)
            .arg(imported.value(QStringLiteral("event")).toString());
    }
    if (is(action, "import") && is(field, "iodef")) {
        const QJsonObject imported = QJsonDocument::fromJson(newValue.toUtf8()).object();
        const int added = imported.value(QStringLiteral("observables")).toInt();
        return tr("IODEF incident %1 imported, %n observable(s) added", nullptr, added)
            .arg(imported.value(QStringLiteral("event")).toString());
    }

    // An action this version does not know (a newer one wrote it): say what is stored, readably.
    const QString what = field.isEmpty() ? action : action + QLatin1Char(' ') + field;
    if (entry.oldValue && entry.newValue)
        return tr("%1: %2 → %3").arg(what, oneLine(oldValue), oneLine(newValue));
    if (entry.newValue)
        return tr("%1: %2").arg(what, oneLine(newValue));
    if (entry.oldValue)
        return tr("%1: %2 removed").arg(what, oneLine(oldValue));
    return what;
}

} // namespace fb
