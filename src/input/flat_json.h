// A flat JSON object on one line, read without building a tree: string, number and null values.
// For JSON Lines jobs files: each line is one object of field names and values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mlcarbon {

// What a line that is not a flat JSON object throws, with where.
struct FlatJsonError {
  std::string message;
};

class FlatJson {
 public:
  // `scratch` holds unescaped strings; the caller reserves it to the line's length so that the
  // views handed out stay valid.
  FlatJson(std::string_view text, std::string& scratch) : text_(text), scratch_(scratch) {}

  // Calls field(key, value) for each member (value nullopt for null); throws FlatJsonError.
  template <typename F>
  void members(F field) {
    skip_blanks();
    expect('{', "a JSON object ({...})");
    skip_blanks();
    if (peek() == '}') {
      ++pos_;
    } else {
      for (;;) {
        skip_blanks();
        const std::string_view key = string();
        skip_blanks();
        expect(':', "':' after a key");
        skip_blanks();
        field(key, value(key));
        skip_blanks();
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        expect('}', "',' or '}'");
        break;
      }
    }
    skip_blanks();
    if (pos_ != text_.size()) fail("text after the closing '}'");
  }

 private:
  [[noreturn]] void fail(std::string_view what) const;
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_blanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  void expect(char c, std::string_view what);
  unsigned hex4();
  void escape();
  std::string_view string();
  std::optional<std::string_view> value(std::string_view key);

  std::string_view text_;
  std::string& scratch_;
  std::size_t pos_ = 0;
};

}  // namespace mlcarbon
