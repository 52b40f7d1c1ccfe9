#include "input/request.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/error.h"
#include "input/quantity.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

struct FieldNames {
  InputField field;
  std::string_view column;
  std::string_view option;
};

constexpr std::array<FieldNames, kInputFieldCount> kFields{{
    {InputField::name, "name", "--name"},
    {InputField::hardware, "hardware", "--hardware"},
    {InputField::count, "count", "--count"},
    {InputField::hours, "hours", "--hours"},
    {InputField::duration, "duration", "--duration"},
    {InputField::region, "region", "--region"},
    {InputField::pue, "pue", "--pue"},
    {InputField::power, "power", "--power"},
    {InputField::utilization, "utilization", "--utilization"},
    {InputField::intensity, "intensity", "--intensity"},
    {InputField::offset, "offset", "--offset"},
    {InputField::offset_kg, "offset_kg", "--offset-kg"},
    {InputField::instance, "instance", "--instance"},
    {InputField::cpu, "cpu", "--cpu"},
    {InputField::cpu_count, "cpu_count", "--cpu-count"},
    {InputField::cpu_cores, "cpu_cores", "--cpu-cores"},
    {InputField::cpu_utilization, "cpu_utilization", "--cpu-utilization"},
    {InputField::memory_gb, "memory_gb", "--memory-gb"},
    {InputField::overhead_w, "overhead_w", "--overhead-w"},
    {InputField::flops, "flops", "--flops"},
    {InputField::params, "params", "--params"},
    {InputField::tokens, "tokens", "--tokens"},
    {InputField::mfu, "mfu", "--mfu"},
    {InputField::precision, "precision", "--precision"},
    {InputField::device_hours, "device_hours", "--device-hours"},
}};

}  // namespace

std::string_view field_name(InputField field) { return kFields[static_cast<std::size_t>(field)].column; }
std::string_view option_name(InputField field) { return kFields[static_cast<std::size_t>(field)].option; }

std::optional<InputField> field_from_name(std::string_view column) {
  for (const FieldNames& f : kFields) {
    if (iequals(column, f.column) || iequals(column, f.option.substr(2))) return f.field;
  }
  return std::nullopt;
}

RequestText RequestText::overlaid_by(const RequestText& row) const {
  RequestText out = *this;
  // Fields that say the same thing different ways: a row that gives one replaces them all.
  const auto group = [&](std::initializer_list<InputField> fields) {
    const bool given = std::any_of(fields.begin(), fields.end(), [&](InputField f) { return row[f].has_value(); });
    if (!given) return;
    for (const InputField f : fields) out[f] = row[f];
  };
  group({InputField::hours, InputField::duration, InputField::device_hours, InputField::flops, InputField::params,
         InputField::tokens});
  group({InputField::offset, InputField::offset_kg});
  group({InputField::power, InputField::utilization});
  group({InputField::hardware, InputField::instance});
  for (std::size_t i = 0; i < kInputFieldCount; ++i) {
    if (row.values[i]) out.values[i] = row.values[i];
  }
  return out;
}

namespace {

std::string_view label_of(InputField f, Naming naming) { return naming == Naming::options ? option_name(f) : field_name(f); }

}  // namespace

EstimateRequest parse_request(const RequestText& text, Naming naming, bool describe) {
  const bool options = naming == Naming::options;
  if (!text[InputField::hardware] && !text[InputField::power] && !text[InputField::instance]) {
    throw Error(ErrorKind::usage, options ? "no power figure: give --hardware NAME (its TDP is used) or --power W (measured average per device)"
                                          : "no power figure: give hardware (a device; its TDP is used) or power (measured average watts per device)");
  }
  if (!text[InputField::region] && !text[InputField::intensity]) {
    throw Error(ErrorKind::usage, options ? "no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)"
                                          : "no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)");
  }
  if (!text[InputField::hours] && !text[InputField::duration] && !text[InputField::device_hours] && !text[InputField::flops] &&
      !text[InputField::params] && !text[InputField::tokens]) {
    throw Error(ErrorKind::usage, options ? "how long? give --hours H (e.g. 100), --duration D (e.g. 3d12h) or --device-hours N, "
                                            "or the compute: --flops F, or --params N with --tokens D"
                                          : "how long? give hours (e.g. 100), duration (e.g. 3d12h) or device_hours, or the "
                                            "compute: flops, or params with tokens");
  }
  return parse_fields(text, naming, describe);
}

EstimateRequest parse_fields(const RequestText& text, Naming naming, bool describe) {
  const auto label = [&](InputField f) { return label_of(f, naming); };
  const auto conflict = [&](InputField a, InputField b) {
    if (text[a] && text[b]) {
      throw Error(ErrorKind::usage, fmt::format("{} and {} conflict: give one of them", label(a), label(b)));
    }
  };
  conflict(InputField::hours, InputField::duration);
  conflict(InputField::hours, InputField::device_hours);
  conflict(InputField::duration, InputField::device_hours);
  conflict(InputField::offset, InputField::offset_kg);
  conflict(InputField::hardware, InputField::instance);
  for (const InputField time : {InputField::hours, InputField::duration, InputField::device_hours}) {
    for (const InputField compute : {InputField::flops, InputField::params, InputField::tokens}) conflict(time, compute);
  }
  conflict(InputField::flops, InputField::params);
  conflict(InputField::flops, InputField::tokens);
  if (text[InputField::params].has_value() != text[InputField::tokens].has_value()) {
    throw Error(ErrorKind::usage, fmt::format("{} and {} go together: training compute is 6 x parameters x tokens",
                                              label(InputField::params), label(InputField::tokens)));
  }
  conflict(InputField::cpu_count, InputField::cpu_cores);
  for (const InputField host : {InputField::cpu_count, InputField::cpu_cores, InputField::cpu_utilization}) {
    if (text[host] && !text[InputField::cpu] && !text[InputField::instance]) {
      throw Error(ErrorKind::usage, fmt::format("{} needs {} NAME (or {})", label(host), label(InputField::cpu),
                                                label(InputField::instance)));
    }
  }
  const bool compute_mode = text[InputField::flops] || text[InputField::params];
  for (const InputField f : {InputField::mfu, InputField::precision}) {
    if (text[f] && !compute_mode) {
      throw Error(ErrorKind::usage, fmt::format("{} applies to an estimate from compute: give {} or {} with {}", label(f),
                                                label(InputField::flops), label(InputField::params),
                                                label(InputField::tokens)));
    }
  }
  if (text[InputField::power] && text[InputField::utilization]) {
    throw Error(ErrorKind::usage, fmt::format("{} conflicts with {}: a measured average power already includes utilization",
                                              label(InputField::utilization), label(InputField::power)));
  }

  EstimateRequest r;
  const auto name = [&](InputField f) -> std::optional<std::string_view> {
    const auto& v = text[f];
    if (!v) return std::nullopt;
    if (trim(*v).empty()) {
      throw Error(ErrorKind::usage, fmt::format("{}: {} is empty; expected a name (see `mlcarbon {} list`)", label(f), quote(*v),
                                                f == InputField::hardware ? "hardware" : "regions"));
    }
    return trim(*v);
  };
  r.hardware = name(InputField::hardware);
  r.region = name(InputField::region);
  r.instance = name(InputField::instance);
  r.cpu = name(InputField::cpu);
  if (const auto& v = text[InputField::cpu_count]) r.cpu_count = parse_number(label(InputField::cpu_count), *v, kCpuCountRange);
  if (const auto& v = text[InputField::cpu_cores]) r.cpu_cores = parse_number(label(InputField::cpu_cores), *v, kCpuCountRange);
  if (const auto& v = text[InputField::cpu_utilization]) {
    r.cpu_utilization = parse_fraction(label(InputField::cpu_utilization), *v, kUtilizationRange);
  }
  if (const auto& v = text[InputField::memory_gb]) r.memory_gb = parse_number(label(InputField::memory_gb), *v, kMemoryGbRange);
  if (const auto& v = text[InputField::overhead_w]) r.overhead_w = parse_number(label(InputField::overhead_w), *v, kOverheadRange);
  if (const auto& v = text[InputField::flops]) r.flops = parse_scaled(label(InputField::flops), *v, kFlopsRange);
  if (const auto& v = text[InputField::params]) r.params = parse_scaled(label(InputField::params), *v, kParamsRange);
  if (const auto& v = text[InputField::tokens]) r.tokens = parse_scaled(label(InputField::tokens), *v, kTokensRange);
  if (const auto& v = text[InputField::mfu]) r.mfu = parse_fraction(label(InputField::mfu), *v, kMfuRange);
  if (const auto& v = text[InputField::precision]) {
    r.precision = precision_from_name(trim(*v));
    if (!r.precision) {
      throw Error(ErrorKind::usage, fmt::format("{}: {} is not a precision; expected fp64, fp32, tf32, fp16, bf16, fp8 or int8",
                                                label(InputField::precision), quote(*v)));
    }
  }
  if (const auto& v = text[InputField::count]) r.count = parse_count(label(InputField::count), *v);
  if (const auto& v = text[InputField::hours]) {
    r.hours = parse_number(label(InputField::hours), *v, kHoursRange);
    if (describe) r.hours_given_as = fmt::format("{} {}", label(InputField::hours), trim(*v));
  }
  if (const auto& v = text[InputField::duration]) {
    r.hours = parse_duration_hours(label(InputField::duration), *v);
    if (describe) r.hours_given_as = fmt::format("{} {}", label(InputField::duration), trim(*v));
  }
  if (const auto& v = text[InputField::device_hours]) {
    r.device_hours = parse_scaled(label(InputField::device_hours), *v, kDeviceHoursRange);
    if (describe) r.hours_given_as = fmt::format("{} {}", label(InputField::device_hours), trim(*v));
  }
  if (const auto& v = text[InputField::pue]) r.pue = parse_number(label(InputField::pue), *v, kPueRange);
  if (const auto& v = text[InputField::power]) r.power_w = parse_number(label(InputField::power), *v, kPowerRange);
  if (const auto& v = text[InputField::utilization]) {
    r.utilization = parse_fraction(label(InputField::utilization), *v, kUtilizationRange);
  }
  if (const auto& v = text[InputField::intensity]) {
    r.intensity_g_per_kwh = parse_number(label(InputField::intensity), *v, kIntensityRange);
  }
  if (const auto& v = text[InputField::offset]) r.offsets.percent = parse_percent(label(InputField::offset), *v);
  if (const auto& v = text[InputField::offset_kg]) {
    r.offsets.kg = parse_number(label(InputField::offset_kg), *v, kOffsetKgRange);
  }
  return r;
}

}  // namespace mlcarbon
