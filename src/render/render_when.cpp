#include "render/render_when.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/explain.h"
#include "render/json_writer.h"
#include "render/svg.h"
#include "render/table.h"
#include "util/numbers.h"
#include "util/text.h"
#include "version.h"

namespace mlcarbon {
namespace {

std::int64_t end_of(const StartPlan& p, std::int64_t start) { return after_hours(start, p.hours); }

std::string percent_of(double part, double whole) { return whole > 0 ? fmt::format("{} %", human(part / whole * 100)) : "-"; }

std::string when_text(const WhenReport& r) {
  const StartPlan& p = r.plan;
  std::string out = fmt::format("mlcarbon when: {}, {} kWh\n\n", job_description(r.estimate), human(p.energy_kwh));
  out += fmt::format("  best start  {} (ends {}): {} kg CO2e at {} gCO2e/kWh\n", format_utc(p.best.start), format_utc(end_of(p, p.best.start)),
                     human(p.best.co2e_kg), human(p.best.mean_g_per_kwh));
  out += fmt::format("  saves       {} kg CO2e ({}) against starting at {}, {} kg CO2e ({}) against the worst start\n",
                     human(p.saving_vs_first_kg()), percent_of(p.saving_vs_first_kg(), p.first.co2e_kg), format_utc(p.earliest),
                     human(p.saving_vs_worst_kg()), percent_of(p.saving_vs_worst_kg(), p.worst.co2e_kg));
  out += fmt::format("  window      starts from {} to {}: {} considered (the series' interval boundaries)\n", format_utc(p.earliest),
                     format_utc(p.latest), p.candidates);
  out += fmt::format("  series      {}: {}, {}, {} to {}\n", r.file, r.series.format, r.series.description, format_utc(r.series.begin()),
                     format_utc(r.series.end()));
  if (r.annual) {
    out += fmt::format("  annual      {} kg CO2e by the annual average ({} gCO2e/kWh)\n", human(r.estimate[Term::co2e_kg]),
                       human(r.estimate[Term::intensity_g_per_kwh]));
  }
  Table table({Table::Align::right, Table::Align::left, Table::Align::left, Table::Align::right, Table::Align::right});
  table.add({"rank", "start", "end", "gCO2e/kWh", "kg CO2e"});
  const auto row = [&](std::string label, const StartChoice& c) {
    table.add({std::move(label), format_utc(c.start), format_utc(end_of(p, c.start)), human(c.mean_g_per_kwh), human(c.co2e_kg)});
  };
  for (std::size_t i = 0; i < p.top.size(); ++i) row(fmt::format("{}", i + 1), p.top[i]);
  row("first", p.first);
  row("worst", p.worst);
  out += "\n" + table.render();
  out += "\n  The job's energy is spread evenly over its hours; each part is multiplied by the series' figure for its interval.\n";
  return out;
}

void write_choice(JsonWriter& j, std::string_view key, const StartPlan& p, const StartChoice& c) {
  if (!key.empty()) j.key(key);
  j.begin_object().field("start", format_utc(c.start)).field("end", format_utc(end_of(p, c.start)));
  j.field("mean_g_per_kwh", c.mean_g_per_kwh).field("co2e_kg", c.co2e_kg).end_object();
}

std::string when_json(const WhenReport& r) {
  const StartPlan& p = r.plan;
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion).field("mlcarbon_version", kVersion);
  j.key("job").begin_object().field("description", job_description(r.estimate, true)).field("hours", p.hours);
  j.field("energy_kwh", p.energy_kwh);
  j.key("annual_co2e_kg");
  if (r.annual) j.value(r.estimate[Term::co2e_kg]); else j.null();
  j.end_object();
  j.key("series").begin_object().field("file", r.file).field("format", r.series.format).field("description", r.series.description);
  j.field("start", format_utc(r.series.begin())).field("end", format_utc(r.series.end())).field("intervals", r.series.intervals.size());
  j.end_object();
  j.key("window").begin_object().field("earliest", format_utc(p.earliest)).field("latest", format_utc(p.latest));
  j.field("candidates", p.candidates).end_object();
  write_choice(j, "best", p, p.best);
  write_choice(j, "first", p, p.first);
  write_choice(j, "worst", p, p.worst);
  j.field("saving_vs_first_kg", p.saving_vs_first_kg()).field("saving_vs_worst_kg", p.saving_vs_worst_kg());
  j.key("top").begin_array();
  for (const StartChoice& c : p.top) write_choice(j, "", p, c);
  j.end_array().end_object();
  return j.finish();
}

}  // namespace

std::string render_when(const WhenReport& report, Format format) {
  return format == Format::json ? when_json(report) : when_text(report);
}

std::string render_when_svg(const WhenReport& r) {
  const IntensitySeries& s = r.series;
  const StartPlan& p = r.plan;
  constexpr double kWidth = 800, kHeight = 300, kLeft = 60, kRight = 20, kTop = 30, kBottom = 40;
  const double t0 = static_cast<double>(s.begin()), t1 = static_cast<double>(s.end());
  double g_max = 0;
  for (const IntensityInterval& in : s.intervals) g_max = std::max(g_max, in.g_per_kwh);
  g_max = g_max > 0 ? g_max * 1.1 : 1;
  const auto x = [&](double t) { return kLeft + (t - t0) / (t1 - t0) * (kWidth - kLeft - kRight); };
  const auto y = [&](double g) { return kTop + (1 - g / g_max) * (kHeight - kTop - kBottom); };
  std::string out = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
                                "font-family=\"sans-serif\" font-size=\"12\">\n",
                                kWidth, kHeight, kWidth, kHeight);
  out += fmt::format("<title>Grid intensity and the best start: {}</title>\n", xml_escape(r.file));
  out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  const double best_from = static_cast<double>(p.best.start), best_to = best_from + p.hours * 3600;
  out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#c8e6c9\"><title>best start {} ({} kg "
                     "CO2e)</title></rect>\n",
                     x(best_from), kTop, x(best_to) - x(best_from), kHeight - kTop - kBottom, format_utc(p.best.start),
                     human(p.best.co2e_kg));
  out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" stroke=\"#9e9e9e\" stroke-dasharray=\"4 3\"/>\n",
                     x(static_cast<double>(p.earliest)), kTop, kHeight - kBottom);
  std::string path;
  for (const IntensityInterval& in : s.intervals) {
    path += fmt::format("{}{:.1f},{:.1f} L{:.1f},{:.1f} ", path.empty() ? "M" : "L", x(static_cast<double>(in.from)), y(in.g_per_kwh),
                        x(static_cast<double>(in.to)), y(in.g_per_kwh));
  }
  out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"1.5\"/>\n", path);
  out += fmt::format("<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"black\"/>\n", kLeft, kTop, kHeight - kBottom);
  out += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"black\"/>\n", kLeft, kWidth - kRight, kHeight - kBottom);
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kLeft - 4, kTop + 4, human(g_max));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", kLeft - 4, kHeight - kBottom);
  out += fmt::format("<text x=\"{}\" y=\"{}\">gCO2e/kWh</text>\n", kLeft, kTop - 10);
  out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", kLeft, kHeight - kBottom + 16, format_utc(s.begin()));
  out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kWidth - kRight, kHeight - kBottom + 16, format_utc(s.end()));
  out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">best: {}</text>\n", (x(best_from) + x(best_to)) / 2,
                     kHeight - kBottom + 32, format_utc(p.best.start));
  out += "</svg>\n";
  return out;
}

}  // namespace mlcarbon
