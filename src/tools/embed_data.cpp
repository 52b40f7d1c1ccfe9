// Build-time tool: validates data/hardware.json and data/regions.json with the same loader the
// CLI uses at run time, and writes them out as C++ constant data, so that the binary needs no
// files and parses nothing at start-up.
//
// usage: mlcarbon_embed HARDWARE_JSON REGIONS_JSON INSTANCES_JSON NOTICE OUTPUT_CPP
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "data/catalog.h"
#include "data/catalog_json.h"
#include "util/error.h"

namespace {

using namespace mlcarbon;

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::io, fmt::format("cannot read {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A C++ string_view initializer: {"...", length}. Octal escapes cannot run into the next
// character (at most three digits), so any byte can follow.
std::string sv(std::string_view text) {
  std::string out = "{\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte >= 0x7f || c == '?') {
      out += fmt::format("\\{:03o}", byte);
    } else {
      out += c;
    }
  }
  return fmt::format("{}\", {}}}", out, text.size());
}

std::string number(double x) { return fmt::format("{}", x); }

template <typename T>
std::size_t index_in(std::span<const T> all, const T* item) {
  return static_cast<std::size_t>(item - all.data());
}

std::string source_ref(std::string_view table, std::span<const Source> all, const Source* src) {
  return fmt::format("&{}[{}]", table, index_in(all, src));
}

void write_sources(std::string& out, std::string_view name, std::span<const Source> sources) {
  out += fmt::format("constexpr Source {}[] = {{\n", name);
  for (const Source& s : sources) {
    out += fmt::format("  {{{}, {}, {}, {}, {}, {}, {}}},\n", sv(s.key), sv(s.title), sv(s.publisher), sv(s.url), s.year,
                       sv(s.license), sv(s.note));
  }
  out += "};\n\n";
}

std::string aliases(std::string& out, std::string_view name, std::span<const std::string_view> list) {
  if (list.empty()) return "{}";
  out += fmt::format("constexpr std::string_view {}[] = {{", name);
  for (const auto alias : list) out += sv(alias) + ", ";
  out += "};\n";
  return fmt::format("std::span<const std::string_view>({})", name);
}

std::string optional_source(std::string_view table, std::span<const Source> sources, const Source* src) {
  return src == nullptr ? std::string("nullptr") : source_ref(table, sources, src);
}

std::string pue(const PueFigure& figure, std::span<const Source> sources) {
  return fmt::format("PueFigure{{{}, {}, {}, {}, {}, {}, {}}}", number(figure.pue), figure.year, sv(figure.scope),
                     source_ref("kRegionSources", sources, figure.source), number(figure.low), number(figure.high),
                     optional_source("kRegionSources", sources, figure.range_source));
}

std::string pue(const std::optional<PueFigure>& figure, std::span<const Source> sources) {
  return figure ? pue(*figure, sources) : "std::nullopt";
}

std::string intensity(const Intensity& i, std::span<const Source> sources) {
  return fmt::format("Intensity{{{}, {}, Basis::{}, {}, {}, {}, {}, {}}}", number(i.g_per_kwh), i.year, to_string(i.basis),
                     source_ref("kRegionSources", sources, i.source), number(i.low), number(i.high), i.from_year, i.to_year);
}

// kHardware, with the aliases, power alternatives and peak throughputs it points to.
void write_hardware(std::string& out, const Catalog& c) {
  std::string rows;
  for (std::size_t i = 0; i < c.hardware.size(); ++i) {
    const Hardware& h = c.hardware[i];
    const std::string alias_span = aliases(out, fmt::format("kHardwareAliases{}", i), h.aliases);
    std::string alternatives = "{}";
    if (!h.power_alternatives.empty()) {
      out += fmt::format("constexpr PowerAlternative kAlternatives{}[] = {{", i);
      for (const auto& a : h.power_alternatives) out += fmt::format("{{{}, {}}}, ", number(a.power_w), sv(a.note));
      out += "};\n";
      alternatives = fmt::format("std::span<const PowerAlternative>(kAlternatives{})", i);
    }
    std::string peak = "PeakThroughput{{";
    for (const double t : h.peak.tflops) peak += number(t) + ", ";
    peak += "}, " + optional_source("kHardwareSources", c.hardware_sources, h.peak.source) + "}";
    rows += fmt::format("  {{{}, {}, {}, DeviceKind::{}, {}, {}, PowerKind::{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}},\n",
                        sv(h.id), sv(h.name), sv(h.vendor), to_string(h.kind), alias_span, number(h.power_w),
                        to_string(h.power_kind), number(h.memory_gb), h.cores, h.released,
                        source_ref("kHardwareSources", c.hardware_sources, h.source), alternatives, sv(h.note), peak,
                        number(h.embodied_kg), optional_source("kHardwareSources", c.hardware_sources, h.embodied_source),
                        sv(h.slice_prefix), h.slice_units_per_chip,
                        optional_source("kHardwareSources", c.hardware_sources, h.slice_source));
  }
  out += "\nconstexpr Hardware kHardware[] = {\n" + rows + "};\n\n";
}

// kProviders, with their claims.
void write_providers(std::string& out, const Catalog& c) {
  std::string rows;
  for (std::size_t i = 0; i < c.providers.size(); ++i) {
    const Provider& p = c.providers[i];
    std::string claims = "{}";
    if (!p.claims.empty()) {
      out += fmt::format("constexpr Claim kClaims{}[] = {{", i);
      for (const Claim& claim : p.claims) {
        out += fmt::format("{{{}, {}, {}}}, ", sv(claim.text), claim.year,
                           source_ref("kRegionSources", c.region_sources, claim.source));
      }
      out += "};\n";
      claims = fmt::format("std::span<const Claim>(kClaims{})", i);
    }
    rows += fmt::format("  {{{}, {}, {}, {}}},\n", sv(p.id), sv(p.name), pue(p.pue, c.region_sources), claims);
  }
  out += "\nconstexpr Provider kProviders[] = {\n" + rows + "};\n\n";
}

std::string mix(const std::optional<Mix>& m, std::span<const Source> sources) {
  if (!m) return "std::nullopt";
  std::string shares;
  for (const double share : m->share) shares += number(share) + ", ";
  return fmt::format("Mix{{{{{}}}, {}, {}, {}}}", shares, m->year, source_ref("kRegionSources", sources, m->source),
                     number(m->upstream_g_per_kwh));
}

// kGrids, kSplitCodes and kFuelFactors.
void write_grids(std::string& out, const Catalog& c) {
  std::string rows;
  for (std::size_t i = 0; i < c.grids.size(); ++i) {
    const Grid& g = c.grids[i];
    const std::string alias_span = aliases(out, fmt::format("kGridAliases{}", i), g.aliases);
    rows += fmt::format("  {{{}, GridKind::{}, {}, {}, {}, {}, {}, {}}},\n", sv(g.id), to_string(g.kind), sv(g.name), sv(g.iso3),
                        sv(g.country), intensity(g.intensity, c.region_sources), alias_span, mix(g.mix, c.region_sources));
  }
  out += "\nconstexpr Grid kGrids[] = {\n" + rows + "};\n\n";
  rows.clear();
  for (std::size_t i = 0; i < c.split_codes.size(); ++i) {
    const SplitCode& split = c.split_codes[i];
    const std::string grids = aliases(out, fmt::format("kSplitGrids{}", i), split.grids);
    rows += fmt::format("  {{{}, {}, {}, {}}},\n", sv(split.code), sv(split.name), grids, sv(split.note));
  }
  if (!c.split_codes.empty()) out += "\nconstexpr SplitCode kSplitCodes[] = {\n" + rows + "};\n\n";
  out += "constexpr FuelFactors kFuelFactors{{\n";
  for (const FuelFactor& f : c.fuel_factors) {
    out += fmt::format("  {{{}, {}, {}}},\n", number(f.direct), number(f.lifecycle), optional_source("kRegionSources", c.region_sources, f.source));
  }
  out += "}};\n\n";
}

// kRegions, pointing at kProviders and kGrids.
void write_regions(std::string& out, const Catalog& c) {
  std::string rows;
  for (std::size_t i = 0; i < c.regions.size(); ++i) {
    const Region& r = c.regions[i];
    const std::string alias_span = aliases(out, fmt::format("kRegionAliases{}", i), r.aliases);
    const std::string own = r.intensity ? intensity(*r.intensity, c.region_sources) : "std::nullopt";
    const std::string cfe = r.cfe ? fmt::format("Cfe{{{}, {}, {}}}", number(r.cfe->fraction), r.cfe->year,
                                                source_ref("kRegionSources", c.region_sources, r.cfe->source))
                                  : "std::nullopt";
    rows += fmt::format("  {{&kProviders[{}], {}, {}, {}, {}, &kGrids[{}], {}, {}, {}, {}}},\n",
                        index_in(c.providers, r.provider), sv(r.id), sv(r.name), sv(r.location), sv(r.country),
                        index_in(c.grids, r.grid), own, cfe, pue(r.pue, c.region_sources), alias_span);
  }
  out += "\nconstexpr Region kRegions[] = {\n" + rows + "};\n\n";
}

// kInstanceSources and kInstances (none: an empty span, since a zero-length array is not standard C++);
// true when there are any.
bool write_instances(std::string& out, const Catalog& c) {
  write_sources(out, "kInstanceSources", c.instance_sources);
  std::string rows;
  for (std::size_t i = 0; i < c.instances.size(); ++i) {
    const Instance& in = c.instances[i];
    const std::string alias_span = aliases(out, fmt::format("kInstanceAliases{}", i), in.aliases);
    const auto device = [&](const Hardware* hw) {
      return hw == nullptr ? std::string("nullptr") : fmt::format("&kHardware[{}]", index_in(c.hardware, hw));
    };
    rows += fmt::format("  {{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}},\n", sv(in.provider), sv(in.id), alias_span,
                        device(in.accelerator), in.accelerator_count, device(in.cpu), sv(in.cpu_name),
                        number(in.cpu_sockets), in.vcpus, number(in.memory_gb),
                        source_ref("kInstanceSources", c.instance_sources, in.source), sv(in.note));
  }
  const bool any_instances = !c.instances.empty();
  if (any_instances) out += "\nconstexpr Instance kInstances[] = {\n" + rows + "};\n\n";
  return any_instances;
}

std::string generate(const Catalog& c, std::string_view notice) {
  std::string out =
      "// Generated at build time by mlcarbon_embed from data/hardware.json and data/regions.json.\n"
      "// Do not edit: change the JSON files.\n"
      "#include \"data/catalog.h\"\n\nnamespace mlcarbon {\nnamespace {\n\n";
  write_sources(out, "kHardwareSources", c.hardware_sources);
  write_sources(out, "kRegionSources", c.region_sources);
  write_hardware(out, c);
  write_providers(out, c);
  write_grids(out, c);
  write_regions(out, c);
  const bool any_instances = write_instances(out, c);
  out += fmt::format(
      "constinit const Catalog kCatalog{{{}, {}, {}, {}, kHardwareSources, kRegionSources, kHardware, kProviders, "
      "kGrids, kRegions, {}, {}, {}, {{}}, kFuelFactors, {}}};\n\nconstexpr std::string_view kNotice{};\n\n"
      "}}  // namespace\n\nconst Catalog& embedded_catalog() {{ return kCatalog; }}\n"
      "std::string_view embedded_notice() {{ return kNotice; }}\n\n"
      "}}  // namespace mlcarbon\n",
      sv(c.hardware_version), sv(c.regions_version), sv(c.instances_version), sv("embedded"),
      c.instance_sources.empty() ? "{}" : "kInstanceSources", any_instances ? "kInstances" : "{}",
      pue(c.default_pue, c.region_sources), c.split_codes.empty() ? "{}" : "kSplitCodes", sv(notice));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fputs("usage: mlcarbon_embed HARDWARE_JSON REGIONS_JSON INSTANCES_JSON NOTICE OUTPUT_CPP\n", stderr);
    return 2;
  }
  try {
    const std::string hardware = read_file(argv[1]);
    const std::string regions = read_file(argv[2]);
    const std::string instances = read_file(argv[3]);
    const Catalog catalog = load_catalog({argv[1], hardware}, {argv[2], regions}, "embedded", DataText{argv[3], instances});
    const std::string code = generate(catalog, read_file(argv[4]));
    std::ofstream out(argv[5], std::ios::binary | std::ios::trunc);
    out << code;
    if (!out) throw Error(ErrorKind::io, fmt::format("cannot write {}", argv[5]));
  } catch (const Error& e) {
    std::fprintf(stderr, "mlcarbon_embed: error: %s\n", e.what());
    return exit_code(e.kind());
  }
  return 0;
}
