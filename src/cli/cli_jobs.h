// `estimate --jobs FILE` (cli_jobs.cpp), for the estimate command.
#pragma once

#include <string>
#include <vector>

#include "cli/cli_internal.h"
#include "cli/estimate_outputs.h"

namespace mlcarbon {

struct JobsRequest {
  std::string path;    // "-" for stdin
  std::string format;  // --jobs-format, or empty to guess
  Format format_out = Format::text;
  RenderOptions options;
  bool strict = false, totals_only = false;
  const ValueField* value = nullptr;  // print only this figure of the totals,
  int digits = 5;                     // to this many significant digits (0: exactly)
  std::vector<Budget> budgets;
  std::string bib;  // write the bibliography here, if set
  std::string cluster;                // --cluster FILE (sacct)
  std::vector<std::string> group_by;  // --group-by: user, account, partition, month
  std::string series;                 // --intensity-series FILE: each job against it, from its start
};

// Runs every row with `defaults` (the options, already checked) under it. Returns the exit status:
// 0, 6 (some rows failed) or 7 (a budget exceeded).
int run_jobs(System& system, const JobsRequest& request, const Catalog& catalog, const RequestText& defaults);

}  // namespace mlcarbon
