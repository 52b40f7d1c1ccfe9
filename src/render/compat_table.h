// Another tool's figures beside mlcarbon's (--compat), as text and as JSON.
#pragma once

#include <string>

#include "compat/compat.h"

namespace mlcarbon {

class JsonWriter;

// The side-by-side table with each line's rule, the ratio split into its factors, and the notes.
std::string compat_text(const CompatEstimate& c);
// "compat": null, or the tool's figures (schema/estimate.schema.json).
void write_compat(JsonWriter& j, const CompatEstimate* c);

}  // namespace mlcarbon
