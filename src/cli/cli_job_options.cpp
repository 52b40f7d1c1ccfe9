// The options that describe a job, shared by `estimate` and `compare`: one per field of the
// input table.
#include <fmt/format.h>

#include "cli/cli_internal.h"

namespace mlcarbon {

void JobOptions::setup(Options& o) {
  for (const InputSpec& s : input_specs()) {
    if (s.option) o.text(fields[static_cast<std::size_t>(s.field)], s.short_option, option_name(s.field), s.value_name, s.help);
  }
}

RequestText JobOptions::text(const Common& common, std::vector<SettingUsed>* used) const {
  RequestText text;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (fields[i].given()) text.set(static_cast<Field>(i), fields[i].value);
  }
  const Fields explicit_fields = text.given();
  for (const InputSpec& s : input_specs()) {
    if (!s.setting || text.has(s.field) || !setting_applies(s.field, explicit_fields)) continue;
    if (const auto& value = common.settings.get(s.field)) {
      const bool variable = value->origin.starts_with("MLCARBON_");
      check_value(s.field, value->text, variable ? value->origin : fmt::format("project file {}, key {}", value->origin, field_name(s.field)));
      text.set_from_setting(s.field, value->text);
      if (used != nullptr) used->push_back(SettingUsed{std::string(field_name(s.field)), value->text, value->origin});
    }
  }
  return text;
}

}  // namespace mlcarbon
