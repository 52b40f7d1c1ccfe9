// libFuzzer target: the data-file loader on arbitrary bytes, as a hardware file, a regions file
// and an overlay. It either loads a catalog that lookups can use, or throws Error(data).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "data/catalog_json.h"
#include "util/error.h"
#include "data/catalog.h"

using namespace mlcarbon;

namespace {

template <typename F>
void expect_data_error_or(F f) {
  try {
    f();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::data && e.kind() != ErrorKind::not_found) std::abort();
  }
}

// Uses a loaded catalog the way the CLI does, so that dangling pointers would show.
void exercise(const Catalog& c) {
  for (const Hardware& hw : c.hardware) {
    if (!(hw.power_w >= 1 && hw.power_w <= 2000) || hw.source == nullptr) std::abort();
    (void)find_hardware(c, hw.id);
  }
  for (const Region& r : c.regions) {
    if (r.grid == nullptr || r.provider == nullptr) std::abort();
    const Location l = find_location(c, region_key(r));
    if (l.grid == nullptr) std::abort();
  }
  (void)catalog_stats(c);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const Catalog& base = embedded_catalog();
  expect_data_error_or([&] { exercise(with_hardware_file(base, {"fuzz.json", text})); });
  expect_data_error_or([&] { exercise(with_regions_file(base, {"fuzz.json", text})); });
  expect_data_error_or([&] { exercise(add_overlay(base, {"fuzz.json", text})); });
  expect_data_error_or([&] { (void)data_file_kind({"fuzz.json", text}); });
  return 0;
}
