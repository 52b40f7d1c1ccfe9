// Resolving a request against the catalog: lookups, defaults and where each factor came from.
// Expected numbers are worked by hand from the figures in tests/data/mini (sources named there).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/citations.h"
#include "core/compare.h"
#include "core/estimate.h"
#include "input/inputs.h"
#include "render/explain.h"
#include "util/numbers.h"
#include "test_support.h"

using namespace mlcarbon;
using test::catch_error;
using test::mini_catalog;

namespace {

Request request(double hours) {
  Request r;
  r.hours = hours;
  r.hours_text = "--hours";
  return r;
}

double factor(const Estimate& e, std::string_view name) {
  for (const Factor& f : breakdown(e)) {
    if (f.name == name) return f.value;
  }
  FAIL("no factor " << name);
  return 0;
}

}  // namespace

TEST_CASE("issue acceptance: V100 PCIe, 100 h, gcp:us-central1 with --pue 1 --intensity 566.3", "[estimate]") {
  // NVIDIA V100 datasheet: PCIe 250 W. 250 W x 100 h = 25 kWh; x 566.3 g/kWh = 14.1575 kg.
  Request r = request(100);
  r.hardware = "V100-PCIe-16GB";
  r.region = "gcp:us-central1";
  r.pue = 1;
  r.intensity_g_per_kwh = 566.3;
  const Estimate e = estimate(mini_catalog(), r);
  CHECK(e[Term::energy_kwh] == Approx(25.0));
  CHECK(e[Term::co2e_kg] == Approx(14.1575));
  CHECK(e.origin(Term::pue) == Origin::given);
  CHECK(e.origin(Term::intensity_g_per_kwh) == Origin::given);
  REQUIRE(e.replaced_intensity);
  // Google's own 2024 figure, replaced; shown on the estimate's basis: 412.72 direct + 45.2807
  // upstream of the region's grid, eGRID2023 MRO West (worked in catalog_test.cpp).
  CHECK(e.replaced_intensity->g_per_kwh == Approx(412.72 + 4532.6 / 100.1));
  CHECK(e.replaced_intensity->basis == Basis::lifecycle);
  CHECK(e.basis == Basis::lifecycle);  // the given 566.3 is taken to be on it
  r.basis = Basis::direct;
  CHECK(estimate(mini_catalog(), r).replaced_intensity->g_per_kwh == 412.72);
  CHECK(defaulted(e) == std::vector<std::string_view>{"count", "utilization"});
}

TEST_CASE("a cloud region brings the provider's PUE and its country's grid", "[estimate]") {
  // 8 x A100 SXM4 (400 W, NVIDIA datasheet) x 24 h = 76.8 kWh; x AWS fleet PUE 1.15 (2024) = 88.32 kWh;
  // x US 383.78 g/kWh (OWID/Ember 2024) = 33.8954496 kg.
  Request r = request(24);
  r.hardware = "a100";
  r.count = 8;
  r.region = "aws:us-east-1";
  const Estimate e = estimate(mini_catalog(), r);
  CHECK(e.hardware->id == "a100-sxm4-40gb");
  CHECK(e[Term::it_energy_kwh] == Approx(76.8));
  CHECK(e[Term::energy_kwh] == Approx(88.32));
  CHECK(e[Term::co2e_kg] == Approx(33.8954496));
  CHECK(e.origin(Term::pue) == Origin::provider);
  CHECK(e.pue_figure->year == 2024);
  CHECK(e.origin(Term::intensity_g_per_kwh) == Origin::grid);
  CHECK(e.intensity_figure->year == 2024);
  CHECK(defaulted(e) == std::vector<std::string_view>{"utilization", "pue", "intensity"});
  CHECK(statements_of(e).empty());
}

TEST_CASE("GCP regions use Google's own figure and report its CFE beside the gross", "[estimate]") {
  // V100 SXM2 300 W x 10 h = 3 kWh; x Google fleet PUE 1.10 (2023) = 3.3 kWh. Google's 412.72 g/kWh
  // (2024) is direct; on the default lifecycle basis it gains the upstream emissions of the grid
  // the region draws from, 45.2807 g/kWh (eGRID2023 MRO West, worked in catalog_test.cpp):
  // 458.0007 g/kWh, 1.511402 kg. On the direct basis: 3.3 x 412.72 = 1.361976 kg.
  Request r = request(10);
  r.hardware = "v100";
  r.region = "us-central1";
  Estimate e = estimate(mini_catalog(), r);
  CHECK(e[Term::energy_kwh] == Approx(3.3));
  CHECK(e[Term::co2e_kg] == Approx(3.3 * (412.72 + 4532.6 / 100.1) / 1000));
  CHECK(e[Term::net_co2e_kg] == e[Term::co2e_kg]);  // the CFE claim is not subtracted
  CHECK(e.intensity_origin() == Origin::region);
  CHECK(e.converted());
  CHECK(e[Term::published_intensity_g_per_kwh] == 412.72);
  CHECK(e.origin(Term::basis_conversion_g_per_kwh) == Origin::conversion);
  CHECK(e.intensity_scope == IntensityScope::provider_region);
  r.basis = Basis::direct;
  const Estimate direct = estimate(mini_catalog(), r);
  CHECK(direct[Term::co2e_kg] == Approx(1.361976));
  CHECK_FALSE(direct.converted());
  CHECK(direct.origin(Term::intensity_g_per_kwh) == Origin::region);
  const std::vector<Statement> statements = statements_of(e);
  REQUIRE(statements.size() == 1);
  CHECK_THAT(statement_text(statements[0]), Catch::Contains("87% carbon-free energy"));
}

TEST_CASE("a country uses the default PUE and says so", "[estimate]") {
  // V100 SXM2 300 W x 10 h = 3 kWh; x 1.56 (Uptime Institute 2024 average) = 4.68 kWh; x FR 41.79 g/kWh = 0.1955772 kg.
  Request r = request(10);
  r.hardware = "v100";
  r.region = "FR";
  const Estimate e = estimate(mini_catalog(), r);
  CHECK(e.origin(Term::pue) == Origin::industry);
  CHECK(e[Term::energy_kwh] == Approx(4.68));
  CHECK(e[Term::co2e_kg] == Approx(0.1955772));
  bool said = false;
  for (const auto& note : notes(e)) said = said || note.find("industry average") != std::string::npos;
  CHECK(said);
}

TEST_CASE("measured power replaces the TDP; utilization scales the TDP", "[estimate]") {
  Request r = request(100);
  r.hardware = "a100";
  r.power_w = 250;
  r.pue = 1;
  r.intensity_g_per_kwh = 400;
  Estimate e = estimate(mini_catalog(), r);
  CHECK(e.origin(Term::power_w) == Origin::given);
  CHECK(e[Term::it_energy_kwh] == Approx(25.0));

  r.power_w.reset();
  r.utilization = 0.5;  // 400 W x 0.5 x 100 h = 20 kWh
  e = estimate(mini_catalog(), r);
  CHECK(e[Term::it_energy_kwh] == Approx(20.0));
  CHECK(factor(e, "utilization") == 0.5);
}

TEST_CASE("a private site needs only --power and --intensity", "[estimate]") {
  // ML CO2 Impact calculator, private infrastructure: RTX 3090 350 W x 72 h = 25.2 kWh; x 432 g/kWh = 10.8864 kg.
  Request r = request(72);
  r.power_w = 350;
  r.pue = 1;
  r.intensity_g_per_kwh = 432;
  const Estimate e = estimate(mini_catalog(), r);
  CHECK(e[Term::co2e_kg] == Approx(10.8864));
  CHECK(e.hardware == nullptr);
  CHECK(e.location.grid == nullptr);

  // Without --pue a private site gets the documented default (1.56).
  r.pue.reset();
  CHECK(estimate(mini_catalog(), r)[Term::pue] == 1.56);
}

TEST_CASE("the breakdown lists every factor in order, each checkable", "[estimate]") {
  Request r = request(24);
  r.hardware = "a100";
  r.count = 8;
  r.region = "aws:us-east-1";
  r.offset_kg = 10;
  const Estimate e = estimate(mini_catalog(), r);
  std::vector<std::string_view> names;
  for (const Factor& f : breakdown(e)) names.push_back(f.name);
  CHECK(names == std::vector<std::string_view>{"count", "power_w", "utilization", "it_power_kw", "hours", "it_energy_kwh", "pue",
                                          "energy_kwh", "intensity_g_per_kwh", "co2e_kg", "offset_kg", "net_co2e_kg",
                                          "embodied_kg", "total_with_embodied_kg"});
  CHECK(factor(e, "it_power_kw") == Approx(3.2));
  CHECK(factor(e, "net_co2e_kg") == Approx(33.8954496 - 10));
  for (const Factor& f : breakdown(e)) {
    INFO(f.name);
    CHECK((f.source.empty() != f.formula.empty()));  // an input has a source, a derived line a formula
  }
}

TEST_CASE("missing or conflicting inputs are usage errors naming the option or column", "[estimate]") {
  const auto parse = [](std::vector<std::pair<Field, std::string_view>> fields, Naming naming = Naming::options) {
    RequestText text;
    for (const auto& [f, v] : fields) text.set(f, v);
    return catch_error([&] { parse_request(text, naming, true); });
  };
  auto caught = parse({{Field::region, "FR"}, {Field::hours, "10"}});
  CHECK(caught.kind == ErrorKind::usage);
  CHECK_THAT(caught.message, Catch::Contains("no power figure: give --hardware NAME"));
  caught = parse({{Field::hardware, "a100"}, {Field::hours, "10"}});
  CHECK_THAT(caught.message, Catch::Contains("no grid intensity: give --region ID"));
  caught = parse({{Field::hardware, "a100"}, {Field::region, "FR"}});
  CHECK_THAT(caught.message, Catch::Contains("how long? give --hours H"));
  caught = parse({{Field::hardware, "a100"}, {Field::region, "FR"}}, Naming::columns);
  CHECK_THAT(caught.message, Catch::Contains("how long? give hours (e.g. 100), duration (e.g. 3d12h) or device_hours"));
  caught = parse({{Field::power, "300"}, {Field::utilization, "0.5"}, {Field::region, "FR"}, {Field::hours, "1"}});
  CHECK_THAT(caught.message, Catch::Contains("--utilization conflicts with --power"));
  caught = parse({{Field::power, "300"}, {Field::offset, "10"}, {Field::offset_kg, "5"}, {Field::region, "FR"},
                  {Field::hours, "1"}});
  CHECK_THAT(caught.message, Catch::Contains("--offset and --offset-kg conflict"));
  caught = parse({{Field::power, "300"}, {Field::hours, "1"}, {Field::duration, "1h"}, {Field::region, "FR"}},
                 Naming::columns);
  CHECK(caught.message == "hours and duration conflict: give one of them");

  Request r = request(10);
  r.hardware = "H1OO";
  r.region = "FR";
  CHECK(catch_error([&] { estimate(mini_catalog(), r); }).kind == ErrorKind::not_found);
  // A request that skipped parse_request's checks is a caller's bug, never a number.
  Request incomplete;
  incomplete.power_w = 300;
  incomplete.intensity_g_per_kwh = 100;
  CHECK(catch_error([&] { estimate(mini_catalog(), incomplete); }).kind == ErrorKind::internal);
}

TEST_CASE("numbers for people: about five significant digits, thousands separated", "[estimate]") {
  CHECK(human(0) == "0");
  CHECK(human(25) == "25");
  CHECK(human(14.1575) == "14.158");
  CHECK(human(566.3) == "566.3");
  CHECK(human(1.15) == "1.15");
  CHECK(human(0.25) == "0.25");
  CHECK(human(0.000123456) == "0.00012346");
  CHECK(human(1289376) == "1,289,376");
  CHECK(human(553142.304) == "553,142");
  CHECK(human(999.999) == "1000");
  CHECK(human(-1234.5) == "-1,235");
}

namespace {

// human() as it was first written, straight through fmt's correctly rounded "{:.Nf}": the
// definition the faster digit rounding of util/numbers.cpp must reproduce to the byte.
std::string human_by_fmt(double value) {
  if (value == 0) return "0";
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e15 || magnitude < 1e-6) return fmt::format("{:.5g}", value);
  if (magnitude >= 1000) {
    const std::string digits = fmt::format("{:.0f}", std::fabs(std::round(value)));
    std::string out = value < 0 ? "-" : "";
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out += digits.substr(0, lead);
    for (std::size_t i = lead; i < digits.size(); i += 3) out += "," + digits.substr(i, 3);
    return out;
  }
  const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  const int decimals = std::min(12, std::max(0, 4 - exponent));
  std::string out = fmt::format("{:.{}f}", value, decimals);
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

}  // namespace

TEST_CASE("numbers for people print as fmt's correctly rounded fixed notation would", "[estimate][numbers]") {
  // Random doubles over every magnitude human() rounds, and decimal-looking values at and next to
  // the rounding boundaries (x.xxxx5, 9.99995, 999.995), where a shortcut would round wrong.
  std::mt19937_64 random(2026);
  std::uniform_real_distribution<double> unit(0, 1);
  std::vector<double> values;
  for (int i = 0; i < 300000; ++i) values.push_back(std::pow(10.0, -6.5 + 22 * unit(random)) * (i % 2 == 0 ? 1 : -1));
  for (int i = 0; i < 200000; ++i) {
    const int places = static_cast<int>(random() % 14);
    const double base = std::round(unit(random) * 1e6) / std::pow(10.0, places);
    const double tie = base + 5 * std::pow(10.0, -places - 6);
    for (const double v : {base, tie, std::nextafter(tie, 0.0), std::nextafter(tie, 1e300)}) values.push_back(v);
  }
  // Exact binary ties (123.125 to two decimals): fmt rounds them to even.
  for (int i = 0; i < 200000; ++i) {
    const int shift = 1 + static_cast<int>(random() % 30);
    const double v = static_cast<double>(random() % (1ULL << (shift + 10))) / static_cast<double>(1ULL << shift);
    if (v != 0) values.push_back(v);
  }
  for (const double v : {0.125, 0.375, 1.00005, 9.99995, 99.9995, 999.995, 999.9995, 0.000999995, 1e-6, 999.99999999, 2.5,
                         0.43600000000000005, 76.80000000000001, 1e15 - 1, 123456.5, 0.1 + 0.2}) {
    values.push_back(v);
    values.push_back(-v);
  }
  std::size_t differ = 0;
  for (const double v : values) {
    if (human(v) != human_by_fmt(v) && ++differ <= 10) {
      INFO(fmt::format("{:.17g}", v));
      CHECK(human(v) == human_by_fmt(v));
    }
  }
  CHECK(differ == 0);
}

TEST_CASE("a rated power (--tdp) for a device not in the data, to which utilization applies", "[estimate]") {
  // 8 devices rated 400 W at 50 %: 8 x 400 W x 0.5 = 1.6 kW; x 24 h = 38.4 kWh; x PUE 1 x 100 g/kWh
  // = 3.84 kg. Without a utilization the TDP carries the power's range, 0.6 to 1.1 times (Patterson
  // et al. 2021, Table 3), as a TDP from the data does.
  Request r = request(24);
  r.tdp_w = 400;
  r.count = 8;
  r.utilization = 0.5;
  r.pue = 1;
  r.intensity_g_per_kwh = 100;
  Estimate e = estimate(mini_catalog(), r);
  CHECK(e[Term::it_power_kw] == Approx(1.6));
  CHECK(e[Term::co2e_kg] == Approx(3.84));
  CHECK(e.power_kind == PowerKind::tdp);
  CHECK(e.power_field == Field::tdp);
  CHECK(e.range.factors.empty());  // everything given: no range

  r.utilization.reset();
  e = estimate(mini_catalog(), r);
  CHECK(e[Term::co2e_kg] == Approx(7.68));
  REQUIRE(e.range.factors.size() == 1);
  CHECK(e.range.factors[0].factor == RangeFactor::power);
  CHECK(e.range.co2e_low == Approx(7.68 * 0.6));
  CHECK(e.range.co2e_high == Approx(7.68 * 1.1));
  const std::vector<std::string> said = notes(e);
  CHECK(std::find(said.begin(), said.end(), "No --hardware given: the device is described only by --tdp.") != said.end());
}

TEST_CASE("figures of different bases are never ranked together", "[estimate][compare]") {
  // The fixture: FR is lifecycle (OWID 41.79), US-MROW direct (eGRID 420.28, with its mix).
  Request r = request(1);
  r.power_w = 1000;
  r.region = "FR";
  const Estimate lifecycle = estimate(mini_catalog(), r);
  r.region = "US-MROW";
  r.basis = Basis::direct;
  const Estimate direct = estimate(mini_catalog(), r);
  REQUIRE(lifecycle.basis == Basis::lifecycle);
  REQUIRE(direct.basis == Basis::direct);
  std::vector<Alternative> mixed{{"country:FR", lifecycle, 1, {}}, {"grid:US-MROW", direct, 1, {}}};
  const auto caught = catch_error([&] { rank(mixed, Basis::lifecycle); });
  CHECK(caught.kind == ErrorKind::internal);
  CHECK(caught.message == "compare: grid:US-MROW is on a direct basis and the others on a lifecycle basis: they cannot be ranked together");
  std::vector<Alternative> alike{{"grid:US-MROW", direct, 1, {}}};
  CHECK_NOTHROW(rank(alike, Basis::direct));

  // compare() puts every alternative on the baseline's basis: the direct US-MROW is converted, and a
  // lifecycle figure without a mix (FR in the fixture) is listed as not compared on a direct basis.
  r.region = "aws:us-east-1";  // US, lifecycle 383.78
  r.basis.reset();
  const Comparison c = compare(mini_catalog(), r, look_up(mini_catalog(), r), region_variations(mini_catalog(), "US-MROW,FR"), false);
  CHECK(c.basis == Basis::lifecycle);
  REQUIRE(c.alternatives.size() == 2);
  for (const Alternative& a : c.alternatives) CHECK(a.estimate.basis == Basis::lifecycle);
  r.region = "US-MROW";
  r.basis = Basis::direct;
  const Comparison d = compare(mini_catalog(), r, look_up(mini_catalog(), r), region_variations(mini_catalog(), "FR,gcp:us-central1"), false);
  CHECK(d.basis == Basis::direct);
  REQUIRE(d.alternatives.size() == 1);
  CHECK(d.alternatives[0].label == "gcp:us-central1");
  REQUIRE(d.skipped.size() == 1);
  CHECK(d.skipped[0].label == "country:FR");
  CHECK_THAT(d.skipped[0].error.what(), Catch::Contains("published on a lifecycle basis and its grid has no generation mix"));
}

// The jobs path's cache (EstimateCache) must give what estimate() gives, bit for bit, for every
// shape of request: random requests over the shipped catalog's devices and places, with every
// combination of the numbers a row can give, each estimated both ways. Shapes the cache does not
// serve (instances, host CPUs, compute) are mixed in to check that they are passed through.
TEST_CASE("jobs: the estimate cache gives estimate()'s result exactly, for random requests of every shape", "[estimate][jobs]") {
  const Catalog& catalog = embedded_catalog();
  std::mt19937_64 random(20261129);
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  const auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
  const auto number = [&](double low, double high) { return low + (high - low) * std::uniform_real_distribution<double>(0, 1)(random); };
  EstimateCache cache;
  std::size_t compared = 0, cached_shapes = 0;
  for (int i = 0; i < 20000; ++i) {
    Request r;
    Found found;
    // A few devices and places, so that shapes repeat (as in a jobs file).
    const Hardware& hw = catalog.hardware[pick(std::min<std::size_t>(6, catalog.hardware.size())) * 7 % catalog.hardware.size()];
    if (hw.kind == DeviceKind::cpu || chance(10)) {
      r.power_w = number(1, 800);
    } else {
      found.hardware = &hw;
      if (chance(20)) r.power_w = number(1, 800);
      else if (chance(30)) r.utilization = number(0.01, 1);
    }
    if (!chance(15)) {
      const Region& region = catalog.regions[pick(std::min<std::size_t>(8, catalog.regions.size())) * 13 % catalog.regions.size()];
      found.location = Location{&region, region.grid};
      if (chance(20)) r.intensity_g_per_kwh = number(0, 900);
    } else if (chance(50)) {
      const Grid& grid = catalog.grids[pick(std::min<std::size_t>(5, catalog.grids.size())) * 17 % catalog.grids.size()];
      found.location = Location{nullptr, &grid};
      if (chance(20)) r.intensity_g_per_kwh = number(0, 900);
    } else {
      r.intensity_g_per_kwh = number(0, 900);
    }
    if (chance(70)) r.count = 1 + pick(64);
    if (chance(20)) {
      r.device_hours = number(1, 1e5);
      r.hours_field = Field::device_hours;
    } else {
      r.hours = number(0.1, 5000);
    }
    r.hours_text = chance(50) ? "12.5" : "3d";
    if (chance(20)) r.pue = number(1, 2);
    r.pue_from_setting = r.pue && chance(30);
    if (chance(15)) r.offset_percent = number(0, 100);
    else if (chance(15)) r.offset_kg = number(0, 50);
    if (chance(15)) r.memory_gb = number(0, 2048);
    if (chance(15)) r.overhead_w = number(0, 500);
    if (chance(10)) r.basis = chance(50) ? Basis::direct : Basis::lifecycle;
    if (chance(3)) {  // a shape the cache passes through
      r.cpu_count = 2;
      found.cpu = &catalog.hardware[0];
    }
    Estimate expected;
    try {
      expected = estimate(catalog, r, found, false);
    } catch (const Error&) {
      // A request the data cannot serve (say, no mix to change a figure's basis): the cache must refuse it too.
      CHECK_THROWS_AS(cache.estimate(catalog, r, found), Error);
      continue;
    }
    const Estimate& got = cache.estimate(catalog, r, found);
    ++compared;
    bool same = std::memcmp(got.values.data(), expected.values.data(), sizeof got.values) == 0 && got.origins == expected.origins &&
                got.formulas == expected.formulas && got.sources == expected.sources && got.count == expected.count &&
                got.hardware == expected.hardware && got.location.region == expected.location.region &&
                got.location.grid == expected.location.grid && got.hours_field == expected.hours_field &&
                got.hours_text == expected.hours_text && got.basis == expected.basis && got.power_kind == expected.power_kind &&
                got.power_field == expected.power_field && got.cfe == expected.cfe && got.mix == expected.mix &&
                got.pue_figure.has_value() == expected.pue_figure.has_value() &&
                got.intensity_figure.has_value() == expected.intensity_figure.has_value() &&
                got.replaced_intensity.has_value() == expected.replaced_intensity.has_value() &&
                (!got.replaced_intensity || got.replaced_intensity->g_per_kwh == expected.replaced_intensity->g_per_kwh);
    if (!same) FAIL_CHECK("request " << i << ": the cache's estimate differs; co2e " << got[Term::co2e_kg] << " vs " << expected[Term::co2e_kg]);
    if (!r.cpu_count) ++cached_shapes;
  }
  CHECK(compared > 15000);
  CHECK(cached_shapes > 14000);
}

TEST_CASE("a reported energy replaces power x time; the PUE and the intensity apply as usual", "[estimate]") {
  // By hand: 1,200 kWh x PUE 1.2 = 1,440 kWh; x 500 g/kWh = 720 kg CO2e.
  Request r;
  r.energy_kwh = 1200;
  r.pue = 1.2;
  r.intensity_g_per_kwh = 500;
  Estimate e = estimate(mini_catalog(), r);
  CHECK(e.energy_given());
  CHECK(e[Term::it_energy_kwh] == 1200);
  CHECK(e[Term::energy_kwh] == Approx(1440));
  CHECK(e[Term::co2e_kg] == Approx(720));
  CHECK_FALSE(e.has(Term::power_w));
  CHECK_FALSE(e.has(Term::hours));
  CHECK(e[Term::embodied_kg] == 0);
  // No power range (nothing modelled); the given PUE and intensity have none either.
  CHECK(e.range.factors.empty());
  // The devices and hours, when given, carry the embodied emissions: the same as for those devices
  // and hours estimated from power x time (the embodied term does not depend on the energy).
  r.hardware = "a100";
  r.count = 8;
  r.hours = 300;
  r.hours_text = "300";
  e = estimate(mini_catalog(), r);
  Request modelled = r;
  modelled.energy_kwh.reset();
  const Estimate m = estimate(mini_catalog(), modelled);
  CHECK(e[Term::embodied_kg] > 0);
  CHECK(e[Term::embodied_kg] == m[Term::embodied_kg]);
  CHECK(e[Term::co2e_kg] == Approx(720));
  // The jobs cache serves it through the general path, the same estimate.
  EstimateCache cache;
  const Found found = look_up(mini_catalog(), r);
  CHECK(cache.estimate(mini_catalog(), r, found)[Term::co2e_kg] == estimate(mini_catalog(), r, found, false)[Term::co2e_kg]);
}
