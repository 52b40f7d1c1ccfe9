#include "input/config.h"

#include <filesystem>

#include <fmt/format.h>

#include "input/inputs.h"
#include "data/json_data.h"

namespace mlcarbon {
namespace {

std::optional<std::string> environment(const System& system, const std::string& name) {
  std::optional<std::string> value = system.env(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

// `path` without "." and ".." components, repeated or trailing slashes (std::filesystem's
// lexical normal form, computed only when the path may have something to normalize: this runs at
// every start, and getcwd's paths never do).
std::string normal_path(const std::string& path) {
  const bool plain = !path.starts_with('.') && path.find("//") == std::string::npos && path.find("/.") == std::string::npos;
  std::string out = plain ? path : std::filesystem::path(path).lexically_normal().string();
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

// The project file to read, if any: the one MLCARBON_CONFIG names, else the first .mlcarbon.json
// from the working directory up to the repository's root (a directory with .git) or the user's
// home, whichever comes first. A file another user owns is passed over (as git passes over a
// repository another user owns), so that no one else's file changes this user's numbers.
std::optional<std::filesystem::path> find_project_file(const System& system) {
  if (const auto named = system.env("MLCARBON_CONFIG")) {
    if (named->empty()) return std::nullopt;
    return std::filesystem::path(*named);
  }
  const std::string cwd = system.working_directory();
  if (cwd.empty()) return std::nullopt;
  const std::optional<std::string> home_env = system.env("HOME");
  const std::string home = home_env && !home_env->empty() ? normal_path(*home_env) : std::string();
  std::string dir = normal_path(cwd);
  for (int depth = 0; depth < 256 && !dir.empty(); ++depth) {
    const std::string prefix = dir == "/" ? std::string() : dir;
    const std::string candidate = prefix + "/.mlcarbon.json";
    if (system.kind(candidate) == System::Kind::file && system.owned_by_user(candidate)) return candidate;
    const bool repository_root = system.kind(prefix + "/.git") != System::Kind::missing;
    const bool at_home = !home.empty() && home == dir;
    const std::size_t slash = dir.rfind('/');
    if (repository_root || at_home || dir == "/" || slash == std::string::npos) break;
    dir.resize(slash == 0 ? 1 : slash);  // the parent directory
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::string_view>& setting_keys() {
  static const std::vector<std::string_view> keys = [] {
    std::vector<std::string_view> out{"format", "data_dir", "budget"};
    for (const InputSpec& s : input_specs()) {
      if (s.setting) out.push_back(field_name(s.field));
    }
    return out;
  }();
  return keys;
}

std::string setting_env(std::string_view key) {
  std::string name = "MLCARBON_";
  for (const char c : key) name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return name;
}

const std::optional<SettingValue>& Settings::get(std::string_view key) const {
  static const std::optional<SettingValue> none;
  for (const auto& [k, v] : values_) {
    if (k == key) return v;
  }
  return none;
}

Settings Settings::load(const System& system) {
  Settings s;
  for (const std::string_view key : setting_keys()) s.values_.emplace_back(key, std::nullopt);
  if (const auto path = find_project_file(system)) {
    s.project_file_ = path->string();
    const std::string text = system.read(s.project_file_, kMaxDataFileBytes);
    try {
      const Json root = parse_data({s.project_file_, text});
      Entry entry(s.project_file_, "top level", root);
      for (auto& [key, slot] : s.values_) {
        const Json* value = entry.find(key);
        if (value == nullptr) continue;
        std::string textual;
        if (value->is_string()) {
          textual = value->get<std::string>();
        } else if (value->is_number()) {
          textual = value->dump();
        } else {
          entry.fail(key, fmt::format("expected a string or a number, got {}", Entry::describe(*value)));
        }
        if (key == "data_dir" && !textual.empty() && textual.front() != '/') {
          textual = (path->parent_path() / textual).string();  // relative to the project file
        }
        slot = SettingValue{textual, s.project_file_};
      }
      entry.finish();
    } catch (const Error& e) {
      // A project file is part of the command line's input: its errors are usage errors.
      throw Error(ErrorKind::usage, fmt::format("project file: {}", e.what()));
    }
  }
  for (auto& [key, slot] : s.values_) {
    const std::string name = setting_env(key);
    if (auto value = environment(system, name)) slot = SettingValue{std::move(*value), name};
  }
  return s;
}

}  // namespace mlcarbon
