// NVIDIA GPUs through NVML, loaded at run time with dlopen (no build or link dependency): each
// visible GPU's energy from its total-energy counter (Volta and later), else its power samples
// integrated over time, and its utilization. Used by mlcarbon-sampler, a dynamically linked
// program: the static mlcarbon cannot dlopen reliably (glibc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "measure/counter.h"

namespace mlcarbon {

struct GpuReading {
  unsigned index = 0;  // NVML's (PCI bus order)
  std::string name, uuid;
  bool energy_counter = false;  // the device's own counter; else power samples x time
  WrappingCounter counter;      // mJ
  double sampled_joules = 0;    // from power samples (trapezoids), when no counter
  double last_power_w = -1;     // the previous power sample, -1 before the first
  double utilization_sum = 0;   // of the samples that had one, 0-100
  std::uint64_t utilization_samples = 0;
  double joules() const { return energy_counter ? static_cast<double>(counter.total()) / 1e3 : sampled_joules; }
};

class Nvml {
 public:
  // Loads `library` (libnvidia-ml.so.1 unless a test points elsewhere) and finds the GPUs: those
  // CUDA_VISIBLE_DEVICES names (`visible`: indices or GPU- UUIDs, as CUDA reads them, up to the
  // first that is not a GPU) unless `all`, or when it is unset. Never throws: status() says what
  // happened.
  Nvml(const std::string& library, const std::optional<std::string>& visible, bool all);
  ~Nvml();
  Nvml(const Nvml&) = delete;
  Nvml& operator=(const Nvml&) = delete;

  bool ok() const { return ok_; }
  const std::string& note() const { return note_; }  // why not ok, or what was left out
  // One reading of each GPU; `seconds` since the previous one (for power samples).
  void sample(double seconds);
  // Starts again from now: each counter's reading now is its new start (nothing before counts).
  void restart();
  const std::vector<GpuReading>& gpus() const { return gpus_; }

 private:
  struct Api;
  void* handle_ = nullptr;
  Api* api_ = nullptr;
  bool ok_ = false;
  std::string note_;
  std::vector<GpuReading> gpus_;
  std::vector<void*> devices_;
};

}  // namespace mlcarbon
