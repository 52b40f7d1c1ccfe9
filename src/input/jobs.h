// Many jobs in one run: a streaming reader of jobs files (CSV with a header, or JSON Lines) and a
// runner that estimates each row and keeps the totals. Pure: the caller feeds bytes and gets
// rows, results and errors back through callbacks; memory does not grow with the file.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/catalog.h"
#include "util/error.h"
#include "core/estimate.h"
#include "input/request.h"

namespace mlcarbon {

enum class JobsFormat { csv, jsonl };

// The format a jobs file is in: by its name (.csv, .jsonl, .ndjson) or, failing that, by its
// first non-blank byte ('{' is JSON Lines).
JobsFormat guess_jobs_format(std::string_view file_name, std::string_view first_bytes);

// One row of a jobs file: its line number and the text of each field it gives.
struct JobRow {
  std::size_t line = 0;
  RequestText text;
};

// A row that could not be read or estimated.
struct JobError {
  std::size_t line = 0;
  ErrorKind kind = ErrorKind::usage;
  std::string message;  // without the file and line prefix
};

class JobSink {
 public:
  virtual ~JobSink() = default;
  virtual void row(const JobRow& row) = 0;
  virtual void bad_row(const JobError& error) = 0;
};

// Splits a jobs file into rows. Feed it the bytes in pieces of any size; the views in a JobRow are
// valid during the call of row() only. The header (CSV) must name known columns: an unknown or
// repeated column is an Error(usage) thrown from feed(). A row with too few or too many fields,
// an unterminated quote or (JSON Lines) a line that is not a flat JSON object is a bad_row().
// A UTF-8 byte-order mark, CRLF line ends, blank lines and a last line without a newline are read.
class JobReader {
 public:
  // `label` names the file in the header's errors ("jobs.csv:1: unknown column ...").
  JobReader(JobsFormat format, JobSink& sink, std::string label) : format_(format), sink_(sink), label_(std::move(label)) {}
  // A line longer than this is a bad row, skipped without being kept in memory.
  static constexpr std::size_t kMaxLineBytes = 1 << 20;
  void feed(std::string_view bytes);
  void finish();  // the last line, if it had no newline
  std::size_t lines() const { return line_; }

 private:
  void line(std::string_view text);
  void too_long();
  void csv_header(std::string_view text);
  void csv_row(std::string_view text);
  void jsonl_row(std::string_view text);

  JobsFormat format_;
  JobSink& sink_;
  std::string label_;
  std::string pending_;  // an incomplete line carried to the next feed()
  std::string scratch_;  // unescaped field text of the current line
  std::vector<std::optional<InputField>> columns_;  // CSV header; empty until read
  std::vector<std::string_view> fields_;
  std::size_t line_ = 0;
  bool skipping_ = false;  // inside a line that was too long
};

// Sums of energy and emissions over jobs.
struct Totals {
  std::size_t jobs = 0;
  double device_hours = 0;
  double it_energy_kwh = 0;
  double energy_kwh = 0;
  double co2e_kg = 0;
  double offset_kg = 0;
  double net_co2e_kg = 0;
  double embodied_kg = 0;

  void add(const ModelInputs& in, const ModelResult& r);
};

// Totals per region and per device, keyed by the catalog entries so that adding a job
// allocates nothing (a null grid: a private site given by its intensity; a null device: a job
// given by its power only).
struct JobTotals {
  Totals all;
  std::size_t failed = 0;
  std::unordered_map<const Region*, Totals> by_region;
  std::unordered_map<const Grid*, Totals> by_grid;  // jobs placed by country or grid, not region
  std::unordered_map<const Hardware*, Totals> by_hardware;

  // Labelled and sorted by label: "aws:us-east-1", "country:FR", "-" (a private site).
  std::map<std::string, Totals> regions() const;
  // Sorted by device id; "-" for jobs given by their power only.
  std::map<std::string, Totals> hardware() const;
};

// A job's result: what was resolved and computed.
struct JobResult {
  std::size_t line = 0;
  std::string_view name;
  ResolvedInputs inputs;
  ModelResult result;
};

// Estimates rows: defaults (the command line's options) overlaid by each row's fields, names
// looked up once per distinct spelling.
class JobRunner {
 public:
  JobRunner(const Catalog& catalog, const RequestText& defaults) : catalog_(catalog), defaults_(defaults) {}
  // Throws Error (usage or not_found) naming the column; never leaves a partial total.
  JobResult run(const JobRow& row);
  void count(const JobResult& result);  // adds to the totals
  void count_failure() { ++totals_.failed; }
  const JobTotals& totals() const { return totals_; }

 private:
  // A name's lookup, kept with its error so that a repeated unknown name costs one hash lookup.
  template <typename T>
  struct Cached {
    T value{};
    std::optional<Error> error;
  };
  template <typename T>
  using Cache = std::unordered_map<std::string, Cached<T>>;
  // The value of find(catalog_, name), computed once per distinct name; a failure is rethrown.
  template <typename T, typename Find>
  T lookup(Cache<T>& cache, std::string_view name, Find find);

  const Catalog& catalog_;
  RequestText defaults_;
  std::unordered_map<std::string, Cached<const Hardware*>> hardware_cache_;
  std::unordered_map<std::string, Cached<Location>> location_cache_;
  std::unordered_map<std::string, Cached<const Instance*>> instance_cache_;
  std::string key_;  // reused lookup key
  JobTotals totals_;
};

}  // namespace mlcarbon
