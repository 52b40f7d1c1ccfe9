// Citations for paper appendices: the method papers and every data source an estimate used
// (core/citations.h says which), with BibTeX entries whose keys the LaTeX output cites.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/catalog.h"

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

// The BibTeX file: the method papers, then each source.
std::string render_bibtex(const std::vector<const Source*>& sources);

// Text escaped for LaTeX (special characters, and CO2 with a subscript left to the caller).
std::string latex_escape(std::string_view text);

}  // namespace mlcarbon
