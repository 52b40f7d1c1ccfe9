// The Builder: sources, devices and file headers.
#include "data/catalog_builder.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon::loader {

void Builder::read_sources(std::string_view file, const Json& root, std::vector<Source>& into,
                  std::map<std::string, const Source*>& index, std::size_t extra_capacity) {
  const auto it = root.find("sources");
  if (it == root.end()) return;
  if (!it->is_object()) throw Error(ErrorKind::data, fmt::format("{}: key 'sources': expected an object", file));
  into.reserve(into.size() + it->size() + extra_capacity);
  for (const auto& [key, value] : it->items()) {
    Entry e(file, fmt::format("sources.{}", key), value);
    if (!matches_id(key, false)) e.fail("", "source keys are lower-case ids ([a-z0-9][a-z0-9._-]*)");
    if (index.count(key) != 0) e.fail("", "a source with this key already exists");
    Source src;
    src.key = s_->keep(key);
    src.title = s_->keep(e.text("title"));
    src.publisher = s_->keep(e.text("publisher"));
    src.url = s_->keep(e.text("url"));
    src.year = e.year("year");
    src.license = s_->keep(e.text("license", false));
    src.note = s_->keep(e.text("note", false));
    e.finish();
    into.push_back(src);
    index[key] = &into.back();
  }
}

const Source* Builder::source_ref(Entry& e, std::string_view key, const std::map<std::string, const Source*>& index) {
  const std::string name = e.text(key);
  const auto it = index.find(name);
  if (it == index.end()) e.fail(key, fmt::format("no source {} in this file's 'sources'", quote(name)));
  return it->second;
}

std::span<const std::string_view> Builder::aliases(Entry& e, std::string_view owner, NameRegistry& names) {
  const Json* list = e.array("aliases");
  auto& out = s_->alias_lists.emplace_back();
  if (list == nullptr) return out;
  for (const Json& alias : *list) {
    if (!alias.is_string() || trim(alias.get<std::string>()).empty()) e.fail("aliases", "expected non-empty strings");
    const std::string text = alias.get<std::string>();
    if (text.size() > 200 || text.find_first_of("\r\n\t") != std::string::npos) e.fail("aliases", fmt::format("{} is not a plain name", quote(text)));
    names.add(e, "aliases", text, owner);
    out.push_back(s_->keep(text));
  }
  return out;
}

void Builder::read_hardware(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                   NameRegistry& names) {
  read_array(file, root, "hardware", s_->hardware, [&](Entry& e, std::size_t i) {
    Hardware hw;
    const std::string id = id_text(e, "id");
    e.relabel(fmt::format("hardware[{}] '{}'", i, id));
    catch_up();
    if (hardware_ids_.count(id) != 0) e.fail("id", "a hardware entry with this id already exists");
    names.add(e, "id", id, id);
    hw.id = s_->keep(id);
    hw.name = s_->keep(e.text("name"));
    hw.vendor = s_->keep(e.text("vendor"));
    hw.kind = e.choice<DeviceKind>("kind", kDeviceKindNames);
    hw.aliases = aliases(e, id, names);
    hw.power_w = e.number("power_w", kMinPowerW, kMaxPowerW);
    hw.power_kind = e.choice<PowerKind>("power_kind", kPowerKindNames);
    if (e.has("memory_gb")) hw.memory_gb = e.number("memory_gb", 0, 100000, false);
    if (e.has("cores")) hw.cores = e.integer("cores", 1, 4096);
    if (e.has("released")) hw.released = e.year("released");
    hw.source = source_ref(e, "source", sources);
    if (const Json* alternatives = e.array("power_alternatives")) {
      auto& list = s_->alternative_lists.emplace_back();
      for (const Json& item : *alternatives) {
        Entry alt(file, fmt::format("{}.power_alternatives[{}]", e.label(), list.size()), item);
        list.push_back({alt.number("power_w", kMinPowerW, kMaxPowerW), s_->keep(alt.text("note"))});
        alt.finish();
      }
      hw.power_alternatives = list;
    }
    hw.note = s_->keep(e.text("note", false));
    if (e.group({"peak_tflops", "peak_source"})) {
      Entry peak(file, fmt::format("{}.peak_tflops", e.label()), e.require("peak_tflops"));
      bool any = false;
      for (int p = 0; p < kPrecisionCount; ++p) {
        const std::string_view name = to_string(static_cast<Precision>(p));
        if (!peak.has(name)) continue;
        hw.peak.tflops[p] = peak.number(name, 0, 1e6, false);
        any = true;
      }
      peak.finish();
      if (!any) e.fail("peak_tflops", "expected at least one of fp64, fp32, tf32, fp16, bf16, fp8, int8");
      hw.peak.source = source_ref(e, "peak_source", sources);
    }
    if (e.group({"embodied_kg", "embodied_source"})) {
      hw.embodied_kg = e.number("embodied_kg", 0, 1e5, false);
      hw.embodied_source = source_ref(e, "embodied_source", sources);
    }
    if (const Json* slice = e.object("slice_names")) {
      Entry sl(file, fmt::format("{}.slice_names", e.label()), *slice);
      const std::string prefix = sl.text("prefix");
      if (prefix.empty() || prefix.size() > 8 || !matches_id(prefix, false) || prefix.find('-') != std::string::npos) {
        sl.fail("prefix", "expected a version as slice names begin, e.g. v3 or v5p");
      }
      for (const Hardware& other : s_->hardware) {
        if (iequals(other.slice_prefix, prefix)) sl.fail("prefix", fmt::format("{} already names the slices of {}", quote(prefix), quote(other.id)));
      }
      hw.slice_prefix = s_->keep(prefix);
      hw.slice_units_per_chip = static_cast<int>(sl.integer("units_per_chip", 1, 8));
      hw.slice_source = source_ref(sl, "source", sources);
      sl.text("note", false);
      sl.finish();
    }
    return hw;
  });
}

void Builder::catch_up() {
  for (; hardware_seen_ < s_->hardware.size(); ++hardware_seen_) hardware_ids_.insert(std::string(s_->hardware[hardware_seen_].id));
  for (; instances_seen_ < s_->instances.size(); ++instances_seen_) {
    const Instance& in = s_->instances[instances_seen_];
    instance_keys_.insert(fmt::format("{}:{}", in.provider, in.id));
  }
  for (; grids_seen_ < s_->grids.size(); ++grids_seen_) {
    const Grid& g = s_->grids[grids_seen_];
    grid_index_.emplace(std::string(g.id), grids_seen_);
    grid_ids_lower_.insert(to_lower(g.id));
    if (!g.iso3.empty()) iso3_lower_.insert(to_lower(g.iso3));
    grid_names_.add(g.id, g.id);
    if (!g.iso3.empty()) grid_names_.add(g.iso3, g.id);
    for (const auto alias : g.aliases) grid_names_.add(alias, g.id);
  }
  for (; regions_seen_ < s_->regions.size(); ++regions_seen_) {
    const Region& r = s_->regions[regions_seen_];
    NameRegistry& names = region_names_[std::string(r.provider->id)];
    names.add(r.id, region_key(r));
    for (const auto alias : r.aliases) names.add(alias, region_key(r));
  }
}

void Builder::check_header(std::string_view file, const Json& root, bool overlay) {
  if (!root.is_object()) throw Error(ErrorKind::data, fmt::format("{}: expected a JSON object at the top level", file));
  Entry e(file, "top level", root);
  const Json& version = e.require("schema_version");
  if (!version.is_number_integer() || version.get<long long>() != kSchemaVersion) {
    e.fail("schema_version", fmt::format("this mlcarbon reads schema_version {}, got {}", kSchemaVersion, version.dump()));
  }
  if (!overlay) e.text("data_version");
}

void Builder::read_instances(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
  const auto device = [&](Entry& e, std::string_view key, bool cpu) -> const Hardware* {
    const std::string id = e.text(key);
    for (const Hardware& hw : s_->hardware) {
      if (hw.id != id) continue;
      if (cpu != (hw.kind == DeviceKind::cpu)) {
        e.fail(key, cpu ? fmt::format("{} is not a CPU", quote(id)) : fmt::format("{} is a CPU, not an accelerator", quote(id)));
      }
      return &hw;
    }
    e.fail(key, fmt::format("no device {} in hardware.json", quote(id)));
  };
  read_array(file, root, "instances", s_->instances, [&](Entry& e, std::size_t i) {
    Instance in;
    const std::string provider = id_text(e, "provider");
    const std::string id = id_text(e, "id");
    e.relabel(fmt::format("instances[{}] '{}:{}'", i, provider, id));
    catch_up();
    if (instance_keys_.count(fmt::format("{}:{}", provider, id)) != 0) {
      e.fail("id", "an instance with this id already exists for this provider");
    }
    in.provider = s_->keep(provider);
    in.id = s_->keep(id);
    NameRegistry own;
    in.aliases = aliases(e, id, own);
    // A type without accelerators (the CPU families) leaves both keys out; its CPU is then its power.
    const bool accelerated = e.group({"accelerator", "accelerator_count"});
    if (accelerated) {
      in.accelerator = device(e, "accelerator", false);
      in.accelerator_count = e.integer("accelerator_count", 1, 1024);
    }
    if (e.group({"cpu", "cpu_sockets"})) {
      in.cpu = device(e, "cpu", true);
      in.cpu_sockets = e.number("cpu_sockets", 0, 64, false);  // a share of a package on small instances
    } else if (!accelerated) {
      e.fail("cpu", "missing: a type without accelerator and accelerator_count needs cpu and cpu_sockets (its power)");
    }
    in.cpu_name = s_->keep(e.text("cpu_name", false));
    in.vcpus = e.integer("vcpus", 1, 4096);
    in.memory_gb = e.number("memory_gb", 0, 1e5, false);
    in.source = source_ref(e, "source", sources);
    in.note = s_->keep(e.text("note", false));
    return in;
  });
}

}  // namespace mlcarbon::loader
