#!/usr/bin/python3
"""Write the PyTorch reference fixtures that tests/core/tst_pytorch_agreement.cpp compares against.

A development tool: the tests never run it, they read the JSON it wrote (committed under
tests/data/pytorch/), so the test suite needs no PyTorch. Rerun it only when a fixture is added
or changed:

    /usr/bin/python3 tests/pytorch/make_fixtures.py            # from the repository root
    /usr/bin/python3 tests/pytorch/make_fixtures.py --out DIR  # somewhere else

It needs torch (Debian's /usr/bin/python3 has it; a pyenv python3 on PATH may not). Every
fixture seeds torch with its own fixed seed, so reruns write identical files and adding a fixture
leaves the others unchanged.

The model is `rnn` (nn.RNN / nn.LSTM / nn.GRU, batch_first=True) followed by `head` (nn.Linear):
  per-step:      y[b, t] = head(out[b, t]), out the last layer's outputs; with unequal lengths
                 the batch goes through pack_padded_sequence and pad_packed_sequence pads `out`
                 with zeros, so padded steps of y equal head.bias
  per-sequence:  y[b] = head(h_n of the last layer), both directions concatenated
                 (torch.cat([h_n[-2], h_n[-1]], dim=1) when bidirectional)
The loss is the MSE averaged over the valid elements (padded steps excluded).

Each JSON file holds:
  name, dtype ("float64" | "float32"),
  config {cell, input_size, hidden_size, num_layers, bidirectional, activation, output_size, mode},
  inputs (B×T×I), lengths (B), targets (B×T×O or B×O; zero on padded steps),
  state_dict {name: nested lists in PyTorch's shapes},
  outputs (B×T×O or B×O), loss,
  gradients {state_dict name: ∂loss/∂parameter}, input_gradient (B×T×I, ∂loss/∂inputs).
"""

import argparse
import json
import pathlib

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}

# name, seed, cell, activation, I, H, layers, bidirectional, O, mode, T, lengths, dtype
FIXTURES = [
    ("rnn_tanh", 101, "rnn", "tanh", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5], "float64"),
    ("rnn_relu", 102, "rnn", "relu", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5], "float64"),
    ("lstm", 103, "lstm", "tanh", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5], "float64"),
    ("gru", 104, "gru", "tanh", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5], "float64"),
    ("lstm_stacked", 105, "lstm", "tanh", 2, 3, 2, False, 1, "per-step", 4, [4, 4], "float64"),
    ("gru_stacked", 106, "gru", "tanh", 2, 3, 2, False, 1, "per-step", 4, [4, 4], "float64"),
    ("rnn_bidirectional", 107, "rnn", "tanh", 3, 4, 1, True, 2, "per-step", 5, [5, 5],
     "float64"),
    ("lstm_bidirectional", 108, "lstm", "tanh", 3, 4, 1, True, 2, "per-step", 5, [5, 5, 5],
     "float64"),
    ("gru_bidirectional", 109, "gru", "tanh", 3, 4, 1, True, 2, "per-step", 5, [5, 5, 5],
     "float64"),
    ("lstm_stacked_bidirectional", 110, "lstm", "tanh", 3, 4, 2, True, 2, "per-step", 4,
     [4, 4, 4], "float64"),
    ("rnn_per_sequence", 111, "rnn", "tanh", 3, 4, 1, False, 2, "per-sequence", 5, [5, 5, 5],
     "float64"),
    ("lstm_per_sequence", 112, "lstm", "tanh", 3, 4, 1, False, 2, "per-sequence", 5, [5, 5, 5],
     "float64"),
    ("lstm_bidirectional_per_sequence", 113, "lstm", "tanh", 3, 4, 1, True, 3, "per-sequence", 5,
     [5, 5], "float64"),
    ("gru_bidirectional_per_sequence", 114, "gru", "tanh", 3, 4, 1, True, 2, "per-sequence", 5,
     [5, 5, 5], "float64"),
    ("rnn_packed", 115, "rnn", "tanh", 3, 4, 1, False, 2, "per-step", 5, [3, 5, 2], "float64"),
    ("lstm_packed", 116, "lstm", "tanh", 3, 4, 1, False, 2, "per-step", 5, [3, 5, 2], "float64"),
    ("gru_bidirectional_packed", 117, "gru", "tanh", 3, 4, 1, True, 2, "per-step", 5, [4, 2, 5],
     "float64"),
    ("lstm_stacked_bidirectional_packed", 118, "lstm", "tanh", 2, 3, 2, True, 3, "per-step", 5,
     [5, 1, 3], "float64"),
    ("lstm_packed_per_sequence", 119, "lstm", "tanh", 3, 4, 1, False, 2, "per-sequence", 5,
     [3, 5, 2], "float64"),
    ("gru_packed_per_sequence", 120, "gru", "tanh", 3, 4, 1, False, 2, "per-sequence", 5,
     [2, 5, 4], "float64"),
    ("lstm_stacked_bidirectional_packed_per_sequence", 121, "lstm", "tanh", 3, 4, 2, True, 2,
     "per-sequence", 5, [4, 5, 2], "float64"),
    ("lstm_float32", 122, "lstm", "tanh", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5],
     "float32"),
    ("gru_float32", 123, "gru", "tanh", 3, 4, 1, False, 2, "per-step", 5, [5, 5, 5], "float32"),
]


class Model(nn.Module):
    def __init__(self, cell, activation, inputs, hidden, layers, bidirectional, outputs):
        super().__init__()
        extra = {"nonlinearity": activation} if cell == "rnn" else {}
        self.rnn = CELLS[cell](inputs, hidden, num_layers=layers, bidirectional=bidirectional,
                               batch_first=True, **extra)
        self.head = nn.Linear(hidden * (2 if bidirectional else 1), outputs)
        self.cell = cell
        self.bidirectional = bidirectional

    def forward(self, x, lengths, per_step):
        steps = x.shape[1]
        packed = any(length != steps for length in lengths)
        if packed:
            run = pack_padded_sequence(x, torch.tensor(lengths), batch_first=True,
                                       enforce_sorted=False)
            out, state = self.rnn(run)
            out, _ = pad_packed_sequence(out, batch_first=True, total_length=steps)
        else:
            out, state = self.rnn(x)
        if per_step:
            return self.head(out)
        h_n = state[0] if self.cell == "lstm" else state
        last = torch.cat([h_n[-2], h_n[-1]], dim=1) if self.bidirectional else h_n[-1]
        return self.head(last)


def nested(tensor):
    return tensor.detach().cpu().double().tolist()


def make_fixture(name, seed, cell, activation, inputs, hidden, layers, bidirectional, outputs,
                 mode, steps, lengths, dtype):
    torch.manual_seed(seed)
    torch_dtype = {"float64": torch.float64, "float32": torch.float32}[dtype]
    model = Model(cell, activation, inputs, hidden, layers, bidirectional, outputs).to(torch_dtype)
    batch = len(lengths)
    per_step = mode == "per-step"
    x = torch.randn(batch, steps, inputs, dtype=torch_dtype)
    # Padding holds garbage on purpose: a correct core must never read it.
    valid = (torch.arange(steps)[None, :] < torch.tensor(lengths)[:, None]).to(torch_dtype)
    x.requires_grad_(True)
    if per_step:
        targets = torch.randn(batch, steps, outputs, dtype=torch_dtype) * valid[:, :, None]
    else:
        targets = torch.randn(batch, outputs, dtype=torch_dtype)

    y = model(x, lengths, per_step)
    if per_step:
        mask = valid[:, :, None].expand_as(y)
        loss = ((y - targets) ** 2 * mask).sum() / mask.sum()
    else:
        loss = ((y - targets) ** 2).mean()
    loss.backward()

    return {
        "name": name,
        "dtype": dtype,
        "config": {
            "cell": cell,
            "input_size": inputs,
            "hidden_size": hidden,
            "num_layers": layers,
            "bidirectional": bidirectional,
            "activation": activation,
            "output_size": outputs,
            "mode": mode,
        },
        "inputs": nested(x),
        "lengths": lengths,
        "targets": nested(targets),
        "state_dict": {key: nested(value) for key, value in model.state_dict().items()},
        "outputs": nested(y),
        "loss": float(loss.item()),
        "gradients": {key: nested(p.grad) for key, p in model.named_parameters()},
        "input_gradient": nested(x.grad),
    }


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=root / "tests" / "data" / "pytorch")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    torch.use_deterministic_algorithms(True)
    total = 0
    for row in FIXTURES:
        fixture = make_fixture(*row)
        path = args.out / (fixture["name"] + ".json")
        text = json.dumps(fixture, indent=None, separators=(",", ":")) + "\n"
        path.write_text(text)
        total += len(text)
        print(f"{path.name:52s} {len(text) / 1024:6.1f} KB  loss {fixture['loss']:.6g}")
    print(f"{len(FIXTURES)} fixtures, {total / 1024:.1f} KB")


if __name__ == "__main__":
    main()
