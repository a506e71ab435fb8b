// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test executables: sealed temporary folders and fixtures.
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fb::test {

// A fresh temporary folder for one test; removed when the object goes away.
class TempDir
{
public:
    TempDir();
    // A fresh folder inside `parent` instead of the test's temporary folder.
    explicit TempDir(const QString& parent);
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& data);

// CPU time this thread has used, in milliseconds: a bound on work that a loaded machine does not
// stretch the way wall-clock time is stretched (for "returns quickly" checks against runaway complexity).
qint64 threadCpuMs();

// A header field of a raw message, unfolded, without its name ("Bcc"); empty when absent.
QByteArray headerField(const QByteArray& rawMessage, const QByteArray& name);

// Path of a file below shared/conformance (beside the repository).
QString conformancePath(const QString& relative);
// Path of a file below the repository's source tree.
QString sourcePath(const QString& relative);

} // namespace fb::test
