#include "cli/estimate_outputs.h"

#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "core/equivalents.h"
#include "render/bibtex.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

std::optional<double> term(const Estimate& e, Term t) { return e[t]; }

// What --value prints: every figure the JSON output has at its top level, and the totals of a
// jobs file.
constexpr ValueField kValueFields[] = {
    {"energy_kwh", [](const Estimate& e) { return term(e, Term::energy_kwh); }, [](const JobTotals& t) { return t.all.energy_kwh; }, {}},
    {"it_energy_kwh", [](const Estimate& e) { return term(e, Term::it_energy_kwh); }, [](const JobTotals& t) { return t.all.it_energy_kwh; }, {}},
    {"co2e_kg", [](const Estimate& e) { return term(e, Term::co2e_kg); }, [](const JobTotals& t) { return t.all.co2e_kg; }, {}},
    {"offset_kg", [](const Estimate& e) { return term(e, Term::offset_kg); }, [](const JobTotals& t) { return t.all.offset_kg; }, {}},
    {"net_co2e_kg", [](const Estimate& e) { return term(e, Term::net_co2e_kg); }, [](const JobTotals& t) { return t.all.net_co2e_kg; }, {}},
    {"embodied_kg", [](const Estimate& e) { return term(e, Term::embodied_kg); }, [](const JobTotals& t) { return t.all.embodied_kg; }, {}},
    {"total_with_embodied_kg", [](const Estimate& e) { return term(e, Term::total_with_embodied_kg); },
     [](const JobTotals& t) { return t.all.co2e_kg + t.all.embodied_kg; }, {}},
    {"market_co2e_kg",
     [](const Estimate& e) { return e.has(Term::market_co2e_kg) ? term(e, Term::market_co2e_kg) : std::nullopt; }, nullptr,
     "no market-based figure: the region's provider publishes no carbon-free energy share for it (or an --intensity replaced its figure)"},
    {"co2e_kg_low", [](const Estimate& e) { return std::optional<double>(e.range.co2e_low); }, nullptr, {}},
    {"co2e_kg_high", [](const Estimate& e) { return std::optional<double>(e.range.co2e_high); }, nullptr, {}},
    {"energy_kwh_low", [](const Estimate& e) { return std::optional<double>(e.range.energy_low); }, nullptr, {}},
    {"energy_kwh_high", [](const Estimate& e) { return std::optional<double>(e.range.energy_high); }, nullptr, {}},
    {"device_hours", nullptr, [](const JobTotals& t) { return t.all.device_hours; }, {}},
    {"jobs", nullptr, [](const JobTotals& t) { return static_cast<double>(t.all.jobs); }, {}},
    {"failed", nullptr, [](const JobTotals& t) { return static_cast<double>(t.failed); }, {}},
};

}  // namespace

const ValueField& value_field(std::string_view name, bool jobs) {
  std::vector<std::string_view> names;
  for (const ValueField& f : kValueFields) {
    if (jobs ? f.of_totals == nullptr : f.of_estimate == nullptr) continue;
    if (iequals(f.name, trim(name))) return f;
    names.push_back(f.name);
  }
  for (const ValueField& f : kValueFields) {
    if (!iequals(f.name, trim(name))) continue;
    // A field of the other kind: said as such.
    throw Error(ErrorKind::usage, jobs ? fmt::format("--value {} is a figure of one estimate, not of a jobs file's totals; expected one of {}",
                                                     f.name, fmt::join(names, ", "))
                                       : fmt::format("--value {} is a figure of a jobs file's totals: give --jobs FILE", f.name));
  }
  throw Error(ErrorKind::usage, fmt::format("--value: {} is not a field{}; expected one of {}", quote(name), jobs ? " of a jobs file's totals" : "",
                                            fmt::join(names, ", ")));
}

int parse_digits(std::string_view text) {
  const std::string_view t = trim(text);
  if (iequals(t, "full")) return 0;
  int digits = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), digits);
  if (ec != std::errc() || end != t.data() + t.size() || digits < 1 || digits > 17) {
    throw Error(ErrorKind::usage, fmt::format("--digits: {} is not a number of digits; expected 1 to 17, or full for the exact double", quote(text)));
  }
  return digits;
}

double value_of(const ValueField& field, const Estimate& e) {
  if (const std::optional<double> v = field.of_estimate(e)) return *v;
  throw Error(ErrorKind::usage, fmt::format("--value {}: {}", field.name, field.absent));
}

bool check_budgets(System& system, const std::vector<Budget>& budgets, double co2e_kg, double energy_kwh, bool quiet) {
  bool exceeded = false;
  for (const Budget& b : budgets) {
    const bool mass = b.kind == Budget::Kind::co2e_kg;
    const double value = mass ? co2e_kg : energy_kwh;
    const std::string_view unit = mass ? "kg CO2e" : "kWh";
    const std::string_view what = mass ? "gross emissions" : "facility energy";
    std::string line;
    if (value > b.limit) {
      exceeded = true;
      const std::string share = b.limit > 0 ? fmt::format(" ({}%)", human((value - b.limit) / b.limit * 100)) : "";
      line = fmt::format("mlcarbon: budget exceeded: {} of {} {} are {} {}{} over the budget of {}\n", what, human(value), unit,
                         human(value - b.limit), unit, share, b.text);
    } else if (!quiet) {
      const std::string share = b.limit > 0 ? fmt::format(" ({}% of it)", human(value / b.limit * 100)) : "";
      line = fmt::format("mlcarbon: within budget: {} of {} {}, budget {}{}\n", what, human(value), unit, b.text, share);
    }
    system.err(line);
  }
  return exceeded;
}

void check_output_file(const System& system, std::string_view option, const std::string& path, std::string_view extension) {
  if (path.empty()) throw Error(ErrorKind::usage, fmt::format("{}: the file name is empty", option));
  const auto ends_with_extension = [&] {
    return path.size() >= extension.size() && iequals(std::string_view(path).substr(path.size() - extension.size()), extension);
  };
  if (!extension.empty() && !ends_with_extension()) {
    std::string kind(extension.substr(1));  // "SVG" for ".svg"
    for (char& c : kind) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    throw Error(ErrorKind::usage, fmt::format("{}: {} is not an {} file name; the file is written as {}: give a name ending in {}",
                                              option, quote(path), kind, kind, extension));
  }
  if (path.back() == '/' || system.kind(path) == System::Kind::directory) {
    throw Error(ErrorKind::io, fmt::format("{}: {} is a directory; expected a file name", option, quote(path)));
  }
  const std::size_t slash = path.find_last_of('/');
  const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  if (system.kind(folder) != System::Kind::directory) {
    throw Error(ErrorKind::io, fmt::format("{}: cannot write {}: the directory {} does not exist", option, quote(path), quote(folder)));
  }
}

void write_bib(System& system, const std::string& path, const CitationList& cited, bool with_equivalents) {
  CitationList list = cited;
  if (with_equivalents) {
    for (const Equivalent& q : equivalents()) list.add(q.source);
  }
  try {
    system.write(path, render_bibtex(list.sources()));
  } catch (const Error& e) {
    throw Error(e.kind(), fmt::format("--bib: {}", e.what()));
  }
}

}  // namespace mlcarbon
