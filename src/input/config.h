// Defaults for the command line from the environment and from a project file, so that CI jobs
// and repositories can set them once. Precedence: flag > environment > project file > built-in.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace mlcarbon {

enum class Setting { format, data_dir, budget, region, pue, hardware };
inline constexpr std::size_t kSettingCount = 6;

// "budget" (project file key) and "MLCARBON_BUDGET" (environment variable).
std::string_view setting_key(Setting setting);
std::string setting_env(Setting setting);

struct SettingValue {
  std::string text;
  std::string origin;  // "MLCARBON_REGION" or "/path/.mlcarbon.json"
};

class Settings {
 public:
  // Reads the MLCARBON_* variables and the project file: the one MLCARBON_CONFIG names (set and
  // empty: none), else the first .mlcarbon.json in the working directory or one of its parents.
  // A project file that is not a JSON object of known keys is an Error(usage) naming file and key.
  static Settings load();

  // The value from the environment, else from the project file.
  const std::optional<SettingValue>& get(Setting setting) const { return values_[static_cast<std::size_t>(setting)]; }
  const std::string& project_file() const { return project_file_; }

 private:
  std::array<std::optional<SettingValue>, kSettingCount> values_{};
  std::string project_file_;
};

}  // namespace mlcarbon
