// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailTemplates.h"

#include "core/vault/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace fb {

namespace {

const QString kResourceDir = QStringLiteral(":/templates");
const QStringList kPlaceholders = {QStringLiteral("ticket"),     QStringLiteral("title"), QStringLiteral("tlp"),
                                   QStringLiteral("reporter"),   QStringLiteral("team"),  QStringLiteral("greeting"),
                                   QStringLiteral("observables")};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_-]*)\\}"));
    return pattern;
}

QString settingsKey(const QString& name)
{
    return QLatin1String(MailTemplates::kSettingsPrefix) + name;
}

} // namespace

MailTemplates::MailTemplates(Vault& vault)
    : m_vault(vault)
{
}

QStringList MailTemplates::names()
{
    QStringList names;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names.append(file.chopped(4));
    return names;
}

QString MailTemplates::displayName(const QString& name)
{
    if (name == QLatin1String("reply-reporter"))
        return tr("Reply to the reporter");
    if (name == QLatin1String("notify-team"))
        return tr("Notify a team");
    if (name == QLatin1String("investigation-request"))
        return tr("Ask an investigation's correspondent");
    if (name == QLatin1String("investigate-team"))
        return tr("Ask a team to investigate (launched investigations)");
    if (name == QLatin1String("update-reporters"))
        return tr("Update every reporter of an incident");
    return name;
}

Result<MailTemplate> MailTemplates::load(const QString& name)
{
    if (!names().contains(name))
        return fail(ErrorCode::NotFound, tr("There is no mail template named “%1”.").arg(name));
    FB_TRY_ASSIGN(auto stored, SettingsStore(m_vault).value(settingsKey(name)));
    if (stored) {
        MailTemplate edited = parse(name, *stored);
        edited.edited = true;
        return edited;
    }
    QFile file(kResourceDir + QLatin1Char('/') + name + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, tr("The mail template “%1” is missing from this build.").arg(name));
    return parse(name, QString::fromUtf8(file.readAll()));
}

Status MailTemplates::save(const MailTemplate& edited)
{
    if (!names().contains(edited.name))
        return fail(ErrorCode::NotFound, tr("There is no mail template named “%1”.").arg(edited.name));
    const QString text = toText(edited);
    const QStringList unknown = unknownPlaceholders(text);
    if (!unknown.isEmpty())
        return fail(ErrorCode::BadInput,
                    tr("The template “%1” uses %2, which is not a placeholder; use {ticket}, {title}, {tlp}, "
                       "{reporter}, {team}, {greeting} or {observables}.")
                        .arg(edited.name, QLatin1Char('{') + unknown.first() + QLatin1Char('}')),
                    edited.name);
    return SettingsStore(m_vault).setValue(settingsKey(edited.name), text);
}

Status MailTemplates::reset(const QString& name)
{
    return SettingsStore(m_vault).remove(settingsKey(name));
}

MailTemplate MailTemplates::parse(const QString& name, const QString& text)
{
    MailTemplate out;
    out.name = name;
    QString rest = text;
    rest.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (rest.startsWith(QLatin1String("Subject:"))) {
        const qsizetype end = rest.indexOf(QLatin1Char('\n'));
        out.subject = rest.mid(8, end < 0 ? -1 : end - 8).trimmed();
        rest = end < 0 ? QString() : rest.mid(end + 1);
        if (rest.startsWith(QLatin1Char('\n')))
            rest.remove(0, 1);
    }
    out.body = rest;
    return out;
}

QString MailTemplates::toText(const MailTemplate& mailTemplate)
{
    return QStringLiteral("Subject: ") + mailTemplate.subject + QStringLiteral("\n\n") + mailTemplate.body;
}

QStringList MailTemplates::unknownPlaceholders(const QString& text)
{
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!kPlaceholders.contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    return unknown;
}

MailTemplate MailTemplates::fill(const MailTemplate& mailTemplate, const TemplateValues& values)
{
    const auto replace = [&values](const QString& text) -> QString {
        QString out;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            out += text.mid(last, match.capturedStart() - last);
            const QString name = match.captured(1);
            if (name == QLatin1String("ticket"))
                out += values.ticket;
            else if (name == QLatin1String("title"))
                out += values.title;
            else if (name == QLatin1String("tlp"))
                out += values.tlp;
            else if (name == QLatin1String("reporter"))
                out += values.reporter;
            else if (name == QLatin1String("team"))
                out += values.team;
            else if (name == QLatin1String("greeting"))
                out += values.greeting;
            else if (name == QLatin1String("observables"))
                out += values.observables;
            else
                out += match.captured(0);
            last = match.capturedEnd();
        }
        return out + text.mid(last);
    };
    MailTemplate out = mailTemplate;
    out.subject = replace(mailTemplate.subject);
    out.body = replace(mailTemplate.body);
    return out;
}

} // namespace fb
