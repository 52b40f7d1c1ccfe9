#!/usr/bin/env python3
"""The script a user would write instead of `mlcarbon estimate --jobs FILE --totals-only`:
pandas reads the jobs CSV, joins the device power and the region intensity and PUE (taken from
mlcarbon's own tables so that both compute the same thing), and prints the totals.

usage: totals_pandas.py JOBS.csv HARDWARE.csv REGIONS.csv
(HARDWARE.csv and REGIONS.csv: `mlcarbon hardware list -f csv`, `mlcarbon regions list -f csv`.)
"""
import sys

import pandas as pd

jobs_path, hardware_path, regions_path = sys.argv[1:4]
jobs = pd.read_csv(jobs_path)
hardware = pd.read_csv(hardware_path, usecols=["id", "power_w"]).rename(columns={"id": "hardware"})
# The intensity an estimate uses by default: on the lifecycle basis (a direct figure converted).
regions = pd.read_csv(regions_path, usecols=["id", "lifecycle_g_per_kwh", "pue"]).rename(
    columns={"id": "region", "lifecycle_g_per_kwh": "intensity_g_per_kwh"})

df = jobs.merge(hardware, on="hardware", how="left").merge(regions, on="region", how="left")
utilization = df["utilization"].fillna(1.0) if "utilization" in df else 1.0
df["energy_kwh"] = df["count"] * df["power_w"] * utilization * df["hours"] / 1000 * df["pue"]
df["co2e_kg"] = df["energy_kwh"] * df["intensity_g_per_kwh"] / 1000
print(f"jobs {len(df)} energy_kwh {df['energy_kwh'].sum()!r} co2e_kg {df['co2e_kg'].sum()!r}")
by_region = df.groupby("region")[["energy_kwh", "co2e_kg"]].sum()
by_hardware = df.groupby("hardware")[["energy_kwh", "co2e_kg"]].sum()
print(by_region.to_string())
print(by_hardware.to_string())
