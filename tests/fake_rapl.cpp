// A fake powercap tree whose counters advance in real time, for tests of the sampler:
//
//   fake_rapl ROOT SECONDS PACKAGE_W [DRAM_W [START_UJ [RANGE_UJ]]]
//
// makes ROOT/intel-rapl:0 (package-0, with a "core" subzone that must not be counted) and, with
// DRAM_W, ROOT/intel-rapl:0:2 (dram), then rewrites each energy_uj every 10 ms for SECONDS:
// START_UJ + watts x elapsed x 1e6, wrapping to 0 at RANGE_UJ (default 262143328850, a common
// max_energy_range_uj), as the kernel's counters do. Files are replaced atomically (rename).
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

double now() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void write_file(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "w");
  if (f == nullptr) std::exit(1);
  std::fputs(text.c_str(), f);
  std::fclose(f);
  std::rename(tmp.c_str(), path.c_str());
}

struct Zone {
  std::string dir;
  double watts;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: fake_rapl ROOT SECONDS PACKAGE_W [DRAM_W [START_UJ [RANGE_UJ]]]\n");
    return 2;
  }
  const std::string root = argv[1];
  const double seconds = std::atof(argv[2]), package_w = std::atof(argv[3]);
  const double dram_w = argc > 4 ? std::atof(argv[4]) : -1;
  const std::uint64_t start = argc > 5 ? std::strtoull(argv[5], nullptr, 10) : 1000000;
  const std::uint64_t range = argc > 6 ? std::strtoull(argv[6], nullptr, 10) : 262143328850ULL;
  ::mkdir(root.c_str(), 0755);
  std::string zones[] = {"intel-rapl:0", "intel-rapl:0:0", "intel-rapl:0:2"};
  const std::string names[] = {"package-0", "core", "dram"};
  for (int i = 0; i < 3; ++i) {
    if (i == 2 && dram_w < 0) break;
    const std::string dir = root + "/" + zones[i];
    ::mkdir(dir.c_str(), 0755);
    write_file(dir + "/name", names[i] + "\n");
    write_file(dir + "/max_energy_range_uj", std::to_string(range) + "\n");
  }
  const Zone live[] = {{root + "/intel-rapl:0", package_w}, {root + "/intel-rapl:0:0", package_w / 2}, {root + "/intel-rapl:0:2", dram_w}};
  const double t0 = now();
  for (;;) {
    const double elapsed = now() - t0;
    for (const Zone& z : live) {
      if (z.watts < 0) continue;
      const auto uj = static_cast<std::uint64_t>(static_cast<double>(start) + z.watts * elapsed * 1e6) % range;
      write_file(z.dir + "/energy_uj", std::to_string(uj) + "\n");
    }
    if (elapsed >= seconds) break;
    ::usleep(10000);
  }
  return 0;
}
