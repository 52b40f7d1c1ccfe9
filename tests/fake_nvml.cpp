// A stand-in for libnvidia-ml.so.1, built by the tests: it replays a scripted power trace so that
// mlcarbon-sampler's NVML path runs without a GPU. Set by the environment:
//   FAKE_NVML_WATTS     "300,250": one GPU per number, each drawing that many watts from nvmlInit
//   FAKE_NVML_COUNTER   "0" for GPUs without a total-energy counter (power samples only); default 1
//   FAKE_NVML_FAIL_INIT "1": nvmlInit fails (no driver loaded)
// Energy counters count millijoules from a starting value, as the driver's do since it loaded.
#include <time.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Gpu {
  double watts;
};
std::vector<Gpu> g_gpus;
double g_start = 0;
bool g_counter = true;

double now() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

int index_of(void* device) {
  const auto i = reinterpret_cast<std::uintptr_t>(device);
  return i >= 1 && i <= g_gpus.size() ? static_cast<int>(i - 1) : -1;
}

constexpr int kSuccess = 0, kInvalid = 2, kNotSupported = 3, kNotFound = 6;

}  // namespace

extern "C" {

struct FakeUtilization {
  unsigned int gpu, memory;
};

int nvmlInit_v2() {
  if (const char* fail = std::getenv("FAKE_NVML_FAIL_INIT"); fail != nullptr && std::strcmp(fail, "1") == 0) return 9;  // driver not loaded
  g_gpus.clear();
  const char* watts = std::getenv("FAKE_NVML_WATTS");
  std::string list = watts != nullptr ? watts : "300";
  std::size_t start = 0;
  while (start < list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    g_gpus.push_back({std::atof(list.substr(start, comma - start).c_str())});
    start = comma + 1;
  }
  const char* counter = std::getenv("FAKE_NVML_COUNTER");
  g_counter = counter == nullptr || std::strcmp(counter, "0") != 0;
  g_start = now();
  return kSuccess;
}

int nvmlShutdown() { return kSuccess; }

int nvmlDeviceGetCount_v2(unsigned int* count) {
  *count = static_cast<unsigned int>(g_gpus.size());
  return kSuccess;
}

int nvmlDeviceGetHandleByIndex_v2(unsigned int index, void** device) {
  if (index >= g_gpus.size()) return kInvalid;
  *device = reinterpret_cast<void*>(static_cast<std::uintptr_t>(index + 1));
  return kSuccess;
}

int nvmlDeviceGetHandleByUUID(const char* uuid, void** device) {
  // GPU-fake-N names GPU N.
  unsigned int n = 0;
  if (std::sscanf(uuid, "GPU-fake-%u", &n) != 1 || n >= g_gpus.size()) return kNotFound;
  *device = reinterpret_cast<void*>(static_cast<std::uintptr_t>(n + 1));
  return kSuccess;
}

int nvmlDeviceGetName(void* device, char* name, unsigned int length) {
  if (index_of(device) < 0) return kInvalid;
  std::snprintf(name, length, "Fake GPU");
  return kSuccess;
}

int nvmlDeviceGetUUID(void* device, char* uuid, unsigned int length) {
  const int i = index_of(device);
  if (i < 0) return kInvalid;
  std::snprintf(uuid, length, "GPU-fake-%d", i);
  return kSuccess;
}

int nvmlDeviceGetIndex(void* device, unsigned int* index) {
  const int i = index_of(device);
  if (i < 0) return kInvalid;
  *index = static_cast<unsigned int>(i);
  return kSuccess;
}

int nvmlDeviceGetTotalEnergyConsumption(void* device, unsigned long long* mj) {
  const int i = index_of(device);
  if (i < 0) return kInvalid;
  if (!g_counter) return kNotSupported;
  // Since a driver load long before: an offset, then the scripted power.
  *mj = 5000000ULL + static_cast<unsigned long long>(g_gpus[static_cast<std::size_t>(i)].watts * (now() - g_start) * 1000);
  return kSuccess;
}

int nvmlDeviceGetPowerUsage(void* device, unsigned int* mw) {
  const int i = index_of(device);
  if (i < 0) return kInvalid;
  *mw = static_cast<unsigned int>(g_gpus[static_cast<std::size_t>(i)].watts * 1000);
  return kSuccess;
}

int nvmlDeviceGetUtilizationRates(void* device, FakeUtilization* u) {
  if (index_of(device) < 0) return kInvalid;
  u->gpu = 90;
  u->memory = 40;
  return kSuccess;
}

}  // extern "C"
