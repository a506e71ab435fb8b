// SPDX-License-Identifier: GPL-3.0-or-later
// bench_gui [TICKETS] [WORKSPACE]: time from unlock (after the KDF) to the first queue page painted, time for a
// filter/search to refresh the view, and RSS, on a workspace of TICKETS tickets (default 100,000; the file is
// kept and reused). Medians of several runs. Offscreen.
#include "core/base/Clock.h"
#include "core/tickets/TicketStores.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"
#include "ui/main/MainWindow.h"
#include "ui/queue/QueuePage.h"
#include "ui/queue/TicketTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace fb;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

bool populate(const QString& path, int tickets, const SecretBytes& passphrase)
{
    auto vault = Vault::create(path, passphrase);
    if (!vault)
        return false;
    SystemClock clock;
    TicketStores stores(ChangeContext{**vault, clock, QStringLiteral("bench")});
    TicketWorkflow& store = stores.workflow;
    const QStringList classes{QStringLiteral("malicious-code"), QStringLiteral("fraud"),
                              QStringLiteral("intrusion-attempts"), QStringLiteral("abusive-content")};
    const QStringList words{QStringLiteral("lockbit"), QStringLiteral("phishing"), QStringLiteral("scan"),
                            QStringLiteral("botnet"), QStringLiteral("spam")};
    constexpr int kBatch = 5000;
    for (int start = 0; start < tickets; start += kBatch) {
        Transaction transaction(**vault);
        for (int i = start; i < std::min(tickets, start + kBatch); ++i) {
            NewTicket t;
            t.kind = i % 10 == 0 ? TicketKind::Incident : TicketKind::Report;
            t.title = QStringLiteral("%1 report %2").arg(words[i % words.size()]).arg(i);
            t.tlp = static_cast<TlpLevel>(i % 5);
            t.rsitClass = classes[i % classes.size()];
            t.severity = 1 + i % 4;
            t.owner = i % 7 == 0 ? QStringLiteral("bench") : QString();
            t.createdAt = clock.nowUtc().addSecs(-60LL * (tickets - i));
            t.observables = {
                Observable{ObservableType::Ipv4, QStringLiteral("192.0.%1.%2").arg((i / 250) % 256).arg(i % 250 + 1)}};
            if (!store.create(t))
                return false;
        }
        if (!transaction.commit())
            return false;
        std::fprintf(stderr, "\r%d tickets", std::min(tickets, start + kBatch));
    }
    std::fprintf(stderr, "\n");
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    const int tickets = argc > 1 ? std::atoi(argv[1]) : 100000;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp/fb-bench-gui-%1.firebreak").arg(tickets);
    const SecretBytes passphrase("bench passphrase", 16);
    if (!QFileInfo::exists(path) && !populate(path, tickets, passphrase)) {
        std::fprintf(stderr, "could not build %s\n", qPrintable(path));
        return 5;
    }
    QTemporaryDir temp;
    QSettings settings(temp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    SystemClock clock;
    const long rssBefore = rssKb();

    std::vector<double> firstPage, search;
    long rssPeak = 0;
    constexpr int kRuns = 5;
    for (int run = 0; run < kRuns; ++run) {
        auto key = Vault::deriveKey(path, passphrase); // the KDF is not part of what is measured
        if (!key)
            return 3;
        MainWindow window(settings, clock, QStringLiteral("bench"));
        window.resize(1400, 860);
        QElapsedTimer timer;
        timer.start();
        auto vault = Vault::open(path, *key);
        if (!vault)
            return 3;
        window.setWorkspace(std::move(*vault));
        window.show();
        QTableView* table = window.queuePage()->table();
        table->viewport()->repaint();
        firstPage.push_back(timer.nsecsElapsed() / 1e6);

        const QStringList queries{QStringLiteral("lockbit"), QStringLiteral("tlp:red"),
                                  QStringLiteral("ip:192.0.7.0/24"), QStringLiteral("owner:me"),
                                  QStringLiteral("phishing tlp:amber")};
        auto* searchEdit = window.queuePage()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        for (const QString& q : queries) {
            searchEdit->setText(q);
            timer.restart();
            window.queuePage()->applyFilters();
            table->viewport()->repaint();
            search.push_back(timer.nsecsElapsed() / 1e6);
        }
        // Scroll through ten pages too, as a handler would.
        for (int i = 0; i < 10; ++i)
            window.queuePage()->model()->fetchMore({});
        rssPeak = std::max(rssPeak, rssKb());
        window.close();
    }
    std::printf("tickets: %d\n", tickets);
    std::printf("unlock (after KDF) to first queue page painted: median %.1f ms (%d runs)\n", median(firstPage), kRuns);
    std::printf("filter/search refresh (5 queries x %d runs): median %.1f ms, max %.1f ms\n", kRuns, median(search),
                *std::max_element(search.begin(), search.end()));
    std::printf("RSS: %ld MB at start, %ld MB peak\n", rssBefore / 1024, rssPeak / 1024);
    return 0;
}
