// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailReply.h"

#include "core/directory/DirectoryQueries.h"
#include "core/mail/MailStore.h"
#include "core/mail/MessageParser.h"
#include "core/mail/MimeRuntime.h"

#include <QLocale>
#include <QRegularExpression>

#include <gmime/gmime.h>

namespace fb {

namespace {

// The mailboxes of an address list as GMime reads it (quoted names, encoded words, groups); each as (name, address).
QList<std::pair<QString, QString>> mailboxes(const QString& text)
{
    QList<std::pair<QString, QString>> out;
    if (text.trimmed().isEmpty())
        return out;
    MimeRuntime::ensureInitialised();
    const QByteArray bytes = text.toUtf8();
    InternetAddressList* list = internet_address_list_parse(nullptr, bytes.constData());
    if (!list)
        return out;
    const auto collect = [&out](InternetAddressList* addresses, const auto& self) -> void {
        const int count = internet_address_list_length(addresses);
        for (int i = 0; i < count; ++i) {
            InternetAddress* address = internet_address_list_get_address(addresses, i);
            if (INTERNET_ADDRESS_IS_GROUP(address)) {
                self(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), self);
                continue;
            }
            if (!INTERNET_ADDRESS_IS_MAILBOX(address))
                continue;
            const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            const char* name = internet_address_get_name(address);
            if (addr && *addr)
                out.append({QString::fromUtf8(name ? name : ""), QString::fromUtf8(addr).toLower()});
        }
    };
    collect(list, collect);
    g_object_unref(list);
    return out;
}

// "Jane Doe (CERT-XX)" → "Jane Doe": the team ReporterLookup puts after a person's name is not part of it.
QString withoutTeam(const QString& name)
{
    static const QRegularExpression team(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QString out = name;
    out.remove(team);
    return out.trimmed();
}

} // namespace

MailReply::MailReply(Vault& vault, const Clock& clock)
    : m_vault(vault)
    , m_clock(clock)
{
}

Result<ReplyStart> MailReply::start(const Ticket& ticket, std::optional<qint64> replyTo)
{
    ReplyStart start;
    FB_TRY_ASSIGN(auto messages, MailStore(m_vault).messagesOf(ticket.id, false));
    for (const StoredMessage& m : std::as_const(messages)) {
        if (replyTo ? m.id == *replyTo : m.direction == MailDirection::In)
            start.original = m; // without replyTo: the last received one, as they come oldest first
    }
    if (replyTo && !start.original)
        return fail(ErrorCode::NotFound,
                    tr("Ticket #%1 has no stored message %2 to reply to.").arg(ticket.id).arg(*replyTo),
                    QStringLiteral("reply"));
    start.to = start.original && !start.original->message.from.isEmpty() ? start.original->message.from
                                                                         : ticket.reporter.trimmed();
    // A received message that names where answers go (Reply-To, RFC 5322 3.6.2) is answered there: abuse desks
    // and feeds often send from an address nobody reads.
    if (start.original && start.original->direction == MailDirection::In) {
        FB_TRY_ASSIGN(auto stored, MailStore(m_vault).message(start.original->id));
        const QString answerTo = MessageParser::parse(stored.message.raw).message.replyTo;
        if (!addressesOf(answerTo).isEmpty())
            start.to = answerTo;
    }
    if (!start.to.isEmpty()) {
        FB_TRY_ASSIGN(auto name, displayName(start.to));
        start.displayName = name;
    }
    return start;
}

Result<QString> MailReply::displayName(const QString& address)
{
    const auto found = mailboxes(address);
    if (found.isEmpty())
        return QString();
    FB_TRY_ASSIGN(auto hits, DirectoryQueries(m_vault, m_clock).findByEmail(found.first().second));
    for (const DirectoryHit& hit : std::as_const(hits)) {
        if (hit.personId != 0 && !hit.name.trimmed().isEmpty())
            return hit.name.trimmed();
    }
    if (!hits.isEmpty())
        return QString(); // a team's own mailbox: whoever reads it is greeted as a colleague
    return withoutTeam(found.first().first);
}

QStringList MailReply::addressesOf(const QString& list)
{
    QStringList out;
    for (const auto& [name, address] : mailboxes(list))
        out.append(address);
    return out;
}

QString MailReply::addressOf(const QString& text)
{
    const QStringList found = addressesOf(text);
    return found.isEmpty() ? QString() : found.first();
}

QString MailReply::greeting(const QString& displayName)
{
    if (displayName.trimmed().isEmpty())
        //: The greeting of a reply when the recipient's name is not known.
        return tr("Hello,");
    //: The greeting of a reply: "Dear Jane Doe,".
    return tr("Dear %1,").arg(displayName.trimmed());
}

QString MailReply::quote(const ParsedMessage& original)
{
    QString sender;
    const auto from = mailboxes(original.from);
    if (!from.isEmpty())
        sender = from.first().first.isEmpty() ? from.first().second : from.first().first;
    if (sender.isEmpty())
        sender = original.fromAddress.isEmpty() ? tr("the sender") : original.fromAddress;
    const QString attribution =
        original.date.isValid()
            //: Above the quoted original of a reply: "On 2 Mar 2026 10:00 CET, Jane Doe wrote:".
            ? tr("On %1, %2 wrote:")
                  .arg(QLocale().toString(original.date.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm t")), sender)
            //: Above the quoted original of a reply whose date is not known.
            : tr("%1 wrote:").arg(sender);

    QString text = original.body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype signature = lines.indexOf(QStringLiteral("-- ")); // RFC 3676 signature separator
    if (signature >= 0)
        lines = lines.mid(0, signature);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    QStringList quoted{attribution};
    for (const QString& line : std::as_const(lines))
        quoted.append(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
    return quoted.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool MailReply::answersReporter(const Ticket& ticket, const ParsedMessage& sent, const QStringList& receivedIds)
{
    if (!sent.inReplyTo.isEmpty() && receivedIds.contains(sent.inReplyTo))
        return true;
    const QString reporter = addressOf(ticket.reporter);
    return !reporter.isEmpty() && addressesOf(sent.to + QStringLiteral(", ") + sent.cc).contains(reporter);
}

} // namespace fb
