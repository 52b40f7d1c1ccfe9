// Renderers: the JSON keys scripts rely on, CSV shape, and the text breakdown's lines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/estimate.h"
#include "render/render.h"
#include "test_support.h"

using namespace mlcarbon;
using test::mini_catalog;
using Json = nlohmann::json;

namespace {

Estimate example() {
  // 8 x A100 SXM4 40 GB, 24 h, aws:us-east-1, 30 % offset (fixture figures; see estimate_test.cpp).
  Request r;
  r.hardware = "a100";
  r.count = 8;
  r.hours = 24;
  r.hours_text = "24";
  r.region = "aws:us-east-1";
  r.offset_percent = 30;
  return estimate(mini_catalog(), r);
}

}  // namespace

TEST_CASE("JSON output carries the documented keys", "[render]") {
  const Json j = Json::parse(render_estimate(example(), mini_catalog(), Format::json));
  CHECK(j["schema_version"] == 1);
  CHECK(j["energy_kwh"].get<double>() == Approx(88.32));
  CHECK(j["co2e_kg"].get<double>() == Approx(33.8954496));
  CHECK(j["offset_kg"].get<double>() == Approx(33.8954496 * 0.3));
  CHECK(j["net_co2e_kg"].get<double>() == Approx(33.8954496 * 0.7));
  const Json& in = j["inputs"];
  CHECK(in["hardware"] == "a100-sxm4-40gb");
  CHECK(in["region"] == "aws:us-east-1");
  CHECK(in["grid"] == "US");
  CHECK(in["pue"].get<double>() == 1.15);
  CHECK(in["pue_origin"] == "provider");
  CHECK(in["pue_year"] == 2024);
  CHECK(in["intensity_g_per_kwh"].get<double>() == 383.78);
  CHECK(in["intensity_year"] == 2024);
  CHECK(in["intensity_origin"] == "grid");
  CHECK(in["defaults"] == Json::array({"utilization", "pue", "intensity"}));
  REQUIRE(j["breakdown"].size() == 14);  // 12 factors, then the GPUs' embodied emissions and the total with them
  for (const Json& f : j["breakdown"]) {
    CHECK(f.contains("name"));
    CHECK(f.contains("value"));
    CHECK(f.contains("unit"));
    CHECK(f.contains("source"));
  }
  CHECK(j["breakdown"][0]["name"] == "count");
  CHECK(j["breakdown"][1]["source"].get<std::string>().find("NVIDIA A100") != std::string::npos);
}

TEST_CASE("JSON numbers read back exactly", "[render]") {
  const Estimate e = example();
  const Json j = Json::parse(render_estimate(e, mini_catalog(), Format::json));
  CHECK(j["co2e_kg"].get<double>() == e[Term::co2e_kg]);  // exact, not approximately
  CHECK(j["net_co2e_kg"].get<double>() == e[Term::net_co2e_kg]);
}

TEST_CASE("CSV output is a header and one row with as many fields", "[render]") {
  const std::string csv = render_estimate(example(), mini_catalog(), Format::csv);
  const auto newline = csv.find('\n');
  const std::string header = csv.substr(0, newline);
  const std::string row = csv.substr(newline + 1, csv.size() - newline - 2);
  CHECK(std::count(header.begin(), header.end(), ',') == std::count(row.begin(), row.end(), ','));
  CHECK_THAT(header, Catch::StartsWith("schema_version,hardware,count,power_w"));
  CHECK_THAT(row, Catch::StartsWith("1,a100-sxm4-40gb,8,400,hardware,1,24,aws:us-east-1,US,1.15,provider,383.78,grid,2024,"));
}

TEST_CASE("text output shows each factor with value, unit and source", "[render]") {
  const std::string text = render_estimate(example(), mini_catalog(), Format::text);
  CHECK_THAT(text, Catch::Contains("8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1"));
  CHECK_THAT(text, Catch::Contains("power per device               400  W"));
  CHECK_THAT(text, Catch::Contains("= 8 x 400 W x 1 / 1000"));
  CHECK_THAT(text, Catch::Contains("global fleet average, 2024"));
  CHECK_THAT(text, Catch::Contains("2024 annual average (lifecycle basis)"));
  CHECK_THAT(text, Catch::Contains("offsets bought"));
  CHECK_THAT(text, Catch::Contains("--offset 30% of gross"));
  CHECK_THAT(text, Catch::Contains("Assumptions:"));
}

TEST_CASE("catalog listings in every format", "[render]") {
  const Catalog& c = mini_catalog();
  std::vector<const Hardware*> all;
  for (const Hardware& hw : c.hardware) all.push_back(&hw);
  const Json list = Json::parse(render_hardware_list(all, Format::json));
  CHECK(list["hardware"].size() == 7);
  CHECK(list["hardware"][0]["source"]["year"] == 2018);
  CHECK_THAT(render_hardware_list(all, Format::text), Catch::Contains("7 entries"));
  CHECK_THAT(render_hardware_show(find_hardware(c, "tpu-v3"), Format::text), Catch::Contains("283 W (measured average)"));

  const Location l = find_location(c, "gcp:us-central1");
  const Json shown = Json::parse(render_location_show(l, c, Format::json));
  CHECK(shown["region"]["intensity"]["g_per_kwh"].get<double>() == 412.72);
  CHECK(shown["region"]["intensity"]["origin"] == "region");
  CHECK(shown["region"]["pue"]["pue"].get<double>() == 1.1);
  CHECK(shown["region"]["cfe"]["fraction"].get<double>() == 0.87);
  const std::string text = render_location_show(l, c, Format::text);
  CHECK_THAT(text, Catch::Contains("412.72 gCO2e/kWh, 2024 annual average"));
  CHECK_THAT(text, Catch::Contains("87% carbon-free energy"));
}
