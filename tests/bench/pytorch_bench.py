#!/usr/bin/python3
"""PyTorch's side of `lstm-studio-cli bench`: the same training step on the same configs.

One training step = forward over the whole sequence, per-step linear head, MSE loss, full BPTT,
Adam update; float32; batch-first random data. Configs (as in the CLI):
  A: LSTM in 1,  hidden 32,  seq 50,  batch 16
  B: LSTM in 8,  hidden 128, seq 100, batch 32
  C: LSTM in 64, hidden 256, 2 layers, seq 100, batch 64
  D: GRU and RNN as B

Run with Debian's python3-torch and libopenblas0-pthread:
  /usr/bin/python3 tests/bench/pytorch_bench.py --config B --threads 2
With --threads N it tries every way of spending N cores (torch intra-op threads × OpenBLAS threads,
with and without the machine's OPENBLAS_CORETYPE override), each in a fresh process because
OpenBLAS reads its settings at load time, and prints every setting and the best, as JSON lines.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

CONFIGS = {
    "A": [("lstm", 1, 32, 1, 50, 16)],
    "B": [("lstm", 8, 128, 1, 100, 32)],
    "C": [("lstm", 64, 256, 2, 100, 64)],
    "D": [("gru", 8, 128, 1, 100, 32), ("rnn", 8, 128, 1, 100, 32)],
}


def measure(cell, inputs, hidden, layers, steps, batch, torch_threads, repeats):
    import torch

    torch.set_num_threads(torch_threads)
    torch.manual_seed(1)
    rnn_class = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}[cell]
    rnn = rnn_class(inputs, hidden, layers, batch_first=True)
    head = torch.nn.Linear(hidden, 1)
    params = list(rnn.parameters()) + list(head.parameters())
    optimizer = torch.optim.Adam(params, lr=1e-3)
    x = torch.randn(batch, steps, inputs)
    y = torch.randn(batch, steps, 1)

    def step():
        optimizer.zero_grad(set_to_none=True)
        out, _ = rnn(x)
        loss = torch.nn.functional.mse_loss(head(out), y)
        loss.backward()
        optimizer.step()

    for _ in range(3):
        step()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return {"cell": cell, "ms_per_step": median * 1e3, "sequences_per_s": batch / median}


def child(args):
    for cell, inputs, hidden, layers, steps, batch in CONFIGS[args.config]:
        result = measure(cell, inputs, hidden, layers, steps, batch, args.torch_threads, args.repeats)
        result.update(config=args.config, torch_threads=args.torch_threads,
                      openblas_threads=int(os.environ.get("OPENBLAS_NUM_THREADS", "0")),
                      coretype=os.environ.get("OPENBLAS_CORETYPE", "auto"))
        print(json.dumps(result), flush=True)


def settings(threads):
    """(torch threads, OpenBLAS threads) pairs that use at most `threads` cores."""
    pairs = [(1, 1)] if threads == 1 else [(threads, 1), (1, threads), (threads, threads)]
    return pairs


def parent(args):
    results = []
    for torch_threads, blas_threads in settings(args.threads):
        for keep_coretype in (True, False):
            env = dict(os.environ, OPENBLAS_NUM_THREADS=str(blas_threads), OMP_NUM_THREADS=str(torch_threads))
            if not keep_coretype:
                env.pop("OPENBLAS_CORETYPE", None)
                env.pop("OPENBLAS_L2_SIZE", None)
            elif "OPENBLAS_CORETYPE" not in env:
                continue
            command = [sys.executable, __file__, "--child", "--config", args.config,
                       "--torch-threads", str(torch_threads), "--repeats", str(args.repeats)]
            output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
            for line in output.splitlines():
                result = json.loads(line)
                results.append(result)
                print(json.dumps(result), flush=True)
    for cell in sorted({r["cell"] for r in results}):
        best = min((r for r in results if r["cell"] == cell), key=lambda r: r["ms_per_step"])
        print(json.dumps(dict(best, best=True, threads=args.threads)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", choices=sorted(CONFIGS), default="A")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--torch-threads", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    child(args) if args.child else parent(args)


if __name__ == "__main__":
    main()
