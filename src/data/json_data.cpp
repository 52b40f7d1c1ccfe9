#include "data/json_data.h"

#include <cmath>
#include <utility>
#include <vector>

namespace mlcarbon {
namespace {

std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < std::min(byte, text.size()); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// JSON allows repeated keys and keeps the last; in a data file that hides a typo or a stale
// figure, so repeated keys are rejected, naming the path. Tracks where the parser is.
class DuplicateKeyCheck {
 public:
  explicit DuplicateKeyCheck(std::string_view file) : file_(file) {}

  void start(bool array) {
    count_element();
    frames_.push_back(Frame{array, 0, {}, {}});
  }
  void end() {
    if (!frames_.empty()) frames_.pop_back();
  }
  void key(const std::string& key) {
    Frame& top = frames_.back();
    if (!top.keys.insert(key).second) {
      throw Error(ErrorKind::data, fmt::format("{}: {}: key {} appears twice in the same object", file_, path(), quote(key)));
    }
    top.key = key;
  }
  void value() { count_element(); }

  // A number that a double cannot hold: too small for one (1e-400 reads as 0, 4e-320 as a
  // subnormal that loses digits). Too large ones (1e400) are the parser's own error.
  void number(double v, const std::string& text) {
    const bool lost = v == 0 ? text.find_first_of("123456789") < text.find_first_of("eE") : std::fpclassify(v) == FP_SUBNORMAL;
    if (lost) {
      throw Error(ErrorKind::data, fmt::format("{}: {}: number {} is out of range for a double (too close to 0)", file_, value_path(), text));
    }
  }

 private:
  struct Frame {
    bool array;
    std::size_t next_index;
    std::set<std::string> keys;
    std::string key;
  };

  void count_element() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().next_index;
  }

  // The path of the value just read: the key's or the index's.
  std::string value_path() const {
    if (frames_.empty()) return "top level";
    const Frame& top = frames_.back();
    std::string out = path();
    if (!top.array) out = (out == "top level" ? std::string() : out + ".") + top.key;
    return out;
  }

  std::string path() const {
    std::string out;
    for (const Frame& frame : frames_) {
      if (frame.array) {
        out += fmt::format("[{}]", frame.next_index - 1);
      } else if (&frame != &frames_.back()) {
        out += (out.empty() ? "" : ".") + frame.key;
      }
    }
    return out.empty() ? "top level" : out;
  }

  std::string_view file_;
  std::vector<Frame> frames_;
};

// nlohmann's DOM builder with the duplicate-key check on the way. (The library's parser callback
// would do the same in quadratic time: it rescans a container's elements after each one, so that
// 60,000 objects took over a second.)
class CheckedDomParser {
 public:
  CheckedDomParser(Json& result, std::string_view file) : dom_(result, true), check_(file) {}

  bool null() { return check_.value(), dom_.null(); }
  bool boolean(bool v) { return check_.value(), dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return check_.value(), dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return check_.value(), dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& text) {
    check_.value();
    check_.number(v, text);
    return dom_.number_float(v, text);
  }
  bool string(Json::string_t& v) { return check_.value(), dom_.string(v); }
  bool binary(Json::binary_t& v) { return check_.value(), dom_.binary(v); }
  bool start_object(std::size_t n) { return check_.start(false), dom_.start_object(n); }
  bool key(Json::string_t& k) { return check_.key(k), dom_.key(k); }
  bool end_object() { return check_.end(), dom_.end_object(); }
  bool start_array(std::size_t n) { return check_.start(true), dom_.start_array(n); }
  bool end_array() { return check_.end(), dom_.end_array(); }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
    return dom_.parse_error(position, token, ex);
  }

 private:
  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  DuplicateKeyCheck check_;
};

}  // namespace

Json parse_data(const DataText& data) {
  try {
    Json result;
    CheckedDomParser parser(result, data.file);
    Json::sax_parse(data.text.begin(), data.text.end(), &parser);
    return result;
  } catch (const Json::parse_error& e) {
    const auto [line, column] = line_and_column(data.text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    if (const auto at = what.find("syntax error"); at != std::string::npos) what = what.substr(at);
    throw Error(ErrorKind::data, fmt::format("{}: not valid JSON at line {}, column {}: {}", data.file, line, column, what));
  } catch (const Json::out_of_range& e) {
    // A number too large for a double (1e400). The exception carries no position: the literal it
    // quotes is found in the text instead.
    const std::string what = e.what();
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    const std::string literal = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1) : "";
    const auto at = literal.empty() ? std::string_view::npos : data.text.find(literal);
    if (at == std::string_view::npos) {
      throw Error(ErrorKind::data, fmt::format("{}: a number is out of range for a double", data.file));
    }
    const auto [line, column] = line_and_column(data.text, at);
    throw Error(ErrorKind::data, fmt::format("{}: number {} at line {}, column {} is out of range for a double", data.file,
                                             literal, line, column));
  }
}

bool matches_id(std::string_view id, bool upper) {
  if (id.empty()) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    const bool letter = upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
    const bool ok = letter || (c >= '0' && c <= '9') || (i > 0 && (c == '-' || c == '.' || c == '_'));
    if (!ok) return false;
  }
  return true;
}

}  // namespace mlcarbon
