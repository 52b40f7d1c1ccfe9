// The `measure` command: what this machine's GPUs, CPU packages and DRAM draw, for a while or
// until Ctrl-C, without running anything (mlcarbon-sampler does the sampling).
#include <signal.h>

#include <cmath>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "cli/sampler_client.h"
#include "input/quantity.h"
#include "render/json_writer.h"
#include "render/table.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

volatile sig_atomic_t g_interrupted = 0;
void on_interrupt(int) { g_interrupted = 1; }

std::string wh(double joules) { return fmt::format("{} Wh", human(joules / 3600)); }
std::string watts(double joules, double seconds) { return seconds > 0 ? fmt::format("{} W", human(joules / seconds)) : "-"; }

std::string render_text(const Measurement& m) {
  std::string out = fmt::format("mlcarbon measure: {:.1f} s on this machine, sampled every {} s\n\n", m.duration_s, human(m.interval_s));
  Table table({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left});
  table.add({"component", "energy", "mean power", "how"});
  const std::vector<RunPart> parts = measured_parts(m);
  double total = 0;
  for (const RunPart& p : parts) {
    const double joules = p.kwh * 3.6e6;
    table.add({p.name, wh(joules), watts(joules, m.duration_s), p.how});
    total += joules;
  }
  const std::size_t rows = parts.size();
  if (rows > 0) {
    table.add({"measured in all", wh(total), watts(total, m.duration_s), ""});
    out += table.render() + "\n";
  }
  if (rows == 0) out += "  nothing measured: no GPU or CPU counter could be read (below)\n";
  out += "\n";
  if (m.cpu_load) out += fmt::format("  CPU load of the machine: {}% of all CPUs' time (/proc/stat)\n", human(*m.cpu_load * 100));
  if (!m.nvml) out += fmt::format("  GPUs not measured: {}\n", m.nvml_note);
  else if (m.gpus.empty()) out += "  GPUs: none visible (CUDA_VISIBLE_DEVICES; --all-gpus for every GPU)\n";
  else if (!m.nvml_note.empty()) out += fmt::format("  GPUs: {}\n", m.nvml_note);
  if (m.powercap_status != "ok") out += fmt::format("  CPU and DRAM not measured: {}\n", m.powercap_note);
  out += fmt::format("  the sampler used {} s of CPU time ({}% of one core)\n", human(m.sampler_cpu_s),
                     human(m.duration_s > 0 ? m.sampler_cpu_s / m.duration_s * 100 : 0));
  return out;
}

std::string render_json(const Measurement& m) {
  JsonWriter j;
  j.begin_object().field("schema_version", 1).field("duration_s", m.duration_s).field("interval_s", m.interval_s);
  j.key("gpus").begin_array();
  double total = 0;
  for (const Measurement::Gpu& g : m.gpus) {
    j.begin_object().field("index", static_cast<std::uint64_t>(g.index)).field("name", g.name).field("uuid", g.uuid);
    j.field("method", g.energy_counter ? "energy_counter" : "power_samples").field("energy_j", g.energy_j);
    j.field("mean_power_w", m.duration_s > 0 ? g.energy_j / m.duration_s : 0).field("utilization", g.utilization).end_object();
    total += g.energy_j;
  }
  j.end_array();
  j.field("nvml", m.nvml ? "ok" : "absent").field("nvml_note", m.nvml_note);
  j.field("powercap", m.powercap_status).field("powercap_note", m.powercap_note);
  j.field("package_j", m.package_j).field("dram_j", m.dram_j).field("cpu_load", m.cpu_load);
  total += m.package_j.value_or(0) + m.dram_j.value_or(0);
  j.field("measured_j", total).field("sampler_cpu_s", m.sampler_cpu_s);
  j.end_object();
  return j.finish();
}

struct MeasureCommand {
  TextOption duration, interval;
  bool all_gpus = false;

  void setup(Options& o) {
    o.text(duration, "--duration", "D", "how long to measure, e.g. 30s, 5m (default: until Ctrl-C)");
    o.text(interval, "--interval", "S", "seconds between samples (default 1; 0.5, 2s, 1m)");
    o.flag(all_gpus, "--all-gpus", "every GPU, not only those CUDA_VISIBLE_DEVICES names");
  }

  int run(const Common& common) const {
    const double seconds = duration.given() ? parse_duration_hours("--duration", duration.value) * 3600 : INFINITY;
    const double every = interval.given() ? parse_interval(interval.value) : 1.0;
    const std::string program = find_sampler(common.system);
    std::vector<std::string> args{"--interval", fmt::format("{}", every)};
    if (all_gpus) args.emplace_back("--all-gpus");
    // Ctrl-C ends the measurement (the sampler ignores it and reports when its input closes).
    struct sigaction interrupt {}, previous{};
    interrupt.sa_handler = on_interrupt;
    ::sigaction(SIGINT, &interrupt, &previous);
    g_interrupted = 0;
    Sampler sampler(program, args);
    const double end = monotonic_seconds() + seconds;
    while (!g_interrupted) {
      const double left = end - monotonic_seconds();
      if (left <= 0) break;
      sampler.pump(static_cast<int>(std::min(left * 1000 + 1, 200.0)));
    }
    const Measurement m = sampler.finish();
    ::sigaction(SIGINT, &previous, nullptr);
    common.system.out(common.output == Format::json ? render_json(m) : render_text(m));
    return 0;
  }
};

}  // namespace

Command measure_command() {
  return make_command<MeasureCommand>("measure", "measure what this machine's GPUs, CPUs and DRAM draw (--duration, or until Ctrl-C)",
                                      {Format::text, Format::json});
}

}  // namespace mlcarbon
