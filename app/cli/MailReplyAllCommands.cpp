// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MailReplyAllCommands.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CliFiles.h"
#include "app/cli/CommandCall.h"
#include "app/cli/KeyPassphrase.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/OwnTeam.h"
#include "core/mail/MailKeys.h"
#include "core/mail/MailReply.h"
#include "core/mail/ReporterReplies.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace fb {

namespace {

class MailReplyAllCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailReplyAllCommands)

public:
    MailReplyAllCommand()
        : Command({
              .noun = s("mail"),
              .verb = s("reply-all"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Reply to every reporter of an incident"),
              .description = MailReplyAllCommands::tr(
                  "List the reporters of an incident's reports (one line each: address, the report answered, key "
                  "status, whether the reply is encrypted or refused by the TLP gate). --preview adds every reply's "
                  "text; --confirm writes one reply per reporter, threaded to that reporter's newest report and "
                  "stored there as sent mail (export it with 'mail export'), all or none. The text is the "
                  "'update-reporters' template unless --body-file gives one; its placeholders are filled for each "
                  "reporter."),
              .synopsis = s("INCIDENT"),
              .arguments = {{s("INCIDENT"), MailReplyAllCommands::tr("The incident whose reporters to answer.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options =
                  {option("except", MailReplyAllCommands::tr("Leave this reporter out (repeatable)."), "ADDRESS"),
                   option("body-file",
                          MailReplyAllCommands::tr("The text of the replies, with placeholders such as "
                                                   "{greeting}; '-' for standard input."),
                          "FILE"),
                   option("preview", MailReplyAllCommands::tr("Print every reply's text as well.")),
                   option("confirm", MailReplyAllCommands::tr("Write and store the replies.")),
                   option("sign", MailReplyAllCommands::tr("Sign with PGP/MIME using the team key.")),
                   option("key",
                          MailReplyAllCommands::tr("Sign with this key instead of the team key (implies --sign)."),
                          "FINGERPRINT"),
                   KeyPassphrase::fileOption()},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(call.positional(0)));
        m_incident = id;
        if (call.isSet("preview") && call.isSet("confirm"))
            return fail(ErrorCode::Usage, MailReplyAllCommands::tr("Give --preview or --confirm, not both."),
                        s("confirm"));
        if (call.isSet("body-file")) {
            FB_TRY_ASSIGN(auto body, CliFiles::read(call.value("body-file")));
            m_text = QString::fromUtf8(body);
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        ReporterReplies replies(call.change());
        FB_TRY_ASSIGN(auto keyring, KeyringStore(call.vault(), call.clock()).keys());
        FB_TRY_ASSIGN(auto reporters, replies.reporters(m_incident, keyring));
        const QStringList except = call.values("except");
        if (!call.isSet("preview") && !call.isSet("confirm"))
            return list(call, reporters, except);

        if (m_text.isEmpty()) {
            FB_TRY_ASSIGN(auto text, replies.defaultText());
            m_text = text;
        }
        QString signKey = call.value("key");
        if (signKey.isEmpty() && call.isSet("sign")) {
            FB_TRY_ASSIGN(auto teamKey, OwnTeam(call.vault()).signingKey());
            if (teamKey.isEmpty())
                return fail(ErrorCode::Usage,
                            MailReplyAllCommands::tr("There is no team key to sign with; give --key or set the team "
                                                     "key."),
                            s("sign"));
            signKey = teamKey;
        }
        FB_TRY_ASSIGN(auto mails, replies.mails(m_incident, reporters, except, m_text, signKey));
        if (call.isSet("preview")) {
            if (call.json()) {
                QJsonArray list;
                for (const OutgoingMail& m : std::as_const(mails))
                    list.append(QJsonObject{{s("report"), m.ticketId},
                                            {s("to"), QJsonArray::fromStringList(m.to)},
                                            {s("body"), m.body},
                                            {s("encrypt"), m.encrypt},
                                            {s("signed"), !m.signKey.isEmpty()}});
                call.context().printJson(list);
                return {};
            }
            for (const OutgoingMail& m : std::as_const(mails))
                call.out() << MailReplyAllCommands::tr("--- Reply to %1 on report #%2 (%3) ---")
                                  .arg(m.to.join(QStringLiteral(", ")))
                                  .arg(m.ticketId)
                                  .arg(m.encrypt ? MailReplyAllCommands::tr("encrypted")
                                                 : MailReplyAllCommands::tr("not encrypted"))
                           << u'\n' << m.body << u'\n';
            return {};
        }

        std::unique_ptr<MailKeys> keys;
        bool needsKeys = !signKey.isEmpty();
        for (const OutgoingMail& m : std::as_const(mails))
            needsKeys = needsKeys || m.encrypt;
        if (needsKeys) {
            FB_TRY_ASSIGN(auto opened,
                          MailKeys::forWorkspace(call.vault(), call.clock(),
                                                 KeyPassphrase::callback(call.value("key-passphrase-file"))));
            keys = std::move(opened);
            replies.setKeys(keys.get());
        }
        DirectJobControl progress; // a few messages: no progress line
        FB_TRY_ASSIGN(auto sent, replies.send(mails, progress));
        if (call.json()) {
            QJsonArray list;
            for (qsizetype i = 0; i < sent.size(); ++i)
                list.append(QJsonObject{{s("report"), mails.at(i).ticketId},
                                        {s("to"), sent.at(i).to},
                                        {s("messageId"), sent.at(i).messageId},
                                        {s("inReplyTo"), sent.at(i).inReplyTo},
                                        {s("subject"), sent.at(i).subject},
                                        {s("signatureStatus"), sent.at(i).signatureStatus},
                                        {s("encrypted"), sent.at(i).isEncrypted}});
            call.context().printJson(list);
            return {};
        }
        for (qsizetype i = 0; i < sent.size(); ++i)
            call.out() << MailReplyAllCommands::tr("Reply to %1 stored on report #%2.")
                              .arg(sent.at(i).to)
                              .arg(mails.at(i).ticketId)
                       << u'\n';
        return {};
    }

private:
    Status list(CommandCall& call, const QList<ReporterReply>& reporters, const QStringList& except)
    {
        QStringList left;
        for (const QString& address : except)
            left.append(MailReply::addressOf(address));
        QJsonArray json;
        TextTable table({MailReplyAllCommands::tr("REPORTER"), MailReplyAllCommands::tr("REPORT"),
                         MailReplyAllCommands::tr("KEY"), MailReplyAllCommands::tr("ENCRYPTED"),
                         MailReplyAllCommands::tr("PLAN")});
        for (const ReporterReply& r : reporters) {
            const bool excluded = left.contains(r.address);
            QStringList reports{QStringLiteral("#%1").arg(r.reportId)};
            for (qint64 other : r.otherReports)
                reports.append(QStringLiteral("#%1").arg(other));
            table.addRow({r.to, reports.join(QStringLiteral(", ")), MailKeys::statusText(r.key.status),
                          r.encrypt ? MailReplyAllCommands::tr("yes") : MailReplyAllCommands::tr("no"),
                          r.refused  ? MailReplyAllCommands::tr("refused: %1").arg(r.refusal)
                          : excluded ? MailReplyAllCommands::tr("left out")
                                     : MailReplyAllCommands::tr("reply")});
            QJsonArray others;
            for (qint64 other : r.otherReports)
                others.append(other);
            json.append(QJsonObject{{s("address"), r.address},
                                    {s("to"), r.to},
                                    {s("report"), r.reportId},
                                    {s("otherReports"), others},
                                    {s("key"), MailKeys::statusKey(r.key.status)},
                                    {s("encrypt"), r.encrypt},
                                    {s("refused"), r.refused},
                                    {s("refusal"), r.refusal},
                                    {s("excluded"), excluded}});
        }
        if (!call.json() && reporters.isEmpty()) {
            call.out() << MailReplyAllCommands::tr("Incident #%1 has no reporter with an address.").arg(m_incident)
                       << u'\n';
            return {};
        }
        call.context().printListing(table, json);
        return {};
    }

    qint64 m_incident = 0;
    QString m_text;
};

} // namespace

CommandList MailReplyAllCommands::commands()
{
    CommandList list;
    addCommands<MailReplyAllCommand>(list);
    return list;
}

} // namespace fb
