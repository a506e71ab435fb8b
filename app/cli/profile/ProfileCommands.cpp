// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/profile/ProfileCommands.h"

#include "app/cli/profile/ProfileDiffCommand.h"
#include "app/cli/profile/ProfileEditCommand.h"
#include "app/cli/profile/ProfileImportCommand.h"
#include "app/cli/profile/ProfileLintCommand.h"
#include "app/cli/profile/ProfileRenderCommand.h"
#include "app/cli/profile/ProfileSecurityTxtCommand.h"
#include "app/cli/profile/ProfileShowCommand.h"
#include "app/cli/profile/ProfileSignCommand.h"
#include "app/cli/profile/ProfileVerifyCommand.h"
#include "app/cli/profile/ProfileVersionsCommand.h"
#include "core/profile/ProfileStore.h"

namespace fb {

CommandList ProfileCommands::commands()
{
    CommandList list;
    addCommands<ProfileEditCommand, ProfileShowCommand, ProfileLintCommand, ProfileRenderCommand,
                ProfileVersionsCommand, ProfileDiffCommand, ProfileSignCommand, ProfileVerifyCommand,
                ProfileSecurityTxtCommand, ProfileImportCommand>(list);
    return list;
}

Result<TeamProfile> ProfileCommands::loadDraft(ProfileStore& store, const QString& language)
{
    FB_TRY_ASSIGN(auto draft, store.draft(language));
    if (!draft.has_value())
        return fail(ErrorCode::NotFound, language.isEmpty()
                                             ? tr("There is no team profile yet; create one with “profile edit”.")
                                             : tr("There is no profile in “%1”.").arg(language));
    return *draft;
}

} // namespace fb
