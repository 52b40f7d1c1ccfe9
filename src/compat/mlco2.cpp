// The ML CO2 Impact calculator (Lacoste et al. 2019; mlco2/impact, js/grayscale.js): TDP x
// device-hours, no utilization, no host, no PUE; every result rounded to 2 decimals as JavaScript's
// toFixed(2) does; a cloud region's intensity truncated to whole grams first.
#include <cmath>

#include <fmt/format.h>

#include "compat/rules.h"
#include "util/numbers.h"

namespace mlcarbon::compat {
namespace {

// The intensity in kg/kWh as the calculator takes it: a cloud region's figure truncated to whole
// grams and rounded to 2 decimals of kg; private infrastructure takes the user's kg/kWh as typed.
// With --region and --intensity, the intensity is read as the calculator's figure for that region.
double kg_per_kwh(const Job& job, Figures& f) {
  const double g = job.e[Term::intensity_g_per_kwh];
  if (job.fallback || job.e.location.grid == nullptr) {
    f.intensity_rule = job.fallback ? std::string(job.tool.fallback.what) : "private infrastructure: the stated kg/kWh, not rounded";
    return g / 1000;
  }
  const double kg = js_round2(std::trunc(g) / 1000);
  f.intensity_rule = fmt::format("{} for {}, truncated to {} g and rounded to {} kg/kWh",
                                 job.stated_intensity() ? "the stated figure" : "mlcarbon's figure", job.place(), human(std::trunc(g)),
                                 human(kg));
  if (!job.stated_intensity()) {
    f.notes.push_back(fmt::format(
        "The calculator's own region table (impact.csv) dates from 2014-2018; this column uses mlcarbon's figure for {} "
        "with the calculator's rounding. To reproduce a published result exactly, give the figure it used with --intensity.",
        job.place()));
  }
  return kg;
}

}  // namespace

Figures mlco2_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f;
  const double power = e[Term::power_w], device_hours = job.count() * e[Term::hours];
  f.accelerators_w = job.count() * power;
  f.accelerators_rule = fmt::format("{} x {} W ({}): the calculator has no utilization", human(job.count()), human(power),
                                    job.stated_power() ? "as stated" : "the TDP in full");
  if (e[Term::utilization] != 1) {
    f.notes.push_back(fmt::format("The calculator takes the device's full power; the utilization {} is not applied.",
                                  human(e[Term::utilization])));
  }
  f.cpu_rule = "not counted: the calculator counts the accelerators only";
  f.memory_rule = f.cpu_rule;
  f.it_energy = js_round2(power * device_hours / 1000);
  f.it_rule = fmt::format("round2({} W x {} device-hours / 1000)", human(power), human(device_hours));
  f.pue_rule = "not applied: the calculator has no PUE";
  const double kg = kg_per_kwh(job, f);
  f.intensity = kg * 1000;
  f.energy = f.it_energy;
  f.energy_rule = "= IT energy (no PUE)";
  f.co2e = js_round2(f.energy * kg);
  f.co2e_rule = fmt::format("round2({} kWh x {} kg/kWh)", human(f.energy), human(kg));
  if (e.has(Term::offset_percent) || e.origin(Term::offset_kg) == Origin::given) {
    f.notes.push_back("The calculator shows a provider's offset share beside the CO2e and never subtracts it; "
                      "offsets you bought are not part of its figure.");
  }
  f.energy_done = true;
  return f;
}

}  // namespace mlcarbon::compat
