# The bad-input catalogue: each bad input, its exact message and exit status (2 usage, 3 unknown
# name, 4 bad data, 5 unreadable file, 6 failed jobs). None may crash, hang or print a result.


# Numbers: negative, zero, NaN, infinite, too large, empty, blank, look-alikes, units
$ mlcarbon estimate --power 300 --intensity 400 --hours -5
! mlcarbon: error: --hours: '-5' is out of range; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 0
! mlcarbon: error: --hours: '0' is out of range; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours nan
! mlcarbon: error: --hours: 'nan' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours NaN
! mlcarbon: error: --hours: 'NaN' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours inf
! mlcarbon: error: --hours: 'inf' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours Infinity
! mlcarbon: error: --hours: 'Infinity' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1e400
! mlcarbon: error: --hours: '1e400' is out of range; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours ''
! mlcarbon: error: --hours: '' is empty; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours '   '
! mlcarbon: error: --hours: '   ' is empty; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours １０
! mlcarbon: error: --hours: '１０' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours '10 h'
! mlcarbon: error: --hours: '10 h' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 10x
! mlcarbon: error: --hours: '10x' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 10hours
! mlcarbon: error: --hours: '10hours' is not a duration; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 3M
! mlcarbon: error: --duration: '3M' has the unit M, a month or a minute; expected m or min for minutes (units: w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300mW --intensity 400 --hours 1
! mlcarbon: error: --power: '300mW' has an unknown unit; expected watts per device > 0 and <= 100000 (units: W, kW, MW)
[2]
$ mlcarbon estimate --power 300 --intensity 430furlongs --hours 1
! mlcarbon: error: --intensity: '430furlongs' has an unknown unit; expected gCO2e/kWh >= 0 and <= 1500 (units: g, kg, t or lb of CO2e per kWh or MWh, e.g. 430g, 0.43kg/kWh, 948 lb/MWh)
[2]
$ mlcarbon estimate --power 300 --intensity 2kg/kWh --hours 1
! mlcarbon: error: --intensity: '2kg/kWh' is out of range; expected gCO2e/kWh >= 0 and <= 1500
[2]
$ mlcarbon estimate --power 300 --intensity '-5 g' --hours 1
! mlcarbon: error: --intensity: '-5 g' is out of range; expected gCO2e/kWh >= 0 and <= 1500
[2]
$ mlcarbon estimate --power 1.5kW/h --intensity 400 --hours 1
! mlcarbon: error: --power: '1.5kW/h' has an unknown unit; expected watts per device > 0 and <= 100000 (units: W, kW, MW)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1,5
! mlcarbon: error: --hours: '1,5' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 0x10
! mlcarbon: error: --hours: '0x10' is not a number; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 2000000
! mlcarbon: error: --hours: '2000000' is out of range; expected hours > 0 and <= 1000000; GPU-hours as papers report them (devices x hours) go in --device-hours
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 100
! mlcarbon: error: --duration: '100' has no unit; expected a duration with units, e.g. 100m for minutes or 100h for hours (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 3x
! mlcarbon: error: --duration: '3x' has an unknown unit; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 2y
! mlcarbon: error: --duration: '2y' has an unknown unit; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 1h1h
! mlcarbon: error: --duration: '1h1h' repeats a unit; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration 99999999w
! mlcarbon: error: --duration: '99999999w' is out of range; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --duration -1h
! mlcarbon: error: --duration: '-1h' is negative; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --device-hours 0
! mlcarbon: error: --device-hours: '0' is out of range; expected device-hours > 0 and <= 1e10 (e.g. 1082990 or 1.08M)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --device-hours 10h
! mlcarbon: error: --device-hours: '10h' is not a number; expected device-hours > 0 and <= 1e10 (e.g. 1082990 or 1.08M)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --device-hours 1e11
! mlcarbon: error: --device-hours: '1e11' is out of range; expected device-hours > 0 and <= 1e10 (e.g. 1082990 or 1.08M)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --device-hours 1M --hours 2
! mlcarbon: error: --hours and --device-hours conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --device-hours 1M --flops 1e20
! mlcarbon: error: --device-hours and --flops conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --compat eco2ai
! mlcarbon: error: --compat: 'eco2ai' is not a tool mlcarbon can imitate; expected one of mlco2, codecarbon, carbontracker, green-algorithms (with :MODE for codecarbon and carbontracker)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --compat ''
! mlcarbon: error: --compat: '' is not a tool mlcarbon can imitate; expected one of mlco2, codecarbon, carbontracker, green-algorithms (with :MODE for codecarbon and carbontracker)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --count 0
! mlcarbon: error: --count: '0' is out of range; expected a whole number of devices >= 1 and <= 10000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --count -1
! mlcarbon: error: --count: '-1' is not a whole number; expected a whole number of devices >= 1 and <= 10000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --count 2.5
! mlcarbon: error: --count: '2.5' is not a whole number; expected a whole number of devices >= 1 and <= 10000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --count 99999999999999999999999
! mlcarbon: error: --count: '99999999999999999999999' is out of range; expected a whole number of devices >= 1 and <= 10000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --count 10000001
! mlcarbon: error: --count: '10000001' is out of range; expected a whole number of devices >= 1 and <= 10000000
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --pue 0.9
! mlcarbon: error: --pue: '0.9' is out of range; expected a PUE >= 1 and <= 3
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --pue 3.5
! mlcarbon: error: --pue: '3.5' is out of range; expected a PUE >= 1 and <= 3
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --pue abc
! mlcarbon: error: --pue: 'abc' is not a number; expected a PUE >= 1 and <= 3
[2]
$ mlcarbon estimate --power 0 --hours 1 --intensity 400
! mlcarbon: error: --power: '0' is out of range; expected watts per device > 0 and <= 100000
[2]
$ mlcarbon estimate --power -250 --hours 1 --intensity 400
! mlcarbon: error: --power: '-250' is out of range; expected watts per device > 0 and <= 100000
[2]
$ mlcarbon estimate --power 1e6 --hours 1 --intensity 400
! mlcarbon: error: --power: '1e6' is out of range; expected watts per device > 0 and <= 100000
[2]
$ mlcarbon estimate -g a100 --hours 1 --intensity 4 -u 1.5
! mlcarbon: error: --utilization: '1.5' is out of range; expected a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)
[2]
$ mlcarbon estimate -g a100 --hours 1 --intensity 4 -u 0
! mlcarbon: error: --utilization: '0' is out of range; expected a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)
[2]
$ mlcarbon estimate -g a100 --hours 1 --intensity 4 -u 150%
! mlcarbon: error: --utilization: '150%' is out of range; expected a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)
[2]
$ mlcarbon estimate --power 3 --hours 1 --intensity -1
! mlcarbon: error: --intensity: '-1' is out of range; expected gCO2e/kWh >= 0 and <= 1500
[2]
$ mlcarbon estimate --power 3 --hours 1 --intensity 2000
! mlcarbon: error: --intensity: '2000' is out of range; expected gCO2e/kWh >= 0 and <= 1500
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --offset 101
! mlcarbon: error: --offset: '101' is out of range; expected a percentage >= 0 and <= 100
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --offset-kg -5
! mlcarbon: error: --offset-kg: '-5' is out of range; expected kg CO2e >= 0 and <= 1e12
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --budget 50
! mlcarbon: error: --budget: '50' has no unit; expected a number with a unit: g, kg or t of CO2e, or Wh, kWh or MWh of energy (e.g. 50kg)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --budget 50lbs
! mlcarbon: error: --budget: '50lbs' has an unknown unit; expected a number with a unit: g, kg or t of CO2e, or Wh, kWh or MWh of energy (e.g. 50kg)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --budget -5kg
! mlcarbon: error: --budget: '-5kg' is negative; expected a number with a unit: g, kg or t of CO2e, or Wh, kWh or MWh of energy (e.g. 50kg)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --cpu-count 2
! mlcarbon: error: --cpu-count needs --cpu NAME (or --cpu-tdp W, or --instance)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --mfu 0.4
! mlcarbon: error: --mfu applies to an estimate from compute: give --flops or --params with --tokens
[2]
$ mlcarbon estimate --power 300 --intensity 400 --params 7B
! mlcarbon: error: --params and --tokens go together: training compute is 6 x parameters x tokens
[2]
$ mlcarbon estimate --power 300 --intensity 400 --flops 1e20 --params 7B --tokens 1T
! mlcarbon: error: --flops and --params conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --flops 1e20
! mlcarbon: error: an estimate from compute needs --hardware (or --instance): its peak throughput sets the hours
[2]
$ mlcarbon estimate -g epyc-7702 --flops 1e20 -r FR
! mlcarbon: error: AMD EPYC 7702 has no published peak throughput in the data, so the hours cannot follow from the compute; give --hours or --duration
[2]
$ mlcarbon estimate -g a100 --flops 1e20 -r FR --precision fp64 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 7,159 h in country:FR (France)
|
|   energy      4,467 kWh (4.4674 MWh)  (facility, PUE 1.56 included)
|   emissions   185.13 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         185.13 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       61.207 to 550.89 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    74.115 kg CO2e  (manufacturing, amortised); total with embodied 259.24 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.4  kW         = 1 x 400 W x 1 / 1000
|   training compute             1e+20  FLOP       --flops
|   peak per device                9.7  TFLOP/s    fp64 dense: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   model FLOPs utilization        0.4             default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   device-hours                 7,159  h          = 1e+20 FLOP / (9.7 TFLOP/s x 0.4 x 3600)
|   duration                     7,159  h          = 7,159 device-hours / 1 devices
|   IT energy                    2,864  kWh        = 0.4 kW x 7,159 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              4,467  kWh        = 2,864 kWh x PUE 1.56
|   grid intensity               41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  185.13  kg CO2e    = 4,467 kWh x 41.44 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               185.13  kg CO2e    = 185.13 - 0
|   embodied (manufacturing)    74.115  kg CO2e    = 1 devices x 7,159 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         259.24  kg CO2e    = 185.13 + 74.115
|
| Range (61.207 to 550.89 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high           kg CO2e  basis
|   grid intensity    40.48  78.54  180.84 to 350.87  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   MFU                 0.5    0.3   148.1 to 246.84  published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   power per device    0.6    1.1  111.08 to 203.64  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  130.54 to 198.18  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The hours follow from the compute at 0.4 MFU of the dense fp64 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g a100 --flops 1e20 -r FR --precision fp4
! mlcarbon: error: --precision: 'fp4' is not a precision; expected fp64, fp32, tf32, fp16, bf16, fp8 or int8
[2]
$ mlcarbon estimate -g a100 --hours 1 -r FR --cpu a100
! mlcarbon: error: --cpu: a100-sxm4-40gb is a gpu, not a CPU
[2]
$ mlcarbon estimate -g a100 --hours 1 -r FR --cpu xeon-e5-2686-v4 --cpu-cores 4 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:FR (France)
|
|   energy      0.67427 kWh  (facility, PUE 1.56 included)
|   emissions   0.027942 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.027942 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.012122 to 0.061938 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.010352 kg CO2e  (manufacturing, amortised); total with embodied 0.038294 kg CO2e
|
| Breakdown:
|   factor                         value  unit       source / how it is computed
|   devices                            1  device     default (--count not given)
|   power per device                 400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                        1  of power   default: the full TDP (--utilization not given)
|   host CPUs                    0.22222  packages   --cpu-cores 4 / 18 cores per package
|   power per CPU                    145  W          TDP of Intel Xeon E5-2686 v4: CodeCarbon cpu_power.csv (CPU name -> TDP) (2026)
|   CPU utilization                    1  of power   default: the full TDP (--cpu-utilization not given)
|   IT power                     0.43222  kW         = 1 x 400 W x 1 / 1000 + 0.22222 x 145 W x 1 / 1000
|   duration                           1  h          --hours 1
|   IT energy                    0.43222  kWh        = 0.43222 kW x 1 h
|   PUE                             1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              0.67427  kWh        = 0.43222 kWh x PUE 1.56
|   grid intensity                 41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.027942  kg CO2e    = 0.67427 kWh x 41.44 g/kWh / 1000
|   offsets bought                     0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.027942  kg CO2e    = 0.027942 - 0
|   embodied (manufacturing)    0.010352  kg CO2e    = 1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.038294  kg CO2e    = 0.027942 + 0.010352
|
| Range (0.012122 to 0.061938 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high               kg CO2e  basis
|   grid intensity    40.48  78.54  0.027294 to 0.052957  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.017598 to 0.030527  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.019702 to 0.029912  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (145 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g a100 --flops 1e32 -n 1 -r FR
! mlcarbon: error: the compute gives 222578347578347.6 hours on 1 devices; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate -g a100 --instance aws:p4d.24xlarge --hours 1 -r FR
! mlcarbon: error: --hardware and --instance conflict: give one of them
[2]

# Options: unknown, repeated, conflicting, missing
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --frobnicate
! mlcarbon: error: estimate: unknown option --frobnicate (see mlcarbon estimate --help)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --hours 2
! mlcarbon: error: --hours is given more than once; give it once (see mlcarbon estimate --help)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --duration 1h
! mlcarbon: error: --hours and --duration conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --offset 1 --offset-kg 1
! mlcarbon: error: --offset and --offset-kg conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 -u 0.5
! mlcarbon: error: --utilization conflicts with --power: a measured average power already includes utilization
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 -q --value co2e_kg
! mlcarbon: error: --quiet and --value conflict: give one of them
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours
! mlcarbon: error: --hours needs a value (H) (see mlcarbon estimate --help)
[2]
$ mlcarbon estimate --power 300 --intensity 400
! mlcarbon: error: how long? give --hours H (e.g. 100), --duration D (e.g. 3d12h) or --device-hours N, or the compute: --flops F, or --params N with --tokens D
[2]
$ mlcarbon estimate --hours 1 --intensity 400
! mlcarbon: error: no power figure: give --hardware NAME (its TDP is used), --power W (measured average per device), --tdp W (rated power of a device not in the data) or --energy-kwh E; for a job without accelerators, its host: --cpu NAME (or --cpu-tdp W), --memory-gb G
[2]
$ mlcarbon estimate --hours 1 --power 300
! mlcarbon: error: no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)
[2]
$ mlcarbon
| mlcarbon: energy (kWh) and emissions (kg CO2e) of ML work, factor by factor.
| Usage: mlcarbon [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   --version                   print the version of mlcarbon and of its data
|   --data-dir DIR              read hardware.json and regions.json from DIR
|                               instead of the built-in data (default:
|                               MLCARBON_DATA_DIR)
|   --data-add FILE ...         add the entries of FILE (same schema) on top of
|                               the data; repeatable
|   -f,--format FORMAT          output format: text (default), json, jsonl, csv,
|                               markdown, latex, model-card (default:
|                               MLCARBON_FORMAT)
|
| Subcommands:
|   estimate                    energy and CO2e of a job, or of every job in a
|                               file, with its breakdown
|   compare                     the same job in other regions, on other devices,
|                               at other PUEs, ranked
|   hardware                    list devices or show one (hardware list | hardware
|                               show NAME)
|   regions                     list regions and countries or show one (regions
|                               list | regions show ID)
|   instances                   list cloud instance types or show one (instances
|                               list | instances show ID)
|   data                        validate data files (data check [FILE...]) or
|                               print their notices (data notice)
|   measure                     measure what this machine's GPUs, CPUs and DRAM
|                               draw (--duration, or until Ctrl-C)
|   run                         run a command, measure its energy (NVML, RAPL) and
|                               estimate its emissions
|   when                        the start in a window at which a job emits least,
|                               by a forecast of the grid's intensity
|
| Exit status: 0 ok, 1 internal error, 2 usage error, 3 unknown name, 4 bad data
| file, 5 file not readable, 6 some jobs failed, 7 budget exceeded.
| `mlcarbon help COMMAND` for a command's options; `man mlcarbon` for the model,
| every option and the data sources.
! mlcarbon: error: a command is required: the commands are listed above (`mlcarbon help COMMAND` for one)
[2]
$ mlcarbon launch
! mlcarbon: error: unknown command 'launch' (the commands: estimate, compare, hardware, regions, instances, data, measure, run, when; see mlcarbon --help)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --format yaml
! mlcarbon: error: --format: 'yaml' is not a format; expected text, json, jsonl, csv, markdown, latex or model-card
[2]
$ mlcarbon hardware list --format latex
! mlcarbon: error: --format latex is not available for `hardware list`; use text, json or csv
[2]
$ mlcarbon regions show FR --format markdown
! mlcarbon: error: --format markdown is not available for `regions show`; use text, json or csv
[2]
$ mlcarbon hardware --format markdown
! mlcarbon: error: --format markdown is not available for `hardware list`; use text, json or csv
[2]
$ mlcarbon instances list --format model-card
! mlcarbon: error: --format model-card is not available for `instances list`; use text, json or csv
[2]
$ mlcarbon compare -g a100 --hours 1 -r FR --regions gcp --format latex
! mlcarbon: error: --format latex is not available for `compare`; use text, json or csv
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --value bogus
! mlcarbon: error: --value: 'bogus' is not a field; expected one of energy_kwh, it_energy_kwh, co2e_kg, offset_kg, net_co2e_kg, embodied_kg, total_with_embodied_kg, market_co2e_kg, co2e_kg_low, co2e_kg_high, energy_kwh_low, energy_kwh_high
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --value device_hours
! mlcarbon: error: --value device_hours is a figure of a jobs file's totals: give --jobs FILE
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --strict
! mlcarbon: error: --strict, --totals-only, --jobs-format, --cluster and --group-by need --jobs FILE
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --totals-only
! mlcarbon: error: --strict, --totals-only, --jobs-format, --cluster and --group-by need --jobs FILE
[2]
$ mlcarbon estimate -g '' --hours 1 --intensity 4
! mlcarbon: error: --hardware: '' is empty; expected a name (see `mlcarbon hardware list`)
[2]
$ mlcarbon estimate -g a100 -r '' --hours 1
! mlcarbon: error: --region: '' is empty; expected a name (see `mlcarbon regions list`)
[2]
$ mlcarbon hardware list --kind fpga
! mlcarbon: error: --kind: 'fpga' is not a kind; expected gpu, tpu, cpu or accelerator
[2]
$ mlcarbon regions list --kind moon
! mlcarbon: error: --kind: 'moon' is not a kind; expected cloud, country, subnational, state, subregion or world
[2]
$ mlcarbon hardware show
! mlcarbon: error: hardware show: NAME is required (see mlcarbon hardware --help)
[2]
$ mlcarbon data frobnicate
! mlcarbon: error: data: unknown verb 'frobnicate' (expected check or notice; see mlcarbon data --help)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --compat codecarbon --format markdown
! mlcarbon: error: --compat prints in text or json, not markdown
[2]
$ mlcarbon estimate estimate --power 1 --hours 1 --intensity 1
! mlcarbon: error: one command at a time: got estimate, estimate (see mlcarbon --help)
[2]

# Names: look-alikes, unknown, ambiguous
$ mlcarbon estimate -g A1OO --hours 1 --intensity 4
! mlcarbon: error: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[3]
$ mlcarbon estimate -g Ａ１００ --hours 1 --intensity 4
! mlcarbon: error: unknown hardware 'Ａ１００'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[3]
$ mlcarbon estimate -g a100 --hours 1 --region atlantis
! mlcarbon: error: unknown region 'atlantis'; `mlcarbon regions list` lists the known names
[3]
$ mlcarbon estimate -g a100 --hours 1 --region mars:x
! mlcarbon: error: unknown provider 'mars' in region 'mars:x'; known prefixes: aws, azure, coreweave, gcp, ovh, scaleway, seeweb, country, grid
[3]
$ mlcarbon estimate -g a100 --hours 1 --region useast1
! mlcarbon: error: region 'useast1' is ambiguous; say which: aws:us-east-1, gcp:us-east1
[3]
$ mlcarbon estimate -g a100 --hours 1 --region country:XX
! mlcarbon: error: unknown region 'country:XX'; `mlcarbon regions list` lists the known names
[3]
$ mlcarbon estimate -g a100 --hours 1 --region gcp:us-centrall1
! mlcarbon: error: unknown region 'gcp:us-centrall1'; did you mean gcp:us-central1, gcp:us-central2, gcp:me-central1, gcp:me-central2?
[3]
$ mlcarbon estimate --instance p4 --hours 1 --region FR
! mlcarbon: error: unknown instance 'p4'; did you mean aws:p4d.24xlarge, aws:p4de.24xlarge, aws:p3.2xlarge, aws:p3.8xlarge, aws:p3.16xlarge?
[3]
$ mlcarbon estimate -g a100 --cpu epic-7702 --hours 1 --region FR
! mlcarbon: error: --cpu: unknown CPU 'epic-7702'; did you mean epyc-7702, epyc-7742? (for a CPU not in the data: --cpu-tdp W, its rated power)
[3]
$ mlcarbon hardware show nonesuch-9000
! mlcarbon: error: unknown hardware 'nonesuch-9000'; `mlcarbon hardware list` lists the known names
[3]

# Data files: missing, a directory, not a regular file, unreadable, malformed, duplicate
%mkdir dir-as-file/hardware.json
%copy $SRC/tests/data/mini/regions.json dir-as-file/regions.json
%copy $SRC/tests/data/mini/hardware.json only-hardware/hardware.json
%file malformed/hardware.json
{
  "schema_version": 1,
  oops
}
%end
%copy $SRC/tests/data/mini/regions.json malformed/regions.json
%file repeated/hardware.json
{"schema_version": 1, "data_version": "x", "sources": {}, "hardware": [{"id": "x", "power_w": 300, "power_w": 250}]}
%end
%copy $SRC/tests/data/mini/regions.json repeated/regions.json
%file empty.json
%end (no-eol)
%file duplicate-id.json
{"schema_version": 1, "hardware": [{"id": "a100-sxm4-40gb", "name": "X", "vendor": "V", "kind": "gpu", "power_w": 1, "power_kind": "tdp", "source": "nvidia-a100-datasheet"}]}
%end
%file huge-number.json
{"schema_version": 1, "hardware": [{"id":"x","power_w": 1e400}]}
%end
%file unknown-key.json
{"schema_version": 1, "hardware": [{"id": "x", "name": "X", "vendor": "V", "kind": "gpu", "power_w": 1, "power_kind": "tdp", "source": "nvidia-a100-datasheet", "colour": "red"}]}
%end
%file bad-source.json
{"schema_version": 1, "hardware": [{"id": "x", "name": "X", "vendor": "V", "kind": "gpu", "power_w": 1, "power_kind": "tdp", "source": "nowhere"}]}
%end
%file low-pue.json
{"schema_version": 1, "providers": [{"id": "lab", "name": "Lab", "pue": 0.5, "pue_year": 2025, "pue_source": "owid"}]}
%end
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-dir nowhere
! mlcarbon: error: cannot read 'nowhere/hardware.json': No such file or directory
[5]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-dir dir-as-file
! mlcarbon: error: cannot read 'dir-as-file/hardware.json': it is a directory, expected a file
[5]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-dir only-hardware
! mlcarbon: error: cannot read 'only-hardware/regions.json': No such file or directory
[5]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-dir malformed
! mlcarbon: error: malformed/hardware.json: not valid JSON at line 3, column 3: syntax error while parsing object key - invalid literal; last read: '1,<U+000A>  o'; expected string literal
[4]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-dir repeated
! mlcarbon: error: repeated/hardware.json: hardware[0]: key 'power_w' appears twice in the same object
[4]
$ mlcarbon data check empty.json
! mlcarbon: error: empty.json: not valid JSON at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
[4]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-add duplicate-id.json
! mlcarbon: error: duplicate-id.json: hardware[0] 'a100-sxm4-40gb': key 'id': a hardware entry with this id already exists
[4]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-add huge-number.json
! mlcarbon: error: huge-number.json: number 1e400 at line 1, column 57 is out of range for a double
[4]
$ mlcarbon data check unknown-key.json
! mlcarbon: error: unknown-key.json: hardware[0] 'x': key 'colour': unknown key (a typo?)
[4]
$ mlcarbon data check bad-source.json
! mlcarbon: error: bad-source.json: hardware[0] 'x': key 'source': no source 'nowhere' in this file's 'sources'
[4]
$ mlcarbon data check low-pue.json
! mlcarbon: error: low-pue.json: providers[0] 'lab': key 'pue_scope': missing: pue, pue_year, pue_source, pue_scope go together
[4]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-add /dev/null
! mlcarbon: error: cannot read '/dev/null': not a regular file
[5]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-add /proc/self/mem
! mlcarbon: error: cannot read '/proc/self/mem': Input/output error
[5]
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --data-add missing.json
! mlcarbon: error: cannot read 'missing.json': No such file or directory
[5]

# Jobs files
%file unknown-column.csv
hardware,hourz
a100,1
%end
%file short-row.csv
hours,count
1,1
2
%end
%file long-row.csv
hours,count
1,1,1
%end
%file bad.jsonl
{"hours": 1}
{"hours": 1
%end
%file unknown-device.csv
hardware,hours
A1OO,1
%end
%file bom-crlf.csv
\xef\xbb\xbfhours,count\x0d (esc)
1,1\x0d (esc)
2,2
%end (no-eol)
%file stdin-bad.csv
hours
1
x
%end
%file repeated-column.csv
hours,HOURS
1,1
%end
%file unterminated.csv
name,hours
"a,1
%end
$ mlcarbon estimate --power 300 --intensity 400 --jobs missing.csv
! mlcarbon: error: --jobs: cannot read 'missing.csv': No such file or directory
[5]
$ mlcarbon estimate --power 300 --intensity 400 --jobs .
! mlcarbon: error: --jobs: cannot read '.': it is a directory, expected a file
[5]
$ mlcarbon estimate --power 300 --intensity 400 --jobs /proc/self/mem
! mlcarbon: error: --jobs: cannot read '/proc/self/mem': Input/output error
[5]
$ mlcarbon estimate --power 300 --intensity 400 --jobs unknown-column.csv
! mlcarbon: error: unknown-column.csv:1: unknown column 'hourz'; the columns are name, hardware, count, hours, duration, device_hours, region, pue, power, tdp, utilization, intensity, offset, offset_kg, instance, cpu, cpu_count, cpu_cores, cpu_utilization, memory_gb, overhead_w, flops, params, tokens, mfu, precision, energy_kwh, cpu_tdp_w (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)
[2]
$ mlcarbon estimate --power 300 --intensity 400 --jobs short-row.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2                        -                      1          1  -                                  0.468        0.1872        0.1872
|
| Total of 1 job (1 row failed, not counted):
|   energy      0.468 kWh  (facility; IT 0.3 kWh; 1 device-hours)
|   emissions   0.1872 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.1872 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          1       0.468   0.1872       0.1872
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            1       0.468   0.1872       0.1872
! mlcarbon: error: short-row.csv:3: 1 fields, but the header has 2 columns
[6]
$ mlcarbon estimate --power 300 --intensity 400 --jobs long-row.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|
| Total of 0 jobs (1 row failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: long-row.csv:2: 3 fields, but the header has 2 columns
[6]
$ mlcarbon estimate --power 300 --intensity 400 --jobs bad.jsonl
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       1                        -                      1          1  -                                  0.468        0.1872        0.1872
|
| Total of 1 job (1 row failed, not counted):
|   energy      0.468 kWh  (facility; IT 0.3 kWh; 1 device-hours)
|   emissions   0.1872 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.1872 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          1       0.468   0.1872       0.1872
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            1       0.468   0.1872       0.1872
! mlcarbon: error: bad.jsonl:2: not a flat JSON object: expected ',' or '}' at column 12
[6]
$ mlcarbon estimate --power 300 --intensity 400 --jobs unknown-device.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|
| Total of 0 jobs (1 row failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: unknown-device.csv:2: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[6]
$ mlcarbon estimate --power 300 --intensity 400 --jobs unknown-device.csv --strict
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
! mlcarbon: error: unknown-device.csv:2: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[3]
$ mlcarbon estimate --power 300 --intensity 400 --jobs short-row.csv --jobs-format xml
! mlcarbon: error: --jobs-format: 'xml' is not a format; expected csv, jsonl or sacct
[2]
$ mlcarbon estimate --power 300 --intensity 400 --jobs bom-crlf.csv --value jobs
| 2
$ mlcarbon estimate --power 300 --intensity 400 --jobs - --totals-only < stdin-bad.csv
| Total of 1 job (1 row failed, not counted):
|   energy      0.468 kWh  (facility; IT 0.3 kWh; 1 device-hours)
|   emissions   0.1872 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.1872 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          1       0.468   0.1872       0.1872
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            1       0.468   0.1872       0.1872
! mlcarbon: error: stdin:3: hours: 'x' is not a number; expected hours > 0 and <= 1000000
[6]
$ mlcarbon estimate --power 300 --intensity 400 --jobs repeated-column.csv
! mlcarbon: error: repeated-column.csv:1: column 'HOURS' appears twice
[2]
$ mlcarbon estimate --power 300 --intensity 400 --jobs unterminated.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|
| Total of 0 jobs (1 row failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: unterminated.csv:2: a quoted field has no closing quote (CSV fields here hold no line breaks)
[6]

# Defaults from the environment and the project file
%file bad-config.json
{"region": 
%end
%file huge-config.json
{"region": 1e400}
%end
$ MLCARBON_CONFIG=bad-config.json mlcarbon estimate --power 300 --intensity 400 --hours 1
! mlcarbon: error: project file: bad-config.json: not valid JSON at line 2, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
[2]
$ MLCARBON_FORMAT=yaml mlcarbon estimate --power 300 --intensity 400 --hours 1
! mlcarbon: error: MLCARBON_FORMAT: 'yaml' is not a format; expected text, json, jsonl, csv, markdown, latex or model-card
[2]
$ MLCARBON_BUDGET=5 mlcarbon estimate --power 300 --intensity 400 --hours 1
! mlcarbon: error: MLCARBON_BUDGET: '5' has no unit; expected a number with a unit: g, kg or t of CO2e, or Wh, kWh or MWh of energy (e.g. 50kg)
[2]
$ MLCARBON_CONFIG=huge-config.json mlcarbon estimate --power 300 --intensity 400 --hours 1
! mlcarbon: error: project file: huge-config.json: number 1e400 at line 1, column 12 is out of range for a double
[2]
$ MLCARBON_CONFIG=none.json mlcarbon estimate --power 300 --intensity 400 --hours 1
! mlcarbon: error: cannot read 'none.json': No such file or directory
[5]

# Output files that cannot be written
$ mlcarbon estimate --power 300 --intensity 400 --hours 1 --bib no/such/dir/refs.bib
! mlcarbon: error: --bib: cannot write 'no/such/dir/refs.bib': the directory 'no/such/dir' does not exist
[5]
$ mlcarbon compare --power 300 --intensity 400 --hours 1 --pue-values 1.1 --plot no/such/dir/plot.svg
! mlcarbon: error: --plot: cannot write 'no/such/dir/plot.svg': the directory 'no/such/dir' does not exist
[5]

# Basis and sub-national grids: a basis that does not exist, a state split between grids, the
# basis as a jobs column (one basis per run), a figure that cannot change basis.
$ mlcarbon estimate -g a100 --hours 1 -r FR --basis operational
! mlcarbon: error: --basis: 'operational' is not a basis; expected lifecycle or direct
[2]
$ MLCARBON_BASIS=Lifecycles mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: MLCARBON_BASIS: 'Lifecycles' is not a basis; expected lifecycle or direct
[2]
$ mlcarbon estimate -g a100 --hours 1 -r US-TX
! mlcarbon: error: US-TX (Texas) spans several grids (US-ERCT 78%, US-SPSO 9%, US-SRMV 7%, US-AZNM 6% of its ZIP codes); give one of them: US-ERCT, US-SPSO, US-SRMV, US-AZNM
[3]
$ mlcarbon estimate -g a100 --hours 1 -r grid:us-va
! mlcarbon: error: US-VA (Virginia) spans several grids (US-SRVC 65%, US-RFCW 29%, US-RFCE 5%, US-SRTV 1% of its ZIP codes); give one of them: US-SRVC, US-RFCW, US-RFCE, US-SRTV
[3]
$ mlcarbon regions show AU-WA
! mlcarbon: error: AU-WA (Western Australia) spans several grids (Western Australia has two main grids, SWIS (Perth) and NWIS (Pilbara); NWIS has no sourced figure here); give one of them: AU-WA-SWIS
[3]
$ mlcarbon estimate -g a100 --hours 1 -r country:US-NWPP
! mlcarbon: error: unknown region 'country:US-NWPP'; `mlcarbon regions list` lists the known names
[3]
%file basis.csv
hardware,hours,region,basis
a100,1,FR,direct
%end
$ mlcarbon estimate --jobs basis.csv
! mlcarbon: error: basis.csv:1: 'basis' is not a jobs column: a file's jobs are estimated on one basis, given by --basis (or its setting)
[2]
%file basis.jsonl
{"hardware": "a100", "hours": 1, "region": "FR", "basis": "direct"}
{"hardware": "a100", "hours": 1, "region": "FR"}
%end
$ mlcarbon estimate --jobs basis.jsonl --totals-only
| Total of 1 job (1 row failed, not counted):
|   energy      0.624 kWh  (facility; IT 0.4 kWh; 1 device-hours)
|   emissions   0.025859 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.025859 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh   kg CO2e  net kg CO2e
|   country:FR     1       0.624  0.025859     0.025859
|
| By hardware:
|   hardware        jobs  energy kWh   kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1       0.624  0.025859     0.025859
! mlcarbon: error: basis.jsonl:1: 'basis' is not a jobs column: a file's jobs are estimated on one basis, given by --basis (or its setting)
[6]

# Round two of hostile input (issue "Hardening and speed, round two"): writes that fail late,
# numbers below the smallest normal double, negative zero, ratios against zero, comparisons with
# nothing left.
$ mlcarbon estimate -g a100 --hours 1 -r FR --bib /dev/full -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:FR (France)
|
|   energy      0.624 kWh  (facility, PUE 1.56 included)
|   emissions   0.025859 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.025859 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.010687 to 0.057711 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.010352 kg CO2e  (manufacturing, amortised); total with embodied 0.036211 kg CO2e
|
| Breakdown:
|   factor                         value  unit       source / how it is computed
|   devices                            1  device     default (--count not given)
|   power per device                 400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                        1  of power   default: the full TDP (--utilization not given)
|   IT power                         0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                           1  h          --hours 1
|   IT energy                        0.4  kWh        = 0.4 kW x 1 h
|   PUE                             1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy                0.624  kWh        = 0.4 kWh x PUE 1.56
|   grid intensity                 41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.025859  kg CO2e    = 0.624 kWh x 41.44 g/kWh / 1000
|   offsets bought                     0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.025859  kg CO2e    = 0.025859 - 0
|   embodied (manufacturing)    0.010352  kg CO2e    = 1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.036211  kg CO2e    = 0.025859 + 0.010352
|
| Range (0.010687 to 0.057711 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high               kg CO2e  basis
|   grid intensity    40.48  78.54   0.02526 to 0.049009  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.015515 to 0.028444  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.018234 to 0.027682  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
! mlcarbon: error: --bib: cannot write '/dev/full': No space left on device
[5]
$ mlcarbon compare -g a100 --hours 1 -r FR --regions DE --plot /dev/full
! mlcarbon: error: --plot: '/dev/full' is not an SVG file name; the file is written as SVG: give a name ending in .svg
[2]
$ mlcarbon estimate -g a100 -r FR --hours 4.9e-324
! mlcarbon: error: --hours: '4.9e-324' is out of range; expected hours > 0 and <= 1000000
[2]
$ mlcarbon estimate -g a100 -r FR --hours 1 -u 1e-320 --compat mlco2 -f json
! mlcarbon: error: --utilization: '1e-320' is out of range; expected a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)
[2]
$ mlcarbon estimate -g a100 -r FR --duration 1e-320h
! mlcarbon: error: --duration: '1e-320h' is out of range; expected a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)
[2]
$ mlcarbon estimate --power 300 --hours 1 --intensity -0 --offset -0 --memory-gb -0 -f csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,,1,300,user,1,1,,,1.56,default,0,user,,0.3,0.46799999999999997,0,0,0,lifecycle,,,0,0,0,0,0.33,0.501,
%file zeros.csv
name,power,hours,intensity,offset_kg
neg,300,1,-0,-0
%end
$ mlcarbon estimate --jobs zeros.csv -f jsonl
| {"schema_version":1,"record":"job","line":2,"name":"neg","hardware":null,"count":1,"power_w":300,"power_origin":"user","utilization":1,"hours":1,"region":null,"grid":null,"pue":1.56,"pue_origin":"default","intensity_g_per_kwh":0,"intensity_origin":"user","intensity_year":null,"intensity_basis":"lifecycle","it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0,"offset_kg":0,"net_co2e_kg":0,"embodied_kg":0}
| {"schema_version":1,"record":"total","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0,"offset_kg":0,"net_co2e_kg":0,"embodied_kg":0,"failed":0}
| {"schema_version":1,"record":"region_total","region":"-","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0,"offset_kg":0,"net_co2e_kg":0,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":1,"device_hours":1,"it_energy_kwh":0.3,"energy_kwh":0.46799999999999997,"co2e_kg":0,"offset_kg":0,"net_co2e_kg":0,"embodied_kg":0}
$ mlcarbon compare -g a100 --hours 1 -r FR --basis direct --regions CA-PE,DE
| mlcarbon compare: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:FR
|   baseline: 0.0091573 kg CO2e (0.624 kWh)
|   intensities: all on a direct basis (lifecycle figures converted with their grid's mix)
|
|   rank  alternative  kg CO2e    kWh  vs baseline   model  machine  mechanization       map
|      1  grid:CA-PE         0  0.624  all of it        1x       1x             1x       all
|      2  country:DE   0.15756  0.624  17.206x more     1x       1x             1x  0.05812x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare -g a100 --hours 1 -r FR --basis direct --regions CA-PE -f csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,grid:CA-PE,a100-sxm4-40gb,grid:CA-PE,1,1,1.56,0,0.6240000000000001,0,,1,1,1,,direct,
$ mlcarbon compare -g a100 --hours 1 -r FR --devices nonsuch,zzz
| mlcarbon compare: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:FR
|   baseline: 0.025859 kg CO2e (0.624 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e  kWh  vs baseline  model  machine  mechanization  map
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - nonsuch: unknown hardware 'nonsuch'; `mlcarbon hardware list` lists the known names
|   - zzz: unknown hardware 'zzz'; `mlcarbon hardware list` lists the known names
! mlcarbon: error: compare: none of the 2 alternatives could be estimated
[3]
$ mlcarbon compare -g a100 --hours 1 -r FR --pue-values 0.5,9
| mlcarbon compare: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:FR
|   baseline: 0.025859 kg CO2e (0.624 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e  kWh  vs baseline  model  machine  mechanization  map
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - PUE 0.5: --pue-values: '0.5' is out of range; expected a PUE >= 1 and <= 3
|   - PUE 9: --pue-values: '9' is out of range; expected a PUE >= 1 and <= 3
! mlcarbon: error: compare: none of the 2 alternatives could be estimated
[2]
# A "line" that never ends is not read for ever; JSON strings hold no raw control characters.
$ mlcarbon estimate --jobs /dev/zero --jobs-format jsonl --power 1 --hours 1 --intensity 1
! mlcarbon: error: /dev/zero:1: the line is longer than 1048576 bytes; skipped
! mlcarbon: error: /dev/zero:1: a line of more than 64 MiB: not a jobs file
[2]
%file controls.jsonl
{"name": "tab\x09here", "power": 1, "hours": 1, "intensity": 1} (esc)
{"name": "esc\u001b[8mhidden", "power": 1, "hours": 1, "intensity": 1}
{"name": "after\\nescape\x09and tab", "power": 1, "hours": 1, "intensity": 1} (esc)
{"name": "bad\xffutf8", "power": 1, "hours": 1, "intensity": 1} (esc)
%end
$ mlcarbon estimate --jobs controls.jsonl --totals-only
| Total of 0 jobs (4 rows failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: controls.jsonl:1: not a flat JSON object: a control character in a string at column 14
! mlcarbon: error: controls.jsonl:2: name: a control character (0x1b) at byte 4; expected printable UTF-8 text
! mlcarbon: error: controls.jsonl:3: not a flat JSON object: a control character in a string at column 25
! mlcarbon: error: controls.jsonl:4: name: invalid UTF-8 at byte 4; expected printable UTF-8 text
[6]
# Data validation: what a data file cannot say.
%file cpu-accel.json
{"schema_version": 1, "instances": [{"provider": "aws", "id": "x1.cpu", "accelerator": "xeon-platinum-8275cl", "accelerator_count": 1,
  "vcpus": 8, "memory_gb": 16, "source": "aws-ec2-ug-accelerated-2023"}]}
%end
$ mlcarbon data check cpu-accel.json
! mlcarbon: error: cpu-accel.json: instances[0] 'aws:x1.cpu': key 'accelerator': 'xeon-platinum-8275cl' is a CPU, not an accelerator
[4]
%file pue-range.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "providers": [{"id": "lab", "name": "Our lab", "pue": 1.5, "pue_year": 2025, "pue_scope": "our room", "pue_source": "lab-meter",
                "pue_range": {"low": 1.1, "high": 1.3, "source": "lab-meter"}}]}
%end
$ mlcarbon data check pue-range.json
! mlcarbon: error: pue-range.json: providers[0] 'lab': key 'pue_range': 1.1 to 1.3 does not hold the provider's own PUE 1.5
[4]
%file alias.json
{"schema_version": 1,
 "regions": [{"provider": "aws", "id": "lab-1", "name": "Lab", "location": "Boston", "country": "US", "grid": "US", "aliases": ["us-east-1"]}]}
%end
$ mlcarbon data check alias.json
! mlcarbon: error: alias.json: regions[0] 'aws:lab-1': key 'aliases': 'us-east-1' is already a name of 'aws:us-east-1'
[4]
%file orphan.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "grids": [{"id": "QQ-LAB", "kind": "subregion", "name": "Nowhere grid", "country": "QQ",
            "intensity_g_per_kwh": 100, "year": 2025, "basis": "direct", "source": "lab-meter"}]}
%end
$ mlcarbon data check orphan.json
! mlcarbon: error: orphan.json: grids[0] 'QQ-LAB': key 'country': no country grid 'QQ' in 'grids' (countries come before their sub-national grids)
[4]
%file escape.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "hardware": [{"id": "lab-hidden", "name": "Lab \u001b[8mnode", "vendor": "Ourselves", "kind": "gpu", "power_w": 100,
               "power_kind": "tdp", "source": "lab-meter"}]}
%end
$ mlcarbon data check escape.json
! mlcarbon: error: escape.json: hardware[0] 'lab-hidden': key 'name': a control character (0x1b) in the text
[4]
# Very large and very small figures keep their digits: 5 significant digits with an exponent.
$ mlcarbon estimate --power 1e5 -n 10000000 --hours 1e6 --intensity 1500 --budget 1g -q
| 2340000000000000
! mlcarbon: budget exceeded: gross emissions of 2.34e+15 kg CO2e are 2.34e+15 kg CO2e (2.34e+20%) over the budget of 1g
[7]
$ mlcarbon estimate --power 1e-3 --hours 1e-6 --intensity 1e-3 --pue 1 --budget 0kg -q
| 1e-18
! mlcarbon: budget exceeded: gross emissions of 1e-18 kg CO2e are 1e-18 kg CO2e over the budget of 0kg
[7]
# Command-line nits: a command given twice, a value missing after '=', --top's own wording, a CSV
# line break inside quotes.
$ mlcarbon estimate estimate -g a100 --hours 1 -r FR
! mlcarbon: error: one command at a time: got estimate, estimate (see mlcarbon --help)
[2]
$ mlcarbon estimate compare -g a100 --hours 1 -r FR
! mlcarbon: error: one command at a time: got estimate, compare (see mlcarbon --help)
[2]
$ mlcarbon estimate -g a100 --hours= -r FR
! mlcarbon: error: --hours=: no value after '='; write --hours=VALUE or --hours VALUE
[2]
$ mlcarbon compare -g a100 --hours 1 -r FR --regions DE --top 0
! mlcarbon: error: --top: '0' is out of range; expected a whole number of alternatives to plot >= 1 and <= 1000
[2]
$ mlcarbon compare -g a100 --hours 1 -r FR --regions DE --top 2.5
! mlcarbon: error: --top: '2.5' is not a whole number; expected a whole number of alternatives to plot >= 1 and <= 1000
[2]
%file multiline.csv
name,power,hours,intensity
"multi
line,still in the quote
end",1,1,1
ok,300,1,100
%end
$ mlcarbon estimate --jobs multiline.csv --value jobs
| 1
! mlcarbon: error: multiline.csv:2: a quoted field has no closing quote (CSV fields here hold no line breaks)
[6]
# Listing filters that match nothing: an error with a suggestion, not an empty table (issue 13).
$ mlcarbon hardware list --vendor nvidea
! mlcarbon: error: --vendor: no device of vendor 'nvidea'; did you mean NVIDIA?
[3]
$ mlcarbon hardware list --vendor Zilog
! mlcarbon: error: --vendor: no device of vendor 'Zilog'; the vendors are NVIDIA, AMD, Google, Intel, Amazon Web Services
[3]
$ mlcarbon hardware list --vendor NVIDIA --kind tpu
! mlcarbon: error: no device of kind tpu from NVIDIA; NVIDIA's are of kind gpu
[3]
$ mlcarbon regions list --country France
! mlcarbon: error: --country: no region or grid in 'France'; did you mean --country FR?
[3]
$ mlcarbon regions list --country XX
! mlcarbon: error: --country: no region or grid in 'XX'; expected an ISO 3166-1 alpha-2 code, e.g. US, FR (`mlcarbon regions list --kind country` lists them)
[3]
$ mlcarbon instances list -g l4 -p azure
! mlcarbon: error: no instance type in the data has l4 at azure; `mlcarbon instances list` lists them all
[3]
# CLI11's messages in mlcarbon's words: the unknown command, verb or option named with the closest
# known one, the command's help pointed to (issue 13).
$ mlcarbon esimate -g a100 --hours 1 -r FR
! mlcarbon: error: unknown command 'esimate'; did you mean estimate? (the commands: estimate, compare, hardware, regions, instances, data, measure, run, when; see mlcarbon --help)
[2]
$ mlcarbon estimate --hardwre a100 --hours 1 -r FR
! mlcarbon: error: estimate: unknown option --hardwre; did you mean --hardware? (see mlcarbon estimate --help)
[2]
$ mlcarbon estimate a100 -g esimate
! mlcarbon: error: estimate: unexpected argument 'a100': values follow their option (e.g. -g NAME, --hours H; see mlcarbon estimate --help)
[2]
$ mlcarbon hardware lst
! mlcarbon: error: hardware: unknown verb 'lst'; did you mean list? (expected list or show; see mlcarbon hardware --help)
[2]
$ mlcarbon regions shwo FR
! mlcarbon: error: regions: unknown verb 'shwo'; did you mean show? (expected list or show; see mlcarbon regions --help)
[2]
$ mlcarbon --formt json estimate -g a100 --hours 1 -r FR
! mlcarbon: error: estimate: unknown option --formt; did you mean --format? (see mlcarbon estimate --help)
[2]
$ mlcarbon compare -g a100 --hours 1 -r FR --region-list gcp
! mlcarbon: error: compare: unknown option --region-list; did you mean --regions? (see mlcarbon compare --help)
[2]
$ mlcarbon help launch
! mlcarbon: error: help: unknown command 'launch' (the commands: estimate, compare, hardware, regions, instances, data, measure, run, when)
[2]
# Output files are checked before the work: nothing is printed, then refused (issue 13, point 5).
$ mlcarbon compare -g a100 --hours 1 -r FR --regions gcp --plot out.png
! mlcarbon: error: --plot: 'out.png' is not an SVG file name; the file is written as SVG: give a name ending in .svg
[2]
$ mlcarbon compare -g a100 --hours 1 -r FR --regions gcp --plot missing/out.svg
! mlcarbon: error: --plot: cannot write 'missing/out.svg': the directory 'missing' does not exist
[5]
$ mlcarbon estimate -g a100 --hours 1 -r FR -f markdown --bib missing/refs.bib
! mlcarbon: error: --bib: cannot write 'missing/refs.bib': the directory 'missing' does not exist
[5]
$ mlcarbon estimate -g a100 --hours 1 -r FR -f markdown --bib .
! mlcarbon: error: --bib: '.' is a directory; expected a file name
[5]

# TPU slice names (issue 13): the number is a whole number of chips; the slice already gives the count.
$ mlcarbon estimate -g v3-7 --hours 1 -r FR
! mlcarbon: error: slice 'v3-7': the number after v3- counts TensorCores, 2 a chip, so it is a positive multiple of 2
[2]
$ mlcarbon estimate -g tpu-v3-8 -n 2 --hours 1 -r FR
! mlcarbon: error: --hardware v3-8 names a slice of 4 chips, so --count is not needed; for several slices give --hardware tpu-v3 with --count set to all their chips
[2]
$ mlcarbon estimate -g v9-8 --hours 1 -r FR
! mlcarbon: error: unknown hardware 'v9-8'; did you mean xeon-6980p, v100-sxm2-16gb, v100-sxm2-32gb, v100-pcie-16gb, v100-pcie-32gb?
[3]

# --energy-kwh (issue 13): a positive energy with a known unit; it replaces power x time.
$ mlcarbon estimate --energy-kwh 0 -r FR
! mlcarbon: error: --energy-kwh: '0' is out of range; expected kWh > 0 and <= 1e12 (e.g. 1200, 1200kWh, 1.2MWh)
[2]
$ mlcarbon estimate --energy-kwh 5J -r FR
! mlcarbon: error: --energy-kwh: '5J' has an unknown unit; expected kWh > 0 and <= 1e12 (e.g. 1200, 1200kWh, 1.2MWh) (units: Wh, kWh, MWh, GWh)
[2]
$ mlcarbon estimate --energy-kwh 100 --power 300 -r FR
! mlcarbon: error: --energy-kwh conflicts with --power: the energy replaces power x time
[2]
$ mlcarbon estimate --energy-kwh 100 -g a100 -u 50% -r FR
! mlcarbon: error: --energy-kwh conflicts with --utilization: the energy replaces power x time
[2]
$ mlcarbon estimate --energy-kwh 100 --instance aws:p4d.24xlarge -r FR
! mlcarbon: error: --energy-kwh conflicts with --instance: the energy replaces the instance's power x time
[2]
$ mlcarbon estimate --energy-kwh 100 --cpu epyc-7763 -r FR
! mlcarbon: error: --energy-kwh conflicts with --cpu: the energy replaces power x time, the host's included
[2]
$ mlcarbon estimate --energy-kwh 100 --params 7B --tokens 1T -r FR
! mlcarbon: error: --energy-kwh conflicts with --params: the energy replaces power x time; the compute only sets the time
[2]
$ mlcarbon compare --energy-kwh 100 -r FR --devices h100
| mlcarbon compare: 100 kWh reported in country:FR
|   baseline: 6.4646 kg CO2e (156 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e  kWh  vs baseline  model  machine  mechanization  map
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - h100: --energy-kwh: a reported energy is the same on any device; compare regions or PUEs instead
! mlcarbon: error: compare: none of the 1 alternatives could be estimated
[2]
$ mlcarbon estimate --energy-kwh 100 -r FR --compat mlco2
! mlcarbon: error: --compat recomputes power x time by another tool's rules; a reported --energy-kwh has neither: leave one of them out
[2]

# Repeated single options are refused (issue 13, point 4); --budget takes one limit of each kind.
$ mlcarbon estimate -g a100 --hours 1 -r FR --budget 1kg --budget 2kg
! mlcarbon: error: --budget is given twice for emissions (1kg and 2kg); give at most one of each kind, a CO2e limit and an energy limit
[2]
$ mlcarbon estimate -g a100 --hours 1 -r FR --budget 1MWh --budget 2kWh
! mlcarbon: error: --budget is given twice for energy (1MWh and 2kWh); give at most one of each kind, a CO2e limit and an energy limit
[2]
$ mlcarbon estimate -g a100 --hours 1 -r FR --budget 1kg --budget 2kWh -q
| 0.025859

# measure (issue 14): the duration and the interval are checked before anything starts.
$ mlcarbon measure --duration 30
! mlcarbon: error: --duration: '30' has no unit; expected a duration with units, e.g. 30m for minutes or 30h for hours (w, d, h, m, s)
[2]
$ mlcarbon measure --interval 0
! mlcarbon: error: --interval: '0' is out of range; expected seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)
[2]
$ mlcarbon measure --interval 2h
! mlcarbon: error: --interval: '2h' is out of range; expected seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)
[2]
$ mlcarbon measure --interval fast
! mlcarbon: error: --interval: 'fast' is not a number of seconds; expected seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)
[2]
$ mlcarbon measure -f csv
! mlcarbon: error: --format csv is not available for `measure`; use text or json
[2]

# run (issue 14): what it measures is not given; the command, the grid and the names are checked
# before the command starts.
$ mlcarbon run -r FR
! mlcarbon: error: run what? give the command after --, e.g. mlcarbon run -g a100 -r FR -- python train.py
[2]
$ mlcarbon run -r FR --hours 3 -- sleep 1
! mlcarbon: error: --hours: run measures the time and the energy; leave it out (estimate takes it)
[2]
$ mlcarbon run -g a100 --power 300 -r FR -- sleep 1
! mlcarbon: error: --power: run measures the time and the energy; leave it out (estimate takes it)
[2]
$ mlcarbon run -g a100 -- sleep 1
! mlcarbon: error: no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)
[2]
$ mlcarbon run -g a100 -r FR --interval 0 -- sleep 1
! mlcarbon: error: --interval: '0' is out of range; expected seconds >= 0.01 and <= 3600 (e.g. 1, 0.5s, 1m)
[2]
$ mlcarbon run -g nosuchgpu -r FR -- sleep 1
! mlcarbon: error: unknown hardware 'nosuchgpu'; `mlcarbon hardware list` lists the known names
[3]
$ mlcarbon run -g a100 -r FR --record missing/runs.jsonl -- true
! mlcarbon: error: --record: cannot write 'missing/runs.jsonl': the directory 'missing' does not exist
[5]
$ mlcarbon run -g a100 -r FR -- no-such-command-here --flag
! mlcarbon: error: run: 'no-such-command-here': command not found
[127]
$ mlcarbon run -g a100 -r FR -- $SRC/README.md
! mlcarbon: error: run: '$SRC/README.md': not executable
[126]
$ mlcarbon run -g a100 -r FR -- $SRC/no-such-script.sh
! mlcarbon: error: run: '$SRC/no-such-script.sh': no such file
[127]

# Jobs without accelerators: what only accelerators take, a host that draws nothing, an unknown CPU
$ mlcarbon estimate --cpu epyc-7763 -n 4 --hours 1 -r FR
! mlcarbon: error: --count counts accelerators, and this job has none (--hardware, --instance, --power or --tdp); give its CPUs with --cpu-count (packages) or --cpu-cores
[2]
$ mlcarbon estimate --cpu epyc-7763 -u 0.5 --hours 1 -r FR
! mlcarbon: error: --utilization is the accelerators', and this job has none; give --cpu-utilization for its CPUs
[2]
$ mlcarbon estimate --cpu epyc-7763 --device-hours 100 -r FR
! mlcarbon: error: --device-hours are divided among accelerators, and this job has none; give --hours (or --duration)
[2]
$ mlcarbon estimate --cpu epyc-7763 --params 7B --tokens 1T -r FR
! mlcarbon: error: an estimate from compute needs accelerators (--hardware or --instance): their peak throughput sets the hours; give --hours for a job without them
[2]
$ mlcarbon estimate --memory-gb 0 --hours 1 -r FR
! mlcarbon: error: the job draws no power: it has no accelerators and its host gives 0 W (--memory-gb and --overhead-w are 0); give --cpu NAME or --cpu-tdp W
[2]
$ mlcarbon estimate --overhead-w 0 --memory-gb 0 --hours 1 -r FR
! mlcarbon: error: the job draws no power: it has no accelerators and its host gives 0 W (--memory-gb and --overhead-w are 0); give --cpu NAME or --cpu-tdp W
[2]
$ mlcarbon estimate --cpu epyc-7763 --cpu-tdp 100 --hours 1 -r FR
! mlcarbon: error: --cpu-tdp conflicts with --cpu: a CPU from the data brings its own TDP; the rated power is for one not in it
[2]
$ mlcarbon estimate --cpu-tdp 100 --cpu-cores 8 --hours 1 -r FR
! mlcarbon: error: --cpu-tdp conflicts with --cpu-cores: cores need the core count of a CPU from the data; give the packages instead (a fraction for part of one)
[2]
$ mlcarbon estimate --cpu-tdp 100 --instance aws:c6i.xlarge --hours 1 -r FR
! mlcarbon: error: --cpu-tdp conflicts with --instance: the instance type brings its host CPU and its TDP
[2]
$ mlcarbon estimate --cpu-tdp 0 --hours 1 -r FR
! mlcarbon: error: --cpu-tdp: '0' is out of range; expected watts per CPU package > 0 and <= 100000
[2]
$ mlcarbon estimate --cpu-tdp -5W --hours 1 -r FR
! mlcarbon: error: --cpu-tdp: '-5W' is out of range; expected watts per CPU package > 0 and <= 100000
[2]
$ mlcarbon estimate --cpu-tdp 100 --energy-kwh 5 -r FR
! mlcarbon: error: --energy-kwh conflicts with --cpu-tdp: the energy replaces power x time, the host's included
[2]
$ mlcarbon estimate --cpu-count 2 --hours 1 -r FR
! mlcarbon: error: no power figure: give --hardware NAME (its TDP is used), --power W (measured average per device), --tdp W (rated power of a device not in the data) or --energy-kwh E; for a job without accelerators, its host: --cpu NAME (or --cpu-tdp W), --memory-gb G
[2]
$ mlcarbon estimate --instance aws:c6i.xlarge -u 0.5 --hours 1 -r FR
! mlcarbon: error: --instance c6i.xlarge has no accelerators, so --utilization has nothing to apply to; its host CPUs take --cpu-utilization
[2]
$ mlcarbon estimate --instance aws:c6i.xlarge --power 300 --hours 1 -r FR
! mlcarbon: error: --instance c6i.xlarge has no accelerators, so --power has nothing to apply to; its host CPUs take --cpu-utilization
[2]
$ mlcarbon estimate --instance aws:c6i.xlarge --flops 1e20 -r FR
! mlcarbon: error: --instance c6i.xlarge has no accelerators, so no peak throughput sets the hours from the compute; give --hours
[2]
$ mlcarbon estimate --cpu epyc-7764 --hours 1 -r FR
! mlcarbon: error: --cpu: unknown CPU 'epyc-7764'; did you mean epyc-7763, epyc-7702, epyc-7742, epyc-7713, epyc-9754? (for a CPU not in the data: --cpu-tdp W, its rated power)
[3]
$ mlcarbon estimate --cpu 'Xeon Gold 9999' --hours 1 -r FR
! mlcarbon: error: --cpu: unknown CPU 'Xeon Gold 9999'; did you mean xeon-gold-5220, xeon-gold-6148, xeon-gold-6248, xeon-gold-6230? (for a CPU not in the data: --cpu-tdp W, its rated power)
[3]
$ mlcarbon estimate --cpu a100 --hours 1 -r FR
! mlcarbon: error: --cpu: a100-sxm4-40gb is a gpu, not a CPU
[2]
$ mlcarbon compare --cpu epyc-7763 --hours 1 -r FR --devices a100
| mlcarbon compare: 1 x AMD EPYC 7763 for 1 h (no accelerators) in country:FR
|   baseline: 0.018101 kg CO2e (0.4368 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e  kWh  vs baseline  model  machine  mechanization  map
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
|
| Not compared:
|   - a100: --devices: the job has no accelerators to replace (its power is its host's); compare regions or PUEs instead, or give the accelerators it would use with --hardware
! mlcarbon: error: compare: none of the 1 alternatives could be estimated
[2]

# --compat modes
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat codecarbon:bogus
! mlcarbon: error: --compat: 'bogus' is not a mode of codecarbon; expected load, constant, threads=N, no-cpu
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat codecarbon:threads=0
! mlcarbon: error: --compat 'codecarbon:threads=0': '0' is not a number of threads; expected a whole number from 1 to 100000, as the machine's logical CPUs (nproc)
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat codecarbon:threads=8x
! mlcarbon: error: --compat 'codecarbon:threads=8x': '8x' is not a number of threads; expected a whole number from 1 to 100000, as the machine's logical CPUs (nproc)
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat codecarbon:threads
! mlcarbon: error: --compat: 'threads' is not a mode of codecarbon; expected load, constant, threads=N, no-cpu
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat carbontracker:
! mlcarbon: error: --compat: '' is not a mode of carbontracker; expected detected, simulated, no-cpu, v1
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat green-algorithms:simulated
! mlcarbon: error: --compat: green-algorithms has one set of rules, no modes; give green-algorithms
[2]
$ mlcarbon estimate --cpu-tdp 100 --hours 1 --intensity 100 --compat mlco2
! mlcarbon: error: --compat mlco2: the ML CO2 Impact calculator counts accelerators only, and this job has none
[2]

# Intensity series and `when` (issue 15): files out of order, with gaps or overlaps, runs and windows they do not cover
%file s48.csv
timestamp,g_per_kwh
2024-03-01T00:00Z,200
2024-03-01T01:00Z,200
2024-03-01T02:00Z,200
2024-03-01T03:00Z,200
2024-03-01T04:00Z,200
2024-03-01T05:00Z,200
2024-03-01T06:00Z,200
2024-03-01T07:00Z,200
2024-03-01T08:00Z,200
2024-03-01T09:00Z,200
2024-03-01T10:00Z,200
2024-03-01T11:00Z,200
2024-03-01T12:00Z,200
2024-03-01T13:00Z,200
2024-03-01T14:00Z,200
2024-03-01T15:00Z,200
2024-03-01T16:00Z,200
2024-03-01T17:00Z,200
2024-03-01T18:00Z,200
2024-03-01T19:00Z,200
2024-03-01T20:00Z,200
2024-03-01T21:00Z,200
2024-03-01T22:00Z,200
2024-03-01T23:00Z,200
2024-03-02T00:00Z,200
2024-03-02T01:00Z,200
2024-03-02T02:00Z,200
2024-03-02T03:00Z,200
2024-03-02T04:00Z,200
2024-03-02T05:00Z,200
2024-03-02T06:00Z,50
2024-03-02T07:00Z,50
2024-03-02T08:00Z,50
2024-03-02T09:00Z,50
2024-03-02T10:00Z,50
2024-03-02T11:00Z,50
2024-03-02T12:00Z,200
2024-03-02T13:00Z,200
2024-03-02T14:00Z,200
2024-03-02T15:00Z,200
2024-03-02T16:00Z,200
2024-03-02T17:00Z,200
2024-03-02T18:00Z,200
2024-03-02T19:00Z,200
2024-03-02T20:00Z,200
2024-03-02T21:00Z,200
2024-03-02T22:00Z,200
2024-03-02T23:00Z,200
%end
%file gap.csv
timestamp,g_per_kwh
2024-03-01T00:00Z,100
2024-03-01T01:00Z,100
2024-03-01T03:00Z,100
%end
%file unsorted.csv
timestamp,g_per_kwh
2024-03-01T01:00Z,100
2024-03-01T00:00Z,100
%end
%file overlap.json
{"data":[{"from":"2024-03-01T00:00Z","to":"2024-03-01T00:30Z","intensity":{"forecast":100}},{"from":"2024-03-01T00:15Z","to":"2024-03-01T00:45Z","intensity":{"forecast":100}}]}
%end
%file negative.csv
timestamp,g_per_kwh
2024-03-01T00:00Z,-1
%end
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series gap.csv --start 2024-03-01T00:00Z
! mlcarbon: error: gap.csv:4: no intensity from 2024-03-01T02:00Z to 2024-03-01T03:00Z (a gap: the series has one every 60 min)
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series unsorted.csv --start 2024-03-01T00:00Z
! mlcarbon: error: unsorted.csv:3: 2024-03-01T00:00Z is not after the row before (2024-03-01T01:00Z); expected the rows in time order, each time once
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series s48.csv --start 2024-03-02T23:00Z
! mlcarbon: error: the intensity series covers 2024-03-01T00:00Z to 2024-03-03T00:00Z, and the run goes from 2024-03-02T23:00Z to 2024-03-03T02:00Z: give a series that covers the run, or a --start within it
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series s48.csv --start 2024-03-01T10:30
! mlcarbon: error: --start: '2024-03-01T10:30' is not a time; expected an ISO 8601 time with its zone, e.g. 2024-03-01T12:00Z or 2024-03-01 12:00:00+01:00
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series s48.csv
! mlcarbon: error: --intensity-series needs --start TIME: when the run began (e.g. 2024-03-01T12:00Z)
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --start 2024-03-01T10:30Z
! mlcarbon: error: --start needs --intensity-series FILE: the grid's intensities over the run
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series s48.csv --start 2024-03-01T10:30Z --format csv
! mlcarbon: error: --intensity-series adds a section to the text or JSON output of one estimate; it does not go with --value, -q, --brief or another --format
[2]
$ mlcarbon estimate --energy-kwh 10 --intensity 300 --intensity-series s48.csv --start 2024-03-01T10:30Z
! mlcarbon: error: --intensity-series spreads the energy over the run's hours: give --hours or --duration
[2]
$ mlcarbon estimate --power 1000 --hours 3 --intensity 300 --intensity-series no-such.csv --start 2024-03-01T10:30Z
! mlcarbon: error: --intensity-series: cannot read 'no-such.csv': No such file or directory
[5]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-01T00:00Z
! mlcarbon: error: when needs a window: --within D (e.g. 24h) or --deadline TIME
[2]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-01T00:00Z --within 1h --deadline 2024-03-02T00:00Z
! mlcarbon: error: --within and --deadline conflict: give one of them
[2]
$ mlcarbon when --power 1000 --hours 6 --from 2024-03-01T00:00Z --within 1h
! mlcarbon: error: when needs --intensity-series FILE: the grid's intensities over the window
[2]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-05T00:00Z --within 1h
! mlcarbon: error: no start between 2024-03-05T00:00Z and 2024-03-05T01:00Z lets a 6 h job end within the intensity series (2024-03-01T00:00Z to 2024-03-03T00:00Z)
[2]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-01T00:00Z --deadline 2024-03-01T03:00Z
! mlcarbon: error: the window of starts ends (2024-02-29T21:00Z) before it begins (2024-03-01T00:00Z)
[2]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-01T00:00Z --within 1h --top 0
! mlcarbon: error: --top: '0' is out of range; expected a whole number of starts >= 1 and <= 1000
[2]
$ mlcarbon when --power 1000 --hours 6 --intensity-series s48.csv --from 2024-03-01T00:00Z --within 1h --format csv
! mlcarbon: error: --format csv is not available for `when`; use text or json
[2]
$ mlcarbon estimate --power 1000 --hours 1 --intensity 300 --intensity-series overlap.json --start 2024-03-01T00:00Z
! mlcarbon: error: overlap.json: the interval at 2024-03-01T00:15Z overlaps the one at 2024-03-01T00:00Z (which ends at 2024-03-01T00:30Z)
[2]
$ mlcarbon estimate --power 1000 --hours 1 --intensity 300 --intensity-series negative.csv --start 2024-03-01T00:00Z
! mlcarbon: error: negative.csv: the intensity at 2024-03-01T00:00Z is -1; expected gCO2e/kWh >= 0 and <= 1500
[2]

# SLURM accounting (--jobs-format sacct), the cluster file, --group-by, series with jobs
%file acct.txt
1|a|u|acc|gpu|2024-03-01T00:00:00|2024-03-01T01:00:00|01:00:00|cpu=2,gres/gpu=1,mem=1G|1|n1|COMPLETED
%end
%file plain.csv
hardware,hours
a100,1
%end
$ mlcarbon estimate -g a100 -r FR --hours 1 --cluster c.json
! mlcarbon: error: --strict, --totals-only, --jobs-format, --cluster and --group-by need --jobs FILE
[2]
$ mlcarbon estimate -g a100 -r FR --hours 1 --group-by user
! mlcarbon: error: --strict, --totals-only, --jobs-format, --cluster and --group-by need --jobs FILE
[2]
$ mlcarbon estimate -r FR --jobs plain.csv --jobs-format csv --cluster c.json
! mlcarbon: error: --cluster reads SLURM accounting: it needs --jobs-format sacct
[2]
$ mlcarbon estimate -r FR --jobs plain.csv --group-by user
! mlcarbon: error: --group-by reads SLURM accounting: it needs --jobs-format sacct
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --group-by host
! mlcarbon: error: --group-by: 'host' is not a field to group by; expected user, account, partition or month
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --group-by user,User
! mlcarbon: error: --group-by: 'User' is given twice
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --group-by user --format markdown
! mlcarbon: error: --group-by adds totals to text, json, jsonl or csv output, not markdown
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster missing.json
! mlcarbon: error: --cluster: cannot read 'missing.json': No such file or directory
[5]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format SLURM
! mlcarbon: error: --jobs-format: 'SLURM' is not a format; expected csv, jsonl or sacct
[2]
%file s1.csv
timestamp,g_per_kwh
2024-03-01T00:00Z,100
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --intensity-series s1.csv --start 2024-03-01T00:00Z
! mlcarbon: error: --start is one run's; with --jobs each job starts at its own Start (sacct) or start column
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --intensity-series s1.csv -q
! mlcarbon: error: --intensity-series adds figures to the jobs' output; it does not go with --value or -q
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --intensity-series s1.csv --format latex
! mlcarbon: error: --intensity-series with --jobs prints in text, json, jsonl or csv, not latex
[2]
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --intensity-series missing.csv
! mlcarbon: error: --intensity-series: cannot read 'missing.csv': No such file or directory
[5]
%file c-syntax.json
{"defaults": {"pue": 1.2,}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-syntax.json
! mlcarbon: error: c-syntax.json: not valid JSON at line 1, column 26: syntax error while parsing object key - unexpected '}'; expected string literal
[4]
%file c-unknown.json
{"defaults": {"pue": 1.2}, "partitons": {}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-unknown.json
! mlcarbon: error: c-unknown.json: the cluster: key 'partitons': unknown key (a typo?)
[4]
%file c-rule-key.json
{"partitions": {"gpu": {"hardwar": "a100"}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-rule-key.json
! mlcarbon: error: c-rule-key.json: partitions.gpu: key 'hardwar': unknown key; a rule's keys are hardware, region, pue, power, tdp, utilization, intensity, offset, offset_kg, cpu, cpu_utilization, overhead_w, gpu_types, count_memory, threads_per_core, note (and match, in nodes)
[4]
%file c-hours.json
{"defaults": {"hours": 2}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-hours.json
! mlcarbon: error: c-hours.json: defaults: key 'hours': comes from sacct's fields for each job, not from the cluster file
[4]
%file c-pue.json
{"partitions": {"gpu": {"pue": 0.9}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-pue.json
! mlcarbon: error: c-pue.json: partitions.gpu: key 'pue': pue: '0.9' is out of range; expected a PUE >= 1 and <= 3
[4]
%file c-pue-text.json
{"partitions": {"gpu": {"pue": true}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-pue-text.json
! mlcarbon: error: c-pue-text.json: partitions.gpu: key 'pue': expected a string or a number, got a boolean
[4]
%file c-offset.json
{"utc_offset": "Europe/Paris"}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-offset.json
! mlcarbon: error: c-offset.json: the cluster: key 'utc_offset': 'Europe/Paris' is not an offset from UTC; expected +HH:MM or -HH:MM, e.g. +01:00
[4]
%file c-types.json
{"partitions": {"gpu": {"gpu_types": ["a100"]}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-types.json
! mlcarbon: error: c-types.json: partitions.gpu: key 'gpu_types': expected an object, got an array
[4]
%file c-tpc.json
{"partitions": {"gpu": {"threads_per_core": 3.5}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-tpc.json
! mlcarbon: error: c-tpc.json: partitions.gpu: key 'threads_per_core': expected a whole number, got 3.5
[4]
%file c-match.json
{"nodes": [{"cpu": "epyc-7763"}]}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-match.json
! mlcarbon: error: c-match.json: nodes[0]: key 'match': missing (required)
[4]
%file c-memory.json
{"defaults": {"count_memory": "no"}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-memory.json
! mlcarbon: error: c-memory.json: defaults: key 'count_memory': expected true or false, got the string 'no'
[4]
%file c-array.json
[1, 2]
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-array.json
! mlcarbon: error: c-array.json: the cluster: expected a JSON object
[4]
%file h-no-elapsed.txt
JobID|State|AllocTRES
1|COMPLETED|cpu=1
%end
$ mlcarbon estimate -g a100 -r FR --jobs h-no-elapsed.txt --jobs-format sacct
! mlcarbon: error: h-no-elapsed.txt:1: the header has no Elapsed field; sacct must be run with --format=JobID,JobName,User,Account,Partition,Start,End,Elapsed,AllocTRES,NNodes,NodeList,State
[2]
%file h-twice.txt
JobID|Elapsed|State|AllocTRES|jobid
1|01:00:00|COMPLETED|gres/gpu=1|1
%end
$ mlcarbon estimate -g a100 -r FR --jobs h-twice.txt --jobs-format sacct
! mlcarbon: error: h-twice.txt:1: field 'jobid' appears twice
[2]
%file h-no-partition.txt
JobID|Elapsed|State|AllocTRES
1|01:00:00|COMPLETED|gres/gpu=1
%end
%file c-gpu.json
{"partitions": {"gpu": {"hardware": "a100-sxm4-40gb"}}}
%end
$ mlcarbon estimate -r FR --jobs h-no-partition.txt --jobs-format sacct --cluster c-gpu.json
! mlcarbon: error: h-no-partition.txt:1: the cluster file maps partitions, but the header has no Partition field
[2]
%file bad-rows.txt
1|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=2,gres/gpu=1|1|n1|EXPLODED
2|a|u|acc|gpu|2024-03-01T00:00:00|x|1h|cpu=2,gres/gpu=1|1|n1|COMPLETED
3|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=2,gres/gpu=one|1|n1|COMPLETED
4|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=2,mem=4X|1|n1|COMPLETED
5|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu:a100=1,gres/gpu:v100=1|1|n1|COMPLETED
6|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu:h100=1|1|n1|COMPLETED
7|a|u|acc|debug|2024-03-01T00:00:00|x|01:00:00|gres/gpu=1|1|d1|COMPLETED
8|a|u|acc|gpu|March 1st|x|01:00:00|gres/gpu=1|1|n1|COMPLETED
9|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu=1|1|n1
10|a|u|acc|nohw|2024-03-01T00:00:00|x|01:00:00|gres/gpu=1|1|n1|COMPLETED
11|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=4|two|n1|COMPLETED
12|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu=2,gres/gpu:a100=3|1|n1|COMPLETED
|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu=1|1|n1|COMPLETED
14|a|u|acc|nohw|2024-03-01T00:00:00|x|01:00:00|cpu=4|1|n1|COMPLETED
%end
%file c-rows.json
{"defaults": {"region": "FR"},
 "partitions": {"gpu": {"hardware": "a100-sxm4-40gb", "gpu_types": {"a100": "a100-sxm4-40gb"}, "overhead_w": 50}, "nohw": {}}}
%end
$ mlcarbon estimate --jobs bad-rows.txt --jobs-format sacct --cluster c-rows.json --totals-only
| Total of 0 jobs (14 rows failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|   cluster     c-rows.json: each job's hardware, CPUs, PUE and grid by its partition and node
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: bad-rows.txt:1: State 'EXPLODED' is not a job state sacct prints (COMPLETED, FAILED, CANCELLED, TIMEOUT, RUNNING, PENDING, ...)
! mlcarbon: error: bad-rows.txt:2: Elapsed '1h' is not a duration; expected [D-]HH:MM:SS, e.g. 2-03:04:05
! mlcarbon: error: bad-rows.txt:3: AllocTRES: 'gres/gpu=one' is not a count
! mlcarbon: error: bad-rows.txt:4: AllocTRES: 'mem=4X' has an unknown unit; expected K, M, G or T
! mlcarbon: error: bad-rows.txt:5: AllocTRES 'gres/gpu:a100=1,gres/gpu:v100=1' allocates GPUs of more than one type; give each type its own job (a heterogeneous job)
! mlcarbon: error: bad-rows.txt:6: GPU type 'h100' (AllocTRES gres/gpu:h100) is not in the cluster file's gpu_types for partition 'gpu' (a100)
! mlcarbon: error: bad-rows.txt:7: partition 'debug' is not in the cluster file, and no node rule matches 'd1'; its partitions: gpu, nohw
! mlcarbon: error: bad-rows.txt:8: Start 'March 1st' is not a time; expected 2024-03-01T12:00:00
! mlcarbon: error: bad-rows.txt:9: 11 fields separated by '|', but 12 expected (sacct --parsable2 --format=JobID,JobName,User,Account,Partition,Start,End,Elapsed,AllocTRES,NNodes,NodeList,State, or a header line)
! mlcarbon: error: bad-rows.txt:10: 1 GPU (AllocTRES) but no hardware for partition 'nohw': give it "hardware" or "gpu_types" in the cluster file, or give --hardware
! mlcarbon: error: bad-rows.txt:11: NNodes 'two' is not a number of nodes
! mlcarbon: error: bad-rows.txt:12: AllocTRES: gres/gpu=2 but 3 typed GPUs
! mlcarbon: error: bad-rows.txt:13: the JobID is empty
! mlcarbon: error: bad-rows.txt:14: no power figure: give hardware (a device; its TDP is used), power (measured average watts per device), tdp (rated watts of a device not in the data) or energy_kwh; for a job without accelerators, its host: cpu (or cpu_tdp_w), memory_gb
[6]
$ mlcarbon estimate --jobs plain.csv --jobs-format sacct -g a100 -r FR --totals-only
| Total of 0 jobs (2 rows failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: plain.csv:1: 1 field separated by '|', but 12 expected (sacct --parsable2 --format=JobID,JobName,User,Account,Partition,Start,End,Elapsed,AllocTRES,NNodes,NodeList,State, or a header line)
! mlcarbon: error: plain.csv:2: 1 field separated by '|', but 12 expected (sacct --parsable2 --format=JobID,JobName,User,Account,Partition,Start,End,Elapsed,AllocTRES,NNodes,NodeList,State, or a header line)
[6]
$ mlcarbon estimate --jobs acct.txt --jobs-format sacct -g a100 -r FR --cpu-tdp 150 --cpu-count 2 --totals-only
| Total of 0 jobs (1 row failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: acct.txt:1: --cpu-tdp does not go with sacct: it counts cores, which need a CPU's core count; name the cpu (--cpu, or in the cluster file; a CPU not in the data can be added with --data-add)
[6]
%file c-tdp.json
{"partitions": {"gpu": {"cpu_tdp_w": 150}}}
%end
$ mlcarbon estimate -g a100 -r FR --jobs acct.txt --jobs-format sacct --cluster c-tdp.json
! mlcarbon: error: c-tdp.json: partitions.gpu: key 'cpu_tdp_w': sacct counts cores, which need a CPU's core count: name the cpu (a CPU not in the data can be added with --data-add)
[4]
%file c-overhead.json
{"defaults": {"region": "FR", "pue": 1}, "partitions": {"gpu": {"hardware": "a100-sxm4-40gb", "overhead_w": 100}}}
%end
%file two-nodes.txt
1|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu=8|2|n[1-2]|COMPLETED
2|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|gres/gpu=4|1|n3|COMPLETED
%end
# overhead_w is per node: 8 x 400 W + 2 x 100 W = 3.4 kWh in 1 h; 4 x 400 + 100 = 1.7 kWh.
$ mlcarbon estimate --jobs two-nodes.txt --jobs-format sacct --cluster c-overhead.json --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,1,1,a100-sxm4-40gb,8,400,1,1,country:FR,FR,1,41.44,2025,1,8,3.4000000000000004,3.4000000000000004,0.14089600000000002,0,0.14089600000000002,
| job,2,2,a100-sxm4-40gb,4,400,1,1,country:FR,FR,1,41.44,2025,1,4,1.7000000000000002,1.7000000000000002,0.07044800000000001,0,0.07044800000000001,
| total,,,,,,,,,,,,,2,12,5.1000000000000005,5.1000000000000005,0.21134400000000003,0,0.21134400000000003,
| region_total,,,,,,,,country:FR,,,,,2,12,5.1000000000000005,5.1000000000000005,0.21134400000000003,0,0.21134400000000003,
| hardware_total,,,a100-sxm4-40gb,,,,,,,,,,2,12,5.1000000000000005,5.1000000000000005,0.21134400000000003,0,0.21134400000000003,
| skipped,,step,,,,,,,,,,,0,,,,,,,
| skipped,,running,,,,,,,,,,,0,,,,,,,
| skipped,,not_started,,,,,,,,,,,0,,,,,,,
%file bad-start.csv
hardware,hours,region,start
a100,1,FR,yesterday
%end
$ mlcarbon estimate --jobs bad-start.csv --intensity-series s1.csv --totals-only
| Total of 0 jobs (1 row failed, not counted):
|   energy      0 kWh  (facility; IT 0 kWh; 0 device-hours)
|   emissions   0 kg CO2e  (gross, location-based)
|   net         0 kg CO2e  (after 0 kg CO2e of offsets bought)
|   hourly      0 kg CO2e  (0 jobs against s1.csv, hour by hour; the same at the annual figures 0 kg CO2e, less by 0 kg)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
! mlcarbon: error: bad-start.csv:2: start: 'yesterday' is not a time; expected an ISO 8601 time with its zone, e.g. 2024-03-01T12:00Z or 2024-03-01 12:00:00+01:00
[6]
