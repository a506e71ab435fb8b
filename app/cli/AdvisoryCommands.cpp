// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/AdvisoryCommands.h"

#include "app/cli/AdvisoryExport.h"
#include "app/cli/AdvisoryOptions.h"
#include "app/cli/AdvisoryView.h"
#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
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
Status checkAudience(const CommandCall& call, const QStringList& audience, const QStringList& before)
{
    DistributionListStore lists(call.change());
    for (qsizetype i = 0; i < audience.size(); ++i) {
        if (before.contains(audience[i]))
            continue;
        if (auto found = lists.find(audience[i]); !found)
            return fail(found.error().code, found.error().message, QStringLiteral("audience[%1]").arg(i));
    }
    return {};
}

class AdvisoryNewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryNewCommand()
        : Command({
              .noun = s("advisory"),
              .verb = s("new"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Start an advisory (a draft)"),
              .description = tr("Start an advisory from the options and/or a JSON file; it gets the next "
                                "identifier of the team's scheme and is a draft (version 0) until published."),
              .options = AdvisoryOptions().options(),
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (auto status = AdvisoryOptions().apply(call.parser(), m_draft); !status)
            return status;
        if (m_draft.title.trimmed().isEmpty())
            return fail(ErrorCode::Usage, tr("advisory new needs a title (--title or in --from-json)."));
        return {};
    }

    Status run(CommandCall& call) override
    {
        if (auto status = checkAudience(call, m_draft.audience, {}); !status)
            return status;
        FB_TRY_ASSIGN(auto stored, AdvisoryCommands::store(call)->create(m_draft));
        if (call.json())
            call.context().printJson(created(stored));
        else
            call.out() << tr("Created advisory %1 (#%2).").arg(stored.identifier).arg(stored.id) << u'\n';
        return {};
    }

private:
    Advisory m_draft;
};

class AdvisoryEditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryEditCommand()
        : Command(AdvisoryCommands::onOneAdvisory({
              .noun = s("advisory"),
              .verb = s("edit"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Change an advisory, or publish a revision"),
              .description = tr("Change fields (each change is a history row), then optionally publish a revision."),
              .options = AdvisoryOptions().options() +
                         QList<QCommandLineOption>{
                             QCommandLineOption(s("publish"),
                                                tr("Publish as interim or final: adds a revision and bumps the "
                                                   "version (lint errors block final)."),
                                                s("STATUS")),
                             QCommandLineOption(s("revision-summary"),
                                                tr("With --publish: what changed in this revision."), s("TEXT")),
                         },
          }))
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("publish")) {
            m_target = parseAdvisoryStatus(call.value("publish"));
            if (!m_target || *m_target == AdvisoryStatus::Draft)
                return fail(ErrorCode::Usage,
                            tr("--publish takes interim or final, not “%1”.").arg(call.value("publish")));
            if (call.value("revision-summary").trimmed().isEmpty())
                return fail(ErrorCode::Usage, tr("--publish needs --revision-summary saying what changed."));
        } else if (call.isSet("revision-summary")) {
            return fail(ErrorCode::Usage, tr("--revision-summary goes with --publish."));
        }
        if (!m_options.anySet(call.parser()) && !m_target)
            return fail(ErrorCode::Usage, tr("Nothing to change; see advisory edit --help."));
        return {};
    }

    Status run(CommandCall& call) override
    {
        auto store = AdvisoryCommands::store(call);
        auto advisory = AdvisoryCommands::find(*store, call.positional(0));
        if (!advisory)
            return fail(advisory.error());
        if (m_options.anySet(call.parser())) {
            const QStringList audienceBefore = advisory->audience;
            if (auto status = m_options.apply(call.parser(), *advisory); !status)
                return status;
            if (auto status = checkAudience(call, advisory->audience, audienceBefore); !status)
                return status;
            if (auto status = store->update(*advisory); !status)
                return status;
        }
        if (m_target) {
            FB_TRY_ASSIGN(auto published,
                          store->publish(advisory->id, *m_target, call.value("revision-summary").trimmed()));
            advisory = published;
        }
        if (call.json())
            call.context().printJson(created(*advisory));
        else if (m_target)
            call.out() << tr("Published %1 as %2, version %3.")
                              .arg(advisory->identifier, advisoryStatusKey(advisory->status), advisory->version)
                       << u'\n';
        else
            call.out() << tr("Updated %1.").arg(advisory->identifier) << u'\n';
        return {};
    }

private:
    AdvisoryOptions m_options;
    std::optional<AdvisoryStatus> m_target;
};

class AdvisoryShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryShowCommand()
        : Command(AdvisoryCommands::onOneAdvisory({
              .noun = s("advisory"),
              .verb = s("show"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Show an advisory"),
              .description = tr("Show an advisory."),
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto advisory, AdvisoryCommands::named(call));
        AdvisoryView::printDetails(call.context(), advisory);
        return {};
    }
};

class AdvisoryListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryListCommand()
        : Command({
              .noun = s("advisory"),
              .verb = s("list"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "List the advisories"),
              .description = tr("List the advisories, newest first."),
              .options = {QCommandLineOption(
                  s("status"), tr("Only advisories with this status (draft, interim, final)."), s("STATUS"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        if (call.isSet("status")) {
            m_only = parseAdvisoryStatus(call.value("status"));
            if (!m_only)
                return fail(ErrorCode::Usage, tr("--status takes draft, interim or final."));
        }
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto entries, AdvisoryCommands::store(call)->list());
        if (m_only)
            entries.removeIf([&](const AdvisoryListEntry& e) { return e.status != *m_only; });
        AdvisoryView::printList(call.context(), entries);
        return {};
    }

private:
    std::optional<AdvisoryStatus> m_only;
};

class AdvisoryLintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryLintCommand()
        : Command(AdvisoryCommands::onOneAdvisory({
              .noun = s("advisory"),
              .verb = s("lint"),
              .summary = QT_TRANSLATE_NOOP("fb::Command", "Check an advisory before publishing"),
              .description = tr("Check an advisory: errors (which block publishing as final, exit code 2) and "
                                "warnings, each naming the field."),
          }))
    {
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto advisory, AdvisoryCommands::named(call));
        const QList<LintFinding> findings = AdvisoryLint::check(advisory);
        AdvisoryView::printFindings(call.context(), findings);
        if (!AdvisoryLint::hasErrors(findings))
            return {};
        const auto isError = [](const LintFinding& f) { return f.severity == LintFinding::Severity::Error; };
        const auto errors = std::count_if(findings.cbegin(), findings.cend(), isError);
        const auto first = std::find_if(findings.cbegin(), findings.cend(), isError);
        return fail(ErrorCode::BadInput,
                    tr("%1 has %n error(s) that block publishing as final.", nullptr, static_cast<int>(errors))
                        .arg(advisory.identifier),
                    first->field);
    }
};

class AdvisoryImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryCommands)

public:
    AdvisoryImportCommand()
        : Command({
              .noun = s("advisory"),
              .verb = s("import"),
              .summary =
                  QT_TRANSLATE_NOOP("fb::Command", "Start an advisory from a CSAF 2.0 document (e.g. a vendor's)"),
              .description = tr("Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, "
                                "source URL and SHA-256; what the model cannot hold is named in warnings."),
              .synopsis = s("FILE"),
              .arguments = {{s("FILE"), tr("A CSAF 2.0 JSON document.")}},
              .minArguments = 1,
              .maxArguments = 1,
              .options = {QCommandLineOption(
                  s("source-url"), tr("Where the document came from (else its 'self' reference)."), s("URL"))},
          })
    {
    }

    Status check(CommandCall& call) override
    {
        const QString path = call.positional(0);
        FB_TRY_ASSIGN(const auto bytes, CliFiles::read(path));
        auto read = CsafReader::read(bytes, call.value("source-url"));
        if (!read)
            return fail(read.error().code, read.error().message,
                        read.error().where.isEmpty() ? path : path + s(": ") + read.error().where);
        m_read = std::move(*read);
        return {};
    }

    Status run(CommandCall& call) override
    {
        FB_TRY_ASSIGN(auto stored, AdvisoryCommands::store(call)->create(m_read.advisory));
        if (call.json()) {
            QJsonObject object = created(stored);
            object.insert(s("source"), AdvisoryJson::toJson(stored).value(s("provenance")));
            object.insert(s("warnings"), QJsonArray::fromStringList(m_read.warnings));
            call.context().printJson(object);
            return {};
        }
        call.out() << tr("Created advisory %1 (#%2) from %3 of %4.")
                          .arg(stored.identifier)
                          .arg(stored.id)
                          .arg(stored.provenance.trackingId, stored.provenance.publisher)
                   << u'\n';
        for (const QString& warning : m_read.warnings)
            call.out() << tr("warning: %1").arg(warning) << u'\n';
        return {};
    }

private:
    CsafImport m_read;
};

} // namespace

CommandList AdvisoryCommands::commands()
{
    CommandList list;
    addCommands<AdvisoryNewCommand, AdvisoryEditCommand, AdvisoryShowCommand, AdvisoryListCommand, AdvisoryLintCommand,
                AdvisoryExport, AdvisoryImportCommand>(list);
    return list;
}

std::unique_ptr<AdvisoryStore> AdvisoryCommands::store(const CommandCall& call)
{
    return std::make_unique<AdvisoryStore>(call.change());
}

CommandSpec AdvisoryCommands::onOneAdvisory(CommandSpec spec)
{
    spec.synopsis = s("ADVISORY");
    spec.arguments = {{spec.synopsis, tr("Row id or identifier.")}};
    spec.minArguments = 1;
    spec.maxArguments = 1;
    return spec;
}

Result<Advisory> AdvisoryCommands::named(const CommandCall& call)
{
    return find(*store(call), call.positional(0));
}

Result<Advisory> AdvisoryCommands::find(AdvisoryStore& store, const QString& idOrIdentifier)
{
    bool numeric = false;
    const qint64 id = idOrIdentifier.toLongLong(&numeric);
    if (numeric && id > 0)
        return store.get(id);
    return store.find(idOrIdentifier.trimmed());
}

} // namespace fb
