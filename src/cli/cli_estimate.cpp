// The `estimate` command: one job from the options (or many from a jobs file, cli_jobs.cpp);
// budgets, a bare value for scripts, another tool's rules beside mlcarbon's, and BibTeX.
#include <memory>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "util/numbers.h"
#include "util/text.h"
#include "cli/cli_jobs.h"
#include "compat/compat.h"
#include "input/series_reader.h"

namespace mlcarbon {
namespace {

struct EstimateCommand {
  JobOptions job;
  TextOption jobs, jobs_format, value, digits, bib, training_type, compat, series, start, cluster;
  std::vector<std::string> budgets, group_by;
  bool strict = false, totals_only = false, quiet = false, with_equivalents = false, brief = false, verbose = false;

  void setup(Options& o) {
    job.setup(o);
    o.text(jobs, "--jobs", "FILE", "estimate every row of FILE (CSV with a header, or JSON Lines; - reads stdin)");
    o.text(jobs_format, "--jobs-format", "FORMAT",
           "the jobs file's: csv, jsonl, or sacct (SLURM's sacct --parsable2); default: by its name or first byte");
    o.text(cluster, "--cluster", "FILE", "with --jobs (sacct output, which it implies): the cluster's hardware, CPUs, PUE and grid by "
                                       "partition and node (JSON)");
    o.list(group_by, "--group-by", "KEY", "with --jobs-format sacct: totals by user, account, partition or month (repeat or comma-separate)");
    o.flag(strict, "--strict", "with --jobs: stop at the first bad row");
    o.flag(totals_only, "--totals-only", "with --jobs: print the totals, not each job");
    o.list(budgets, "--budget", "LIMIT", "fail (exit 7) above this: 50kg, 2t, 500g of CO2e, or 200kWh, 1MWh (default: MLCARBON_BUDGET)");
    o.text(value, "--value", "FIELD", "print only this number: energy_kwh, co2e_kg, net_co2e_kg, ...");
    o.flag(quiet, "-q,--quiet", "print only net_co2e_kg (like --value net_co2e_kg)");
    o.text(digits, "--digits", "N|full", "with --value or -q: significant digits (default 5), or full for the exact double");
    o.flag(brief, "--brief", "the result in at most three lines of text");
    o.flag(verbose, "-v,--verbose", "the full report: every factor's source, the range, provider statements, assumptions");
    o.text(bib, "--bib", "FILE", "write the BibTeX entries of the method papers and data sources used to FILE");
    o.flag(with_equivalents, "--equivalents", "compare the emissions with car km, flights, tree seedlings, phone charges");
    o.text(training_type, "--training-type", "TEXT", "model card: training_type (default pre-training)");
    o.text(series, "--intensity-series", "FILE",
           "grid intensities over time (CSV timestamp,g_per_kwh, or the Carbon Intensity API's JSON): the run's energy hour "
           "by hour, beside the annual figure; one run needs --start, jobs start at their own");
    o.text(start, "--start", "TIME", "when the run began, ISO 8601 with its zone (2024-03-01T12:00Z), for --intensity-series");
    o.text(compat, "--compat", "TOOL[:MODE]",
           "also compute as mlco2, codecarbon, carbontracker or green-algorithms would, line by line beside mlcarbon; "
           "modes: codecarbon:load (default), :constant, :threads=N, :no-cpu; carbontracker:detected (default), "
           ":simulated, :no-cpu, :v1");
  }

  std::vector<Budget> budget_limits(const Common& common) const {
    std::vector<Budget> out;
    if (!budgets.empty()) {
      for (const std::string& b : budgets) {
        out.push_back(parse_budget("--budget", b));
        // One of each kind: two limits on the same quantity would leave the reader guessing which holds.
        for (std::size_t i = 0; i + 1 < out.size(); ++i) {
          if (out[i].kind != out.back().kind) continue;
          throw Error(ErrorKind::usage, fmt::format("--budget is given twice for {} ({} and {}); give at most one of each kind, "
                                                    "a CO2e limit and an energy limit",
                                                    out[i].kind == Budget::Kind::co2e_kg ? "emissions" : "energy", out[i].text,
                                                    out.back().text));
        }
      }
    } else if (const auto& setting = common.settings.get("budget")) {
      out.push_back(parse_budget(setting->origin, setting->text));
    }
    return out;
  }

  bool bare() const { return quiet || value.given(); }

  std::optional<CompatChoice> compat_tool(Format format) const {
    if (!compat.given()) return std::nullopt;
    const CompatChoice tool = compat_choice_from_name(compat.value);
    if (jobs.given()) throw Error(ErrorKind::usage, "--compat compares one estimate; it does not apply to --jobs");
    if (bare()) throw Error(ErrorKind::usage, "--compat adds a table to the text or JSON output; it conflicts with --value and --quiet");
    if (format != Format::text && format != Format::json && format != Format::jsonl) {
      throw Error(ErrorKind::usage, fmt::format("--compat prints in text or json, not {}", format_name(format)));
    }
    return tool;
  }

  int run(const Common& common) const {
    const Format format = common.output;
    if (bib.given()) check_output_file(common.system, "--bib", bib.value);
    RenderOptions options;
    options.equivalents = with_equivalents;
    // The short view by default; --equivalents and --compat add sections of the full report.
    options.short_text = !verbose && !with_equivalents && !compat.given();
    if (options.short_text) options.width = common.text_width();
    if (training_type.given()) {
      if (const std::string why = unprintable(training_type.value); !why.empty()) {
        throw Error(ErrorKind::usage, fmt::format("--training-type: {}; expected printable UTF-8 text", why));
      }
      options.training_type = training_type.value;
    }
    const std::vector<Budget> limits = budget_limits(common);
    if (quiet && value.given()) throw Error(ErrorKind::usage, "--quiet and --value conflict: give one of them");
    const std::string value_name = value.given() ? value.value : "net_co2e_kg";
    if (digits.given() && !bare()) throw Error(ErrorKind::usage, "--digits applies to the one number of --value or -q");
    if (brief && verbose) throw Error(ErrorKind::usage, "--brief and --verbose conflict: give one of them");
    if (brief && (bare() || jobs.given() || compat.given() || with_equivalents || format != Format::text)) {
      throw Error(ErrorKind::usage, "--brief shortens the text output of one estimate; it does not go with --value, -q, --jobs, "
                                    "--compat, --equivalents or another --format");
    }
    const int significant = digits.given() ? parse_digits(digits.value) : kDefaultDigits;
    if (!jobs.given() && (strict || totals_only || jobs_format.given() || cluster.given() || !group_by.empty())) {
      throw Error(ErrorKind::usage, "--strict, --totals-only, --jobs-format, --cluster and --group-by need --jobs FILE");
    }
    std::vector<std::string> groups;
    for (const std::string& g : group_by) {
      for (std::size_t at = 0; at <= g.size();) {
        const std::size_t comma = std::min(g.find(',', at), g.size());
        groups.emplace_back(trim(std::string_view(g).substr(at, comma - at)));
        at = comma + 1;
      }
    }
    if (!groups.empty() && format != Format::text && format != Format::json && format != Format::jsonl && format != Format::csv) {
      throw Error(ErrorKind::usage, fmt::format("--group-by adds totals to text, json, jsonl or csv output, not {}", format_name(format)));
    }
    common.program_settings(options.settings);
    const RequestText text = job.text(common, &options.settings);
    if (budgets.empty()) {
      if (const auto& setting = common.settings.get("budget")) options.settings.push_back(SettingUsed{"budget", setting->text, setting->origin});
    }
    const std::optional<CompatChoice> tool = compat_tool(format);
    if (series.given() && jobs.given()) {
      // Each job from its own start: sacct's Start, or the start column of run --record.
      if (start.given()) throw Error(ErrorKind::usage, "--start is one run's; with --jobs each job starts at its own Start (sacct) or start column");
      if (bare()) throw Error(ErrorKind::usage, "--intensity-series adds figures to the jobs' output; it does not go with --value or -q");
      if (format != Format::text && format != Format::json && format != Format::jsonl && format != Format::csv) {
        throw Error(ErrorKind::usage, fmt::format("--intensity-series with --jobs prints in text, json, jsonl or csv, not {}", format_name(format)));
      }
    } else if (series.given() != start.given()) {
      throw Error(ErrorKind::usage, series.given() ? "--intensity-series needs --start TIME: when the run began (e.g. 2024-03-01T12:00Z)"
                                                   : "--start needs --intensity-series FILE: the grid's intensities over the run");
    }
    if (series.given() && !jobs.given() && (bare() || brief || (format != Format::text && format != Format::json))) {
      throw Error(ErrorKind::usage, "--intensity-series adds a section to the text or JSON output of one estimate; it does not go with "
                                    "--value, -q, --brief or another --format");
    }
    if (jobs.given()) {
      const ValueField* field_to_print = bare() ? &value_field(value_name, true) : nullptr;
      parse_request(text, Naming::options, false);  // the options' own values, checked once
      const Catalog catalog = common.catalog();
      options.data_origin = catalog.origin;
      if (series.given()) options.jobs_series = series.value;
      const JobsRequest r{jobs.value, jobs_format.given() ? jobs_format.value : std::string(), format, options, strict, totals_only,
                          field_to_print, significant, limits, bib.given() ? bib.value : std::string(), cluster.given() ? cluster.value : std::string(),
                          groups, series.given() ? series.value : std::string()};
      return run_jobs(common.system, r, catalog, text);
    }
    // Where the user names no place, --compat uses the tool's own fallback intensity.
    const bool use_fallback = tool && !text.has(Field::region) && !text.has(Field::intensity);
    const ValueField* field_to_print = bare() ? &value_field(value_name, false) : nullptr;
    Request request = parse_request(text, Naming::options, true, use_fallback);
    if (tool && request.energy_kwh) {
      throw Error(ErrorKind::usage, "--compat recomputes power x time by another tool's rules; a reported --energy-kwh has neither: "
                                    "leave one of them out");
    }
    if (use_fallback) request.intensity_g_per_kwh = compat_fallback(*tool).g_per_kwh;
    const Catalog catalog = common.catalog();
    options.data_origin = catalog.origin;
    const Estimate e = estimate(catalog, request);
    std::optional<CompatEstimate> compared;
    if (tool) {
      compared = compat_estimate(*tool, e, use_fallback);
      options.compat = &*compared;
    }
    IntensitySeries intensities;
    SeriesReport hourly;
    if (series.given()) {
      const std::int64_t began = parse_time("--start", start.value);
      if (!e.has(Term::hours)) {
        throw Error(ErrorKind::usage, "--intensity-series spreads the energy over the run's hours: give --hours or --duration");
      }
      intensities = read_intensity_series(named_io("--intensity-series", [&] { return common.system.read(series.value, kMaxDataFileBytes); }), series.value);
      hourly = SeriesReport{series.value, &intensities, began, e[Term::hours],
                            series_emissions(intensities, began, e[Term::hours], e[Term::energy_kwh]), e[Term::co2e_kg]};
      options.series = &hourly;
    }
    common.system.out(field_to_print != nullptr ? rounded(value_of(*field_to_print, e), significant) + "\n"
                      : brief                   ? render_estimate_brief(e)
                                                : render_estimate(e, catalog, format, options));
    if (bib.given()) {
      CitationList cited;
      cited.add(e);
      write_bib(common.system, bib.value, cited, with_equivalents);
    }
    return check_budgets(common.system, limits, e[Term::co2e_kg], e[Term::energy_kwh], bare()) ? kExitBudgetExceeded : 0;
  }
};

}  // namespace

Command estimate_command() {
  return make_command<EstimateCommand>("estimate", "energy and CO2e of a job, or of every job in a file, with its breakdown",
                                       kAllFormats, true);
}

}  // namespace mlcarbon
