// Measurement sources without hardware: wrapping counters, a powercap tree written by the test,
// /proc/stat lines. The sampler as a whole (with a fake NVML library and a live fake powercap
// tree) is tested by tests/sampler_test.sh.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "measure/counter.h"
#include "measure/cpu_load.h"
#include "measure/powercap.h"

using namespace mlcarbon;

namespace {

void write(const std::string& path, const std::string& text) {
  FILE* f = std::fopen(path.c_str(), "w");
  REQUIRE(f != nullptr);
  std::fputs(text.c_str(), f);
  std::fclose(f);
}

// A temporary directory, removed at the end.
struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/mlcarbon-measure-XXXXXX";
    REQUIRE(::mkdtemp(pattern) != nullptr);
    path = pattern;
  }
  ~TempDir() { std::system(("rm -rf '" + path + "'").c_str()); }
};

void zone(const std::string& root, const std::string& dir, const std::string& name, std::uint64_t uj, std::uint64_t range) {
  ::mkdir((root + "/" + dir).c_str(), 0755);
  write(root + "/" + dir + "/name", name + "\n");
  write(root + "/" + dir + "/energy_uj", std::to_string(uj) + "\n");
  write(root + "/" + dir + "/max_energy_range_uj", std::to_string(range) + "\n");
}

}  // namespace

TEST_CASE("a wrapping counter adds what passed, across a wrap", "[measure]") {
  WrappingCounter c(1000);
  CHECK(c.add(900) == 0);  // the first reading only sets the start
  CHECK(c.add(950) == 50);
  CHECK(c.add(30) == 80);  // 950 -> 1000 (50), then 0 -> 30
  CHECK(c.total() == 130);
  CHECK(c.resets() == 0);
  WrappingCounter no_range;  // NVML's: a step back is a reset, not a wrap
  no_range.add(5000);
  no_range.add(6000);
  no_range.add(10);
  CHECK(no_range.total() == 1000);
  CHECK(no_range.resets() == 1);
}

TEST_CASE("powercap: packages and DRAM counted, core and psys not, a wrap handled", "[measure]") {
  TempDir t;
  const std::uint64_t range = 262143328850ULL;
  zone(t.path, "intel-rapl:0", "package-0", range - 3000000, range);  // 3 J before the wrap
  zone(t.path, "intel-rapl:0:0", "core", 100, range);
  zone(t.path, "intel-rapl:0:2", "dram", 500, range);
  zone(t.path, "intel-rapl:1", "package-1", 0, range);
  zone(t.path, "intel-rapl:2", "psys", 0, range);
  Powercap p(t.path);
  REQUIRE(p.status() == Powercap::Status::ok);
  CHECK(p.zones().size() == 3);
  // 10 J later on package 0 (wrapping: 3 J to the end, 7 J after 0), 4 J on package 1, 2 J of DRAM;
  // the core and psys zones move too but are not added.
  write(t.path + "/intel-rapl:0/energy_uj", "7000000\n");
  write(t.path + "/intel-rapl:1/energy_uj", "4000000\n");
  write(t.path + "/intel-rapl:0:2/energy_uj", "2000500\n");
  write(t.path + "/intel-rapl:0:0/energy_uj", "9000000\n");
  write(t.path + "/intel-rapl:2/energy_uj", "99000000\n");
  CHECK(p.sample());
  CHECK(p.package_joules() == Approx(14.0));
  CHECK(p.dram_joules() == Approx(2.0));
  CHECK(p.note().empty());
}

TEST_CASE("powercap: no zones, and zones that cannot be read, are said with what to do", "[measure]") {
  TempDir t;
  Powercap none(t.path + "/missing");
  CHECK(none.status() == Powercap::Status::absent);
  CHECK_THAT(none.note(), Catch::Contains("no RAPL counters"));
  // A counter that cannot be read (as for a non-root user since Linux 5.10): here a directory
  // where the file should be, since the tests may run as root, who can read any file.
  ::mkdir((t.path + "/intel-rapl:0").c_str(), 0755);
  write(t.path + "/intel-rapl:0/name", "package-0\n");
  ::mkdir((t.path + "/intel-rapl:0/energy_uj").c_str(), 0755);
  Powercap locked(t.path);
  CHECK(locked.status() == Powercap::Status::unreadable);
  CHECK_THAT(locked.note(), Catch::Contains("is not readable") && Catch::Contains("run as root") && Catch::Contains("chmod a+r"));
  CHECK(locked.package_joules() == 0);
}

TEST_CASE("CPU load from /proc/stat lines", "[measure]") {
  TempDir t;
  const std::string path = t.path + "/stat";
  // user nice system idle iowait irq softirq steal guest guest_nice
  write(path, "cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3\n");
  CpuTimes a{}, b{};
  REQUIRE(read_cpu_times(path, a));
  CHECK(a.total == 1000);
  CHECK(a.busy == 150);
  write(path, "cpu  400 0 150 1250 100 0 0 0 0 0\n");
  REQUIRE(read_cpu_times(path, b));
  // busy 150 -> 550 (+400) of total 1000 -> 1900 (+900)
  CHECK(cpu_load(a, b) == Approx(400.0 / 900.0));
  write(path, "intr 5\n");
  CHECK_FALSE(read_cpu_times(path, b));
  CHECK_FALSE(read_cpu_times(t.path + "/none", b));
}
