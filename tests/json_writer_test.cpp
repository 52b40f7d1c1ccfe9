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
#include "util/text.h"

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
                         1e21, 1e22, 1e100, 1e-100, 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 123456789012345680.0,
                         // the short-decimal path's bounds (1e-4 to 1e8, six decimals)
                         1e8, 99999999.5, 99999999.999999, 12345678.123456, 0.000100001, 0.000999999, 0.0001234567, 1.0000005}) {
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
    same(std::nextafter(decimal, 0.0));
    same(std::nextafter(decimal, 1e300));
    same(decimal * 1.09 * 477.23071928071926 / 1000);
    // up to 14 digits with up to 7 decimals, below 1e8 and just above
    same(static_cast<double>(random() % 100000000000000ULL) / std::pow(10.0, static_cast<int>(6 + random() % 2)));
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

// write_decimal() converts eight digits at a time, splitting them in the lanes of one word (four
// and four, then pairs, then digits): every four-digit value in each half of the eight, and in each
// of the three groups of eight of a 20-digit number, is written as std::to_string writes it.
TEST_CASE("whole numbers: every four-digit value in every lane", "[json][numbers]") {
  std::mt19937_64 random(20261130);
  std::size_t wrong = 0;
  const auto check = [&](std::uint64_t x) {
    char text[24];
    if (std::string(text, static_cast<std::size_t>(mlcarbon::write_decimal(text, x) - text)) != std::to_string(x) && ++wrong < 5) {
      FAIL_CHECK(fmt::format("write_decimal({}) gave {}", x, std::string(text, 20)));
    }
  };
  for (std::uint64_t v = 0; v < 10000; ++v) {
    const std::uint64_t other = random() % 10000;
    for (const std::uint64_t eight : {v * 10000 + other, other * 10000 + v, v}) {
      check(eight);                                  // the only group
      check(12345678ULL * 100000000 + eight);        // the last of two
      check(eight * 100000000 + 87654321);           // the first of two (or fewer digits)
      check(1844ULL * 10000000000000000ULL + eight * 100000000 + eight);  // the middle and last of three
    }
  }
  CHECK(wrong == 0);
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

// A writer copies the last number's text when the next is the same: every number, whatever came
// before it, is written as fmt's "{}" writes it alone.
TEST_CASE("the last number remembered: the same text as each number written alone", "[json][numbers]") {
  std::mt19937_64 random(20261130);
  const double repeated[] = {1.14, 337.01647352647353, 0.8, 0.5, 1.2, 0.3725, 477.23071928071926, -2.5, 1e-7, 6.02e23, 0.0, -0.0, 1.0};
  JsonWriter writer(true);
  std::string expected = "[";
  writer.begin_array();
  for (int i = 0; i < 20000; ++i) {
    double x = repeated[random() % std::size(repeated)];
    if (random() % 3 == 0) x = static_cast<double>(random() % 100000) / 8.0;  // whole and fractional, as hours are
    if (random() % 5 == 0) {
      std::uint64_t bits = random();
      std::memcpy(&x, &bits, sizeof x);
      if (!std::isfinite(x)) x = 0.1;
    }
    const int times = 1 + static_cast<int>(random() % 3);  // once, or again right after
    for (int k = 0; k < times; ++k) {
      writer.value(x);
      expected += (expected.size() > 1 ? "," : "") + fmt::format("{}", x);
    }
  }
  writer.end_array();
  CHECK(writer.finish() == expected + "]\n");
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

// Prepared keys write what key() writes, compact and indented, as an object's first key or a
// later one; records of mixed values (as a jobs file's) come out the same from both writers,
// and a prepared key used where it was not made for is an error, as a misplaced key() is.
TEST_CASE("prepared keys: the same text as keys written by name", "[json]") {
  std::mt19937_64 random(20261130);
  for (const bool compact : {true, false}) {
    JsonWriter prepared(compact), named(compact);
    for (JsonWriter* w : {&prepared, &named}) w->begin_object().key("records").begin_array().begin_object();
    const JsonWriter::PreparedKey line = prepared.prepare_key("line"), name = prepared.prepare_key("name"),
                                  hours = prepared.prepare_key("hours"), none = prepared.prepare_key("a_key_of_24_characters__");
    prepared.end_object();
    named.end_object();
    for (int i = 0; i < 200; ++i) {
      const std::uint64_t n = random() >> (random() % 64);
      const std::string text = std::string(random() % 30, 'x') + (random() % 4 == 0 ? "\"\\\n\t" : "") + std::to_string(i);
      const double x = static_cast<double>(random() % 100000) / 8.0 + (random() % 2 ? 0.1 : 0.0);
      prepared.begin_object();
      named.begin_object();
      if (i % 3 == 0) {  // the object's first key from either kind
        prepared.field(name, text);
        named.field("name", text);
      }
      prepared.field(line, n).field(hours, x).key(none).null();
      named.field("line", n).field("hours", x).key("a_key_of_24_characters__").null();
      if (i % 3 != 0) {
        prepared.field(name, text);
        named.field("name", text);
      }
      prepared.end_object();
      named.end_object();
    }
    for (JsonWriter* w : {&prepared, &named}) w->end_array().end_object();
    const std::string text = prepared.finish();
    CHECK(text == named.finish());
    CHECK(nlohmann::json::parse(text)["records"].size() == 201);
    // Misplaced: in the array the record was in, in a deeper object, and after a key.
    CHECK_THROWS_AS(prepared.key(line), mlcarbon::Error);  // the document is finished: no object open
    JsonWriter w(compact);
    w.begin_object();
    const JsonWriter::PreparedKey top = w.prepare_key("top");
    w.key("list").begin_array();
    CHECK_THROWS_AS(w.field(top, 1.5), mlcarbon::Error);
    w.begin_object();
    CHECK_THROWS_AS(w.field(top, std::string_view("deeper")), mlcarbon::Error);
    w.end_object().end_array().key("k");
    CHECK_THROWS_AS(w.field(top, std::uint64_t{1}), mlcarbon::Error);
    CHECK_THROWS_AS(w.prepare_key("a_key_of_25_characters___"), mlcarbon::Error);
  }
}

// cat() joins its pieces as they are (empty ones included); Decimal holds a whole number's digits
// as std::to_string writes them, negative ones and the extremes included.
TEST_CASE("cat and Decimal: sentences joined without a format", "[numbers]") {
  CHECK(mlcarbon::cat({}) == "");
  CHECK(mlcarbon::cat({"", "PUE", "", ", ", "2023"}) == "PUE, 2023");
  const std::string long_piece(300, 'x');
  CHECK(mlcarbon::cat({long_piece, ": ", long_piece}) == long_piece + ": " + long_piece);
  for (const std::int64_t n : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{2023}, std::int64_t{-2023}, INT64_MAX, INT64_MIN}) {
    CHECK(std::string_view(mlcarbon::Decimal(n)) == std::to_string(n));
  }
  CHECK(std::string_view(mlcarbon::Decimal(UINT64_MAX)) == "18446744073709551615");
  CHECK(mlcarbon::cat({"in ", mlcarbon::Decimal(2025), " (", mlcarbon::Decimal(-3), ")"}) == "in 2025 (-3)");
}
