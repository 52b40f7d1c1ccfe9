// A streaming reader of jobs files (CSV with a header, or JSON Lines): the caller feeds bytes in
// pieces of any size and gets rows and bad rows back through a JobSink; memory does not grow with
// the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/jobs.h"
#include "input/inputs.h"
#include "util/error.h"

namespace mlcarbon {

enum class JobsFormat { csv, jsonl, sacct };

// The format a jobs file is in: by its name (.csv, .jsonl, .ndjson) or, failing that, by its
// first non-blank bytes ('{' is JSON Lines; "JobID|", sacct --parsable2's header, is sacct).
JobsFormat guess_jobs_format(std::string_view file_name, std::string_view first_bytes);

// What an accounting file says of a job beyond its inputs: who ran it, where and when.
struct JobContext {
  std::string_view user, account, partition, month;  // month: "2024-03", of the start
  std::optional<std::int64_t> start;                  // seconds UTC
};

// One row of a jobs file: its line number and the text of each field it gives.
struct JobRow {
  std::size_t line = 0;
  RequestText text;
  std::string_view start;               // CSV and JSON Lines: the `start` column run --record writes, if any
  std::string_view profile_step, profile;  // and its measured energy over time: profile_step_s, profile_kwh
  const JobContext* context = nullptr;  // sacct: the row's accounting fields
};

enum class SkipReason { step, running, not_started };

class JobSink {
 public:
  virtual ~JobSink() = default;
  virtual void row(const JobRow& row) = 0;
  virtual void bad_row(const JobError& error) = 0;
  virtual void skipped(SkipReason) {}
};

// A reader of lines in a format of its own (sacct.h), fed by JobReader.
class LineRows {
 public:
  virtual ~LineRows() = default;
  virtual void line(std::size_t number, std::string_view text, JobSink& sink) = 0;
};

// Splits a jobs file into rows. The views in a JobRow are valid during the call of row() only.
// The header (CSV) must name known columns: an unknown or repeated column is an Error(usage)
// thrown from feed(). A row with too few or too many fields, an unterminated quote or (JSON Lines)
// a line that is not a flat JSON object is a bad_row(). A UTF-8 byte-order mark, CRLF line ends,
// blank lines and a last line without a newline are read.
class JobReader {
 public:
  // `label` names the file in the header's errors ("jobs.csv:1: unknown column ...").
  JobReader(JobsFormat format, JobSink& sink, std::string label, LineRows* rows = nullptr)
      : format_(format), sink_(sink), label_(std::move(label)), rows_(rows) {}
  // A line longer than this is a bad row, skipped without being kept in memory.
  static constexpr std::size_t kMaxLineBytes = 1 << 20;
  static constexpr std::size_t kMaxSkippedBytes = std::size_t{64} << 20;  // then it is not a jobs file
  void feed(std::string_view bytes);
  void finish();  // the last line, if it had no newline
  std::size_t lines() const { return line_; }

 private:
  void line(std::string_view text);
  void too_long();
  void csv_header(std::string_view text);
  void csv_row(std::string_view text);
  void csv_quoted_row(std::string_view text);
  void jsonl_row(std::string_view text);

  JobsFormat format_;
  JobSink& sink_;
  std::string label_;
  LineRows* rows_;  // JobsFormat::sacct
  std::string pending_;  // an incomplete line carried to the next feed()
  std::string scratch_;  // unescaped field text of the current line
  // What each column of a CSV header is: a field of the request, or one of run --record's columns
  // (its start and energy profile, the rest read and left aside). Empty until the header is read.
  struct Column {
    enum class Kind : std::uint8_t { field, start, profile_step, profile, aside } kind;
    Field field;
  };
  std::vector<Column> plan_;
  static void keep_record_value(JobRow& row, Column::Kind kind, std::string_view value);  // a run --record column's value
  std::vector<std::string_view> fields_;
  JobRow row_;  // the row being read, kept from one to the next (cleared, not built again)
  std::size_t line_ = 0;
  std::size_t skipped_ = 0;  // bytes of that line skipped so far
  bool open_quote_ = false;  // a CSV quoted field runs on past the end of its line
  bool skipping_ = false;  // inside a line that was too long
};

}  // namespace mlcarbon
