// The shipped data (data/*.json): it loads, the embedded copy is the same data, every entry has a
// source and a year, and the datasheet figures the issues name are the datasheets'.
#include <catch2/catch.hpp>

#include <map>

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
  // Google's own 2024 figure for us-central1 (region-carbon-info 2024.csv).
  const Location iowa = find_location(c, "gcp:us-central1");
  REQUIRE(iowa.region->intensity);
  CHECK(iowa.region->intensity->g_per_kwh == 412.72);
  CHECK(iowa.region->intensity->year == 2024);
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
