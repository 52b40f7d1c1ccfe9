// Text output of an estimate: a headline, the factor-by-factor breakdown, provider statements
// and the assumptions, for a person to read and check.
#include <cmath>

#include <fmt/format.h>

#include "render/render.h"
#include "core/compat.h"
#include "render/render_internal.h"
#include "core/equivalents.h"
#include "render/table.h"

namespace mlcarbon {

namespace {

// "1,289,376 kg CO2e (1,289 t)" for masses and energies big enough to read better in larger units.
std::string with_larger_unit(double value, std::string_view unit) {
  std::string out = fmt::format("{} {}", human(value), unit);
  if (unit == "kg CO2e" && value >= 1000) out += fmt::format(" ({} t)", human(value / 1000));
  if (unit == "kWh" && value >= 1000) out += fmt::format(" ({} MWh)", human(value / 1000));
  return out;
}

std::string factor_words(std::string_view name) {
  if (name == "power") return "power per device";
  if (name == "pue") return "PUE";
  if (name == "intensity") return "grid intensity";
  if (name == "mfu") return "MFU";
  return std::string(name);
}

std::string headline(const Estimate& e) {
  const ResolvedInputs& in = e.inputs;
  const std::string device = in.hardware != nullptr ? std::string(in.hardware->name)
                                                    : fmt::format("device(s) at {} W", human(in.model.power_w));
  std::string where = "a private site";
  if (in.location.grid != nullptr) {
    where = location_key(in.location);
    if (in.location.region != nullptr) where += fmt::format(" ({})", region_title(*in.location.region));
    else where += fmt::format(" ({})", in.location.grid->name);
  }
  return fmt::format("{} x {} for {} h in {}", in.model.count, device, human(in.model.hours), where);
}

// Another tool's figures beside mlcarbon's, line by line, and the ratio split into its factors.
std::string compat_text(const CompatEstimate& c) {
  std::string out = fmt::format("\nAs {} would compute it ({}; its rules as stated in {}):\n", c.tool_name, c.version, c.reference);
  Table table({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"factor", std::string(c.tool_name), "mlcarbon", "unit", c.possessive_name() + " rule"});
  for (const CompatLine& line : c.lines) {
    table.add({std::string(line.label), human(line.tool), human(line.mlcarbon), std::string(line.unit), line.rule});
  }
  out += table.render();
  const CompatRatios& k = c.ratios;
  out += fmt::format("  {} CO2e is {} x mlcarbon's: IT energy x {}, PUE x {}, grid intensity x {}", c.possessive_name(), human(k.co2e),
                     human(k.it_energy), human(k.pue), human(k.intensity));
  out += std::abs(k.rounding - 1) > 1e-9 ? fmt::format(", rounding x {}\n", human(k.rounding)) : "\n";
  for (const std::string& note : c.notes) out += fmt::format("  - {}\n", note);
  return out;
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

std::string render_estimate_text(const Estimate& e, const RenderOptions& options) {
  const ModelResult& r = e.result;
  std::string out = fmt::format("mlcarbon estimate: {}\n\n", headline(e));
  out += fmt::format("  energy      {}  (facility, PUE {} included)\n", with_larger_unit(r.energy_kwh, "kWh"),
                     human(e.inputs.model.pue));
  out += fmt::format("  emissions   {}  (gross, location-based)\n", with_larger_unit(r.co2e_kg, "kg CO2e"));
  out += fmt::format("  net         {}  (after {} kg CO2e of offsets bought)\n", with_larger_unit(r.net_co2e_kg, "kg CO2e"),
                     human(r.offset_kg));
  const Uncertainty& u = e.uncertainty;
  if (!u.factors.empty()) {
    out += fmt::format("  range       {} to {} kg CO2e  (interval bounds; widest factor: {})\n", human(u.co2e_low),
                       human(u.co2e_high), factor_words(u.factors.front().name));
  }
  if (r.market_co2e_kg) {
    out += fmt::format("  market      {}  (market-based: the provider's carbon-free share removed)\n",
                       with_larger_unit(*r.market_co2e_kg, "kg CO2e"));
  }
  if (r.embodied_kg > 0) {
    out += fmt::format("  embodied    {}  (manufacturing, amortised); total with embodied {}\n",
                       with_larger_unit(r.embodied_kg, "kg CO2e"), with_larger_unit(r.total_with_embodied_kg, "kg CO2e"));
  }
  out += "\n";

  Table table({Table::Align::left, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"factor", "value", "unit", "source / how it is computed"});
  for (const Factor& f : e.breakdown) {
    table.add({f.label, human(f.value), f.unit, f.formula.empty() ? f.source : "= " + f.formula});
  }
  out += "Breakdown:\n" + table.render();

  if (!e.claims.empty()) {
    out += "\nProvider statements (reported beside the gross figure, not subtracted):\n";
    for (const ClaimNote& claim : e.claims) {
      out += fmt::format("  - {} [{}; {}]\n", claim.text, claim.year, describe(*claim.source));
    }
  }
  if (!u.factors.empty()) {
    Table ranges({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::right, Table::Align::left});
    ranges.add({"factor", "low", "high", "kg CO2e", "basis"});
    for (const FactorRange& f : u.factors) {
      ranges.add({factor_words(f.name), human(f.low), human(f.high), fmt::format("{} to {}", human(f.co2e_low), human(f.co2e_high)),
                  f.basis});
    }
    out += fmt::format("\nRange ({} to {} kg CO2e; each factor alone, then all at their ends):\n{}", human(u.co2e_low),
                       human(u.co2e_high), ranges.render());
  }
  out += equivalents_text(r.co2e_kg, options);
  if (options.compat != nullptr) out += compat_text(*options.compat);
  if (!e.notes.empty()) {
    out += "\nAssumptions:\n";
    for (const std::string& note : e.notes) out += fmt::format("  - {}\n", note);
  }
  return out;
}

}  // namespace mlcarbon
