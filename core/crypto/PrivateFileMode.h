// SPDX-License-Identifier: GPL-3.0-or-later
// PrivateFileMode: while one exists, what the process creates, and what the programs it starts (gpg, and the
// gpg-agent gpg starts) create, is readable by its owner only: the umask gains 077. GnuPG writes its keyring
// with the umask it inherits (0644 under the usual 022), and the keyring of a temporary home names partner teams.
// The umask belongs to the whole process: nested and concurrent holders share one saved value, restored when
// the last one goes. Meanwhile other threads' new files are private too, which is never less safe.
#pragma once

namespace fb {

class PrivateFileMode
{
public:
    PrivateFileMode();
    ~PrivateFileMode();
    PrivateFileMode(const PrivateFileMode&) = delete;
    PrivateFileMode& operator=(const PrivateFileMode&) = delete;
};

} // namespace fb
