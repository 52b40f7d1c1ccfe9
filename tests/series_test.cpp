// Grid intensity over time: the series files, a run's emissions hour by hour, and the best start
// of a job (issue 15). Expected values are worked by hand from the series written in each case.
#include <cmath>

#include <fmt/format.h>

#include "cli_support.h"
#include "core/series.h"
#include "input/series_reader.h"
#include "test_support.h"

using namespace mlcarbon;
using Json = nlohmann::json;
using test::catch_error;

namespace {

// 48 hourly figures from 2024-03-01T00:00Z: 200 g/kWh, except 110, 120, 130, 140 at 10:00-13:00
// on the first day and 50 from 06:00 to 11:00 on the second (hours 30-35): the only 6 hours at 50.
std::string series48() {
  std::string out = "timestamp,g_per_kwh\n";
  for (int h = 0; h < 48; ++h) {
    const int g = h >= 10 && h <= 13 ? 110 + 10 * (h - 10) : h >= 30 && h <= 35 ? 50 : 200;
    out += fmt::format("2024-03-{:02}T{:02}:00Z,{}\n", 1 + h / 24, h % 24, g);
  }
  return out;
}

constexpr std::int64_t kMarch1 = 1709251200;  // 2024-03-01T00:00Z: 19,783 days x 86,400 s

}  // namespace

TEST_CASE("ISO 8601 times with their zone", "[series]") {
  CHECK(parse_time("t", "2024-03-01T00:00Z") == kMarch1);
  CHECK(parse_time("t", "1970-01-01T00:00:00Z") == 0);
  CHECK(parse_time("t", "2024-03-01T01:00:00+01:00") == kMarch1);
  CHECK(parse_time("t", "2024-02-29 19:00:00-05:00") == kMarch1);
  CHECK(parse_time("t", "2024-03-01T00:00:00.000Z") == kMarch1);
  CHECK(parse_time("t", "2024-03-01T05:30+0530") == kMarch1);
  CHECK(format_utc(kMarch1) == "2024-03-01T00:00Z");
  CHECK(format_utc(kMarch1 + 59) == "2024-03-01T00:00:59Z");
  CHECK(format_utc(951782400) == "2000-02-29T00:00Z");
  for (const char* bad : {"2024-03-01T00:00", "2024-02-30T00:00Z", "2023-02-29T00:00Z", "2024-03-01T24:00Z", "2024-3-1T00:00Z",
                          "2024-03-01T00:00Zx", "yesterday", "", "2024-03-01T00:00:00.5Z"}) {
    INFO(bad);
    CHECK_THAT(catch_error([&] { parse_time("--start", bad); }).message, Catch::Contains("expected an ISO 8601 time with its zone"));
  }
}

TEST_CASE("a 3-hour run hour by hour: the hand computation to 1e-9", "[series]") {
  // From 10:30 for 3 h: half of 10:00 (110), 11:00 (120), 12:00 (130), half of 13:00 (140):
  // (0.5 x 110 + 120 + 130 + 0.5 x 140) / 3 = 375 / 3 = 125 g/kWh; 3 kWh x 125 g = 0.375 kg.
  const IntensitySeries s = read_intensity_series(series48(), "s.csv");
  CHECK(s.intervals.size() == 48);
  const SeriesEmissions r = series_emissions(s, kMarch1 + 10 * 3600 + 1800, 3, 3);
  CHECK(std::abs(r.mean_g_per_kwh - 125) <= 125e-9);
  CHECK(std::abs(r.co2e_kg - 0.375) <= 0.375e-9);
  CHECK(r.intervals == 4);
  // As a profile of three hours using 1, 2 and 3 kWh: 1 x (110 + 120) / 2 + 2 x (120 + 130) / 2
  // + 3 x (130 + 140) / 2 = 115 + 250 + 405 = 770 g.
  const SeriesEmissions p = series_emissions(s, kMarch1 + 10 * 3600 + 1800, 3600, {1, 2, 3});
  CHECK(std::abs(p.co2e_kg - 0.770) <= 0.770e-9);
  CHECK(std::abs(p.mean_g_per_kwh - 770.0 / 6) <= 1e-9);
}

TEST_CASE("the best start of a 6-hour job in 48 hours, linear in the series", "[series]") {
  // The only 6 hours at 50 g/kWh begin at 2024-03-02T06:00Z: 6 kWh x 50 g = 0.3 kg; starting at
  // once (hours 0-5, all 200) costs 1.2 kg; the saving is 0.9 kg.
  const IntensitySeries s = read_intensity_series(series48(), "s.csv");
  const StartPlan p = plan_start(s, 6, 6, kMarch1, kMarch1 + 42 * 3600, 3);
  CHECK(p.best.start == kMarch1 + 30 * 3600);
  CHECK(p.best.mean_g_per_kwh == Approx(50).epsilon(1e-12));
  CHECK(p.best.co2e_kg == Approx(0.3).epsilon(1e-12));
  CHECK(p.first.co2e_kg == Approx(1.2).epsilon(1e-12));
  CHECK(p.saving_vs_first_kg() == Approx(0.9).epsilon(1e-12));
  CHECK(p.candidates == 43);  // starts at 00:00 to 42:00, each ending by 48:00
  REQUIRE(p.top.size() == 3);
  // Next best: one hour off either way, five hours at 50 and one at 200: 75 g/kWh.
  CHECK(p.top[1].mean_g_per_kwh == Approx(75).epsilon(1e-12));
  CHECK(p.top[1].start == kMarch1 + 29 * 3600);  // ties: the earlier start first
  CHECK(p.top[2].start == kMarch1 + 31 * 3600);
  // A start between boundaries is priced too: from 09:30 on day 2 for 6 h, 2.5 h at 50 (to 12:00)
  // and 3.5 h at 200.
  const StartPlan q = plan_start(s, 6, 6, kMarch1 + 33 * 3600 + 1800, kMarch1 + 42 * 3600, 1);
  CHECK(q.first.mean_g_per_kwh == Approx((2.5 * 50 + 3.5 * 200) / 6).epsilon(1e-12));
  // A year of 5-minute figures is ranked in one pass (105,120 starts).
  IntensitySeries year;
  for (std::int64_t i = 0; i < 105120; ++i) year.intervals.push_back({i * 300, (i + 1) * 300, 100.0 + static_cast<double>((i * 37) % 400)});
  const StartPlan y = plan_start(year, 8, 10, 0, 365 * 86400, 1);
  CHECK(y.candidates == 105120 - 8 * 12 + 1);
}

TEST_CASE("the Carbon Intensity API's JSON: national and regional, actual else forecast", "[series]") {
  // The shapes of api.carbonintensity.org.uk (National Energy System Operator): half-hours with
  // "actual" (null once in the future) and "forecast".
  const std::string national = R"({"data":[
    {"from":"2024-03-01T00:00Z","to":"2024-03-01T00:30Z","intensity":{"forecast":150,"actual":140,"index":"low"}},
    {"from":"2024-03-01T00:30Z","to":"2024-03-01T01:00Z","intensity":{"forecast":160,"actual":null,"index":"moderate"}}]})";
  const IntensitySeries s = read_intensity_series(national, "gb.json");
  CHECK(s.format == "uk-carbon-intensity-api");
  CHECK(s.description == "1 actual figures, then 1 forecasts");
  // 1 kWh over the hour: (140 + 160) / 2 = 150 g.
  CHECK(series_emissions(s, kMarch1, 1, 1).co2e_kg == Approx(0.150).epsilon(1e-12));
  const std::string regional = R"({"data":[{"regionid":13,"shortname":"London","data":[
    {"from":"2024-03-01T00:00Z","to":"2024-03-01T00:30Z","intensity":{"forecast":90,"index":"low"},"generationmix":[]}]}]})";
  CHECK(read_intensity_series(regional, "ldn.json").intervals.front().g_per_kwh == 90);
}

TEST_CASE("series the reader refuses, with file and line", "[series]") {
  const auto error = [](const std::string& text) { return std::string(catch_error([&] { read_intensity_series(text, "s.csv"); }).message); };
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01T01:00Z,100\n2024-03-01T00:00Z,100\n"), Catch::Contains("s.csv:3: ") && Catch::Contains("not after"));
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01T00:00Z,100\n2024-03-01T00:00Z,100\n"), Catch::Contains("each time once"));
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01T00:00Z,1\n2024-03-01T01:00Z,1\n2024-03-01T02:00Z,1\n2024-03-01T05:00Z,1\n"),
             Catch::Contains("s.csv:5: no intensity from 2024-03-01T03:00Z to 2024-03-01T05:00Z (a gap"));
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01T00:00Z,-5\n"), Catch::Contains("expected gCO2e/kWh >= 0 and <= 1500"));
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01T00:00Z,abc\n"), Catch::Contains("s.csv:2: 'abc' is not an intensity"));
  CHECK_THAT(error("timestamp,g_per_kwh\n2024-03-01 00:00,100\n"), Catch::Contains("s.csv:2: '2024-03-01 00:00' is not a time"));
  CHECK_THAT(error("when,what\n"), Catch::Contains("s.csv:1: the header names no time column"));
  CHECK_THAT(error("timestamp,g_per_kwh\n"), Catch::Contains("no rows after the header"));
  CHECK_THAT(error(""), Catch::Contains("empty"));
  CHECK_THAT(error(R"({"data":[{"from":"2024-03-01T00:00Z","to":"2024-03-01T00:30Z","intensity":{"forecast":1}},
                                {"from":"2024-03-01T00:15Z","to":"2024-03-01T00:45Z","intensity":{"forecast":1}}]})"),
             Catch::Contains("overlaps"));
  CHECK_THAT(error(R"({"data":[{"from":"2024-03-01T00:00Z","intensity":{"forecast":1}}]})"), Catch::Contains("data[0]: no \"from\" and \"to\""));
  CHECK_THAT(error("{\"data\": [1,"), Catch::Contains("not valid JSON"));
  // Found by fuzz/series_fuzz (fuzz/corpus/series/regression-number-overflow.json): a number
  // beyond a double made the JSON library throw what the reader did not catch.
  CHECK_THAT(error("{\"data\": 1e999}"), Catch::Contains("not JSON that can be read"));
  // And a region without its "data" (fuzz/corpus/series/regression-region-without-data.json).
  CHECK_THAT(error(R"({"data":[{"regionid":13,"todata":[]}]})"), Catch::Contains("data[0]: a region without \"data\""));
  // A run the series does not cover, and a window no start fits.
  const IntensitySeries s = read_intensity_series(series48(), "s.csv");
  CHECK_THAT(catch_error([&] { series_emissions(s, kMarch1 + 46 * 3600, 3, 1); }).message,
             Catch::Contains("the intensity series covers 2024-03-01T00:00Z to 2024-03-03T00:00Z, and the run goes from "
                             "2024-03-02T22:00Z to 2024-03-03T01:00Z"));
  CHECK_THAT(catch_error([&] { plan_start(s, 6, 1, kMarch1 + 44 * 3600, kMarch1 + 47 * 3600, 1); }).message,
             Catch::Contains("no start between"));
}

TEST_CASE("estimate --intensity-series and when, end to end", "[series][cli]") {
  const std::string dir = test::temp_dir("series");
  test::write(dir + "/s48.csv", series48());
  // 1,000 W for 3 h at PUE 1 from 10:30: 3 kWh x 125 g/kWh = 0.375 kg hour by hour; by the
  // annual --intensity 300, 0.9 kg; the difference -0.525 kg.
  const Json e = test::run_json({"estimate", "--power", "1000", "--hours", "3", "--pue", "1", "--intensity", "300", "--intensity-series",
                                 dir + "/s48.csv", "--start", "2024-03-01T10:30Z"});
  CHECK(e["intensity_series"]["co2e_kg"].get<double>() == Approx(0.375).epsilon(1e-12));
  CHECK(e["intensity_series"]["mean_g_per_kwh"].get<double>() == Approx(125).epsilon(1e-12));
  CHECK(e["intensity_series"]["difference_kg"].get<double>() == Approx(-0.525).epsilon(1e-12));
  CHECK(e["co2e_kg"].get<double>() == Approx(0.9));  // the estimate itself is unchanged
  const Json w = test::run_json({"when", "--power", "1000", "--hours", "6", "--pue", "1", "--intensity-series", dir + "/s48.csv", "--from",
                                 "2024-03-01T00:00Z", "--within", "42h", "--plot", dir + "/when.svg"});
  CHECK(w["best"]["start"] == "2024-03-02T06:00Z");
  CHECK(w["best"]["co2e_kg"].get<double>() == Approx(0.3));
  CHECK(w["saving_vs_first_kg"].get<double>() == Approx(0.9));
  CHECK(w["job"]["annual_co2e_kg"].is_null());
  CHECK_THAT(test::read_text(dir + "/when.svg"), Catch::StartsWith("<svg") && Catch::Contains("best: 2024-03-02T06:00Z"));
  CHECK_THAT(test::run_error({"estimate", "--power", "1", "--hours", "1", "--intensity", "1", "--intensity-series", dir + "/s48.csv"}, 2),
             Catch::Contains("--intensity-series needs --start TIME"));
  CHECK_THAT(test::run_error({"when", "--power", "1", "--hours", "1", "--intensity-series", dir + "/s48.csv", "--from", "2024-03-01T00:00Z"}, 2),
             Catch::Contains("when needs a window"));
  CHECK_THAT(test::run_error({"when", "--power", "1", "--hours", "1", "--intensity-series", dir + "/s48.csv", "--from", "2024-03-05T00:00Z",
                              "--within", "2h"},
                             2),
             Catch::Contains("no start between"));
}
