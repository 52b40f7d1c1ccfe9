// What `estimate` prints beside the result, for one job and for a jobs file alike: a bare value
// for scripts (--value, -q), the verdict of each budget, and the BibTeX of the works cited.
#pragma once

#include <optional>

#include <string>
#include <string_view>
#include <vector>

#include "core/citations.h"
#include "core/jobs.h"
#include "input/quantity.h"
#include "util/system.h"

namespace mlcarbon {

inline constexpr int kExitJobsFailed = 6;
inline constexpr int kExitBudgetExceeded = 7;

// A field --value can print, and where each comes from.
struct ValueField {
  std::string_view name;
  std::optional<double> (*of_estimate)(const Estimate&);  // null: a figure of a jobs file only
  double (*of_totals)(const JobTotals&);                   // null: a figure of one estimate only
  std::string_view absent;  // why of_estimate gives none for an estimate (market_co2e_kg)
};
// The field `name` names, for one estimate or (`jobs`) for the totals of a jobs file; Error(usage)
// with the list of the fields there are otherwise.
const ValueField& value_field(std::string_view name, bool jobs);
// --digits: "full" (0: the exact double) or a number of significant digits, 1 to 17.
inline constexpr int kDefaultDigits = 5;
int parse_digits(std::string_view text);

// The field's figure of `e`; Error(usage) saying why when the estimate has none.
double value_of(const ValueField& field, const Estimate& e);

// Prints the verdict of each budget on stderr (the one when exceeded, the others unless `quiet`);
// true when one is exceeded.
bool check_budgets(System& system, const std::vector<Budget>& budgets, double co2e_kg, double energy_kwh, bool quiet);

// A file an option will write at the end (--bib, --plot), checked before any work, so that a run
// does not print its result and then fail: not a directory, in a directory that exists; its name
// ends in `extension` (".svg") when one is given. Error(io) or Error(usage) naming the option.
void check_output_file(const System& system, std::string_view option, const std::string& path, std::string_view extension = {});

// The works cited, with the equivalents' sources when they are printed; written to `path`.
void write_bib(System& system, const std::string& path, const CitationList& cited, bool with_equivalents);

}  // namespace mlcarbon
