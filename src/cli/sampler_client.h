// mlcarbon's side of a measurement: finds mlcarbon-sampler, starts it, and reads what it
// measured when told to stop (src/measure/sampler_main.cpp describes its output).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/render.h"
#include "util/system.h"

namespace mlcarbon {

struct Measurement {
  struct Gpu {
    unsigned index = 0;
    std::string name, uuid;
    bool energy_counter = false;  // the device's own energy counter; else power samples x time
    double energy_j = 0;
    std::optional<double> utilization;  // mean, 0-1
  };
  double interval_s = 1;
  double duration_s = 0;
  bool nvml = false;  // NVML loaded and started
  std::string nvml_note;
  std::string powercap_status;  // ok, absent, unreadable
  std::string powercap_note;
  std::vector<Gpu> gpus;
  std::optional<double> package_j, dram_j;  // RAPL, when readable
  std::optional<double> cpu_load;           // the machine's, 0-1 (/proc/stat)
  double sampler_cpu_s = 0;                 // what the sampler itself used
  std::vector<std::string> samples;         // the per-interval records, as the sampler wrote them
};

// What was measured, part by part (GPUs, CPU packages, DRAM where RAPL has it), as `run` reports
// it and `measure` lists it.
std::vector<RunPart> measured_parts(const Measurement& m);

// The measured power over time as energy per `step_s` seconds from the sampler's start: parts[i]
// is the joules the GPUs, CPU packages and DRAM drew in [i x step, (i + 1) x step), each sample's
// energy split over the steps it spans. Empty when no sample measured anything.
std::vector<double> sample_profile(const std::vector<std::string>& samples, double step_s);

// --interval of run and measure: seconds, "1", "0.5", or a duration with a unit ("0.5s", "1m").
double parse_interval(std::string_view text);

// A monotonic clock, in seconds.
double monotonic_seconds();

// The sampler: MLCARBON_SAMPLER, else mlcarbon-sampler beside the running mlcarbon, else in
// ../libexec/mlcarbon from it (the installed layout). Error(io) naming where it looked.
std::string find_sampler(const System& system);

class Sampler {
 public:
  // Starts `program` with `args`. Error(io) when it cannot be started.
  Sampler(const std::string& program, const std::vector<std::string>& args);
  ~Sampler();
  Sampler(const Sampler&) = delete;
  Sampler& operator=(const Sampler&) = delete;

  // Reads what the sampler has written so far, waiting at most `timeout_ms` (so that its pipe
  // never fills); false when interrupted by a signal.
  bool pump(int timeout_ms);
  // Waits (up to 10 s) for the sampler's first line, what it will measure: GPUs and RAPL found.
  struct Sources {
    std::size_t gpus = 0;
    bool powercap = false;
    std::string nvml_note, powercap_note;
  };
  Sources sources();
  // Tells it to stop, waits for it and returns what it measured. Error(internal) when its output
  // cannot be understood.
  Measurement finish();

 private:
  int pid_ = -1, to_ = -1, from_ = -1;
  std::string output_;
};

}  // namespace mlcarbon
