#include "data/json_data.h"

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
// figure, so the parser callback rejects them, naming the path.
class DuplicateKeyCheck {
 public:
  explicit DuplicateKeyCheck(std::string_view file) : file_(file) {}

  bool operator()(int /*depth*/, nlohmann::detail::parse_event_t event, Json& parsed) {
    using E = nlohmann::detail::parse_event_t;
    switch (event) {
      case E::object_start:
      case E::array_start:
        count_element();
        frames_.push_back(Frame{event == E::array_start, 0, {}, {}});
        break;
      case E::object_end:
      case E::array_end:
        if (!frames_.empty()) frames_.pop_back();
        break;
      case E::key: {
        Frame& top = frames_.back();
        const std::string key = parsed.get<std::string>();
        if (!top.keys.insert(key).second) {
          throw Error(ErrorKind::data, fmt::format("{}: {}: key {} appears twice in the same object", file_,
                                                   path(), quote(key)));
        }
        top.key = key;
        break;
      }
      case E::value:
        count_element();
        break;
    }
    return true;
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

}  // namespace

Json parse_data(const DataText& data) {
  try {
    return Json::parse(data.text.begin(), data.text.end(), DuplicateKeyCheck(data.file));
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
