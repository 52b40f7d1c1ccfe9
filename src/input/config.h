// Defaults for the command line from the environment and from a project file, so that CI jobs
// and repositories can set them once. Precedence: flag > environment > project file > built-in.
// The settings are the program's own (format, data_dir, budget) and the job inputs the input
// table marks as settings (inputs.h): MLCARBON_<KEY> in the environment, <key> in the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/request.h"
#include "util/system.h"

namespace mlcarbon {

// Every key a project file may hold, in the order they are read.
const std::vector<std::string_view>& setting_keys();
// "MLCARBON_BUDGET" for "budget".
std::string setting_env(std::string_view key);

struct SettingValue {
  std::string text;
  std::string origin;  // "MLCARBON_REGION" or "/path/.mlcarbon.json"
};

class Settings {
 public:
  // Reads the MLCARBON_* variables and the project file: the one MLCARBON_CONFIG names (set and
  // empty: none), else the first .mlcarbon.json in the working directory or one of its parents.
  // A project file that is not a JSON object of known keys is an Error(usage) naming file and key.
  static Settings load(const System& system);

  // The value from the environment, else from the project file.
  const std::optional<SettingValue>& get(std::string_view key) const;
  const std::optional<SettingValue>& get(Field field) const { return get(field_name(field)); }
  const std::string& project_file() const { return project_file_; }

 private:
  std::vector<std::pair<std::string_view, std::optional<SettingValue>>> values_;
  std::string project_file_;
};

}  // namespace mlcarbon
