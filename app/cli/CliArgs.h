// SPDX-License-Identifier: GPL-3.0-or-later
// CliArgs: the two small helpers every command file uses to declare its options: a QString from a Latin-1
// literal (option names, value names) and a QCommandLineOption with or without a value.
#pragma once

#include <QCommandLineOption>
#include <QString>

namespace fb {

inline QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

inline QCommandLineOption option(const char* name, const QString& description, const char* valueName = nullptr)
{
    return valueName ? QCommandLineOption(s(name), description, s(valueName))
                     : QCommandLineOption(s(name), description);
}

} // namespace fb
