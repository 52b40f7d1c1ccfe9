// The JSON writer: valid, exactly-read-back output that nlohmann's parser accepts.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/error.h"
#include "render/json_writer.h"

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
