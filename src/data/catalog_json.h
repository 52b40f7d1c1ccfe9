// Reading and validating the JSON data files (schema in data/SCHEMA.md) into a Catalog.
// Used at run time for --data-dir / --data-add, and at build time to generate the embedded copy,
// so the shipped data passes the same checks. Takes text, not paths: the caller reads the files.
// Every error is an Error(data) naming the file, the entry and the key.
#pragma once

#include <optional>
#include <string_view>

#include "data/catalog.h"
#include "data/data_text.h"

namespace mlcarbon {

// A catalog from a hardware file, a regions file and, optionally, an instances file (whose
// devices must be in the hardware file). `origin` says where it came from.
Catalog load_catalog(const DataText& hardware, const DataText& regions, std::string_view origin,
                     const std::optional<DataText>& instances = std::nullopt);

// What a data file holds: a whole hardware file, a whole regions file, or an overlay of extra
// entries (any other object). Error(data) when it is not a JSON object.
enum class DataFileKind { hardware, regions, instances, overlay };
DataFileKind data_file_kind(const DataText& file);

// `base` with its devices (or its providers, grids and regions; or its instances) replaced by those
// of a whole file.
Catalog with_hardware_file(const Catalog& base, const DataText& hardware);
Catalog with_regions_file(const Catalog& base, const DataText& regions);
Catalog with_instances_file(const Catalog& base, const DataText& instances);

// `base` plus the entries of an overlay file: any of `sources`, `hardware`, `providers`, `grids`,
// `regions` (same schema). Its entries may refer to the base's sources, providers and grids; an id
// that already exists is an error.
Catalog add_overlay(const Catalog& base, const DataText& overlay);

}  // namespace mlcarbon
