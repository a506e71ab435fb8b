// SPDX-License-Identifier: GPL-3.0-or-later
// ImportProgressLine: the JobControl of `mail import` on the command line: a progress line on stderr when it
// is a terminal (counts and sizes only, never subjects or addresses), and "stop and keep what is done" by Ctrl+C
// (SIGINT) while it exists. A second Ctrl+C ends the program the usual way.
#pragma once

#include "core/base/Job.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>

namespace fb {

class ImportProgressLine final : public JobControl
{
    Q_DECLARE_TR_FUNCTIONS(fb::ImportProgressLine)

public:
    ImportProgressLine();
    ~ImportProgressLine() override;
    ImportProgressLine(const ImportProgressLine&) = delete;
    ImportProgressLine& operator=(const ImportProgressLine&) = delete;

    bool isCancelled() const override { return false; }
    bool isStopRequested() const override;
    // Messages (items) and bytes.
    void report(const JobProgress& progress) override;
    // Clears the line before the summary is printed.
    void finish();

private:
    bool m_terminal = false;
    bool m_shown = false;
    QElapsedTimer m_sinceShown;
    struct sigaction m_previous = {};
};

} // namespace fb
