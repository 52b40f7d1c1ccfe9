// CPU package and DRAM energy from the Linux powercap interface (RAPL): the zones under
// /sys/class/powercap named intel-rapl:N (a package) and intel-rapl:N:M (its parts; "dram" is
// counted, "core" and "uncore" lie within the package and are not). AMD processors appear under
// the same driver since Linux 5.8 (Zen); any "<vendor>-rapl:N" zone is read the same way.
// Each counter wraps at its max_energy_range_uj, which the readings handle.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "measure/counter.h"

namespace mlcarbon {

struct PowercapZone {
  std::string dir;   // "intel-rapl:0" or "intel-rapl:0:2", under the root
  std::string name;  // "package-0", "dram"
  bool dram = false;
  WrappingCounter counter;
};

class Powercap {
 public:
  enum class Status {
    ok,          // counters found and readable
    absent,      // no RAPL zone under the root (not Linux, a VM, no driver)
    unreadable,  // zones found, counters not readable (non-root on Linux 5.10 and later)
  };

  // Looks for the zones under `root` (/sys/class/powercap unless a test points elsewhere) and
  // takes a first reading of each.
  explicit Powercap(std::string root);

  Status status() const { return status_; }
  // What to do about it, one line, for a status other than ok (empty for ok).
  std::string note() const;
  const std::string& root() const { return root_; }

  // A reading of every zone; false when a counter could not be read this time (the zone then
  // keeps its total so far).
  bool sample();

  const std::vector<PowercapZone>& zones() const { return zones_; }
  double package_joules() const;  // all packages, since the first reading
  double dram_joules() const;

 private:
  std::string root_;
  Status status_ = Status::absent;
  std::string unreadable_path_;
  std::vector<PowercapZone> zones_;
};

// Reads a whole number from a sysfs file; false when the file cannot be read or holds none.
bool read_sysfs_number(const std::string& path, std::uint64_t& out, int* error = nullptr);

}  // namespace mlcarbon
