#!/usr/bin/python3
"""Check `lstm-studio-cli export --format pytorch` against PyTorch itself.

A development tool, like make_fixtures.py: the Qt tests never run it, so the test suite needs no
PyTorch. For each case it creates a model with `new`, runs it with `run` on random inputs (and
targets), exports it, loads the exported model.py with torch, runs the same inputs, and compares
the outputs, the loss and every parameter's gradient (torch autograd against the dump):

    /usr/bin/python3 tests/pytorch/check_export.py BUILD/src/cli/lstm-studio-cli
    /usr/bin/python3 tests/pytorch/check_export.py CLI --keep DIR    # keep the files in DIR

It needs torch (Debian's /usr/bin/python3 has it; a pyenv python3 on PATH may not). Exits 0 when
every difference is within the tolerance (1e-6 by default), 1 otherwise.
"""

import argparse
import importlib.util
import json
import pathlib
import random
import subprocess
import sys
import tempfile

import torch

# name, cell, input, hidden, layers, bidirectional, output, per-sequence, activation, lengths
CASES = [
    ("lstm", "lstm", 3, 5, 1, False, 2, False, "tanh", None),
    ("gru", "gru", 3, 4, 1, False, 2, False, "tanh", None),
    ("rnn", "rnn", 3, 4, 1, False, 2, False, "tanh", None),
    ("rnn relu", "rnn", 2, 4, 2, False, 1, False, "relu", None),
    ("lstm bidirectional stacked", "lstm", 3, 4, 2, True, 2, False, "tanh", None),
    ("lstm bidirectional stacked, padded", "lstm", 3, 4, 2, True, 2, False, "tanh", [6, 3, 5]),
    ("lstm bidirectional stacked, per-sequence padded", "lstm", 2, 3, 3, True, 2, True, "tanh",
     [4, 6, 1]),
    ("gru bidirectional per-sequence padded", "gru", 2, 3, 2, True, 1, True, "tanh", [6, 2, 5]),
    ("peephole", "peephole", 3, 4, 1, False, 2, False, "tanh", None),
    ("peephole bidirectional stacked, padded", "peephole", 2, 3, 2, True, 2, False, "tanh",
     [6, 4, 2]),
    ("peephole per-sequence padded", "peephole", 2, 3, 1, False, 1, True, "tanh", [3, 6, 5]),
]
BATCH, STEPS = 3, 6


def cli(program, *arguments):
    done = subprocess.run([program, *arguments], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lstm-studio-cli {' '.join(arguments)}: {done.stderr.strip()}")


def nested(shape, generator):
    if not shape:
        return generator.uniform(-1.0, 1.0)
    return [nested(shape[1:], generator) for _ in range(shape[0])]


def import_module(path):
    spec = importlib.util.spec_from_file_location(f"export_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(program, directory, case, seed):
    name, cell, inputs, hidden, layers, bidirectional, outputs, per_sequence, activation, \
        lengths = case
    arguments = ["new", "--cell", cell, "--input", str(inputs), "--hidden", str(hidden),
                 "--layers", str(layers), "--output", str(outputs), "--activation", activation,
                 "--seed", str(seed), "-o", str(directory / "model.json")]
    if bidirectional:
        arguments.append("--bidirectional")
    if per_sequence:
        arguments.append("--per-sequence")
    cli(program, *arguments)
    generator = random.Random(seed)
    if cell == "peephole":
        # PyTorch's default scheme starts peepholes at 0, where they would go untested.
        model = json.loads((directory / "model.json").read_text())
        for key, value in model["parameters"].items():
            if "peephole" in key:
                model["parameters"][key] = [generator.uniform(-0.5, 0.5) for _ in value]
        (directory / "model.json").write_text(json.dumps(model))

    x = nested([BATCH, STEPS, inputs], generator)
    y = nested([BATCH, outputs] if per_sequence else [BATCH, STEPS, outputs], generator)
    (directory / "x.json").write_text(json.dumps({"inputs": x, **({"lengths": lengths}
                                                                   if lengths else {})}))
    (directory / "y.json").write_text(json.dumps({"targets": y}))
    cli(program, "run", "--model", str(directory / "model.json"), "--input",
        str(directory / "x.json"), "--target", str(directory / "y.json"), "--dump",
        str(directory / "out.json"))
    cli(program, "export", "--model", str(directory / "model.json"), "--format", "pytorch",
        "-o", str(directory / "export"))
    dump = json.loads((directory / "out.json").read_text())

    net = import_module(directory / "export" / "model.py").load()
    predicted = net(torch.tensor(x, dtype=torch.float64), lengths)
    target = torch.tensor(y, dtype=torch.float64)
    if lengths is None or per_sequence:
        mask = torch.ones_like(target)
    else:
        valid = torch.arange(STEPS)[None, :] < torch.tensor(lengths)[:, None]
        mask = valid[:, :, None].expand_as(target).to(torch.float64)
    loss = (((predicted - target) * mask) ** 2).sum() / mask.sum()
    loss.backward()

    expected = torch.tensor(dump["outputs"], dtype=torch.float64)
    differences = {"outputs": (predicted.detach() - expected).abs().max(),
                   "loss": abs(loss.item() - dump["loss"])}
    gradients = dump["gradients"]
    parameters = dict(net.named_parameters())
    if set(parameters) != set(gradients):
        raise RuntimeError(f"{name}: parameters {sorted(parameters)} != {sorted(gradients)}")
    differences["gradients"] = max(
        (parameter.grad - torch.tensor(gradients[key], dtype=torch.float64)).abs().max()
        for key, parameter in parameters.items())
    return {key: float(value) for key, value in differences.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cli", help="path of the built lstm-studio-cli")
    parser.add_argument("--tolerance", type=float, default=1e-6)
    parser.add_argument("--keep", type=pathlib.Path, help="write the files here and keep them")
    options = parser.parse_args()
    torch.manual_seed(0)

    failed = False
    with tempfile.TemporaryDirectory() as temporary:
        root = options.keep or pathlib.Path(temporary)
        for seed, case in enumerate(CASES, start=1):
            directory = root / case[0].replace(" ", "_").replace(",", "")
            directory.mkdir(parents=True, exist_ok=True)
            differences = check(options.cli, directory, case, seed)
            ok = all(value <= options.tolerance for value in differences.values())
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {case[0]:<48} " +
                  "  ".join(f"{key} {value:.2e}" for key, value in differences.items()))
    print("all exports match PyTorch" if not failed else "some exports differ from PyTorch")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
