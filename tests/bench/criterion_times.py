#!/usr/bin/env python3
"""Time to the success criterion of every built-in task, and the RNN/LSTM/GRU race on a long lag.

Runs `lstm-studio-cli train --task NAME --seed S --until-solved` for each task's recommended
network and recipe and prints a Markdown table: the wall time, the epoch the criterion was first
met at (or "not met" after the recipe's epochs), and the final validation metric. With --race, it
also trains a plain RNN, an LSTM and a GRU of the same size on the adding problem at --lag and
on the two-symbol temporal-order task at the same lag.

    /usr/bin/python3 tests/bench/criterion_times.py --cli build/src/cli/lstm-studio-cli
    /usr/bin/python3 tests/bench/criterion_times.py --cli … --race --lag 100 --only none
"""
import argparse
import re
import subprocess
import time

TASKS = [
    ("sine", []), ("adding", []), ("temporal-order", []), ("copy", []), ("reber", []),
    ("text", ["--language", "english"]), ("text", ["--language", "french"]), ("sentiment", []),
    ("dates", []), ("gestures", []), ("co2", []), ("sunspots", []), ("nile", []),
    ("elnino", []), ("elec-equip", []), ("macro", []),
]

DONE = re.compile(r"Done in ([\d.]+) s after (\d+) epoch\(s\): validation loss (\S+), (.+) (\S+)\. "
                  r"Success criterion (met|not met)\.")


def train(cli, task, extra, seed, timeout):
    command = [cli, "train", "--task", task, "--seed", str(seed), "--until-solved", *extra]
    start = time.monotonic()
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"command": " ".join(command[1:]), "wall": timeout, "outcome": "timed out"}
    wall = time.monotonic() - start
    match = DONE.search(result.stdout)
    if not match:
        return {"command": " ".join(command[1:]), "wall": wall,
                "outcome": "failed: " + (result.stderr.strip() or result.stdout.strip())[-200:]}
    return {"command": " ".join(command[1:]), "wall": wall, "epoch": int(match[2]),
            "metric": f"{match[4]} {match[5]}",
            "outcome": "met" if match[6] == "met" else "not met"}


def row(result):
    epoch = result.get("epoch", "")
    solved = f"epoch {epoch}" if result["outcome"] == "met" else result["outcome"]
    return f"| `{result['command']}` | {result['wall']:.1f} s | {solved} | {result.get('metric', '')} |"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--only", nargs="*", help="task names to run (none: skip the table)")
    parser.add_argument("--race", action="store_true", help="the RNN/LSTM/GRU race")
    parser.add_argument("--lag", type=int, default=100)
    args = parser.parse_args()

    print("| command | wall time | criterion first met | final validation |")
    print("|---|---|---|---|")
    for task, extra in TASKS:
        if args.only is not None and task not in args.only:
            continue
        print(row(train(args.cli, task, extra, args.seed, args.timeout)), flush=True)
    if args.race:
        for task in ("adding", "temporal-order"):
            for cell in ("rnn", "lstm", "gru"):
                extra = ["--lag", str(args.lag), "--cell", cell]
                print(row(train(args.cli, task, extra, args.seed, args.timeout)), flush=True)


if __name__ == "__main__":
    main()
