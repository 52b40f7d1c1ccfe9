// An energy counter that wraps: Linux powercap's energy_uj counts up to max_energy_range_uj and
// starts again from 0; NVML's total energy counts millijoules since the driver loaded. Reading
// one at intervals shorter than a wrap gives the energy used since the first reading.
#pragma once

#include <cstdint>

namespace mlcarbon {

class WrappingCounter {
 public:
  // `range`: the value after which the counter starts again from 0 (powercap's
  // max_energy_range_uj); 0 for a counter that does not wrap within a run.
  explicit WrappingCounter(std::uint64_t range = 0) : range_(range) {}

  // A new reading of the raw counter; returns what it added.
  std::uint64_t add(std::uint64_t now) {
    if (!started_) {
      started_ = true;
      last_ = now;
      return 0;
    }
    std::uint64_t delta = 0;
    if (now >= last_) {
      delta = now - last_;
    } else if (range_ != 0 && last_ <= range_) {
      delta = (range_ - last_) + now;  // wrapped once: up to the range, then from 0
    } else {
      ++resets_;  // went back without a known range: a reset (driver reload); count from here
    }
    last_ = now;
    total_ += delta;
    return delta;
  }

  std::uint64_t total() const { return total_; }  // in the counter's unit, since the first reading
  std::uint64_t resets() const { return resets_; }
  bool started() const { return started_; }

 private:
  std::uint64_t range_ = 0, last_ = 0, total_ = 0, resets_ = 0;
  bool started_ = false;
};

}  // namespace mlcarbon
