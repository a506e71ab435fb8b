// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ticket/TicketCliSupport.h"

#include "app/cli/CliArgs.h"
#include "app/cli/TicketView.h"
#include "core/taxonomy/Rsit.h"

#include <QFile>

#include <cstdio>

namespace fb {

std::unique_ptr<TicketStores> TicketCliSupport::store(const CommandCall& call)
{
    return std::make_unique<TicketStores>(call.change());
}

Result<QString> TicketCliSupport::readText(const QString& path)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok)
        return fail(ErrorCode::BadInput, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<QString> TicketCliSupport::textArgument(const CommandCall& call, qsizetype index, const QString& oneOfTwo)
{
    const bool given = call.positional().size() > index;
    if (given == call.isSet("file"))
        return fail(ErrorCode::Usage, oneOfTwo);
    if (given)
        return call.positional(index);
    return readText(call.value("file"));
}

Result<std::pair<QString, QString>> TicketCliSupport::parseRsit(const QString& text)
{
    if (const auto tag = Rsit::builtin().parseMachineTag(text))
        return *tag;
    const QString classKey = text.section(QLatin1Char('/'), 0, 0).trimmed().toLower();
    const QString typeKey = text.section(QLatin1Char('/'), 1).trimmed().toLower();
    if (!Rsit::builtin().isValid(classKey, typeKey))
        return fail(ErrorCode::BadInput,
                    tr("'%1' is not a class/type of the Reference Security Incident Taxonomy (see: taxonomy list "
                       "rsit).")
                        .arg(text),
                    s("rsit"));
    return std::pair{classKey, typeKey};
}

Result<QList<qint64>> TicketCliSupport::ticketIds(const QStringList& positional, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        FB_TRY_ASSIGN(auto id, CliContext::parseTicketId(positional.value(i)));
        ids.append(id);
    }
    return ids;
}

Status TicketCliSupport::reportChange(CommandCall& call, TicketRepository& store, qint64 id, const QString& message)
{
    if (!call.json()) {
        call.out() << message << QLatin1Char('\n');
        return {};
    }
    FB_TRY_ASSIGN(auto ticket, store.get(id));
    call.context().printJson(TicketView::toJson(ticket, call.clock().nowUtc(), true));
    return {};
}

} // namespace fb
