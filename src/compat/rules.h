// What the compat units share: one tool's figures with the rule behind each, the facts of the
// tool, and the wording helpers every tool uses. Internal to src/compat.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compat/compat.h"

namespace mlcarbon::compat {

struct ToolInfo {
  CompatTool tool;
  std::string_view id, name, reference;  // the versions are the modes' (ModeInfo)
  CompatFallback fallback;
};
const ToolInfo& info(CompatTool tool);

// A mode of a tool: its name after the colon and the versions whose rules it follows.
struct ModeInfo {
  CompatTool tool;
  CompatMode mode;
  std::string_view id;       // "constant"; "threads" takes "=N"
  std::string_view version;  // which releases, since when
};
const ModeInfo& mode_info(const CompatChoice& choice);

// One tool's figures for the stated inputs, each with its rule in words and the numbers.
struct Figures {
  double accelerators_w = 0, cpu_w = 0, memory_w = 0, pue = 1, intensity = 0;
  double it_energy = 0, energy = 0, co2e = 0;
  std::string accelerators_rule, cpu_rule, memory_rule, pue_rule, intensity_rule, it_rule, energy_rule, co2e_rule;
  std::vector<std::string> notes;
  bool energy_done = false;  // the tool computed IT energy, energy and CO2e its own way (else the usual sum)
};

// What every tool's rules read: mlcarbon's estimate and how the place was given.
struct Job {
  const Estimate& e;
  const ToolInfo& tool;
  const CompatChoice& choice;
  bool fallback;  // no place given: the intensity is the tool's fallback

  double count() const { return e[Term::count]; }  // 0 without accelerators
  bool is(CompatMode mode) const { return choice.mode == mode; }
  double nodes() const { return e.instance != nullptr ? static_cast<double>(e.nodes) : 1.0; }
  bool stated_intensity() const { return e.origin(Term::intensity_g_per_kwh) == Origin::given && !fallback; }
  bool stated_pue() const { return e.origin(Term::pue) == Origin::given; }
  bool stated_power() const { return e.origin(Term::power_w) == Origin::given; }
  std::string place() const;  // "aws:us-east-1", or "the site"

  // The figures a tracker starts from: the intensity, and the GPUs as it measures them (NVML), the
  // stated power standing for the measurement.
  Figures measured() const;
  // The intensity rule of a tracker that looks the place up in `own_table`.
  void located_intensity_rule(Figures& f, std::string_view own_table) const;
};

std::string plural(double n, std::string_view one, std::string_view many);

Figures mlco2_rules(const Job& job);
Figures codecarbon_rules(const Job& job);
Figures carbontracker_rules(const Job& job);
Figures green_algorithms_rules(const Job& job);

}  // namespace mlcarbon::compat
