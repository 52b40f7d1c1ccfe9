// mlcarbon-sampler: measures the machine's power until its standard input closes, then prints
// what it measured. `mlcarbon run` and `mlcarbon measure` start it; it is a program of its own
// because it loads NVIDIA's driver library with dlopen, which the static mlcarbon cannot do
// reliably (glibc), and it keeps mlcarbon's start-up free of anything a measurement needs.
//
//   mlcarbon-sampler [--interval S] [--powercap-root DIR] [--nvml LIBRARY] [--proc-stat FILE] [--all-gpus]
//
// The powercap root and the NVML library default to MLCARBON_POWERCAP_ROOT and
// MLCARBON_NVML_LIBRARY when those are set (for tests), else /sys/class/powercap and libnvidia-ml.so.1.
//
// Output, JSON Lines on stdout (documented in the man page, MEASUREMENT): one
// {"record":"sources",...} line when it starts, one {"record":"sample",...} line per interval
// (the mean power of each component over it), and one {"record":"total",...} line when stdin
// closes (or on SIGTERM). SIGINT is ignored: a Ctrl-C at the terminal is the measured command's.
// Exit status 0, or 2 for a bad argument.
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "measure/cpu_load.h"
#include "measure/nvml.h"
#include "measure/powercap.h"

namespace {

volatile sig_atomic_t g_stop = 0;
void on_term(int) { g_stop = 1; }

double now_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// A JSON string (names come from a driver: quoted and escaped).
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\u{:04x}", byte);
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string status_name(mlcarbon::Powercap::Status s) {
  switch (s) {
    case mlcarbon::Powercap::Status::ok: return "ok";
    case mlcarbon::Powercap::Status::absent: return "absent";
    case mlcarbon::Powercap::Status::unreadable: return "unreadable";
  }
  return "absent";
}

void print_line(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

[[noreturn]] void usage(const std::string& why) {
  std::fprintf(stderr, "mlcarbon-sampler: %s\nusage: mlcarbon-sampler [--interval S] [--powercap-root DIR] [--nvml LIBRARY] "
                       "[--proc-stat FILE] [--all-gpus]\n", why.c_str());
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  double interval = 1;
  // Defaults from the environment, for tests and odd installations (man page, ENVIRONMENT).
  const auto env_or = [](const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr && *v != '\0' ? v : fallback);
  };
  std::string powercap_root = env_or("MLCARBON_POWERCAP_ROOT", "/sys/class/powercap");
  std::string nvml_library = env_or("MLCARBON_NVML_LIBRARY", "libnvidia-ml.so.1");
  std::string proc_stat = "/proc/stat";
  bool all_gpus = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(fmt::format("{} needs a value", arg));
      return argv[++i];
    };
    if (arg == "--interval") {
      const std::string v = value();
      char* end = nullptr;
      interval = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0' || !(interval >= 0.01 && interval <= 3600)) usage("--interval: expected seconds, 0.01 to 3600");
    } else if (arg == "--powercap-root") {
      powercap_root = value();
    } else if (arg == "--nvml") {
      nvml_library = value();
    } else if (arg == "--proc-stat") {
      proc_stat = value();
    } else if (arg == "--all-gpus") {
      all_gpus = true;
    } else {
      usage(fmt::format("unknown argument '{}'", arg));
    }
  }
  struct sigaction term {};
  term.sa_handler = on_term;
  ::sigaction(SIGTERM, &term, nullptr);
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGPIPE, SIG_IGN);

  const char* visible_env = std::getenv("CUDA_VISIBLE_DEVICES");
  const std::optional<std::string> visible = visible_env != nullptr ? std::optional<std::string>(visible_env) : std::nullopt;
  // NVML first (loading the library takes a while), then the counters' first readings and the
  // start of the window, together: the energies and the duration cover the same time.
  mlcarbon::Nvml nvml(nvml_library, visible, all_gpus);
  const double start = now_seconds();
  nvml.restart();  // a fresh first reading of each counter
  mlcarbon::Powercap rapl(powercap_root);
  mlcarbon::CpuTimes cpu_start{}, cpu_last{};
  const bool have_load = mlcarbon::read_cpu_times(proc_stat, cpu_start);
  cpu_last = cpu_start;

  {
    std::string gpus;
    for (const auto& g : nvml.gpus()) {
      if (!gpus.empty()) gpus += ',';
      gpus += fmt::format("{{\"index\":{},\"name\":{},\"uuid\":{},\"method\":\"{}\"}}", g.index, json_string(g.name), json_string(g.uuid),
                          g.energy_counter ? "energy_counter" : "power_samples");
    }
    std::string zones;
    for (const auto& z : rapl.zones()) {
      if (!zones.empty()) zones += ',';
      zones += json_string(z.name);
    }
    print_line(fmt::format("{{\"record\":\"sources\",\"interval_s\":{},\"nvml\":\"{}\",\"nvml_note\":{},\"gpus\":[{}],"
                           "\"powercap\":\"{}\",\"powercap_note\":{},\"powercap_zones\":[{}],\"cpu_load\":{}}}",
                           interval, nvml.ok() ? "ok" : "absent", json_string(nvml.note()), gpus, status_name(rapl.status()),
                           json_string(rapl.note()), zones, have_load ? "true" : "false"));
  }

  double last = start;
  bool input_open = true;
  while (input_open && !g_stop) {
    // Wait for the next interval, or for stdin to close (the caller is done).
    const double next = last + interval;
    const double wait = next - now_seconds();
    pollfd fd{STDIN_FILENO, POLLIN, 0};
    const int ready = ::poll(&fd, 1, wait > 0 ? static_cast<int>(wait * 1000 + 0.5) : 0);
    if (ready > 0) {
      char buffer[64];
      const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
      if (n <= 0 && !(n < 0 && errno == EINTR)) input_open = false;  // closed: the last sample, then the total
      if (input_open) continue;
    } else if (ready < 0 && errno == EINTR && !g_stop) {
      continue;  // a signal other than SIGTERM
    }
    const double t = now_seconds();
    const double seconds = t - last;
    if (seconds <= 0) continue;
    std::vector<double> gpu_before;
    for (const auto& g : nvml.gpus()) gpu_before.push_back(g.joules());
    const double package_before = rapl.package_joules(), dram_before = rapl.dram_joules();
    nvml.sample(seconds);
    rapl.sample();
    mlcarbon::CpuTimes cpu_now{};
    const bool load_now = have_load && mlcarbon::read_cpu_times(proc_stat, cpu_now);
    std::string gpu_w;
    for (std::size_t i = 0; i < nvml.gpus().size(); ++i) {
      if (!gpu_w.empty()) gpu_w += ',';
      gpu_w += fmt::format("{}", (nvml.gpus()[i].joules() - gpu_before[i]) / seconds);
    }
    const bool rapl_ok = rapl.status() == mlcarbon::Powercap::Status::ok;
    print_line(fmt::format("{{\"record\":\"sample\",\"t_s\":{},\"seconds\":{},\"gpu_w\":[{}],\"package_w\":{},\"dram_w\":{},\"cpu_load\":{}}}",
                           t - start, seconds, gpu_w,
                           rapl_ok ? fmt::format("{}", (rapl.package_joules() - package_before) / seconds) : "null",
                           rapl_ok ? fmt::format("{}", (rapl.dram_joules() - dram_before) / seconds) : "null",
                           load_now ? fmt::format("{}", mlcarbon::cpu_load(cpu_last, cpu_now)) : "null"));
    if (load_now) cpu_last = cpu_now;
    last = t;
  }

  std::string gpus;
  for (const auto& g : nvml.gpus()) {
    if (!gpus.empty()) gpus += ',';
    gpus += fmt::format("{{\"index\":{},\"energy_j\":{},\"method\":\"{}\",\"utilization\":{}}}", g.index, g.joules(),
                        g.energy_counter ? "energy_counter" : "power_samples",
                        g.utilization_samples > 0 ? fmt::format("{}", g.utilization_sum / 100.0 / static_cast<double>(g.utilization_samples))
                                                  : "null");
  }
  rusage self{};
  ::getrusage(RUSAGE_SELF, &self);
  const double cpu_s = static_cast<double>(self.ru_utime.tv_sec + self.ru_stime.tv_sec) +
                       static_cast<double>(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
  const bool rapl_ok = rapl.status() == mlcarbon::Powercap::Status::ok;
  print_line(fmt::format("{{\"record\":\"total\",\"duration_s\":{},\"gpus\":[{}],\"package_j\":{},\"dram_j\":{},\"cpu_load\":{},"
                         "\"sampler_cpu_s\":{}}}",
                         last - start, gpus, rapl_ok ? fmt::format("{}", rapl.package_joules()) : "null",
                         rapl_ok ? fmt::format("{}", rapl.dram_joules()) : "null",
                         have_load ? fmt::format("{}", mlcarbon::cpu_load(cpu_start, cpu_last)) : "null", cpu_s));
  return 0;
}
