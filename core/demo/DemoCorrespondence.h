// SPDX-License-Identifier: GPL-3.0-or-later
// DemoCorrespondence: a few messages on the tickets of the demo workspace (DemoWorkspace), so the correspondence
// view has something to show: a report's thread (the reporter's mail with a log attachment, our reply, and their
// PGP/MIME-signed follow-up whose key is in the workspace keyring) and a signed update by a key that is not.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"

#include <QCoreApplication>

namespace fb {

class Vault;

class DemoCorrespondence
{
    Q_DECLARE_TR_FUNCTIONS(fb::DemoCorrespondence)

public:
    // Call once, right after DemoWorkspace::populate(); returns the number of messages stored. Needs gpg for the
    // keyring. The signed messages are fixed resources (resources/demo), signed by throw-away demo keys.
    static Result<int> addTo(Vault& vault, const Clock& clock);
};

} // namespace fb
