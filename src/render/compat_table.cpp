#include "render/compat_table.h"

#include <cmath>

#include <fmt/format.h>

#include "render/json_writer.h"
#include "render/table.h"
#include "util/numbers.h"

namespace mlcarbon {

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

// "compat": null, or another tool's figures beside mlcarbon's (--compat).
void write_compat(JsonWriter& j, const CompatEstimate* c) {
  j.key("compat");
  if (c == nullptr) {
    j.null();
    return;
  }
  j.begin_object().field("tool", compat_tool_id(c->tool));
  j.key("mode");
  if (c->mode.empty()) j.null(); else j.value(c->mode);
  j.field("tool_name", c->tool_name).field("version", c->version);
  j.field("rules_from", c->reference).field("energy_kwh", c->energy_kwh).field("co2e_kg", c->co2e_kg);
  j.key("ratio").begin_object().field("co2e", c->ratios.co2e).field("it_energy", c->ratios.it_energy);
  j.field("pue", c->ratios.pue).field("intensity", c->ratios.intensity).field("rounding", c->ratios.rounding).end_object();
  j.key("lines").begin_array();
  for (const CompatLine& line : c->lines) {
    j.begin_object().field("name", line.name).field("label", line.label).field("unit", line.unit);
    j.field("tool", line.tool).field("mlcarbon", line.mlcarbon).field("rule", line.rule).end_object();
  }
  j.end_array().key("notes").begin_array();
  for (const std::string& note : c->notes) j.value(note);
  j.end_array().end_object();
}

}  // namespace mlcarbon
