// Helpers shared by the unit tests: the test fixture catalog and error capture.
#pragma once

#include <string>

#include "data/catalog.h"
#include "data/catalog_json.h"
#include "cli/data_files.h"
#include "util/error.h"

namespace test {

// tests/data/mini: a small catalog of real, sourced figures that does not change with data/.
inline const mlcarbon::Catalog& mini_catalog() {
  static const mlcarbon::Catalog catalog = mlcarbon::load_data(MLCARBON_TEST_DATA_DIR "/mini", {});
  return catalog;
}

inline std::string mini_text(const char* file) {
  return mlcarbon::read_text_file(std::string(MLCARBON_TEST_DATA_DIR "/mini/") + file);
}

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
