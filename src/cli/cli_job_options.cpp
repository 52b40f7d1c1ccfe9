// The options that describe a job, shared by `estimate` and `compare`.
#include "cli/cli_internal.h"

namespace mlcarbon {

void JobOptions::setup(Options& o) {
  o.text(field(InputField::hardware), "-g,--hardware", "NAME",
         "device id or alias (`mlcarbon hardware list`); its TDP is the power per device");
  o.text(field(InputField::count), "-n,--count", "N", "number of devices (default 1)");
  o.text(field(InputField::hours), "--hours", "H", "hours the devices run (or --duration)");
  o.text(field(InputField::duration), "--duration", "D", "how long the devices run, e.g. 3d12h30m, 14.8d, 90m (or --hours)");
  o.text(field(InputField::device_hours), "--device-hours", "N",
         "device-hours (GPU-hours) in total, as papers report them, e.g. 1082990 or 1.08M: hours = N / --count");
  o.text(field(InputField::region), "-r,--region", "ID",
         "where: aws:us-east-1, gcp:us-central1, azure:westeurope, a bare region code, or a country (FR, country:FR)");
  o.text(field(InputField::pue), "--pue", "X",
         "power usage effectiveness (default: the site's or provider's published PUE, else the industry average)");
  o.text(field(InputField::power), "--power", "W", "measured average watts per device; replaces the TDP");
  o.text(field(InputField::utilization), "-u,--utilization", "F", "fraction of the TDP drawn, 0-1 or a percentage (default 1)");
  o.text(field(InputField::intensity), "--intensity", "G", "grid intensity in gCO2e/kWh; replaces the region's");
  o.text(field(InputField::offset), "--offset", "PCT", "percentage of the emissions offset by what you bought (0-100)");
  o.text(field(InputField::offset_kg), "--offset-kg", "KG", "kg CO2e of offsets you bought");
  o.text(field(InputField::instance), "--instance", "ID",
         "a cloud instance type (aws:p4d.24xlarge, gcp:a3-highgpu-8g, azure:nd96asr_v4): its accelerators, host CPUs "
         "and memory; --count is then the number of instances");
  o.text(field(InputField::cpu), "--cpu", "NAME", "host CPU model (its TDP is counted; `mlcarbon hardware list --kind cpu`)");
  o.text(field(InputField::cpu_count), "--cpu-count", "N", "host CPU packages (default 1, or the instance's)");
  o.text(field(InputField::cpu_cores), "--cpu-cores", "N", "host CPU cores used, each at the package's TDP / cores (Green Algorithms' model)");
  o.text(field(InputField::cpu_utilization), "--cpu-utilization", "F", "fraction of the CPUs' TDP drawn (default 1)");
  o.text(field(InputField::memory_gb), "--memory-gb", "G", "host memory, GB (0.3725 W per GB, Green Algorithms)");
  o.text(field(InputField::overhead_w), "--overhead-w", "W", "fixed power per node (per instance with --instance), watts");
  o.text(field(InputField::flops), "--flops", "F", "training compute in FLOP (e.g. 3.14e23): the hours follow from the devices' peak throughput");
  o.text(field(InputField::params), "--params", "N", "model parameters (e.g. 7B); with --tokens: compute = 6 x params x tokens");
  o.text(field(InputField::tokens), "--tokens", "D", "training tokens (e.g. 2T)");
  o.text(field(InputField::mfu), "--mfu", "U", "model FLOPs utilization, 0-1 (default 0.40)");
  o.text(field(InputField::precision), "--precision", "P", "fp64, fp32, tf32, fp16, bf16, fp8 or int8 (default bf16, else fp16, fp32)");
}

RequestText JobOptions::text(const Common& common) const {
  RequestText text;
  for (std::size_t i = 0; i < kInputFieldCount; ++i) {
    if (fields[i].given()) text.values[i] = fields[i].value;
  }
  // Defaults from the environment and the project file, for the fields that have one.
  const auto fallback = [&](InputField f, Setting s) {
    if (!text[f] && common.settings.get(s)) text[f] = common.settings.get(s)->text;
  };
  fallback(InputField::region, Setting::region);
  fallback(InputField::pue, Setting::pue);
  fallback(InputField::hardware, Setting::hardware);
  return text;
}

}  // namespace mlcarbon
