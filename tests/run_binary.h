// Runs the built mlcarbon binary for end-to-end tests: arguments, optional environment, captured
// stdout/stderr and exit status. A run that takes longer than 10 s is killed and reported.
#pragma once

#include <string>
#include <vector>

struct RunResult {
  int status = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
  bool timed_out = false;
  long max_rss_kb = 0;  // peak resident memory of the child
};

// `env`: NAME=VALUE to set, NAME alone to unset. `input`: what the child reads on stdin. `cwd`:
// the child's working directory (empty: this process's).
RunResult run_mlcarbon(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                       const std::string& input = {}, int timeout_seconds = 10, const std::string& cwd = {});
