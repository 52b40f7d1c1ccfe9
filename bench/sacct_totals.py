#!/usr/bin/env python3
"""The total CO2e of a SLURM accounting file, computed apart from mlcarbon, to check (f) of bench/run.

usage: sacct_totals.py SACCT.txt CLUSTER.json HARDWARE.csv REGIONS.csv

Reads `sacct --parsable2` output with a header, and a cluster file of the shape bench/run writes
(defaults with region and pue; partitions with hardware, cpu, gpu_types, threads_per_core). Skips
steps (JobID with '.'), running jobs (End Unknown or state RUNNING) and pending ones. Each job:
(GPUs x TDP + ceil(cpus / threads_per_core) x CPU TDP / cores + memory GB x 0.3725 W/GB) x hours
x PUE x intensity (the Green Algorithms memory figure; SLURM's G = 2^30 bytes). Prints "co2e_kg X".
"""
import csv
import json
import math
import sys

sacct, cluster_path, hardware_csv, regions_csv = sys.argv[1:5]
hardware = {r["id"]: r for r in csv.DictReader(open(hardware_csv))}
regions = {r["id"]: r for r in csv.DictReader(open(regions_csv))}
cluster = json.load(open(cluster_path))
pue = float(cluster["defaults"]["pue"])
intensity = float(regions[cluster["defaults"]["region"]]["intensity_g_per_kwh"])
UNITS = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}

total = 0.0
with open(sacct) as f:
    header = f.readline().rstrip("\n").split("|")
    col = {name: i for i, name in enumerate(header)}
    for line in f:
        v = line.rstrip("\n").split("|")
        state = v[col["State"]].split(" ")[0]
        if "." in v[col["JobID"]] or state in ("PENDING", "RUNNING") or v[col["End"]] == "Unknown":
            continue
        el = v[col["Elapsed"]]
        days, _, hms = el.rpartition("-")
        h, m, s = (int(x) for x in hms.split(":"))
        hours = (int(days or 0) * 86400 + h * 3600 + m * 60 + s) / 3600
        tres = dict(item.split("=") for item in v[col["AllocTRES"]].split(",") if item)
        part = cluster["partitions"][v[col["Partition"]]]
        watts = 0.0
        gpus = int(tres.get("gres/gpu", 0))
        if gpus:
            typed = [k.split(":")[1] for k in tres if k.startswith("gres/gpu:")]
            device = part["gpu_types"][typed[0]] if typed else part["hardware"]
            watts += gpus * float(hardware[device]["power_w"])
        cpu = hardware[part["cpu"]]
        cores = math.ceil(int(tres["cpu"]) / part.get("threads_per_core", 1))
        watts += cores * float(cpu["power_w"]) / float(cpu["cores"])
        mem = tres["mem"]
        watts += float(mem[:-1]) * UNITS[mem[-1]] / 1e9 * 0.3725
        total += watts * hours / 1000 * pue * intensity / 1000
print(f"co2e_kg {total!r}")
