// Text output of an estimate: a headline, the factor-by-factor breakdown, provider statements
// and the assumptions, for a person to read and check.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/equivalents.h"
#include "render/compat_table.h"
#include "render/explain.h"
#include "render/render.h"
#include "render/render_internal.h"
#include "render/table.h"
#include "util/numbers.h"

namespace mlcarbon {

namespace {

// "1,289,376 kg CO2e (1,289 t)" for masses and energies big enough to read better in larger units.
std::string with_larger_unit(double value, std::string_view unit) {
  std::string out = fmt::format("{} {}", human(value), unit);
  if (unit == "kg CO2e" && value >= 1000) out += fmt::format(" ({} t)", human(value / 1000));
  if (unit == "kWh" && value >= 1000) out += fmt::format(" ({} MWh)", human(value / 1000));
  return out;
}

// "8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1", with the place's title after its key
// unless `short_place`.
std::string headline(const Estimate& e, bool short_place = false) {
  std::string where = "a private site";
  if (e.location.grid != nullptr) {
    where = location_key(e.location);
    if (!short_place) {
      where += fmt::format(" ({})", e.location.region != nullptr ? region_title(*e.location.region) : std::string(e.location.grid->name));
    }
  }
  return fmt::format("{} in {}", job_description(e), where);
}

// Whose figure the grid intensity is: the region's own (a provider's), else its grid's.
std::string intensity_place(const Estimate& e) {
  if (e.intensity_origin() == Origin::region) return location_key(e.location);
  return e.location.grid->kind == GridKind::world ? "world average" : std::string(e.location.grid->id);
}

std::string summary(const Estimate& e) {
  std::string out = fmt::format("  energy      {}  (facility, PUE {} included)\n", with_larger_unit(e[Term::energy_kwh], "kWh"),
                                human(e[Term::pue]));
  out += fmt::format("  emissions   {}  (gross, location-based; grid intensity on a {} basis)\n", with_larger_unit(e[Term::co2e_kg], "kg CO2e"),
                     to_string(e.basis));
  out += fmt::format("  net         {}  (after {} kg CO2e of offsets bought)\n", with_larger_unit(e[Term::net_co2e_kg], "kg CO2e"),
                     human(e[Term::offset_kg]));
  const Uncertainty& u = e.range;
  if (!u.factors.empty()) {
    out += fmt::format("  range       {} to {} kg CO2e  (interval bounds; widest factor: {})\n", human(u.co2e_low),
                       human(u.co2e_high), range_factor_words(u.factors.front().factor));
  }
  if (e.has(Term::market_co2e_kg)) {
    out += fmt::format("  market      {}  (market-based: the provider's carbon-free share removed)\n",
                       with_larger_unit(e[Term::market_co2e_kg], "kg CO2e"));
  }
  if (e[Term::embodied_kg] > 0) {
    out += fmt::format("  embodied    {}  (manufacturing, amortised); total with embodied {}\n",
                       with_larger_unit(e[Term::embodied_kg], "kg CO2e"), with_larger_unit(e[Term::total_with_embodied_kg], "kg CO2e"));
  }
  return out;
}

std::string breakdown_table(const Estimate& e) {
  Table table({Table::Align::left, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"factor", "value", "unit", "source / how it is computed"});
  for (const Factor& f : breakdown(e)) {
    table.add({std::string(f.label), human(f.value), std::string(f.unit), f.formula.empty() ? f.source : "= " + f.formula});
  }
  return "Breakdown:\n" + table.render();
}

std::string range_table(const Estimate& e) {
  const Uncertainty& u = e.range;
  if (u.factors.empty()) return {};
  Table ranges({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::right, Table::Align::left});
  ranges.add({"factor", "low", "high", "kg CO2e", "basis"});
  for (const FactorRange& f : u.factors) {
    ranges.add({std::string(range_factor_words(f.factor)), human(f.low), human(f.high),
                fmt::format("{} to {}", human(f.co2e_low), human(f.co2e_high)), range_basis(f, e)});
  }
  return fmt::format("\nRange ({} to {} kg CO2e; each factor alone, then all at their ends):\n{}", human(u.co2e_low),
                     human(u.co2e_high), ranges.render());
}

}  // namespace

std::string equivalents_text(double co2e_kg, const RenderOptions& options) {
  if (!options.equivalents) return {};
  Table table({Table::Align::right, Table::Align::left, Table::Align::left});
  for (const Equivalent& q : equivalents()) {
    table.add({human(co2e_kg / q.kg_co2e_per_unit), std::string(q.label), describe(*q.source)});
  }
  return fmt::format("\nEquivalents of the gross emissions ({} kg CO2e):\n{}", human(co2e_kg), table.render());
}

namespace {

// The numbered works of the short view, in the order of first mention.
struct References {
  std::vector<const Source*> sources;
  std::string mark(const Source* s) {
    if (s == nullptr) return {};
    auto it = std::find(sources.begin(), sources.end(), s);
    if (it == sources.end()) it = sources.insert(sources.end(), s);
    return fmt::format(" [{}]", it - sources.begin() + 1);
  }
};

// Where an input came from, in a few words and a reference (the full sentence is in -v).
std::string short_origin(const Estimate& e, const Factor& f, Term t, References& refs) {
  const Source* source = e.source(t);
  switch (e.origin(t)) {
    case Origin::given:
    case Origin::setting:
    case Origin::implied: return f.source;
    case Origin::builtin: {
      const std::string text = f.source.substr(0, std::min(f.source.find(" ("), f.source.find(": ")));
      return text + refs.mark(source);
    }
    case Origin::hardware:
      if (t == Term::power_w) return std::string(power_kind_words(e.power_kind)) + refs.mark(source);
      break;
    case Origin::site: return fmt::format("site, {}{}", e.pue_figure ? e.pue_figure->year : 0, refs.mark(source));
    case Origin::provider:
      return fmt::format("{} fleet, {}{}", e.location.region != nullptr ? e.location.region->provider->id : "provider",
                         e.pue_figure ? e.pue_figure->year : 0, refs.mark(source));
    case Origin::industry: return fmt::format("industry average, {}{}", e.pue_figure ? e.pue_figure->year : 0, refs.mark(source));
    case Origin::region:
    case Origin::grid: return fmt::format("{}, {}{}", intensity_place(e), e.intensity_figure ? e.intensity_figure->year : 0, refs.mark(source));
    default: break;
  }
  const std::string text = f.source.substr(0, f.source.find(": "));
  return text + refs.mark(source);
}

// The rows of the short view: the inputs and the results that make the figure, not the parts of
// a basis conversion or the figures the summary already gives.
bool short_row(std::string_view name) {
  for (const std::string_view skip : {"published_intensity_g_per_kwh", "basis_conversion_g_per_kwh", "net_co2e_kg", "market_co2e_kg",
                                      "embodied_kg", "total_with_embodied_kg", "offset_surplus_kg", "cfe"}) {
    if (name == skip) return false;
  }
  return true;
}

}  // namespace

// --intensity-series: the run hour by hour, beside the annual figure.
std::string series_percent(const SeriesReport& s) {
  if (!(s.annual_co2e_kg > 0)) return "";
  const double p = s.difference_kg() / s.annual_co2e_kg * 100;
  return fmt::format("{}{} %", p > 0 ? "+" : "", human(p));
}

std::string series_text(const SeriesReport& s) {
  const IntensitySeries& series = *s.series;
  std::string out = fmt::format("\nHour by hour (--intensity-series {}: {}, {}):\n", s.file, series.format, series.description);
  Table table({Table::Align::left, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"run", fmt::format("{} h", human(s.hours)),
             fmt::format("{} to {}", format_utc(s.start), format_utc(after_hours(s.start, s.hours))),
             fmt::format("{} of the series' intervals", s.result.intervals)});
  table.add({"intensity", human(s.result.mean_g_per_kwh), "gCO2e/kWh", "the mean over the run's hours, as the series gives it"});
  table.add({"emissions", human(s.result.co2e_kg), "kg CO2e", "the facility energy spread evenly over the hours x each hour's figure"});
  table.add({"annual", human(s.annual_co2e_kg), "kg CO2e", "the estimate above (the annual average)"});
  table.add({"difference", human(s.difference_kg()), "kg CO2e", series_percent(s)});
  return out + table.render();
}

std::string render_estimate_short(const Estimate& e, const RenderOptions& options) {
  std::string out = fmt::format("mlcarbon {}: {}\n\n", options.run != nullptr ? "run" : "estimate", headline(e, true));
  out += fmt::format("  energy     {}  facility, PUE {}\n", with_larger_unit(e[Term::energy_kwh], "kWh"), human(e[Term::pue]));
  out += fmt::format("  emissions  {}  gross, location-based, {} basis\n", with_larger_unit(e[Term::co2e_kg], "kg CO2e"), to_string(e.basis));
  if (e[Term::offset_kg] > 0) {
    out += fmt::format("  net        {}  after {} kg CO2e of offsets\n", with_larger_unit(e[Term::net_co2e_kg], "kg CO2e"),
                       human(e[Term::offset_kg]));
  }
  if (!e.range.factors.empty()) {
    out += fmt::format("  range      {} to {} kg CO2e  widest: {}\n", human(e.range.co2e_low), human(e.range.co2e_high),
                       range_factor_words(e.range.factors.front().factor));
  }
  if (e.has(Term::market_co2e_kg)) {
    out += fmt::format("  market     {} kg CO2e  the provider's carbon-free share removed\n", human(e[Term::market_co2e_kg]));
  }
  if (e[Term::embodied_kg] > 0) {
    out += fmt::format("  embodied   {} kg CO2e  manufacturing; {} kg CO2e in all\n", human(e[Term::embodied_kg]),
                       human(e[Term::total_with_embodied_kg]));
  }
  if (options.series != nullptr) {
    const SeriesReport& s = *options.series;
    out += fmt::format("  hourly     {}  at {} g/kWh over the run's hours ({} vs annual)\n", with_larger_unit(s.result.co2e_kg, "kg CO2e"),
                       human(s.result.mean_g_per_kwh), series_percent(s));
  }
  References refs;
  Table table({Table::Align::left, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"factor", "value", "unit", "from"});
  for (const Factor& f : breakdown(e)) {
    const Term t = f.term;
    if (!short_row(f.name) || (t == Term::offset_kg && f.value == 0)) continue;
    std::string from;
    if (!f.formula.empty()) {
      from = "= " + f.formula;
      // A converted intensity: the published figure's work, with the conversion.
      if (t == Term::intensity_g_per_kwh && e.converted()) {
        from = fmt::format("{} {}, {} to {}{}", intensity_place(e), e.intensity_figure ? e.intensity_figure->year : 0,
                           to_string(e.intensity_figure ? e.intensity_figure->basis : e.basis), to_string(e.basis),
                           refs.mark(e.source(Term::published_intensity_g_per_kwh)));
      }
    } else {
      from = short_origin(e, f, t, refs);
    }
    const std::string_view label = f.label.substr(0, f.label.find(" ("));  // "emissions", not "emissions (location-based)"
    table.add({std::string(label), human(f.value), std::string(f.unit), from});
  }
  out += "\n" + table.render();
  if (!refs.sources.empty()) {
    out += "\n";
    for (std::size_t i = 0; i < refs.sources.size(); ++i) {
      // The title up to its parenthesis, then who and when: "eGRID2023 (US Environmental Protection Agency, 2025)".
      const Source& w = *refs.sources[i];
      const std::string_view title = w.title.substr(0, w.title.find(" ("));
      out += fmt::format("  [{}] {} ({}{}{})\n", i + 1, title, w.publisher, w.publisher.empty() ? "" : ", ", w.year);
    }
  }
  // What changes a reader's judgement, in one line; the rest is in the full report.
  std::string tail = "-v: full report, sources, assumptions";
  if (e.power_kind == PowerKind::tdp && e.origin(Term::power_w) == Origin::hardware && e[Term::utilization] == 1) {
    tail = "TDP is a maximum (-u, --power). " + tail;
  }
  out += "  " + tail + "\n";
  std::string result = fit_lines(out, options.width);
  // Defaults taken and data not built in are named in full (file and key, variable, directory):
  // wrapped at the width, never cut.
  for (const std::string& note : provenance_notes(options)) result += wrap_text(note, options.width, "  ", "    ");
  return result;
}

std::string render_estimate_brief(const Estimate& e) {
  // 1: the job and its result; 2: the figures it rests on, with their year; 3: what else counts.
  const std::string device = e.hardware != nullptr ? std::string(e.hardware->id) : fmt::format("{} W device(s)", human(e[Term::power_w]));
  const std::string where = e.location.grid != nullptr ? location_key(e.location) : "a private site";
  std::string out = e.energy_given() || e.accelerator_free() ? fmt::format("{} kWh, {} kg CO2e: {}, {}\n", human(e[Term::energy_kwh]), human(e[Term::co2e_kg]),
                                                   job_description(e, true), where)
                                     : fmt::format("{} kWh, {} kg CO2e: {} x {}, {} h, {}\n", human(e[Term::energy_kwh]),
                                                   human(e[Term::co2e_kg]), e.count, device, human(e[Term::hours]), where);
  std::string grid = fmt::format("grid {} gCO2e/kWh", human(e[Term::intensity_g_per_kwh]));
  if (e.intensity_figure) {
    grid += fmt::format(" ({} {}, {})", intensity_place(e), e.intensity_figure->year, to_string(e.basis));
  } else {
    grid += fmt::format(" (given, {})", to_string(e.basis));
  }
  const std::string_view pue_from = pue_origin_name(e) == "user" ? "given" : pue_origin_name(e);
  out += fmt::format("PUE {} ({}), {}\n", human(e[Term::pue]), pue_from, grid);
  std::vector<std::string> more;
  if (!e.range.factors.empty()) more.push_back(fmt::format("range {} to {} kg CO2e", human(e.range.co2e_low), human(e.range.co2e_high)));
  if (e[Term::offset_kg] > 0) more.push_back(fmt::format("net {} kg CO2e after offsets", human(e[Term::net_co2e_kg])));
  if (e.has(Term::market_co2e_kg)) more.push_back(fmt::format("market-based {} kg CO2e", human(e[Term::market_co2e_kg])));
  if (e[Term::embodied_kg] > 0) more.push_back(fmt::format("embodied {} kg CO2e", human(e[Term::embodied_kg])));
  if (!more.empty()) out += fmt::format("{}\n", fmt::join(more, "; "));
  return out;
}

std::string render_estimate_text(const Estimate& e, const RenderOptions& options) {
  std::string out = fmt::format("mlcarbon {}: {}\n\n", options.run != nullptr ? "run" : "estimate", headline(e));
  out += summary(e) + "\n" + breakdown_table(e);
  const std::vector<Statement> statements = statements_of(e);
  if (!statements.empty()) {
    out += "\nProvider statements (reported beside the gross figure, not subtracted):\n";
    for (const Statement& s : statements) {
      out += fmt::format("  - {} [{}; {}]\n", statement_text(s), s.year(), describe(*s.source()));
    }
  }
  out += range_table(e);
  out += equivalents_text(e[Term::co2e_kg], options);
  if (options.series != nullptr) out += series_text(*options.series);
  if (options.compat != nullptr) out += compat_text(*options.compat);
  std::vector<std::string> assumptions = notes(e);
  for (std::string& note : provenance_notes(options)) assumptions.push_back(std::move(note));
  if (!assumptions.empty()) {
    out += "\nAssumptions:\n";
    for (const std::string& note : assumptions) out += fmt::format("  - {}\n", note);
  }
  return out;
}

std::string render_run_text(const RunReport& run, std::size_t width) {
  std::string command;
  for (const std::string& word : run.command) command += (command.empty() ? "" : " ") + word;
  const std::string status = run.exit_status > 128 ? fmt::format("ended by signal {}, exit status {}", run.exit_status - 128, run.exit_status)
                                                    : fmt::format("exit status {}", run.exit_status);
  std::string out = "\n" + wrap_text(fmt::format("Measured by mlcarbon run: `{}` ({} s, {}{})", command, human(run.seconds), status,
                                                 run.interrupted ? ", interrupted" : ""),
                                     width, "  ", "    ");
  Table table({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left});
  table.add({"part", "energy", "mean power", "how"});
  for (const RunPart& p : run.parts) {
    table.add({p.name, fmt::format("{} Wh", human(p.kwh * 1000)),
               run.sampled_s > 0 ? fmt::format("{} W", human(p.kwh * 3.6e6 / run.sampled_s)) : "-", p.how});
  }
  out += fit_lines(table.render(), width) + "\n";
  for (const std::string& note : run.notes) out += wrap_text(note, width, "  - ", "    ");
  out += fmt::format("  The sampler used {} s of CPU time ({}% of one core).\n", human(run.sampler_cpu_s),
                     human(run.sampled_s > 0 ? run.sampler_cpu_s / run.sampled_s * 100 : 0));
  return out;
}

}  // namespace mlcarbon
