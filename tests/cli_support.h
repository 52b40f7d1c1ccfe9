// Helpers for the end-to-end tests of the binary.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_binary.h"

namespace test {

// A fresh, empty directory under the system's temporary directory.
inline std::string temp_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("mlcarbon-test-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

inline void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Runs with --format json; the run must succeed (or end with `status`).
inline nlohmann::json run_json(const std::vector<std::string>& args, const std::vector<std::string>& env = {}, int status = 0) {
  std::vector<std::string> all = args;
  all.insert(all.end(), {"--format", "json"});
  const RunResult r = run_mlcarbon(all, env);
  INFO(r.err);
  REQUIRE(r.status == status);
  return nlohmann::json::parse(r.out);
}

// A failing run: its status, and stderr must be exactly one line starting with the prefix.
inline std::string run_error(const std::vector<std::string>& args, int status, const std::vector<std::string>& env = {}) {
  const RunResult r = run_mlcarbon(args, env);
  INFO(r.out << r.err);
  CHECK(!r.timed_out);
  CHECK(r.status == status);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::StartsWith("mlcarbon: error: "));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  return r.err;
}

// The value of an estimate's breakdown row (its JSON), which must be there.
inline double factor(const nlohmann::json& j, const std::string& name) {
  for (const nlohmann::json& row : j["breakdown"]) {
    if (row["name"] == name) return row["value"].get<double>();
  }
  FAIL("no breakdown row " << name);
  return 0;
}

inline std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace test
