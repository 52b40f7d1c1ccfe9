// The JSON writer: valid, exactly-read-back output that nlohmann's parser accepts.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <random>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/error.h"
#include "render/json_writer.h"
#include "util/numbers.h"

using mlcarbon::JsonWriter;

TEST_CASE("nested objects and arrays, escaped strings, exact numbers", "[json]") {
  JsonWriter j;
  j.begin_object();
  j.field("text", "quote \" backslash \\ newline \n tab \t bell \x07 unicode \xc3\xa9");
  j.field("third", 1.0 / 3.0).field("int", 42).field("big", std::uint64_t{18446744073709551615ULL});
  j.field("none", std::optional<double>()).field("some", std::optional<double>(2.5)).field("yes", true);
  j.key("list").begin_array().value(1.5).value("x").begin_object().end_object().begin_array().end_array().end_array();
  j.key("empty").begin_object().end_object();
  j.end_object();
  const std::string text = j.finish();
  const auto parsed = nlohmann::json::parse(text);
  CHECK(parsed["text"] == "quote \" backslash \\ newline \n tab \t bell \x07 unicode \xc3\xa9");
  CHECK(parsed["third"].get<double>() == 1.0 / 3.0);
  CHECK(parsed["int"] == 42);
  CHECK(parsed["big"].get<std::uint64_t>() == 18446744073709551615ULL);
  CHECK(parsed["none"].is_null());
  CHECK(parsed["some"] == 2.5);
  CHECK(parsed["yes"] == true);
  CHECK(parsed["list"].size() == 4);
  CHECK(parsed["empty"].empty());
  CHECK(text.back() == '\n');
  CHECK(text.find("\"third\": 0.3333333333333333") != std::string::npos);
}

TEST_CASE("misuse is an internal error, not bad output", "[json]") {
  JsonWriter j;
  j.begin_object();
  CHECK_THROWS_AS(j.value(1.0), mlcarbon::Error);  // a value without a key
  JsonWriter k;
  k.begin_array();
  CHECK_THROWS_AS(k.value(std::numeric_limits<double>::infinity()), mlcarbon::Error);
  CHECK_THROWS_AS(k.end_object(), mlcarbon::Error);
  JsonWriter unclosed;
  unclosed.begin_array();
  CHECK_THROWS_AS(unclosed.finish(), mlcarbon::Error);
}

// write_shortest() must spell every double exactly as fmt's "{}" does (the spelling JSON and CSV
// output had before it, and the one the corpus records), and read back as the same double.
TEST_CASE("shortest numbers: the same text as fmt's \"{}\" for every kind of double", "[json][numbers]") {
  std::mt19937_64 random(20261129);
  std::size_t checked = 0;
  const auto same = [&](double x) {
    if (!std::isfinite(x)) return;
    char text[mlcarbon::kShortestMax];
    const std::string ours(text, static_cast<std::size_t>(mlcarbon::write_shortest(text, x) - text));
    const std::string theirs = fmt::format("{}", x);
    if (ours != theirs) FAIL_CHECK(fmt::format("{:a}: write_shortest {} but fmt {}", x, ours, theirs));
    ++checked;
  };
  // Edges: zeros, the notation boundaries (1e-5/1e-4 and 1e15/1e16) and their neighbours, the
  // extremes of the type, subnormals.
  for (const double x : {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e-5, 1e-4, 9.999999999999999e-5, 1e15, 1e16, 9999999999999998.0,
                         1e21, 1e22, 1e100, 1e-100, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 123456789012345680.0}) {
    same(x);
    same(std::nextafter(x, 0.0));
    same(std::nextafter(x, 1e300));
    same(-x);
  }
  // Every power of ten and its neighbours.
  for (int e = -323; e <= 308; ++e) {
    const double p = std::strtod(fmt::format("1e{}", e).c_str(), nullptr);
    same(p);
    same(std::nextafter(p, 0.0));
    same(std::nextafter(p, 1e308));
    same(3 * p);
  }
  // Random bit patterns (every exponent), whole numbers, short decimals and results of arithmetic
  // on them, as a jobs file gives.
  std::uniform_int_distribution<int> digits(0, 999999);
  for (int i = 0; i < 300000; ++i) {
    double x;
    std::uint64_t bits = random();
    std::memcpy(&x, &bits, sizeof x);
    if (std::isfinite(x)) same(x);
    same(static_cast<double>(random() >> (random() % 64)));
    const double decimal = digits(random) / std::pow(10.0, static_cast<int>(random() % 8));
    same(decimal);
    same(decimal * 1.09 * 477.23071928071926 / 1000);
  }
  CHECK(checked > 1'200'000);
}

TEST_CASE("whole numbers: every digit count", "[json][numbers]") {
  std::uint64_t n = 0;
  for (int i = 0; i < 20; ++i, n = n * 10 + 9) {
    for (const std::uint64_t x : {n, n + 1, n / 2 + 1}) {
      char text[24];
      CHECK(std::string(text, static_cast<std::size_t>(mlcarbon::write_decimal(text, x) - text)) == std::to_string(x));
    }
  }
  char text[24];
  CHECK(std::string(text, static_cast<std::size_t>(mlcarbon::write_decimal(text, UINT64_MAX) - text)) == "18446744073709551615");
}

TEST_CASE("strings: an escape at every position of every short length reads back", "[json]") {
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const char special : {'"', '\\', '\n', '\x01', '\x1f', 'a'}) {
        std::string text(length, 'x');
        if (at < length) text[at] = special;
        JsonWriter j(true);
        j.begin_array().value(text).end_array();
        const std::string out = j.finish();
        CHECK(nlohmann::json::parse(out)[0] == text);
      }
    }
  }
}

// The escaping the writer must give, one character at a time (RFC 8259: '"', '\\' and the control
// characters, nothing else; bytes of UTF-8 sequences as they are).
std::string reference_string(const std::string& text) {
  std::string out = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    else out += ch;
  }
  return out + "\"";
}

// The writer checks 16 bytes at a time, then 8, then the rest: an escape (or a byte that looks
// near one: 0x1f/0x20, 0x7f, 0x80, UTF-8) at every position of lengths across those blocks.
TEST_CASE("strings: the exact escaping at every position across the 16- and 8-byte blocks", "[json]") {
  std::size_t checked = 0;
  for (std::size_t length = 0; length <= 49; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const char special : {'"', '\\', '\n', '\r', '\t', '\x01', '\x1f', ' ', '\x7f', '\x80', '\xc3', '\xff', '!', '#', '[', ']'}) {
        std::string text(length, 'x');
        if (at < length) text[at] = special;
        JsonWriter j(true);
        j.begin_array().value(text).end_array();
        const std::string out = j.finish();
        REQUIRE(out == "[" + reference_string(text) + "]\n");
        ++checked;
      }
    }
  }
  CHECK(checked == 16 * (50 * 51 / 2));  // 16 bytes at each of 1 + 2 + ... + 50 places
}

// A key written as a literal (copied inline) and the same key as a view (the general path) give
// the same document, compact and indented, at every depth.
TEST_CASE("keys: literal and view spellings write the same text", "[json]") {
  for (const bool compact : {true, false}) {
    JsonWriter a(compact, 8), b(compact, 8);  // a small first buffer: the literal path must grow it too
    const std::string_view k1 = "first", k2 = "a_rather_longer_key_name_than_most", k3 = "x";
    a.begin_object().field("first", 1).key("a_rather_longer_key_name_than_most").begin_object().field("x", "v");
    a.key("first").begin_array().begin_object().field("x", 2.5).end_object().end_array().end_object().end_object();
    b.begin_object().field(k1, 1).key(k2).begin_object().field(k3, "v");
    b.key(k1).begin_array().begin_object().field(k3, 2.5).end_object().end_array().end_object().end_object();
    const std::string ta = a.finish(), tb = b.finish();
    CHECK(ta == tb);
    CHECK(nlohmann::json::parse(ta)["a_rather_longer_key_name_than_most"]["first"][0]["x"] == 2.5);
  }
  JsonWriter misplaced;
  misplaced.begin_array();
  CHECK_THROWS_AS(misplaced.key("inside_an_array"), mlcarbon::Error);
}

// A writer that remembers its numbers writes exactly what one that does not writes, whatever the
// order and however the numbers collide in its 256 places.
TEST_CASE("remembered numbers: the same text as numbers written afresh", "[json][numbers]") {
  std::mt19937_64 random(20261130);
  const double repeated[] = {1.14, 337.01647352647353, 0.8, 0.5, 1.2, 0.3725, 477.23071928071926, -2.5, 1e-7, 6.02e23};
  JsonWriter remembering(true), plain(true);
  remembering.remember_numbers();
  remembering.begin_array();
  plain.begin_array();
  for (int i = 0; i < 20000; ++i) {
    double x = repeated[random() % std::size(repeated)];
    if (random() % 3 == 0) x = static_cast<double>(random() % 100000) / 8.0;  // whole and fractional, as hours are
    if (random() % 5 == 0) {
      std::uint64_t bits = random();
      std::memcpy(&x, &bits, sizeof x);
      if (!std::isfinite(x)) x = 0.1;
    }
    remembering.value(x);
    plain.value(x);
  }
  remembering.end_array();
  plain.end_array();
  CHECK(remembering.finish() == plain.finish());
}

// The one number of --value and -q: rounded to significant digits, then written shortest (issue 13).
TEST_CASE("rounded numbers: significant digits, no float noise", "[numbers]") {
  CHECK(mlcarbon::rounded(33.8954496, 5) == "33.895");
  CHECK(mlcarbon::rounded(88.32000000000001, 5) == "88.32");
  CHECK(mlcarbon::rounded(1234567.8, 5) == "1234600");
  CHECK(mlcarbon::rounded(0.00012345678, 3) == "0.000123");
  CHECK(mlcarbon::rounded(9.99996, 5) == "10");
  CHECK(mlcarbon::rounded(2.5e-7, 2) == "2.5e-07");
  CHECK(mlcarbon::rounded(-1.23456, 3) == "-1.23");
  CHECK(mlcarbon::rounded(0, 5) == "0");
  CHECK(mlcarbon::rounded(29.506466290189813, 0) == "29.506466290189813");  // 0: exact
  CHECK(mlcarbon::rounded(0.1 + 0.2, 17) == "0.30000000000000004");
}

TEST_CASE("counts for people: the suffixes papers use", "[numbers]") {
  CHECK(mlcarbon::si_count(7e9) == "7 B");
  CHECK(mlcarbon::si_count(70e9) == "70 B");
  CHECK(mlcarbon::si_count(2e12) == "2 T");
  CHECK(mlcarbon::si_count(1082990) == "1.083 M");
  CHECK(mlcarbon::si_count(125e6) == "125 M");
  CHECK(mlcarbon::si_count(999999) == "999,999");
  CHECK(mlcarbon::si_count(3.14e23) == "3.14e+23");
}
