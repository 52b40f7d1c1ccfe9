// `estimate --jobs FILE`: every row of a jobs file through the same parse and estimate as one job,
// streamed to the output; bad rows on stderr; totals, budgets and the bibliography at the end.
#include <memory>

#include <fmt/format.h>

#include "cli/cli_jobs.h"

#include "util/numbers.h"
#include "input/job_runner.h"
#include "render/render_jobs.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// Errors of the jobs file name the option: "--jobs: cannot read 'runs.csv': ...".
template <typename F>
auto jobs_io(F f) {
  try {
    return f();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::io) throw;
    throw Error(ErrorKind::io, fmt::format("--jobs: {}", e.what()));
  }
}

// Rows in, results out: runs each row, writes its result, reports bad rows on stderr.
class JobsRun final : public JobSink {
 public:
  // `hold`: print nothing before the end (a document that a bad row under --strict would cut short).
  JobsRun(System& system, const Catalog& catalog, const RequestText& defaults, JobOutput* output, std::string file, bool strict,
          bool cite, bool hold)
      : system_(system), runner_(catalog, defaults), output_(output), file_(std::move(file)), strict_(strict), cite_(cite), hold_(hold) {}

  void row(const JobRow& row) override {
    try {
      const JobResult job = runner_.run(row);
      runner_.count(job);
      if (cite_) cited_.add(job.estimate);
      if (output_ != nullptr) output_->job(job);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) throw;
      bad_row(JobError{row.line, e.kind(), e.what()});
    }
    flush(false);
  }

  void bad_row(const JobError& error) override {
    if (strict_) {
      if (!hold_) flush(true);  // the whole lines of the good rows before it
      throw Error(error.kind, fmt::format("{}:{}: {}", file_, error.line, error.message));
    }
    runner_.count_failure();
    system_.err(fmt::format("mlcarbon: error: {}:{}: {}\n", file_, error.line, error.message));
    if (output_ != nullptr) output_->error(error);
  }

  void flush(bool always) {
    if (output_ == nullptr) return;
    std::string& pending = output_->pending();
    if (always || (!hold_ && pending.size() >= (1u << 18))) {
      system_.out(pending);
      pending.clear();
    }
  }

  const JobTotals& totals() const { return runner_.totals(); }
  const CitationList& cited() const { return cited_; }

 private:
  System& system_;
  JobRunner runner_;
  JobOutput* output_;
  std::string file_;
  bool strict_;
  bool cite_;
  bool hold_;
  CitationList cited_;
};

JobsFormat jobs_format_of(const JobsRequest& r, std::string_view first_bytes) {
  if (r.format.empty()) return guess_jobs_format(r.path, first_bytes);
  const std::string f = to_lower(trim(r.format));
  if (f != "csv" && f != "jsonl") {
    throw Error(ErrorKind::usage, fmt::format("--jobs-format: {} is not a format; expected csv or jsonl", quote(r.format)));
  }
  return f == "csv" ? JobsFormat::csv : JobsFormat::jsonl;
}

}  // namespace

int run_jobs(System& system, const JobsRequest& r, const Catalog& catalog, const RequestText& defaults) {
  const std::unique_ptr<System::Stream> file = jobs_io([&] { return system.open(r.path); });
  const std::string label = r.path == "-" ? "stdin" : r.path;
  std::vector<char> buffer(1 << 20);
  const auto read = [&] { return jobs_io([&] { return file->read(buffer.data(), buffer.size()); }); };
  std::size_t got = read();
  const JobsFormat format = jobs_format_of(r, std::string_view(buffer.data(), got));
  std::unique_ptr<JobOutput> output = r.value == nullptr ? make_job_output(r.format_out, catalog, r.totals_only, r.options) : nullptr;
  // Under --strict a bad row ends the run: the formats whose output is one document (JSON, the
  // appendices) are held until the end, so that a bad row leaves nothing rather than half a
  // document; text, CSV and JSON Lines stream (every line printed is whole).
  const bool document = r.format_out != Format::text && r.format_out != Format::csv && r.format_out != Format::jsonl;
  JobsRun run(system, catalog, defaults, output.get(), label, r.strict, !r.bib.empty(), r.strict && document);
  JobReader reader(format, run, label);
  while (got > 0) {
    reader.feed(std::string_view(buffer.data(), got));
    got = read();
  }
  reader.finish();
  const JobTotals& totals = run.totals();
  if (output) {
    output->end(totals, catalog);
    run.flush(true);
  } else {
    system.out(rounded(r.value->of_totals(totals), r.digits) + "\n");
  }
  if (!r.bib.empty()) write_bib(system, r.bib, run.cited(), r.options.equivalents);
  if (check_budgets(system, r.budgets, totals.all.co2e_kg, totals.all.energy_kwh, r.value != nullptr)) return kExitBudgetExceeded;
  return totals.failed > 0 ? kExitJobsFailed : 0;
}

}  // namespace mlcarbon
