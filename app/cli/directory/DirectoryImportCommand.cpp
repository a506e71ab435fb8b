// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/directory/DirectoryImportCommand.h"
#include "app/cli/directory/DirectoryKeysCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/DirectoryView.h"
#include "app/cli/TeamOptions.h"
#include "app/cli/TextTable.h"
#include "core/crypto/KeyringStore.h"
#include "core/directory/DirectoryImporter.h"
#include "core/directory/DirectoryJson.h"
#include "core/directory/DirectoryKeys.h"
#include "core/directory/DirectoryVCard.h"
#include "core/directory/TeamFields.h"
#include "core/directory/TrustedIntroducerReader.h"
#include "core/profile/ProfileStore.h"
#include "core/vault/Vault.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <limits>
#include "app/cli/directory/DirectoryCliSupport.h"

namespace fb {

DirectoryImportCommand::DirectoryImportCommand()
    : Command({
          .noun = s("directory"),
          .verb = s("import"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Import a Trusted Introducer teams.json or vCards"),
          .description = tr("Import teams and people. Valid entries are imported, entries with problems are "
                            "reported with their position and left out (exit code 2); fields you edited after "
                            "the imported record was last changed are kept and listed."),
          .synopsis = s("FILE"),
          .arguments = {{s("FILE"),
                         tr("teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc).")}},
          .minArguments = 1,
          .maxArguments = 1,
          .options = {option("format", tr("ti, vcard or keys (default: from the file name)."), "FORMAT"),
                      option("link", tr("With keys: link the imported keys to this team."), "TEAM")},
      })
{
}

Status DirectoryImportCommand::check(CommandCall& call)
{
    const QString path = call.positional(0);
    QString kind = call.value("format").toLower();
    if (kind.isEmpty())
        kind = path.endsWith(s(".vcf"), Qt::CaseInsensitive) || path.endsWith(s(".vcard"), Qt::CaseInsensitive)
                   ? s("vcard")
               : path.endsWith(s(".asc"), Qt::CaseInsensitive) || path.endsWith(s(".gpg"), Qt::CaseInsensitive)
                   ? s("keys")
                   : s("ti");
    m_keys = kind == QLatin1String("keys");
    if (m_keys)
        return {};
    if (kind != QLatin1String("ti") && kind != QLatin1String("vcard"))
        return fail(ErrorCode::Usage, tr("--format is ti, vcard or keys."));
    FB_TRY_ASSIGN(auto data, CliFiles::read(path));
    ImportedDirectory& directory = m_directory;
    if (kind == QLatin1String("ti")) {
        FB_TRY_ASSIGN(auto read, TrustedIntroducerReader::read(data));
        directory = read;
    } else {
        directory = DirectoryVCard::read(data, path == QLatin1String("-") ? QString() : QFileInfo(path).fileName());
    }
    return {};
}

Status DirectoryImportCommand::run(CommandCall& call)
{
    if (m_keys)
        return DirectoryKeysCommand::keys(call, QString(), call.positional(0), call.value("link"));
    CliContext& context = call.context();
    FB_TRY_ASSIGN(auto report, DirectoryImporter(call.change()).import(m_directory));
    if (context.json()) {
        QJsonArray problems;
        for (const ImportProblem& p : report.problems)
            problems.append(QJsonObject{{s("position"), p.position}, {s("message"), p.message}});
        QJsonArray warnings;
        for (const ImportProblem& w : report.warnings)
            warnings.append(QJsonObject{{s("position"), w.position}, {s("message"), w.message}});
        context.printJson(QJsonObject{{s("added"), QJsonArray::fromStringList(report.added)},
                                      {s("updated"), QJsonArray::fromStringList(report.updated)},
                                      {s("unchanged"), QJsonArray::fromStringList(report.unchanged)},
                                      {s("skipped"), QJsonArray::fromStringList(report.skipped)},
                                      {s("keptEdits"), QJsonArray::fromStringList(report.keptEdits)},
                                      {s("problems"), problems},
                                      {s("warnings"), warnings}});
    } else {
        context.out() << DirectoryView::report(report);
    }
    if (!report.problems.isEmpty())
        return fail(ErrorCode::BadInput, tr("%n problem(s) in the input; the valid entries were imported.", nullptr,
                                            static_cast<int>(report.problems.size())));
    return {};
}

} // namespace fb
