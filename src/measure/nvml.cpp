#include "measure/nvml.h"

#include <dlfcn.h>

#include <cstring>

namespace mlcarbon {
namespace {

// NVML's C interface, as its header declares it (only what is used here).
using Return = int;  // nvmlReturn_t: 0 is NVML_SUCCESS
using Device = void*;  // nvmlDevice_t
struct Utilization {
  unsigned int gpu, memory;  // percent
};
constexpr Return kSuccess = 0;

// CUDA_VISIBLE_DEVICES's entries, up to the first empty one.
std::vector<std::string> split_visible(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    std::string item = text.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    while (!item.empty() && item.back() == ' ') item.pop_back();
    if (item.empty()) break;
    out.push_back(item);
    start = comma + 1;
  }
  return out;
}

}  // namespace

struct Nvml::Api {
  Return (*init)();
  Return (*shutdown)();
  Return (*count)(unsigned int*);
  Return (*by_index)(unsigned int, Device*);
  Return (*by_uuid)(const char*, Device*);
  Return (*name)(Device, char*, unsigned int);
  Return (*uuid)(Device, char*, unsigned int);
  Return (*index)(Device, unsigned int*);
  Return (*energy)(Device, unsigned long long*);  // mJ since the driver loaded
  Return (*power)(Device, unsigned int*);         // mW
  Return (*utilization)(Device, Utilization*);
};

Nvml::Nvml(const std::string& library, const std::optional<std::string>& visible, bool all) {
  handle_ = ::dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle_ == nullptr) {
    note_ = "no NVIDIA driver library (" + library + " not loadable)";
    return;
  }
  api_ = new Api{};
  const auto bind = [&](auto& fn, const char* symbol) {
    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(handle_, symbol));
    return fn != nullptr;
  };
  const bool bound = bind(api_->init, "nvmlInit_v2") && bind(api_->shutdown, "nvmlShutdown") &&
                     bind(api_->count, "nvmlDeviceGetCount_v2") && bind(api_->by_index, "nvmlDeviceGetHandleByIndex_v2") &&
                     bind(api_->by_uuid, "nvmlDeviceGetHandleByUUID") && bind(api_->name, "nvmlDeviceGetName") &&
                     bind(api_->uuid, "nvmlDeviceGetUUID") && bind(api_->index, "nvmlDeviceGetIndex") &&
                     bind(api_->power, "nvmlDeviceGetPowerUsage") && bind(api_->utilization, "nvmlDeviceGetUtilizationRates");
  bind(api_->energy, "nvmlDeviceGetTotalEnergyConsumption");  // optional (older drivers)
  if (!bound) {
    note_ = library + " lacks an NVML function this needs (an old driver?)";
    return;
  }
  if (api_->init() != kSuccess) {
    note_ = "NVML did not start (no NVIDIA GPU, or the driver is not loaded)";
    return;
  }
  std::vector<Device> devices;
  if (visible && !all) {
    for (const std::string& item : split_visible(*visible)) {
      Device d = nullptr;
      const bool is_index = item.find_first_not_of("0123456789") == std::string::npos;
      const Return r = is_index ? api_->by_index(static_cast<unsigned>(std::stoul(item)), &d) : api_->by_uuid(item.c_str(), &d);
      if (r != kSuccess) {
        note_ = "CUDA_VISIBLE_DEVICES names " + item + ", which is not a GPU here: the GPUs after it are not visible either (as in CUDA)";
        break;
      }
      devices.push_back(d);
    }
  } else {
    unsigned int n = 0;
    if (api_->count(&n) == kSuccess) {
      for (unsigned int i = 0; i < n; ++i) {
        Device d = nullptr;
        if (api_->by_index(i, &d) == kSuccess) devices.push_back(d);
      }
    }
  }
  for (Device d : devices) {
    GpuReading g;
    char text[96] = {};
    if (api_->name(d, text, sizeof text) == kSuccess) g.name = text;
    std::memset(text, 0, sizeof text);
    if (api_->uuid(d, text, sizeof text) == kSuccess) g.uuid = text;
    unsigned int index = 0;
    if (api_->index(d, &index) == kSuccess) g.index = index;
    unsigned long long mj = 0;
    g.energy_counter = api_->energy != nullptr && api_->energy(d, &mj) == kSuccess;
    if (g.energy_counter) {
      g.counter.add(mj);
    } else if (unsigned int mw = 0; api_->power(d, &mw) == kSuccess) {
      g.last_power_w = mw / 1000.0;  // the power at the start, for the first trapezoid
    }
    gpus_.push_back(std::move(g));
    devices_.push_back(d);
  }
  ok_ = true;
}

Nvml::~Nvml() {
  if (ok_) api_->shutdown();
  delete api_;
  if (handle_ != nullptr) ::dlclose(handle_);
}

void Nvml::restart() {
  if (!ok_) return;
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    GpuReading& g = gpus_[i];
    g.counter = WrappingCounter();
    g.sampled_joules = 0;
    g.utilization_sum = 0;
    g.utilization_samples = 0;
    if (unsigned long long mj = 0; g.energy_counter && api_->energy(devices_[i], &mj) == kSuccess) g.counter.add(mj);
    if (unsigned int mw = 0; !g.energy_counter && api_->power(devices_[i], &mw) == kSuccess) g.last_power_w = mw / 1000.0;
  }
}

void Nvml::sample(double seconds) {
  if (!ok_) return;
  for (std::size_t i = 0; i < gpus_.size(); ++i) {
    GpuReading& g = gpus_[i];
    const Device d = devices_[i];
    if (g.energy_counter) {
      unsigned long long mj = 0;
      if (api_->energy(d, &mj) == kSuccess) g.counter.add(mj);
    } else {
      unsigned int mw = 0;
      if (api_->power(d, &mw) == kSuccess) {
        const double w = mw / 1000.0;
        // Trapezoids between samples (a sample missed at the start: the first stands for the interval).
        g.sampled_joules += (g.last_power_w < 0 ? w : (w + g.last_power_w) / 2) * seconds;
        g.last_power_w = w;
      }
    }
    Utilization u{};
    if (api_->utilization(d, &u) == kSuccess) {
      g.utilization_sum += u.gpu;
      ++g.utilization_samples;
    }
  }
}

}  // namespace mlcarbon
