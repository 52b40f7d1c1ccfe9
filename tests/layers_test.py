#!/usr/bin/env python3
"""The source layers include one way (README, "How the code is laid out"): a file includes only its
own folder and the folders below it. Also: CLI11 only through cli/cli11.h, and no <iostream>
(its static initializer costs start-up; see src/cli/cli11.h). Usage: layers_test.py SRC_DIR"""
import pathlib
import re
import sys

# Each folder and the folders it may include besides itself.
ALLOWED = {
    "util": set(),
    "data": {"util"},
    "core": {"util", "data"},
    "compat": {"util", "data", "core"},
    "input": {"util", "data", "core"},
    "render": {"util", "data", "core", "compat"},
    "measure": set(),
    "cli": {"util", "data", "core", "compat", "input", "render", "measure"},
    "tools": {"util", "data"},
}

src = pathlib.Path(sys.argv[1])
bad = []
for path in sorted(src.rglob("*")):
    if path.suffix not in (".h", ".cpp"):
        continue
    layer = path.relative_to(src).parts[0]
    for number, line in enumerate(path.read_text().splitlines(), 1):
        m = re.match(r'#include "(\w+)/', line)
        if m and m.group(1) != layer and m.group(1) not in ALLOWED[layer]:
            bad.append(f"{path.relative_to(src)}:{number}: {layer} includes {m.group(1)}")
        if re.match(r"#include <iostream>", line):
            bad.append(f"{path.relative_to(src)}:{number}: includes <iostream> (its static initializer runs at every start)")
        if re.match(r"#include <CLI/", line) and path.name != "cli11.h":
            bad.append(f"{path.relative_to(src)}:{number}: includes CLI11 directly; include cli/cli11.h")
for b in bad:
    print(b)
print(f"{len(bad)} includes against the layers")
sys.exit(1 if bad else 0)
