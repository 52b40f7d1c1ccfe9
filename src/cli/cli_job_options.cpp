// The options that describe a job, shared by `estimate` and `compare`: one per field of the
// input table.
#include "cli/cli_internal.h"

namespace mlcarbon {

void JobOptions::setup(Options& o) {
  for (const InputSpec& s : input_specs()) {
    if (s.option) o.text(fields[static_cast<std::size_t>(s.field)], s.short_option, option_name(s.field), s.value_name, s.help);
  }
}

RequestText JobOptions::text(const Common& common) const {
  RequestText text;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (fields[i].given()) text.set(static_cast<Field>(i), fields[i].value);
  }
  for (const InputSpec& s : input_specs()) {
    if (!s.setting || text.has(s.field)) continue;
    if (const auto& value = common.settings.get(s.field)) text.set(s.field, value->text);
  }
  return text;
}

}  // namespace mlcarbon
