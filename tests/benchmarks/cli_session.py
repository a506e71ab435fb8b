#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
""""CLI sessions" (docs/benchmarks.md): one whole firebreak-cli process per figure.

  ticket list --limit 20 on a workspace of N tickets: with the passphrase (Argon2id on every run), and in a session
  opened by `unlock` (the key from the kernel keyring); `notmuch search --limit=20 '*'` on a notmuch database of N
  generated messages on the same machine; and `firebreak-cli --version` as the floor of starting the program.

  cli_session.py --bench-tickets BENCH_TICKETS --cli FIREBREAK_CLI --work DIR [--tickets N] [--runs R]

The workspace is made by bench_tickets (--keep) and the mail folder by this script; both stay in DIR for later runs.
The script runs in a session keyring of its own and locks the workspace at the end. Prints a Markdown table:
medians of wall and CPU (user + system) milliseconds over R runs.
"""
import argparse
import ctypes
import glob
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

PASSPHRASE = "correct horse battery staple benchmark"  # bench_tickets' own
WORDS = ("phishing ransomware scan botnet ddos malware spam outage vulnerability defacement credential exposure "
         "report abuse server mail network customer urgent").split()


def run(cmd, env, check=True):
    """Runs once; returns (wall ms, cpu ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if check and proc.returncode != 0:
        sys.exit(f"FAILED ({proc.returncode}): {' '.join(cmd)}: {err.strip()}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def medians(cmd, env, runs):
    run(cmd, env)  # warm-up: page cache, dynamic loader
    samples = [run(cmd, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def make_workspace(bench, work, tickets):
    path = os.path.join(work, f"tickets-{tickets}.firebreak")
    if os.path.exists(path):
        return path
    gen = os.path.join(work, "gen")
    os.makedirs(gen, exist_ok=True)
    env = dict(os.environ, TMPDIR=gen)
    subprocess.run([bench, "--tickets", str(tickets), "--runs", "1", "--create-runs", "1", "--keep"], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    made = glob.glob(os.path.join(gen, "*", "encrypted-0.firebreak"))
    if len(made) != 1:
        sys.exit(f"bench_tickets left {made}")
    shutil.move(made[0], path)
    shutil.rmtree(gen)
    return path


def make_notmuch(work, messages):
    """A Maildir of `messages` small generated messages, indexed by notmuch; returns its config file."""
    root = os.path.join(work, f"mail-{messages}")
    config = os.path.join(work, f"notmuch-{messages}.config")
    if os.path.isdir(os.path.join(root, ".notmuch")):
        return config
    cur = os.path.join(root, "cur")
    os.makedirs(cur, exist_ok=True)
    for d in ("new", "tmp"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    rng = random.Random(7)
    base = 1700000000
    for i in range(messages):
        subject = " ".join(rng.choice(WORDS) for _ in range(5))
        body = " ".join(rng.choice(WORDS) for _ in range(60))
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(base + i * 300))
        text = (f"From: reporter{i % 997}@example.org\nTo: cert@example.net\nSubject: [CERT #{i}] {subject}\n"
                f"Date: {stamp}\nMessage-ID: <{i}.bench@example.org>\n\n{body}\n")
        with open(os.path.join(cur, f"{base + i}.{i}.bench:2,S"), "w") as f:
            f.write(text)
    with open(config, "w") as f:
        f.write(f"[database]\npath={root}\n[user]\nname=Bench\nprimary_email=cert@example.net\n"
                "[new]\ntags=inbox;\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n")
    subprocess.run(["notmuch", "--config", config, "new", "--quiet"], check=True)
    return config


def join_own_session_keyring():
    lib = ctypes.CDLL("libkeyutils.so.1")
    lib.keyctl_join_session_keyring.argtypes = [ctypes.c_char_p]
    if lib.keyctl_join_session_keyring(None) < 0:
        sys.exit("cannot join a session keyring of our own")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench-tickets", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--tickets", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--no-notmuch", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    join_own_session_keyring()

    workspace = make_workspace(args.bench_tickets, args.work, args.tickets)
    base = {k: v for k, v in os.environ.items() if not k.startswith("FIREBREAK_")}
    base.update(FIREBREAK_WORKSPACE=workspace, LANG="C.UTF-8")
    with_passphrase = dict(base, FIREBREAK_PASSPHRASE=PASSPHRASE)
    listing = [args.cli, "ticket", "list", "--limit", "20"]

    rows = []
    rows.append(("`firebreak-cli --version` (no workspace: the floor)", medians([args.cli, "--version"], base,
                                                                               args.runs)))
    rows.append(("`ticket list --limit 20`, passphrase (Argon2id)",
                 medians(listing + ["--no-session"], with_passphrase, args.runs)))
    run([args.cli, "unlock", "--for", "30m"], with_passphrase)
    try:
        rows.append(("`ticket list --limit 20`, unlocked session", medians(listing, base, args.runs)))
    finally:
        run([args.cli, "lock"], base)
    if not args.no_notmuch and shutil.which("notmuch"):
        config = make_notmuch(args.work, args.tickets)
        rows.append(("`notmuch search --limit=20 '*'`",
                     medians(["notmuch", "--config", config, "search", "--limit=20", "*"], base, args.runs)))

    print(f"{args.tickets:,} tickets (and messages), median of {args.runs} runs after one warm-up; "
          f"load average before the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    session = rows[2][1]
    print("| process | wall ms | CPU ms | wall / session |\n|---|---:|---:|---:|")
    for name, (wall, cpu) in rows:
        print(f"| {name} | {wall:.1f} | {cpu:.1f} | {wall / session[0]:.2f}× |")


if __name__ == "__main__":
    main()
