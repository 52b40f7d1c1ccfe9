// The model against figures worked by hand from the published sources.
#include <catch2/catch.hpp>

#include "util/error.h"
#include "core/model.h"

using namespace mlcarbon;

TEST_CASE("Lacoste et al. calculator: V100 at 250 W, 100 h, 566.3 g/kWh", "[model]") {
  // ML CO2 Impact calculator (Lacoste et al. 2019): energy = 250 W x 100 h / 1000 = 25 kWh;
  // CO2e = 25 kWh x 566.3 g/kWh / 1000 = 14.1575 kg (the web page rounds the intensity and shows 14.25).
  ModelInputs in;
  in.power_w = 250;
  in.hours = 100;
  in.pue = 1;
  in.intensity_g_per_kwh = 566.3;
  const ModelResult r = compute(in);
  CHECK(r.it_power_kw == Approx(0.25));
  CHECK(r.it_energy_kwh == Approx(25.0));
  CHECK(r.energy_kwh == Approx(25.0));
  CHECK(r.co2e_kg == Approx(14.1575));
  CHECK(r.net_co2e_kg == Approx(14.1575));
  CHECK(r.offset_kg == 0.0);
}

TEST_CASE("Patterson et al. 2021 Table 4, GPT-3", "[model]") {
  // 10,000 V100 x 355.2 h (14.8 d) x 330 W x PUE 1.10 = 1,289,376 kWh; x 0.429 kg/kWh = 553,142.3 kg.
  // The paper reports 1,287 MWh and 552 tCO2e (it rounds the days).
  ModelInputs in;
  in.count = 10000;
  in.power_w = 330;
  in.hours = 355.2;
  in.pue = 1.1;
  in.intensity_g_per_kwh = 429;
  const ModelResult r = compute(in);
  CHECK(r.it_energy_kwh == Approx(1172160.0));
  CHECK(r.energy_kwh == Approx(1289376.0));
  CHECK(r.co2e_kg == Approx(553142.304));
}

TEST_CASE("utilization scales the power; PUE scales the energy", "[model]") {
  // 8 x 400 W x 0.5 = 1.6 kW; x 24 h = 38.4 kWh; x 1.15 = 44.16 kWh; x 383.78 g/kWh = 16.9477248 kg.
  ModelInputs in;
  in.count = 8;
  in.power_w = 400;
  in.utilization = 0.5;
  in.hours = 24;
  in.pue = 1.15;
  in.intensity_g_per_kwh = 383.78;
  const ModelResult r = compute(in);
  CHECK(r.it_power_kw == Approx(1.6));
  CHECK(r.it_energy_kwh == Approx(38.4));
  CHECK(r.energy_kwh == Approx(44.16));
  CHECK(r.co2e_kg == Approx(16.9477248));
}

TEST_CASE("offsets bought are subtracted into the net figure", "[model]") {
  // ML CO2 Impact calculator, private infrastructure: 2 x 300 W x 500 h = 300 kWh; x 0.7 kg/kWh = 210 kg;
  // 30 % offset = 63 kg; net 147 kg.
  ModelInputs in;
  in.count = 2;
  in.power_w = 300;
  in.hours = 500;
  in.intensity_g_per_kwh = 700;
  in.offsets.percent = 30;
  ModelResult r = compute(in);
  CHECK(r.co2e_kg == Approx(210.0));
  CHECK(r.offset_kg == Approx(63.0));
  CHECK(r.net_co2e_kg == Approx(147.0));
  CHECK(r.offset_surplus_kg == 0.0);

  in.offsets = Offsets{std::nullopt, 250.0};  // more than the gross: net stops at 0, surplus 40 kg
  r = compute(in);
  CHECK(r.net_co2e_kg == 0.0);
  CHECK(r.offset_surplus_kg == Approx(40.0));
}

TEST_CASE("a zero-carbon grid gives zero emissions but still energy", "[model]") {
  ModelInputs in;
  in.power_w = 100;
  in.hours = 10;
  in.intensity_g_per_kwh = 0;
  const ModelResult r = compute(in);
  CHECK(r.energy_kwh == Approx(1.0));
  CHECK(r.co2e_kg == 0.0);
}

TEST_CASE("inputs outside the model's domain are internal errors, never numbers", "[model]") {
  ModelInputs in;
  in.power_w = 100;
  in.hours = 10;
  in.intensity_g_per_kwh = 400;
  auto bad = in;
  bad.pue = 0.5;
  CHECK_THROWS_AS(compute(bad), Error);
  bad = in;
  bad.hours = -1;
  CHECK_THROWS_AS(compute(bad), Error);
  bad = in;
  bad.power_w = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(compute(bad), Error);
  bad = in;
  bad.count = 0;
  CHECK_THROWS_AS(compute(bad), Error);
  bad = in;
  bad.offsets = Offsets{10.0, 10.0};
  CHECK_THROWS_AS(compute(bad), Error);
}
