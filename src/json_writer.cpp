#include "json_writer.h"

#include <cmath>

#include <fmt/format.h>

#include "error.h"

namespace mlcarbon {

void JsonWriter::newline() {
  if (compact_) return;
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!levels_.empty()) {
    if (!levels_.back().array) throw Error(ErrorKind::internal, "JSON writer: a value in an object needs a key");
    if (!levels_.back().empty) out_ += ',';
    levels_.back().empty = false;
    newline();
  }
}

JsonWriter& JsonWriter::key(std::string_view name) {
  if (levels_.empty() || levels_.back().array || after_key_) throw Error(ErrorKind::internal, "JSON writer: misplaced key");
  if (!levels_.back().empty) out_ += ',';
  levels_.back().empty = false;
  newline();
  write_string(name);
  out_ += compact_ ? ":" : ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({false, true});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({true, true});
  return *this;
}

JsonWriter& JsonWriter::close(bool array) {
  if (levels_.empty() || levels_.back().array != array || after_key_) {
    throw Error(ErrorKind::internal, "JSON writer: mismatched end");
  }
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += array ? ']' : '}';
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close(false); }
JsonWriter& JsonWriter::end_array() { return close(true); }

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  write_string(text);
  return *this;
}

void JsonWriter::write_string(std::string_view text) {
  out_ += '"';
  std::size_t run = 0;  // start of the current run of characters that need no escape
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(text, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out_), "\\u{:04x}", static_cast<unsigned>(c));
    }
  }
  out_.append(text, run, text.size() - run);
  out_ += '"';
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) throw Error(ErrorKind::internal, "JSON writer: a number is not finite");
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", number);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", number);
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  before_value();
  fmt::format_to(std::back_inserter(out_), "{}", number);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

std::string JsonWriter::finish() {
  if (!levels_.empty()) throw Error(ErrorKind::internal, "JSON writer: unclosed object or array");
  out_ += '\n';
  return std::move(out_);
}

}  // namespace mlcarbon
