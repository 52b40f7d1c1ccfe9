// Citations for paper appendices: the method papers and every data source an estimate used,
// with BibTeX entries whose keys the LaTeX output cites.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/catalog.h"
#include "core/estimate.h"

namespace mlcarbon {

// A work cited: its BibTeX key, a one-line reference for Markdown, and its BibTeX entry.
struct Citation {
  std::string key;
  std::string reference;  // "Author (Year). Title. Venue. URL"
  std::string bibtex;
};

// The two method papers, always cited first: Lacoste et al. 2019 and Patterson et al. 2021.
std::vector<Citation> method_citations();
std::string_view lacoste_key();
std::string_view patterson_key();

// The citation of a data source (key: the source's key in its data file).
Citation source_citation(const Source& source);

// The sources an estimate used, in the order the text cites them, without repeats: the
// device's power figure, the PUE, the grid intensity, the provider's claims.
std::vector<const Source*> sources_of(const ResolvedInputs& inputs, const std::vector<ClaimNote>& claims);

// Collects cited sources without repeats, in first-use order.
class CitationList {
 public:
  void add(const Source* source);  // null is ignored
  const std::vector<const Source*>& sources() const { return sources_; }
  std::size_t number_of(const Source* source) const;  // 1-based, after the method papers

 private:
  std::vector<const Source*> sources_;
};

// The BibTeX file: the method papers, then each source.
std::string render_bibtex(const std::vector<const Source*>& sources);

// Text escaped for LaTeX (special characters, and CO2 with a subscript left to the caller).
std::string latex_escape(std::string_view text);

}  // namespace mlcarbon
