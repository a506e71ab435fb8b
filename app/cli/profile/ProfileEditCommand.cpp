// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileEditCommand.h"

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

namespace {

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& item : QString(value).replace(QLatin1Char('\n'), QLatin1Char(',')).split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

// One --set KEY=VALUE: a section number sets that section's text; the other keys set the fields shown in them.
Status applySet(TeamProfile& p, const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return fail(ErrorCode::Usage, ProfileCommands::tr("--set takes KEY=VALUE, e.g. --set 3.1=\"Our mission\"."),
                    assignment);
    const QString key = assignment.left(eq).trimmed().toLower();
    QString value = assignment.mid(eq + 1);
    value.replace(QStringLiteral("\\n"), QStringLiteral("\n")); // scripts may write line breaks as \n
    if (ProfileSections::find(key)) {
        if (value.trimmed().isEmpty())
            p.text.remove(key);
        else
            p.text.insert(key, value);
        return {};
    }
    if (key == QLatin1String("title"))
        p.title = value;
    else if (key == QLatin1String("hours"))
        p.hoursOfService = value;
    else if (key == QLatin1String("tlp"))
        p.informationHandling = value;
    else if (key == QLatin1String("original-url"))
        p.originalUrl = value.trimmed();
    else if (key == QLatin1String("locations"))
        p.locations = splitList(value);
    else if (key == QLatin1String("languages"))
        p.languages = splitList(value);
    else if (key == QLatin1String("last-update")) {
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        if (!value.trimmed().isEmpty() && !date.isValid())
            return fail(ErrorCode::BadInput, ProfileCommands::tr("“%1” is not a date such as 2024-05-01.").arg(value),
                        key);
        p.lastUpdate = date;
    } else if (key == QLatin1String("fingerprint")) {
        const QString fpr = OpenPgp::normalisedFingerprint(value);
        if (!value.trimmed().isEmpty() && fpr.isEmpty())
            return fail(ErrorCode::BadInput, ProfileCommands::tr("“%1” is not a full OpenPGP fingerprint.").arg(value),
                        key);
        p.keyFingerprint = fpr;
    } else if (key == QLatin1String("priority")) {
        if (value.trimmed().isEmpty()) {
            p.priorities.clear();
            return {};
        }
        const QStringList parts = value.split(QLatin1Char('|'));
        if (parts.size() != 3 || parts[0].trimmed().isEmpty())
            return fail(ErrorCode::BadInput,
                        ProfileCommands::tr(
                            "A priority is PRIORITY|REACTION|HANDLING, e.g. \"P1|within 1 hour|within 1 day\"."),
                        key);
        p.priorities.append({parts[0].trimmed(), parts[1].trimmed(), parts[2].trimmed()});
    } else {
        return fail(
            ErrorCode::BadInput,
            ProfileCommands::tr("“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, "
                                "fingerprint, languages, hours, priority, tlp, original-url.")
                .arg(key),
            key);
    }
    return {};
}

} // namespace

ProfileEditCommand::ProfileEditCommand()
    : Command({
          .noun = s("profile"),
          .verb = s("edit"),
          .summary =
              QT_TRANSLATE_NOOP("fb::Command", "Edit the team's RFC 2350 profile by section number, from a file or the "
                                               "directory"),
          .description = tr("Create or change the team profile (or a translation of it). Options apply in this "
                            "order: --from, --fill-from-directory, --set."),
          .options =
              {ProfileCliSupport::languageOption(),
               option("set",
                      tr("Set a section's text by its number (--set 3.1=\"...\", \\n for a line break; empty removes "
                         "it) or "
                         "a field: title, last-update, locations, fingerprint, languages, hours, priority "
                         "(PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable."),
                      "KEY=VALUE"),
               option("from",
                      tr("Read the profile from a JSON file (as 'profile show --json' prints it; only the keys given "
                         "change) or an RFC 2350 text; '-' for standard input."),
                      "FILE"),
               option("fill-from-directory",
                      tr("Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and "
                         "constituency from our team's directory entry.")),
               option("translation-of", tr("With --language: create or edit a translation of the original in LANG."),
                      "LANG"),
               option("team", tr("Make this directory entry our own team."), "TEAM"),
               option("signing-key", tr("The fingerprint of the team key that signs the profile."), "FINGERPRINT"),
               option("remove", tr("Remove the draft of --language (a translation)."))},
      })
{
}

Status ProfileEditCommand::run(CommandCall& call)
{
    CliContext& context = call.context();
    ProfileStore store(call.change());
    OwnTeam own(call.vault());
    TeamReader directory(call.vault());

    if (call.isSet("team")) {
        FB_TRY_ASSIGN(auto t, directory.findTeam(call.value("team")));
        if (auto status = own.setTeam(t.id); !status)
            return status;
        context.out() << tr("Our team is now #%1 (%2).").arg(t.id).arg(t.displayName()) << u'\n';
    }
    if (call.isSet("signing-key")) {
        if (auto status = own.setSigningKey(call.value("signing-key")); !status)
            return status;
        context.out() << tr("The team signing key is now %1.").arg(groupedFingerprint(*own.signingKey())) << u'\n';
    }
    if (call.isSet("remove")) {
        if (!call.isSet("language"))
            return fail(ErrorCode::Usage, tr("--remove needs --language."));
        if (auto status = store.removeDraft(call.value("language")); !status)
            return status;
        context.out() << tr("Removed the profile in “%1”.").arg(call.value("language")) << u'\n';
        return {};
    }
    const bool changesProfile =
        call.isSet("set") || call.isSet("from") || call.isSet("fill-from-directory") || call.isSet("translation-of");
    if (!changesProfile)
        return (call.isSet("team") || call.isSet("signing-key"))
                   ? Status()
                   : fail(ErrorCode::Usage, tr("Nothing to change: give --set, --from, --fill-from-directory, "
                                               "--translation-of, --team or --signing-key."));

    const QString lang = call.value("language").trimmed();
    FB_TRY_ASSIGN(auto existing, store.draft(lang));
    TeamProfile profile;
    if (existing.has_value()) {
        profile = *existing;
    } else if (call.isSet("translation-of")) {
        if (lang.isEmpty())
            return fail(ErrorCode::Usage, tr("--translation-of needs --language."));
        FB_TRY_ASSIGN(auto original, ProfileCommands::loadDraft(store, call.value("translation-of")));
        profile = ProfileTranslation::start(original, lang); // the translator starts from the original's text
    } else if (!lang.isEmpty()) {
        FB_TRY_ASSIGN(auto original, store.draft());
        if (original.has_value() && (original)->language != lang)
            return fail(ErrorCode::Usage, tr("There is no profile in “%1”; create a translation with "
                                             "--translation-of %2.")
                                              .arg(lang, (original)->language));
        profile.language = lang;
    }

    if (call.isSet("from")) {
        FB_TRY_ASSIGN(auto data, CliFiles::read(call.value("from")));
        if (data.trimmed().startsWith('{')) {
            auto read = ProfileJson::fromBytes(data, profile);
            if (!read)
                return fail(read.error().code, read.error().message,
                            call.value("from") + QLatin1Char(':') + read.error().where);
            profile = *read;
        } else {
            auto read = ProfileParser::parse(QString::fromUtf8(data));
            if (!read)
                return fail(read.error().code, read.error().message,
                            call.value("from") + QLatin1Char(':') + read.error().where);
            TeamProfile replaced = *read;
            replaced.language = profile.language;
            replaced.originalLanguage = profile.originalLanguage;
            replaced.originalUrl = profile.originalUrl.isEmpty() ? replaced.originalUrl : profile.originalUrl;
            profile = replaced;
        }
    }
    if (call.isSet("fill-from-directory")) {
        FB_TRY_ASSIGN(auto ours, own.team());
        if (!ours.has_value())
            return fail(ErrorCode::NotFound, tr("No directory entry is marked as our team; choose one with "
                                                "“profile edit --team TEAM”."));
        FB_TRY_ASSIGN(auto key, own.signingKey());
        profile = ProfileFiller::fill(profile, *ours, key, Rsit::builtin());
    }
    for (const QString& assignment : call.values("set"))
        if (auto status = applySet(profile, assignment); !status)
            return status;
    if (call.isSet("translation-of") && !profile.isTranslation())
        return fail(ErrorCode::Usage, tr("The profile in “%1” is the original, not a translation.").arg(lang));
    if (auto status = store.saveDraft(profile); !status)
        return status;
    context.out() << tr("Saved the profile draft (%1).").arg(profile.language) << u'\n';
    return {};
}

} // namespace fb
