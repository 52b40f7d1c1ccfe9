// One estimate, computed once: the request resolved against the catalog (names looked up,
// defaults applied) and the model's formulas evaluated into a result (core/result.h).
// `estimate`, every row of a jobs file and every `compare` alternative go through estimate().
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <vector>

#include "core/request.h"
#include "core/result.h"
#include "data/catalog.h"

namespace mlcarbon {

// The catalog entries a request names (null or empty when it names none).
struct Found {
  const Hardware* hardware = nullptr;
  Location location;
  const Instance* instance = nullptr;
  const Hardware* cpu = nullptr;
  std::uint64_t slice_chips = 0;  // the chips a slice name gives ("v3-8": 4); 0 when the name is a device's
};

Found look_up(const Catalog& catalog, const Request& request);
// The host CPU a request names (find_cpu), an unknown one's message saying how to give one not in
// the data (its rated power), with its fields marked.
const Hardware& find_host_cpu(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);

// Resolves and computes. Error(usage) when the entries cannot serve the request (a CPU that is not
// a CPU; a device without a peak throughput for an estimate from compute), with its fields marked
// (request.h, field_ref); Error(internal) for a request parse_request() would have refused.
// `with_range`: also the range (core/uncertainty.h), which costs a few evaluations more.
Estimate estimate(const Catalog& catalog, const Request& request, const Found& found, bool with_range = true);
Estimate estimate(const Catalog& catalog, const Request& request, bool with_range = true);

// The rows of a jobs file mostly repeat a few shapes: the same entries found and the same fields
// given, with other numbers. The cache keeps the estimate of each shape and makes the next one of
// that shape in place: its numbers put in the terms that hold them and the formulas evaluated
// again. The result is the same estimate as estimate(catalog, request, found, false), bit for bit
// (tests check it on random requests of every shape). It does so for the shapes whose numbers go
// into terms as they are (no instance, host CPU or compute); the others, and shapes past a bound,
// go through estimate(). The reference returned is valid until the next call.
class EstimateCache {
 public:
  const Estimate& estimate(const Catalog& catalog, const Request& request, const Found& found);

 private:
  struct Shape {
    const Hardware* hardware;
    const Region* region;
    const Grid* grid;
    std::uint32_t given;  // which numbers the request gives, a bit each
    std::uint8_t basis;   // the request's basis, or none
    bool pue_from_setting;
    Field hours_field;
    bool operator==(const Shape&) const = default;
  };
  static std::size_t hash(const Shape& s);
  // Open addressing (a power of two of slots, at most half full, probed in turn): the look-up
  // runs for every row, and the shapes are never removed.
  struct Slot {
    Shape shape;
    Estimate* estimate = nullptr;  // null: an empty slot
  };
  Slot& slot(const Shape& shape);  // the shape's slot, or the empty one where it would go
  void grow();
  static constexpr std::size_t kMaxShapes = 4096;
  std::vector<Slot> slots_;
  std::deque<Estimate> shapes_;  // (their references outlive the growth of slots_ and of the deque)
  Estimate other_;               // the last estimate of no cached shape
};

}  // namespace mlcarbon
