// Renderers: each turns a computed result into the text of one output format. They build
// strings and never print; the CLI writes them out.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "catalog.h"
#include "estimate.h"

namespace mlcarbon {

enum class Format { text, json, csv };

// Version of the JSON and CSV output layout (documented in README, "Machine output").
inline constexpr int kOutputSchemaVersion = 1;

std::string render_estimate(const Estimate& estimate, const Catalog& catalog, Format format);

std::string render_hardware_list(std::span<const Hardware* const> hardware, Format format);
std::string render_hardware_show(const Hardware& hardware, Format format);
std::string render_location_list(std::span<const Location> locations, const Catalog& catalog, Format format);
std::string render_location_show(const Location& location, const Catalog& catalog, Format format);

// The result of validating one set of data: what was checked and what it holds.
struct DataCheck {
  std::string what;  // a file name, or the origin of the data in use
  std::string kind;  // "data in use", "hardware file", "regions file", "overlay file"
  CatalogStats stats;
};
std::string render_data_checks(std::span<const DataCheck> checks, Format format);

// "aws:us-east-1", "country:FR" or "grid:US-XX".
std::string location_key(const Location& location);

}  // namespace mlcarbon
