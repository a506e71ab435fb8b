#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes firebreak-cli's man page and bash completion from the program's own --help, so neither can drift
from the commands it has.

  cli_docs.py --cli build/app/firebreak-cli --template firebreak-cli.1.in --man OUT.1 --completion OUT
  cli_docs.py --cli build/app/firebreak-cli --check-man PAGE.1   (every command and option of --help is in PAGE)
"""
import argparse
import os
import re
import subprocess
import sys

ROW = re.compile(r"^  ([a-z0-9-]+(?: [a-z0-9-]+)*)  +(\S.*)$")
OPTION = re.compile(r"(?<![\w-])(--[a-z0-9][a-z0-9-]*|-[a-zA-Z])\b(?: ([A-Z][A-Z0-9_.]*))?")
FILE_VALUES = {"FILE", "PATH", "DIR", "OUT", "FOLDER", "PATH..."}


def run_help(cli, words):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIREBREAK_")}
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([cli, *words, "--help"], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{' '.join([cli, *words])} --help failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def section(text, title):
    """The lines of a help section ("Commands:", "Options:") up to the next blank line."""
    lines = text.splitlines()
    try:
        start = lines.index(title) + 1
    except ValueError:
        return []
    out = []
    for line in lines[start:]:
        if not line.strip():
            break
        out.append(line)
    return out


def commands(top):
    found = []
    for line in section(top, "Commands:"):
        match = ROW.match(line)
        if match:
            found.append((match.group(1), match.group(2)))
    if not found:
        sys.exit("firebreak-cli --help lists no commands")
    return found


def options(lines):
    """(name, value name or None) of every option row in lines ("  --kind KIND   text", "  -w, --workspace FILE")."""
    found = []
    for line in lines:
        if not line.startswith("  -"):
            continue
        left = re.split(r"\s{2,}", line.strip())[0]
        for match in OPTION.finditer(left):
            found.append((match.group(1), match.group(2)))
    return found


def roff_escape(text):
    out = []
    for line in text.splitlines():
        line = line.replace("\\", "\\e").replace("-", "\\-")
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def man_page(cli, template):
    top = run_help(cli, [])
    parts = []
    for name, summary in commands(top):
        text = run_help(cli, name.split())
        # The usage line and description are the command's; the global options are listed once, below.
        own = text.split("\nGlobal options:\n")[0].rstrip()
        parts.append(f'.SS "{name}"\n{roff_escape(summary if summary.endswith(".") else summary + ".")}\n.PP\n.RS 4\n.nf\n{roff_escape(own)}\n.fi\n.RE')
    replacements = {
        "@COMMANDS@": "\n".join(parts),
        "@GLOBAL_OPTIONS@": ".nf\n" + roff_escape("\n".join(section(top, "Global options (also accepted after the "
                                                                          "command):"))) + "\n.fi",
        "@ENVIRONMENT@": ".nf\n" + roff_escape("\n".join(section(top, "Environment:"))) + "\n.fi",
        "@EXIT_STATUS@": ".nf\n" + roff_escape("\n".join(section(top, "Exit codes:"))) + "\n.fi",
    }
    page = template
    for key, value in replacements.items():
        if key not in page:
            sys.exit(f"the template has no {key}")
        page = page.replace(key, value)
    return page


def completion(cli):
    top = run_help(cli, [])
    table = commands(top)
    global_options = options(section(top, "Global options (also accepted after the command):"))
    global_options += [("--help", None), ("-h", None), ("--version", None)]
    value_options = {n for n, v in global_options if v}
    file_options = {n for n, v in global_options if v in FILE_VALUES}
    per_command = {}
    for name, _ in table:
        own = options(section(run_help(cli, name.split()), "Options:"))
        per_command[name] = sorted({n for n, _ in own})
        value_options |= {n for n, v in own if v}
        file_options |= {n for n, v in own if v in FILE_VALUES}
    # What may follow each prefix of a command: "" -> nouns, "ticket" -> verbs, "directory" -> "dlist" too.
    following = {}
    for name, _ in table:
        words = name.split()
        for i in range(len(words)):
            following.setdefault(" ".join(words[:i]), [])
            if words[i] not in following[" ".join(words[:i])]:
                following[" ".join(words[:i])].append(words[i])
    cases = []
    for prefix, nexts in following.items():
        cases.append(f'        "{prefix}") next="{" ".join(nexts)}" ;;')
    for name, opts in per_command.items():
        cases.append(f'        "{name}") opts="{" ".join(opts)}" ;;')
    value_pattern = "|".join(sorted(value_options))
    file_pattern = "|".join(sorted(file_options))
    return f"""# bash completion for firebreak-cli -*- shell-script -*-
# Generated from firebreak-cli --help: commands, verbs and options.

_firebreak_cli()
{{
    local cur prev words cword
    _init_completion || return

    case $prev in
        {file_pattern})
            _filedir
            return
            ;;
        {value_pattern})
            return
            ;;
    esac

    # The command so far: the words before the cursor that are neither options nor their values.
    local i cmd=""
    for ((i = 1; i < cword; i++)); do
        case ${{words[i]}} in
            {value_pattern}) ((i++)) ;;
            -*) ;;
            *) cmd="${{cmd:+$cmd }}${{words[i]}}" ;;
        esac
    done

    local next="" opts=""
    case $cmd in
{chr(10).join(cases)}
    esac
    local global="{" ".join(sorted({n for n, _ in global_options}))}"
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts $global" -- "$cur"))
    elif [[ -n $next ]]; then
        COMPREPLY=($(compgen -W "$next" -- "$cur"))
    else
        _filedir
    fi
}} &&
    complete -F _firebreak_cli firebreak-cli

# ex: filetype=sh
"""


def check_man(cli, page_path):
    with open(page_path, encoding="utf-8") as f:
        page = f.read().replace("\\-", "-").replace("\\e", "\\")
    missing = []
    top = run_help(cli, [])
    for name, _ in commands(top):
        if f'.SS "{name}"' not in page:
            missing.append(f"command {name}")
        for option, _ in options(section(run_help(cli, name.split()), "Options:")):
            if option not in page:
                missing.append(f"{name} {option}")
    for option, _ in options(section(top, "Global options (also accepted after the command):")):
        if option not in page:
            missing.append(f"global {option}")
    if missing:
        sys.exit(f"{page_path} lacks: " + ", ".join(missing))
    print(f"{page_path}: every command and option of --help is there")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--template")
    parser.add_argument("--man")
    parser.add_argument("--completion")
    parser.add_argument("--check-man")
    args = parser.parse_args()
    if args.check_man:
        check_man(args.cli, args.check_man)
        return
    if args.man:
        with open(args.template, encoding="utf-8") as f:
            template = f.read()
        with open(args.man, "w", encoding="utf-8") as f:
            f.write(man_page(args.cli, template))
    if args.completion:
        with open(args.completion, "w", encoding="utf-8") as f:
            f.write(completion(args.cli))


if __name__ == "__main__":
    main()
