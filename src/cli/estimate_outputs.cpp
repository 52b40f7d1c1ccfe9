#include "cli/estimate_outputs.h"

#include <fmt/format.h>

#include "core/equivalents.h"
#include "render/bibtex.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

constexpr ValueField kValueFields[] = {
    {"energy_kwh", Term::energy_kwh, [](const JobTotals& t) { return t.all.energy_kwh; }},
    {"it_energy_kwh", Term::it_energy_kwh, [](const JobTotals& t) { return t.all.it_energy_kwh; }},
    {"co2e_kg", Term::co2e_kg, [](const JobTotals& t) { return t.all.co2e_kg; }},
    {"offset_kg", Term::offset_kg, [](const JobTotals& t) { return t.all.offset_kg; }},
    {"net_co2e_kg", Term::net_co2e_kg, [](const JobTotals& t) { return t.all.net_co2e_kg; }},
    {"device_hours", Term::end_, [](const JobTotals& t) { return t.all.device_hours; }},
    {"jobs", Term::end_, [](const JobTotals& t) { return static_cast<double>(t.all.jobs); }},
    {"failed", Term::end_, [](const JobTotals& t) { return static_cast<double>(t.failed); }},
};

}  // namespace

const ValueField& value_field(std::string_view name, bool jobs) {
  std::vector<std::string_view> names;
  for (const ValueField& f : kValueFields) {
    if (!jobs && f.term == Term::end_) continue;
    if (iequals(f.name, trim(name))) return f;
    names.push_back(f.name);
  }
  throw Error(ErrorKind::usage, fmt::format("--value: {} is not a field; expected one of {}{}", quote(name), fmt::join(names, ", "),
                                            jobs ? "" : " (jobs, failed, device_hours with --jobs)"));
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
    std::string kind = to_lower(extension.substr(1));
    for (char& c : kind) c = static_cast<char>(c - 'a' + 'A');
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
