// Finding and reading the data files the user points at (--data-dir, MLCARBON_DATA_DIR,
// --data-add), through the System.
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"
#include "util/system.h"

namespace mlcarbon {

// The embedded catalog, or the one in `data_dir` (hardware.json and regions.json, and
// instances.json when there is one) when it is not empty, with each overlay file added on top in
// order.
Catalog load_data(const System& system, const std::string& data_dir, const std::vector<std::string>& overlays);

}  // namespace mlcarbon
