#include "input/flat_json.h"

#include <fmt/format.h>

#include "util/text.h"

namespace mlcarbon {
namespace {

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

void FlatJson::fail(std::string_view what) const {
  throw FlatJsonError{fmt::format("not a flat JSON object: {} at column {}", what, pos_ + 1)};
}

void FlatJson::expect(char c, std::string_view what) {
  if (peek() != c) fail(fmt::format("expected {}", what));
  ++pos_;
}

unsigned FlatJson::hex4() {
  if (pos_ + 4 > text_.size()) fail("a short \\u escape");
  unsigned value = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = text_[pos_++];
    value <<= 4;
    if (c >= '0' && c <= '9') value |= static_cast<unsigned>(c - '0');
    else if (c >= 'a' && c <= 'f') value |= static_cast<unsigned>(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') value |= static_cast<unsigned>(c - 'A' + 10);
    else fail("a bad \\u escape");
  }
  return value;
}

// The escape after a backslash, unescaped into scratch.
void FlatJson::escape() {
  const char e = peek();
  ++pos_;
  switch (e) {
    case '"': scratch_ += '"'; break;
    case '\\': scratch_ += '\\'; break;
    case '/': scratch_ += '/'; break;
    case 'b': scratch_ += '\b'; break;
    case 'f': scratch_ += '\f'; break;
    case 'n': scratch_ += '\n'; break;
    case 'r': scratch_ += '\r'; break;
    case 't': scratch_ += '\t'; break;
    case 'u': {
      unsigned cp = hex4();
      if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(pos_, 2) == "\\u") {
        pos_ += 2;
        const unsigned low = hex4();
        if (low < 0xDC00 || low >= 0xE000) fail("a bad surrogate pair");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      } else if (cp >= 0xD800 && cp < 0xE000) {
        fail("a lone surrogate");
      }
      append_utf8(scratch_, cp);
      break;
    }
    default: fail("a bad escape");
  }
}

// A string's text: a view of the line when it has no escapes, else unescaped into scratch
// (reserved to the line's length by the caller, so earlier views stay valid).
std::string_view FlatJson::string() {
  expect('"', "a string");
  const std::size_t start = pos_;
  const auto plain = [](char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; };
  while (pos_ < text_.size() && plain(text_[pos_])) ++pos_;
  if (pos_ >= text_.size()) fail("an unterminated string");
  // JSON has no raw control characters in strings, escaped or not (RFC 8259, section 7).
  if (static_cast<unsigned char>(text_[pos_]) < 0x20) fail("a control character in a string");
  if (text_[pos_] == '"') return text_.substr(start, pos_++ - start);
  const std::size_t out_start = scratch_.size();
  scratch_.append(text_.substr(start, pos_ - start));
  while (pos_ < text_.size() && text_[pos_] != '"') {
    const char c = text_[pos_++];
    if (static_cast<unsigned char>(c) < 0x20) fail("a control character in a string");
    if (c == '\\') {
      escape();
    } else {
      scratch_ += c;
    }
  }
  if (pos_ >= text_.size()) fail("an unterminated string");
  ++pos_;
  return std::string_view(scratch_).substr(out_start);
}

std::optional<std::string_view> FlatJson::value(std::string_view key) {
  const char c = peek();
  if (c == '"') return string();
  if (text_.substr(pos_, 4) == "null") {
    pos_ += 4;
    return std::nullopt;
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::string_view("+-.eE0123456789").find(text_[pos_]) != std::string_view::npos) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  fail(fmt::format("the value of {} is not a string, a number or null", quote(key)));
}

}  // namespace mlcarbon
