// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileRenderCommand.h"

#include "app/cli/CliArgs.h"
#include "app/cli/CommandCall.h"
#include "app/cli/CliFiles.h"
#include "app/cli/ProfileCliSupport.h"
#include "app/cli/ProfileView.h"
#include "core/crypto/OpenPgp.h"
#include "core/directory/TeamReader.h"
#include "core/directory/OwnTeam.h"
#include "core/profile/ProfileDiff.h"
#include "core/profile/ProfileFiller.h"
#include "core/profile/ProfileJson.h"
#include "core/profile/ProfileLint.h"
#include "core/profile/ProfileParser.h"
#include "core/profile/ProfileRenderer.h"
#include "core/profile/ProfileSection.h"
#include "core/profile/ProfilePublisher.h"
#include "core/profile/ProfileStore.h"
#include "core/profile/ProfileTranslation.h"
#include "core/taxonomy/Rsit.h"
#include "core/vault/Vault.h"
#include "export/PdfRenderer.h"
#include <QJsonArray>
#include <QJsonObject>
#include "app/cli/profile/ProfileCommands.h"

namespace fb {

ProfileRenderCommand::ProfileRenderCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("render"),
          .summary = QT_TRANSLATE_NOOP("fb::Command", "Render the profile as text, HTML or PDF"),
          .description = tr("Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF."),
          .options = {ProfileCliSupport::languageOption(),
                      option("format", tr("text (default), html or pdf."), "FORMAT"),
                      option("output", tr("Write to FILE (default: standard output)."), "FILE"),
                      option("version", tr("Render this published version instead of the draft."), "N"),
                      option("signed", tr("With --version: the clear-signed text exactly as published."))},
      })
{
}

Status ProfileRenderCommand::check(CommandCall& call)
{
    const QString kind = call.isSet("format") ? call.value("format").toLower() : s("text");
    if (kind != QLatin1String("text") && kind != QLatin1String("html") && kind != QLatin1String("pdf"))
        return fail(ErrorCode::Usage, tr("--format is text, html or pdf."));
    if (call.isSet("signed") && (!call.isSet("version") || kind != QLatin1String("text")))
        return fail(ErrorCode::Usage, tr("--signed goes with --version and the text format."));
    return {};
}

Status ProfileRenderCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    const QString kind = call.isSet("format") ? call.value("format").toLower() : s("text");
    ProfileStore store(call.change());
    TeamProfile profile;
    if (call.isSet("version")) {
        bool ok = false;
        const int number = call.value("version").toInt(&ok);
        if (!ok || number <= 0)
            return fail(ErrorCode::BadInput, tr("“%1” is not a version number.").arg(call.value("version")));
        FB_TRY_ASSIGN(auto v, store.version(number, call.value("language")));
        if (call.isSet("signed"))
            return ProfileCliSupport::writeOutput(context, call.value("output"), v.signedText);
        profile = v.profile;
    } else {
        FB_TRY_ASSIGN(auto draft, ProfileCommands::loadDraft(store, call.value("language")));
        profile = draft;
    }
    QByteArray data;
    if (kind == QLatin1String("text")) {
        data = ProfileRenderer::toText(profile).toUtf8();
    } else if (kind == QLatin1String("html")) {
        data = ProfileRenderer::toHtml(profile).toUtf8();
    } else {
        const QString name = profile.sectionText(s("2.1")).section(QLatin1Char('\n'), 0, 0);
        FB_TRY_ASSIGN(auto pdf,
                      PdfRenderer::fromHtml(ProfileRenderer::toHtml(profile),
                                            PdfMetadata{profile.title.isEmpty() ? name : profile.title, name}));
        data = pdf;
    }
    return ProfileCliSupport::writeOutput(context, call.value("output"), data);
}

} // namespace fb
