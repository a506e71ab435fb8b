// SPDX-License-Identifier: GPL-3.0-or-later
// MailCorpus: a deterministic mixed mail corpus for benchmarks: plain complaints with logs, HTML
// alternatives, attachments, ARF reports, threaded replies, non-ASCII headers. Same seed, same bytes.
// Shape: median about 4 KB a message; attachments spread evenly over the powers of two from 1 KB to
// 140 KB, so the largest messages are about 200 KB.
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

#include <cmath>

namespace fb::bench {

inline QByteArray mailCorpusMbox(int messages, quint32 seed = 20260301)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    auto ip = [&rng]() -> QByteArray {
        return QByteArray::number(198) + ".51.100." + QByteArray::number(rng.bounded(1, 255));
    };
    auto logLines = [&](int n) -> QByteArray {
        QByteArray logs;
        for (int i = 0; i < n; ++i)
            logs += "Mar  2 10:" + QByteArray::number(10 + i % 50) + ":00 host sshd[" + QByteArray::number(1000 + i) +
                    "]: Failed password for root from " + ip() + " port " +
                    QByteArray::number(rng.bounded(1024, 65535)) + " ssh2\n";
        return logs;
    };
    for (int i = 0; i < messages; ++i) {
        const QByteArray id = "<bench" + QByteArray::number(i) + "@isp.example.net>";
        QByteArray m = "From: =?utf-8?q?J=C3=B6rg_Abuse?= <abuse@isp.example.net>\nTo: cert@team.example.org\n"
                       "Date: Mon, 02 Mar 2026 10:00:00 +0100\nMessage-ID: " +
                       id + "\nMIME-Version: 1.0\n";
        const int kind = rng.bounded(100);
        if (kind < 15 && i > 10) { // threaded reply
            m += "Subject: Re: =?utf-8?q?Beschwerde_=C3=BCber?= scanning\nIn-Reply-To: <bench" +
                 QByteArray::number(rng.bounded(i)) +
                 "@isp.example.net>\n"
                 "Content-Type: text/plain; charset=utf-8\n\nStill seeing it:\n" +
                 logLines(rng.bounded(10, 50));
        } else if (kind < 30) { // HTML alternative
            const QByteArray logs = logLines(rng.bounded(10, 30));
            m += "Subject: Phishing site reported\nContent-Type: multipart/alternative; boundary=alt\n\n--alt\n"
                 "Content-Type: text/plain; charset=utf-8\n\nPhishing at hxxp://login-" +
                 QByteArray::number(i) + ".bad.example.com/\n" + logs +
                 "\n--alt\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>"
                 "Phishing at <a href=\"http://login.bad.example.com/\">this site</a></p><pre>" +
                 logs + "</pre></body></html>\n--alt--\n";
        } else if (kind < 45) { // attachment
            // 1 KB * 2^x with x even in [0, 7.13): 1 KB to 140 KB, as many small samples as large ones.
            const int size = int(256.0 * std::exp2(rng.bounded(7.13))) * 4; // whole quint32s, every byte set
            QByteArray blob(size, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32*>(blob.data()), size / 4);
            m += "Subject: Malware sample\nContent-Type: multipart/mixed; boundary=mix\n\n--mix\n"
                 "Content-Type: text/plain\n\nSample attached.\n--mix\nContent-Type: application/octet-stream\n"
                 "Content-Disposition: attachment; filename=sample.bin\nContent-Transfer-Encoding: base64\n\n" +
                 blob.toBase64() + "\n--mix--\n";
        } else if (kind < 60) { // ARF
            m += "Subject: FW: abuse report\nContent-Type: multipart/report; report-type=feedback-report; "
                 "boundary=arf\n\n--arf\nContent-Type: text/plain\n\nAn abuse report.\n--arf\n"
                 "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: Bench/1.0\nVersion: 1\n"
                 "Source-IP: " +
                 ip() +
                 "\n\n--arf\nContent-Type: message/rfc822\n\nFrom: spam@example.net\n"
                 "Subject: Earn money\n\nSpam spam.\n--arf--\n";
        } else { // plain complaint with logs
            m += "Subject: =?utf-8?b?U2Nhbm5pbmcgdm9uIElocmVtIE5ldHo=?= " + QByteArray::number(i) +
                 "\nContent-Type: text/plain; charset=utf-8\n\nHello,\n\nwe see attacks from your network:\n" +
                 logLines(rng.bounded(20, 70)) + "\nRegards\n";
        }
        out += "From abuse@isp.example.net Mon Mar  2 10:00:00 2026\n" + m + "\n";
    }
    return out;
}

} // namespace fb::bench
