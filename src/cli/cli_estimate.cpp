// The `estimate` command: one job from the options, or many from a jobs file; budgets, a bare
// value for scripts, and BibTeX for paper appendices.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "core/citations.h"
#include "core/compat.h"
#include "cli/cli_internal.h"
#include "core/equivalents.h"
#include "util/error.h"
#include "input/jobs.h"
#include "input/quantity.h"
#include "render/render_jobs.h"
#include "input/request.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

constexpr int kExitJobsFailed = 6;
constexpr int kExitBudgetExceeded = 7;

// The fields --value can print, and where each comes from.
struct ValueField {
  std::string_view name;
  double (*of_result)(const ModelResult&);
  double (*of_totals)(const JobTotals&);
};
constexpr ValueField kValueFields[] = {
    {"energy_kwh", [](const ModelResult& r) { return r.energy_kwh; }, [](const JobTotals& t) { return t.all.energy_kwh; }},
    {"it_energy_kwh", [](const ModelResult& r) { return r.it_energy_kwh; },
     [](const JobTotals& t) { return t.all.it_energy_kwh; }},
    {"co2e_kg", [](const ModelResult& r) { return r.co2e_kg; }, [](const JobTotals& t) { return t.all.co2e_kg; }},
    {"offset_kg", [](const ModelResult& r) { return r.offset_kg; }, [](const JobTotals& t) { return t.all.offset_kg; }},
    {"net_co2e_kg", [](const ModelResult& r) { return r.net_co2e_kg; }, [](const JobTotals& t) { return t.all.net_co2e_kg; }},
    {"device_hours", nullptr, [](const JobTotals& t) { return t.all.device_hours; }},
    {"jobs", nullptr, [](const JobTotals& t) { return static_cast<double>(t.all.jobs); }},
    {"failed", nullptr, [](const JobTotals& t) { return static_cast<double>(t.failed); }},
};

const ValueField& value_field(std::string_view name, bool jobs) {
  std::vector<std::string_view> names;
  for (const ValueField& f : kValueFields) {
    if (!jobs && f.of_result == nullptr) continue;
    if (iequals(f.name, trim(name))) return f;
    names.push_back(f.name);
  }
  throw Error(ErrorKind::usage, fmt::format("--value: {} is not a field; expected one of {}{}", quote(name),
                                            fmt::join(names, ", "), jobs ? "" : " (jobs, failed, device_hours with --jobs)"));
}

// What a budget is compared with: gross emissions or facility energy.
struct Measured {
  double co2e_kg;
  double energy_kwh;
};

// Prints the verdict of each budget on stderr; true when one is exceeded.
bool check_budgets(const std::vector<Budget>& budgets, const Measured& measured, bool quiet) {
  bool exceeded = false;
  for (const Budget& b : budgets) {
    const bool mass = b.kind == Budget::Kind::co2e_kg;
    const double value = mass ? measured.co2e_kg : measured.energy_kwh;
    const std::string_view unit = mass ? "kg CO2e" : "kWh";
    const std::string what = mass ? "gross emissions" : "facility energy";
    if (value > b.limit) {
      exceeded = true;
      const std::string share = b.limit > 0 ? fmt::format(" ({}%)", human((value - b.limit) / b.limit * 100)) : "";
      std::fprintf(stderr, "mlcarbon: budget exceeded: %s of %s %s are %s %s%s over the budget of %s\n", what.c_str(),
                   human(value).c_str(), std::string(unit).c_str(), human(value - b.limit).c_str(),
                   std::string(unit).c_str(), share.c_str(), b.text.c_str());
    } else if (!quiet) {
      const std::string share = b.limit > 0 ? fmt::format(" ({}% of it)", human(value / b.limit * 100)) : "";
      std::fprintf(stderr, "mlcarbon: within budget: %s of %s %s, budget %s%s\n", what.c_str(), human(value).c_str(),
                   std::string(unit).c_str(), b.text.c_str(), share.c_str());
    }
  }
  return exceeded;
}

// A jobs file or stdin, checked to be readable and not a directory.
std::unique_ptr<std::FILE, int (*)(std::FILE*)> open_jobs(const std::string& path) {
  if (path == "-") return {stdin, [](std::FILE*) { return 0; }};
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw Error(ErrorKind::io, fmt::format("--jobs: cannot read {}: {}", quote(path), std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) throw Error(ErrorKind::io, fmt::format("--jobs: cannot read {}: it is a directory, expected a file", quote(path)));
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw Error(ErrorKind::io, fmt::format("--jobs: cannot read {}: {}", quote(path), std::strerror(errno)));
  return {file, &std::fclose};
}

// Rows in, results out: runs each row, writes its result, reports bad rows on stderr.
class JobsRun final : public JobSink {
 public:
  JobsRun(const Catalog& catalog, const RequestText& defaults, JobOutput* output, std::string file, bool strict)
      : runner_(catalog, defaults), output_(output), file_(std::move(file)), strict_(strict) {}

  void row(const JobRow& row) override {
    try {
      const JobResult job = runner_.run(row);
      runner_.count(job);
      if (job.inputs.hardware != nullptr && job.inputs.power_origin == PowerOrigin::hardware) cited_.add(job.inputs.hardware->source);
      if (job.inputs.pue_figure) cited_.add(job.inputs.pue_figure->source);
      if (job.inputs.intensity_figure) cited_.add(job.inputs.intensity_figure->source);
      if (output_ != nullptr) output_->job(job);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) throw;
      bad_row(JobError{row.line, e.kind(), e.what()});
    }
    flush(false);
  }

  void bad_row(const JobError& error) override {
    if (strict_) throw Error(error.kind, fmt::format("{}:{}: {}", file_, error.line, error.message));
    runner_.count_failure();
    std::fprintf(stderr, "mlcarbon: error: %s:%zu: %s\n", file_.c_str(), error.line, error.message.c_str());
    if (output_ != nullptr) output_->error(error);
  }

  void flush(bool always) {
    if (output_ == nullptr) return;
    std::string& pending = output_->pending();
    if (always || pending.size() >= (1u << 18)) {
      write_out(pending);
      pending.clear();
    }
  }

  const JobTotals& totals() const { return runner_.totals(); }
  const CitationList& cited() const { return cited_; }

 private:
  JobRunner runner_;
  JobOutput* output_;
  std::string file_;
  bool strict_;
  CitationList cited_;
};

struct EstimateCommand {
  JobOptions job;
  TextOption jobs, jobs_format, value, bib, training_type, compat;
  std::vector<std::string> budgets;
  bool strict = false, totals_only = false, quiet = false, with_equivalents = false;

  void setup(Options& o) {
    job.setup(o);
    o.text(jobs, "--jobs", "FILE", "estimate every row of FILE (CSV with a header, or JSON Lines; - reads stdin)");
    o.text(jobs_format, "--jobs-format", "csv|jsonl", "the format of the jobs file (default: from its name or first byte)");
    o.flag(strict, "--strict", "with --jobs: stop at the first bad row");
    o.flag(totals_only, "--totals-only", "with --jobs: print the totals, not each job");
    o.list(budgets, "--budget", "LIMIT", "fail (exit 7) above this: 50kg, 2t, 500g of CO2e, or 200kWh, 1MWh (default: MLCARBON_BUDGET)");
    o.text(value, "--value", "FIELD", "print only this number: energy_kwh, co2e_kg, net_co2e_kg, ...");
    o.flag(quiet, "-q,--quiet", "print only net_co2e_kg (like --value net_co2e_kg)");
    o.text(bib, "--bib", "FILE", "write the BibTeX entries of the method papers and data sources used to FILE");
    o.flag(with_equivalents, "--equivalents", "compare the emissions with car km, flights, tree seedlings, phone charges");
    o.text(training_type, "--training-type", "TEXT", "model card: training_type (default pre-training)");
    o.text(compat, "--compat", "TOOL",
           "also compute as mlco2, codecarbon, carbontracker or green-algorithms would, line by line beside mlcarbon");
  }


  std::vector<Budget> budget_limits(const Common& common) const {
    std::vector<Budget> out;
    if (!budgets.empty()) {
      for (const std::string& b : budgets) out.push_back(parse_budget("--budget", b));
    } else if (const auto& setting = common.settings.get(Setting::budget)) {
      out.push_back(parse_budget(setting->origin, setting->text));
    }
    return out;
  }

  int run(const Common& common) const {
    const Format format = common.output_format();
    RenderOptions options;
    options.equivalents = with_equivalents;
    if (training_type.given()) options.training_type = training_type.value;
    const std::vector<Budget> limits = budget_limits(common);
    const bool bare = quiet || value.given();
    if (quiet && value.given()) throw Error(ErrorKind::usage, "--quiet and --value conflict: give one of them");
    const std::string value_name = value.given() ? value.value : "net_co2e_kg";
    if (!jobs.given() && (strict || totals_only || jobs_format.given())) {
      throw Error(ErrorKind::usage, "--strict, --totals-only and --jobs-format need --jobs FILE");
    }
    RequestText text = job.text(common);
    std::optional<CompatTool> compat_tool;
    if (compat.given()) {
      compat_tool = compat_tool_from_name(compat.value);
      if (jobs.given()) throw Error(ErrorKind::usage, "--compat compares one estimate; it does not apply to --jobs");
      if (bare) throw Error(ErrorKind::usage, "--compat adds a table to the text or JSON output; it conflicts with --value and --quiet");
      if (format != Format::text && format != Format::json && format != Format::jsonl) {
        throw Error(ErrorKind::usage, fmt::format("--compat prints in text or json, not {}", format_name(format)));
      }
    }
    if (jobs.given()) return run_jobs(common, format, options, text, limits, bare ? &value_field(value_name, true) : nullptr);

    // Where the user names no place, --compat uses the tool's own fallback intensity.
    std::string fallback_intensity;
    const bool use_fallback = compat_tool && !text[InputField::region] && !text[InputField::intensity];
    if (use_fallback) {
      fallback_intensity = fmt::format("{}", compat_fallback(*compat_tool).g_per_kwh);
      text[InputField::intensity] = fallback_intensity;
    }
    const ValueField* field_to_print = bare ? &value_field(value_name, false) : nullptr;
    const EstimateRequest request = parse_request(text, Naming::options, true);
    const Catalog catalog = common.catalog();
    const Estimate e = estimate(catalog, request);
    std::optional<CompatEstimate> compared;
    if (compat_tool) {
      compared = compat_estimate(*compat_tool, e.inputs, e.result, use_fallback);
      options.compat = &*compared;
    }
    write_out(field_to_print != nullptr ? fmt::format("{}\n", field_to_print->of_result(e.result))
                                        : render_estimate(e, catalog, format, options));
    if (bib.given()) {
      std::vector<const Source*> sources = sources_of(e.inputs, e.claims);
      if (with_equivalents) {
        CitationList list;
        for (const Source* s : sources) list.add(s);
        for (const Equivalent& q : equivalents()) list.add(q.source);
        sources = list.sources();
      }
      write_bib(sources);
    }
    return check_budgets(limits, {e.result.co2e_kg, e.result.energy_kwh}, bare) ? kExitBudgetExceeded : 0;
  }

  int run_jobs(const Common& common, Format format, const RenderOptions& options, const RequestText& text,
               const std::vector<Budget>& limits, const ValueField* field_to_print) const {
    parse_fields(text, Naming::options, false);  // the options' own values, checked once
    const Catalog catalog = common.catalog();
    auto file = open_jobs(jobs.value);
    const std::string label = jobs.value == "-" ? "stdin" : jobs.value;
    std::vector<char> buffer(1 << 20);
    std::size_t got = std::fread(buffer.data(), 1, buffer.size(), file.get());
    JobsFormat jobs_kind = guess_jobs_format(jobs.value, std::string_view(buffer.data(), got));
    if (jobs_format.given()) {
      const std::string f = to_lower(trim(jobs_format.value));
      if (f != "csv" && f != "jsonl") {
        throw Error(ErrorKind::usage, fmt::format("--jobs-format: {} is not a format; expected csv or jsonl", quote(jobs_format.value)));
      }
      jobs_kind = f == "csv" ? JobsFormat::csv : JobsFormat::jsonl;
    }
    std::unique_ptr<JobOutput> output = field_to_print == nullptr ? make_job_output(format, catalog, totals_only, options) : nullptr;
    JobsRun run(catalog, text, output.get(), label, strict);
    JobReader reader(jobs_kind, run, label);
    while (got > 0) {
      reader.feed(std::string_view(buffer.data(), got));
      got = std::fread(buffer.data(), 1, buffer.size(), file.get());
    }
    if (std::ferror(file.get())) throw Error(ErrorKind::io, fmt::format("--jobs: cannot read {}: {}", quote(label), std::strerror(errno)));
    reader.finish();
    const JobTotals& totals = run.totals();
    if (output) {
      output->end(totals, catalog);
      run.flush(true);
    } else {
      write_out(fmt::format("{}\n", field_to_print->of_totals(totals)));
    }
    if (bib.given()) {
      CitationList list = run.cited();
      if (options.equivalents) {
        for (const Equivalent& q : equivalents()) list.add(q.source);
      }
      write_bib(list.sources());
    }
    if (check_budgets(limits, {totals.all.co2e_kg, totals.all.energy_kwh}, field_to_print != nullptr)) return kExitBudgetExceeded;
    return totals.failed > 0 ? kExitJobsFailed : 0;
  }

  void write_bib(const std::vector<const Source*>& sources) const {
    const std::string text = render_bibtex(sources);
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(bib.value.c_str(), "wb"), &std::fclose);
    if (!out || std::fwrite(text.data(), 1, text.size(), out.get()) != text.size()) {
      throw Error(ErrorKind::io, fmt::format("--bib: cannot write {}: {}", quote(bib.value), std::strerror(errno)));
    }
  }
};

}  // namespace

Command estimate_command() {
  auto state = std::make_shared<EstimateCommand>();
  return Command{"estimate", "energy and CO2e of a job, or of every job in a file, with its breakdown",
                 [state](Options& o) { state->setup(o); }, [state](const Common& common) { return state->run(common); }};
}

}  // namespace mlcarbon
