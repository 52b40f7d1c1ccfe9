// The inputs of an estimate as text, declared once: for each field its option, its value's name,
// how its text is read and within which range, its help, and whether the environment and the
// project file may set it. The declaration drives the command-line options, the columns of jobs
// files, the settings, the rules between fields and the parsing into a Request, for both the
// command line and jobs files, with the same messages.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/limits.h"
#include "core/request.h"

namespace mlcarbon {

// How a field's text is read.
enum class Parse : std::uint8_t {
  label,     // free text (a job's name)
  name,      // a catalog name, looked up later
  count,     // a whole number of devices
  number,    // a decimal number
  fraction,  // "0.8" or "80%"
  scaled,    // "7B", "2T", "1.08M"
  percent,   // "30" or "30%"
  duration,  // "3d12h30m", in hours
  hours,     // "100" or a duration with units ("2h")
  watts,     // "300", "300W", "0.3kW"
  energy,    // kWh: "1200", "1200kWh", "1.2 MWh"
  intensity, // gCO2e/kWh: "430", "430g", "0.43kg/kWh", "948 lb/MWh"
  precision, // fp32, bf16, ...
  basis,     // lifecycle or direct
};

struct InputSpec {
  Field field;
  char short_option;            // 'g' for -g; 0 for none
  std::string_view value_name;  // in help: "NAME", "H"
  Parse parse;
  Range range;                  // numbers: the accepted values
  std::string_view help;
  bool option;                  // a command-line option (a job's name is a column only)
  bool setting;                 // also MLCARBON_<NAME> and the project-file key <name>
  std::string_view listed_by;   // names: the command that lists the known ones
  bool column;                  // a jobs-file column (the basis is one per run: an option only)
};

const InputSpec& input_spec(Field field);
std::span<const InputSpec> input_specs();

// A set of fields, one bit each.
using Fields = std::uint32_t;
static_assert(kFieldCount <= 32, "Fields holds one bit per field");
constexpr Fields bit(Field f) { return Fields{1} << static_cast<unsigned>(f); }

// The text of each field, as given (possibly empty); absent fields are not given. Views into the
// caller's text.
class RequestText {
 public:
  std::optional<std::string_view> operator[](Field f) const {
    return has(f) ? std::optional<std::string_view>(text_[static_cast<std::size_t>(f)]) : std::nullopt;
  }
  bool has(Field f) const { return (given_ & bit(f)) != 0; }
  std::string_view value(Field f) const { return text_[static_cast<std::size_t>(f)]; }  // of a field given
  Fields given() const { return given_; }
  void set(Field f, std::string_view text) {
    text_[static_cast<std::size_t>(f)] = text;
    given_ |= bit(f);
  }
  // No field given (the texts are left as they are: unread until set again).
  void clear() {
    given_ = 0;
    settings_ = 0;
  }
  void reset(Field f) {
    given_ &= ~bit(f);
    settings_ &= ~bit(f);
  }
  // A field's text taken from a default setting (environment, project file), not given.
  void set_from_setting(Field f, std::string_view text) {
    set(f, text);
    settings_ |= bit(f);
  }
  Fields from_settings() const { return settings_; }

  // This text with `row`'s fields on top: a field of `row` replaces the default, and a row that
  // gives one field of a group (how long; how much was offset; how much power; which device)
  // replaces the whole default group.
  RequestText overlaid_by(const RequestText& row) const;

 private:
  std::array<std::string_view, kFieldCount> text_{};
  Fields given_ = 0;
  Fields settings_ = 0;  // the fields of given_ that came from settings
};

// Checks the rules between fields (conflicts, fields that need another) and parses the numbers;
// throws Error(usage) naming the field. With `complete`, first that a power figure, a grid
// intensity and a duration are given (`intensity_supplied`: the caller sets the intensity itself).
// Names are looked up later (estimate.h).
Request parse_request(const RequestText& text, Naming naming, bool complete = true, bool intensity_supplied = false);

// parse_request() for request after request (the rows of a jobs file): the same Request or the
// same error, with what depends only on which fields are given (the rules between them, each
// field's parser) worked out once per set of fields; plain values ("24", "0.8", a trimmed name)
// are read inline and anything else goes to the full parser of its field.
class RequestParser {
 public:
  explicit RequestParser(Naming naming, bool complete = true, bool intensity_supplied = false)
      : naming_(naming), complete_(complete), intensity_supplied_(intensity_supplied) {}
  Request parse(const RequestText& text);

 private:
  enum class Fast : std::uint8_t { none, label, name, count, number };
  struct Step {
    Field field;
    Fast fast;
    bool sets_hours;  // the field says how long (hours_field, hours_text)
  };
  void plan(const RequestText& text);

  Naming naming_;
  bool complete_, intensity_supplied_;
  Fields planned_ = ~Fields{0};  // the fields steps_ are for (none yet)
  std::array<Step, kFieldCount> steps_{};
  std::size_t step_count_ = 0;
};

// Parses one field's value alone, naming it `label` in errors: a default setting's value is
// checked under its own name ("MLCARBON_PUE: 'abc' is not a number ...") before it joins the options.
void check_value(Field field, std::string_view value, std::string_view label);

// Whether a default `setting` (environment, project file) applies beside the fields given
// explicitly: not when they imply its absence (a device's TDP beside --power, --tdp or
// --instance; a cloud region's grid and PUE beside a site's --intensity).
bool setting_applies(Field setting, Fields explicit_fields);

// "--hours" or "hours" as `naming` says.
std::string_view field_label(Field field, Naming naming);

}  // namespace mlcarbon
