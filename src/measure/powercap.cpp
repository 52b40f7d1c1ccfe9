#include "measure/powercap.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace mlcarbon {
namespace {

// "intel-rapl:0" (depth 1) or "intel-rapl:0:2" (depth 2); 0 for anything else.
int zone_depth(const std::string& name) {
  const std::size_t colon = name.find(':');
  if (colon == std::string::npos || colon < 5 || name.compare(colon - 5, 5, "-rapl") != 0) return 0;
  int depth = 0;
  std::size_t at = colon;
  while (at != std::string::npos) {
    const std::size_t next = name.find(':', at + 1);
    const std::string part = name.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
    if (part.empty() || part.find_first_not_of("0123456789") != std::string::npos) return 0;
    ++depth;
    at = next;
  }
  return depth <= 2 ? depth : 0;
}

bool read_text(const std::string& path, std::string& out, int* error) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (error != nullptr) *error = errno;
    return false;
  }
  char buffer[128];
  const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
  const int read_error = errno;
  ::close(fd);
  if (n < 0) {
    if (error != nullptr) *error = read_error;
    return false;
  }
  out.assign(buffer, static_cast<std::size_t>(n));
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return true;
}

}  // namespace

bool read_sysfs_number(const std::string& path, std::uint64_t& out, int* error) {
  std::string text;
  if (!read_text(path, text, error)) return false;
  if (text.empty() || text.size() > 20 || text.find_first_not_of("0123456789") != std::string::npos) {
    if (error != nullptr) *error = EINVAL;
    return false;
  }
  std::uint64_t value = 0;
  for (const char c : text) value = value * 10 + static_cast<std::uint64_t>(c - '0');
  out = value;
  return true;
}

Powercap::Powercap(std::string root) : root_(std::move(root)) {
  DIR* dir = ::opendir(root_.c_str());
  if (dir == nullptr) return;  // absent
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(dir)) {
    if (zone_depth(entry->d_name) != 0) names.emplace_back(entry->d_name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  bool found = false, readable = true;
  for (const std::string& zone : names) {
    const std::string base = root_ + "/" + zone;
    std::string name;
    if (!read_text(base + "/name", name, nullptr)) continue;
    const int depth = zone_depth(zone);
    // Packages at the top, DRAM wherever it is; the rest (core, uncore: within the package; psys:
    // the whole platform, overlapping both) is not added.
    const bool package = depth == 1 && name.rfind("package", 0) == 0;
    const bool dram = name == "dram";
    if (!package && !dram) continue;
    found = true;
    std::uint64_t range = 0, now = 0;
    int error = 0;
    read_sysfs_number(base + "/max_energy_range_uj", range, nullptr);
    PowercapZone z{zone, name, dram, WrappingCounter(range)};
    if (!read_sysfs_number(base + "/energy_uj", now, &error)) {
      readable = false;
      if (unreadable_path_.empty()) unreadable_path_ = base + "/energy_uj";
      continue;
    }
    z.counter.add(now);
    zones_.push_back(std::move(z));
  }
  status_ = !found ? Status::absent : (readable && !zones_.empty()) ? Status::ok : Status::unreadable;
  if (status_ != Status::ok) zones_.clear();
}

std::string Powercap::note() const {
  switch (status_) {
    case Status::ok: return {};
    case Status::absent:
      return "no RAPL counters under " + root_ + " (not Linux on Intel or AMD Zen, a virtual machine, or the intel_rapl driver not loaded)";
    case Status::unreadable:
      return unreadable_path_ + " is not readable (since Linux 5.10 only root may read it); run as root, or let this user read it: "
                                "sudo chmod a+r " + root_ + "/intel-rapl:*/energy_uj " + root_ + "/intel-rapl:*/intel-rapl:*/energy_uj";
  }
  return {};
}

bool Powercap::sample() {
  bool all = true;
  for (PowercapZone& z : zones_) {
    std::uint64_t now = 0;
    if (!read_sysfs_number(root_ + "/" + z.dir + "/energy_uj", now, nullptr)) {
      all = false;
      continue;
    }
    z.counter.add(now);
  }
  return all;
}

double Powercap::package_joules() const {
  double uj = 0;
  for (const PowercapZone& z : zones_) uj += z.dram ? 0 : static_cast<double>(z.counter.total());
  return uj / 1e6;
}

double Powercap::dram_joules() const {
  double uj = 0;
  for (const PowercapZone& z : zones_) uj += z.dram ? static_cast<double>(z.counter.total()) : 0;
  return uj / 1e6;
}

}  // namespace mlcarbon
