// Finding and reading the data files the user points at (--data-dir, MLCARBON_DATA_DIR,
// --data-add). The only part of mlcarbon, with the CLI, that touches the file system.
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"

namespace mlcarbon {

// The whole content of a regular file. Error(io) when it is missing, a directory, unreadable or
// larger than a data file can be (64 MiB).
std::string read_text_file(const std::string& path);

// The embedded catalog, or the one in `data_dir` (hardware.json and regions.json) when it is not
// empty, with each overlay file added on top in order.
Catalog load_data(const std::string& data_dir, const std::vector<std::string>& overlays);

}  // namespace mlcarbon
