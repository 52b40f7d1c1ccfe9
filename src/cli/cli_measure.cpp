// The `measure` command: what this machine's GPUs, CPU packages and DRAM draw, for a while or
// until Ctrl-C, without running anything (mlcarbon-sampler does the sampling).
#include <signal.h>
#include <time.h>

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

double now_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

constexpr Range kIntervalRange{0.01, 3600, true, "seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)"};

// "1", "0.5", or a duration with a unit ("500ms" is not one: "0.5s").
double parse_interval(std::string_view text) {
  const std::string_view t = trim(text);
  if (!t.empty() && ((t.back() >= 'a' && t.back() <= 'z') || (t.back() >= 'A' && t.back() <= 'Z'))) {
    double seconds = 0;
    try {
      seconds = parse_duration_hours("--interval", t) * 3600;
    } catch (const Error&) {
      throw Error(ErrorKind::usage, fmt::format("--interval: {} is not a number of seconds; expected {}", quote(text), kIntervalRange.expected));
    }
    if (!(seconds >= kIntervalRange.min && seconds <= kIntervalRange.max)) {
      throw Error(ErrorKind::usage, fmt::format("--interval: {} is out of range; expected {}", quote(text), kIntervalRange.expected));
    }
    return seconds;
  }
  return parse_number("--interval", text, kIntervalRange);
}

std::string wh(double joules) { return fmt::format("{} Wh", human(joules / 3600)); }
std::string watts(double joules, double seconds) { return seconds > 0 ? fmt::format("{} W", human(joules / seconds)) : "-"; }

std::string render_text(const Measurement& m) {
  std::string out = fmt::format("mlcarbon measure: {:.1f} s on this machine, sampled every {} s\n\n", m.duration_s, human(m.interval_s));
  Table table({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left});
  table.add({"component", "energy", "mean power", "how"});
  std::size_t rows = 0;
  double total = 0;
  for (const Measurement::Gpu& g : m.gpus) {
    std::string how = g.energy_counter ? "NVML energy counter" : "NVML power samples x time";
    if (g.utilization) how += fmt::format(", utilization {}%", human(*g.utilization * 100));
    table.add({fmt::format("GPU {} ({})", g.index, g.name), wh(g.energy_j), watts(g.energy_j, m.duration_s), how});
    total += g.energy_j;
    ++rows;
  }
  if (m.package_j) {
    table.add({"CPU packages", wh(*m.package_j), watts(*m.package_j, m.duration_s), "RAPL counters (powercap)"});
    total += *m.package_j;
    ++rows;
  }
  if (m.dram_j && *m.dram_j > 0) {
    table.add({"DRAM", wh(*m.dram_j), watts(*m.dram_j, m.duration_s), "RAPL counters (powercap)"});
    total += *m.dram_j;
    ++rows;
  }
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
    const double end = now_seconds() + seconds;
    while (!g_interrupted) {
      const double left = end - now_seconds();
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
