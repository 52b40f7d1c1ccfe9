// The machine's CPU load from /proc/stat: the share of all CPUs' time that was busy between two
// readings (user, nice, system, irq, softirq, steal; not idle or iowait).
#pragma once

#include <cstdint>
#include <string>

namespace mlcarbon {

struct CpuTimes {
  std::uint64_t busy = 0, total = 0;  // clock ticks, all CPUs
};

// The first line of a /proc/stat file; false when it cannot be read or parsed.
bool read_cpu_times(const std::string& path, CpuTimes& out);

// Busy share between two readings, 0 to 1 (0 when no time passed).
double cpu_load(const CpuTimes& from, const CpuTimes& to);

}  // namespace mlcarbon
