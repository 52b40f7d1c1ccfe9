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
};

RunResult run_mlcarbon(const std::vector<std::string>& args, const std::vector<std::string>& env = {});
