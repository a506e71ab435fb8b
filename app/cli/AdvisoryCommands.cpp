// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AdvisoryCommands.h"

#include "app/cli/AdvisoryExport.h"
#include "app/cli/AdvisoryOptions.h"
#include "app/cli/AdvisoryView.h"
#include "app/cli/CliArgs.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliFiles.h"
#include "core/advisory/AdvisoryJson.h"
#include "core/advisory/AdvisoryStore.h"
#include "core/advisory/CsafReader.h"
#include "core/directory/DistributionListStore.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace fb {

namespace {

QJsonObject created(const Advisory& a)
{
    return QJsonObject{{s("id"), a.id}, {s("identifier"), a.identifier}, {s("version"), a.version}};
}

// The audience names distribution lists of the directory: a name added here must be one.
Status checkAudience(Vault& vault, const CliContext& context, const QStringList& audience, const QStringList& before)
{
    DistributionListStore lists(vault, context.clock(), context.actor());
    for (qsizetype i = 0; i < audience.size(); ++i) {
        if (before.contains(audience[i]))
            continue;
        if (auto found = lists.find(audience[i]); !found)
            return fail(found.error().code, found.error().message, QStringLiteral("audience[%1]").arg(i));
    }
    return {};
}

} // namespace

QList<Command> AdvisoryCommands::commands()
{
    return {
        {s("advisory"), s("new"), QT_TRANSLATE_NOOP("fb::Command", "Start an advisory (a draft)"), create},
        {s("advisory"), s("edit"), QT_TRANSLATE_NOOP("fb::Command", "Change an advisory, or publish a revision"), edit},
        {s("advisory"), s("show"), QT_TRANSLATE_NOOP("fb::Command", "Show an advisory"), show},
        {s("advisory"), s("list"), QT_TRANSLATE_NOOP("fb::Command", "List the advisories"), list},
        {s("advisory"), s("lint"), QT_TRANSLATE_NOOP("fb::Command", "Check an advisory before publishing"), lint},
        {s("advisory"), s("export"),
         QT_TRANSLATE_NOOP("fb::Command", "Write an advisory as CSAF, signed text, HTML, PDF or mail"),
         AdvisoryExport::run},
        {s("advisory"), s("import"),
         QT_TRANSLATE_NOOP("fb::Command", "Start an advisory from a CSAF 2.0 document (e.g. a vendor's)"), importFile},
    };
}

Result<Advisory> AdvisoryCommands::find(AdvisoryStore& store, const QString& idOrIdentifier)
{
    bool numeric = false;
    const qint64 id = idOrIdentifier.toLongLong(&numeric);
    if (numeric && id > 0)
        return store.get(id);
    return store.find(idOrIdentifier.trimmed());
}

Status AdvisoryCommands::create(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    AdvisoryOptions options;
    options.addTo(parser);
    auto parsed = context.parse(parser, s("advisory new"), {},
                                tr("Start an advisory from the options and/or a JSON file; it gets the next "
                                   "identifier of the team's scheme and is a draft (version 0) until published."),
                                arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    Advisory draft;
    if (auto status = options.apply(parser, draft); !status)
        return status;
    if (draft.title.trimmed().isEmpty())
        return fail(ErrorCode::Usage, tr("advisory new needs a title (--title or in --from-json)."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    if (auto status = checkAudience(**vault, context, draft.audience, {}); !status)
        return status;
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto stored = store.create(draft);
    if (!stored)
        return fail(stored.error());
    if (context.json())
        context.printJson(created(*stored));
    else
        context.out() << tr("Created advisory %1 (#%2).").arg(stored->identifier).arg(stored->id) << u'\n';
    return {};
}

Status AdvisoryCommands::edit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ADVISORY"), tr("Row id or identifier."));
    AdvisoryOptions options;
    options.addTo(parser);
    const QCommandLineOption publish(s("publish"),
                                     tr("Publish as interim or final: adds a revision and bumps the version (lint "
                                        "errors block final)."),
                                     s("STATUS"));
    const QCommandLineOption revision(s("revision-summary"), tr("With --publish: what changed in this revision."),
                                      s("TEXT"));
    parser.addOption(publish);
    parser.addOption(revision);
    auto parsed = context.parse(parser, s("advisory edit"), s("ADVISORY"),
                                tr("Change fields (each change is a history row), then optionally publish a revision."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    std::optional<AdvisoryStatus> target;
    if (parser.isSet(publish)) {
        target = parseAdvisoryStatus(parser.value(publish));
        if (!target || *target == AdvisoryStatus::Draft)
            return fail(ErrorCode::Usage, tr("--publish takes interim or final, not “%1”.").arg(parser.value(publish)));
        if (parser.value(revision).trimmed().isEmpty())
            return fail(ErrorCode::Usage, tr("--publish needs --revision-summary saying what changed."));
    } else if (parser.isSet(revision)) {
        return fail(ErrorCode::Usage, tr("--revision-summary goes with --publish."));
    }
    if (!options.anySet(parser) && !target)
        return fail(ErrorCode::Usage, tr("Nothing to change; see advisory edit --help."));
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto advisory = find(store, parser.positionalArguments().first());
    if (!advisory)
        return fail(advisory.error());
    if (options.anySet(parser)) {
        const QStringList audienceBefore = advisory->audience;
        if (auto status = options.apply(parser, *advisory); !status)
            return status;
        if (auto status = checkAudience(**vault, context, advisory->audience, audienceBefore); !status)
            return status;
        if (auto status = store.update(*advisory); !status)
            return status;
    }
    if (target) {
        auto published = store.publish(advisory->id, *target, parser.value(revision).trimmed());
        if (!published)
            return fail(published.error());
        advisory = *published;
    }
    if (context.json())
        context.printJson(created(*advisory));
    else if (target)
        context.out() << tr("Published %1 as %2, version %3.")
                             .arg(advisory->identifier, advisoryStatusKey(advisory->status), advisory->version)
                      << u'\n';
    else
        context.out() << tr("Updated %1.").arg(advisory->identifier) << u'\n';
    return {};
}

Status AdvisoryCommands::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ADVISORY"), tr("Row id or identifier."));
    auto parsed = context.parse(parser, s("advisory show"), s("ADVISORY"), tr("Show an advisory."), arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto advisory = find(store, parser.positionalArguments().first());
    if (!advisory)
        return fail(advisory.error());
    AdvisoryView::printDetails(context, *advisory);
    return {};
}

Status AdvisoryCommands::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(s("status"), tr("Only advisories with this status (draft, interim, final)."),
                                    s("STATUS"));
    parser.addOption(status);
    auto parsed =
        context.parse(parser, s("advisory list"), {}, tr("List the advisories, newest first."), arguments, 0, 0);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    std::optional<AdvisoryStatus> only;
    if (parser.isSet(status)) {
        only = parseAdvisoryStatus(parser.value(status));
        if (!only)
            return fail(ErrorCode::Usage, tr("--status takes draft, interim or final."));
    }
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto entries = store.list();
    if (!entries)
        return fail(entries.error());
    if (only)
        entries->removeIf([&](const AdvisoryListEntry& e) { return e.status != *only; });
    AdvisoryView::printList(context, *entries);
    return {};
}

Status AdvisoryCommands::lint(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("ADVISORY"), tr("Row id or identifier."));
    auto parsed = context.parse(parser, s("advisory lint"), s("ADVISORY"),
                                tr("Check an advisory: errors (which block publishing as final, exit code 2) and "
                                   "warnings, each naming the field."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto advisory = find(store, parser.positionalArguments().first());
    if (!advisory)
        return fail(advisory.error());
    const QList<LintFinding> findings = AdvisoryLint::check(*advisory);
    AdvisoryView::printFindings(context, findings);
    if (!AdvisoryLint::hasErrors(findings))
        return {};
    const auto errors = std::count_if(findings.cbegin(), findings.cend(),
                                      [](const LintFinding& f) { return f.severity == LintFinding::Severity::Error; });
    const auto first = std::find_if(findings.cbegin(), findings.cend(),
                                    [](const LintFinding& f) { return f.severity == LintFinding::Severity::Error; });
    return fail(ErrorCode::BadInput,
                tr("%1 has %n error(s) that block publishing as final.", nullptr, static_cast<int>(errors))
                    .arg(advisory->identifier),
                first->field);
}

Status AdvisoryCommands::importFile(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(s("FILE"), tr("A CSAF 2.0 JSON document."));
    const QCommandLineOption sourceUrl(s("source-url"), tr("Where the document came from (else its 'self' reference)."),
                                       s("URL"));
    parser.addOption(sourceUrl);
    auto parsed = context.parse(parser, s("advisory import"), s("FILE"),
                                tr("Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, "
                                   "source URL and SHA-256; what the model cannot hold is named in warnings."),
                                arguments, 1, 1);
    if (!parsed || !*parsed)
        return parsed ? Status() : fail(parsed.error());
    const QString path = parser.positionalArguments().first();
    const auto bytes = CliFiles::read(path);
    if (!bytes)
        return fail(bytes.error());
    auto read = CsafReader::read(*bytes, parser.value(sourceUrl));
    if (!read)
        return fail(read.error().code, read.error().message,
                    read.error().where.isEmpty() ? path : path + s(": ") + read.error().where);
    auto vault = context.openVault();
    if (!vault)
        return fail(vault.error());
    AdvisoryStore store(**vault, context.clock(), context.actor());
    auto stored = store.create(read->advisory);
    if (!stored)
        return fail(stored.error());
    if (context.json()) {
        QJsonObject object = created(*stored);
        object.insert(s("source"), AdvisoryJson::toJson(*stored).value(s("provenance")));
        object.insert(s("warnings"), QJsonArray::fromStringList(read->warnings));
        context.printJson(object);
        return {};
    }
    context.out() << tr("Created advisory %1 (#%2) from %3 of %4.")
                         .arg(stored->identifier)
                         .arg(stored->id)
                         .arg(stored->provenance.trackingId, stored->provenance.publisher)
                  << u'\n';
    for (const QString& warning : read->warnings)
        context.out() << tr("warning: %1").arg(warning) << u'\n';
    return {};
}

} // namespace fb
