#!/usr/bin/python3
"""Writes tests/data/optimizer_fixtures.json: reference trajectories of torch.optim.

Every case runs 5 steps of one optimizer over the same 4 parameters and the same gradient
sequence, in float64, with the learning rate changed after step 3. A case with "multipliers"
puts each parameter in a param group of its own whose lr is the base rate times its multiplier,
which is what core::Optimizer's per-element learning-rate multipliers mean.

The fixture records, per case, the settings in core::OptimizerSettings' names, the base rate of
every step, the parameters after every step and the optimizer state after the last one, in
core::Optimizer::stateBuffers() order.

Run with Debian's interpreter, which has python3-torch:
    /usr/bin/python3 tests/pytorch/make_optimizer_fixtures.py [--print]
"""
import json
import pathlib
import sys

import torch

INITIAL = [0.5, -1.2, 2.0, 0.03]
GRADIENTS = [
    [0.1, -0.4, 1.5, -0.02],
    [-0.3, 0.25, 0.9, 0.05],
    [0.7, -0.1, -0.6, 0.01],
    [0.05, 0.3, 0.2, -0.08],
    [-0.2, -0.5, 0.4, 0.12],
]
STEPS = len(GRADIENTS)
CHANGE_AFTER = 3  # steps run at the first rate
RATE_CHANGE = 0.3  # the later rate is this fraction of the first
MULTIPLIERS = [1.0, 0.5, 0.0, 2.0]

DEFAULTS = {"momentum": 0.0, "nesterov": False, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8,
            "alpha": 0.99, "weightDecay": 0.0}

CASES = [
    ("sgd-plain", "sgd", {"learningRate": 0.1}),
    ("sgd-momentum", "sgd", {"learningRate": 0.1, "momentum": 0.9}),
    ("sgd-nesterov", "sgd", {"learningRate": 0.05, "momentum": 0.9, "nesterov": True}),
    ("sgd-weight-decay", "sgd", {"learningRate": 0.1, "weightDecay": 0.01}),
    ("sgd-momentum-weight-decay", "sgd",
     {"learningRate": 0.1, "momentum": 0.5, "weightDecay": 0.05}),
    ("rmsprop", "rmsprop", {"learningRate": 0.01}),
    ("rmsprop-weight-decay", "rmsprop",
     {"learningRate": 0.02, "alpha": 0.9, "eps": 1e-6, "weightDecay": 0.1}),
    ("rmsprop-momentum", "rmsprop", {"learningRate": 0.01, "momentum": 0.8}),
    ("adam", "adam", {"learningRate": 0.01}),
    ("adam-weight-decay", "adam",
     {"learningRate": 0.02, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6, "weightDecay": 0.1}),
    ("adamw", "adamw", {"learningRate": 0.01, "weightDecay": 0.01}),
    ("adamw-strong-decay", "adamw",
     {"learningRate": 0.05, "beta1": 0.85, "beta2": 0.995, "weightDecay": 0.5}),
    ("sgd-momentum-multipliers", "sgd",
     {"learningRate": 0.1, "momentum": 0.9, "weightDecay": 0.05}, MULTIPLIERS),
    ("adam-multipliers", "adam", {"learningRate": 0.01, "weightDecay": 0.1}, MULTIPLIERS),
    ("adamw-multipliers", "adamw", {"learningRate": 0.05, "weightDecay": 0.5}, MULTIPLIERS),
]


def make_optimizer(kind, s, groups):
    if kind == "sgd":
        return torch.optim.SGD(groups, lr=s["learningRate"], momentum=s["momentum"],
                               nesterov=s["nesterov"], weight_decay=s["weightDecay"],
                               dampening=0, foreach=False)
    if kind == "rmsprop":
        return torch.optim.RMSprop(groups, lr=s["learningRate"], alpha=s["alpha"], eps=s["eps"],
                                   weight_decay=s["weightDecay"], momentum=s["momentum"],
                                   centered=False, foreach=False)
    adam = torch.optim.Adam if kind == "adam" else torch.optim.AdamW
    return adam(groups, lr=s["learningRate"], betas=(s["beta1"], s["beta2"]), eps=s["eps"],
                weight_decay=s["weightDecay"], amsgrad=False, foreach=False)


STATE_NAMES = {"sgd": ["momentum_buffer"], "rmsprop": ["square_avg", "momentum_buffer"],
               "adam": ["exp_avg", "exp_avg_sq"], "adamw": ["exp_avg", "exp_avg_sq"]}


def run_case(name, kind, overrides, multipliers=None):
    settings = {"kind": kind, "learningRate": None, **DEFAULTS, **overrides}
    base = settings["learningRate"]
    rates = [base if k < CHANGE_AFTER else base * RATE_CHANGE for k in range(STEPS)]
    scales = multipliers or [1.0] * len(INITIAL)
    if multipliers:
        tensors = [torch.tensor([v], dtype=torch.float64, requires_grad=True) for v in INITIAL]
        groups = [{"params": [t], "lr": base * m} for t, m in zip(tensors, multipliers)]
    else:
        tensors = [torch.tensor(INITIAL, dtype=torch.float64, requires_grad=True)]
        groups = [{"params": tensors}]
    optimizer = make_optimizer(kind, settings, groups)

    def flat(parts):
        return [float(v) for part in parts for v in part.detach().reshape(-1)]

    trajectory = []
    for k in range(STEPS):
        for group, m in zip(optimizer.param_groups, scales if multipliers else [1.0]):
            group["lr"] = rates[k] * m
        offset = 0
        for t in tensors:
            t.grad = torch.tensor(GRADIENTS[k][offset:offset + t.numel()], dtype=torch.float64)
            offset += t.numel()
        optimizer.step()
        trajectory.append(flat(tensors))

    state = []
    for buffer in STATE_NAMES[kind]:
        parts = []
        for t in tensors:
            value = optimizer.state[t].get(buffer)
            parts.append(torch.zeros_like(t) if value is None else value)
        state.append(flat(parts))
    case = {"name": name, "settings": settings, "learningRates": rates, "initial": INITIAL,
            "gradients": GRADIENTS, "trajectory": trajectory, "finalState": state,
            "stepCount": STEPS}
    if multipliers:
        case["multipliers"] = multipliers
    return case


def to_json(value, indent=""):
    """JSON with one line per vector, so a diff of the fixture shows which numbers moved."""
    inner = indent + "  "
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {to_json(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return "[\n" + ",\n".join(inner + to_json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value)


def main():
    torch.set_default_dtype(torch.float64)
    fixture = {"generator": "tests/pytorch/make_optimizer_fixtures.py",
               "torch": torch.__version__,
               "cases": [run_case(*case) for case in CASES]}
    text = to_json(fixture) + "\n"
    if "--print" in sys.argv:
        sys.stdout.write(text)
        return
    path = pathlib.Path(__file__).resolve().parent.parent / "data" / "optimizer_fixtures.json"
    path.write_text(text)
    print(f"wrote {len(fixture['cases'])} cases to {path}")


if __name__ == "__main__":
    main()
