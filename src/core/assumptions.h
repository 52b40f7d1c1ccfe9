// The constants an estimate assumes when the user does not say, each from the literature. They
// are printed with their source wherever they are used.
#pragma once

#include "data/catalog.h"

namespace mlcarbon::assumptions {

// Lannelongue, Grealey, Inouye, "Green Algorithms: Quantifying the Carbon Footprint of
// Computation", Advanced Science 8(12), 2100707 (2021): memory draws 0.3725 W per GB.
inline constexpr Source kGreenAlgorithms{"lannelongue2021green",
                                         "Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)",
                                         "Lannelongue, Grealey, Inouye",
                                         "https://doi.org/10.1002/advs.202100707",
                                         2021,
                                         "",
                                         ""};
inline constexpr double kMemoryWattsPerGb = 0.3725;

// Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361 (2020), section 2.1:
// training a dense transformer costs about 6 x parameters x tokens floating-point operations.
inline constexpr Source kKaplan{"kaplan2020scaling",
                                "Scaling Laws for Neural Language Models (arXiv:2001.08361)",
                                "Kaplan et al.",
                                "https://arxiv.org/abs/2001.08361",
                                2020,
                                "",
                                ""};
inline constexpr double kFlopsPerParameterToken = 6;

// Model FLOPs utilization: PaLM reached 46.2 % on TPU v4 (Chowdhery et al. 2022, Table 3),
// Llama 3 38-43 % on H100 (Dubey et al. 2024, Table 4); 0.40 is a round central value, 0.30-0.50
// the range most published large runs fall in.
inline constexpr Source kMfuSources{"chowdhery2022palm",
                                    "PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4",
                                    "Chowdhery et al.; Dubey et al.",
                                    "https://arxiv.org/abs/2204.02311",
                                    2022,
                                    "",
                                    ""};
inline constexpr double kMfu = 0.40, kMfuLow = 0.30, kMfuHigh = 0.50;

// The share of a TDP an accelerator draws on average in training: Patterson et al. 2021 (Table 3)
// measured 0.6 to 1.1 times the TDP per processor, the upper end with the host's share included.
inline constexpr Source kPatterson{"patterson2021carbon",
                                   "Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3",
                                   "Patterson et al.",
                                   "https://arxiv.org/abs/2104.10350",
                                   2021,
                                   "",
                                   ""};
inline constexpr double kTdpShareLow = 0.6, kTdpShareHigh = 1.1;

// Embodied emissions, the BLOOM method (Luccioni, Viguier, Ligozat 2022, "Estimating the Carbon
// Footprint of BLOOM", arXiv:2211.02001, section 4.1): 150 kg CO2e per GPU and 2,500 kg per
// server without its GPUs, amortised over a 6-year life at 85 % use.
inline constexpr Source kBloom{"luccioni2022bloom",
                               "Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)",
                               "Luccioni, Viguier, Ligozat",
                               "https://arxiv.org/abs/2211.02001",
                               2022,
                               "",
                               ""};
inline constexpr double kEmbodiedKgPerAccelerator = 150;
inline constexpr double kEmbodiedKgPerServer = 2500;
inline constexpr double kAcceleratorsPerServer = 8;
inline constexpr double kLifetimeYears = 6;
inline constexpr double kLifetimeUse = 0.85;

}  // namespace mlcarbon::assumptions
