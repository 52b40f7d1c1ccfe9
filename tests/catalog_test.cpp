// Loading, validating and looking up the catalog (on the fixture in tests/data/mini).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace mlcarbon;
using test::catch_error;
using test::mini_catalog;
using Json = nlohmann::ordered_json;

TEST_CASE("the fixture catalog loads with every entry and source", "[catalog]") {
  const Catalog& c = mini_catalog();
  CHECK(c.hardware.size() == 7);
  CHECK(c.providers.size() == 2);
  CHECK(c.grids.size() == 4);
  CHECK(c.split_codes.size() == 1);
  CHECK(c.regions.size() == 3);
  CHECK(c.default_pue.pue == 1.56);
  CHECK(c.hardware_version == "test-fixture");
  for (const Hardware& hw : c.hardware) {
    REQUIRE(hw.source != nullptr);
    CHECK(hw.source->year > 0);
  }
}

TEST_CASE("hardware is found by id or alias, case-insensitively", "[catalog]") {
  const Catalog& c = mini_catalog();
  CHECK(find_hardware(c, "a100").id == "a100-sxm4-40gb");
  CHECK(find_hardware(c, "A100-SXM4-80GB").id == "a100-sxm4-80gb");
  CHECK(find_hardware(c, "v100").id == "v100-sxm2-16gb");
  CHECK(find_hardware(c, "V100-PCIe-16GB").id == "v100-pcie-16gb");
  CHECK(find_hardware(c, "tesla v100-pcie-16gb").id == "v100-pcie-16gb");
  CHECK(find_hardware(c, "NVIDIA A100 PCIe 80 GB").id == "a100-pcie-80gb");  // display name
  // Spaces, dashes, underscores and dots are ignored when nothing matches exactly.
  CHECK(find_hardware(c, "a100_sxm4_80gb").id == "a100-sxm4-80gb");
  CHECK(find_hardware(c, "TPU v3").id == "tpu-v3");
}

TEST_CASE("an unknown hardware name suggests the closest ones", "[catalog]") {
  const Catalog& c = mini_catalog();
  // Letter O for digit 0: the A100 variants come first.
  const auto caught = catch_error([&] { find_hardware(c, "A1OO"); });
  CHECK(caught.kind == ErrorKind::not_found);
  CHECK_THAT(caught.message, Catch::StartsWith("unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, "));
  CHECK_THAT(caught.message, Catch::Contains("a100-sxm4-80gb"));
  CHECK_THAT(caught.message, Catch::Contains("a100-pcie-40gb"));
  CHECK_THAT(caught.message, Catch::Contains("a100-pcie-80gb"));
  // Full-width digits are not accepted as a name, but the suggestion reads them.
  CHECK_THAT(catch_error([&] { find_hardware(c, "V\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90"); }).message,
             Catch::Contains("did you mean v100-sxm2-16gb"));
  CHECK_THAT(catch_error([&] { find_hardware(c, "zzzzzzzz"); }).message, Catch::Contains("`mlcarbon hardware list` lists"));
  // A short name that is one word of an entry's name ("v3" of "TPU v3") comes before the names
  // it is one or two letters away from ("v1" of "v100").
  CHECK_THAT(catch_error([&] { find_hardware(c, "v3"); }).message, Catch::StartsWith("unknown hardware 'v3'; did you mean tpu-v3, "));
}

TEST_CASE("locations: provider:region, bare codes and countries", "[catalog]") {
  const Catalog& c = mini_catalog();
  CHECK(region_key(*find_location(c, "aws:us-east-1").region) == "aws:us-east-1");
  CHECK(region_key(*find_location(c, "AWS:US-EAST-1").region) == "aws:us-east-1");
  CHECK(region_key(*find_location(c, "us-central1").region) == "gcp:us-central1");
  CHECK(find_location(c, "gcp:us-central1").grid->id == "US-MROW");
  // A sub-national grid by id, by the source's own code or by a state code it covers.
  for (const char* name : {"US-MROW", "grid:US-MROW", "MROW", "mrow", "US-IA", "MRO West (eGRID MROW)"}) {
    INFO(name);
    const Location l = find_location(c, name);
    CHECK(l.region == nullptr);
    CHECK(l.grid->id == "US-MROW");
  }
  for (const char* name : {"FR", "fr", "FRA", "country:FR", "France", "grid:FR"}) {
    INFO(name);
    const Location l = find_location(c, name);
    CHECK(l.region == nullptr);
    CHECK(l.grid->id == "FR");
  }
}

TEST_CASE("unknown or ambiguous locations name the candidates", "[catalog]") {
  const Catalog& c = mini_catalog();
  auto caught = catch_error([&] { find_location(c, "aws:us-east-9"); });
  CHECK(caught.kind == ErrorKind::not_found);
  CHECK_THAT(caught.message, Catch::Contains("did you mean aws:us-east-1"));
  caught = catch_error([&] { find_location(c, "mars:olympus-1"); });
  CHECK_THAT(caught.message, Catch::Contains("unknown provider 'mars' in region 'mars:olympus-1'; known prefixes: aws, gcp, country, grid"));
  caught = catch_error([&] { find_location(c, "country:XX"); });
  CHECK(caught.kind == ErrorKind::not_found);
  // A code that spans several grids names them instead of guessing one.
  caught = catch_error([&] { find_location(c, "us-tx"); });
  CHECK(caught.kind == ErrorKind::not_found);
  CHECK(caught.message == "US-TX (Texas) spans several grids (a test entry); give one of them: US-MROW");
  CHECK(catch_error([&] { find_location(c, "grid:US-TX"); }).message == caught.message);
  // A sub-national grid is not a country.
  CHECK_THAT(catch_error([&] { find_location(c, "country:US-MROW"); }).message, Catch::StartsWith("unknown region 'country:US-MROW'"));

  // A private provider with a region code that AWS also has makes the bare code ambiguous.
  const std::string overlay = R"({"schema_version": 1,
    "providers": [{"id": "lab", "name": "Our lab"}],
    "regions": [{"provider": "lab", "id": "us-east-1", "name": "Basement", "location": "Boston", "country": "US", "grid": "US"}]})";
  const Catalog both = add_overlay(c, {"lab.json", overlay});
  caught = catch_error([&] { find_location(both, "us-east-1"); });
  CHECK(caught.message == "region 'us-east-1' is ambiguous; say which: aws:us-east-1, lab:us-east-1");
  CHECK(find_location(both, "lab:us-east-1").region->provider->id == "lab");
  // The base entries still resolve in the merged catalog, pointing at its own copies.
  const Location aws = find_location(both, "aws:us-east-1");
  CHECK(aws.region->provider == &both.providers[0]);
}

TEST_CASE("an overlay adds private hardware and sites on top", "[catalog]") {
  const std::string overlay = R"({"schema_version": 1,
    "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
    "hardware": [{"id": "lab-node", "name": "Lab node", "vendor": "Ourselves", "kind": "gpu", "power_w": 1200,
                  "power_kind": "measured_average", "source": "lab-meter"}],
    "grids": [{"id": "US-LAB", "kind": "subregion", "name": "Campus grid", "country": "US",
               "intensity_g_per_kwh": 120, "year": 2025, "basis": "direct", "source": "lab-meter"}]})";
  const Catalog c = add_overlay(mini_catalog(), {"lab.json", overlay});
  CHECK(c.hardware.size() == 8);
  CHECK(find_hardware(c, "lab-node").power_w == 1200);
  CHECK(find_hardware(c, "a100").id == "a100-sxm4-40gb");
  CHECK(find_location(c, "grid:US-LAB").grid->intensity.g_per_kwh == 120);

  const std::string clash = R"({"schema_version": 1, "hardware": [{"id": "x", "name": "X", "vendor": "V", "kind": "gpu",
    "aliases": ["A100"], "power_w": 100, "power_kind": "tdp", "source": "nvidia-a100-datasheet"}]})";
  CHECK_THAT(catch_error([&] { add_overlay(mini_catalog(), {"lab.json", clash}); }).message,
             Catch::Contains("lab.json: hardware[0] 'x': key 'aliases': 'A100' is already a name of 'a100-sxm4-40gb'"));
}

namespace {

// Loads the fixture with `edit` applied to one of its files; returns the error message.
template <typename Edit>
std::string load_edited(bool hardware_file, Edit edit) {
  Json hw = Json::parse(test::mini_text("hardware.json"));
  Json rg = Json::parse(test::mini_text("regions.json"));
  edit(hardware_file ? hw : rg);
  const std::string hw_text = hw.dump(), rg_text = rg.dump();
  const auto caught = catch_error([&] { load_catalog({"hw.json", hw_text}, {"rg.json", rg_text}, "test"); });
  CHECK(caught.kind == ErrorKind::data);
  return caught.message;
}

}  // namespace

TEST_CASE("malformed hardware entries name file, entry and key", "[catalog][validation]") {
  CHECK(load_edited(true, [](Json& j) { j["hardware"][1]["power_w"] = -5; }) ==
        "hw.json: hardware[1] 'v100-sxm2-16gb': key 'power_w': expected a number >= 1 and <= 2000, got -5");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["power_w"] = 2500; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'power_w': expected a number >= 1 and <= 2000, got 2500");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["power_w"] = "250"; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'power_w': expected a number, got the string '250'");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0].erase("source"); }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'source': missing (required)");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["source"] = "nope"; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'source': no source 'nope' in this file's 'sources'");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["powr_w"] = 1; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'powr_w': unknown key (a typo?)");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][2]["aliases"].push_back("V100"); }) ==
        "hw.json: hardware[2] 'a100-sxm4-40gb': key 'aliases': 'V100' is already a name of 'v100-sxm2-16gb'");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][3]["id"] = "a100-sxm4-40gb"; }) ==
        "hw.json: hardware[3] 'a100-sxm4-40gb': key 'id': a hardware entry with this id already exists");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["slice_names"] = "v3"; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'slice_names': expected an object, got the string 'v3'");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["slice_names"] = {{"prefix", "v3-x"}, {"units_per_chip", 2}, {"source", "nvidia-v100-datasheet"}}; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb'.slice_names: key 'prefix': expected a version as slice names begin, e.g. v3 or v5p");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["slice_names"] = {{"prefix", "v3"}, {"units_per_chip", 0}, {"source", "nvidia-v100-datasheet"}}; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb'.slice_names: key 'units_per_chip': expected a whole number >= 1 and <= 8, got 0");
  CHECK(load_edited(true, [](Json& j) {
          j["hardware"][0]["slice_names"] = {{"prefix", "v3"}, {"units_per_chip", 2}, {"source", "nvidia-v100-datasheet"}};
          j["hardware"][1]["slice_names"] = {{"prefix", "v3"}, {"units_per_chip", 2}, {"source", "nvidia-v100-datasheet"}};
        }) == "hw.json: hardware[1] 'v100-sxm2-16gb'.slice_names: key 'prefix': 'v3' already names the slices of 'v100-pcie-16gb'");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["kind"] = "fpga"; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'kind': 'fpga' is not one of gpu, tpu, cpu, accelerator");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["id"] = "V100"; }) ==
        "hw.json: hardware[0]: key 'id': 'V100' is not a lower-case id ([a-z0-9][a-z0-9._-]*)");
  CHECK(load_edited(true, [](Json& j) { j["sources"]["nvidia-v100-datasheet"].erase("year"); }) ==
        "hw.json: sources.nvidia-v100-datasheet: key 'year': missing (required)");
  CHECK(load_edited(true, [](Json& j) { j["schema_version"] = 2; }) ==
        "hw.json: top level: key 'schema_version': this mlcarbon reads schema_version 1, got 2");
  CHECK(load_edited(true, [](Json& j) { j["hardware"][0]["memory_gb"] = nullptr; }) ==
        "hw.json: hardware[0] 'v100-pcie-16gb': key 'memory_gb': expected a number, got null");
}

TEST_CASE("malformed region entries name file, entry and key", "[catalog][validation]") {
  CHECK(load_edited(false, [](Json& j) { j["grids"][0]["intensity_g_per_kwh"] = 1600; }) ==
        "rg.json: grids[0] 'FR': key 'intensity_g_per_kwh': expected a number >= 0 and <= 1500, got 1600");
  CHECK(load_edited(false, [](Json& j) { j["providers"][0]["pue"] = 0.9; }) ==
        "rg.json: providers[0] 'aws': key 'pue': expected a number >= 1 and <= 3, got 0.9");
  CHECK(load_edited(false, [](Json& j) { j["providers"][0].erase("pue_year"); }) ==
        "rg.json: providers[0] 'aws': key 'pue_year': missing: pue, pue_year, pue_source, pue_scope go together");
  CHECK(load_edited(false, [](Json& j) { j["regions"][0]["grid"] = "XX"; }) ==
        "rg.json: regions[0] 'aws:us-east-1': key 'grid': no grid 'XX' in 'grids'");
  CHECK(load_edited(false, [](Json& j) { j["regions"][0].erase("grid"); }) ==
        "rg.json: regions[0] 'aws:us-east-1': key 'grid': missing (required)");
  CHECK(load_edited(false, [](Json& j) { j["regions"][0]["provider"] = "ibm"; }) ==
        "rg.json: regions[0] 'ibm:us-east-1': key 'provider': no provider 'ibm' in 'providers'");
  CHECK(load_edited(false, [](Json& j) { j["regions"][2].erase("cfe_year"); }) ==
        "rg.json: regions[2] 'gcp:us-central1': key 'cfe_year': missing: cfe, cfe_year, cfe_source go together");
  CHECK(load_edited(false, [](Json& j) { j["regions"][2]["cfe"] = 1.5; }) ==
        "rg.json: regions[2] 'gcp:us-central1': key 'cfe': expected a number >= 0 and <= 1, got 1.5");
  CHECK(load_edited(false, [](Json& j) { j["regions"].push_back(j["regions"][0]); }) ==
        "rg.json: regions[3] 'aws:us-east-1': key 'id': a region with this id already exists for this provider");
  CHECK(load_edited(false, [](Json& j) { j["grids"][1]["iso3"] = "FRA"; }) ==
        "rg.json: grids[1] 'IE': key 'iso3': 'FRA' is already the code of 'FR'");
  CHECK(load_edited(false, [](Json& j) { j["grids"][0]["year"] = 1850; }) ==
        "rg.json: grids[0] 'FR': key 'year': expected a whole number >= 1990 and <= 2100, got 1850");
  CHECK(load_edited(false, [](Json& j) { j.erase("default_pue"); }) == "rg.json: key 'default_pue': missing (required)");
  CHECK(load_edited(false, [](Json& j) { j["extra"] = 1; }) ==
        "rg.json: top level: key 'extra': unknown key (expected one of schema_version, data_version, description, sources, "
        "default_pue, fuel_factors, providers, grids, split_codes, regions)");
}

// Implausible figures are errors that name file, entry and key (issue: grid figures a reviewer
// would accept). The fixture's grids are FR, IE, US, US-MROW; its regions aws:us-east-1,
// aws:eu-west-1, gcp:us-central1.
TEST_CASE("implausible grid figures and malformed mixes name file, entry and key", "[catalog][validation]") {
  // Every source of electricity has upstream emissions: 0 is not a lifecycle figure (the old
  // data's Central African Republic). 0 on a direct basis is (Prince Edward Island, wind only).
  CHECK(load_edited(false, [](Json& j) { j["grids"][0]["intensity_g_per_kwh"] = 0; }) ==
        "rg.json: grids[0] 'FR': key 'intensity_g_per_kwh': 0 on a lifecycle basis is implausible: every source of electricity "
        "has upstream emissions");
  CHECK_NOTHROW(load_catalog({"hw.json", test::mini_text("hardware.json")}, {"rg.json", [] {
                               Json rg = Json::parse(test::mini_text("regions.json"));
                               rg["grids"][3]["intensity_g_per_kwh"] = 0;  // US-MROW, direct
                               return rg.dump();
                             }()}, "t"));
  // A lifecycle figure far below the upstream emissions of its own mix: one of them is wrong.
  // US-MROW's mix upstream is 45.281 g/kWh (see the conversion test); 30 < 0.8 x 45.281.
  CHECK(load_edited(false, [](Json& j) {
          j["grids"][3]["basis"] = "lifecycle";
          j["grids"][3]["intensity_g_per_kwh"] = 30;
        }) == "rg.json: grids[3] 'US-MROW': key 'intensity_g_per_kwh': 30 is below the upstream emissions of its own mix (45.3 "
              "g/kWh): the figure and the mix cannot both be right");
  CHECK(load_edited(false, [](Json& j) { j["grids"][3]["mix"]["coal"] = 80; }) ==
        "rg.json: grids[3] 'US-MROW'.mix: key 'unit': percentages add up to 144.9, expected about 100");
  CHECK(load_edited(false, [](Json& j) { j["grids"][3]["mix"]["peat"] = 1; }) ==
        "rg.json: grids[3] 'US-MROW'.mix: key 'peat': unknown key (a typo?)");
  CHECK(load_edited(false, [](Json& j) { j["grids"][3]["mix"]["unit"] = "mwh"; }) ==
        "rg.json: grids[3] 'US-MROW'.mix: key 'unit': 'mwh' is not one of percent, twh, gwh");
  CHECK(load_edited(false, [](Json& j) { j.erase("fuel_factors"); }) ==
        "rg.json: grids[3] 'US-MROW'.mix: key 'coal': no factor for this fuel in 'fuel_factors' (it must come before the grids)");
  CHECK(load_edited(false, [](Json& j) { j["fuel_factors"]["coal"]["lifecycle"] = 700; }) ==
        "rg.json: fuel_factors.coal: key 'lifecycle': is below 'direct' (lifecycle includes the direct emissions)");
  CHECK(load_edited(false, [](Json& j) { j["fuel_factors"].erase("wind"); }) == "rg.json: fuel_factors: key 'wind': missing (required)");
  CHECK(load_edited(false, [](Json& j) { j["grids"][3]["aliases"].push_back("FRA"); }) ==
        "rg.json: grids[3] 'US-MROW': key 'aliases': 'FRA' is already a name of 'FR'");
  CHECK(load_edited(false, [](Json& j) { j["split_codes"][0]["grids"][0] = "US-XX"; }) ==
        "rg.json: split_codes[0] 'US-TX': key 'grids': no grid 'US-XX' in 'grids'");
  CHECK(load_edited(false, [](Json& j) { j["split_codes"][0]["code"] = "US-IA"; }) ==
        "rg.json: split_codes[0] 'US-IA': key 'code': is already a name of grid 'US-MROW'");
  CHECK(load_edited(false, [](Json& j) { j["grids"][1]["kind"] = "subnational"; }) ==
        "rg.json: grids[1] 'IE': key 'kind': 'subnational' is not one of country, state, subregion, world");
}

// The conversion between bases, worked by hand from the fixture's US-MROW entry (eGRID2023 rev 2,
// MRO West: coal 35.2, gas 13.1, oil 0.1, nuclear 7.8, hydro 4.1, wind 37.6, solar 1.2,
// biomass 0.7, other 0.3 %; the percentages add up to 100.1) and the per-fuel medians of IPCC AR5
// WG III Annex III Table A.III.2 (lifecycle - direct: coal 820 - 760 = 60, gas 490 - 370 = 120,
// nuclear 12, hydro 24, wind 11, solar 48, biomass 230 - 0) with oil's 650 - 406 = 244 (Electricity
// Maps' pair): (35.2 x 60 + 13.1 x 120 + 0.1 x 244 + 7.8 x 12 + 4.1 x 24 + 37.6 x 11 + 1.2 x 48 +
// 0.7 x 230) / 100.1 = 4532.6 / 100.1 = 45.2807 g/kWh.
TEST_CASE("a figure changes basis by its grid's mix and the per-fuel factors", "[catalog]") {
  const Catalog& c = mini_catalog();
  const Location mrow = find_location(c, "US-MROW");
  REQUIRE(mrow.grid->mix);
  CHECK(mrow.grid->mix->upstream_g_per_kwh == Approx(4532.6 / 100.1).epsilon(1e-12));
  IntensityAt at = intensity_at(mrow);
  CHECK(at.scope == IntensityScope::subregion);
  CHECK(basis_conversion(at, Basis::direct) == 0.0);
  CHECK(*basis_conversion(at, Basis::lifecycle) == Approx(45.2807).epsilon(1e-5));
  // Google's figure for the region is direct too, and converts with the grid it draws from.
  at = intensity_at(find_location(c, "gcp:us-central1"));
  CHECK(at.scope == IntensityScope::provider_region);
  CHECK(at.figure->g_per_kwh == 412.72);
  CHECK(*basis_conversion(at, Basis::lifecycle) == Approx(45.2807).epsilon(1e-5));
  // A lifecycle figure without a mix cannot be given on a direct basis.
  at = intensity_at(find_location(c, "FR"));
  CHECK(at.scope == IntensityScope::country);
  CHECK(basis_conversion(at, Basis::lifecycle) == 0.0);
  CHECK_FALSE(basis_conversion(at, Basis::direct).has_value());
}

TEST_CASE("text that is not JSON, or repeats a key, is reported with its place", "[catalog][validation]") {
  const std::string hw = test::mini_text("hardware.json");
  const std::string rg = test::mini_text("regions.json");
  auto caught = catch_error([&] { load_catalog({"hw.json", "{\n  \"schema_version\": 1,\n  oops\n}"}, {"rg.json", rg}, "t"); });
  CHECK(caught.kind == ErrorKind::data);
  CHECK_THAT(caught.message, Catch::StartsWith("hw.json: not valid JSON at line 3, column 3: syntax error"));
  caught = catch_error([&] { load_catalog({"hw.json", ""}, {"rg.json", rg}, "t"); });
  CHECK_THAT(caught.message, Catch::StartsWith("hw.json: not valid JSON at line 1, column 1"));
  caught = catch_error([&] { load_catalog({"hw.json", "[]"}, {"rg.json", rg}, "t"); });
  CHECK(caught.message == "hw.json: expected a JSON object at the top level");
  std::string repeated = hw;
  repeated.replace(repeated.find("\"power_w\": 300,"), 15, "\"power_w\": 300, \"power_w\": 250,");
  caught = catch_error([&] { load_catalog({"hw.json", repeated}, {"rg.json", rg}, "t"); });
  CHECK(caught.kind == ErrorKind::data);
  CHECK(caught.message == "hw.json: hardware[1]: key 'power_w' appears twice in the same object");
  // Found by the data fuzzer (fuzz/corpus/data/regression-huge-number): a number beyond a double's
  // range is reported like any other bad text, not thrown through as the JSON library's exception.
  caught = catch_error([&] { load_catalog({"hw.json", "6666066666666600000000E73995%106165887"}, {"rg.json", rg}, "t"); });
  CHECK(caught.kind == ErrorKind::data);
  CHECK(caught.message == "hw.json: number 6666066666666600000000E73995 at line 1, column 1 is out of range for a double");
}
