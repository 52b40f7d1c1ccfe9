// Reading JSON data files with errors a user can act on: parse errors with line and column,
// repeated keys rejected, and typed accessors that name the file, the entry and the key.
#pragma once

#include <cmath>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "data/data_text.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {

using Json = nlohmann::ordered_json;

// Years a data file may name (of a publication, a figure, a release).
inline constexpr int kMinYear = 1990, kMaxYear = 2100;

// Parses `data.text`; Error(data) with line and column when it is not JSON, or naming the path of
// a key that appears twice in one object.
Json parse_data(const DataText& data);

// A lower-case (or, with `upper`, upper-case) id: [a-z0-9][a-z0-9._-]*.
bool matches_id(std::string_view id, bool upper);

// Wraps one object of a data file: every accessor names file, entry and key when a value is
// missing or wrong, and finish() rejects keys nobody asked for.
class Entry {
 public:
  Entry(std::string_view file, std::string label, const Json& json) : file_(file), label_(std::move(label)), json_(json) {
    if (!json.is_object()) fail("", "expected a JSON object");
  }

  [[noreturn]] void fail(std::string_view key, std::string_view problem) const {
    if (key.empty()) throw Error(ErrorKind::data, fmt::format("{}: {}: {}", file_, label_, problem));
    throw Error(ErrorKind::data, fmt::format("{}: {}: key '{}': {}", file_, label_, key, problem));
  }

  bool has(std::string_view key) const { return json_.contains(key); }
  const std::string& label() const { return label_; }
  std::string_view file() const { return file_; }
  void relabel(std::string label) { label_ = std::move(label); }

  const Json* find(std::string_view key) {
    used_.insert(std::string(key));
    const auto it = json_.find(key);
    return it == json_.end() ? nullptr : &*it;
  }

  const Json& require(std::string_view key) {
    const Json* value = find(key);
    if (value == nullptr) fail(key, "missing (required)");
    return *value;
  }

  std::string text(std::string_view key, bool required = true) {
    const Json* value = required ? &require(key) : find(key);
    if (value == nullptr) return {};
    if (!value->is_string()) fail(key, fmt::format("expected a string, got {}", describe(*value)));
    std::string s = value->get<std::string>();
    if (trim(s).empty()) fail(key, "expected a non-empty string");
    // Names and notes are printed in text, CSV and Markdown: no terminal escapes, line breaks or NULs.
    for (const char c : s) {
      const auto byte = static_cast<unsigned char>(c);
      if (byte < 0x20 || byte == 0x7f) fail(key, fmt::format("a control character (0x{:02x}) in the text", byte));
    }
    return s;
  }

  double number(std::string_view key, double min, double max, bool min_inclusive = true) {
    return number_value(key, require(key), min, max, min_inclusive);
  }

  double number_value(std::string_view key, const Json& value, double min, double max, bool min_inclusive = true) const {
    if (!value.is_number()) fail(key, fmt::format("expected a number, got {}", describe(value)));
    const double x = value.get<double>();
    const bool above = min_inclusive ? x >= min : x > min;
    if (!std::isfinite(x) || !above || x > max) {
      fail(key, fmt::format("expected a number {} {} and <= {}, got {}", min_inclusive ? ">=" : ">", min, max, value.dump()));
    }
    return x;
  }

  int integer(std::string_view key, int min, int max) {
    const Json& value = require(key);
    if (!value.is_number_integer()) fail(key, fmt::format("expected a whole number, got {}", describe(value)));
    const auto x = value.get<long long>();
    if (x < min || x > max) fail(key, fmt::format("expected a whole number >= {} and <= {}, got {}", min, max, x));
    return static_cast<int>(x);
  }

  int year(std::string_view key) { return integer(key, kMinYear, kMaxYear); }

  // One of `names` (an enumeration's, in its order): the value it names.
  template <typename E, std::size_t N>
  E choice(std::string_view key, const std::array<std::string_view, N>& names) {
    const std::string value = text(key);
    for (std::size_t i = 0; i < N; ++i) {
      if (value == names[i]) return static_cast<E>(i);
    }
    fail(key, fmt::format("{} is not one of {}", quote(value), fmt::join(names, ", ")));
  }

  const Json* array(std::string_view key) {
    const Json* value = find(key);
    if (value != nullptr && !value->is_array()) fail(key, fmt::format("expected an array, got {}", describe(*value)));
    return value;
  }

  const Json* object(std::string_view key) {
    const Json* value = find(key);
    if (value != nullptr && !value->is_object()) fail(key, fmt::format("expected an object, got {}", describe(*value)));
    return value;
  }

  // All of `keys` or none of them; true when present.
  bool group(std::initializer_list<std::string_view> keys) {
    std::size_t present = 0;
    for (const auto key : keys) present += has(key) ? 1 : 0;
    if (present != 0 && present != keys.size()) {
      for (const auto key : keys) {
        if (!has(key)) fail(key, fmt::format("missing: {} go together", fmt::join(keys, ", ")));
      }
    }
    return present == keys.size();
  }

  void finish() const {
    for (const auto& [key, value] : json_.items()) {
      if (used_.count(key) == 0) fail(key, "unknown key (a typo?)");
    }
  }

  static std::string describe(const Json& value) {
    switch (value.type()) {
      case Json::value_t::null: return "null";
      case Json::value_t::boolean: return "a boolean";
      case Json::value_t::string: return fmt::format("the string {}", quote(value.get<std::string>()));
      case Json::value_t::array: return "an array";
      case Json::value_t::object: return "an object";
      default: return value.dump();
    }
  }

 private:
  std::string_view file_;
  std::string label_;
  const Json& json_;
  std::set<std::string> used_;
};

}  // namespace mlcarbon
