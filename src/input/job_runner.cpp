#include "input/job_runner.h"

#include <fmt/format.h>

#include "core/series.h"
#include "util/text.h"

namespace mlcarbon {

namespace {
constexpr std::string_view kGroupKeys[] = {"user", "account", "partition", "month"};
}  // namespace

JobRunner::JobRunner(const Catalog& catalog, const RequestText& defaults, const std::vector<std::string>& group_by)
    : catalog_(catalog), defaults_(defaults) {
  for (const std::string& given : group_by) {
    const std::string key = to_lower(trim(given));
    const auto it = std::find(std::begin(kGroupKeys), std::end(kGroupKeys), key);
    if (it == std::end(kGroupKeys)) {
      throw Error(ErrorKind::usage, fmt::format("--group-by: {} is not a field to group by; expected user, account, partition or month",
                                                quote(given)));
    }
    const auto k = static_cast<GroupKey>(it - std::begin(kGroupKeys));
    if (std::find(group_keys_.begin(), group_keys_.end(), k) != group_keys_.end()) {
      throw Error(ErrorKind::usage, fmt::format("--group-by: {} is given twice", quote(given)));
    }
    group_keys_.push_back(k);
    totals_.groups.push_back(Grouping{std::string(*it), {}});
  }
}

void JobRunner::count(const JobResult& result, const JobContext* context) {
  totals_.add(result.estimate);
  if (result.series != nullptr) totals_.all.add_series(result.estimate, result.series->co2e_kg);
  for (std::size_t i = 0; i < group_keys_.size(); ++i) {
    std::string_view value;
    if (context != nullptr) {
      switch (group_keys_[i]) {
        case GroupKey::user: value = context->user; break;
        case GroupKey::account: value = context->account; break;
        case GroupKey::partition: value = context->partition; break;
        case GroupKey::month: value = context->month; break;
      }
    }
    Totals& t = totals_.groups[i].of(value);
    t.add(result.estimate);
    if (result.series != nullptr) t.add_series(result.estimate, result.series->co2e_kg);
  }
}

void JobRunner::count_skipped(SkipReason reason) {
  switch (reason) {
    case SkipReason::step: ++totals_.skipped.steps; break;
    case SkipReason::running: ++totals_.skipped.running; break;
    case SkipReason::not_started: ++totals_.skipped.not_started; break;
  }
}

template <typename T, typename Find>
T JobRunner::lookup(Cache<T>& cache, std::string_view name, Find find) {
  auto* entry = cache.find(name);
  if (entry == nullptr) {
    Cached<T> found;
    try {
      found.value = find(catalog_, name, failures_ < kSuggestedFailures ? Suggest::yes : Suggest::no);
    } catch (const Error& e) {
      // Failures are kept only up to a bound, so that a file of distinct unknown names runs in
      // flat memory; past it (and past kSuggestedFailures) a failure costs a scan of the names.
      if (++failures_ > kCachedFailures) throw;
      found.error = e;
    }
    entry = &cache.add(name, std::move(found));
  }
  if (entry->value.error) throw *entry->value.error;
  return entry->value.value;
}

JobResult JobRunner::run(const JobRow& row) {
  // Without defaults from the command line, the row is the request as it stands.
  if (defaults_.given() == 0) return run(row.line, row.text);
  return run(row.line, defaults_.overlaid_by(row.text));
}

JobResult JobRunner::run(std::size_t line, const RequestText& text) {
  const Request request = parser_.parse(text);
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
    return JobResult{line, name, estimates_.estimate(catalog_, request, found), nullptr, {}};
  } catch (const Error& e) {
    throw Error(e.kind(), name_fields(e.what(), Naming::columns));
  }
}

}  // namespace mlcarbon
