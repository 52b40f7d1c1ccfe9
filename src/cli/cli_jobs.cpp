// `estimate --jobs FILE`: every row of a jobs file through the same parse and estimate as one job,
// streamed to the output; bad rows on stderr; totals, budgets and the bibliography at the end.
#include <memory>

#include <fmt/format.h>

#include "cli/cli_jobs.h"

#include "util/numbers.h"
#include "input/job_runner.h"
#include "input/quantity.h"
#include "input/sacct.h"
#include "input/series_reader.h"
#include "render/render_jobs.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// Rows in, results out: runs each row, writes its result, reports bad rows on stderr.
class JobsRun final : public JobSink {
 public:
  // `hold`: print nothing before the end (a document that a bad row under --strict would cut short).
  JobsRun(System& system, const Catalog& catalog, const RequestText& defaults, JobOutput* output, std::string file, bool strict,
          bool cite, bool hold, const std::vector<std::string>& group_by, const IntensitySeries* series)
      : system_(system), runner_(catalog, defaults, group_by), output_(output), file_(std::move(file)), strict_(strict), cite_(cite),
        hold_(hold), series_(series) {
    runner_.keep_totals_by_key(output != nullptr);  // --value prints the overall total only
  }

  void row(const JobRow& row) override {
    try {
      JobResult job = runner_.run(row);
      SeriesEmissions hourly;
      if (series_ != nullptr) price(row, job, hourly);
      runner_.count(job, row.context);
      if (cite_) cited_.add(job.estimate);
      if (output_ != nullptr) output_->job(job);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) throw;
      bad_row(JobError{row.line, e.kind(), e.what()});
    }
    flush(false);
  }

  void skipped(SkipReason reason) override { runner_.count_skipped(reason); }

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
    const std::string_view pending = output_->pending();
    if (always || (!hold_ && pending.size() >= (1u << 18))) {
      system_.out(pending);
      output_->written();
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
  const IntensitySeries* series_;

  // Each job against the series from its own start, its energy spread evenly or as run --record
  // measured it: sets job.series (to `hourly`), or job.series_note when it is counted at the
  // annual figure only.
  void price(const JobRow& row, JobResult& job, SeriesEmissions& hourly) {
    const std::optional<std::int64_t> start = row.context != nullptr ? row.context->start
                                              : row.start.empty()    ? std::nullopt
                                                                     : std::optional<std::int64_t>(parse_time("start", row.start));
    const Estimate& e = job.estimate;
    if (!start) {
      job.series_note = "no start time";
      return;
    }
    if (!e.has(Term::hours)) {
      job.series_note = "no hours";
      return;
    }
    if (!series_->covers(*start, after_hours(*start, e[Term::hours]))) {
      job.series_note = "outside the series";
      return;
    }
    if (row.profile.empty() && row.profile_step.empty()) {
      hourly = series_emissions(*series_, *start, e[Term::hours], e[Term::energy_kwh]);
    } else {
      profile_ = read_profile(row.profile_step, row.profile);
      const auto step = static_cast<std::int64_t>(profile_.step_s);
      if (!series_->covers(*start, *start + step * static_cast<std::int64_t>(profile_.parts.size()))) {
        job.series_note = "outside the series";
        return;
      }
      hourly = series_emissions(*series_, *start, step, profile_.parts, e[Term::energy_kwh]);
    }
    job.series = &hourly;
  }

  struct Profile {
    double step_s = 0;
    std::vector<double> parts;  // kWh a step, kept between rows
  } profile_;

  // profile_step_s and profile_kwh as run --record writes them; Error(usage) naming the column.
  Profile read_profile(std::string_view step_text, std::string_view parts_text) {
    Profile p{0, std::move(profile_.parts)};
    p.parts.clear();
    if (step_text.empty() || parts_text.empty()) {
      throw Error(ErrorKind::usage, "profile_step_s and profile_kwh go together (as run --record writes them)");
    }
    p.step_s = static_cast<double>(parse_whole("profile_step_s", step_text, Range{1, 86400, true, "whole seconds >= 1 and <= 86400"}));
    double sum = 0;
    for (std::size_t at = 0; at < parts_text.size();) {
      const std::size_t space = std::min(parts_text.find(' ', at), parts_text.size());
      if (space > at) {
        p.parts.push_back(parse_number("profile_kwh", parts_text.substr(at, space - at), Range{0, 1e9, true, "kWh >= 0 and <= 1000000000"}));
        sum += p.parts.back();
      }
      at = space + 1;
    }
    if (!(sum > 0)) throw Error(ErrorKind::usage, "profile_kwh: no energy in it; expected the kWh of each step, separated by spaces");
    return p;
  }
  CitationList cited_;
};

JobsFormat jobs_format_of(const JobsRequest& r, std::string_view first_bytes) {
  if (r.format.empty()) return !r.cluster.empty() ? JobsFormat::sacct : guess_jobs_format(r.path, first_bytes);
  const std::string f = to_lower(trim(r.format));
  if (f != "csv" && f != "jsonl" && f != "sacct") {
    throw Error(ErrorKind::usage, fmt::format("--jobs-format: {} is not a format; expected csv, jsonl or sacct", quote(r.format)));
  }
  return f == "csv" ? JobsFormat::csv : f == "jsonl" ? JobsFormat::jsonl : JobsFormat::sacct;
}

}  // namespace

int run_jobs(System& system, const JobsRequest& r, const Catalog& catalog, const RequestText& defaults) {
  const std::unique_ptr<System::Stream> file = named_io("--jobs", [&] { return system.open(r.path); });
  const std::string label = r.path == "-" ? "stdin" : r.path;
  std::vector<char> buffer(1 << 20);
  const auto read = [&] { return named_io("--jobs", [&] { return file->read(buffer.data(), buffer.size()); }); };
  std::size_t got = read();
  const JobsFormat format = jobs_format_of(r, std::string_view(buffer.data(), got));
  if (format != JobsFormat::sacct && (!r.cluster.empty() || !r.group_by.empty())) {
    throw Error(ErrorKind::usage, fmt::format("{} reads SLURM accounting: it needs --jobs-format sacct",
                                              r.cluster.empty() ? "--group-by" : "--cluster"));
  }
  std::optional<Cluster> cluster;
  if (!r.cluster.empty()) {
    const std::string text = named_io("--cluster", [&] { return system.read(r.cluster, kMaxDataFileBytes); });
    cluster = read_cluster(DataText{r.cluster, text});
  }
  std::optional<IntensitySeries> series;
  if (!r.series.empty()) {
    series = read_intensity_series(named_io("--intensity-series", [&] { return system.read(r.series, kMaxDataFileBytes); }), r.series);
  }
  std::optional<SacctRows> sacct;
  if (format == JobsFormat::sacct) sacct.emplace(cluster ? &*cluster : nullptr, defaults, label);
  RenderOptions options = r.options;
  options.accounting = format == JobsFormat::sacct;
  if (cluster) {
    options.cluster_file = r.cluster;
    options.cluster_name = cluster->name;
  }
  std::unique_ptr<JobOutput> output = r.value == nullptr ? make_job_output(r.format_out, catalog, r.totals_only, options) : nullptr;
  // Under --strict a bad row ends the run: the formats whose output is one document (JSON, the
  // appendices) are held until the end, so that a bad row leaves nothing rather than half a
  // document; text, CSV and JSON Lines stream (every line printed is whole).
  const bool document = r.format_out != Format::text && r.format_out != Format::csv && r.format_out != Format::jsonl;
  // sacct's rows carry the options already, layered with the cluster file's.
  JobsRun run(system, catalog, sacct ? RequestText() : defaults, output.get(), label, r.strict, !r.bib.empty(), r.strict && document,
              r.group_by, series ? &*series : nullptr);
  JobReader reader(format, run, label, sacct ? &*sacct : nullptr);
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
