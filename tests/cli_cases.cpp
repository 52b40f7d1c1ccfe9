// Command-line cases as files (tests/cli/*.t): the command, its input files and its expected
// output side by side, in the manner of LLVM's lit and Mercurial's cram tests.
//
//   # a comment
//   %file jobs.csv          a file in the case's working directory, up to %end
//   hardware,hours
//   a100,1
//   %end                    "%end (no-eol)": without a final newline
//   %mkdir some/dir         an (empty) directory
//   %copy $SRC/data/regions.json some/regions.json
//   $ MLCARBON_REGION=FR mlcarbon estimate --jobs jobs.csv < stdin.txt
//   | a line of standard output ("|" alone: an empty line)
//   ! a line of standard error
//   [6]                     the exit status, when it is not 0
//   $ cat refs.bib          prints a file the command before wrote
//
// Lines with bytes a terminal would not show are written with \xNN escapes and end in " (esc)";
// a last line without a newline is followed by "\ no newline". `$SRC` in a command is the source
// tree; in outputs the source tree and the working directory are written `$SRC` and `$TMP`.
// Every command runs in-process (main_with() against a HostSystem) in one fresh working directory
// per file, with no environment variable set but those the line names.
//
// Usage: mlcarbon_cli_cases FILE.t...            compare, print a diff, exit 1 on a difference
//        mlcarbon_cli_cases --update FILE.t...   rewrite the expected output from the runs
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/host_system.h"

namespace fs = std::filesystem;

namespace {

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "cli_cases: %s\n", message.c_str());
  std::exit(2);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) die("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) text.replace(at, from.size(), to);
}

bool printable(unsigned char c) { return c == '\t' || (c >= 0x20 && c != 0x7f); }

// One output line for the case file: escaped when it holds bytes a terminal would not show.
std::string encode(std::string_view line) {
  bool plain = true;
  for (const char c : line) plain = plain && printable(static_cast<unsigned char>(c));
  if (plain) return std::string(line);
  std::string out;
  for (const char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (printable(u)) {
      out += c;
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", u);
      out += hex;
    }
  }
  return out + " (esc)";
}

std::string decode(std::string_view line) {
  constexpr std::string_view kEsc = " (esc)";
  if (!line.ends_with(kEsc)) return std::string(line);
  line.remove_suffix(kEsc.size());
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else if (line[i] == '\\' && i + 3 < line.size() && line[i + 1] == 'x') {
      out += static_cast<char>(std::stoi(std::string(line.substr(i + 2, 2)), nullptr, 16));
      i += 3;
    } else {
      out += line[i];
    }
  }
  return out;
}

// A stream's text as case-file lines, each prefixed.
void append_stream(std::string& out, const std::string& text, std::string_view prefix) {
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t newline = text.find('\n', start);
    const std::string_view line = std::string_view(text).substr(start, newline == std::string::npos ? std::string::npos : newline - start);
    const std::string encoded = encode(line);
    out += encoded.empty() ? std::string(prefix.substr(0, 1)) : std::string(prefix) + encoded;
    out += '\n';
    if (newline == std::string::npos) {
      out += "\\ no newline\n";
      break;
    }
    start = newline + 1;
  }
}

// Shell-like words: blanks separate, '...' and "..." quote, a backslash escapes the next character
// outside single quotes; $SRC is expanded outside single quotes.
std::vector<std::string> split_words(std::string_view line, const std::string& src) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(word);
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\'') {
      const std::size_t end = line.find('\'', i + 1);
      if (end == std::string_view::npos) die("unterminated ' in: " + std::string(line));
      word += line.substr(i + 1, end - i - 1);
      i = end;
    } else if (c == '"') {
      std::size_t j = i + 1;
      for (; j < line.size() && line[j] != '"'; ++j) {
        if (line[j] == '\\' && j + 1 < line.size()) ++j;
        if (line.substr(j, 4) == "$SRC" && line[j - 1] != '\\') {
          word += src;
          j += 3;
          continue;
        }
        word += line[j];
      }
      if (j >= line.size()) die("unterminated \" in: " + std::string(line));
      i = j;
    } else if (c == '\\' && i + 1 < line.size()) {
      word += line[++i];
    } else if (line.substr(i, 4) == "$SRC") {
      word += src;
      i += 3;
    } else {
      word += c;
    }
  }
  if (in_word) words.push_back(word);
  return words;
}

struct Runner {
  std::string src;      // the source tree
  fs::path dir;         // the working directory of this file's commands

  std::string normalize(std::string text) const {
    replace_all(text, dir.string(), "$TMP");
    replace_all(text, src, "$SRC");
    return text;
  }

  // The command's output in case-file form.
  std::string run(std::string_view command) {
    std::vector<std::string> words = split_words(command, src);
    std::vector<std::string> env;
    std::size_t first = 0;
    while (first < words.size() && words[first].find('=') != std::string::npos && words[first] != "mlcarbon") {
      env.push_back(words[first++]);
    }
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
    std::string input;
    if (words.size() >= 2 && words[words.size() - 2] == "<") {
      input = read_file(dir / words.back());
      words.resize(words.size() - 2);
    }
    if (words.empty()) die("empty command");
    std::string out;
    if (words[0] == "cat" && words.size() == 2) {
      std::error_code ec;
      if (!fs::is_regular_file(dir / words[1], ec)) {
        append_stream(out, "cat: " + words[1] + ": no such file\n", "! ");
        return out + "[1]\n";
      }
      append_stream(out, normalize(read_file(dir / words[1])), "| ");
      return out;
    }
    if (words[0] != "mlcarbon") die("a command runs mlcarbon or cat: " + std::string(command));
    // Each command twice: through the quick parser (where it takes the line) and through CLI11
    // alone; the two must agree to the byte, else the case shows what CLI11 printed instead.
    const auto run = [&](bool quick) {
      mlcarbon::set_quick_parse(quick);
      mlcarbon::HostSystem system(dir.string(), env, input);
      std::vector<const char*> argv;
      for (const std::string& w : words) argv.push_back(w.c_str());
      const int status = mlcarbon::main_with(system, static_cast<int>(argv.size()), argv.data());
      mlcarbon::set_quick_parse(true);
      std::string result;
      append_stream(result, normalize(system.printed()), "| ");
      append_stream(result, normalize(system.errors()), "! ");
      if (status != 0) result += "[" + std::to_string(status) + "]\n";
      return result;
    };
    out = run(true);
    const std::string cli11 = run(false);
    if (cli11 != out) append_stream(out, "the quick parser and CLI11 differ; CLI11 alone gave:\n" + cli11, "? ");
    return out;
  }

  void directive(std::string_view line, std::vector<std::string_view>& body, bool no_eol) {
    const std::vector<std::string> words = split_words(line.substr(1), src);
    if (words.empty()) die("empty directive");
    std::error_code ec;
    if (words[0] == "file" && words.size() == 2) {
      std::string text;
      for (std::size_t i = 0; i < body.size(); ++i) {
        text += decode(body[i]);
        if (i + 1 < body.size() || !no_eol) text += '\n';
      }
      fs::create_directories((dir / words[1]).parent_path(), ec);
      std::ofstream(dir / words[1], std::ios::binary) << text;
    } else if (words[0] == "mkdir" && words.size() == 2) {
      fs::create_directories(dir / words[1]);
    } else if (words[0] == "copy" && words.size() == 3) {
      fs::create_directories((dir / words[2]).parent_path(), ec);
      fs::copy_file(words[1], dir / words[2], fs::copy_options::overwrite_existing);
    } else {
      die("unknown directive: " + std::string(line));
    }
  }

  // The file with the expected output of each command replaced by what the runs printed.
  std::string process(const std::string& text) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t newline = text.find('\n', start);
      lines.push_back(std::string_view(text).substr(start, newline == std::string::npos ? std::string::npos : newline - start));
      if (newline == std::string::npos) break;
      start = newline + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view line = lines[i];
      if (line.starts_with("%file ")) {
        std::vector<std::string_view> body;
        std::size_t j = i + 1;
        for (; j < lines.size() && !lines[j].starts_with("%end"); ++j) body.push_back(lines[j]);
        if (j == lines.size()) die("%file without %end");
        directive(line, body, lines[j] == "%end (no-eol)");
        for (std::size_t k = i; k <= j; ++k) out += std::string(lines[k]) + "\n";
        i = j;
      } else if (line.starts_with("%")) {
        std::vector<std::string_view> none;
        directive(line, none, false);
        out += std::string(line) + "\n";
      } else if (line.starts_with("$ ")) {
        out += std::string(line) + "\n" + run(line.substr(2));
        while (i + 1 < lines.size() && (lines[i + 1].starts_with("|") || lines[i + 1].starts_with("! ") ||
                                        lines[i + 1] == "!" || lines[i + 1].starts_with("[") ||
                                        lines[i + 1] == "\\ no newline")) {
          ++i;
        }
      } else {
        out += std::string(line) + "\n";
      }
    }
    return out;
  }
};

// A unified-looking diff of two texts, line by line (enough to see what changed).
void print_diff(const std::string& file, const std::string& expected, const std::string& actual) {
  std::vector<std::string> a, b;
  std::istringstream sa(expected), sb(actual);
  for (std::string l; std::getline(sa, l);) a.push_back(l);
  for (std::string l; std::getline(sb, l);) b.push_back(l);
  // Longest common subsequence, fine for files of a few thousand lines.
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  std::printf("--- %s (expected)\n+++ %s (actual)\n", file.c_str(), file.c_str());
  std::size_t i = 0, j = 0;
  std::string last_command;
  bool shown = false;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      if (a[i].starts_with("$ ")) {
        last_command = a[i];
        shown = false;
      }
      ++i;
      ++j;
      continue;
    }
    if (!shown) {
      std::printf("@@ %s\n", last_command.c_str());
      shown = true;
    }
    if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      std::printf("+%s\n", b[j++].c_str());
    } else {
      std::printf("-%s\n", a[i++].c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool update = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--update") update = true;
    else files.push_back(arg);
  }
  if (files.empty()) die("usage: mlcarbon_cli_cases [--update] FILE.t...");
  int status = 0;
  for (const std::string& file : files) {
    Runner runner;
    runner.src = fs::canonical(MLCARBON_SOURCE_DIR).string();
    runner.dir = fs::temp_directory_path() / "mlcarbon-cli-cases" / fs::path(file).stem();
    fs::remove_all(runner.dir);
    fs::create_directories(runner.dir);
    runner.dir = fs::canonical(runner.dir);
    const std::string expected = read_file(file);
    const std::string actual = runner.process(expected);
    if (actual == expected) continue;
    if (update) {
      std::ofstream(file, std::ios::binary) << actual;
      std::printf("updated %s\n", file.c_str());
    } else {
      print_diff(file, expected, actual);
      status = 1;
    }
  }
  return status;
}
