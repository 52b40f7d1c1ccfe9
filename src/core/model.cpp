#include "core/model.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"

namespace mlcarbon {
namespace {

void require(bool condition, const char* what) {
  if (!condition) throw Error(ErrorKind::internal, fmt::format("model input out of domain: {}", what));
}

bool finite_nonnegative(double x) { return std::isfinite(x) && x >= 0; }

}  // namespace

ModelResult compute(const ModelInputs& in) {
  require(in.count >= 1, "count >= 1");
  require(std::isfinite(in.power_w) && in.power_w > 0, "power_w > 0");
  require(std::isfinite(in.utilization) && in.utilization > 0 && in.utilization <= 1, "0 < utilization <= 1");
  require(std::isfinite(in.hours) && in.hours > 0, "hours > 0");
  require(finite_nonnegative(in.cpu_count) && finite_nonnegative(in.cpu_power_w), "cpu >= 0");
  require(std::isfinite(in.cpu_utilization) && in.cpu_utilization > 0 && in.cpu_utilization <= 1, "0 < cpu utilization <= 1");
  require(finite_nonnegative(in.memory_gb) && finite_nonnegative(in.memory_w_per_gb), "memory >= 0");
  require(finite_nonnegative(in.overhead_w), "overhead >= 0");
  require(std::isfinite(in.pue) && in.pue >= 1, "pue >= 1");
  require(finite_nonnegative(in.intensity_g_per_kwh), "intensity >= 0");
  if (in.cfe) require(*in.cfe >= 0 && *in.cfe <= 1, "0 <= cfe <= 1");
  require(finite_nonnegative(in.embodied_kg_per_device), "embodied >= 0");
  require(in.embodied_kg_per_device == 0 || (std::isfinite(in.lifetime_hours) && in.lifetime_hours > 0), "lifetime > 0");
  require(!(in.offsets.percent && in.offsets.kg), "one kind of offset");
  if (in.offsets.percent) require(*in.offsets.percent >= 0 && *in.offsets.percent <= 100, "0 <= offset % <= 100");
  if (in.offsets.kg) require(finite_nonnegative(*in.offsets.kg), "offset kg >= 0");

  ModelResult r;
  r.accelerator_kw = static_cast<double>(in.count) * in.power_w * in.utilization / 1000.0;
  r.cpu_kw = in.cpu_count * in.cpu_power_w * in.cpu_utilization / 1000.0;
  r.memory_kw = in.memory_gb * in.memory_w_per_gb / 1000.0;
  r.overhead_kw = in.overhead_w / 1000.0;
  r.it_power_kw = r.accelerator_kw + r.cpu_kw + r.memory_kw + r.overhead_kw;
  r.it_energy_kwh = r.it_power_kw * in.hours;
  r.energy_kwh = r.it_energy_kwh * in.pue;
  r.co2e_kg = r.energy_kwh * in.intensity_g_per_kwh / 1000.0;
  if (in.offsets.percent) r.offset_kg = r.co2e_kg * *in.offsets.percent / 100.0;
  if (in.offsets.kg) r.offset_kg = *in.offsets.kg;
  r.net_co2e_kg = std::max(0.0, r.co2e_kg - r.offset_kg);
  r.offset_surplus_kg = std::max(0.0, r.offset_kg - r.co2e_kg);
  if (in.cfe) r.market_co2e_kg = r.co2e_kg * (1 - *in.cfe);
  if (in.embodied_kg_per_device > 0) {
    r.embodied_kg = static_cast<double>(in.count) * in.hours * in.embodied_kg_per_device / in.lifetime_hours;
  }
  r.total_with_embodied_kg = r.co2e_kg + r.embodied_kg;
  require(std::isfinite(r.co2e_kg) && std::isfinite(r.total_with_embodied_kg), "finite result");
  return r;
}

}  // namespace mlcarbon
