// Pieces the command-line files share: options kept as text, the options common to every
// command, and writing to stdout.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>


#include "data/catalog.h"
#include "input/config.h"
#include "render/render.h"
#include "input/inputs.h"
#include "util/error.h"

#include <fmt/format.h>

// CLI11 itself is included in cli.cpp only (through cli/cli11.h): each file that includes it
// constructs its own copies of CLI11's static validators at start-up (about 4,500 instructions and
// ten exit handlers a file). Other commands set up their verbs through Options.
namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace mlcarbon {

// Errors reading a file name the option: "--jobs: cannot read 'runs.csv': ...".
template <typename F>
auto named_io(std::string_view option, F f) {
  try {
    return f();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::io) throw;
    throw Error(ErrorKind::io, fmt::format("{}: {}", option, e.what()));
  }
}

// An option whose text is kept as typed and parsed by quantity.h, so that every bad value gets
// the same kind of message and exit status.
struct TextOption {
  std::string value;
  CLI::Option* option = nullptr;  // set up in CLI11
  bool seen = false;              // given, as the quick parser (cli.cpp) found it
  bool given() const { return seen || (option != nullptr && cli11_count(option) > 0); }
  static std::size_t cli11_count(const CLI::Option* option);
};

// The options of a command line as a plain table, for the quick parser (cli.cpp): each option
// the set-up functions declare, by name, with where its value goes.
struct OptionSlot {
  enum class Kind { text, flag, list };
  char short_name = 0;    // 'g', or 0
  std::string_view long_name;  // "hardware", without the dashes (a view of the literal it was set up from)
  Kind kind = Kind::text;
  bool global = false;    // an option of mlcarbon itself, allowed before the command
  TextOption* text = nullptr;
  bool* flag = nullptr;
  std::vector<std::string>* list = nullptr;
  bool used = false;
};
using OptionTable = std::vector<OptionSlot>;

// Which options to set up: the ones the command line mentions, or all of them when it asks for
// help. Setting up a CLI11 option costs more than the rest of a run (bench/RESULTS.md), and an
// option that is not set up cannot have been given.
class OptionFilter {
 public:
  OptionFilter(int argc, const char* const* argv);
  bool wanted(std::string_view names) const;  // names as CLI11 takes them: "-g,--hardware"
  bool wanted(char short_name, std::string_view long_name) const;

 private:
  std::vector<std::string_view> args_;
  bool all_ = false;
};

// Sets up the options of one (sub)command: in CLI11, those the filter lets through; or, for the
// quick parser, all of them in a table (`global`: the options of mlcarbon itself).
class Options {
 public:
  Options(CLI::App& app, const OptionFilter& filter) : app_(&app), filter_(&filter) {}
  Options(OptionTable& table, bool global) : table_(&table), global_(global) {}
  // The names are literals: the quick parser's table keeps views of them.
  void text(TextOption& slot, std::string_view names, std::string_view type, std::string_view help);
  // The same, with the names apart ('g' and "--hardware"): nothing is built for an option not wanted.
  void text(TextOption& slot, char short_name, std::string_view long_name, std::string_view type, std::string_view help);
  void flag(bool& value, std::string_view names, std::string_view help);
  void list(std::vector<std::string>& values, std::string_view names, std::string_view type, std::string_view help);
  // Every word after the options (and after a "--") into `values`: a command to run. CLI11 only.
  void rest(std::vector<std::string>& values, const std::string& name, const std::string& help);
  // CLI11's (sub)command, for the set-up of its own subcommands and positionals; only in CLI11.
  CLI::App& app();
  // A verb of this command (`hardware show NAME`, `data check FILE...`): a subcommand of CLI11's,
  // with at most one positional argument (one value, required, or a list). Whether it was given:
  // given(verb), after parsing.
  CLI::App* verb(const char* name, const char* help);
  CLI::App* verb(const char* name, const char* help, const char* argument, std::string& value, const char* argument_help);
  CLI::App* verb(const char* name, const char* help, const char* argument, std::vector<std::string>& values,
                 const char* argument_help);
  // One of the verbs must be given.
  void require_verb();
  static bool given(const CLI::App* verb);

 private:
  void add(OptionSlot slot, std::string_view names);
  CLI::App* app_ = nullptr;
  const OptionFilter* filter_ = nullptr;
  OptionTable* table_ = nullptr;
  bool global_ = false;
};

// The options of mlcarbon itself, with their defaults from the environment and project file.
struct Common {
  explicit Common(System& s) : system(s) {}
  System& system;
  std::vector<std::string> data_add;
  TextOption data_dir;
  TextOption format;
  Settings settings;

  // The flag's text, else the environment's, else the project file's; with where it came from
  // ("--format", "MLCARBON_FORMAT", a file name), for messages.
  std::optional<SettingValue> value(const TextOption& flag, std::string_view flag_name, std::string_view setting) const;
  Format output = Format::text;  // the format chosen (--format, its setting, else text), checked for the command
  // The width of the text views; asked of the system (the terminal) only for text output.
  std::size_t text_width() const { return output == Format::text ? system.text_width() : 80; }
  Format output_format() const;
  Catalog catalog() const;
  // The program's own defaults this run took (format, data_dir) where no flag was given.
  void program_settings(std::vector<SettingUsed>& used) const;
};

// The options that describe a job (--hardware, --count, --hours, ...), as text, shared by
// `estimate` and `compare` (cli_job_options.cpp).
struct JobOptions {
  std::array<TextOption, kFieldCount> fields;

  // One option per field the input table (inputs.h) puts on the command line.
  void setup(Options& o);
  // The options given, with defaults from the environment and the project file for the fields
  // the input table marks as settings.
  // The defaults taken are added to `used`, for the outputs to name.
  RequestText text(const Common& common, std::vector<SettingUsed>* used = nullptr) const;
};

// The subcommands (cli_estimate.cpp, cli_compare.cpp, cli_catalog.cpp).
// One command: its name, what it prints in, and how it sets up and runs. The command line checks
// the output format against `formats` before the command runs.
struct Command {
  const char* name;
  const char* description;
  std::vector<Format> formats;
  std::function<void(Options&)> setup;
  std::function<int(const Common&)> run;
  bool quick = false;  // options only (no subcommands or positionals): the quick parser may take its line
};
inline const std::vector<Format> kAllFormats{Format::text,     Format::json,  Format::jsonl,     Format::csv,
                                             Format::markdown, Format::latex, Format::model_card};
inline const std::vector<Format> kTableFormats{Format::text, Format::json, Format::csv};

// A command whose parsed options live in a State object shared by its set-up and its run.
template <typename State>
Command make_command(const char* name, const char* description, std::vector<Format> formats, bool quick = false) {
  auto state = std::make_shared<State>();
  return Command{name, description, std::move(formats), [state](Options& o) { state->setup(o); },
                 [state](const Common& common) { return state->run(common); }, quick};
}

Command estimate_command();
Command hardware_command();
Command regions_command();
Command data_command();
Command instances_command();
Command compare_command();
Command measure_command();
Command run_command();
Command when_command();

}  // namespace mlcarbon
