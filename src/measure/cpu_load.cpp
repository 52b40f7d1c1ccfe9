#include "measure/cpu_load.h"

#include <fcntl.h>
#include <unistd.h>

namespace mlcarbon {

bool read_cpu_times(const std::string& path, CpuTimes& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buffer[512];
  const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
  ::close(fd);
  if (n <= 4) return false;
  buffer[n] = '\0';
  // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
  if (buffer[0] != 'c' || buffer[1] != 'p' || buffer[2] != 'u' || buffer[3] != ' ') return false;
  std::uint64_t field[10] = {};
  int count = 0;
  const char* p = buffer + 3;
  while (count < 10 && *p != '\n' && *p != '\0') {
    while (*p == ' ') ++p;
    if (*p < '0' || *p > '9') break;
    std::uint64_t v = 0;
    while (*p >= '0' && *p <= '9') v = v * 10 + static_cast<std::uint64_t>(*p++ - '0');
    field[count++] = v;
  }
  if (count < 4) return false;
  // guest and guest_nice are already counted in user and nice.
  const std::uint64_t idle = field[3] + field[4];
  std::uint64_t total = 0;
  for (int i = 0; i < 8 && i < count; ++i) total += field[i];
  out.total = total;
  out.busy = total - idle;
  return true;
}

double cpu_load(const CpuTimes& from, const CpuTimes& to) {
  if (to.total <= from.total || to.busy < from.busy) return 0;
  const double share = static_cast<double>(to.busy - from.busy) / static_cast<double>(to.total - from.total);
  return share > 1 ? 1 : share;
}

}  // namespace mlcarbon
