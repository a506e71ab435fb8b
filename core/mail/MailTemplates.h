// SPDX-License-Identifier: GPL-3.0-or-later
// MailTemplates: the texts the composer starts from: plain-text files in resources/templates ("Subject: ..."
// line, blank line, body) with placeholders {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables};
// a workspace
// may keep its own edited copy of each (SettingsStore key "mail.template.<name>").
#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fb {

class Vault;

struct MailTemplate
{
    QString name; // file name without ".txt": "reply-reporter"
    QString subject;
    QString body;
    bool edited = false; // the workspace's own copy, not the built-in text
};

// What the placeholders stand for.
struct TemplateValues
{
    QString ticket;      // "[CERT-XX #42]" or "#42"
    QString title;       // the ticket's title
    QString tlp;         // "TLP:AMBER"
    QString reporter;    // name or address of the addressee
    QString team;        // our team's name
    QString greeting;    // "Dear Jane Doe," or a neutral greeting (MailReply::greeting)
    QString observables; // one observable a line ("ipv4 192.0.2.1"): what a team is asked to look into
};

class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailTemplates)

public:
    static constexpr const char* kSettingsPrefix = "mail.template.";

    explicit MailTemplates(Vault& vault);

    // The built-in templates' names, sorted.
    static QStringList names();
    // The name for people ("Reply to the reporter").
    static QString displayName(const QString& name);
    // The workspace's copy if there is one, else the built-in text. Unknown name: NotFound.
    Result<MailTemplate> load(const QString& name);
    // Keeps an edited copy in the workspace; refuses text with an unknown placeholder (BadInput, naming it).
    Status save(const MailTemplate& edited);
    // Drops the workspace's copy: the built-in text is used again.
    Status reset(const QString& name);

    // "Subject: ...\n\nbody" read into a template; text without a Subject line is all body.
    static MailTemplate parse(const QString& name, const QString& text);
    static QString toText(const MailTemplate& mailTemplate);
    // The placeholders used in the text that are not one of ours; empty when all are known.
    static QStringList unknownPlaceholders(const QString& text);
    // Subject and body with every placeholder replaced.
    static MailTemplate fill(const MailTemplate& mailTemplate, const TemplateValues& values);

private:
    Vault& m_vault;
};

} // namespace fb
