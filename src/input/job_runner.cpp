#include "input/job_runner.h"

namespace mlcarbon {

template <typename T, typename Find>
T JobRunner::lookup(Cache<T>& cache, std::string_view name, Find find) {
  auto it = cache.find(name);
  if (it == cache.end()) {
    Cached<T> entry;
    try {
      entry.value = find(catalog_, name, failures_ < kSuggestedFailures ? Suggest::yes : Suggest::no);
    } catch (const Error& e) {
      // Failures are kept only up to a bound, so that a file of distinct unknown names runs in
      // flat memory; past it (and past kSuggestedFailures) a failure costs a scan of the names.
      if (++failures_ > kCachedFailures) throw;
      entry.error = e;
    }
    it = cache.emplace(std::string(name), std::move(entry)).first;
  }
  if (it->second.error) throw *it->second.error;
  return it->second.value;
}

JobResult JobRunner::run(const JobRow& row) {
  // Without defaults from the command line, the row is the request as it stands.
  if (defaults_.given() == 0) return run(row.line, row.text);
  return run(row.line, defaults_.overlaid_by(row.text));
}

JobResult JobRunner::run(std::size_t line, const RequestText& text) {
  const Request request = parse_request(text, Naming::columns);
  Found found;
  const auto hardware = [](const Catalog& c, std::string_view n, Suggest s) { return find_device(c, n, s); };
  const auto location = [](const Catalog& c, std::string_view n, Suggest s) { return find_location(c, n, s); };
  const auto instance = [](const Catalog& c, std::string_view n, Suggest s) { return &find_instance(c, n, s); };
  const auto cpu = [](const Catalog& c, std::string_view n, Suggest s) { return &find_host_cpu(c, n, s); };
  if (request.hardware) {
    const Slice device = lookup(hardware_cache_, *request.hardware, hardware);
    found.hardware = device.hardware;
    found.slice_chips = device.chips;
  }
  if (request.region) found.location = lookup(location_cache_, *request.region, location);
  if (request.instance) found.instance = lookup(instance_cache_, *request.instance, instance);
  const std::string_view name = text[Field::name].value_or(std::string_view());
  try {
    if (request.cpu) found.cpu = lookup(cpu_cache_, *request.cpu, cpu);
    return JobResult{line, name, estimates_.estimate(catalog_, request, found)};
  } catch (const Error& e) {
    throw Error(e.kind(), name_fields(e.what(), Naming::columns));
  }
}

}  // namespace mlcarbon
