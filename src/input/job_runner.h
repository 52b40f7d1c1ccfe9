// Estimates the rows of a jobs file: the command line's options are defaults each row completes
// or replaces; each row goes through the same parsing (RequestParser) and estimate() as a single job, with
// names looked up once per distinct spelling.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/estimate.h"
#include "core/jobs.h"
#include "input/jobs_reader.h"
#include "util/name_table.h"
#include "util/text.h"

namespace mlcarbon {

class JobRunner {
 public:
  // `group_by`: user, account, partition, month (of an accounting file's rows); checked here.
  JobRunner(const Catalog& catalog, const RequestText& defaults, const std::vector<std::string>& group_by = {});
  // Throws Error (usage or not_found), its message naming columns; never leaves a partial total.
  JobResult run(const JobRow& row);
  void count(const JobResult& result, const JobContext* context = nullptr);
  void count_skipped(SkipReason reason);
  void count_failure() { ++totals_.failed; }
  const JobTotals& totals() const { return totals_; }
  // Keep the totals by region and by hardware (on unless only the overall total is printed).
  void keep_totals_by_key(bool keep) { totals_.by_key = keep; }

 private:
  JobResult run(std::size_t line, const RequestText& text);
  // A name's look-up, kept with its error so that a repeated unknown name costs one hash look-up.
  template <typename T>
  struct Cached {
    T value{};
    std::optional<Error> error;
  };
  template <typename T>
  using Cache = NameTable<Cached<T>>;  // looked up by a view of the row
  // The value of find(catalog_, name), computed once per distinct name; a failure is rethrown.
  template <typename T, typename Find>
  T lookup(Cache<T>& cache, std::string_view name, Find find);

  const Catalog& catalog_;
  RequestText defaults_;
  Cache<Slice> hardware_cache_;
  Cache<Location> location_cache_;
  Cache<const Instance*> instance_cache_;
  Cache<const Hardware*> cpu_cache_;
  // Distinct failed look-ups: the first kSuggestedFailures name the closest matches; at most
  // kCachedFailures are remembered.
  static constexpr std::size_t kSuggestedFailures = 100, kCachedFailures = 1000;
  std::size_t failures_ = 0;
  JobTotals totals_;
  enum class GroupKey { user, account, partition, month };
  std::vector<GroupKey> group_keys_;
  RequestParser parser_{Naming::columns};
  EstimateCache estimates_;
};

}  // namespace mlcarbon
