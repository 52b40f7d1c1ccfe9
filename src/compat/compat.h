// `--compat TOOL`: the same stated inputs under another tool's own rules (its rounding, its
// default PUE, its CPU and memory models, its fallback intensity), line by line beside
// mlcarbon's, so that a number published with that tool can be reproduced and the difference
// explained. The rules and constants are restated from each tool's public source (facts and
// constants only; no code of theirs), one unit per tool; README ("Compatibility modes") says which
// version each follows. Each tool words its own rules: they are about its numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/estimate.h"

namespace mlcarbon {

enum class CompatTool { mlco2, codecarbon, carbontracker, green_algorithms };

// The modes a tool documents, chosen explicitly after a colon ("codecarbon:constant"); each tool's
// first mode is its default.
enum class CompatMode {
  standard,      // mlco2, green-algorithms: their one rule set
  cc_load,       // CodeCarbon: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3)
  cc_constant,   // CodeCarbon without psutil: half the TDP whatever the load
  cc_threads,    // CodeCarbon, a detected CPU missing from its table: 4 W per thread as its TDP
  cc_no_cpu,     // CodeCarbon, no CPU detected: its 85 W default TDP
  ct_detected,   // Carbontracker without RAPL: the detected CPU at half its TDP (one value a machine)
  ct_simulated,  // Carbontracker's simulated CPU and GPU: TDP x utilization, 0.5 by default
  ct_no_cpu,     // Carbontracker, an unidentified CPU: the mean TDP of its table / 2
  ct_v1,         // Carbontracker 1.1.7 to 1.2.5: PUE 1.55, fallback 475 g/kWh, no CPU without RAPL
};

struct CompatChoice {
  CompatTool tool = CompatTool::mlco2;
  CompatMode mode = CompatMode::standard;
  int threads = 0;  // cc_threads: the logical CPUs the tool counted
};

// "mlco2", "codecarbon", "carbontracker", "green-algorithms", each optionally ":MODE"
// ("codecarbon:constant", "codecarbon:threads=64", "carbontracker:simulated"); Error(usage) with
// the tools or the tool's modes otherwise.
CompatChoice compat_choice_from_name(std::string_view name);
std::string_view compat_tool_id(CompatTool tool);
// "load", "constant", "threads=64", "detected", "simulated", ...; "" for a tool's one rule set.
std::string compat_mode_name(const CompatChoice& choice);

// What the tool assumes when it cannot tell where the machine is, in gCO2e/kWh, with its words.
struct CompatFallback {
  double g_per_kwh;
  std::string_view what;
};
CompatFallback compat_fallback(const CompatChoice& choice);

// One line of the side-by-side table. Names are stable (JSON): accelerators_w, cpu_w, memory_w,
// overhead_w, it_energy_kwh, pue, energy_kwh, intensity_g_per_kwh, co2e_kg.
struct CompatLine {
  std::string_view name;
  std::string_view label;
  std::string_view unit;
  double tool = 0;
  double mlcarbon = 0;
  std::string rule;  // how the tool gets its value, with the numbers
};

// The tool's total over mlcarbon's, split into the factors that make it up (their product is
// the whole ratio; `rounding` is what is left, non-1 only where the tool rounds).
struct CompatRatios {
  double co2e = 1, it_energy = 1, pue = 1, intensity = 1, rounding = 1;
};

struct CompatEstimate {
  CompatTool tool = CompatTool::mlco2;
  std::string mode;            // compat_mode_name: "constant"; "" for a tool with one rule set
  std::string_view tool_name;  // "CodeCarbon"
  std::string_view version;    // the versions whose rules are applied, with the mode's
  std::string_view reference;  // where the rules come from
  std::vector<CompatLine> lines;
  double energy_kwh = 0;
  double co2e_kg = 0;
  CompatRatios ratios;
  std::vector<std::string> notes;  // inputs the tool would treat differently, in words

  std::string possessive_name() const;  // "CodeCarbon's", "Green Algorithms'"
};

// `intensity_is_fallback`: no location was given, and the intensity is the tool's fallback.
// Error(usage) for a job the tool cannot express (the ML CO2 calculator without accelerators).
CompatEstimate compat_estimate(const CompatChoice& choice, const Estimate& mlcarbon, bool intensity_is_fallback);

// JavaScript's Number(x.toFixed(2)), which the ML CO2 Impact calculator applies to each result:
// the exact binary value rounded to two decimals, halfway cases away from zero.
double js_round2(double x);

// CodeCarbon 3's memory model: DIMMs guessed from the size, 5 W each with less for each DIMM
// beyond 4, 8 and 16, at least 10 W (x86).
int codecarbon_dimm_count(double total_gb);
double codecarbon_ram_watts(double total_gb);

}  // namespace mlcarbon
