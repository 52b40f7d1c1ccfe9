// The `run` command: runs a command, measures what the machine draws while it runs (through
// mlcarbon-sampler), and estimates the run from what was measured: the hours from the clock, the
// IT energy from the counters (GPUs by NVML, CPU packages and DRAM by RAPL), the rest (PUE, grid,
// offsets, embodied) as `estimate` does. A part the options name but nothing measured (a GPU
// without NVML, a --cpu without RAPL) is modelled from its TDP and said so.
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <cstring>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "cli/estimate_outputs.h"
#include "cli/sampler_client.h"
#include "input/series_reader.h"
#include "core/assumptions.h"
#include "render/json_writer.h"
#include "input/quantity.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

extern char** environ;

namespace mlcarbon {
namespace {

volatile sig_atomic_t g_child = 0;
volatile sig_atomic_t g_signalled = 0;

// SIGINT or SIGTERM sent to mlcarbon by another process is passed on to the command; one from the
// terminal (Ctrl-C: sent by the kernel to the whole foreground group) has reached it already.
void on_signal(int sig, siginfo_t* info, void*) {
  g_signalled = 1;
  if (g_child > 0 && info != nullptr && info->si_pid != 0) ::kill(static_cast<pid_t>(g_child), sig);
}

void on_child(int) {}  // only to wake the wait for the sampler's output when the command ends


// The fields a measurement replaces: given, they would contradict it.
constexpr Field kMeasured[] = {Field::hours,      Field::duration, Field::device_hours, Field::power, Field::tdp,
                               Field::utilization, Field::energy_kwh, Field::flops,     Field::params, Field::tokens,
                               Field::mfu,        Field::precision, Field::cpu_utilization};

// Shells' statuses for a command that cannot be started: 127 not found, 126 not executable.
constexpr int kExitNotFound = 127, kExitNotExecutable = 126;

// Whether `name` can be run as posix_spawnp would find it (a path, or a name on PATH; without
// PATH, /bin and /usr/bin): 0 when it can, else the shell's status and why.
std::pair<int, std::string> runnable(const System& system, const std::string& name) {
  const auto check = [](const std::string& path) -> int {
    if (::access(path.c_str(), F_OK) != 0) return kExitNotFound;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || S_ISDIR(info.st_mode) || ::access(path.c_str(), X_OK) != 0) return kExitNotExecutable;
    return 0;
  };
  if (name.find('/') != std::string::npos) {
    const int status = check(name);
    return {status, status == kExitNotFound ? "no such file" : status != 0 ? "not executable" : ""};
  }
  const std::string path = system.env("PATH").value_or("/bin:/usr/bin");
  int best = kExitNotFound;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t colon = std::min(path.find(':', start), path.size());
    const std::string dir = colon == start ? std::string(".") : path.substr(start, colon - start);
    const int status = check(dir + "/" + name);
    if (status == 0) return {0, ""};
    if (status == kExitNotExecutable) best = status;
    start = colon + 1;
  }
  return {best, best == kExitNotFound ? "command not found" : "not executable"};
}

// The step of a run's measured power over time, for --intensity-series and --record: a minute.
constexpr double kProfileStep = 60;

struct RunCommand {
  JobOptions job;
  TextOption interval, record, series;
  std::vector<std::string> budgets;
  std::vector<std::string> command;
  bool all_gpus = false, verbose = false, quiet = false;

  void setup(Options& o) {
    job.setup(o);
    o.text(interval, "--interval", "S", "seconds between samples (default 1)");
    o.flag(all_gpus, "--all-gpus", "measure every GPU, not only those CUDA_VISIBLE_DEVICES names");
    o.text(record, "--record", "FILE", "append the run to FILE as a jobs-file row (JSON Lines), for --jobs to sum, budget or write up");
    o.text(series, "--intensity-series", "FILE",
           "grid intensities over time (as for estimate): the run's measured power, minute by minute, against them, beside the "
           "annual figure");
    o.flag(verbose, "-v,--verbose", "the full report: every factor's source, the range, assumptions");
    o.flag(quiet, "-q,--quiet", "print only net_co2e_kg");
    o.list(budgets, "--budget", "LIMIT", "exit 7 above this (50kg, 2t, 200kWh) when the command itself succeeded");
    o.rest(command, "command", "the command to run and measure, after --");
  }

  int run(const Common& common) const {
    if (command.empty()) {
      throw Error(ErrorKind::usage, "run what? give the command after --, e.g. mlcarbon run -g a100 -r FR -- python train.py");
    }
    std::vector<SettingUsed> used;
    const RequestText text = job.text(common, &used);
    for (const Field f : kMeasured) {
      if (text.has(f)) {
        throw Error(ErrorKind::usage, fmt::format("{}: run measures the time and the energy; leave it out (estimate takes it)",
                                                  option_name(f)));
      }
    }
    if (!text.has(Field::region) && !text.has(Field::intensity)) {
      throw Error(ErrorKind::usage, "no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)");
    }
    Request base = parse_request(text, Naming::options, false);
    const double every = interval.given() ? parse_interval(interval.value) : 1.0;
    std::vector<Budget> limits;
    for (const std::string& b : budgets) limits.push_back(parse_budget("--budget", b));
    if (record.given()) check_output_file(common.system, "--record", record.value);
    if (series.given() && (quiet || (common.output != Format::text && common.output != Format::json))) {
      throw Error(ErrorKind::usage, "--intensity-series adds a section to the text or JSON output; it does not go with -q or another --format");
    }
    IntensitySeries intensities;  // read before the command runs: a bad file fails now, not after hours
    if (series.given()) {
      intensities = read_intensity_series(named_io("--intensity-series", [&] { return common.system.read(series.value, kMaxDataFileBytes); }),
                                          series.value);
    }
    const Catalog catalog = common.catalog();
    const Found found = look_up(catalog, base);  // names checked before the command runs
    if (const auto [status, why] = runnable(common.system, command.front()); status != 0) {
      common.system.err(fmt::format("mlcarbon: error: run: {}: {}\n", quote(command.front()), why));
      return status;
    }
    const std::string program = find_sampler(common.system);

    std::vector<std::string> args{"--interval", fmt::format("{}", every)};
    if (all_gpus) args.emplace_back("--all-gpus");
    Sampler sampler(program, args);
    // Something to measure or to model, before the command starts.
    const Sampler::Sources sources = sampler.sources();
    if (sources.gpus == 0 && !sources.powercap && found.hardware == nullptr && found.instance == nullptr && found.cpu == nullptr &&
        !base.memory_gb) {
      sampler.finish();
      throw Error(ErrorKind::usage, fmt::format("run: nothing to measure here ({}; {}) and nothing to model: give --hardware (the "
                                                "accelerator) or --cpu, whose power figure then stands in",
                                                sources.nvml_note.empty() ? "no GPU visible" : sources.nvml_note, sources.powercap_note));
    }

    // The command: stdin, stdout and stderr are its own (mlcarbon's, untouched).
    std::vector<std::string> words = command;
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    struct sigaction action {}, old_int{}, old_term{};
    action.sa_sigaction = on_signal;
    action.sa_flags = SA_SIGINFO;
    ::sigaction(SIGINT, &action, &old_int);
    ::sigaction(SIGTERM, &action, &old_term);
    struct sigaction child_action {}, old_child{};
    child_action.sa_handler = on_child;  // no SA_RESTART: the poll in pump() returns when the command ends
    ::sigaction(SIGCHLD, &child_action, &old_child);
    g_signalled = 0;
    pid_t child = -1;
    const std::time_t start_time = std::time(nullptr);
    const double started = monotonic_seconds();
    const int spawned = ::posix_spawnp(&child, argv[0], nullptr, nullptr, argv.data(), environ);
    if (spawned != 0) {
      ::sigaction(SIGINT, &old_int, nullptr);
      ::sigaction(SIGTERM, &old_term, nullptr);
      ::sigaction(SIGCHLD, &old_child, nullptr);
      sampler.finish();
      common.system.err(fmt::format("mlcarbon: error: run: {}: {}\n", quote(command.front()),
                                    spawned == ENOENT ? "command not found" : std::strerror(spawned)));
      return spawned == ENOENT ? kExitNotFound : kExitNotExecutable;
    }
    g_child = child;
    int status = 0;
    for (;;) {
      const pid_t done = ::waitpid(child, &status, WNOHANG);
      if (done == child) break;
      if (done < 0 && errno != EINTR) break;
      sampler.pump(100);
    }
    const double seconds = monotonic_seconds() - started;
    g_child = 0;
    const Measurement m = sampler.finish();
    ::sigaction(SIGINT, &old_int, nullptr);
    ::sigaction(SIGTERM, &old_term, nullptr);
    ::sigaction(SIGCHLD, &old_child, nullptr);
    const int exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 1;

    RunReport report;
    report.command = command;
    report.seconds = seconds;
    report.sampled_s = m.duration_s > 0 ? m.duration_s : seconds;
    report.exit_status = exit_status;
    report.interrupted = g_signalled != 0;
    report.sampler_cpu_s = m.sampler_cpu_s;
    report.interval_s = m.interval_s;
    const Request request = measured_request(base, found, m, seconds, report);
    Found resolved = found;
    if (request.energy_measured) {
      // The measured energy stands for the whole machine: no host parts; the instance as its accelerators.
      if (found.instance != nullptr) resolved.hardware = found.instance->accelerator;
      resolved.instance = nullptr;
      resolved.cpu = nullptr;
    }

    RenderOptions options;
    options.settings = used;
    options.data_origin = catalog.origin;
    options.short_text = !verbose;
    options.width = common.text_width();
    options.run = &report;
    const Estimate e = estimate(catalog, request, resolved);
    SeriesReport hourly;
    if (series.given()) {
      // The measured energy's shape over the run, minute by minute, scaled to the estimate's facility
      // energy (modelled parts and PUE included); without a measured power, spread evenly.
      constexpr double kStep = kProfileStep;
      const std::vector<double> parts = sample_profile(m.samples, kStep);
      try {
        const SeriesEmissions result =
            parts.empty() ? series_emissions(intensities, start_time, e[Term::hours], e[Term::energy_kwh])
                          : series_emissions(intensities, start_time, static_cast<std::int64_t>(kStep), parts, e[Term::energy_kwh]);
        hourly = SeriesReport{series.value, &intensities, start_time, e[Term::hours], result, e[Term::co2e_kg]};
        options.series = &hourly;
        if (!parts.empty()) report.notes.push_back("--intensity-series: the energy is spread over the run as its measured power was, minute by minute");
      } catch (const Error& bad) {
        if (bad.kind() != ErrorKind::usage) throw;
        report.notes.push_back(fmt::format("--intensity-series: {}; the run is priced at the annual figure only", bad.what()));
      }
    }
    common.system.out(quiet ? rounded(e[Term::net_co2e_kg], kDefaultDigits) + "\n" : render_estimate(e, catalog, common.output, options));
    if (record.given()) {
      common.system.append(record.value, record_row(text, e, report, start_time, std::time(nullptr), sample_profile(m.samples, kProfileStep),
                                                    kProfileStep));
    }
    const bool over = check_budgets(common.system, limits, e[Term::co2e_kg], e[Term::energy_kwh], quiet);
    return exit_status != 0 ? exit_status : over ? kExitBudgetExceeded : 0;
  }

  // The run as a row of a jobs file (JSON Lines): the options given, with the hours and the IT
  // energy measured (so that --jobs makes the same estimate of it), and what run adds: the energy of
  // each kind of part, the start and end (UTC, ISO 8601), the command and its exit status.
  static std::string record_row(const RequestText& text, const Estimate& e, const RunReport& run, std::time_t start, std::time_t end,
                                const std::vector<double>& profile_j, double step_s) {
    JsonWriter j(true, 512);
    j.begin_object();
    std::string command;
    for (const std::string& word : run.command) command += (command.empty() ? "" : " ") + word;
    j.field("name", command);
    // With a measured energy, the devices are those the estimate counted (an instance as its
    // accelerators) and the host's parts are in the energy already.
    constexpr Field kInEnergy[] = {Field::hardware, Field::count,     Field::instance,  Field::cpu,        Field::cpu_count,
                                   Field::cpu_cores, Field::memory_gb, Field::overhead_w, Field::cpu_utilization};
    const bool energy = e.energy_given();
    if (energy && e.hardware != nullptr) j.field("hardware", e.hardware->id);
    if (energy && e.has(Term::count)) j.field("count", e.count);
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      const Field f = static_cast<Field>(i);
      if (f == Field::name || !input_spec(f).column || !text.has(f)) continue;
      if (energy && std::find(std::begin(kInEnergy), std::end(kInEnergy), f) != std::end(kInEnergy)) continue;
      j.field(field_name(f), *text[f]);
    }
    // The time and the energy the estimate used (a run whose every part was modelled records
    // its hours only: --jobs then models it again, the same way).
    j.field("hours", e[Term::hours]);
    if (e.energy_given()) j.field("energy_kwh", e[Term::it_energy_kwh]);
    double gpu = 0, cpu = 0, dram = 0;
    for (const RunPart& p : run.parts) (p.kind == "gpu" ? gpu : p.kind == "cpu" ? cpu : dram) += p.kwh;
    j.field("gpu_kwh", gpu).field("cpu_kwh", cpu).field("dram_kwh", dram);
    const auto iso = [](std::time_t t) {
      std::tm tm{};
      ::gmtime_r(&t, &tm);
      return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                         tm.tm_sec);
    };
    j.field("start", iso(start)).field("end", iso(end)).field("command", command);
    j.field("exit_status", static_cast<std::int64_t>(run.exit_status));
    if (!profile_j.empty()) {
      // The measured energy minute by minute (kWh, the parts measured), so that --jobs with
      // --intensity-series spreads the run's energy as it was drawn.
      std::string text_profile;
      for (const double joules : profile_j) {
        if (!text_profile.empty()) text_profile += ' ';
        text_profile += fmt::format("{:.6g}", joules / 3.6e6);
      }
      j.field("profile_step_s", static_cast<std::int64_t>(step_s)).field("profile_kwh", text_profile);
    }
    j.end_object();
    return j.finish();  // one line, with its newline
  }

  // The request of the estimate: the options' with the hours from the clock and the IT energy
  // from the counters, parts named by the options but not measured modelled from their TDP.
  static Request measured_request(Request r, const Found& found, const Measurement& m, double seconds, RunReport& report) {
    r.hours = seconds / 3600;
    r.hours_measured = true;
    const double hours = seconds / 3600;
    report.parts = measured_parts(m);
    const bool measured = !report.parts.empty();
    double joules = 0;
    for (const RunPart& p : report.parts) joules += p.kwh * 3.6e6;
    const Hardware* named = found.instance != nullptr ? found.instance->accelerator : found.hardware;
    if (named != nullptr && !m.gpus.empty() && r.count && !found.instance && *r.count != m.gpus.size()) {
      report.notes.push_back(fmt::format("--count says {} devices but {} GPUs were measured; the energy is what was measured, the "
                                         "count serves the embodied emissions.", *r.count, m.gpus.size()));
    }
    if (!m.nvml) report.notes.push_back(fmt::format("GPUs not measured: {}.", m.nvml_note));
    else if (!m.nvml_note.empty()) report.notes.push_back(fmt::format("GPUs: {}.", m.nvml_note));
    if (m.powercap_status != "ok") report.notes.push_back(fmt::format("CPU and DRAM not measured: {}.", m.powercap_note));
    // Parts the options name that nothing measured: their TDP x the measured load x the time.
    const Hardware* accelerator = found.instance != nullptr ? found.instance->accelerator : found.hardware;
    if (accelerator != nullptr && m.gpus.empty()) {
      const double count = found.slice_chips != 0   ? static_cast<double>(found.slice_chips)
                           : found.instance != nullptr ? static_cast<double>(r.count.value_or(1)) * found.instance->accelerator_count
                                                       : static_cast<double>(r.count.value_or(1));
      const double kwh = count * accelerator->power_w * hours / 1000;
      report.parts.push_back({fmt::format("{} x {}", human(count), accelerator->id), "gpu", "model",
                              fmt::format("modelled: {} W each ({}) x the time, no GPU measured", human(accelerator->power_w),
                                          accelerator->power_kind == PowerKind::tdp ? "TDP" : "its power figure"),
                              kwh, false});
      joules += kwh * 3.6e6;
    }
    if (found.cpu != nullptr && !m.package_j) {
      const double load = m.cpu_load.value_or(1);
      const double kwh = r.cpu_count.value_or(1) * found.cpu->power_w * load * hours / 1000;
      report.parts.push_back({fmt::format("{} x {}", human(r.cpu_count.value_or(1)), found.cpu->id), "cpu", "model",
                              fmt::format("modelled: TDP {} W x {} ({}) x the time", human(found.cpu->power_w),
                                          m.cpu_load ? fmt::format("CPU load {}%", human(load * 100)) : std::string("full load"),
                                          m.cpu_load ? "/proc/stat" : "no load measured"),
                              kwh, false});
      joules += kwh * 3.6e6;
    }
    if (r.memory_gb && !(m.dram_j && *m.dram_j > 0)) {
      const double kwh = *r.memory_gb * assumptions::kMemoryWattsPerGb * hours / 1000;
      report.parts.push_back({fmt::format("{} GB of memory", human(*r.memory_gb)), "dram", "model",
                              fmt::format("modelled: {} W per GB (Green Algorithms) x the time", assumptions::kMemoryWattsPerGb), kwh,
                              false});
      joules += kwh * 3.6e6;
    }
    // (A measured 0 stands: a command too short for the counters to move.)
    if (joules <= 0 && !measured) {
      throw Error(ErrorKind::usage, fmt::format("run: nothing was measured ({}) and nothing can be modelled: give --hardware (the "
                                                "accelerator) or --cpu, whose TDP then stands in",
                                                fmt::join(report.notes, " ")));
    }
    if (!measured) {
      // Nothing measured: the estimate is the model's, over the measured time (and CPU load).
      report.notes.push_back("Nothing was measured: every part is modelled from its power figure and the time.");
      if (found.cpu != nullptr && m.cpu_load && *m.cpu_load > 0) r.cpu_utilization = *m.cpu_load;
      return r;
    }
    r.energy_kwh = joules / 3.6e6;
    r.energy_measured = true;
    // What the energy replaces (and would conflict with): the host's power terms; an instance
    // stays as its accelerators (for their embodied emissions).
    if (found.instance != nullptr) r.count = r.count.value_or(1) * static_cast<std::uint64_t>(found.instance->accelerator_count);
    r.cpu.reset();
    r.cpu_count.reset();
    r.cpu_cores.reset();
    r.memory_gb.reset();
    r.overhead_w.reset();
    r.instance.reset();
    return r;
  }
};

}  // namespace

Command run_command() {
  return make_command<RunCommand>("run", "run a command, measure its energy (NVML, RAPL) and estimate its emissions", kAllFormats);
}

}  // namespace mlcarbon
