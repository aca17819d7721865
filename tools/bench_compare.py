#!/usr/bin/env python3
"""Side-by-side benchmark runs: lunavm against the reference interpreters.

Runs every benchmark in benches/lua/ (or those named) under each VM alternately
(A B C A B C ..., fresh processes), checks that all VMs print the same checksum,
and reports per benchmark the median time and spread per VM and the ratio
lunavm/other, then the geometric mean of the ratios. Machines here are shared and
noisy: trust ratios of medians from one run, not single times.

usage: tools/bench_compare.py [--rounds N] [--vm NAME=CMD ...] [bench ...]
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, "benches", "lua")


def run_once(cmd, script):
    start = time.perf_counter()
    r = subprocess.run(cmd + [script], capture_output=True, cwd=BENCH_DIR)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} {script} failed:\n{r.stderr.decode(errors='replace')}")
    return elapsed, r.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5, help="runs per VM per benchmark (default 5)")
    ap.add_argument("--vm", action="append", default=[], help="extra VM as NAME=COMMAND")
    ap.add_argument("benches", nargs="*")
    args = ap.parse_args()

    lunavm = os.path.join(ROOT, "target", "release", "lunavm")
    if not os.path.exists(lunavm):
        sys.exit("build first: cargo build --release")
    vms = [("lunavm", [lunavm])]
    for name, cmd in (("lua5.1", "lua5.1"), ("luajit-joff", "luajit -joff"), ("luajit", "luajit")):
        if shutil.which(cmd.split()[0]):
            vms.append((name, cmd.split()))
    for spec in args.vm:
        name, _, cmd = spec.partition("=")
        vms.append((name, cmd.split()))

    benches = args.benches or sorted(f[:-4] for f in os.listdir(BENCH_DIR) if f.endswith(".lua"))
    ratios = {name: [] for name, _ in vms[1:]}
    header = f"{'benchmark':<16}" + "".join(f"{name + ' median (spread)':>28}" for name, _ in vms)
    header += "".join(f"{'lunavm/' + name:>18}" for name, _ in vms[1:])
    print(header)
    for b in benches:
        script = b + ".lua"
        times = {name: [] for name, _ in vms}
        outputs = {}
        for _ in range(args.rounds):
            for name, cmd in vms:
                t, out = run_once(cmd, script)
                times[name].append(t)
                outputs[name] = out
        if len(set(outputs.values())) != 1:
            sys.exit(f"{b}: checksums differ: {outputs}")
        med = {n: statistics.median(ts) for n, ts in times.items()}
        row = f"{b:<16}"
        for name, _ in vms:
            ts = times[name]
            row += f"{med[name]:>16.3f}s ({max(ts) - min(ts):>6.3f})  "
        for name, _ in vms[1:]:
            r = med["lunavm"] / med[name]
            ratios[name].append(r)
            row += f"{r:>18.2f}"
        print(row, flush=True)
    geo = "".join(f"{math.exp(sum(map(math.log, rs)) / len(rs)):>18.2f}" for rs in ratios.values())
    print(f"{'geometric mean':<16}" + " " * 28 * len(vms) + geo)


if __name__ == "__main__":
    main()
