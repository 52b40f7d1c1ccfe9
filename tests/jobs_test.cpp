// The jobs-file reader and runner: formats, bad rows with their line numbers, totals.
#include <catch2/catch.hpp>

#include <array>

#include "input/job_runner.h"
#include "input/jobs_reader.h"
#include "util/name_table.h"
#include "test_support.h"

using namespace mlcarbon;
using test::catch_error;
using test::mini_catalog;

namespace {

// Keeps what the reader hands over (copied: the views live only during the call).
struct Collect final : JobSink {
  struct Row {
    std::size_t line;
    std::map<std::string, std::string> fields;
  };
  std::vector<Row> rows;
  std::vector<JobError> errors;

  void row(const JobRow& row) override {
    Row r{row.line, {}};
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      if (const auto v = row.text[static_cast<Field>(i)]) r.fields[std::string(field_name(static_cast<Field>(i)))] = std::string(*v);
    }
    rows.push_back(r);
  }
  void bad_row(const JobError& e) override { errors.push_back(e); }
};

Collect read(std::string_view text, JobsFormat format, std::size_t piece = 0) {
  Collect sink;
  JobReader reader(format, sink, "jobs");
  if (piece == 0) {
    reader.feed(text);
  } else {
    for (std::size_t i = 0; i < text.size(); i += piece) reader.feed(text.substr(i, piece));
  }
  reader.finish();
  return sink;
}

}  // namespace

TEST_CASE("CSV jobs: header, rows, quotes, blanks", "[jobs]") {
  const std::string csv =
      "name,hardware,count,hours,region\n"
      "a,a100,8,24,aws:us-east-1\n"
      "\n"
      "\"b, quoted \"\"x\"\"\",v100, 2 ,1.5,\n"
      "c,,,,\n";
  const Collect c = read(csv, JobsFormat::csv);
  REQUIRE(c.rows.size() == 3);
  CHECK(c.errors.empty());
  CHECK(c.rows[0].line == 2);
  CHECK(c.rows[0].fields.at("hardware") == "a100");
  CHECK(c.rows[0].fields.at("region") == "aws:us-east-1");
  CHECK(c.rows[1].line == 4);
  CHECK(c.rows[1].fields.at("name") == "b, quoted \"x\"");
  CHECK(c.rows[1].fields.at("count") == "2");
  CHECK(c.rows[1].fields.count("region") == 0);  // empty: not given
  CHECK(c.rows[2].fields.size() == 1);
}

TEST_CASE("CSV jobs: a comma at every position of the eight- and sixteen-byte blocks is found", "[jobs]") {
  // The unquoted rows are split sixteen bytes at a time (SSE2), then eight: fields of every length
  // from 0 to 33, so that commas fall at each byte of a block and across blocks; each field read
  // back as written.
  std::string csv = "name,hardware,count\n";
  std::vector<std::array<std::string, 3>> written;
  for (std::size_t a = 0; a <= 33; ++a) {
    for (std::size_t b = 0; b <= 9; ++b) {
      std::array<std::string, 3> row{std::string(a, 'n'), std::string(b, 'h'), std::string((a + b) % 5, '7')};
      csv += row[0] + "," + row[1] + "," + row[2] + "\n";
      written.push_back(row);
    }
  }
  const Collect c = read(csv, JobsFormat::csv);
  CHECK(c.errors.empty());
  REQUIRE(c.rows.size() == written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    const auto& f = c.rows[i].fields;
    const auto get = [&](const char* key) { return f.count(key) != 0 ? f.at(key) : std::string(); };
    INFO(i);
    CHECK(get("name") == written[i][0]);
    CHECK(get("hardware") == written[i][1]);
    CHECK(get("count") == written[i][2]);
  }
  // A quote, wherever it falls, sends the row to the quoted reader: its field is read unquoted.
  std::string quoted = "name,hardware,count\n";
  for (std::size_t a = 0; a <= 40; ++a) quoted += std::string(a, 'n') + ",\"h,q\",7\n";
  const Collect q = read(quoted, JobsFormat::csv);
  CHECK(q.errors.empty());
  REQUIRE(q.rows.size() == 41);
  for (std::size_t a = 0; a <= 40; ++a) {
    INFO(a);
    CHECK(q.rows[a].fields.at("hardware") == "h,q");
    CHECK(q.rows[a].fields.at("count") == "7");
    CHECK(q.rows[a].fields.count("name") == (a == 0 ? 0u : 1u));
  }
  // One comma too many or too few, wherever it falls, is a bad row.
  const Collect bad = read("name,hardware,count\nabcdefg,h,1,\nabcdefgh,1\n", JobsFormat::csv);
  REQUIRE(bad.errors.size() == 2);
  CHECK(bad.errors[0].message == "4 fields, but the header has 3 columns");
  CHECK(bad.errors[1].message == "2 fields, but the header has 3 columns");
}

TEST_CASE("CSV jobs: BOM, CRLF, a last line without newline, any piece size", "[jobs]") {
  const std::string csv = "\xEF\xBB\xBFhardware,hours,intensity\r\na100,1,100\r\nv100,2,200";
  for (const std::size_t piece : {0, 1, 2, 3, 7}) {
    INFO(piece);
    const Collect c = read(csv, JobsFormat::csv, piece);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0].fields.at("intensity") == "100");
    CHECK(c.rows[1].line == 3);
    CHECK(c.rows[1].fields.at("intensity") == "200");
  }
}

TEST_CASE("CSV jobs: rows with missing or extra fields, unterminated quotes", "[jobs]") {
  const Collect c = read("hardware,hours,intensity\na100,1\na100,1,100,5\n\"a100,1,100\na100,1,100\n", JobsFormat::csv);
  REQUIRE(c.errors.size() == 3);
  CHECK(c.errors[0].line == 2);
  CHECK(c.errors[0].message == "2 fields, but the header has 3 columns");
  CHECK(c.errors[1].line == 3);
  CHECK(c.errors[1].message == "4 fields, but the header has 3 columns");
  CHECK(c.errors[2].line == 4);
  CHECK(c.errors[2].message == "a quoted field has no closing quote (CSV fields here hold no line breaks)");
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].line == 5);
}

TEST_CASE("CSV jobs: an unknown or repeated column stops the run", "[jobs]") {
  auto caught = catch_error([] { read("hardware,hourz\n", JobsFormat::csv); });
  CHECK(caught.kind == ErrorKind::usage);
  CHECK_THAT(caught.message, Catch::StartsWith("jobs:1: unknown column 'hourz'; the columns are name, hardware, count,"));
  caught = catch_error([] { read("hours,Hours\n", JobsFormat::csv); });
  CHECK(caught.message == "jobs:1: column 'Hours' appears twice");
  // offset-kg and offset_kg name the same column.
  CHECK(read("offset-kg,hours\n5,1\n", JobsFormat::csv).rows.at(0).fields.at("offset_kg") == "5");
}

TEST_CASE("JSON Lines jobs: strings, numbers, null, escapes", "[jobs]") {
  const std::string jsonl =
      "{\"name\": \"r\\u00e9sum\\u00e9 \\\"1\\\"\", \"hardware\": \"a100\", \"count\": 8, \"hours\": 2.5e1, \"pue\": null}\n"
      "  \n"
      "{}\n";
  const Collect c = read(jsonl, JobsFormat::jsonl, 5);
  REQUIRE(c.rows.size() == 2);
  CHECK(c.errors.empty());
  CHECK(c.rows[0].fields.at("name") == "r\xc3\xa9sum\xc3\xa9 \"1\"");
  CHECK(c.rows[0].fields.at("count") == "8");
  CHECK(c.rows[0].fields.at("hours") == "2.5e1");
  CHECK(c.rows[0].fields.count("pue") == 0);
  CHECK(c.rows[1].line == 3);
  CHECK(c.rows[1].fields.empty());
}

TEST_CASE("JSON Lines jobs: malformed lines are bad rows with their reason", "[jobs]") {
  const Collect c = read(
      "{\"hours\": 1\n"
      "[1, 2]\n"
      "{\"hours\": true}\n"
      "{\"hourz\": 1}\n"
      "{\"hours\": 1, \"hours\": 2}\n"
      "{\"hours\": {\"nested\": 1}}\n"
      "{\"hours\": \"1\"} trailing\n",
      JobsFormat::jsonl);
  REQUIRE(c.errors.size() == 7);
  CHECK_THAT(c.errors[0].message, Catch::Contains("expected ',' or '}'"));
  CHECK_THAT(c.errors[1].message, Catch::Contains("expected a JSON object"));
  CHECK_THAT(c.errors[2].message, Catch::Contains("the value of 'hours' is not a string, a number or null"));
  CHECK_THAT(c.errors[3].message, Catch::Contains("unknown key 'hourz'"));
  CHECK_THAT(c.errors[4].message, Catch::Contains("key 'hours' appears twice"));
  CHECK_THAT(c.errors[5].message, Catch::Contains("not a string, a number or null"));
  CHECK_THAT(c.errors[6].message, Catch::Contains("text after the closing '}'"));
  for (std::size_t i = 0; i < c.errors.size(); ++i) CHECK(c.errors[i].line == i + 1);
}

TEST_CASE("the format is guessed from the name, then the first byte", "[jobs]") {
  CHECK(guess_jobs_format("runs.csv", "{") == JobsFormat::csv);
  CHECK(guess_jobs_format("sacct.txt", "JobID|JobName|State\n") == JobsFormat::sacct);
  CHECK(guess_jobs_format("-", "\xEF\xBB\xBF  jobid|elapsed") == JobsFormat::sacct);
  CHECK(guess_jobs_format("sacct.csv", "JobID|JobName") == JobsFormat::csv);  // the name first
  CHECK(guess_jobs_format("sacct.txt", "1234|train|") == JobsFormat::csv);    // no header: only --jobs-format sacct
  CHECK(guess_jobs_format("runs.JSONL", "hardware") == JobsFormat::jsonl);
  CHECK(guess_jobs_format("runs.ndjson", "") == JobsFormat::jsonl);
  CHECK(guess_jobs_format("-", "\xEF\xBB\xBF  {\"hours\": 1}") == JobsFormat::jsonl);
  CHECK(guess_jobs_format("-", "hardware,hours") == JobsFormat::csv);
}

TEST_CASE("the runner overlays rows on the options and keeps totals", "[jobs]") {
  RequestText defaults;
  defaults.set(Field::region, "aws:us-east-1");
  defaults.set(Field::hours, "10");
  JobRunner runner(mini_catalog(), defaults);
  // Row 1: 8 x A100 SXM4 (400 W, NVIDIA datasheet) x 10 h x AWS PUE 1.15 = 36.8 kWh;
  //        x US 383.78 g/kWh (OWID/Ember 2024) = 14.123104 kg.
  JobRow one{2, {}, {}, {}, {}, nullptr};
  one.text.set(Field::hardware, "a100");
  one.text.set(Field::count, "8");
  // Row 2: a duration replaces the default hours: V100 SXM2 300 W x 2 h x 1.56 (France: default
  //        PUE) = 0.936 kWh; x FR 41.79 g/kWh = 0.03911544 kg.
  JobRow two{3, {}, {}, {}, {}, nullptr};
  two.text.set(Field::hardware, "v100");
  two.text.set(Field::duration, "2h");
  two.text.set(Field::region, "FR");
  for (const JobRow* row : {&one, &two}) runner.count(runner.run(*row));
  const JobTotals& t = runner.totals();
  CHECK(t.all.jobs == 2);
  CHECK(t.all.energy_kwh == Approx(36.8 + 0.936));
  CHECK(t.all.co2e_kg == Approx(14.123104 + 0.03911544));
  CHECK(t.all.device_hours == Approx(80 + 2));
  const auto regions = t.regions();
  REQUIRE(regions.size() == 2);
  CHECK(regions.at("aws:us-east-1").energy_kwh == Approx(36.8));
  CHECK(regions.at("country:FR").co2e_kg == Approx(0.03911544));
  const auto hardware = t.hardware();
  CHECK(hardware.at("a100-sxm4-40gb").jobs == 1);
  CHECK(hardware.at("v100-sxm2-16gb").jobs == 1);

  // A bad value names the column; an unknown name is not_found, and asking again costs a lookup.
  JobRow bad{4, {}, {}, {}, {}, nullptr};
  bad.text.set(Field::hardware, "a100");
  bad.text.set(Field::count, "eight");
  CHECK_THAT(catch_error([&] { runner.run(bad); }).message, Catch::StartsWith("count: 'eight' is not a whole number"));
  bad.text.set(Field::count, "1");
  bad.text.set(Field::hardware, "A1OO");
  for (int i = 0; i < 2; ++i) CHECK(catch_error([&] { runner.run(bad); }).kind == ErrorKind::not_found);
}

TEST_CASE("a line longer than 1 MiB is a bad row, not a memory leak", "[jobs]") {
  std::string csv = "hardware,hours,intensity\na100,1,100\n";
  csv += std::string(3 << 20, 'x');  // 3 MiB on line 3
  csv += "\nv100,2,200\n";
  for (const std::size_t piece : {0, 4096, 1 << 20}) {
    INFO(piece);
    const Collect c = read(csv, JobsFormat::csv, piece);
    REQUIRE(c.errors.size() == 1);
    CHECK(c.errors[0].line == 3);
    CHECK_THAT(c.errors[0].message, Catch::Contains("longer than 1048576 bytes"));
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[1].line == 4);
  }
}

TEST_CASE("CSV jobs: the lines of a quoted field that held a line break are not jobs", "[jobs]") {
  // Reported once, with its first line; the lines up to the closing quote are skipped; the next
  // whole row is read.
  const Collect c = read("name,power,hours,intensity\n\"multi\nline, still quoted\nend\",1,1,1\nok,300,1,100\n", JobsFormat::csv);
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].line == 2);
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].line == 5);
  CHECK(c.rows[0].fields.at("name") == "ok");
}

TEST_CASE("many distinct unknown names: suggestions for the first 100, and the look-ups stay cheap", "[jobs]") {
  RequestText defaults;
  defaults.set(Field::hours, "1");
  defaults.set(Field::power, "300");
  JobRunner runner(mini_catalog(), defaults);
  std::vector<std::string> messages;
  const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (int i = 0; i < 1200; ++i) out.push_back("FR" + std::to_string(i));  // each one letter or more from "FR"
    return out;
  }();
  for (std::size_t i = 0; i < names.size(); ++i) {
    JobRow row{i + 2, {}, {}, {}, {}, nullptr};
    row.text.set(Field::region, names[i]);
    messages.push_back(catch_error([&] { runner.run(row); }).message);
  }
  CHECK_THAT(messages[0], Catch::StartsWith("unknown region 'FR0'; did you mean"));
  CHECK_THAT(messages[99], Catch::Contains("did you mean"));
  CHECK(messages[100] == "unknown region 'FR100'; `mlcarbon regions list` lists the known names");
  CHECK(messages[1199] == "unknown region 'FR1199'; `mlcarbon regions list` lists the known names");
  // A name seen before is answered the same way (from the cache, or looked up again past its bound).
  JobRow again{9999, {}, {}, {}, {}, nullptr};
  again.text.set(Field::region, "FR0");
  CHECK(catch_error([&] { runner.run(again); }).message == messages[0]);
  again.text.set(Field::region, "FR1199");
  CHECK(catch_error([&] { runner.run(again); }).message == messages[1199]);
}

// The jobs path's name caches (util/name_table.h): names compared eight bytes at a time with an
// overlapping last word, and a table that grows. Every name of 0 to 40 bytes is found as itself
// and never as a name that differs from it in one byte, at any position, or in length.
TEST_CASE("name table: found as itself, never as a near miss", "[jobs]") {
  NameTable<std::size_t> table;
  std::vector<std::string> names;
  for (std::size_t length = 0; length <= 40; ++length) {
    for (char c = 'a'; c <= 'z'; ++c) {
      std::string name(length, c);
      for (std::size_t i = 0; i < length; ++i) name[i] = static_cast<char>('a' + (c - 'a' + i * 7) % 26);
      if (table.find(name) != nullptr) continue;  // length 0: one name
      table.add(name, names.size());
      names.push_back(name);
    }
  }
  REQUIRE(table.size() == names.size());
  for (std::size_t k = 0; k < names.size(); ++k) {
    const auto* found = table.find(names[k]);
    REQUIRE(found != nullptr);
    CHECK(found->value == k);
    CHECK(found->name == names[k]);
    for (std::size_t i = 0; i < names[k].size(); ++i) {
      std::string near = names[k];
      near[i] = '#';
      CHECK(table.find(near) == nullptr);
      CHECK(!same_name(near, names[k]));
    }
    CHECK(table.find(names[k] + "#") == nullptr);
    CHECK(same_name(names[k], std::string(names[k])));
  }
}
