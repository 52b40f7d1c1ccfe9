// Carbontracker (lfwa/carbontracker): GPUs by NVML, the CPU at half its TDP without RAPL (or its
// simulated components), no RAM without RAPL, a constant PUE (constants.py), by the chosen mode.
#include <fmt/format.h>

#include "compat/rules.h"
#include "util/numbers.h"

namespace mlcarbon::compat {
namespace {

// constants.py: PUE_2023 (used since v2.0.0, 2024-09-13); PUE_2022 (v1.1.7 to v1.2.5).
constexpr double kCarbontrackerPue = 1.58;
constexpr double kCarbontrackerPueV1 = 1.55;
// sim_cpu.py / sim_gpu.py: the utilization of a simulated component unless set.
constexpr double kSimulatedUtilization = 0.5;
// components/cpu/generic.py, an unidentified CPU: the mean TDP of data/cpu_power.csv / 2, over its
// 3,923 distinct models at commit 97ff1ef (2024-09-19; a range such as "27.29.5" read as the middle
// of 27.2 and 27.5 W, as it reads it): 71.224 W / 2.
constexpr double kCarbontrackerUnknownCpuW = 35.61209406066786;

// The CPU: one value for the machine (its handlers report the CPU model once, not per socket).
void carbontracker_cpu(const Job& job, Figures& f) {
  const Estimate& e = job.e;
  const bool stated = e.has_cpu();
  if (job.is(CompatMode::ct_v1)) {
    f.cpu_rule = "not counted: before v2.2.0 the CPU came only from RAPL";
    if (stated) f.notes.push_back("Carbontracker 1.x counts the CPU only where RAPL is readable; this column assumes it was not.");
    return;
  }
  if (job.is(CompatMode::ct_no_cpu)) {
    f.cpu_w = kCarbontrackerUnknownCpuW;
    f.cpu_rule = "35.612 W: the mean TDP of its CPU table / 2, for a CPU it cannot identify";
    return;
  }
  if (!stated) {
    f.cpu_rule = "no CPU stated";
    f.notes.push_back("No host CPU was stated; without RAPL Carbontracker counts the CPU it detects at half its TDP, or 35.612 W "
                      "when it cannot identify it (--compat carbontracker:no-cpu). Give --cpu (or --cpu-tdp) to include it.");
    return;
  }
  const double tdp = e[Term::cpu_power_w];
  if (job.is(CompatMode::ct_simulated)) {
    const double u = e.origin(Term::cpu_utilization) == Origin::given ? e[Term::cpu_utilization] : kSimulatedUtilization;
    f.cpu_w = tdp * u;
    f.cpu_rule = fmt::format("{} W TDP x utilization {}{}: its simulated CPU", human(tdp), human(u),
                             e.origin(Term::cpu_utilization) == Origin::given ? "" : " (its default)");
  } else {
    f.cpu_w = tdp / 2;
    f.cpu_rule = fmt::format("{} W TDP / 2: its estimate without RAPL (no utilization)", human(tdp));
  }
  if (e[Term::cpu_count] != 1) {
    f.notes.push_back(fmt::format("Carbontracker counts the CPU model once for the machine; the stated {} packages count as one here.",
                                  human(e[Term::cpu_count])));
  }
}

}  // namespace

Figures carbontracker_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f = job.measured();
  if (job.is(CompatMode::ct_simulated) && !e.accelerator_free()) {
    // The simulated GPU: its watts x utilization, 0.5 unless set.
    const double u = e.origin(Term::utilization) == Origin::given ? e[Term::utilization] : kSimulatedUtilization;
    f.accelerators_w = job.count() * e[Term::power_w] * u;
    f.accelerators_rule = fmt::format("{} x {} W x utilization {}{}: its simulated GPU", human(job.count()), human(e[Term::power_w]),
                                      human(u), e.origin(Term::utilization) == Origin::given ? "" : " (its default)");
  }
  carbontracker_cpu(job, f);
  f.memory_rule = "not counted: DRAM power comes only from RAPL";
  const bool v1 = job.is(CompatMode::ct_v1);
  f.pue = v1 ? kCarbontrackerPueV1 : kCarbontrackerPue;
  f.pue_rule = v1 ? "its constant PUE_2022, 1.55 (v1.1.7 to v1.2.5)"
                  : "its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from "
                    "October 2020; 1.67 from May 2020)";
  if (job.stated_pue()) {
    f.notes.push_back(fmt::format("Carbontracker's PUE is a constant; the stated PUE {} is not used in its column.", human(e[Term::pue])));
  }
  job.located_intensity_rule(f, "Electricity Maps with a key, else Our World in Data countries by the machine's IP address");
  return f;
}

}  // namespace mlcarbon::compat
