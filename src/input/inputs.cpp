#include "input/inputs.h"

#include <bit>
#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "input/quantity.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

using F = Field;

// Where a parsed value goes in the Request (null: handled by its Parse kind).
struct Target {
  std::optional<std::string_view> Request::*name;
  std::optional<double> Request::*number;
};
constexpr Target none{nullptr, nullptr};
constexpr Target name(std::optional<std::string_view> Request::*member) { return {member, nullptr}; }
constexpr Target number(std::optional<double> Request::*member) { return {nullptr, member}; }

struct Declared {
  InputSpec spec;
  Target target;

  constexpr Declared settable() const {
    Declared d = *this;
    d.spec.setting = true;
    return d;
  }
  constexpr Declared listed_by(std::string_view command) const {
    Declared d = *this;
    d.spec.listed_by = command;
    return d;
  }
  constexpr Declared option_only() const {
    Declared d = *this;
    d.spec.column = false;
    return d;
  }
  constexpr Declared column_only() const {
    Declared d = *this;
    d.spec.option = false;
    return d;
  }
};

constexpr Range kNoRange{0, 0, true, nullptr};  // for inputs that are not numbers

constexpr Declared input(Field f, char short_option, std::string_view value_name, Parse parse, Range range,
                         std::string_view help, Target target) {
  return {{f, short_option, value_name, parse, range, help, true, false, {}, true}, target};
}

// Every input of an estimate, in the order of Field.
constexpr std::array<Declared, kFieldCount> kInputs{{
    input(F::name, 0, "TEXT", Parse::label, kNoRange, "the job's name, for its line of output", none).column_only(),
    input(F::hardware, 'g', "NAME", Parse::name, kNoRange,
          "device id or alias (`mlcarbon hardware list`); its TDP is the power per device", name(&Request::hardware))
        .settable()
        .listed_by("hardware list"),
    input(F::count, 'n', "N", Parse::count, kNoRange, "number of devices (default 1)", none),
    input(F::hours, 0, "H", Parse::hours, kHoursRange, "hours the devices run, e.g. 100 or 2h (or --duration)", number(&Request::hours)),
    input(F::duration, 0, "D", Parse::duration, kNoRange, "how long the devices run, e.g. 3d12h30m, 14.8d, 90m (or --hours)",
          number(&Request::hours)),
    input(F::device_hours, 0, "N", Parse::scaled, Range{0, 1e10, false, "device-hours > 0 and <= 1e10 (e.g. 1082990 or 1.08M)"},
          "device-hours (GPU-hours) in total, as papers report them, e.g. 1082990 or 1.08M: hours = N / --count",
          number(&Request::device_hours)),
    input(F::region, 'r', "ID", Parse::name, kNoRange,
          "where: aws:us-east-1, gcp:us-central1, azure:westeurope, a bare region code, or a country (FR, country:FR)",
          name(&Request::region))
        .settable()
        .listed_by("regions list"),
    input(F::pue, 0, "X", Parse::number, Range{1, 3, true, "a PUE >= 1 and <= 3"},
          "power usage effectiveness (default: the site's or provider's published PUE, else the industry average)",
          number(&Request::pue))
        .settable(),
    input(F::power, 0, "W", Parse::watts, Range{0, 1e5, false, "watts per device > 0 and <= 100000"},
          "measured average power per device, watts (300, 300W, 0.3kW); replaces the TDP", number(&Request::power_w)),
    input(F::tdp, 0, "W", Parse::watts, Range{0, 1e5, false, "watts per device > 0 and <= 100000"},
          "rated power (TDP) per device, watts, for a device not in the data; --utilization applies", number(&Request::tdp_w)),
    input(F::utilization, 'u', "F", Parse::fraction, Range{0, 1, false, "a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)"}, "fraction of the TDP drawn, 0-1 or a percentage (default 1)",
          number(&Request::utilization)),
    input(F::intensity, 0, "G", Parse::intensity, Range{0, 1500, true, "gCO2e/kWh >= 0 and <= 1500"},
          "grid intensity, gCO2e/kWh (430, 430g, 0.43kg/kWh, 0.954lb/kWh, 948 lb/MWh); replaces the region's",
          number(&Request::intensity_g_per_kwh)),
    input(F::basis, 0, "B", Parse::basis, kNoRange,
          "basis of grid intensities: lifecycle (default, upstream emissions included) or direct (combustion only); published "
          "figures on the other basis are converted, a given --intensity is taken to be on it",
          none)
        .settable()
        .option_only(),
    input(F::offset, 0, "PCT", Parse::percent, Range{0, 100, true, "a percentage >= 0 and <= 100"}, "percentage of the emissions offset by what you bought (0-100)",
          number(&Request::offset_percent)),
    input(F::offset_kg, 0, "KG", Parse::number, Range{0, 1e12, true, "kg CO2e >= 0 and <= 1e12"}, "kg CO2e of offsets you bought", number(&Request::offset_kg)),
    input(F::instance, 0, "ID", Parse::name, kNoRange,
          "a cloud instance type (aws:p4d.24xlarge, gcp:a3-highgpu-8g, azure:nd96asr_v4): its accelerators, host CPUs and memory; "
          "--count is then the number of instances",
          name(&Request::instance))
        .listed_by("instances list"),
    input(F::cpu, 0, "NAME", Parse::name, kNoRange, "host CPU model (its TDP is counted; `mlcarbon hardware list --kind cpu`)",
          name(&Request::cpu))
        .listed_by("hardware list --kind cpu"),
    input(F::cpu_count, 0, "N", Parse::number, Range{0, 1e6, false, "a number of CPU packages > 0 and <= 1000000"}, "host CPU packages (default 1, or the instance's)",
          number(&Request::cpu_count)),
    input(F::cpu_cores, 0, "N", Parse::number, Range{0, 1e6, false, "a number of CPU cores > 0 and <= 1000000"},
          "host CPU cores used, each at the package's TDP / cores (Green Algorithms' model)", number(&Request::cpu_cores)),
    input(F::cpu_utilization, 0, "F", Parse::fraction, Range{0, 1, false, "a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)"}, "fraction of the CPUs' TDP drawn (default 1)",
          number(&Request::cpu_utilization)),
    input(F::memory_gb, 0, "G", Parse::number, Range{0, 1e9, true, "GB of memory >= 0 and <= 1e9"}, "host memory, GB (0.3725 W per GB, Green Algorithms)",
          number(&Request::memory_gb)),
    input(F::overhead_w, 0, "W", Parse::watts, Range{0, 1e9, true, "watts >= 0 and <= 1e9"}, "fixed power per node (per instance with --instance), watts",
          number(&Request::overhead_w)),
    input(F::flops, 0, "F", Parse::scaled, Range{0, 1e32, false, "floating-point operations > 0 and <= 1e32 (e.g. 3.14e23)"},
          "training compute in FLOP (e.g. 3.14e23): the hours follow from the devices' peak throughput", number(&Request::flops)),
    input(F::params, 0, "N", Parse::scaled, Range{0, 1e16, false, "parameters > 0 and <= 1e16 (e.g. 7e9 or 7B)"}, "model parameters (e.g. 7B); with --tokens: compute = 6 x params x tokens",
          number(&Request::params)),
    input(F::tokens, 0, "D", Parse::scaled, Range{0, 1e17, false, "tokens > 0 and <= 1e17 (e.g. 2e12 or 2T)"}, "training tokens (e.g. 2T)", number(&Request::tokens)),
    input(F::mfu, 0, "U", Parse::fraction, Range{0, 1, false, "a model FLOPs utilization > 0 and <= 1 (or a percentage, e.g. 40%)"}, "model FLOPs utilization, 0-1 (default 0.40)", number(&Request::mfu)),
    input(F::precision, 0, "P", Parse::precision, kNoRange, "fp64, fp32, tf32, fp16, bf16, fp8 or int8 (default bf16, else fp16, fp32)",
          none),
    input(F::energy_kwh, 0, "E", Parse::energy, Range{0, 1e12, false, "kWh > 0 and <= 1e12 (e.g. 1200, 1200kWh, 1.2MWh)"},
          "IT energy the job used, kWh (1200, 1.2MWh), as an account or meter reports it: replaces power x time; the PUE "
          "still applies (give --pue 1 for a figure measured at the facility meter)",
          number(&Request::energy_kwh)),
    input(F::cpu_tdp_w, 0, "W", Parse::watts, Range{0, 1e5, false, "watts per CPU package > 0 and <= 100000"},
          "rated power (TDP) per host CPU package, watts, for a CPU not in the data (instead of --cpu); --cpu-count and "
          "--cpu-utilization apply",
          number(&Request::cpu_tdp_w)),
}};

constexpr bool declared_in_order() {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (static_cast<std::size_t>(kInputs[i].spec.field) != i) return false;
  }
  return true;
}
static_assert(declared_in_order(), "kInputs declares every Field once, in the enum's order");

constexpr std::array<InputSpec, kFieldCount> kSpecs = [] {
  std::array<InputSpec, kFieldCount> out{};
  for (std::size_t i = 0; i < kFieldCount; ++i) out[i] = kInputs[i].spec;
  return out;
}();

// Fields that say the same thing two ways: at most one of each pair (checked in this order).
struct Conflict {
  Field a, b;
  std::string_view why;  // empty: "give one of them"
  constexpr Fields both() const { return bit(a) | bit(b); }
};
constexpr Conflict kConflicts[] = {
    {F::hours, F::duration, {}},          {F::hours, F::device_hours, {}},  {F::duration, F::device_hours, {}},
    {F::offset, F::offset_kg, {}},        {F::hardware, F::instance, {}},   {F::tdp, F::power, {}},
    {F::tdp, F::hardware, {}},            {F::tdp, F::instance, {}},        {F::hours, F::flops, {}},
    {F::hours, F::params, {}},            {F::hours, F::tokens, {}},        {F::duration, F::flops, {}},
    {F::duration, F::params, {}},         {F::duration, F::tokens, {}},     {F::device_hours, F::flops, {}},
    {F::device_hours, F::params, {}},     {F::device_hours, F::tokens, {}}, {F::flops, F::params, {}},
    {F::flops, F::tokens, {}},            {F::cpu_count, F::cpu_cores, {}},
    {F::utilization, F::power, "a measured average power already includes utilization"},
    {F::energy_kwh, F::power, "the energy replaces power x time"},
    {F::energy_kwh, F::tdp, "the energy replaces power x time"},
    {F::energy_kwh, F::utilization, "the energy replaces power x time"},
    {F::energy_kwh, F::instance, "the energy replaces the instance's power x time"},
    {F::energy_kwh, F::cpu, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::cpu_count, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::cpu_cores, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::cpu_utilization, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::memory_gb, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::overhead_w, "the energy replaces power x time, the host's included"},
    {F::energy_kwh, F::flops, "the energy replaces power x time; the compute only sets the time"},
    {F::energy_kwh, F::params, "the energy replaces power x time; the compute only sets the time"},
    {F::energy_kwh, F::tokens, "the energy replaces power x time; the compute only sets the time"},
    {F::energy_kwh, F::cpu_tdp_w, "the energy replaces power x time, the host's included"},
    {F::cpu_tdp_w, F::cpu, "a CPU from the data brings its own TDP; the rated power is for one not in it"},
    {F::cpu_tdp_w, F::instance, "the instance type brings its host CPU and its TDP"},
    {F::cpu_tdp_w, F::cpu_cores, "cores need the core count of a CPU from the data; give the packages instead (a "
                                 "fraction for part of one)"},
};

template <typename... More>
constexpr Fields bits(Field f, More... more) {
  return (bit(f) | ... | bit(more));
}

// Fields a row gives as a group: giving one replaces the options' defaults for all.
constexpr Fields kGroups[] = {
    bits(F::hours, F::duration, F::device_hours, F::flops, F::params, F::tokens),
    bits(F::offset, F::offset_kg),
    bits(F::power, F::utilization),
    bits(F::power, F::tdp),
    bits(F::hardware, F::instance, F::tdp),
    bits(F::energy_kwh, F::power, F::tdp, F::utilization),
    bits(F::cpu, F::cpu_tdp_w),
};

struct Parser {
  const RequestText& text;
  Naming naming;
  Fields present = text.given();
  std::string_view own_label = {};  // names every field in errors, when set (a setting's origin)

  std::string_view label(Field f) const { return own_label.empty() ? field_label(f, naming) : own_label; }

  void check_rules() const {
    for (const Conflict& c : kConflicts) {
      if ((present & c.both()) != c.both()) continue;
      if (c.why.empty()) throw Error(ErrorKind::usage, fmt::format("{} and {} conflict: give one of them", label(c.a), label(c.b)));
      throw Error(ErrorKind::usage, fmt::format("{} conflicts with {}: {}", label(c.a), label(c.b), c.why));
    }
    if (text.has(F::params) != text.has(F::tokens)) {
      throw Error(ErrorKind::usage, fmt::format("{} and {} go together: training compute is 6 x parameters x tokens",
                                                label(F::params), label(F::tokens)));
    }
    for (const Field host : {F::cpu_count, F::cpu_cores, F::cpu_utilization}) {
      if (text.has(host) && !text.has(F::cpu) && !text.has(F::instance) && !text.has(F::cpu_tdp_w)) {
        throw Error(ErrorKind::usage, fmt::format("{} needs {} NAME (or {} W, or {})", label(host), label(F::cpu), label(F::cpu_tdp_w),
                                                  label(F::instance)));
      }
    }
    for (const Field f : {F::mfu, F::precision}) {
      if (text.has(f) && !text.has(F::flops) && !text.has(F::params)) {
        throw Error(ErrorKind::usage, fmt::format("{} applies to an estimate from compute: give {} or {} with {}", label(f),
                                                  label(F::flops), label(F::params), label(F::tokens)));
      }
    }
  }

  void check_complete(bool intensity_supplied) const {
    const bool options = naming == Naming::options;
    const bool energy = text.has(F::energy_kwh);
    const bool devices = text.has(F::hardware) || text.has(F::power) || text.has(F::instance) || text.has(F::tdp);
    const bool host = text.has(F::cpu) || text.has(F::cpu_tdp_w) || text.has(F::memory_gb) || text.has(F::overhead_w);
    if (!energy && !devices && !host) {
      throw Error(ErrorKind::usage, options ? "no power figure: give --hardware NAME (its TDP is used), --power W (measured average per "
                                              "device), --tdp W (rated power of a device not in the data) or --energy-kwh E; for a job "
                                              "without accelerators, its host: --cpu NAME (or --cpu-tdp W), --memory-gb G"
                                            : "no power figure: give hardware (a device; its TDP is used), power (measured average watts "
                                              "per device), tdp (rated watts of a device not in the data) or energy_kwh; for a job "
                                              "without accelerators, its host: cpu (or cpu_tdp_w), memory_gb");
    }
    if (!energy && !devices) {
      // A job of host CPUs and memory only: the accelerators' fields have nothing to apply to.
      if (text.has(F::count)) {
        throw Error(ErrorKind::usage, fmt::format("{} counts accelerators, and this job has none ({}, {}, {} or {}); give its CPUs "
                                                  "with {} (packages) or {}",
                                                  label(F::count), label(F::hardware), label(F::instance), label(F::power),
                                                  label(F::tdp), label(F::cpu_count), label(F::cpu_cores)));
      }
      if (text.has(F::utilization)) {
        throw Error(ErrorKind::usage, fmt::format("{} is the accelerators', and this job has none; give {} for its CPUs",
                                                  label(F::utilization), label(F::cpu_utilization)));
      }
      if (text.has(F::device_hours)) {
        throw Error(ErrorKind::usage, fmt::format("{} are divided among accelerators, and this job has none; give {} (or {})",
                                                  label(F::device_hours), label(F::hours), label(F::duration)));
      }
      if (text.has(F::flops) || text.has(F::params)) {
        throw Error(ErrorKind::usage, fmt::format("an estimate from compute needs accelerators ({} or {}): their peak throughput "
                                                  "sets the hours; give {} for a job without them",
                                                  label(F::hardware), label(F::instance), label(F::hours)));
      }
    }
    if (!text.has(F::region) && !text.has(F::intensity) && !intensity_supplied) {
      throw Error(ErrorKind::usage, options ? "no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)"
                                            : "no grid intensity: give region (a cloud region or country) or intensity (gCO2e/kWh)");
    }
    if (!energy && !text.has(F::hours) && !text.has(F::duration) && !text.has(F::device_hours) && !text.has(F::flops) &&
        !text.has(F::params) && !text.has(F::tokens)) {
      throw Error(ErrorKind::usage, options ? "how long? give --hours H (e.g. 100), --duration D (e.g. 3d12h) or --device-hours N, "
                                              "or the compute: --flops F, or --params N with --tokens D"
                                            : "how long? give hours (e.g. 100), duration (e.g. 3d12h) or device_hours, or the "
                                              "compute: flops, or params with tokens");
    }
  }

  double number(const InputSpec& s, std::string_view v) const {
    switch (s.parse) {
      case Parse::number: return parse_number(label(s.field), v, s.range);
      case Parse::fraction: return parse_fraction(label(s.field), v, s.range);
      case Parse::scaled: return parse_scaled(label(s.field), v, s.range);
      case Parse::percent: return parse_percent(label(s.field), v, s.range);
      case Parse::duration: return parse_duration_hours(label(s.field), v);
      case Parse::hours: return parse_hours(label(s.field), v, label(F::device_hours));
      case Parse::watts: return parse_watts(label(s.field), v, s.range);
      case Parse::intensity: return parse_intensity(label(s.field), v, s.range);
      case Parse::energy: return parse_kwh(label(s.field), v, s.range);
      default: throw Error(ErrorKind::internal, "not a number field");
    }
  }

  void field(const Declared& d, std::string_view v, Request& r) const {
    const InputSpec& s = d.spec;
    switch (s.parse) {
      case Parse::label:
        // Printed verbatim in every format: a terminal escape could hide a row, invalid UTF-8
        // would make the JSON invalid.
        if (const std::string why = unprintable(v); !why.empty()) {
          throw Error(ErrorKind::usage, fmt::format("{}: {}; expected printable UTF-8 text", label(s.field), why));
        }
        return;
      case Parse::name: {
        const std::string_view name = trim(v);
        if (name.empty()) {
          throw Error(ErrorKind::usage,
                      fmt::format("{}: {} is empty; expected a name (see `mlcarbon {}`)", label(s.field), quote(v), s.listed_by));
        }
        r.*d.target.name = name;
        return;
      }
      case Parse::count: r.count = parse_count(label(s.field), v); return;
      case Parse::basis: {
        const std::string_view b = trim(v);
        if (iequals(b, "lifecycle")) r.basis = Basis::lifecycle;
        else if (iequals(b, "direct")) r.basis = Basis::direct;
        else throw Error(ErrorKind::usage, fmt::format("{}: {} is not a basis; expected lifecycle or direct", label(s.field), quote(v)));
        return;
      }
      case Parse::precision:
        r.precision = precision_from_name(trim(v));
        if (!r.precision) {
          throw Error(ErrorKind::usage, fmt::format("{}: {} is not a precision; expected fp64, fp32, tf32, fp16, bf16, fp8 or int8",
                                                    label(s.field), quote(v)));
        }
        return;
      default: r.*d.target.number = number(s, v);
    }
    if (d.target.number == &Request::hours || d.target.number == &Request::device_hours) {
      r.hours_field = s.field;
      r.hours_text = trim(v);
    }
  }
};

}  // namespace

const InputSpec& input_spec(Field field) { return kSpecs[static_cast<std::size_t>(field)]; }
std::span<const InputSpec> input_specs() { return kSpecs; }

std::string_view field_label(Field field, Naming naming) {
  return naming == Naming::columns ? field_name(field) : option_name(field);
}

bool setting_applies(Field setting, Fields explicit_fields) {
  struct Implied {
    Field setting;
    Fields by;
  };
  constexpr Implied kNotWith[] = {
      {F::hardware, bits(F::power, F::tdp, F::instance)},
      {F::region, bits(F::intensity)},
  };
  for (const Implied& rule : kNotWith) {
    if (rule.setting == setting && (explicit_fields & rule.by) != 0) return false;
  }
  return true;
}

RequestText RequestText::overlaid_by(const RequestText& row) const {
  RequestText out = *this;
  Fields replaced = row.given_;
  for (const Fields group : kGroups) replaced |= (row.given_ & group) != 0 ? group : 0;
  for (Fields rest = row.given_; rest != 0; rest &= rest - 1) {
    const auto i = static_cast<std::size_t>(std::countr_zero(rest));
    out.text_[i] = row.text_[i];
  }
  out.given_ = (given_ & ~replaced) | row.given_;
  out.settings_ = settings_ & ~replaced;
  return out;
}

void check_value(Field field, std::string_view value, std::string_view label) {
  RequestText text;
  text.set(field, value);
  const Parser p{text, Naming::options, text.given(), label};
  Request r;
  p.field(kInputs[static_cast<std::size_t>(field)], value, r);
}

Request parse_request(const RequestText& text, Naming naming, bool complete, bool intensity_supplied) {
  return RequestParser(naming, complete, intensity_supplied).parse(text);
}

namespace {

// A whole number of devices as most are written ("8"), or 0 for any other text (then
// parse_count decides: a blank, a sign, a number out of range).
std::uint64_t plain_count(std::string_view text) {
  if (text.empty() || text.size() > 8) return 0;
  std::uint64_t n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n <= kMaxCount ? n : 0;
}

}  // namespace

void RequestParser::plan(const RequestText& text) {
  const Parser p{text, naming_};
  if (complete_) p.check_complete(intensity_supplied_);
  p.check_rules();
  step_count_ = 0;
  for (Fields rest = text.given(); rest != 0; rest &= rest - 1) {
    const Declared& d = kInputs[static_cast<std::size_t>(std::countr_zero(rest))];
    Fast fast = Fast::none;  // a duration, a precision, a basis: always the full parser
    switch (d.spec.parse) {
      case Parse::label: fast = Fast::label; break;
      case Parse::name: fast = Fast::name; break;
      case Parse::count: fast = Fast::count; break;
      case Parse::number:
      case Parse::fraction:
      case Parse::scaled:
      case Parse::percent:
      case Parse::hours:
      case Parse::watts:
      case Parse::energy:
      case Parse::intensity: fast = Fast::number; break;
      default: break;
    }
    steps_[step_count_++] = Step{d.spec.field, fast, d.target.number == &Request::hours || d.target.number == &Request::device_hours};
  }
  planned_ = text.given();  // only once the rules passed: a failing set is checked (and fails) each time
}

Request RequestParser::parse(const RequestText& text) {
  if (text.given() != planned_) plan(text);
  Request r;
  for (std::size_t i = 0; i < step_count_; ++i) {
    const Step& s = steps_[i];
    const Declared& d = kInputs[static_cast<std::size_t>(s.field)];
    const std::string_view v = text.value(s.field);
    // Each fast case gives exactly what Parser::field gives for such text (a plain decimal is
    // what every number parser reads it as, before its units); the rest goes to Parser::field.
    switch (s.fast) {
      case Fast::label:
        if (printable_ascii(v)) continue;
        break;
      case Fast::name:
        if (!v.empty() && trim(v).size() == v.size()) {
          r.*d.target.name = v;
          continue;
        }
        break;
      case Fast::count:
        if (const std::uint64_t n = plain_count(v); n != 0) {
          r.count = n;
          continue;
        }
        break;
      case Fast::number:
        if (const std::optional<double> x = plain_decimal(v); x && in_range(*x, d.spec.range)) {
          r.*d.target.number = *x;
          if (s.sets_hours) {
            r.hours_field = s.field;
            r.hours_text = v;
          }
          continue;
        }
        break;
      case Fast::none: break;
    }
    Parser{text, naming_}.field(d, v, r);
  }
  r.pue_from_setting = r.pue && (text.from_settings() & bit(F::pue)) != 0;
  return r;
}

}  // namespace mlcarbon
