#include "cli/sampler_client.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "input/quantity.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

extern char** environ;

namespace mlcarbon {
namespace {

std::string directory_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::optional<double> number_or_null(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

constexpr Range kIntervalRange{0.01, 3600, true, "seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)"};

}  // namespace

std::vector<RunPart> measured_parts(const Measurement& m) {
  std::vector<RunPart> parts;
  for (const Measurement::Gpu& g : m.gpus) {
    std::string how = g.energy_counter ? "NVML energy counter" : "NVML power samples x time";
    if (g.utilization) how += fmt::format(", utilization {}%", human(*g.utilization * 100));
    parts.push_back({fmt::format("GPU {} ({})", g.index, g.name), "gpu", g.energy_counter ? "nvml_energy_counter" : "nvml_power_samples",
                     how, g.energy_j / 3.6e6, true});
  }
  if (m.package_j) parts.push_back({"CPU packages", "cpu", "rapl", "RAPL counters (powercap)", *m.package_j / 3.6e6, true});
  if (m.dram_j && *m.dram_j > 0) parts.push_back({"DRAM", "dram", "rapl", "RAPL counters (powercap)", *m.dram_j / 3.6e6, true});
  return parts;
}

double parse_interval(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.empty() || !((t.back() >= 'a' && t.back() <= 'z') || (t.back() >= 'A' && t.back() <= 'Z'))) {
    return parse_number("--interval", text, kIntervalRange);
  }
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

double monotonic_seconds() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::string find_sampler(const System& system) {
  if (const auto env = system.env("MLCARBON_SAMPLER"); env && !env->empty()) {
    if (system.kind(*env) != System::Kind::file) {
      throw Error(ErrorKind::io, fmt::format("MLCARBON_SAMPLER names '{}', which is not a file", *env));
    }
    return *env;
  }
  char self[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  std::vector<std::string> tried;
  if (n > 0) {
    const std::string dir = directory_of(std::string(self, static_cast<std::size_t>(n)));
    for (const std::string& candidate : {dir + "/mlcarbon-sampler", dir + "/../libexec/mlcarbon/mlcarbon-sampler"}) {
      if (system.kind(candidate) == System::Kind::file) return candidate;
      tried.push_back(candidate);
    }
  }
  throw Error(ErrorKind::io, fmt::format("mlcarbon-sampler, which measures, is not installed (looked for {}); install the package "
                                         "or build the target mlcarbon-sampler, or set MLCARBON_SAMPLER to it",
                                         tried.empty() ? std::string("it beside mlcarbon") : fmt::format("{}", fmt::join(tried, " and "))));
}

Sampler::Sampler(const std::string& program, const std::vector<std::string>& args) {
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
    throw Error(ErrorKind::io, fmt::format("cannot start the sampler: {}", std::strerror(errno)));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  std::vector<std::string> words{program};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int r = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(in[0]);
  ::close(out[1]);
  if (r != 0) {
    ::close(in[1]);
    ::close(out[0]);
    throw Error(ErrorKind::io, fmt::format("cannot start the sampler '{}': {}", program, std::strerror(r)));
  }
  pid_ = pid;
  to_ = in[1];
  from_ = out[0];
}

Sampler::~Sampler() {
  if (to_ >= 0) ::close(to_);
  if (from_ >= 0) ::close(from_);
  if (pid_ > 0) {
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
}

bool Sampler::pump(int timeout_ms) {
  pollfd fd{from_, POLLIN, 0};
  const int ready = ::poll(&fd, 1, timeout_ms);
  if (ready < 0) return errno != EINTR;
  if (ready == 0) return true;
  char buffer[4096];
  const ssize_t n = ::read(from_, buffer, sizeof buffer);
  if (n > 0) output_.append(buffer, static_cast<std::size_t>(n));
  return true;
}

Sampler::Sources Sampler::sources() {
  for (int waited = 0; output_.find('\n') == std::string::npos && waited < 100; ++waited) {
    if (!pump(100)) continue;
  }
  Sources s;
  const std::size_t end = output_.find('\n');
  if (end == std::string::npos) return s;
  try {
    const nlohmann::json j = nlohmann::json::parse(output_.substr(0, end));
    s.gpus = j.at("gpus").size();
    s.powercap = j.at("powercap").get<std::string>() == "ok";
    s.nvml_note = j.at("nvml_note").get<std::string>();
    s.powercap_note = j.at("powercap_note").get<std::string>();
  } catch (const nlohmann::json::exception&) {
  }
  return s;
}

std::vector<double> sample_profile(const std::vector<std::string>& samples, double step_s) {
  std::vector<double> parts;
  double measured = 0;
  for (const std::string& line : samples) {
    double watts = 0, seconds = 0, end = 0;
    try {
      const nlohmann::json j = nlohmann::json::parse(line);
      end = j.at("t_s").get<double>();
      seconds = j.at("seconds").get<double>();
      for (const auto& w : j.at("gpu_w")) watts += w.get<double>();
      for (const char* key : {"package_w", "dram_w"}) {
        if (const auto w = number_or_null(j, key)) watts += *w;
      }
    } catch (const nlohmann::json::exception& e) {
      throw Error(ErrorKind::internal, fmt::format("the sampler's output is not what mlcarbon reads: {}", e.what()));
    }
    if (!(seconds > 0) || !(watts >= 0) || !std::isfinite(watts) || end < seconds) continue;
    // The sample's energy, spread evenly over [end - seconds, end), step by step.
    double from = end - seconds;
    while (from < end) {
      const auto i = static_cast<std::size_t>(from / step_s);
      const double to = std::min(end, static_cast<double>(i + 1) * step_s);
      if (parts.size() <= i) parts.resize(i + 1, 0.0);
      parts[i] += watts * (to - from);
      measured += watts * (to - from);
      from = to;
    }
  }
  if (!(measured > 0)) parts.clear();
  return parts;
}

Measurement Sampler::finish() {
  ::close(to_);  // the sampler's stdin closes: it takes its last sample and prints the total
  to_ = -1;
  for (;;) {
    char buffer[4096];
    const ssize_t n = ::read(from_, buffer, sizeof buffer);
    if (n > 0) {
      output_.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(from_);
  from_ = -1;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  Measurement m;
  bool total = false, sources = false;
  std::size_t start = 0;
  try {
    while (start < output_.size()) {
      const std::size_t end = std::min(output_.find('\n', start), output_.size());
      const std::string line = output_.substr(start, end - start);
      start = end + 1;
      if (line.empty()) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      const std::string record = j.at("record").get<std::string>();
      if (record == "sources") {
        sources = true;
        m.interval_s = j.at("interval_s").get<double>();
        m.nvml = j.at("nvml").get<std::string>() == "ok";
        m.nvml_note = j.at("nvml_note").get<std::string>();
        m.powercap_status = j.at("powercap").get<std::string>();
        m.powercap_note = j.at("powercap_note").get<std::string>();
        for (const auto& g : j.at("gpus")) {
          m.gpus.push_back({g.at("index").get<unsigned>(), g.at("name").get<std::string>(), g.at("uuid").get<std::string>(),
                            g.at("method").get<std::string>() == "energy_counter", 0, std::nullopt});
        }
      } else if (record == "sample") {
        m.samples.push_back(line);
      } else if (record == "total") {
        total = true;
        m.duration_s = j.at("duration_s").get<double>();
        const auto& gpus = j.at("gpus");
        for (std::size_t i = 0; i < gpus.size() && i < m.gpus.size(); ++i) {
          m.gpus[i].energy_j = gpus[i].at("energy_j").get<double>();
          m.gpus[i].utilization = number_or_null(gpus[i], "utilization");
        }
        m.package_j = number_or_null(j, "package_j");
        m.dram_j = number_or_null(j, "dram_j");
        m.cpu_load = number_or_null(j, "cpu_load");
        m.sampler_cpu_s = j.at("sampler_cpu_s").get<double>();
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::internal, fmt::format("the sampler's output is not what mlcarbon reads: {}", e.what()));
  }
  if (!sources || !total) {
    const std::string why = WIFSIGNALED(status) ? fmt::format("it was killed by signal {}", WTERMSIG(status))
                                                : fmt::format("it exited with status {}", WEXITSTATUS(status));
    throw Error(ErrorKind::internal, fmt::format("the sampler stopped without a result ({})", why));
  }
  return m;
}

}  // namespace mlcarbon
