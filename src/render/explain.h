// The words of an estimate, in one place for every output that explains it (text, JSON's
// breakdown and notes, the appendix): each term's label, unit and source, each formula written
// with its numbers, the assumptions, the provider's statements and the range's bases.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/citations.h"
#include "core/estimate.h"
#include "core/uncertainty.h"

namespace mlcarbon {

// One line of the breakdown: a factor or an intermediate result.
struct Factor {
  std::string_view name;  // stable machine name, e.g. "it_energy_kwh"
  std::string_view label;  // for people, e.g. "IT energy"
  double value = 0;
  std::string_view unit;  // e.g. "kWh", "gCO2e/kWh", "" for a pure number
  std::string source;   // where an input came from (empty for a derived line)
  std::string formula;  // how a derived line is computed, with the numbers (empty for an input)
  Term term = Term::end_;  // the term the line shows
};

std::vector<Factor> breakdown(const Estimate& e);

// A formula of the estimate written with its numbers ("3.2 kW x 24 h").
std::string formula_text(const Estimate& e, Formula formula);
// The template it is written from, "{it_power_kw} kW x {hours} h" (for the tests that hold the
// words to the model).
std::string_view formula_template(Formula formula);
// The model in words, from the formulas: "devices x power per device x utilization x hours x PUE"
// (with the host's power where the estimate counts it).
std::string energy_in_words(bool with_host);
// How this estimate's energy was found, in words: energy_in_words(), or a reported energy x PUE.
std::string energy_method(const Estimate& e);

// The assumptions and defaults, in sentences.
std::vector<std::string> notes(const Estimate& e);
// The inputs left to defaults: "count", "utilization", "pue", "intensity", "cpu_utilization",
// "mfu", "precision".
std::vector<std::string_view> defaulted(const Estimate& e);
// A provider's statement as a sentence.
std::string statement_text(const Statement& statement);

// "power per device", "PUE", "grid intensity", "MFU".
std::string_view range_factor_words(RangeFactor factor);
// Where a factor's range comes from, with its source.
std::string range_basis(const FactorRange& range, const Estimate& e);

// "Title (Publisher, 2020)".
std::string describe(const Source& source);
// "TDP", "measured average", "estimate".
std::string_view power_kind_words(PowerKind kind);
// What ran: "8 x NVIDIA A100 SXM4 40 GB for 24 h" (devices by id with `ids`), or for a reported
// energy "1,200 kWh reported (8 x ... for 24 h)".
std::string job_description(const Estimate& e, bool ids = false);
// The host of a job without accelerators: "2 x Intel Xeon Platinum 8380 + 64 GB memory", or its
// instance type ("4 x aws:c6i.8xlarge").
std::string host_description(const Estimate& e, bool ids = false);
// "aws:us-east-1", "France (FR)" or "grid US-XX".
std::string location_label(const Location& location);
// "grid subregion", "state or province", "national average", "the provider's figure for its region".
std::string_view scope_words(IntensityScope scope);
// The works behind the per-fuel factors of a converted estimate's mix, described.
std::string factor_sources(const Estimate& e);

// Origins as machine output names them: "user", "hardware"; "user", "site", "provider",
// "default"; "user", "region", "grid".
std::string_view power_origin_name(const Estimate& e);
std::string_view pue_origin_name(const Estimate& e);
std::string_view intensity_origin_name(const Estimate& e);

}  // namespace mlcarbon
