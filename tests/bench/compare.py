#!/usr/bin/python3
"""LSTM Studio's training step beside PyTorch's, on the same machine in one run, as ratios.

  /usr/bin/python3 tests/bench/compare.py --cli build/src/cli/lstm-studio-cli [--configs ABCD]
                   [--threads 1 2] [--repeats 20]

For every config and thread budget it runs `lstm-studio-cli bench --json` (with and without the
machine's OPENBLAS_CORETYPE override, keeping the faster) and
tests/bench/pytorch_bench.py (which tries every way PyTorch can spend the same cores and keeps its
best), alternating the two so that a noisy neighbour slows both alike, and prints
speed-up = PyTorch's best ms/step ÷ LSTM Studio's ms/step. Needs Debian's python3-torch and
libopenblas0-pthread (PyTorch's default reference BLAS is no fair peer).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def studio(cli, config, threads, repeats):
    """Our best, like PyTorch's: with and without the machine's OPENBLAS_CORETYPE override
    (OpenBLAS does Eigen's large products)."""
    best = {}
    environments = [dict(os.environ)]
    if "OPENBLAS_CORETYPE" in os.environ:
        plain = dict(os.environ)
        plain.pop("OPENBLAS_CORETYPE", None)
        plain.pop("OPENBLAS_L2_SIZE", None)
        environments.append(plain)
    for env in environments:
        output = subprocess.run([cli, "bench", "--config", config, "--threads", str(threads),
                                 "--repeats", str(repeats), "--json"],
                                env=env, check=True, capture_output=True, text=True).stdout
        for result in map(json.loads, output.splitlines()):
            result["coretype"] = env.get("OPENBLAS_CORETYPE", "auto")
            if result["cell"] not in best or result["ms_per_step"] < best[result["cell"]]["ms_per_step"]:
                best[result["cell"]] = result
    return best


def pytorch(config, threads, repeats):
    output = subprocess.run([sys.executable, os.path.join(HERE, "pytorch_bench.py"), "--config", config,
                             "--threads", str(threads), "--repeats", str(repeats)],
                            check=True, capture_output=True, text=True).stdout
    rows = [json.loads(line) for line in output.splitlines()]
    return {r["cell"]: r for r in rows if r.get("best")}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="build/src/cli/lstm-studio-cli")
    parser.add_argument("--configs", default="ABCD")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    print(f"{'config':<8}{'cell':<6}{'threads':>8}{'studio ms':>11}{'pytorch ms':>12}{'speed-up':>10}"
          f"{'torch×blas':>12}{'BPTT MiB':>10}")
    for config in args.configs:
        for threads in args.threads:
            ours = studio(args.cli, config, threads, args.repeats)
            theirs = pytorch(config, threads, args.repeats)
            for cell, mine in ours.items():
                best = theirs[cell]
                setting = f"{best['torch_threads']}×{best['openblas_threads']}"
                print(f"{config:<8}{cell:<6}{threads:>8}{mine['ms_per_step']:>11.3f}"
                      f"{best['ms_per_step']:>12.3f}{best['ms_per_step'] / mine['ms_per_step']:>10.2f}"
                      f"{setting:>12}{mine['activation_mib']:>10.2f}", flush=True)


if __name__ == "__main__":
    main()
