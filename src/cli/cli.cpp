#include "cli/cli.h"

#include <algorithm>
#include <cstdio>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/cli11.h"
#include "cli/cli_internal.h"
#include "cli/data_files.h"
#include "render/table.h"
#include "util/error.h"
#include "util/text.h"
#include "version.h"

namespace mlcarbon {

std::size_t TextOption::cli11_count(const CLI::Option* option) { return option->count(); }

OptionFilter::OptionFilter(int argc, const char* const* argv) {
  all_ = argc <= 1;  // "mlcarbon" alone prints the overview, options included
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help" || arg == "--help-all") all_ = true;
    args_.push_back(arg);
  }
}

bool OptionFilter::wanted(char short_name, std::string_view long_name) const {
  if (all_) return true;
  for (const std::string_view arg : args_) {
    if (arg == long_name || (arg.starts_with(long_name) && arg.size() > long_name.size() && arg[long_name.size()] == '=')) return true;
    // "-n8", "-qn" and the like: any short group holding the letter.
    if (short_name != 0 && arg.size() >= 2 && arg[0] == '-' && arg[1] != '-' && arg.find(short_name, 1) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

bool OptionFilter::wanted(std::string_view names) const {
  if (all_) return true;
  // "-g,--hardware", "--hardware" or "-g".
  const std::size_t comma = names.find(',');
  const std::string_view first = names.substr(0, comma);
  const std::string_view second = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  const bool short_first = first.size() == 2 && first[0] == '-' && first[1] != '-';
  return wanted(short_first ? first[1] : 0, short_first ? second : first);
}

namespace {
OptionSlot slot_of(OptionSlot::Kind kind, TextOption* text, bool* flag, std::vector<std::string>* list) {
  OptionSlot slot;
  slot.kind = kind;
  slot.text = text;
  slot.flag = flag;
  slot.list = list;
  return slot;
}
}  // namespace

// "-q,--quiet", "--jobs" or "-g": the short letter and the long name into `slot`.
void Options::add(OptionSlot slot, std::string_view names) {
  while (!names.empty()) {
    const std::size_t comma = names.find(',');
    const std::string_view name = names.substr(0, comma);
    if (name.starts_with("--")) slot.long_name = name.substr(2);
    else if (name.size() == 2 && name[0] == '-') slot.short_name = name[1];
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  }
  slot.global = global_;
  table_->push_back(std::move(slot));
}

CLI::App& Options::app() {
  if (app_ == nullptr) throw Error(ErrorKind::internal, "a command with subcommands or positionals was given to the quick parser");
  return *app_;
}

CLI::App* Options::verb(const char* name, const char* help) { return app().add_subcommand(name, help); }

CLI::App* Options::verb(const char* name, const char* help, const char* argument, std::string& value, const char* argument_help) {
  CLI::App* v = verb(name, help);
  v->add_option(argument, value, argument_help)->required();
  return v;
}

CLI::App* Options::verb(const char* name, const char* help, const char* argument, std::vector<std::string>& values,
                        const char* argument_help) {
  CLI::App* v = verb(name, help);
  v->add_option(argument, values, argument_help);
  return v;
}

void Options::require_verb() { app().require_subcommand(1); }

bool Options::given(const CLI::App* verb) { return verb->parsed(); }

void Options::text(TextOption& slot, std::string_view names, std::string_view type, std::string_view help) {
  if (table_ != nullptr) {
    add(slot_of(OptionSlot::Kind::text, &slot, nullptr, nullptr), names);
  } else if (filter_->wanted(names)) {
    slot.option = app_->add_option(std::string(names), slot.value, std::string(help))->type_name(std::string(type));
  }
}

void Options::text(TextOption& slot, char short_name, std::string_view long_name, std::string_view type, std::string_view help) {
  if (table_ != nullptr) {
    OptionSlot entry = slot_of(OptionSlot::Kind::text, &slot, nullptr, nullptr);
    entry.short_name = short_name;
    add(std::move(entry), long_name);
    return;
  }
  if (!filter_->wanted(short_name, long_name)) return;
  const std::string names = short_name != 0 ? fmt::format("-{},{}", short_name, long_name) : std::string(long_name);
  slot.option = app_->add_option(names, slot.value, std::string(help))->type_name(std::string(type));
}

void Options::flag(bool& value, std::string_view names, std::string_view help) {
  if (table_ != nullptr) {
    add(slot_of(OptionSlot::Kind::flag, nullptr, &value, nullptr), names);
  } else if (filter_->wanted(names)) {
    app_->add_flag(std::string(names), value, std::string(help));
  }
}

void Options::list(std::vector<std::string>& values, std::string_view names, std::string_view type, std::string_view help) {
  if (table_ != nullptr) {
    add(slot_of(OptionSlot::Kind::list, nullptr, nullptr, &values), names);
  } else if (filter_->wanted(names)) {
    app_->add_option(std::string(names), values, std::string(help))->type_name(std::string(type));
  }
}

void Options::rest(std::vector<std::string>& values, const std::string& name, const std::string& help) {
  app().add_option(name, values, help);
}

std::optional<SettingValue> Common::value(const TextOption& flag, std::string_view flag_name, std::string_view setting) const {
  if (flag.given()) return SettingValue{flag.value, std::string(flag_name)};
  return settings.get(setting);
}

Format Common::output_format() const {
  const auto chosen = value(format, "--format", "format");
  if (!chosen) return Format::text;
  if (const auto f = format_from_name(trim(chosen->text))) return *f;
  throw Error(ErrorKind::usage, fmt::format("{}: {} is not a format; expected text, json, jsonl, csv, markdown, latex or model-card",
                                            chosen->origin, quote(chosen->text)));
}

void Common::program_settings(std::vector<SettingUsed>& used) const {
  const std::pair<const TextOption*, std::string_view> kProgram[] = {{&format, "format"}, {&data_dir, "data_dir"}};
  for (const auto& [flag, key] : kProgram) {
    if (flag->given()) continue;
    if (const auto& value = settings.get(key)) {
      if (flag == &format && format_from_name(trim(value->text)) != output) continue;  // not used: see run_parsed
      used.push_back(SettingUsed{std::string(key), value->text, value->origin});
    }
  }
}

Catalog Common::catalog() const {
  const auto dir = value(data_dir, "--data-dir", "data_dir");
  return load_data(system, dir ? dir->text : std::string(), data_add);
}

namespace {

std::string version_text(const Catalog& catalog) {
  return fmt::format("mlcarbon {}\ndata: hardware.json {}, regions.json {} ({})\n", kVersion, catalog.hardware_version,
                     catalog.regions_version, catalog.origin);
}

}  // namespace

namespace {

// The format must be one the command prints in: "--format latex is not available for `hardware
// list`; use text, json or csv". `name` is the command's, with its verb.
void check_format(const Command& command, const std::string& name, Format format) {
  if (std::find(command.formats.begin(), command.formats.end(), format) != command.formats.end()) return;
  std::vector<std::string_view> names;
  for (const Format f : command.formats) names.push_back(format_name(f));
  const std::string last(names.back());
  names.pop_back();
  throw Error(ErrorKind::usage, fmt::format("--format {} is not available for `{}`; use {} or {}", format_name(format), name,
                                            fmt::join(names, ", "), last));
}

// The subcommands, registered in one place: name, description, set-up, run.
struct CommandMaker {
  std::string_view name;
  Command (*make)();
};
constexpr CommandMaker kCommands[] = {{"estimate", estimate_command},   {"compare", compare_command},
                                      {"hardware", hardware_command},   {"regions", regions_command},
                                      {"instances", instances_command}, {"data", data_command},
                                      {"measure", measure_command}, {"run", run_command},
                                      {"when", when_command}};

std::vector<Command> all_commands() {
  std::vector<Command> out;
  for (const CommandMaker& c : kCommands) out.push_back(c.make());
  return out;
}

// The options of mlcarbon itself.
void global_options(Options& global, Common& common, bool& version) {
  global.flag(version, "--version", "print the version of mlcarbon and of its data");
  global.text(common.data_dir, "--data-dir", "DIR",
              "read hardware.json and regions.json from DIR instead of the built-in data (default: MLCARBON_DATA_DIR)");
  global.list(common.data_add, "--data-add", "FILE", "add the entries of FILE (same schema) on top of the data; repeatable");
  global.text(common.format, "-f,--format", "FORMAT",
              "output format: text (default), json, jsonl, csv, markdown, latex, model-card (default: MLCARBON_FORMAT)");
}

// After the parse, by either parser: the settings, --version, the format, the command's run.
int run_parsed(Common& common, bool version, const Command* command, const std::string& name) {
  try {
    common.settings = Settings::load(common.system);
  } catch (const Error& e) {
    if (!version) throw;
    // --version answers beside a broken project file too (without the defaults it would give).
    common.system.err(fmt::format("mlcarbon: warning: {} (defaults ignored for --version)\n", e.what()));
    common.settings = Settings{};
  }
  if (version) {
    common.system.out(version_text(common.catalog()));
    return 0;
  }
  if (command == nullptr) {
    throw Error(ErrorKind::usage, "a command is required: estimate, compare, hardware, regions, instances, data, measure or run (see mlcarbon --help)");
  }
  common.output = common.output_format();
  // A default format (environment or project file) applies where the command prints in it; else
  // text. Only a --format given on the command line is held to the command's formats.
  if (!common.format.given() &&
      std::find(command->formats.begin(), command->formats.end(), common.output) == command->formats.end()) {
    common.output = Format::text;
  }
  check_format(*command, name, common.output);
  return command->run(common);
}

bool quick_parse_enabled = true;

// The command line read without CLI11, when it has the plain shapes that scripts and loops use:
// one command whose `quick` is set, its options and mlcarbon's as "--name VALUE", "--name=VALUE",
// "-x VALUE" and flags, each at most once. Anything else (help, an unknown or repeated option, a
// value that starts with '-', grouped or attached short options, "--", a word that is not an
// option) returns false with nothing decided, and CLI11 parses the line with its own messages.
// Setting up CLI11 costs more than the rest of a run (bench/RESULTS.md); the corpus of
// tests/cli/*.t runs every command through both parsers and requires the same result.
bool quick_parse(int argc, const char* const* argv, std::optional<Command>& command, Common& common, bool& version) {
  OptionTable table;
  table.reserve(64);
  Options global(table, true);
  global_options(global, common, version);
  const auto find = [&](std::string_view name, char letter) -> OptionSlot* {
    for (OptionSlot& slot : table) {
      if (letter != 0 ? slot.short_name == letter : slot.long_name == name) return &slot;
    }
    return nullptr;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (!word.starts_with('-') || word == "-" || word == "--") {
      if (command) return false;
      const auto named = std::find_if(std::begin(kCommands), std::end(kCommands), [&](const CommandMaker& c) { return word == c.name; });
      if (named == std::end(kCommands)) return false;
      command = named->make();  // only the command named is made
      if (!command->quick) return false;
      Options own(table, false);
      command->setup(own);
      continue;
    }
    std::string_view value;
    bool attached = false;
    OptionSlot* slot = nullptr;
    if (word.starts_with("--")) {
      std::string_view name = word.substr(2);
      if (const std::size_t eq = name.find('='); eq != std::string_view::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        attached = true;
      }
      slot = find(name, 0);
    } else if (word.size() == 2) {
      slot = find({}, word[1]);
    }
    if (slot == nullptr || slot->used || (!slot->global && !command)) return false;
    slot->used = true;
    if (slot->kind == OptionSlot::Kind::flag) {
      if (attached) return false;
      *slot->flag = true;
      continue;
    }
    if (!attached) {
      if (i + 1 >= argc) return false;
      value = argv[++i];
    }
    if (value.empty() || (value.starts_with('-') && value != "-")) return false;
    if (slot->kind == OptionSlot::Kind::list) {
      slot->list->emplace_back(value);
    } else {
      slot->text->value = std::string(value);
      slot->text->seen = true;
    }
  }
  return command.has_value() || version;
}

// Every long option of a command (and of mlcarbon itself), for suggestions: the command set up
// in full in a CLI11 app of its own (an error path: its cost does not matter).
std::vector<std::string> option_names(System& system, const Command* command) {
  const char* const all[] = {"mlcarbon", "--help"};
  const OptionFilter filter(2, all);
  CLI::App app;
  Options global(app, filter);
  Common common_unused(system);
  bool version_unused = false;
  global_options(global, common_unused, version_unused);
  std::optional<Command> made;
  if (command != nullptr) {
    for (const CommandMaker& c : kCommands) {
      if (c.name == command->name) made = c.make();
    }
    Options own(app, filter);
    made->setup(own);
  }
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& name : o->get_lnames()) names.push_back("--" + name);
  }
  return names;
}

// What CLI11 could not place, said as mlcarbon says things: the unknown command, verb, option or
// word named, the closest known one suggested, the help to read pointed to.
std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const CommandMaker& c : kCommands) names.emplace_back(c.name);
  return names;
}

std::string placed_wrong(System& system, const CLI::ParseError& error, CLI::App& app, const std::vector<Command>& commands,
                         const std::vector<CLI::App*>& apps) {
  const Command* command = nullptr;
  CLI::App* inner = &app;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (apps[i] != nullptr && apps[i]->parsed()) {
      command = &commands[i];
      inner = apps[i];
    }
  }
  const std::string help = command != nullptr ? fmt::format("mlcarbon {} --help", command->name) : "mlcarbon --help";
  const std::string what = error.what();
  // "--hours: At Most 1 required but received 2"
  if (const std::size_t at = what.find(": At Most 1 required but received "); at != std::string::npos) {
    return fmt::format("{} is given more than once; give it once (see {})", what.substr(0, at), help);
  }
  // "--hours: 1 required H missing"
  if (const std::size_t at = what.find(": 1 required "); at != std::string::npos && what.ends_with(" missing")) {
    const std::size_t type = at + std::string_view(": 1 required ").size();
    return fmt::format("{} needs a value ({}) (see {})", what.substr(0, at), what.substr(type, what.size() - type - 8), help);
  }
  std::vector<std::string> verbs;
  for (const CLI::App* verb : inner->get_subcommands({})) verbs.push_back(verb->get_name());
  if (command != nullptr && what == "A subcommand is required") {
    std::vector<std::string> left = inner->remaining();
    if (left.empty()) left = app.remaining(true);
    if (!left.empty() && !left.front().starts_with('-')) {
      return fmt::format("{}: unknown verb {}{} (expected {}; see {})", command->name, quote(left.front()),
                         closest_hint(left.front(), verbs, 2), fmt::join(verbs, " or "), help);
    }
    return fmt::format("{}: a verb is required: {} (see {})", command->name, fmt::join(verbs, " or "), help);
  }
  if (command != nullptr && what.ends_with(" is required")) {  // "NAME is required": a verb's argument
    const std::vector<CLI::App*> used = inner->get_subcommands();
    const std::string verb = used.empty() ? std::string() : " " + used.front()->get_name();
    return fmt::format("{}{}: {} (see {})", command->name, verb, what, help);
  }
  std::vector<std::string> extras = inner->remaining();
  if (extras.empty()) extras = app.remaining();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) == nullptr || extras.empty()) return fmt::format("{} (see {})", what, help);
  const std::string& word = extras.front();
  if (word.starts_with('-')) {
    const std::string name = word.substr(0, word.find('='));
    const std::string of = command != nullptr ? fmt::format("{}: ", command->name) : "";
    return fmt::format("{}unknown option {}{} (see {})", of, name, closest_hint(name, option_names(system, command), 3), help);
  }
  if (command == nullptr) {
    const std::vector<std::string> names = command_names();
    return fmt::format("unknown command {}{} (the commands: {}; see mlcarbon --help)", quote(word), closest_hint(word, names, 3),
                       fmt::join(names, ", "));
  }
  if (!verbs.empty() && inner->get_subcommands().empty()) {
    return fmt::format("{}: unknown verb {}{} (expected {}; see {})", command->name, quote(word), closest_hint(word, verbs, 3),
                       fmt::join(verbs, " or "), help);
  }
  return fmt::format("{}: unexpected argument {}: values follow their option (e.g. -g NAME, --hours H; see {})", command->name,
                     quote(word), help);
}

// CLI11's help within the text width (80 columns, or the terminal's): each description wrapped
// beside its option or command (CLI11 2.1 writes it on one line, however long).
class Help80 final : public CLI::Formatter {
 public:
  // The width is asked of the system when help is printed, not on every parse.
  explicit Help80(const System& system) : system_(system) {}
  std::string make_option(const CLI::Option* opt, bool positional) const override {
    return row(make_option_name(opt, positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override { return row(sub->get_display_name(true), sub->get_description()); }

 private:
  std::string row(const std::string& name, const std::string& description) const {
    const std::size_t column = get_column_width();
    std::string first = "  " + name;
    if (description.empty()) return first + "\n";
    first = first.size() >= column ? first + "\n" + std::string(column, ' ') : first + std::string(column - first.size(), ' ');
    if (width_ == 0) width_ = system_.text_width();
    return wrap_text(description, width_, first, std::string(column, ' '));
  }
  const System& system_;
  mutable std::size_t width_ = 0;
};

}  // namespace

void set_quick_parse(bool enabled) { quick_parse_enabled = enabled; }

int run_cli(int argc, const char* const* argv, System& system) {
  // "mlcarbon help" and "mlcarbon help COMMAND [VERB]": the same as --help.
  std::vector<const char*> rewritten;
  if (argc >= 2 && std::string_view(argv[1]) == "help") {
    if (argc >= 3 && !std::string_view(argv[2]).starts_with('-') &&
        std::none_of(std::begin(kCommands), std::end(kCommands), [&](const CommandMaker& c) { return c.name == argv[2]; })) {
      const std::vector<std::string> names = command_names();
      throw Error(ErrorKind::usage, fmt::format("help: unknown command {}{} (the commands: {})", quote(argv[2]),
                                                closest_hint(argv[2], names, 2), fmt::join(names, ", ")));
    }
    rewritten.assign(argv, argv + argc);
    rewritten.erase(rewritten.begin() + 1);
    rewritten.push_back("--help");
    argc = static_cast<int>(rewritten.size());
    argv = rewritten.data();
  }
  // "--hours=" with nothing after '=': CLI11 would take the next word as the value and blame it.
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word.size() > 3 && word.starts_with("--") && word.back() == '=' && word.find('=') == word.size() - 1) {
      throw Error(ErrorKind::usage, fmt::format("{}: no value after '='; write {}VALUE or {} VALUE", word, word,
                                                word.substr(0, word.size() - 1)));
    }
  }
  if (quick_parse_enabled) {
    Common common(system);
    bool version = false;
    std::optional<Command> command;
    if (quick_parse(argc, argv, command, common, version)) {
      return run_parsed(common, version, command ? &*command : nullptr, command ? command->name : "");
    }
  }

  CLI::App app{"mlcarbon: energy (kWh) and emissions (kg CO2e) of ML work, factor by factor.", "mlcarbon"};
  app.formatter(std::make_shared<Help80>(system));  // before the subcommands, which take it over
  app.fallthrough();
  Common common(system);
  bool version = false;
  const OptionFilter filter(argc, argv);
  Options global(app, filter);
  global_options(global, common, version);
  app.footer(
      "Exit status: 0 ok, 1 internal error, 2 usage error, 3 unknown name, 4 bad data\n"
      "file, 5 file not readable, 6 some jobs failed, 7 budget exceeded.\n"
      "`mlcarbon help COMMAND` for a command's options; `man mlcarbon` for the model,\n"
      "every option and the data sources.");

  std::vector<Command> commands = all_commands();
  std::vector<CLI::App*> apps;
  // A command's options are set up only when the command is named, and then only those the
  // command line mentions (OptionFilter).
  const auto named = [&](std::string_view name) {
    for (int i = 1; i < argc; ++i) {
      if (name == argv[i]) return true;
    }
    return false;
  };
  // When the line names a command, the others are not set up either (unless help is asked for).
  const bool any_named = std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return named(c.name); });
  for (Command& command : commands) {
    if (any_named && !named(command.name) && !filter.wanted("--help")) {
      apps.push_back(nullptr);
      continue;
    }
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    sub->fallthrough();
    sub->footer("Options of mlcarbon itself may be given here too: --format FORMAT,\n--data-dir DIR, --data-add FILE.");
    if (named(command.name)) {
      Options options(*sub, filter);
      command.setup(options);
    }
    apps.push_back(sub);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    system.out(app.help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    system.out(app.help("", CLI::AppFormatMode::All));
    return 0;
  } catch (const CLI::ParseError& e) {
    throw Error(ErrorKind::usage, placed_wrong(system, e, app, commands, apps));
  }

  // One command, once ("estimate estimate", "estimate compare" are mistakes, not two runs).
  std::vector<std::string_view> given;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (apps[i] == nullptr) continue;
    for (std::size_t n = 0; n < apps[i]->count(); ++n) given.push_back(commands[i].name);
  }
  if (given.size() > 1) {
    throw Error(ErrorKind::usage, fmt::format("one command at a time: got {} (see mlcarbon --help)", fmt::join(given, ", ")));
  }
  const Command* command = nullptr;
  std::string name;
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (apps[i] == nullptr || !apps[i]->parsed()) continue;
    command = &commands[i];
    name = command->name;
    const std::vector<CLI::App*> verbs = apps[i]->get_subcommands();
    if (!verbs.empty()) name += " " + verbs.front()->get_name();
    else if (!apps[i]->get_subcommands({}).empty()) name += " list";
    break;
  }
  if (command == nullptr && !version) {
    // "mlcarbon" alone: what there is to run, then the error.
    system.out(app.help());
    throw Error(ErrorKind::usage, "a command is required: the commands are listed above (`mlcarbon help COMMAND` for one)");
  }
  return run_parsed(common, version, command, name);
}

int main_with(System& system, int argc, const char* const* argv) {
  try {
    return run_cli(argc, argv, system);
  } catch (const Error& e) {
    system.err(fmt::format("mlcarbon: error: {}\n", name_fields(e.what(), Naming::options)));
    return exit_code(e.kind());
  } catch (const std::bad_alloc&) {
    system.err("mlcarbon: error: out of memory\n");
    return kExitInternal;
  } catch (const std::exception& e) {
    system.err(fmt::format("mlcarbon: error: internal error (please report it): {}\n", e.what()));
    return kExitInternal;
  }
}

}  // namespace mlcarbon
