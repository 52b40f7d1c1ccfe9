# --compat: four tools' rules beside mlcarbon's.
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat codecarbon
| mlcarbon estimate: 4 x NVIDIA Tesla V100 PCIe 16 GB for 10 h in country:DE (Germany)
|
|   energy      20.135 kWh  (facility, PUE 1.56 included)
|   emissions   6.6376 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         6.6376 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.2299 to 9.7485 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 7.0517 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                250  W          TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                     512  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                     1.2907  kW         = 4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    12.907  kWh        = 1.2907 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              20.135  kWh        = 12.907 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   6.6376  kg CO2e    = 20.135 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                6.6376  kg CO2e    = 6.6376 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          7.0517  kg CO2e    = 6.6376 + 0.41409
|
| Range (3.2299 to 9.7485 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  4.5806 to 7.1518  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  4.6803 to 7.1056  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74  6.6376 to 8.4516  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As CodeCarbon would compute it (CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to 3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators         1,000     1,000  W          4 x 250 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs             42.5       100  W          200 W TDP x 1 socket x (0.1 + 0.9 x 0.5^3): its load curve
|   memory                  38    190.72  W          8 DIMMs guessed from 512 GB at 5 W, less beyond 4, 8, 16 DIMMs
|   fixed overhead           0         0  W          not counted
|   IT energy           10.805    12.907  kWh        (1,000 + 42.5 + 38) W x 10 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy              10.805    20.135  kWh        10.805 kWh x PUE 1
|   grid intensity      329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                3.5619    6.6376  kg         10.805 kWh x 329.65 g/kWh / 1000
|   CodeCarbon's CO2e is 0.53662 x mlcarbon's: IT energy x 0.83713, PUE x 0.64103, grid intensity x 1
|   - Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package instead of using its load curve; without psutil it uses half the TDP (--compat codecarbon:constant).
|   - CodeCarbon looks the intensity up in its own table (Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then Our World in Data countries; for GCP regions its impact.csv); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat carbontracker
| mlcarbon estimate: 4 x NVIDIA Tesla V100 PCIe 16 GB for 10 h in country:DE (Germany)
|
|   energy      20.135 kWh  (facility, PUE 1.56 included)
|   emissions   6.6376 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         6.6376 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.2299 to 9.7485 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 7.0517 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                250  W          TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                     512  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                     1.2907  kW         = 4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    12.907  kWh        = 1.2907 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              20.135  kWh        = 12.907 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   6.6376  kg CO2e    = 20.135 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                6.6376  kg CO2e    = 6.6376 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          7.0517  kg CO2e    = 6.6376 + 0.41409
|
| Range (3.2299 to 9.7485 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  4.5806 to 7.1518  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  4.6803 to 7.1056  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74  6.6376 to 8.4516  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As Carbontracker would compute it (Carbontracker 2.2.0 and later (May 2025): without RAPL, the detected CPU at half its TDP, one value a machine; PUE 1.58 (PUE_2023) and world fallback 481 g/kWh since v2.0.0 (September 2024); its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators            1,000     1,000  W          4 x 250 W x 1: Carbontracker reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs                 100       100  W          200 W TDP / 2: its estimate without RAPL (no utilization)
|   memory                      0    190.72  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy                  11    12.907  kWh        (1,000 + 100 + 0) W x 10 h / 1000
|   PUE                      1.58      1.56             its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)
|   energy                  17.38    20.135  kWh        11 kWh x PUE 1.58
|   grid intensity         329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                   5.7293    6.6376  kg         17.38 kWh x 329.65 g/kWh / 1000
|   Carbontracker's CO2e is 0.86316 x mlcarbon's: IT energy x 0.85224, PUE x 1.0128, grid intensity x 1
|   - Carbontracker looks the intensity up in its own table (Electricity Maps with a key, else Our World in Data countries by the machine's IP address); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat green-algorithms
| mlcarbon estimate: 4 x NVIDIA Tesla V100 PCIe 16 GB for 10 h in country:DE (Germany)
|
|   energy      20.135 kWh  (facility, PUE 1.56 included)
|   emissions   6.6376 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         6.6376 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.2299 to 9.7485 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 7.0517 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                250  W          TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                     512  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                     1.2907  kW         = 4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    12.907  kWh        = 1.2907 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              20.135  kWh        = 12.907 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   6.6376  kg CO2e    = 20.135 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                6.6376  kg CO2e    = 6.6376 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          7.0517  kg CO2e    = 6.6376 + 0.41409
|
| Range (3.2299 to 9.7485 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  4.5806 to 7.1518  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  4.6803 to 7.1056  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74  6.6376 to 8.4516  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators               1,000     1,000  W          4 x 250 W TDP x usage 1
|   host CPUs                    100       100  W          64 cores x 3.125 W/core (TDP / cores) x usage 0.5
|   memory                    190.72    190.72  W          512 GB x 0.3725 W/GB (memory requested)
|   fixed overhead                 0         0  W          not counted
|   IT energy                 12.907    12.907  kWh        (1,000 + 100 + 190.72) W x 10 h / 1000
|   PUE                         1.56      1.56             its default for an unknown or local data centre (Uptime Institute 2024)
|   energy                    20.135    20.135  kWh        12.907 kWh x PUE 1.56
|   grid intensity            329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                      6.6376    6.6376  kg         20.135 kWh x 329.65 g/kWh / 1000
|   Green Algorithms' CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat mlco2
| mlcarbon estimate: 4 x NVIDIA Tesla V100 PCIe 16 GB for 10 h in country:DE (Germany)
|
|   energy      20.135 kWh  (facility, PUE 1.56 included)
|   emissions   6.6376 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         6.6376 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.2299 to 9.7485 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 7.0517 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                250  W          TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                     512  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                     1.2907  kW         = 4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    12.907  kWh        = 1.2907 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              20.135  kWh        = 12.907 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   6.6376  kg CO2e    = 20.135 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                6.6376  kg CO2e    = 6.6376 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          7.0517  kg CO2e    = 6.6376 + 0.41409
|
| Range (3.2299 to 9.7485 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  4.5806 to 7.1518  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  4.6803 to 7.1056  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74  6.6376 to 8.4516  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As ML CO2 Impact calculator would compute it (the web calculator at mlco2.github.io/impact (Lacoste et al. 2019); its rules as stated in mlco2/impact, js/grayscale.js and js/data.js):
|   factor          ML CO2 Impact calculator  mlcarbon  unit       ML CO2 Impact calculator's rule
|   accelerators                       1,000     1,000  W          4 x 250 W (the TDP in full): the calculator has no utilization
|   host CPUs                              0       100  W          not counted: the calculator counts the accelerators only
|   memory                                 0    190.72  W          not counted: the calculator counts the accelerators only
|   fixed overhead                         0         0  W          not counted
|   IT energy                             10    12.907  kWh        round2(250 W x 40 device-hours / 1000)
|   PUE                                    1      1.56             not applied: the calculator has no PUE
|   energy                                10    20.135  kWh        = IT energy (no PUE)
|   grid intensity                       330    329.65  gCO2e/kWh  mlcarbon's figure for country:DE, truncated to 329 g and rounded to 0.33 kg/kWh
|   CO2e                                 3.3    6.6376  kg         round2(10 kWh x 0.33 kg/kWh)
|   ML CO2 Impact calculator's CO2e is 0.49717 x mlcarbon's: IT energy x 0.77476, PUE x 0.64103, grid intensity x 1.0011
|   - The calculator's own region table (impact.csv) dates from 2014-2018; this column uses mlcarbon's figure for country:DE with the calculator's rounding. To reproduce a published result exactly, give the figure it used with --intensity.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat codecarbon --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 20.135232000000002,
|   "it_energy_kwh": 12.907200000000001,
|   "co2e_kg": 6.6375792288,
|   "offset_kg": 0,
|   "net_co2e_kg": 6.6375792288,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.4140925776703375,
|   "total_with_embodied_kg": 7.051671806470337,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 3.229884328,
|     "co2e_kg_high": 9.74847157376,
|     "energy_kwh_low": 9.79792,
|     "energy_kwh_high": 23.225024,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 4.5805632288,
|         "co2e_kg_high": 7.151833228800001,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 4.680344328000001,
|         "co2e_kg_high": 7.1056136616000005,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       },
|       {
|         "name": "intensity",
|         "low": 329.65,
|         "central": 329.65,
|         "high": 419.74,
|         "co2e_kg_low": 6.6375792288,
|         "co2e_kg_high": 8.451562279680001,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "v100-pcie-16gb",
|     "hardware_name": "NVIDIA Tesla V100 PCIe 16 GB",
|     "count": 4,
|     "power_w": 250,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-v100-datasheet",
|       "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|       "year": 2018,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 10,
|     "energy_kwh": null,
|     "region": "country:DE",
|     "region_name": "Germany",
|     "grid": "DE",
|     "pue": 1.56,
|     "pue_origin": "default",
|     "pue_year": 2024,
|     "pue_source": {
|       "key": "uptime-2024",
|       "title": "Uptime Institute Global Data Center Survey 2024",
|       "publisher": "Uptime Institute",
|       "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|       "year": 2024,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 329.65,
|     "intensity_origin": "grid",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "owid-carbon-intensity",
|       "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|       "publisher": "Our World in Data",
|       "url": "https://github.com/owid/energy-data",
|       "year": 2026,
|       "license": "CC BY 4.0"
|     },
|     "intensity_scope": "country",
|     "published_intensity_g_per_kwh": 329.65,
|     "published_intensity_basis": "lifecycle",
|     "basis_conversion_g_per_kwh": 0,
|     "basis_conversion_mix_year": null,
|     "basis_conversion_mix_source": null,
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": "epyc-7702",
|     "cpu_count": 1,
|     "cpu_power_w": 200,
|     "cpu_power_origin": "hardware",
|     "cpu_utilization": 0.5,
|     "memory_gb": 512,
|     "memory_w_per_gb": 0.3725,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "utilization",
|       "pue",
|       "intensity"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 4,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 250,
|       "unit": "W",
|       "source": "TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)",
|       "formula": ""
|     },
|     {
|       "name": "utilization",
|       "label": "utilization",
|       "value": 1,
|       "unit": "of power",
|       "source": "default: the full TDP (--utilization not given)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 1,
|       "unit": "packages",
|       "source": "--cpu-count (default 1)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_power_w",
|       "label": "power per CPU",
|       "value": 200,
|       "unit": "W",
|       "source": "TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_utilization",
|       "label": "CPU utilization",
|       "value": 0.5,
|       "unit": "of power",
|       "source": "--cpu-utilization",
|       "formula": ""
|     },
|     {
|       "name": "memory_gb",
|       "label": "host memory",
|       "value": 512,
|       "unit": "GB",
|       "source": "--memory-gb",
|       "formula": ""
|     },
|     {
|       "name": "memory_w_per_gb",
|       "label": "memory power",
|       "value": 0.3725,
|       "unit": "W/GB",
|       "source": "Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 1.29072,
|       "unit": "kW",
|       "source": "",
|       "formula": "4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 10,
|       "unit": "h",
|       "source": "--hours 10",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 12.907200000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "1.2907 kW x 10 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.56,
|       "unit": "",
|       "source": "default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 20.135232000000002,
|       "unit": "kWh",
|       "source": "",
|       "formula": "12.907 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 329.65,
|       "unit": "gCO2e/kWh",
|       "source": "Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 6.6375792288,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "20.135 kWh x 329.65 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 0,
|       "unit": "kg CO2e",
|       "source": "none bought (--offset / --offset-kg not given)",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 6.6375792288,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "6.6376 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.4140925776703375,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 7.051671806470337,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "6.6376 + 0.41409"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": {
|     "tool": "codecarbon",
|     "mode": "load",
|     "tool_name": "CodeCarbon",
|     "version": "CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to 3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0",
|     "rules_from": "mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)",
|     "energy_kwh": 10.805,
|     "co2e_kg": 3.5618682499999994,
|     "ratio": {
|       "co2e": 0.5366215795278643,
|       "it_energy": 0.8371296640634683,
|       "pue": 0.641025641025641,
|       "intensity": 1,
|       "rounding": 1
|     },
|     "lines": [
|       {
|         "name": "accelerators_w",
|         "label": "accelerators",
|         "unit": "W",
|         "tool": 1000,
|         "mlcarbon": 1000,
|         "rule": "4 x 250 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it"
|       },
|       {
|         "name": "cpu_w",
|         "label": "host CPUs",
|         "unit": "W",
|         "tool": 42.50000000000001,
|         "mlcarbon": 100,
|         "rule": "200 W TDP x 1 socket x (0.1 + 0.9 x 0.5^3): its load curve"
|       },
|       {
|         "name": "memory_w",
|         "label": "memory",
|         "unit": "W",
|         "tool": 38,
|         "mlcarbon": 190.72,
|         "rule": "8 DIMMs guessed from 512 GB at 5 W, less beyond 4, 8, 16 DIMMs"
|       },
|       {
|         "name": "overhead_w",
|         "label": "fixed overhead",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "not counted"
|       },
|       {
|         "name": "it_energy_kwh",
|         "label": "IT energy",
|         "unit": "kWh",
|         "tool": 10.805,
|         "mlcarbon": 12.907200000000001,
|         "rule": "(1,000 + 42.5 + 38) W x 10 h / 1000"
|       },
|       {
|         "name": "pue",
|         "label": "PUE",
|         "unit": "",
|         "tool": 1,
|         "mlcarbon": 1.56,
|         "rule": "its default: 1.0 unless pue is set"
|       },
|       {
|         "name": "energy_kwh",
|         "label": "energy",
|         "unit": "kWh",
|         "tool": 10.805,
|         "mlcarbon": 20.135232000000002,
|         "rule": "10.805 kWh x PUE 1"
|       },
|       {
|         "name": "intensity_g_per_kwh",
|         "label": "grid intensity",
|         "unit": "gCO2e/kWh",
|         "tool": 329.65,
|         "mlcarbon": 329.65,
|         "rule": "mlcarbon's figure for country:DE"
|       },
|       {
|         "name": "co2e_kg",
|         "label": "CO2e",
|         "unit": "kg",
|         "tool": 3.5618682499999994,
|         "mlcarbon": 6.6375792288,
|         "rule": "10.805 kWh x 329.65 g/kWh / 1000"
|       }
|     ],
|     "notes": [
|       "Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package instead of using its load curve; without psutil it uses half the TDP (--compat codecarbon:constant).",
|       "CodeCarbon looks the intensity up in its own table (Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then Our World in Data countries; for GCP regions its impact.csv); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity."
|     ]
|   },
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ mlcarbon estimate -g v100-pcie-16gb -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 --region DE --compat mlco2 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":20.135232000000002,"it_energy_kwh":12.907200000000001,"co2e_kg":6.6375792288,"offset_kg":0,"net_co2e_kg":6.6375792288,"market_co2e_kg":null,"embodied_kg":0.4140925776703375,"total_with_embodied_kg":7.051671806470337,"uncertainty":{"method":"interval bounds","co2e_kg_low":3.229884328,"co2e_kg_high":9.74847157376,"energy_kwh_low":9.79792,"energy_kwh_high":23.225024,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":4.5805632288,"co2e_kg_high":7.151833228800001,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.1,"central":1.56,"high":1.67,"co2e_kg_low":4.680344328000001,"co2e_kg_high":7.1056136616000005,"basis":"range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"},{"name":"intensity","low":329.65,"central":329.65,"high":419.74,"co2e_kg_low":6.6375792288,"co2e_kg_high":8.451562279680001,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"}]},"inputs":{"hardware":"v100-pcie-16gb","hardware_name":"NVIDIA Tesla V100 PCIe 16 GB","count":4,"power_w":250,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-v100-datasheet","title":"NVIDIA Tesla V100 GPU Accelerator datasheet","publisher":"NVIDIA","url":"https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf","year":2018,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":10,"energy_kwh":null,"region":"country:DE","region_name":"Germany","grid":"DE","pue":1.56,"pue_origin":"default","pue_year":2024,"pue_source":{"key":"uptime-2024","title":"Uptime Institute Global Data Center Survey 2024","publisher":"Uptime Institute","url":"https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":329.65,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":329.65,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":"epyc-7702","cpu_count":1,"cpu_power_w":200,"cpu_power_origin":"hardware","cpu_utilization":0.5,"memory_gb":512,"memory_w_per_gb":0.3725,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":4,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":250,"unit":"W","source":"TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"cpu_count","label":"host CPUs","value":1,"unit":"packages","source":"--cpu-count (default 1)","formula":""},{"name":"cpu_power_w","label":"power per CPU","value":200,"unit":"W","source":"TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)","formula":""},{"name":"cpu_utilization","label":"CPU utilization","value":0.5,"unit":"of power","source":"--cpu-utilization","formula":""},{"name":"memory_gb","label":"host memory","value":512,"unit":"GB","source":"--memory-gb","formula":""},{"name":"memory_w_per_gb","label":"memory power","value":0.3725,"unit":"W/GB","source":"Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)","formula":""},{"name":"it_power_kw","label":"IT power","value":1.29072,"unit":"kW","source":"","formula":"4 x 250 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000"},{"name":"hours","label":"duration","value":10,"unit":"h","source":"--hours 10","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":12.907200000000001,"unit":"kWh","source":"","formula":"1.2907 kW x 10 h"},{"name":"pue","label":"PUE","value":1.56,"unit":"","source":"default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)","formula":""},{"name":"energy_kwh","label":"facility energy","value":20.135232000000002,"unit":"kWh","source":"","formula":"12.907 kWh x PUE 1.56"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":329.65,"unit":"gCO2e/kWh","source":"Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":6.6375792288,"unit":"kg CO2e","source":"","formula":"20.135 kWh x 329.65 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":6.6375792288,"unit":"kg CO2e","source":"","formula":"6.6376 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":0.4140925776703375,"unit":"kg CO2e","source":"","formula":"4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":7.051671806470337,"unit":"kg CO2e","source":"","formula":"6.6376 + 0.41409"}],"provider_claims":[],"equivalents":[],"compat":{"tool":"mlco2","mode":null,"tool_name":"ML CO2 Impact calculator","version":"the web calculator at mlco2.github.io/impact (Lacoste et al. 2019)","rules_from":"mlco2/impact, js/grayscale.js and js/data.js","energy_kwh":10,"co2e_kg":3.3,"ratio":{"co2e":0.49716920676163484,"it_energy":0.7747613734969628,"pue":0.641025641025641,"intensity":1.0010617321401487,"rounding":1.0000000000000002},"lines":[{"name":"accelerators_w","label":"accelerators","unit":"W","tool":1000,"mlcarbon":1000,"rule":"4 x 250 W (the TDP in full): the calculator has no utilization"},{"name":"cpu_w","label":"host CPUs","unit":"W","tool":0,"mlcarbon":100,"rule":"not counted: the calculator counts the accelerators only"},{"name":"memory_w","label":"memory","unit":"W","tool":0,"mlcarbon":190.72,"rule":"not counted: the calculator counts the accelerators only"},{"name":"overhead_w","label":"fixed overhead","unit":"W","tool":0,"mlcarbon":0,"rule":"not counted"},{"name":"it_energy_kwh","label":"IT energy","unit":"kWh","tool":10,"mlcarbon":12.907200000000001,"rule":"round2(250 W x 40 device-hours / 1000)"},{"name":"pue","label":"PUE","unit":"","tool":1,"mlcarbon":1.56,"rule":"not applied: the calculator has no PUE"},{"name":"energy_kwh","label":"energy","unit":"kWh","tool":10,"mlcarbon":20.135232000000002,"rule":"= IT energy (no PUE)"},{"name":"intensity_g_per_kwh","label":"grid intensity","unit":"gCO2e/kWh","tool":330,"mlcarbon":329.65,"rule":"mlcarbon's figure for country:DE, truncated to 329 g and rounded to 0.33 kg/kWh"},{"name":"co2e_kg","label":"CO2e","unit":"kg","tool":3.3,"mlcarbon":6.6375792288,"rule":"round2(10 kWh x 0.33 kg/kWh)"}],"notes":["The calculator's own region table (impact.csv) dates from 2014-2018; this column uses mlcarbon's figure for country:DE with the calculator's rounding. To reproduce a published result exactly, give the figure it used with --intensity."]},"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.","The grid intensity describes 2025: an annual average, not the hours of this run."]}

# No place given: the tool's fallback intensity
$ mlcarbon estimate -g v100 --hours 100 --compat mlco2
| mlcarbon estimate: 1 x NVIDIA Tesla V100 SXM2 16 GB for 100 h in a private site
|
|   energy      46.8 kWh  (facility, PUE 1.56 included)
|   emissions   20.218 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         20.218 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       8.5536 to 23.808 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 21.253 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               300  W          TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.3  kW         = 1 x 300 W x 1 / 1000
|   duration                       100  h          --hours 100
|   IT energy                       30  kWh        = 0.3 kW x 100 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               46.8  kWh        = 30 kWh x PUE 1.56
|   grid intensity                 432  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  20.218  kg CO2e    = 46.8 kWh x 432 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               20.218  kg CO2e    = 20.218 - 0
|   embodied (manufacturing)    1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         21.253  kg CO2e    = 20.218 + 1.0352
|
| Range (8.5536 to 23.808 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high           kg CO2e  basis
|   power per device  0.6   1.1  12.131 to 22.239  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67  14.256 to 21.643  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As ML CO2 Impact calculator would compute it (the web calculator at mlco2.github.io/impact (Lacoste et al. 2019); its rules as stated in mlco2/impact, js/grayscale.js and js/data.js):
|   factor          ML CO2 Impact calculator  mlcarbon  unit       ML CO2 Impact calculator's rule
|   accelerators                         300       300  W          1 x 300 W (the TDP in full): the calculator has no utilization
|   host CPUs                              0         0  W          not counted: the calculator counts the accelerators only
|   memory                                 0         0  W          not counted: the calculator counts the accelerators only
|   fixed overhead                         0         0  W          not counted
|   IT energy                             30        30  kWh        round2(300 W x 100 device-hours / 1000)
|   PUE                                    1      1.56             not applied: the calculator has no PUE
|   energy                                30      46.8  kWh        = IT energy (no PUE)
|   grid intensity                       432       432  gCO2e/kWh  the calculator's private-infrastructure default, 0.432 kg/kWh (OECD 2014 average)
|   CO2e                               12.96    20.218  kg         round2(30 kWh x 0.432 kg/kWh)
|   ML CO2 Impact calculator's CO2e is 0.64103 x mlcarbon's: IT energy x 1, PUE x 0.64103, grid intensity x 1
|   - No place was given: both columns use the calculator's private-infrastructure default, 0.432 kg/kWh (OECD 2014 average).
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate -g v100 --hours 100 --compat codecarbon
| mlcarbon estimate: 1 x NVIDIA Tesla V100 SXM2 16 GB for 100 h in a private site
|
|   energy      46.8 kWh  (facility, PUE 1.56 included)
|   emissions   22.23 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         22.23 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       9.405 to 26.177 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 23.265 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               300  W          TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.3  kW         = 1 x 300 W x 1 / 1000
|   duration                       100  h          --hours 100
|   IT energy                       30  kWh        = 0.3 kW x 100 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               46.8  kWh        = 30 kWh x PUE 1.56
|   grid intensity                 475  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)   22.23  kg CO2e    = 46.8 kWh x 475 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                22.23  kg CO2e    = 22.23 - 0
|   embodied (manufacturing)    1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         23.265  kg CO2e    = 22.23 + 1.0352
|
| Range (9.405 to 26.177 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high           kg CO2e  basis
|   power per device  0.6   1.1  13.338 to 24.453  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67  15.675 to 23.797  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As CodeCarbon would compute it (CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to 3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators           300       300  W          1 x 300 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs                0         0  W          no CPU stated
|   memory                   0         0  W          no memory stated
|   fixed overhead           0         0  W          not counted
|   IT energy               30        30  kWh        (300 + 0 + 0) W x 100 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy                  30      46.8  kWh        30 kWh x PUE 1
|   grid intensity         475       475  gCO2e/kWh  CodeCarbon's world average, 475 g/kWh, used when it cannot locate the machine
|   CO2e                 14.25     22.23  kg         30 kWh x 475 g/kWh / 1000
|   CodeCarbon's CO2e is 0.64103 x mlcarbon's: IT energy x 1, PUE x 0.64103, grid intensity x 1
|   - No place was given: both columns use CodeCarbon's world average, 475 g/kWh, used when it cannot locate the machine.
|   - No host CPU was stated; CodeCarbon always counts the machine's CPU: by its TDP when its table has the model, else 4 W per thread (3.0.0 and later; --compat codecarbon:threads=N), or 85 W when it detects no CPU (--compat codecarbon:no-cpu). Give --cpu (and --cpu-utilization) to include it.
|   - No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb (the machine's total, not the job's use) to include it.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate -g v100 --hours 100 --compat carbontracker
| mlcarbon estimate: 1 x NVIDIA Tesla V100 SXM2 16 GB for 100 h in a private site
|
|   energy      46.8 kWh  (facility, PUE 1.56 included)
|   emissions   22.511 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         22.511 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       9.5238 to 26.508 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 23.546 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               300  W          TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.3  kW         = 1 x 300 W x 1 / 1000
|   duration                       100  h          --hours 100
|   IT energy                       30  kWh        = 0.3 kW x 100 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               46.8  kWh        = 30 kWh x PUE 1.56
|   grid intensity                 481  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  22.511  kg CO2e    = 46.8 kWh x 481 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               22.511  kg CO2e    = 22.511 - 0
|   embodied (manufacturing)    1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         23.546  kg CO2e    = 22.511 + 1.0352
|
| Range (9.5238 to 26.508 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high           kg CO2e  basis
|   power per device  0.6   1.1  13.506 to 24.762  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67  15.873 to 24.098  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As Carbontracker would compute it (Carbontracker 2.2.0 and later (May 2025): without RAPL, the detected CPU at half its TDP, one value a machine; PUE 1.58 (PUE_2023) and world fallback 481 g/kWh since v2.0.0 (September 2024); its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators              300       300  W          1 x 300 W x 1: Carbontracker reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs                   0         0  W          no CPU stated
|   memory                      0         0  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy                  30        30  kWh        (300 + 0 + 0) W x 100 h / 1000
|   PUE                      1.58      1.56             its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)
|   energy                   47.4      46.8  kWh        30 kWh x PUE 1.58
|   grid intensity            481       481  gCO2e/kWh  Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine
|   CO2e                   22.799    22.511  kg         47.4 kWh x 481 g/kWh / 1000
|   Carbontracker's CO2e is 1.0128 x mlcarbon's: IT energy x 1, PUE x 1.0128, grid intensity x 1
|   - No place was given: both columns use Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine.
|   - No host CPU was stated; without RAPL Carbontracker counts the CPU it detects at half its TDP, or 35.612 W when it cannot identify it (--compat carbontracker:no-cpu). Give --cpu (or --cpu-tdp) to include it.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate -g v100 --hours 100 --compat green-algorithms --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 46.800000000000004,
|   "it_energy_kwh": 30,
|   "co2e_kg": 22.230000000000004,
|   "offset_kg": 0,
|   "net_co2e_kg": 22.230000000000004,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.035231444175844,
|   "total_with_embodied_kg": 23.265231444175846,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 9.405,
|     "co2e_kg_high": 26.17725,
|     "energy_kwh_low": 19.8,
|     "energy_kwh_high": 55.11,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 13.338,
|         "co2e_kg_high": 24.453000000000003,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 15.675,
|         "co2e_kg_high": 23.797499999999996,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "v100-sxm2-16gb",
|     "hardware_name": "NVIDIA Tesla V100 SXM2 16 GB",
|     "count": 1,
|     "power_w": 300,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-v100-datasheet",
|       "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|       "year": 2018,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 100,
|     "energy_kwh": null,
|     "region": null,
|     "region_name": null,
|     "grid": null,
|     "pue": 1.56,
|     "pue_origin": "default",
|     "pue_year": 2024,
|     "pue_source": {
|       "key": "uptime-2024",
|       "title": "Uptime Institute Global Data Center Survey 2024",
|       "publisher": "Uptime Institute",
|       "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|       "year": 2024,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 475,
|     "intensity_origin": "user",
|     "intensity_year": null,
|     "intensity_basis": "lifecycle",
|     "intensity_source": null,
|     "intensity_scope": null,
|     "published_intensity_g_per_kwh": null,
|     "published_intensity_basis": null,
|     "basis_conversion_g_per_kwh": null,
|     "basis_conversion_mix_year": null,
|     "basis_conversion_mix_source": null,
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": null,
|     "cpu_count": 0,
|     "cpu_power_w": 0,
|     "cpu_power_origin": null,
|     "cpu_utilization": 1,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "count",
|       "utilization",
|       "pue"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 1,
|       "unit": "device",
|       "source": "default (--count not given)",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 300,
|       "unit": "W",
|       "source": "TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)",
|       "formula": ""
|     },
|     {
|       "name": "utilization",
|       "label": "utilization",
|       "value": 1,
|       "unit": "of power",
|       "source": "default: the full TDP (--utilization not given)",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 0.3,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 300 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 100,
|       "unit": "h",
|       "source": "--hours 100",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 30,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.3 kW x 100 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.56,
|       "unit": "",
|       "source": "default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 46.800000000000004,
|       "unit": "kWh",
|       "source": "",
|       "formula": "30 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 475,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 22.230000000000004,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "46.8 kWh x 475 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 0,
|       "unit": "kg CO2e",
|       "source": "none bought (--offset / --offset-kg not given)",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 22.230000000000004,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "22.23 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 1.035231444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 23.265231444175846,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "22.23 + 1.0352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": {
|     "tool": "green-algorithms",
|     "mode": null,
|     "tool_name": "Green Algorithms",
|     "version": "Green Algorithms v3.0 (green-algorithms.org)",
|     "rules_from": "GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)",
|     "energy_kwh": 46.800000000000004,
|     "co2e_kg": 22.230000000000004,
|     "ratio": {
|       "co2e": 1,
|       "it_energy": 1,
|       "pue": 1,
|       "intensity": 1,
|       "rounding": 1
|     },
|     "lines": [
|       {
|         "name": "accelerators_w",
|         "label": "accelerators",
|         "unit": "W",
|         "tool": 300,
|         "mlcarbon": 300,
|         "rule": "1 x 300 W TDP x usage 1"
|       },
|       {
|         "name": "cpu_w",
|         "label": "host CPUs",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "no CPU stated"
|       },
|       {
|         "name": "memory_w",
|         "label": "memory",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "no memory stated"
|       },
|       {
|         "name": "overhead_w",
|         "label": "fixed overhead",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "not counted"
|       },
|       {
|         "name": "it_energy_kwh",
|         "label": "IT energy",
|         "unit": "kWh",
|         "tool": 30,
|         "mlcarbon": 30,
|         "rule": "(300 + 0 + 0) W x 100 h / 1000"
|       },
|       {
|         "name": "pue",
|         "label": "PUE",
|         "unit": "",
|         "tool": 1.56,
|         "mlcarbon": 1.56,
|         "rule": "its default for an unknown or local data centre (Uptime Institute 2024)"
|       },
|       {
|         "name": "energy_kwh",
|         "label": "energy",
|         "unit": "kWh",
|         "tool": 46.800000000000004,
|         "mlcarbon": 46.800000000000004,
|         "rule": "30 kWh x PUE 1.56"
|       },
|       {
|         "name": "intensity_g_per_kwh",
|         "label": "grid intensity",
|         "unit": "gCO2e/kWh",
|         "tool": 475,
|         "mlcarbon": 475,
|         "rule": "Green Algorithms' world figure, 475 g/kWh (IEA 2019)"
|       },
|       {
|         "name": "co2e_kg",
|         "label": "CO2e",
|         "unit": "kg",
|         "tool": 22.230000000000004,
|         "mlcarbon": 22.230000000000004,
|         "rule": "46.8 kWh x 475 g/kWh / 1000"
|       }
|     ],
|     "notes": [
|       "No place was given: both columns use Green Algorithms' world figure, 475 g/kWh (IEA 2019).",
|       "Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term."
|     ]
|   },
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "No --region given: a private site, with the intensity given by --intensity.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site."
|   ]
| }

# A stated intensity and PUE; a Google Cloud region; an instance
$ mlcarbon estimate -g V100-PCIe-16GB --hours 100 -r gcp:us-central1 --intensity 566.3 --compat mlco2
| mlcarbon estimate: 1 x NVIDIA Tesla V100 PCIe 16 GB for 100 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      27.25 kWh  (facility, PUE 1.09 included)
|   emissions   15.432 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         15.432 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       9.0891 to 17.598 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 16.467 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               250  W          TDP of NVIDIA Tesla V100 PCIe 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                      0.25  kW         = 1 x 250 W x 1 / 1000
|   duration                       100  h          --hours 100
|   IT energy                       25  kWh        = 0.25 kW x 100 h
|   PUE                           1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy              27.25  kWh        = 25 kWh x PUE 1.09
|   grid intensity               566.3  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  15.432  kg CO2e    = 27.25 kWh x 566.3 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               15.432  kg CO2e    = 15.432 - 0
|   embodied (manufacturing)    1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         16.467  kg CO2e    = 15.432 + 1.0352
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (9.0891 to 17.598 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1   9.259 to 16.975  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.07  1.13  15.149 to 15.998  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| As ML CO2 Impact calculator would compute it (the web calculator at mlco2.github.io/impact (Lacoste et al. 2019); its rules as stated in mlco2/impact, js/grayscale.js and js/data.js):
|   factor          ML CO2 Impact calculator  mlcarbon  unit       ML CO2 Impact calculator's rule
|   accelerators                         250       250  W          1 x 250 W (the TDP in full): the calculator has no utilization
|   host CPUs                              0         0  W          not counted: the calculator counts the accelerators only
|   memory                                 0         0  W          not counted: the calculator counts the accelerators only
|   fixed overhead                         0         0  W          not counted
|   IT energy                             25        25  kWh        round2(250 W x 100 device-hours / 1000)
|   PUE                                    1      1.09             not applied: the calculator has no PUE
|   energy                                25     27.25  kWh        = IT energy (no PUE)
|   grid intensity                       570     566.3  gCO2e/kWh  the stated figure for gcp:us-central1, truncated to 566 g and rounded to 0.57 kg/kWh
|   CO2e                               14.25    15.432  kg         round2(25 kWh x 0.57 kg/kWh)
|   ML CO2 Impact calculator's CO2e is 0.92343 x mlcarbon's: IT energy x 1, PUE x 0.91743, grid intensity x 1.0065
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - --intensity replaces the 477.23 g/kWh (2025, lifecycle basis) of gcp:us-central1.
$ mlcarbon estimate --power 300 --hours 100 --intensity 432 --pue 1.5 --compat carbontracker
| mlcarbon estimate: 1 x device(s) at 300 W for 100 h in a private site
|
|   energy      45 kWh  (facility, PUE 1.5 included)
|   emissions   19.44 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         19.44 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                      value  unit       source / how it is computed
|   devices                         1  device     default (--count not given)
|   power per device              300  W          --power (measured average per device)
|   utilization                     1  of power   not applied: --power is already an average
|   IT power                      0.3  kW         = 1 x 300 W x 1 / 1000
|   duration                      100  h          --hours 100
|   IT energy                      30  kWh        = 0.3 kW x 100 h
|   PUE                           1.5             --pue
|   facility energy                45  kWh        = 30 kWh x PUE 1.5
|   grid intensity                432  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  19.44  kg CO2e    = 45 kWh x 432 g/kWh / 1000
|   offsets bought                  0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               19.44  kg CO2e    = 19.44 - 0
|
| As Carbontracker would compute it (Carbontracker 2.2.0 and later (May 2025): without RAPL, the detected CPU at half its TDP, one value a machine; PUE 1.58 (PUE_2023) and world fallback 481 g/kWh since v2.0.0 (September 2024); its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators              300       300  W          1 x 300 W x 1: Carbontracker reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs                   0         0  W          no CPU stated
|   memory                      0         0  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy                  30        30  kWh        (300 + 0 + 0) W x 100 h / 1000
|   PUE                      1.58       1.5             its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)
|   energy                   47.4        45  kWh        30 kWh x PUE 1.58
|   grid intensity            432       432  gCO2e/kWh  the stated intensity
|   CO2e                   20.477     19.44  kg         47.4 kWh x 432 g/kWh / 1000
|   Carbontracker's CO2e is 1.0533 x mlcarbon's: IT energy x 1, PUE x 1.0533, grid intensity x 1
|   - No host CPU was stated; without RAPL Carbontracker counts the CPU it detects at half its TDP, or 35.612 W when it cannot identify it (--compat carbontracker:no-cpu). Give --cpu (or --cpu-tdp) to include it.
|   - Carbontracker's PUE is a constant; the stated PUE 1.5 is not used in its column.
|
| Assumptions:
|   - No --hardware given: the device is described only by --power.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --power 300 --hours 100 --intensity 432 --pue 1.5 -u 0.5 --compat mlco2
! mlcarbon: error: --utilization conflicts with --power: a measured average power already includes utilization
[2]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r gcp:europe-west1 --compat green-algorithms
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:europe-west1 (Belgium (St. Ghislain))
|
|   energy      83.712 kWh  (facility, PUE 1.09 included)
|   emissions   16.154 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         16.154 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       8.3776 to 18.422 kg CO2e  (interval bounds; widest factor: power per device)
|   market      3.3924 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 18.142 kg CO2e
|
| Breakdown:
|   factor                                   value  unit       source / how it is computed
|   devices                                      8  devices    --count
|   power per device                           400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                                  1  of power   default: the full TDP (--utilization not given)
|   IT power                                   3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                                    24  h          --hours 24
|   IT energy                                 76.8  kWh        = 3.2 kW x 24 h
|   PUE                                       1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                         83.712  kWh        = 76.8 kWh x PUE 1.09
|   published intensity                     126.43  gCO2e/kWh  gcp:europe-west1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                        66.543  gCO2e/kWh  direct to lifecycle: BE's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                          192.97  gCO2e/kWh  = 126.43 + 66.543 g/kWh (lifecycle basis)
|   emissions (location-based)              16.154  kg CO2e    = 83.712 kWh x 192.97 g/kWh / 1000
|   offsets bought                               0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                           16.154  kg CO2e    = 16.154 - 0
|   emissions (market-based, provider CFE)  3.3924  kg CO2e    = 16.154 x (1 - 79% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                     18.142  kg CO2e    = 16.154 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (8.3776 to 18.422 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1   9.6925 to 17.77  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    169.91  192.97  14.224 to 16.154  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE                 1.07    1.13  15.858 to 16.747  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators               3,200     3,200  W          8 x 400 W TDP x usage 1
|   host CPUs                      0         0  W          no CPU stated
|   memory                         0         0  W          no memory stated
|   fixed overhead                 0         0  W          not counted
|   IT energy                   76.8      76.8  kWh        (3,200 + 0 + 0) W x 24 h / 1000
|   PUE                         1.08      1.09             its figure for this data centre (Google, 2020)
|   energy                    82.944    83.712  kWh        76.8 kWh x PUE 1.08
|   grid intensity            192.97    192.97  gCO2e/kWh  mlcarbon's figure for gcp:europe-west1
|   CO2e                      16.006    16.154  kg         82.944 kWh x 192.97 g/kWh / 1000
|   Green Algorithms' CO2e is 0.99083 x mlcarbon's: IT energy x 1, PUE x 0.99083, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for gcp:europe-west1. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (79%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of BE (--basis direct for the figure as published).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r gcp:asia-northeast1 --compat green-algorithms
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:asia-northeast1 (Tokyo)
|
|   energy      83.712 kWh  (facility, PUE 1.09 included)
|   emissions   44.681 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         44.681 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       26.316 to 52.362 kg CO2e  (interval bounds; widest factor: power per device)
|   market      34.404 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 46.668 kg CO2e
|
| Breakdown:
|   factor                                   value  unit       source / how it is computed
|   devices                                      8  devices    --count
|   power per device                           400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                                  1  of power   default: the full TDP (--utilization not given)
|   IT power                                   3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                                    24  h          --hours 24
|   IT energy                                 76.8  kWh        = 3.2 kW x 24 h
|   PUE                                       1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                         83.712  kWh        = 76.8 kWh x PUE 1.09
|   published intensity                     449.23  gCO2e/kWh  gcp:asia-northeast1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                        84.511  gCO2e/kWh  direct to lifecycle: JP's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                          533.74  gCO2e/kWh  = 449.23 + 84.511 g/kWh (lifecycle basis)
|   emissions (location-based)              44.681  kg CO2e    = 83.712 kWh x 533.74 g/kWh / 1000
|   offsets bought                               0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                           44.681  kg CO2e    = 44.681 - 0
|   emissions (market-based, provider CFE)  34.404  kg CO2e    = 44.681 x (1 - 23% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                     46.668  kg CO2e    = 44.681 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 23% carbon-free energy for gcp:asia-northeast1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (26.316 to 52.362 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  26.808 to 49.149  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.07    1.13   43.861 to 46.32  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|   grid intensity    533.74  548.51  44.681 to 45.917  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators               3,200     3,200  W          8 x 400 W TDP x usage 1
|   host CPUs                      0         0  W          no CPU stated
|   memory                         0         0  W          no memory stated
|   fixed overhead                 0         0  W          not counted
|   IT energy                   76.8      76.8  kWh        (3,200 + 0 + 0) W x 24 h / 1000
|   PUE                         1.12      1.09             its default for gcp
|   energy                    86.016    83.712  kWh        76.8 kWh x PUE 1.12
|   grid intensity            533.74    533.74  gCO2e/kWh  mlcarbon's figure for gcp:asia-northeast1
|   CO2e                       45.91    44.681  kg         86.016 kWh x 533.74 g/kWh / 1000
|   Green Algorithms' CO2e is 1.0275 x mlcarbon's: IT energy x 1, PUE x 1.0275, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for gcp:asia-northeast1. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (23%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of JP (--basis direct for the figure as published).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:eu-west-1 --compat green-algorithms --offset 20
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:eu-west-1 (Europe (Ireland) (Dublin))
|
|   energy      87.552 kWh  (facility, PUE 1.14 included)
|   emissions   22.461 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         17.968 kg CO2e  (after 4.4921 kg CO2e of offsets bought)
|   range       12.294 to 34.19 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 24.448 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                        24  h          --hours 24
|   IT energy                     76.8  kWh        = 3.2 kW x 24 h
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy             87.552  kWh        = 76.8 kWh x PUE 1.14
|   grid intensity              256.54  gCO2e/kWh  aws:eu-west-1 grid IE (Ireland, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  22.461  kg CO2e    = 87.552 kWh x 256.54 g/kWh / 1000
|   offsets bought              4.4921  kg CO2e    --offset 20% of gross
|   net emissions               17.968  kg CO2e    = 22.461 - 4.4921
|   embodied (manufacturing)    1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         24.448  kg CO2e    = 22.461 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (12.294 to 34.19 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  13.476 to 24.707  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    256.54  351.92  22.461 to 30.811  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE                 1.04    1.15   20.49 to 22.658  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators               3,200     3,200  W          8 x 400 W TDP x usage 1
|   host CPUs                      0         0  W          no CPU stated
|   memory                         0         0  W          no memory stated
|   fixed overhead                 0         0  W          not counted
|   IT energy                   76.8      76.8  kWh        (3,200 + 0 + 0) W x 24 h / 1000
|   PUE                          1.2      1.14             its default for aws
|   energy                     92.16    87.552  kWh        76.8 kWh x PUE 1.2
|   grid intensity            256.54    256.54  gCO2e/kWh  mlcarbon's figure for aws:eu-west-1
|   CO2e                      23.643    22.461  kg         92.16 kWh x 256.54 g/kWh / 1000
|   Green Algorithms' CO2e is 1.0526 x mlcarbon's: IT energy x 1, PUE x 1.0526, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for aws:eu-west-1. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Amazon Web Services publishes no per-region intensity: aws:eu-west-1 uses the national average (Ireland, IE).
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 24 -r aws:us-east-1 --compat codecarbon
| mlcarbon estimate: 16 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      226.58 kWh  (facility, PUE 1.14 included)
|   emissions   76.362 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         76.362 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       48.129 to 82.985 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    3.9753 kg CO2e  (manufacturing, amortised); total with embodied 80.337 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                         16  devices    2 x aws:p4d.24xlarge (8 per instance)
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   host CPUs                        4  packages   Intel Xeon Platinum 8275CL of aws:p4d.24xlarge
|   power per CPU                  240  W          TDP of Intel Xeon Platinum 8275CL: CodeCarbon cpu_power.csv (CPU name -> TDP) (2026)
|   CPU utilization                  1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                  2,474  GB         aws:p4d.24xlarge
|   memory power                0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    8.2815  kW         = 16 x 400 W x 1 / 1000 + 4 x 240 W x 1 / 1000 + 2,474 GB x 0.3725 W/GB / 1000
|   duration                        24  h          --hours 24
|   IT energy                   198.76  kWh        = 8.2815 kW x 24 h
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy             226.58  kWh        = 198.76 kWh x PUE 1.14
|   published intensity         270.49  gCO2e/kWh  aws:us-east-1 grid US-SRVC (SERC Virginia/Carolina (eGRID SRVC), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)
|   basis conversion            66.526  gCO2e/kWh  direct to lifecycle: US-SRVC's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity              337.02  gCO2e/kWh  = 270.49 + 66.526 g/kWh (lifecycle basis)
|   emissions (location-based)  76.362  kg CO2e    = 226.58 kWh x 337.02 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               76.362  kg CO2e    = 76.362 - 0
|   embodied (manufacturing)    3.9753  kg CO2e    = 16 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         80.337  kg CO2e    = 76.362 + 3.9753
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (48.129 to 82.985 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1  52.757 to 82.263  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.04  1.15  69.664 to 77.032  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| As CodeCarbon would compute it (CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to 3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators         6,400     6,400  W          16 x 400 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs              960       960  W          240 W TDP x 4 sockets x (0.1 + 0.9 x 1^3): its load curve
|   memory                  92    921.53  W          10 DIMMs guessed from 1,237 GB at 5 W, less beyond 4, 8, 16 DIMMs, x 2 nodes
|   fixed overhead           0         0  W          not counted
|   IT energy           178.85    198.76  kWh        (6,400 + 960 + 92) W x 24 h / 1000
|   PUE                      1      1.14             its default: 1.0 unless pue is set
|   energy              178.85    226.58  kWh        178.85 kWh x PUE 1
|   grid intensity      337.02    337.02  gCO2e/kWh  mlcarbon's figure for aws:us-east-1
|   CO2e                60.275    76.362  kg         178.85 kWh x 337.02 g/kWh / 1000
|   CodeCarbon's CO2e is 0.78933 x mlcarbon's: IT energy x 0.89983, PUE x 0.87719, grid intensity x 1
|   - Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package instead of using its load curve; without psutil it uses half the TDP (--compat codecarbon:constant).
|   - CodeCarbon looks the intensity up in its own table (Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then Our World in Data countries; for GCP regions its impact.csv); this column uses mlcarbon's figure for aws:us-east-1. To reproduce a published result exactly, give the intensity it used with --intensity.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (240 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2023: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-SRVC (--basis direct for the figure as published).
$ mlcarbon estimate -g a100 --hours 12 --cpu epyc-7702 --cpu-cores 12 --memory-gb 64 --pue 1.56 --intensity 30 --compat green-algorithms
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 12 h in a private site
|
|   energy      8.6363 kWh  (facility, PUE 1.56 included)
|   emissions   0.25909 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.25909 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.16923 to 0.28155 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.12423 kg CO2e  (manufacturing, amortised); total with embodied 0.38332 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                    0.1875  packages   --cpu-cores 12 / 64 cores per package
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                      64  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    0.46134  kW         = 1 x 400 W x 1 / 1000 + 0.1875 x 200 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000
|   duration                         12  h          --hours 12
|   IT energy                    5.5361  kWh        = 0.46134 kW x 12 h
|   PUE                            1.56             --pue
|   facility energy              8.6363  kWh        = 5.5361 kWh x PUE 1.56
|   grid intensity                   30  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.25909  kg CO2e    = 8.6363 kWh x 30 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.25909  kg CO2e    = 0.25909 - 0
|   embodied (manufacturing)    0.12423  kg CO2e    = 1 devices x 12 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.38332  kg CO2e    = 0.25909 + 0.12423
|
| Range (0.16923 to 0.28155 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high             kg CO2e  basis
|   power per device  0.6   1.1  0.16923 to 0.28155  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators                 400       400  W          1 x 400 W TDP x usage 1
|   host CPUs                   37.5      37.5  W          12 cores x 3.125 W/core (TDP / cores) x usage 1
|   memory                     23.84     23.84  W          64 GB x 0.3725 W/GB (memory requested)
|   fixed overhead                 0         0  W          not counted
|   IT energy                 5.5361    5.5361  kWh        (400 + 37.5 + 23.84) W x 12 h / 1000
|   PUE                         1.56      1.56             the stated PUE
|   energy                    8.6363    8.6363  kWh        5.5361 kWh x PUE 1.56
|   grid intensity                30        30  gCO2e/kWh  the stated intensity
|   CO2e                     0.25909   0.25909  kg         8.6363 kWh x 30 g/kWh / 1000
|   Green Algorithms' CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (200 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate -g a100 --hours 12 --compat GA -r FR
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 12 h in country:FR (France)
|
|   energy      7.488 kWh  (facility, PUE 1.56 included)
|   emissions   0.3103 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.3103 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.12824 to 0.69253 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.12423 kg CO2e  (manufacturing, amortised); total with embodied 0.43453 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                         12  h          --hours 12
|   IT energy                       4.8  kWh        = 0.4 kW x 12 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               7.488  kWh        = 4.8 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   0.3103  kg CO2e    = 7.488 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                0.3103  kg CO2e    = 0.3103 - 0
|   embodied (manufacturing)    0.12423  kg CO2e    = 1 devices x 12 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.43453  kg CO2e    = 0.3103 + 0.12423
|
| Range (0.12824 to 0.69253 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54  0.30311 to 0.58811  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.18618 to 0.34133  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67   0.2188 to 0.33218  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators                 400       400  W          1 x 400 W TDP x usage 1
|   host CPUs                      0         0  W          no CPU stated
|   memory                         0         0  W          no memory stated
|   fixed overhead                 0         0  W          not counted
|   IT energy                    4.8       4.8  kWh        (400 + 0 + 0) W x 12 h / 1000
|   PUE                         1.56      1.56             its default for an unknown or local data centre (Uptime Institute 2024)
|   energy                     7.488     7.488  kWh        4.8 kWh x PUE 1.56
|   grid intensity             41.44     41.44  gCO2e/kWh  mlcarbon's figure for country:FR
|   CO2e                      0.3103    0.3103  kg         7.488 kWh x 41.44 g/kWh / 1000
|   Green Algorithms' CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for country:FR. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g a100 --hours 12 --compat codecarbon -r FR --format csv
! mlcarbon: error: --compat prints in text or json, not csv
[2]
$ mlcarbon estimate -g a100 --hours 12 --compat codecarbon -r FR -q
! mlcarbon: error: --compat adds a table to the text or JSON output; it conflicts with --value and --quiet
[2]
$ mlcarbon estimate --jobs x.csv --compat codecarbon
! mlcarbon: error: --compat compares one estimate; it does not apply to --jobs
[2]

# Modes the peers document, chosen explicitly (TOOL:MODE), each with the versions it follows
$ mlcarbon estimate --cpu-tdp 1000 --cpu-utilization 0.5 --hours 1 --pue 1 --intensity 100 --compat codecarbon:constant
| mlcarbon estimate: 1 x CPU at 1,000 W for 1 h (no accelerators) in a private site
|
|   energy      0.5 kWh  (facility, PUE 1 included)
|   emissions   0.05 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.05 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                      value  unit       source / how it is computed
|   host CPUs                       1  packages   --cpu-count (default 1)
|   power per CPU               1,000  W          --cpu-tdp (rated power of a CPU not in the data)
|   CPU utilization               0.5  of power   --cpu-utilization
|   IT power                      0.5  kW         = 1 x 1,000 W x 0.5 / 1000
|   duration                        1  h          --hours 1
|   IT energy                     0.5  kWh        = 0.5 kW x 1 h
|   PUE                             1             --pue
|   facility energy               0.5  kWh        = 0.5 kWh x PUE 1
|   grid intensity                100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)   0.05  kg CO2e    = 0.5 kWh x 100 g/kWh / 1000
|   offsets bought                  0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                0.05  kg CO2e    = 0.05 - 0
|
| As CodeCarbon would compute it (CodeCarbon 3.x in constant mode: half the CPU's TDP whatever the load, what it does when psutil cannot read the load (no setting chooses it); its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators             0         0  W          no accelerators
|   host CPUs              500       500  W          1,000 W TDP x 1 socket x 0.5: its constant mode, whatever the load
|   memory                   0         0  W          no memory stated
|   fixed overhead           0         0  W          not counted
|   IT energy              0.5       0.5  kWh        (0 + 500 + 0) W x 1 h / 1000
|   PUE                      1         1             the stated PUE (its pue setting)
|   energy                 0.5       0.5  kWh        0.5 kWh x PUE 1
|   grid intensity         100       100  gCO2e/kWh  the stated intensity
|   CO2e                  0.05      0.05  kg         0.5 kWh x 100 g/kWh / 1000
|   CodeCarbon's CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb (the machine's total, not the job's use) to include it.
|
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --cpu xeon-platinum-8380 --cpu-count 2 --cpu-utilization 0.5 --hours 1 --intensity 100 --compat codecarbon:threads=160
| mlcarbon estimate: 2 x Intel Xeon Platinum 8380 for 1 h (no accelerators) in a private site
|
|   energy      0.4212 kWh  (facility, PUE 1.56 included)
|   emissions   0.04212 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.04212 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.0297 to 0.04509 kg CO2e  (interval bounds; widest factor: PUE)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   host CPUs                         2  packages   --cpu-count
|   power per CPU                   270  W          TDP of Intel Xeon Platinum 8380: Intel ARK: Intel Xeon processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   IT power                       0.27  kW         = 2 x 270 W x 0.5 / 1000
|   duration                          1  h          --hours 1
|   IT energy                      0.27  kWh        = 0.27 kW x 1 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              0.4212  kWh        = 0.27 kWh x PUE 1.56
|   grid intensity                  100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.04212  kg CO2e    = 0.4212 kWh x 100 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.04212  kg CO2e    = 0.04212 - 0
|
| Range (0.0297 to 0.04509 kg CO2e; each factor alone, then all at their ends):
|   factor  low  high            kg CO2e  basis
|   PUE     1.1  1.67  0.0297 to 0.04509  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As CodeCarbon would compute it (CodeCarbon 3.0.0 and later (April 2025), a detected CPU missing from its table: 4 W per thread as its TDP, times the sockets, through the load curve; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators             0         0  W          no accelerators
|   host CPUs              272       270  W          4 W x 160 threads x 2 sockets x (0.1 + 0.9 x 0.5^3): its load curve
|   memory                   0         0  W          no memory stated
|   fixed overhead           0         0  W          not counted
|   IT energy            0.272      0.27  kWh        (0 + 272 + 0) W x 1 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy               0.272    0.4212  kWh        0.272 kWh x PUE 1
|   grid intensity         100       100  gCO2e/kWh  the stated intensity
|   CO2e                0.0272   0.04212  kg         0.272 kWh x 100 g/kWh / 1000
|   CodeCarbon's CO2e is 0.64577 x mlcarbon's: IT energy x 1.0074, PUE x 0.64103, grid intensity x 1
|   - No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb (the machine's total, not the job's use) to include it.
|
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate --tdp 400 -n 2 --hours 1 --intensity 100 --compat codecarbon:no-cpu
| mlcarbon estimate: 2 x device(s) at 400 W for 1 h in a private site
|
|   energy      1.248 kWh  (facility, PUE 1.56 included)
|   emissions   0.1248 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.1248 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.0528 to 0.14696 kg CO2e  (interval bounds; widest factor: power per device)
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          2  devices    --count
|   power per device               400  W          --tdp (TDP per device)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.8  kW         = 2 x 400 W x 1 / 1000
|   duration                         1  h          --hours 1
|   IT energy                      0.8  kWh        = 0.8 kW x 1 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              1.248  kWh        = 0.8 kWh x PUE 1.56
|   grid intensity                 100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.1248  kg CO2e    = 1.248 kWh x 100 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.1248  kg CO2e    = 0.1248 - 0
|
| Range (0.0528 to 0.14696 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high             kg CO2e  basis
|   power per device  0.6   1.1  0.07488 to 0.13728  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67     0.088 to 0.1336  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As CodeCarbon would compute it (CodeCarbon 3.x when it detects no CPU (or finds no TDP and cannot read the load): its default TDP of 85 W, through the load curve; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators           800       800  W          2 x 400 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs               85         0  W          its default 85 W x 1 socket x (0.1 + 0.9 x 1^3): its load curve
|   memory                   0         0  W          no memory stated
|   fixed overhead           0         0  W          not counted
|   IT energy            0.885       0.8  kWh        (800 + 85 + 0) W x 1 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy               0.885     1.248  kWh        0.885 kWh x PUE 1
|   grid intensity         100       100  gCO2e/kWh  the stated intensity
|   CO2e                0.0885    0.1248  kg         0.885 kWh x 100 g/kWh / 1000
|   CodeCarbon's CO2e is 0.70913 x mlcarbon's: IT energy x 1.1062, PUE x 0.64103, grid intensity x 1
|   - No CPU utilization was stated: CodeCarbon's load curve is taken at full load (it reads the load while the job runs).
|   - No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb (the machine's total, not the job's use) to include it.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate --tdp 400 -n 2 --cpu-tdp 150 --hours 1 --intensity 100 --compat carbontracker:simulated
| mlcarbon estimate: 2 x device(s) at 400 W for 1 h in a private site
|
|   energy      1.482 kWh  (facility, PUE 1.56 included)
|   emissions   0.1482 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.1482 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.0693 to 0.17201 kg CO2e  (interval bounds; widest factor: power per device)
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          2  devices    --count
|   power per device               400  W          --tdp (TDP per device)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   host CPUs                        1  packages   --cpu-count (default 1)
|   power per CPU                  150  W          --cpu-tdp (rated power of a CPU not in the data)
|   CPU utilization                  1  of power   default: the full TDP (--cpu-utilization not given)
|   IT power                      0.95  kW         = 2 x 400 W x 1 / 1000 + 1 x 150 W x 1 / 1000
|   duration                         1  h          --hours 1
|   IT energy                     0.95  kWh        = 0.95 kW x 1 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              1.482  kWh        = 0.95 kWh x PUE 1.56
|   grid intensity                 100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.1482  kg CO2e    = 1.482 kWh x 100 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.1482  kg CO2e    = 0.1482 - 0
|
| Range (0.0693 to 0.17201 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high             kg CO2e  basis
|   power per device  0.6   1.1  0.09828 to 0.16068  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67   0.1045 to 0.15865  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As Carbontracker would compute it (Carbontracker 2.3.0 and later (June 2025): its simulated CPU and GPU, TDP x utilization (0.5 unless set); PUE 1.58; its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators              400       800  W          2 x 400 W x utilization 0.5 (its default): its simulated GPU
|   host CPUs                  75       150  W          150 W TDP x utilization 0.5 (its default): its simulated CPU
|   memory                      0         0  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy               0.475      0.95  kWh        (400 + 75 + 0) W x 1 h / 1000
|   PUE                      1.58      1.56             its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)
|   energy                 0.7505     1.482  kWh        0.475 kWh x PUE 1.58
|   grid intensity            100       100  gCO2e/kWh  the stated intensity
|   CO2e                  0.07505    0.1482  kg         0.7505 kWh x 100 g/kWh / 1000
|   Carbontracker's CO2e is 0.50641 x mlcarbon's: IT energy x 0.5, PUE x 1.0128, grid intensity x 1
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - The host CPUs are counted at their full TDP (150 W each): an upper bound; give --cpu-utilization.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate --tdp 400 -n 2 --cpu-tdp 150 -u 0.6 --cpu-utilization 0.75 --hours 1 --intensity 100 --compat carbontracker:simulated --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 0.9243000000000001,
|   "it_energy_kwh": 0.5925,
|   "co2e_kg": 0.09243000000000001,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.09243000000000001,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 0.09243000000000001,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.06517500000000001,
|     "co2e_kg_high": 0.09894750000000001,
|     "energy_kwh_low": 0.65175,
|     "energy_kwh_high": 0.989475,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.06517500000000001,
|         "co2e_kg_high": 0.09894750000000001,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 2,
|     "power_w": 400,
|     "power_origin": "user",
|     "power_kind": "tdp",
|     "power_source": null,
|     "utilization": 0.6,
|     "hours": 1,
|     "energy_kwh": null,
|     "region": null,
|     "region_name": null,
|     "grid": null,
|     "pue": 1.56,
|     "pue_origin": "default",
|     "pue_year": 2024,
|     "pue_source": {
|       "key": "uptime-2024",
|       "title": "Uptime Institute Global Data Center Survey 2024",
|       "publisher": "Uptime Institute",
|       "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|       "year": 2024,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 100,
|     "intensity_origin": "user",
|     "intensity_year": null,
|     "intensity_basis": "lifecycle",
|     "intensity_source": null,
|     "intensity_scope": null,
|     "published_intensity_g_per_kwh": null,
|     "published_intensity_basis": null,
|     "basis_conversion_g_per_kwh": null,
|     "basis_conversion_mix_year": null,
|     "basis_conversion_mix_source": null,
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": null,
|     "cpu_count": 1,
|     "cpu_power_w": 150,
|     "cpu_power_origin": "user",
|     "cpu_utilization": 0.75,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
|     "defaults": [
|       "pue"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 2,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 400,
|       "unit": "W",
|       "source": "--tdp (TDP per device)",
|       "formula": ""
|     },
|     {
|       "name": "utilization",
|       "label": "utilization",
|       "value": 0.6,
|       "unit": "of power",
|       "source": "--utilization",
|       "formula": ""
|     },
|     {
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 1,
|       "unit": "packages",
|       "source": "--cpu-count (default 1)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_power_w",
|       "label": "power per CPU",
|       "value": 150,
|       "unit": "W",
|       "source": "--cpu-tdp (rated power of a CPU not in the data)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_utilization",
|       "label": "CPU utilization",
|       "value": 0.75,
|       "unit": "of power",
|       "source": "--cpu-utilization",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 0.5925,
|       "unit": "kW",
|       "source": "",
|       "formula": "2 x 400 W x 0.6 / 1000 + 1 x 150 W x 0.75 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 1,
|       "unit": "h",
|       "source": "--hours 1",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 0.5925,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.5925 kW x 1 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.56,
|       "unit": "",
|       "source": "default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 0.9243000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.5925 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 100,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 0.09243000000000001,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.9243 kWh x 100 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 0,
|       "unit": "kg CO2e",
|       "source": "none bought (--offset / --offset-kg not given)",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 0.09243000000000001,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.09243 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": {
|     "tool": "carbontracker",
|     "mode": "simulated",
|     "tool_name": "Carbontracker",
|     "version": "Carbontracker 2.3.0 and later (June 2025): its simulated CPU and GPU, TDP x utilization (0.5 unless set); PUE 1.58",
|     "rules_from": "lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)",
|     "energy_kwh": 0.93615,
|     "co2e_kg": 0.093615,
|     "ratio": {
|       "co2e": 1.0128205128205128,
|       "it_energy": 1,
|       "pue": 1.0128205128205128,
|       "intensity": 1,
|       "rounding": 1
|     },
|     "lines": [
|       {
|         "name": "accelerators_w",
|         "label": "accelerators",
|         "unit": "W",
|         "tool": 480,
|         "mlcarbon": 480,
|         "rule": "2 x 400 W x utilization 0.6: its simulated GPU"
|       },
|       {
|         "name": "cpu_w",
|         "label": "host CPUs",
|         "unit": "W",
|         "tool": 112.5,
|         "mlcarbon": 112.5,
|         "rule": "150 W TDP x utilization 0.75: its simulated CPU"
|       },
|       {
|         "name": "memory_w",
|         "label": "memory",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "not counted: DRAM power comes only from RAPL"
|       },
|       {
|         "name": "overhead_w",
|         "label": "fixed overhead",
|         "unit": "W",
|         "tool": 0,
|         "mlcarbon": 0,
|         "rule": "not counted"
|       },
|       {
|         "name": "it_energy_kwh",
|         "label": "IT energy",
|         "unit": "kWh",
|         "tool": 0.5925,
|         "mlcarbon": 0.5925,
|         "rule": "(480 + 112.5 + 0) W x 1 h / 1000"
|       },
|       {
|         "name": "pue",
|         "label": "PUE",
|         "unit": "",
|         "tool": 1.58,
|         "mlcarbon": 1.56,
|         "rule": "its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)"
|       },
|       {
|         "name": "energy_kwh",
|         "label": "energy",
|         "unit": "kWh",
|         "tool": 0.93615,
|         "mlcarbon": 0.9243000000000001,
|         "rule": "0.5925 kWh x PUE 1.58"
|       },
|       {
|         "name": "intensity_g_per_kwh",
|         "label": "grid intensity",
|         "unit": "gCO2e/kWh",
|         "tool": 100,
|         "mlcarbon": 100,
|         "rule": "the stated intensity"
|       },
|       {
|         "name": "co2e_kg",
|         "label": "CO2e",
|         "unit": "kg",
|         "tool": 0.093615,
|         "mlcarbon": 0.09243000000000001,
|         "rule": "0.93615 kWh x 100 g/kWh / 1000"
|       }
|     ],
|     "notes": []
|   },
|   "settings": [],
|   "notes": [
|     "No --hardware given: the device is described only by --tdp.",
|     "No --region given: a private site, with the intensity given by --intensity.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site."
|   ]
| }
$ mlcarbon estimate --tdp 400 --hours 1 --compat carbontracker:no-cpu
| mlcarbon estimate: 1 x device(s) at 400 W for 1 h in a private site
|
|   energy      0.624 kWh  (facility, PUE 1.56 included)
|   emissions   0.30014 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.30014 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.12698 to 0.35344 kg CO2e  (interval bounds; widest factor: power per device)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          --tdp (TDP per device)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                          1  h          --hours 1
|   IT energy                       0.4  kWh        = 0.4 kW x 1 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               0.624  kWh        = 0.4 kWh x PUE 1.56
|   grid intensity                  481  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.30014  kg CO2e    = 0.624 kWh x 481 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.30014  kg CO2e    = 0.30014 - 0
|
| Range (0.12698 to 0.35344 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high             kg CO2e  basis
|   power per device  0.6   1.1  0.18009 to 0.33016  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.1  1.67  0.21164 to 0.32131  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| As Carbontracker would compute it (Carbontracker 2.2.0 and later, an unidentified CPU without RAPL: the mean TDP of its table / 2; PUE 1.58; its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators              400       400  W          1 x 400 W x 1: Carbontracker reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs              35.612         0  W          35.612 W: the mean TDP of its CPU table / 2, for a CPU it cannot identify
|   memory                      0         0  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy             0.43561       0.4  kWh        (400 + 35.612 + 0) W x 1 h / 1000
|   PUE                      1.58      1.56             its constant PUE_2023, 1.58 (since v2.0.0, September 2024; 1.55 from v1.1.7, December 2022; 1.59 from October 2020; 1.67 from May 2020)
|   energy                0.68827     0.624  kWh        0.43561 kWh x PUE 1.58
|   grid intensity            481       481  gCO2e/kWh  Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine
|   CO2e                  0.33106   0.30014  kg         0.68827 kWh x 481 g/kWh / 1000
|   Carbontracker's CO2e is 1.103 x mlcarbon's: IT energy x 1.089, PUE x 1.0128, grid intensity x 1
|   - No place was given: both columns use Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate --tdp 400 --cpu epyc-7763 --cpu-count 2 --hours 1 --compat carbontracker:v1
| mlcarbon estimate: 1 x device(s) at 400 W for 1 h in a private site
|
|   energy      1.4976 kWh  (facility, PUE 1.56 included)
|   emissions   0.71136 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.71136 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.418 to 0.79325 kg CO2e  (interval bounds; widest factor: PUE)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          --tdp (TDP per device)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         2  packages   --cpu-count
|   power per CPU                   280  W          TDP of AMD EPYC 7763: AMD EPYC server processor specifications (2025)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   IT power                       0.96  kW         = 1 x 400 W x 1 / 1000 + 2 x 280 W x 1 / 1000
|   duration                          1  h          --hours 1
|   IT energy                      0.96  kWh        = 0.96 kW x 1 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              1.4976  kWh        = 0.96 kWh x PUE 1.56
|   grid intensity                  475  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.71136  kg CO2e    = 1.4976 kWh x 475 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.71136  kg CO2e    = 0.71136 - 0
|
| Range (0.418 to 0.79325 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high            kg CO2e  basis
|   PUE               1.1  1.67  0.5016 to 0.76152  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   power per device  0.6   1.1    0.5928 to 0.741  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|
| As Carbontracker would compute it (Carbontracker 1.1.7 to 1.2.5 (December 2022 to September 2024): PUE 1.55 (PUE_2022), world fallback 475 g/kWh, no CPU without RAPL; its rules as stated in lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py (TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)):
|   factor          Carbontracker  mlcarbon  unit       Carbontracker's rule
|   accelerators              400       400  W          1 x 400 W x 1: Carbontracker reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs                   0       560  W          not counted: before v2.2.0 the CPU came only from RAPL
|   memory                      0         0  W          not counted: DRAM power comes only from RAPL
|   fixed overhead              0         0  W          not counted
|   IT energy                 0.4      0.96  kWh        (400 + 0 + 0) W x 1 h / 1000
|   PUE                      1.55      1.56             its constant PUE_2022, 1.55 (v1.1.7 to v1.2.5)
|   energy                   0.62    1.4976  kWh        0.4 kWh x PUE 1.55
|   grid intensity            475       475  gCO2e/kWh  Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine
|   CO2e                   0.2945   0.71136  kg         0.62 kWh x 475 g/kWh / 1000
|   Carbontracker's CO2e is 0.414 x mlcarbon's: IT energy x 0.41667, PUE x 0.99359, grid intensity x 1
|   - No place was given: both columns use Carbontracker's world fallback in 1.1.7 to 1.2.5, 475 g/kWh, used when it could not locate the machine.
|   - Carbontracker 1.x counts the CPU only where RAPL is readable; this column assumes it was not.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - The host CPUs are counted at their full TDP (280 W each): an upper bound; give --cpu-utilization.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --compat green-algorithms
| mlcarbon estimate: 32 cores of AMD EPYC 7763 + 128 GB memory for 48 h (no accelerators) in country:DE (Germany)
|
|   energy      14.053 kWh  (facility, PUE 1.56 included)
|   emissions   4.6327 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         4.6327 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.2667 to 6.3147 kg CO2e  (interval bounds; widest factor: PUE)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   host CPUs                       0.5  packages   --cpu-cores 32 / 64 cores per package
|   power per CPU                   280  W          TDP of AMD EPYC 7763: AMD EPYC server processor specifications (2025)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                     128  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    0.18768  kW         = 0.5 x 280 W x 1 / 1000 + 128 GB x 0.3725 W/GB / 1000
|   duration                         48  h          --hours 48
|   IT energy                    9.0086  kWh        = 0.18768 kW x 48 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              14.053  kWh        = 9.0086 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   4.6327  kg CO2e    = 14.053 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                4.6327  kg CO2e    = 4.6327 - 0
|
| Range (3.2667 to 6.3147 kg CO2e; each factor alone, then all at their ends):
|   factor             low    high           kg CO2e  basis
|   PUE                1.1    1.67  3.2667 to 4.9594  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity  329.65  419.74  4.6327 to 5.8988  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators                   0         0  W          no accelerators
|   host CPUs                    140       140  W          32 cores x 4.375 W/core (TDP / cores) x usage 1
|   memory                     47.68     47.68  W          128 GB x 0.3725 W/GB (memory requested)
|   fixed overhead                 0         0  W          not counted
|   IT energy                 9.0086    9.0086  kWh        (0 + 140 + 47.68) W x 48 h / 1000
|   PUE                         1.56      1.56             its default for an unknown or local data centre (Uptime Institute 2024)
|   energy                    14.053    14.053  kWh        9.0086 kWh x PUE 1.56
|   grid intensity            329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                      4.6327    4.6327  kg         14.053 kWh x 329.65 g/kWh / 1000
|   Green Algorithms' CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - The host CPUs are counted at their full TDP (280 W each): an upper bound; give --cpu-utilization.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
