// The model, stated once: every derived term as a formula over other terms, evaluated left to
// right. The estimate is computed by evaluating this table (derive()), and every explanation of
// a formula (the breakdown, the appendix, the model card) is written from it, so the arithmetic
// and its description cannot part.
//
//   accelerators (kW)  = count x power_w x utilization / 1000
//   host CPUs (kW)     = cpu_count x cpu_power_w x cpu_utilization / 1000   (cpu_count may be cores / cores per CPU)
//   memory (kW)        = memory_gb x memory_w_per_gb / 1000
//   IT power (kW)      = accelerators + host CPUs + memory + overhead_w / 1000
//   hours              = given, or device_hours / count, where device_hours may be
//                        FLOP / (peak TFLOP/s x 1e12 x MFU) / 3600 and FLOP = 6 x params x tokens
//   IT energy (kWh)    = IT power x hours
//   energy (kWh)       = IT energy x PUE                       (facility energy)
//   intensity          = published figure + basis conversion   (where the figure is published on
//                        the other basis: its grid's mix x per-fuel factors, IPCC AR5)
//   CO2e (kg)          = energy x intensity_g_per_kwh / 1000   (gross, location-based)
//   net CO2e (kg)      = CO2e - offsets bought, at least 0
//   market-based (kg)  = CO2e x (1 - carbon-free share)        (where a provider publishes one)
//   embodied (kg)      = count x hours x embodied kg per device / lifetime hours
//
// The first lines are the Lacoste et al. (2019) calculator's formula with Patterson et al.'s (2021)
// device count and PUE; the host terms follow Green Algorithms (Lannelongue et al. 2021), the
// compute Kaplan et al. (2020), the embodied term the BLOOM method (Luccioni et al. 2022).
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "core/terms.h"

namespace mlcarbon {

enum class Formula : std::uint8_t {
  none,  // not derived
  cpu_count_from_cores,
  flops_from_params,
  flop_per_s,
  device_hours_from_compute,
  hours_from_device_hours,
  accelerator_kw,
  cpu_kw,
  memory_kw,
  overhead_kw,
  it_power_kw,
  it_energy_kwh,
  energy_kwh,
  intensity_on_basis,
  co2e_kg,
  offset_from_percent,
  net_co2e_kg,
  offset_surplus_kg,
  market_co2e_kg,
  embodied_kg_per_device,
  embodied_kg,
  total_with_embodied_kg,
};

// How a step combines its operand with the value so far.
enum class Op : std::uint8_t { first, times, over, plus, minus, times_one_minus, at_least_zero };

// One step: an operand (a term, or a constant when `term` is Term::end_) and how it applies.
struct Step {
  Op op = Op::first;
  Term term = Term::end_;
  double constant = 0;
  bool unit_conversion = false;  // a constant that only converts units (W to kW); prose may leave it out
};

struct FormulaDef {
  Formula id;
  Term result;
  std::array<Step, 4> steps;
  std::size_t size;
};

namespace formula_steps {
constexpr Step of(Term t) { return {Op::first, t, 0, false}; }
constexpr Step of(double c) { return {Op::first, Term::end_, c, false}; }
constexpr Step times(Term t) { return {Op::times, t, 0, false}; }
constexpr Step times(double c, bool conversion = false) { return {Op::times, Term::end_, c, conversion}; }
constexpr Step over(Term t) { return {Op::over, t, 0, false}; }
constexpr Step over(double c, bool conversion = false) { return {Op::over, Term::end_, c, conversion}; }
constexpr Step plus(Term t) { return {Op::plus, t, 0, false}; }
constexpr Step minus(Term t) { return {Op::minus, t, 0, false}; }
constexpr Step times_one_minus(Term t) { return {Op::times_one_minus, t, 0, false}; }
constexpr Step at_least_zero() { return {Op::at_least_zero, Term::end_, 0, false}; }

template <typename... Steps>
constexpr FormulaDef formula(Formula id, Term result, Steps... steps) {
  return {id, result, {steps...}, sizeof...(steps)};
}
}  // namespace formula_steps

// In the order they are evaluated (each after the terms it reads).
inline constexpr auto kFormulas = [] {
  using namespace formula_steps;
  using T = Term;
  using F = Formula;
  constexpr double kW = 1000, kSecondsPerHour = 3600, kFlopPerTflop = 1e12;
  return std::array{
      formula(F::cpu_count_from_cores, T::cpu_count, of(T::cpu_cores), over(T::cores_per_cpu)),
      // Kaplan et al. 2020, section 2.1: about 6 FLOP per parameter and token.
      formula(F::flops_from_params, T::flops, of(6.0), times(T::params), times(T::tokens)),
      formula(F::flop_per_s, T::flop_per_s, of(T::peak_tflops), times(kFlopPerTflop, true), times(T::mfu)),
      formula(F::device_hours_from_compute, T::device_hours, of(T::flops), over(T::flop_per_s), over(kSecondsPerHour, true)),
      formula(F::hours_from_device_hours, T::hours, of(T::device_hours), over(T::count)),
      formula(F::accelerator_kw, T::accelerator_kw, of(T::count), times(T::power_w), times(T::utilization), over(kW, true)),
      formula(F::cpu_kw, T::cpu_kw, of(T::cpu_count), times(T::cpu_power_w), times(T::cpu_utilization), over(kW, true)),
      formula(F::memory_kw, T::memory_kw, of(T::memory_gb), times(T::memory_w_per_gb), over(kW, true)),
      formula(F::overhead_kw, T::overhead_kw, of(T::overhead_w), over(kW, true)),
      formula(F::it_power_kw, T::it_power_kw, of(T::accelerator_kw), plus(T::cpu_kw), plus(T::memory_kw), plus(T::overhead_kw)),
      formula(F::it_energy_kwh, T::it_energy_kwh, of(T::it_power_kw), times(T::hours)),
      formula(F::energy_kwh, T::energy_kwh, of(T::it_energy_kwh), times(T::pue)),
      formula(F::intensity_on_basis, T::intensity_g_per_kwh, of(T::published_intensity_g_per_kwh), plus(T::basis_conversion_g_per_kwh)),
      formula(F::co2e_kg, T::co2e_kg, of(T::energy_kwh), times(T::intensity_g_per_kwh), over(1000.0, true)),
      formula(F::offset_from_percent, T::offset_kg, of(T::co2e_kg), times(T::offset_percent), over(100.0, true)),
      formula(F::net_co2e_kg, T::net_co2e_kg, of(T::co2e_kg), minus(T::offset_kg), at_least_zero()),
      formula(F::offset_surplus_kg, T::offset_surplus_kg, of(T::offset_kg), minus(T::co2e_kg), at_least_zero()),
      formula(F::market_co2e_kg, T::market_co2e_kg, of(T::co2e_kg), times_one_minus(T::cfe)),
      formula(F::embodied_kg_per_device, T::embodied_kg_per_device, of(T::server_embodied_kg), over(T::devices_per_server),
              plus(T::device_embodied_kg)),
      formula(F::embodied_kg, T::embodied_kg, of(T::count), times(T::hours), times(T::embodied_kg_per_device),
              over(T::lifetime_hours)),
      formula(F::total_with_embodied_kg, T::total_with_embodied_kg, of(T::co2e_kg), plus(T::embodied_kg)),
  };
}();

constexpr bool formulas_in_order() {
  for (std::size_t i = 0; i < kFormulas.size(); ++i) {
    if (static_cast<std::size_t>(kFormulas[i].id) != i + 1) return false;
  }
  return kFormulas.size() == static_cast<std::size_t>(Formula::total_with_embodied_kg);
}
static_assert(formulas_in_order(), "kFormulas lists every Formula once, in the enum's order");

// The formula `id` (not Formula::none).
constexpr const FormulaDef& definition(Formula id) { return kFormulas[static_cast<std::size_t>(id) - 1]; }

using TermValues = std::array<double, kTermCount>;

// The value of one formula over `values`.
double evaluate(const FormulaDef& formula, const TermValues& values);

// Evaluates, in order, each formula that `derived_by` names as the one deriving its result.
void derive(TermValues& values, const std::array<Formula, kTermCount>& derived_by);

}  // namespace mlcarbon
