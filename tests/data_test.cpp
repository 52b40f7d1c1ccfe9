// The shipped data (data/*.json): it loads, the embedded copy is the same data, every entry has a
// source and a year, and the datasheet figures the issues name are the datasheets'.
#include <catch2/catch.hpp>

#include <map>

#include "core/estimate.h"
#include "data/catalog_json.h"
#include "cli/data_files.h"
#include "test_support.h"

using namespace mlcarbon;

namespace {

const Catalog& shipped() {
  static const Catalog catalog = test::load_dir(MLCARBON_SOURCE_DIR "/data");
  return catalog;
}

}  // namespace

TEST_CASE("the embedded catalog is data/*.json", "[data]") {
  const Catalog& file = shipped();
  const Catalog& embedded = embedded_catalog();
  CHECK(embedded.hardware_version == file.hardware_version);
  CHECK(embedded.regions_version == file.regions_version);
  REQUIRE(embedded.hardware.size() == file.hardware.size());
  for (std::size_t i = 0; i < file.hardware.size(); ++i) {
    CHECK(embedded.hardware[i].id == file.hardware[i].id);
    CHECK(embedded.hardware[i].power_w == file.hardware[i].power_w);
    CHECK(embedded.hardware[i].aliases.size() == file.hardware[i].aliases.size());
    CHECK(embedded.hardware[i].source->key == file.hardware[i].source->key);
  }
  REQUIRE(embedded.regions.size() == file.regions.size());
  for (std::size_t i = 0; i < file.regions.size(); ++i) {
    CHECK(region_key(embedded.regions[i]) == region_key(file.regions[i]));
    CHECK(embedded.regions[i].grid->id == file.regions[i].grid->id);
    CHECK(embedded.regions[i].intensity.has_value() == file.regions[i].intensity.has_value());
  }
  REQUIRE(embedded.grids.size() == file.grids.size());
  for (std::size_t i = 0; i < file.grids.size(); ++i) {
    CHECK(embedded.grids[i].id == file.grids[i].id);
    CHECK(embedded.grids[i].intensity.g_per_kwh == file.grids[i].intensity.g_per_kwh);
  }
  CHECK(embedded.default_pue.pue == file.default_pue.pue);
}

TEST_CASE("every figure in the shipped data has a source with a year", "[data]") {
  const Catalog& c = embedded_catalog();
  for (const Hardware& hw : c.hardware) {
    INFO(hw.id);
    REQUIRE(hw.source != nullptr);
    CHECK(hw.source->year >= 1990);
    CHECK(!hw.source->url.empty());
  }
  for (const Grid& g : c.grids) {
    INFO(g.id);
    CHECK(g.intensity.year >= 2015);
    REQUIRE(g.intensity.source != nullptr);
  }
  for (const Region& r : c.regions) {
    INFO(region_key(r));
    REQUIRE(r.grid != nullptr);
    if (r.intensity) CHECK(r.intensity->source != nullptr);
  }
  for (const Provider& p : c.providers) {
    INFO(p.id);
    if (p.pue) CHECK(p.pue->source != nullptr);
  }
}

TEST_CASE("datasheet TDPs (the old calculator swapped the V100's)", "[data]") {
  const Catalog& c = embedded_catalog();
  // NVIDIA V100 datasheet: PCIe 250 W, SXM2 300 W. A100 datasheet: SXM4 400 W, PCIe 40 GB 250 W, 80 GB 300 W.
  // H100 datasheet: SXM 700 W. T4 datasheet: 70 W. L4 datasheet: 72 W.
  CHECK(find_hardware(c, "V100-PCIe-16GB").power_w == 250);
  CHECK(find_hardware(c, "Tesla V100-SXM2-16GB").power_w == 300);
  CHECK(find_hardware(c, "A100-SXM4-80GB").power_w == 400);
  CHECK(find_hardware(c, "A100-SXM4-40GB").power_w == 400);
  CHECK(find_hardware(c, "A100-PCIE-40GB").power_w == 250);
  CHECK(find_hardware(c, "A100-PCIE-80GB").power_w == 300);
  CHECK(find_hardware(c, "H100 SXM").power_w == 700);
  CHECK(find_hardware(c, "T4").power_w == 70);
  CHECK(find_hardware(c, "L4").power_w == 72);
  // Patterson et al. 2021: measured averages, not TDPs.
  CHECK(find_hardware(c, "TPUv2").power_w == 221);
  CHECK(find_hardware(c, "TPUv3").power_w == 283);
  CHECK(find_hardware(c, "TPUv3").power_kind == PowerKind::measured_average);
  // Family aliases name the variant used in the clouds.
  CHECK(find_hardware(c, "a100").id == find_hardware(c, "A100-SXM4-40GB").id);
  CHECK(find_hardware(c, "v100").id == find_hardware(c, "V100-SXM2-16GB").id);
}

TEST_CASE("every device of the ML CO2 Impact calculator is here, by its old name", "[data]") {
  // Names as in mlco2/impact data/gpus.csv (its "A100 PCIe 40/80GB" row is two devices here; its
  // "Intel Xeon E5-2699" and "E5-2650" rows link to the v3 and v4 parts, which are named so here:
  // the plain E5-2650 is another, 95 W chip).
  const char* names[] = {"H100 SXM", "H100 NVL", "A100 SXM4 80 GB", "A10G", "AGX Xavier", "AMD RX480",
                         "GIGABYTE GTX 1660 OC", "GTX 1080 Ti", "GTX 1080", "GTX 750", "GTX TITAN X", "Quadro K6000",
                         "Quadro P6000", "RTX 2080 Ti", "RTX 2080", "RTX 8000", "T4", "Tesla K40c", "Tesla K80",
                         "Tesla M40 24GB", "Tesla P100", "Tesla P40", "Tesla V100-PCIE-16GB", "Tesla V100-SXM2-16GB",
                         "Tesla V100-SXM2-32GB", "Titan RTX", "Titan V", "TITAN X Pascal", "Titan Xp", "TPUv2 Chip",
                         "TPUv3 Chip", "RTX 3080", "RTX 3080 TI", "RTX 3090", "RTX 4090", "RTX A5000", "RTX A6000",
                         "Intel Xeon E5-2699 v3", "Intel Xeon E5-2630v4", "Intel Xeon E5-2650 v4", "Intel Xeon Gold 5220",
                         "Intel Xeon Gold 6148", "L4", "L40S", "AMD EPYC 7763", "AMD EPYC 7282", "AMD EPYC 7702",
                         "A100 PCIe 40GB", "A100 PCIe 80GB", "RTX A4000"};
  const Catalog& c = embedded_catalog();
  for (const char* name : names) {
    INFO(name);
    CHECK_NOTHROW(find_hardware(c, name));
  }
}

TEST_CASE("every region of the ML CO2 Impact calculator is here", "[data]") {
  // provider:region as in mlco2/impact data/impact.csv (Scaleway's empty code is fr-par here).
  const char* regions[] = {
      "gcp:asia-east1", "gcp:asia-east2", "gcp:asia-northeast1", "gcp:asia-northeast2", "gcp:asia-south1",
      "gcp:asia-southeast1", "gcp:australia-southeast1", "gcp:europe-north1", "gcp:europe-west1", "gcp:europe-west2",
      "gcp:europe-west3", "gcp:europe-west4", "gcp:europe-west6", "gcp:northamerica-northeast1", "gcp:southamerica-east1",
      "gcp:us-central1", "gcp:us-east1", "gcp:us-east4", "gcp:us-west1", "gcp:us-west2", "gcp:us-west3",
      "aws:us-east-2", "aws:us-east-1", "aws:us-west-1", "aws:us-west-2", "aws:ap-east-1", "aws:ap-south-1",
      "aws:ap-northeast-3", "aws:ap-northeast-2", "aws:ap-southeast-1", "aws:ap-southeast-2", "aws:ap-northeast-1",
      "aws:ca-central-1", "aws:cn-north-1", "aws:cn-northwest-1", "aws:eu-central-1", "aws:eu-west-1", "aws:eu-west-2",
      "aws:eu-west-3", "aws:eu-north-1", "aws:sa-east-1", "aws:us-gov-east-1", "aws:us-gov-west-1",
      "azure:eastasia", "azure:southeastasia", "azure:centralus", "azure:eastus", "azure:eastus2", "azure:westus",
      "azure:northcentralus", "azure:southcentralus", "azure:northeurope", "azure:westeurope", "azure:japanwest",
      "azure:japaneast", "azure:brazilsouth", "azure:australiaeast", "azure:australiasoutheast", "azure:southindia",
      "azure:centralindia", "azure:westindia", "azure:canadacentral", "azure:canadaeast", "azure:uksouth", "azure:ukwest",
      "azure:westcentralus", "azure:westus2", "azure:koreacentral", "azure:koreasouth", "azure:francecentral",
      "azure:francesouth", "azure:australiacentral", "azure:australiacentral2", "azure:southafricanorth",
      "azure:southafricawest", "ovh:gra", "ovh:bhs", "scaleway:fr-par", "coreweave:lga1", "coreweave:ord1",
      "coreweave:las1", "seeweb:fro2"};
  const Catalog& c = embedded_catalog();
  for (const char* name : regions) {
    INFO(name);
    CHECK_NOTHROW(find_location(c, name));
  }
}

TEST_CASE("the old tables' stale intensities are replaced by current figures", "[data]") {
  const Catalog& c = embedded_catalog();
  // mlco2-impact had Ireland 617 and the Netherlands 569 g/kWh (2016 sources); Ember via OWID give
  // about 256-350 and 250-350 for 2022-2025.
  const Location ie = find_location(c, "aws:eu-west-1");
  const Location nl = find_location(c, "azure:westeurope");
  CHECK(ie.grid->intensity.g_per_kwh < 400);
  CHECK(nl.grid->intensity.g_per_kwh < 400);
  CHECK(ie.grid->intensity.year >= 2022);
  // Google's own 2025 figure for us-central1 (region-carbon-info 2025.csv), direct basis.
  const Location iowa = find_location(c, "gcp:us-central1");
  REQUIRE(iowa.region->intensity);
  CHECK(iowa.region->intensity->g_per_kwh == 431.95);
  CHECK(iowa.region->intensity->year == 2025);
  CHECK(iowa.region->intensity->basis == Basis::direct);
}

TEST_CASE("issue 3 breadth: devices, countries, cloud regions, current years", "[data]") {
  const Catalog& c = embedded_catalog();
  const CatalogStats s = catalog_stats(c);
  CHECK(s.hardware >= 80);
  CHECK(s.countries >= 150);
  // Electricity Maps' data-centre list (2026-08) has 33 AWS, 55 Azure and 43 GCP regions; every one
  // of them is here (with the older lists' extra regions).
  std::map<std::string, int> per_provider;
  for (const Region& r : c.regions) ++per_provider[std::string(r.provider->id)];
  CHECK(per_provider["aws"] >= 33);
  CHECK(per_provider["azure"] >= 55);
  CHECK(per_provider["gcp"] >= 43);
  CHECK(s.median_year_used >= 2022);
  // ISO alpha-3 codes are accepted as well as alpha-2.
  CHECK(find_location(c, "DEU").grid->id == "DE");
  CHECK(find_location(c, "country:JPN").grid->id == "JP");
}

namespace {

// The grid intensity an estimate uses at `where` (a private 1 kW device for 1 h), on `basis`.
Estimate at(const char* where, Basis basis = Basis::lifecycle) {
  Request r;
  r.power_w = 1000;
  r.hours = 1;
  r.hours_text = "1";
  r.pue = 1;
  r.region = where;
  r.basis = basis;
  return estimate(embedded_catalog(), r);
}
double intensity(const char* where, Basis basis = Basis::lifecycle) { return at(where, basis)[Term::intensity_g_per_kwh]; }

}  // namespace

// Issue "Grid figures a reviewer would accept", acceptance. The national figures of Canada and the
// US come from the same publications as their provinces and subregions (ECCC NIR, EPA eGRID2023),
// all on the default lifecycle basis.
TEST_CASE("cloud regions in the US and Canada draw from their sub-national grid", "[data][grids]") {
  const double canada = intensity("CA"), us = intensity("US");
  // Quebec (hydro): ECCC NIR 2022, 2020 generation intensity 1.5 g/kWh direct; Canada 110.
  CHECK(intensity("aws:ca-central-1") < 0.3 * canada);
  CHECK(intensity("azure:canadaeast") < 0.3 * canada);
  // Alberta (coal and gas): 590 g/kWh direct.
  CHECK(intensity("aws:ca-west-1") > 2 * canada);
  // eGRID2023: NWPP 635.267 lb/MWh = 288.15 g/kWh against 770.884 = 349.67 nationally; RMPA 1042.539
  // = 472.89; SRVC 596.326 = 270.49.
  CHECK(intensity("aws:us-west-2") < 0.85 * us);
  CHECK(intensity("azure:westus2") < 0.85 * us);
  CHECK(intensity("azure:westcentralus") > us);
  CHECK(intensity("aws:us-east-1") >= 0.6 * us);
  CHECK(intensity("aws:us-east-1") <= 1.0 * us);
  for (const char* where : {"aws:ca-central-1", "aws:us-west-2", "azure:westcentralus", "gcp:us-central1", "FR"}) {
    INFO(where);
    CHECK(at(where).basis == Basis::lifecycle);
  }
  CHECK(at("aws:ca-central-1").intensity_scope == IntensityScope::state);
  CHECK(at("aws:us-west-2").intensity_scope == IntensityScope::subregion);
  CHECK(at("gcp:us-central1").intensity_scope == IntensityScope::provider_region);
  CHECK(at("aws:eu-west-1").intensity_scope == IntensityScope::country);
}

TEST_CASE("Google's 2025 figure as published, and on the default basis by its grid's mix", "[data][grids]") {
  // region-carbon-info data/yearly/2025.csv: us-central1 431.95 (direct basis since the 2021 data).
  CHECK(intensity("gcp:us-central1", Basis::direct) == 431.95);
  // On the lifecycle basis it gains the upstream emissions of eGRID2023's MRO West mix (coal 35.2,
  // gas 13.1, oil 0.1, nuclear 7.8, hydro 4.1, wind 37.6, solar 1.2, biomass 0.7, other 0.3 %), with
  // IPCC AR5's per-fuel (lifecycle - direct) medians and oil's 650 - 406: 4532.6 / 100.1 = 45.2807.
  const Estimate e = at("gcp:us-central1");
  CHECK(e.converted());
  CHECK(e[Term::published_intensity_g_per_kwh] == 431.95);
  CHECK(e[Term::basis_conversion_g_per_kwh] == Approx(45.2807).epsilon(1e-5));
  CHECK(e[Term::intensity_g_per_kwh] == Approx(431.95 + 4532.6 / 100.1));
}

TEST_CASE("sub-national grids: at least 45 in the US, Canada and Australia, named as users write them", "[data][grids]") {
  const CatalogStats s = catalog_stats(embedded_catalog());
  std::map<std::string, std::size_t> by_country(s.subnational_by_country.begin(), s.subnational_by_country.end());
  CHECK(by_country["US"] + by_country["CA"] + by_country["AU"] >= 45);
  CHECK(by_country["US"] >= 26);  // the eGRID subregions
  CHECK(by_country["CA"] >= 10);  // the provinces
  CHECK(by_country["AU"] >= 5);   // the states' grids
  for (const char* name : {"US-OR", "CA-QC", "AU-NSW", "NWPP", "US-NWPP", "WECC Northwest", "AU-ACT"}) {
    INFO(name);
    CHECK(find_location(embedded_catalog(), name).grid->kind != GridKind::country);
  }
  CHECK(find_location(embedded_catalog(), "US-OR").grid->id == "US-NWPP");
  CHECK(find_location(embedded_catalog(), "AU-ACT").grid->id == "AU-NSW");
  // Every grid's figure on a lifecycle basis is above 0, and each provider's newest PUE is in use.
  for (const Grid& g : embedded_catalog().grids) {
    INFO(g.id);
    const auto c = basis_conversion(intensity_at(Location{nullptr, &g}), Basis::lifecycle);
    if (c) CHECK(g.intensity.g_per_kwh + *c > 0);
  }
  CHECK(find_provider(embedded_catalog(), "aws")->pue->pue == 1.14);
  CHECK(find_provider(embedded_catalog(), "aws")->pue->year == 2025);
}

TEST_CASE("every source of the shipped data names its year and its license", "[data]") {
  const Catalog& c = embedded_catalog();
  for (const auto sources : {c.hardware_sources, c.region_sources, c.instance_sources}) {
    for (const Source& s : sources) {
      INFO(s.key);
      CHECK(s.year >= 1990);
      CHECK_FALSE(s.license.empty());
    }
  }
  // The licenses that travel with the data: NOTICE names them, and the binary carries it.
  const std::string_view notice = embedded_notice();
  for (const char* needle : {"CC BY 4.0", "Apache License", "Open Government Licence - Canada", "Our World in Data based on Ember",
                             "Epoch AI", "Public domain"}) {
    INFO(needle);
    CHECK(notice.find(needle) != std::string_view::npos);
  }
}

TEST_CASE("the world average: OWID's World figure, its own kind of grid, by the names users type", "[data][grids]") {
  // Our World in Data, carbon-intensity-electricity, Entity World (OWID_WRL): 2024 471.84 g/kWh,
  // 2020 492.05 (the highest of 2020-2024, ../shared/reference/owid-energy).
  for (const char* name : {"world", "WORLD", "global", "Global average", "World average", "grid:world"}) {
    INFO(name);
    const Estimate e = at(name);
    CHECK(e[Term::intensity_g_per_kwh] == 471.84);
    CHECK(e.intensity_scope == IntensityScope::world);
    CHECK(e.intensity_figure->year == 2024);
    CHECK(e.intensity_figure->high == 492.05);
    CHECK(location_key(e.location) == "world");
  }
  // 8 A100 (NVIDIA datasheet, 400 W) for 24 h at the industry PUE 1.56 (Uptime 2024):
  // 76.8 kWh x 1.56 = 119.808 kWh; x 471.84 g/kWh = 56,530.20672 g.
  Request r;
  r.hardware = "a100";
  r.count = 8;
  r.hours = 24;
  r.region = "world";
  const Estimate e = estimate(shipped(), r);
  CHECK(e[Term::energy_kwh] == Approx(119.808));
  CHECK(e[Term::co2e_kg] == Approx(56.53020672));
  // No world generation mix is in the data: the figure is used on its own (lifecycle) basis only.
  r.basis = Basis::direct;
  CHECK_THROWS_WITH(estimate(shipped(), r), Catch::Contains("no generation mix"));
}

TEST_CASE("TPU slices by their published names resolve to chip counts", "[data]") {
  // Google Cloud TPU docs: v2, v3, v4 and v5p chips hold two TensorCores each and the accelerator
  // type counts TensorCores (v3-8: 4 chips; v5p table: 4x4x8 = 256 cores, 128 chips); a v6e chip
  // holds one TensorCore and v6e-N counts chips.
  const struct {
    const char* name;
    const char* id;
    std::uint64_t chips;
  } cases[] = {{"tpu-v3-8", "tpu-v3", 4},  {"v3-8", "tpu-v3", 4},    {"TPU v4-128", "tpu-v4", 64}, {"v5p-256", "tpu-v5p", 128},
               {"v5p-8", "tpu-v5p", 4},    {"tpu_v2-512", "tpu-v2", 256}, {"v6e-8", "tpu-v6e", 8},  {"V6E-256", "tpu-v6e", 256}};
  for (const auto& c : cases) {
    INFO(c.name);
    const Slice s = find_slice(shipped(), c.name);
    REQUIRE(s.hardware != nullptr);
    CHECK(s.hardware->id == c.id);
    CHECK(s.chips == c.chips);
  }
  // Device names are not slices, even when they end in a number.
  for (const char* name : {"rtx-4090", "tpu-v3", "xeon-gold-6148", "a100", "v7-8"}) {
    INFO(name);
    CHECK(find_slice(shipped(), name).hardware == nullptr);
  }
  CHECK_THROWS_WITH(find_slice(shipped(), "v3-7"), Catch::Contains("positive multiple of 2"));
  // v3-8 for 24 h: 4 chips x 283 W (Patterson et al. 2021, measured average) x 24 h = 27.168 kWh.
  Request r;
  r.hardware = "tpu-v3-8";
  r.hours = 24;
  r.intensity_g_per_kwh = 100;
  r.pue = 1;
  const Estimate e = estimate(shipped(), r);
  CHECK(e.count == 4);
  CHECK(e.origin(Term::count) == Origin::hardware);
  CHECK(e[Term::energy_kwh] == Approx(27.168));
  r.count = 2;
  CHECK_THROWS_WITH(estimate(shipped(), r), Catch::Contains("names a slice of 4 chips"));
}
