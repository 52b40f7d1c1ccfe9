#include "model.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "error.h"

namespace mlcarbon {
namespace {

void require(bool condition, const char* what) {
  if (!condition) throw Error(ErrorKind::internal, fmt::format("model input out of domain: {}", what));
}

}  // namespace

ModelResult compute(const ModelInputs& in) {
  require(in.count >= 1, "count >= 1");
  require(std::isfinite(in.power_w) && in.power_w > 0, "power_w > 0");
  require(std::isfinite(in.utilization) && in.utilization > 0 && in.utilization <= 1, "0 < utilization <= 1");
  require(std::isfinite(in.hours) && in.hours > 0, "hours > 0");
  require(std::isfinite(in.pue) && in.pue >= 1, "pue >= 1");
  require(std::isfinite(in.intensity_g_per_kwh) && in.intensity_g_per_kwh >= 0, "intensity >= 0");
  require(!(in.offsets.percent && in.offsets.kg), "one kind of offset");
  if (in.offsets.percent) require(*in.offsets.percent >= 0 && *in.offsets.percent <= 100, "0 <= offset % <= 100");
  if (in.offsets.kg) require(std::isfinite(*in.offsets.kg) && *in.offsets.kg >= 0, "offset kg >= 0");

  ModelResult r;
  r.it_power_kw = static_cast<double>(in.count) * in.power_w * in.utilization / 1000.0;
  r.it_energy_kwh = r.it_power_kw * in.hours;
  r.energy_kwh = r.it_energy_kwh * in.pue;
  r.co2e_kg = r.energy_kwh * in.intensity_g_per_kwh / 1000.0;
  if (in.offsets.percent) r.offset_kg = r.co2e_kg * *in.offsets.percent / 100.0;
  if (in.offsets.kg) r.offset_kg = *in.offsets.kg;
  r.net_co2e_kg = std::max(0.0, r.co2e_kg - r.offset_kg);
  r.offset_surplus_kg = std::max(0.0, r.offset_kg - r.co2e_kg);
  require(std::isfinite(r.co2e_kg), "finite result");
  return r;
}

}  // namespace mlcarbon
