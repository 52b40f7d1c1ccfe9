// Helpers shared by the unit tests: the test fixture catalog and error capture.
#pragma once

#include <string>

#include "data/catalog.h"
#include "data/catalog_json.h"
#include "cli/data_files.h"
#include "cli/host_system.h"
#include "util/error.h"

namespace test {

// A whole file, read as mlcarbon reads data files.
inline std::string read_text(const std::string& path) { return mlcarbon::HostSystem().read(path, mlcarbon::kMaxDataFileBytes); }

// The catalog of a data directory, loaded as --data-dir loads it.
inline mlcarbon::Catalog load_dir(const std::string& dir) { return mlcarbon::load_data(mlcarbon::HostSystem(), dir, {}); }

// tests/data/mini: a small catalog of real, sourced figures that does not change with data/.
inline const mlcarbon::Catalog& mini_catalog() {
  static const mlcarbon::Catalog catalog = load_dir(MLCARBON_TEST_DATA_DIR "/mini");
  return catalog;
}

inline std::string mini_text(const char* file) { return read_text(std::string(MLCARBON_TEST_DATA_DIR "/mini/") + file); }

// The kind and message of the mlcarbon::Error that `f` throws; kind internal and "" if none.
struct Caught {
  mlcarbon::ErrorKind kind = mlcarbon::ErrorKind::internal;
  std::string message;
};

template <typename F>
Caught catch_error(F f) {
  try {
    f();
  } catch (const mlcarbon::Error& e) {
    return {e.kind(), e.what()};
  }
  return {};
}

}  // namespace test
