// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tickets/PlaybookJson.h"

#include "core/taxonomy/Rsit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <tuple>

namespace fb {

namespace {

constexpr int kVersion = 1;
constexpr qsizetype kMaxTasks = 100;
constexpr qsizetype kMaxTitle = 200;
constexpr qsizetype kMaxText = 16 * 1024;
constexpr int kMaxOffsetMinutes = 366 * 24 * 60;

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

std::optional<int> PlaybookJson::parseOffset(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?$"));
    const auto match = pattern.match(text.trimmed().remove(QLatin1Char(' ')));
    if (!match.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    const qint64 minutes =
        match.captured(1).toLongLong() * 1440 + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    if (minutes <= 0 || minutes > kMaxOffsetMinutes)
        return std::nullopt;
    return int(minutes);
}

QString PlaybookJson::offsetText(int minutes)
{
    QString text;
    if (minutes >= 1440)
        text += QString::number(minutes / 1440) + QLatin1Char('d');
    if (minutes % 1440 >= 60)
        text += QString::number(minutes % 1440 / 60) + QLatin1Char('h');
    if (minutes % 60 || text.isEmpty())
        text += QString::number(minutes % 60) + QLatin1Char('m');
    return text;
}

namespace {

// A control character (a NUL, an escape sequence...) has no place in a playbook's text: it could hide text or
// reach a terminal. Descriptions may break lines and use tabs.
bool hasControl(const QString& text, bool multiline)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 || c.unicode() == 0x7f) &&
            !(multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\t'))))
            return true;
    }
    return false;
}

} // namespace

QList<std::pair<QString, QString>> PlaybookJson::problems(const Playbook& playbook)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    QList<std::pair<QString, QString>> found;
    if (!keyPattern.match(playbook.key).hasMatch())
        found.append(
            {s("id"),
             tr("'%1' is not a playbook id: use 1 to 64 lower-case letters, digits and '-'.").arg(playbook.key)});
    if (playbook.name.trimmed().isEmpty() || playbook.name.size() > kMaxTitle)
        found.append({s("name"), tr("A playbook needs a name of at most %1 characters.").arg(kMaxTitle)});
    if (playbook.description.size() > kMaxText)
        found.append({s("description"), tr("The description is longer than %1 characters.").arg(kMaxText)});
    if (playbook.rsitClass.isEmpty() && (!playbook.rsitType.isEmpty() || !playbook.constituency.isEmpty()))
        found.append({s("match.class"), tr("A playbook that names a type or constituency must name a class.")});
    else if (!playbook.rsitClass.isEmpty() && !Rsit::builtin().isValid(playbook.rsitClass, playbook.rsitType))
        found.append(
            {playbook.rsitType.isEmpty() ? s("match.class") : s("match.type"),
             tr("'%1' is not a class/type of the Reference Security Incident Taxonomy.")
                 .arg(playbook.rsitType.isEmpty() ? playbook.rsitClass
                                                  : playbook.rsitClass + QLatin1Char('/') + playbook.rsitType)});
    const QString control = tr("The text contains a control character (such as NUL or ESC).");
    for (const auto& [field, text, multiline] :
         {std::tuple{s("name"), playbook.name, false}, std::tuple{s("description"), playbook.description, true},
          std::tuple{s("match.constituency"), playbook.constituency, false}}) {
        if (hasControl(text, multiline))
            found.append({field, control});
    }
    if (playbook.tasks.isEmpty())
        found.append({s("tasks"), tr("A playbook needs at least one task.")});
    if (playbook.tasks.size() > kMaxTasks)
        found.append({s("tasks"), tr("A playbook can have at most %1 tasks.").arg(kMaxTasks)});
    QSet<QString> titles;
    for (qsizetype i = 0; i < playbook.tasks.size(); ++i) {
        const PlaybookTask& task = playbook.tasks.at(i);
        const QString at = QStringLiteral("tasks[%1].").arg(i);
        const QString title = task.title.trimmed();
        if (title.isEmpty() || title.size() > kMaxTitle)
            found.append({at + s("title"), tr("A task needs a title of at most %1 characters.").arg(kMaxTitle)});
        else if (titles.contains(title.toCaseFolded()))
            found.append(
                {at + s("title"), tr("The title '%1' is used by an earlier task of this playbook.").arg(title)});
        titles.insert(title.toCaseFolded());
        if (task.description.size() > kMaxText)
            found.append({at + s("description"), tr("The description is longer than %1 characters.").arg(kMaxText)});
        for (const auto& [field, text, multiline] :
             {std::tuple{s("title"), task.title, false}, std::tuple{s("description"), task.description, true},
              std::tuple{s("ownerRole"), task.ownerRole, false}}) {
            if (hasControl(text, multiline))
                found.append({at + field, control});
        }
        if (task.dueMinutes && (*task.dueMinutes <= 0 || *task.dueMinutes > kMaxOffsetMinutes))
            found.append({at + s("due"), tr("A due offset must be between one minute and a year.")});
    }
    return found;
}

Result<QList<Playbook>> PlaybookJson::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::BadInput,
                    tr("This is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset),
                    QStringLiteral("byte %1").arg(parseError.offset));
    if (!document.isObject() || document.object().value(s("format")).toString() != s("firebreak-playbooks"))
        return fail(ErrorCode::BadInput,
                    tr("This is not a Firebreak playbook file (its \"format\" must be "
                       "\"firebreak-playbooks\")."),
                    s("format"));
    const QJsonObject root = document.object();
    if (root.value(s("version")).toInt(-1) != kVersion)
        return fail(ErrorCode::BadInput,
                    tr("This playbook file has version %1; this Firebreak reads version %2.")
                        .arg(root.value(s("version")).toVariant().toString())
                        .arg(kVersion),
                    s("version"));
    if (!root.value(s("playbooks")).isArray())
        return fail(ErrorCode::BadInput, tr("The file needs a \"playbooks\" list."), s("playbooks"));

    QStringList errors;
    QString firstWhere;
    auto problem = [&](const QString& where, const QString& message) {
        if (firstWhere.isEmpty())
            firstWhere = where;
        errors.append(QStringLiteral("%1: %2").arg(where, message));
    };
    // A text field: absent is empty, anything but a string is a problem.
    auto text = [&](const QJsonObject& object, const char* key, const QString& where) {
        const QJsonValue value = object.value(s(key));
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            problem(where + s(key), tr("must be text."));
        return value.toString();
    };

    QList<Playbook> playbooks;
    QSet<QString> keys;
    const QJsonArray list = root.value(s("playbooks")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("playbooks[%1].").arg(i);
        if (!list.at(i).isObject()) {
            problem(at.chopped(1), tr("must be an object."));
            continue;
        }
        const QJsonObject object = list.at(i).toObject();
        Playbook playbook;
        playbook.key = text(object, "id", at).trimmed();
        playbook.name = text(object, "name", at).trimmed();
        playbook.description = text(object, "description", at);
        const QJsonValue match = object.value(s("match"));
        if (match.isObject()) {
            const QString matchAt = at + s("match.");
            playbook.rsitClass = text(match.toObject(), "class", matchAt).trimmed();
            playbook.rsitType = text(match.toObject(), "type", matchAt).trimmed();
            playbook.constituency = text(match.toObject(), "constituency", matchAt).trimmed();
        } else if (!match.isUndefined() && !match.isNull()) {
            problem(at + s("match"), tr("must be an object."));
        }
        const QJsonValue tasks = object.value(s("tasks"));
        if (!tasks.isArray() && !tasks.isUndefined())
            problem(at + s("tasks"), tr("must be a list."));
        const QJsonArray taskList = tasks.toArray();
        for (qsizetype j = 0; j < taskList.size(); ++j) {
            const QString taskAt = at + QStringLiteral("tasks[%1].").arg(j);
            if (!taskList.at(j).isObject()) {
                problem(taskAt.chopped(1), tr("must be an object."));
                continue;
            }
            const QJsonObject taskObject = taskList.at(j).toObject();
            PlaybookTask task;
            task.title = text(taskObject, "title", taskAt).trimmed();
            task.description = text(taskObject, "description", taskAt);
            task.ownerRole = text(taskObject, "ownerRole", taskAt).trimmed();
            const QString due = text(taskObject, "due", taskAt);
            if (!due.isEmpty()) {
                task.dueMinutes = parseOffset(due);
                if (!task.dueMinutes)
                    problem(taskAt + s("due"),
                            tr("'%1' is not a due offset such as 30m, 4h, 2d or 1d12h (at most a year).").arg(due));
            }
            playbook.tasks.append(task);
        }
        for (const auto& [field, message] : problems(playbook)) {
            // A bad offset is already named with its text.
            if (!field.endsWith(s(".due")))
                problem(at + field, message);
        }
        if (!playbook.key.isEmpty() && keys.contains(playbook.key))
            problem(at + s("id"), tr("'%1' is the id of an earlier playbook in this file.").arg(playbook.key));
        keys.insert(playbook.key);
        playbooks.append(playbook);
    }
    if (!errors.isEmpty())
        return fail(
            ErrorCode::BadInput,
            tr("The playbooks were not imported; nothing was changed. %n problem(s):", nullptr, int(errors.size())) +
                QLatin1Char('\n') + errors.join(QLatin1Char('\n')),
            firstWhere);
    return playbooks;
}

QByteArray PlaybookJson::write(const QList<Playbook>& playbooks, bool compact)
{
    QJsonArray list;
    for (const Playbook& playbook : playbooks) {
        QJsonObject object{{s("id"), playbook.key}, {s("name"), playbook.name}};
        if (!playbook.description.isEmpty())
            object.insert(s("description"), playbook.description);
        if (!playbook.rsitClass.isEmpty()) {
            QJsonObject match{{s("class"), playbook.rsitClass}};
            if (!playbook.rsitType.isEmpty())
                match.insert(s("type"), playbook.rsitType);
            if (!playbook.constituency.isEmpty())
                match.insert(s("constituency"), playbook.constituency);
            object.insert(s("match"), match);
        }
        QJsonArray tasks;
        for (const PlaybookTask& task : playbook.tasks) {
            QJsonObject t{{s("title"), task.title}};
            if (!task.description.isEmpty())
                t.insert(s("description"), task.description);
            if (!task.ownerRole.isEmpty())
                t.insert(s("ownerRole"), task.ownerRole);
            if (task.dueMinutes)
                t.insert(s("due"), offsetText(*task.dueMinutes));
            tasks.append(t);
        }
        object.insert(s("tasks"), tasks);
        list.append(object);
    }
    const QJsonObject root{{s("format"), s("firebreak-playbooks")}, {s("version"), kVersion}, {s("playbooks"), list}};
    return QJsonDocument(root).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

} // namespace fb
