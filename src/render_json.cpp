// JSON output (schema: README "Machine output" and schema/estimate.schema.json). Key order is
// fixed; numbers are printed exactly (shortest text that reads back as the same double).
#include <nlohmann/json.hpp>

#include "render.h"
#include "render_internal.h"
#include "version.h"

namespace mlcarbon {
namespace {

using Json = nlohmann::ordered_json;

Json source_json(const Source* source) {
  if (source == nullptr) return nullptr;
  Json j;
  j["key"] = source->key;
  j["title"] = source->title;
  j["publisher"] = source->publisher;
  j["url"] = source->url;
  j["year"] = source->year;
  if (!source->license.empty()) j["license"] = source->license;
  return j;
}

Json hardware_json(const Hardware& hw) {
  Json j;
  j["id"] = hw.id;
  j["name"] = hw.name;
  j["vendor"] = hw.vendor;
  j["kind"] = to_string(hw.kind);
  j["aliases"] = Json::array();
  for (const auto alias : hw.aliases) j["aliases"].push_back(alias);
  j["power_w"] = hw.power_w;
  j["power_kind"] = to_string(hw.power_kind);
  j["memory_gb"] = hw.memory_gb > 0 ? Json(hw.memory_gb) : Json(nullptr);
  j["cores"] = hw.cores > 0 ? Json(hw.cores) : Json(nullptr);
  j["released"] = hw.released > 0 ? Json(hw.released) : Json(nullptr);
  j["power_alternatives"] = Json::array();
  for (const auto& alt : hw.power_alternatives) j["power_alternatives"].push_back({{"power_w", alt.power_w}, {"note", alt.note}});
  j["note"] = hw.note;
  j["source"] = source_json(hw.source);
  return j;
}

Json pue_json(const PueFigure& pue, std::string_view origin) {
  return Json{{"pue", pue.pue}, {"origin", origin}, {"year", pue.year}, {"scope", pue.scope}, {"source", source_json(pue.source)}};
}

Json intensity_json(const Intensity& i, std::string_view origin) {
  return Json{{"g_per_kwh", i.g_per_kwh},
              {"origin", origin},
              {"year", i.year},
              {"basis", to_string(i.basis)},
              {"source", source_json(i.source)}};
}

Json location_json(const Location& location, const Catalog& catalog) {
  Json j;
  j["id"] = location_key(location);
  const Region* r = location.region;
  j["kind"] = r != nullptr ? "cloud" : std::string(to_string(location.grid->kind));
  j["provider"] = r != nullptr ? Json(r->provider->id) : Json(nullptr);
  j["name"] = r != nullptr ? r->name : location.grid->name;
  j["location"] = r != nullptr ? Json(r->location) : Json(nullptr);
  j["country"] = r != nullptr ? r->country : (location.grid->kind == GridKind::country ? location.grid->id : location.grid->country);
  j["grid"] = location.grid->id;
  const bool own = r != nullptr && r->intensity;
  j["intensity"] = intensity_json(effective_intensity(location), own ? "region" : "grid");
  const PueFigure& pue = effective_pue(location, catalog);
  const bool site = r != nullptr && r->pue;
  const bool provider = r != nullptr && !site && r->provider->pue;
  j["pue"] = pue_json(pue, site ? "site" : provider ? "provider" : "default");
  if (r != nullptr && r->cfe) {
    j["cfe"] = Json{{"fraction", r->cfe->fraction}, {"year", r->cfe->year}, {"source", source_json(r->cfe->source)}};
  } else {
    j["cfe"] = nullptr;
  }
  return j;
}

std::string dump(const Json& j) { return j.dump(2) + "\n"; }

}  // namespace

std::string render_estimate_json(const Estimate& e, const Catalog& catalog) {
  const ResolvedInputs& in = e.inputs;
  const ModelResult& r = e.result;
  Json j;
  j["schema_version"] = kOutputSchemaVersion;
  j["mlcarbon_version"] = kVersion;
  j["data"] = {{"hardware_version", catalog.hardware_version},
               {"regions_version", catalog.regions_version},
               {"origin", catalog.origin}};
  j["energy_kwh"] = r.energy_kwh;
  j["it_energy_kwh"] = r.it_energy_kwh;
  j["co2e_kg"] = r.co2e_kg;
  j["offset_kg"] = r.offset_kg;
  j["net_co2e_kg"] = r.net_co2e_kg;

  Json inputs;
  inputs["hardware"] = in.hardware != nullptr ? Json(in.hardware->id) : Json(nullptr);
  inputs["hardware_name"] = in.hardware != nullptr ? Json(in.hardware->name) : Json(nullptr);
  inputs["count"] = in.model.count;
  inputs["power_w"] = in.model.power_w;
  inputs["power_origin"] = to_string(in.power_origin);
  inputs["power_kind"] = in.power_origin == PowerOrigin::user ? "measured_average" : to_string(in.hardware->power_kind);
  inputs["power_source"] = in.power_origin == PowerOrigin::user ? Json(nullptr) : source_json(in.hardware->source);
  inputs["utilization"] = in.model.utilization;
  inputs["hours"] = in.model.hours;
  inputs["region"] = in.location.grid != nullptr ? Json(location_key(in.location)) : Json(nullptr);
  inputs["region_name"] = in.location.region != nullptr ? Json(in.location.region->name)
                          : in.location.grid != nullptr  ? Json(in.location.grid->name)
                                                         : Json(nullptr);
  inputs["grid"] = in.location.grid != nullptr ? Json(in.location.grid->id) : Json(nullptr);
  inputs["pue"] = in.model.pue;
  inputs["pue_origin"] = to_string(in.pue_origin);
  inputs["pue_year"] = in.pue_figure ? Json(in.pue_figure->year) : Json(nullptr);
  inputs["pue_source"] = in.pue_figure ? source_json(in.pue_figure->source) : Json(nullptr);
  inputs["intensity_g_per_kwh"] = in.model.intensity_g_per_kwh;
  inputs["intensity_origin"] = to_string(in.intensity_origin);
  inputs["intensity_year"] = in.intensity_figure ? Json(in.intensity_figure->year) : Json(nullptr);
  inputs["intensity_basis"] = in.intensity_figure ? Json(to_string(in.intensity_figure->basis)) : Json(nullptr);
  inputs["intensity_source"] = in.intensity_figure ? source_json(in.intensity_figure->source) : Json(nullptr);
  inputs["offset_percent"] = in.model.offsets.percent ? Json(*in.model.offsets.percent) : Json(nullptr);
  inputs["offset_kg"] = in.model.offsets.kg ? Json(*in.model.offsets.kg) : Json(nullptr);
  inputs["defaults"] = e.defaulted;
  j["inputs"] = std::move(inputs);

  j["breakdown"] = Json::array();
  for (const Factor& f : e.breakdown) {
    j["breakdown"].push_back(
        {{"name", f.name}, {"label", f.label}, {"value", f.value}, {"unit", f.unit}, {"source", f.source}, {"formula", f.formula}});
  }
  j["provider_claims"] = Json::array();
  for (const ClaimNote& claim : e.claims) {
    j["provider_claims"].push_back({{"text", claim.text}, {"year", claim.year}, {"source", source_json(claim.source)}});
  }
  j["notes"] = e.notes;
  return dump(j);
}

std::string render_hardware_list_json(std::span<const Hardware* const> hardware) {
  Json list = Json::array();
  for (const Hardware* hw : hardware) list.push_back(hardware_json(*hw));
  return dump(Json{{"schema_version", kOutputSchemaVersion}, {"hardware", std::move(list)}});
}

std::string render_hardware_show_json(const Hardware& hardware) {
  return dump(Json{{"schema_version", kOutputSchemaVersion}, {"hardware", hardware_json(hardware)}});
}

std::string render_location_list_json(std::span<const Location> locations, const Catalog& catalog) {
  Json list = Json::array();
  for (const Location& location : locations) list.push_back(location_json(location, catalog));
  return dump(Json{{"schema_version", kOutputSchemaVersion}, {"regions", std::move(list)}});
}

std::string render_location_show_json(const Location& location, const Catalog& catalog) {
  return dump(Json{{"schema_version", kOutputSchemaVersion}, {"region", location_json(location, catalog)}});
}

}  // namespace mlcarbon
