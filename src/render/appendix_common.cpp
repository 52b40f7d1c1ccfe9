#include <fmt/format.h>

#include "core/equivalents.h"
#include "render/appendix.h"
#include "render/bibtex.h"
#include "render/explain.h"
#include "util/numbers.h"
#include "version.h"

namespace mlcarbon::appendix {
namespace {

constexpr std::size_t kMethodPapers = 2;

}  // namespace

std::string Target::text(std::string_view plain) const {
  std::string out = latex_ ? latex_escape(plain) : std::string(plain);
  for (std::size_t at = 0; (at = out.find(" x ", at)) != std::string::npos;) {
    const std::string sign = times();
    out.replace(at, 3, sign);
    at += sign.size();
  }
  if (!latex_) return out;
  for (std::size_t at = 0; (at = out.find("CO2", at)) != std::string::npos; at += 19) out.replace(at, 3, "CO\\textsubscript{2}");
  return out;
}

std::string Target::cite(const std::vector<const Source*>& sources, bool method) const {
  std::vector<std::string> refs;
  if (method) {
    refs.push_back(latex_ ? std::string(lacoste_key()) : "1");
    refs.push_back(latex_ ? std::string(patterson_key()) : "2");
  }
  for (const Source* s : sources) {
    if (s == nullptr) continue;
    refs.push_back(latex_ ? std::string(s->key) : fmt::format("{}", cited_.number_of(s) + kMethodPapers));
  }
  if (refs.empty()) return {};
  return latex_ ? fmt::format("~\\cite{{{}}}", fmt::join(refs, ",")) : fmt::format(" [{}]", fmt::join(refs, ", "));
}

std::string Target::prose(const Prose& pieces) const {
  std::string out;
  for (const Piece& p : pieces) out += text(p.text) + cite(p.cites, p.cite_method);
  return out;
}

std::string sci(double value) { return value >= 1e6 ? fmt::format("{:.3g}", value) : human(value); }

std::string markdown_cell(std::string text) {
  for (std::size_t at = 0; (at = text.find('|', at)) != std::string::npos; at += 2) text.replace(at, 1, "\\|");
  return text;
}

std::string references(const CitationList& cited, const Target& t) {
  if (t.latex()) return {};
  std::string out = "\n**References**\n\n";
  std::size_t n = 0;
  for (const Citation& c : method_citations()) out += fmt::format("{}. {}\n", ++n, c.reference);
  for (const Source* s : cited.sources()) out += fmt::format("{}. {}\n", ++n, source_citation(*s).reference);
  return out;
}

std::string header(const Target& t, const Catalog& catalog, const RenderOptions& options) {
  std::string note = fmt::format("Written by mlcarbon {} (data: {}hardware {}, regions {}).", kVersion,
                                 catalog.origin == "embedded" ? std::string() : fmt::format("{}, ", catalog.origin),
                                 catalog.hardware_version, catalog.regions_version);
  if (!options.settings.empty()) {
    // key=value, no "--": an HTML comment may not hold "--".
    std::vector<std::string> parts;
    for (const SettingUsed& s : options.settings) parts.push_back(fmt::format("{}={} from {}", s.key, s.value, s.origin));
    note += fmt::format(" Defaults from the environment or a project file: {}.", fmt::join(parts, "; "));
  }
  if (t.latex()) {
    return fmt::format("% {}\n% Needs \\usepackage{{url}} for the bibliography; cites the keys of `--bib FILE`.\n", note);
  }
  return fmt::format("<!-- {} -->\n", note);
}

Prose equivalents_prose(double co2e_kg, const RenderOptions& options, CitationList& cited) {
  Prose p;
  if (!options.equivalents) return p;
  const auto all = equivalents();
  p.push_back({" That is about as much CO2e as ", {}});
  for (std::size_t i = 0; i < all.size(); ++i) {
    cited.add(all[i].source);
    const std::string sep = i + 1 == all.size() ? "." : i + 2 == all.size() ? ", or " : ", ";
    p.push_back({fmt::format("{} {}", human(co2e_kg / all[i].kg_co2e_per_unit), all[i].label), {all[i].source}});
    p.push_back({sep, {}});
  }
  return p;
}

}  // namespace mlcarbon::appendix
