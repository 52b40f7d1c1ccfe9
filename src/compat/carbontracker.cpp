// Carbontracker (lfwa/carbontracker): GPUs by NVML, the CPU at half its TDP without RAPL, no RAM
// without RAPL, a constant PUE (constants.py).
#include <fmt/format.h>

#include "compat/rules.h"
#include "util/numbers.h"

namespace mlcarbon::compat {
namespace {

constexpr double kCarbontrackerPue = 1.58;  // PUE_2023 (Uptime Institute 2023); 1.67 before
constexpr double kCarbontrackerOldPue = 1.67;

}  // namespace

Figures carbontracker_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f = job.measured();
  if (e.cpu != nullptr) {
    f.cpu_w = e[Term::cpu_power_w] / 2 * e[Term::cpu_count];
    f.cpu_rule = fmt::format("{} W TDP / 2 x {}: its estimate without RAPL (no utilization)", human(e[Term::cpu_power_w]),
                             plural(e[Term::cpu_count], "package", "packages"));
  } else {
    job.no_cpu_stated(f, "half the TDP when RAPL cannot be read");
  }
  f.memory_rule = "not counted: DRAM power comes only from RAPL";
  f.pue = kCarbontrackerPue;
  f.pue_rule = fmt::format("its constant PUE_2023 (Uptime Institute 2023); {} before 2023", human(kCarbontrackerOldPue));
  if (job.stated_pue()) {
    f.notes.push_back(fmt::format("Carbontracker's PUE is a constant; the stated PUE {} is not used in its column.", human(e[Term::pue])));
  }
  job.located_intensity_rule(f, "Electricity Maps with a key, else Our World in Data countries by the machine's IP address");
  return f;
}

}  // namespace mlcarbon::compat
