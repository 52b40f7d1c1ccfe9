# Every example of README.md, as written there (paths to examples/ from the source tree).

# Usage
$ mlcarbon estimate -g a100 -n 8 --hours 24 --region aws:us-east-1
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1
|
|   energy     87.552 kWh  facility, PUE 1.14
|   emissions  29.506 kg CO2e  gross, location-based, lifecycle basis
|   range      16.151 to 32.742 kg CO2e  widest: power per device
|   embodied   1.9876 kg CO2e  manufacturing; 31.494 kg CO2e in all
|
|   factor             value  unit       from
|   devices                8  devices    --count
|   power per device     400  W          TDP [1]
|   utilization            1  of power   default
|   IT power             3.2  kW         = 8 x 400 W x 1 / 1000
|   duration              24  h          --hours 24
|   IT energy           76.8  kWh        = 3.2 kW x 24 h
|   PUE                 1.14             aws fleet, 2025 [2]
|   facility energy   87.552  kWh        = 76.8 kWh x PUE 1.14
|   grid intensity    337.02  gCO2e/kWh  US-SRVC 2023, direct to lifecycle [3]
|   emissions         29.506  kg CO2e    = 87.552 kWh x 337.02 g/kWh / 1000
|
|   [1] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)
|   [2] Amazon Sustainability: the cloud (Amazon, 2026)
|   [3] eGRID2023 (US Environmental Protection Agency, 2025)
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon estimate -g V100-PCIe-16GB -n 4 --duration 3d12h --region gcp:us-central1 --utilization 0.7
| mlcarbon estimate: 4 x NVIDIA Tesla V100 PCIe 16 GB for 84 h in gcp:us-central1
|
|   energy     64.092 kWh  facility, PUE 1.09
|   emissions  30.587 kg CO2e  gross, location-based, lifecycle basis
|   range      27.638 to 33.573 kg CO2e  widest: grid intensity
|   market     3.6704 kg CO2e  the provider's carbon-free share removed
|   embodied   3.4784 kg CO2e  manufacturing; 34.065 kg CO2e in all
|
|   factor             value  unit       from
|   devices                4  devices    --count
|   power per device     250  W          TDP [1]
|   utilization          0.7  of power   --utilization
|   IT power             0.7  kW         = 4 x 250 W x 0.7 / 1000
|   duration              84  h          --duration 3d12h
|   IT energy           58.8  kWh        = 0.7 kW x 84 h
|   PUE                 1.09             gcp fleet, 2025 [2]
|   facility energy   64.092  kWh        = 58.8 kWh x PUE 1.09
|   grid intensity    477.23  gCO2e/kWh  gcp:us-central1 2025, direct to lifecy...
|   emissions         30.587  kg CO2e    = 64.092 kWh x 477.23 g/kWh / 1000
|
|   [1] NVIDIA Tesla V100 GPU Accelerator datasheet (NVIDIA, 2018)
|   [2] Google 2026 Environmental Report (Google, 2026)
|   [3] Carbon free energy for Google Cloud regions (Google, 2026)
|   -v: full report, sources, assumptions
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30
| mlcarbon estimate: 2 x device(s) at 310 W for 500 h in a private site
|
|   energy     434 kWh  facility, PUE 1.4
|   emissions  108.5 kg CO2e  gross, location-based, lifecycle basis
|   net        75.95 kg CO2e  after 32.55 kg CO2e of offsets
|
|   factor            value  unit       from
|   devices               2  devices    --count
|   power per device    310  W          --power (measured average per device)
|   utilization           1  of power   not applied: --power is already an average
|   IT power           0.62  kW         = 2 x 310 W x 1 / 1000
|   duration            500  h          --hours 500
|   IT energy           310  kWh        = 0.62 kW x 500 h
|   PUE                 1.4             --pue
|   facility energy     434  kWh        = 310 kWh x PUE 1.4
|   grid intensity      250  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions         108.5  kg CO2e    = 434 kWh x 250 g/kWh / 1000
|   offsets bought    32.55  kg CO2e    --offset 30% of gross
|   -v: full report, sources, assumptions
$ mlcarbon estimate --power 330 -n 10000 --duration 14.8d --pue 1.1 --intensity 429 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 1289376.0000000005,
|   "it_energy_kwh": 1172160.0000000002,
|   "co2e_kg": 553142.3040000002,
|   "offset_kg": 0,
|   "net_co2e_kg": 553142.3040000002,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 553142.3040000002,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 553142.3040000002,
|     "co2e_kg_high": 553142.3040000002,
|     "energy_kwh_low": 1289376.0000000005,
|     "energy_kwh_high": 1289376.0000000005,
|     "factors": []
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 10000,
|     "power_w": 330,
|     "power_origin": "user",
|     "power_kind": "measured_average",
|     "power_source": null,
|     "utilization": 1,
|     "hours": 355.20000000000005,
|     "energy_kwh": null,
|     "region": null,
|     "region_name": null,
|     "grid": null,
|     "pue": 1.1,
|     "pue_origin": "user",
|     "pue_year": null,
|     "pue_source": null,
|     "intensity_g_per_kwh": 429,
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
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
|     "defaults": []
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 10000,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 330,
|       "unit": "W",
|       "source": "--power (measured average per device)",
|       "formula": ""
|     },
|     {
|       "name": "utilization",
|       "label": "utilization",
|       "value": 1,
|       "unit": "of power",
|       "source": "not applied: --power is already an average",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 3300,
|       "unit": "kW",
|       "source": "",
|       "formula": "10000 x 330 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 355.20000000000005,
|       "unit": "h",
|       "source": "--duration 14.8d",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 1172160.0000000002,
|       "unit": "kWh",
|       "source": "",
|       "formula": "3,300 kW x 355.2 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.1,
|       "unit": "",
|       "source": "--pue",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 1289376.0000000005,
|       "unit": "kWh",
|       "source": "",
|       "formula": "1,172,160 kWh x PUE 1.1"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 429,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 553142.3040000002,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1,289,376 kWh x 429 g/kWh / 1000"
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
|       "value": 553142.3040000002,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "553,142 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "No --hardware given: the device is described only by --power.",
|     "No --region given: a private site, with the intensity given by --intensity."
|   ]
| }
$ mlcarbon estimate -g h100 -n 64 --hours 72 --region FR
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 72 h in country:FR
|
|   energy     5,032 kWh (5.0319 MWh)  facility, PUE 1.56
|   emissions  208.52 kg CO2e  gross, location-based, lifecycle basis
|   range      86.178 to 465.38 kg CO2e  widest: grid intensity
|   embodied   47.703 kg CO2e  manufacturing; 256.23 kg CO2e in all
|
|   factor             value  unit       from
|   devices               64  devices    --count
|   power per device     700  W          TDP [1]
|   utilization            1  of power   default
|   IT power            44.8  kW         = 64 x 700 W x 1 / 1000
|   duration              72  h          --hours 72
|   IT energy          3,226  kWh        = 44.8 kW x 72 h
|   PUE                 1.56             industry average, 2024 [2]
|   facility energy    5,032  kWh        = 3,226 kWh x PUE 1.56
|   grid intensity     41.44  gCO2e/kWh  FR, 2025 [3]
|   emissions         208.52  kg CO2e    = 5,032 kWh x 41.44 g/kWh / 1000
|
|   [1] NVIDIA H100 Tensor Core GPU datasheet (NVIDIA, 2023)
|   [2] Uptime Institute Global Data Center Survey 2024 (Uptime Institute, 2024)
|   [3] Carbon intensity of electricity generation, and generation by source (O...
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 --region aws:us-west-2
| mlcarbon estimate: 16 x NVIDIA A100 SXM4 40 GB for 72 h in aws:us-west-2
|
|   energy     679.75 kWh  facility, PUE 1.14
|   emissions  233.31 kg CO2e  gross, location-based, lifecycle basis
|   range      147.05 to 253.54 kg CO2e  widest: power per device
|   embodied   11.926 kg CO2e  manufacturing; 245.23 kg CO2e in all
|
|   factor             value  unit       from
|   devices               16  devices    2 x aws:p4d.24xlarge (8 per instance) [1]
|   power per device     400  W          TDP [2]
|   utilization            1  of power   default
|   host CPUs              4  packages   Intel Xeon Platinum 8275CL of aws:p4d....
|   power per CPU        240  W          TDP of Intel Xeon Platinum 8275CL [3]
|   CPU utilization        1  of power   default
|   host memory        2,474  GB         aws:p4d.24xlarge [1]
|   memory power      0.3725  W/GB       Green Algorithms [4]
|   IT power          8.2815  kW         = 16 x 400 W x 1 / 1000 + 4 x 240 W x ...
|   duration              72  h          --hours 72
|   IT energy         596.27  kWh        = 8.2815 kW x 72 h
|   PUE                 1.14             aws fleet, 2025 [5]
|   facility energy   679.75  kWh        = 596.27 kWh x PUE 1.14
|   grid intensity    343.23  gCO2e/kWh  US-NWPP 2023, direct to lifecycle [6]
|   emissions         233.31  kg CO2e    = 679.75 kWh x 343.23 g/kWh / 1000
|
|   [1] Amazon EC2 User Guide for Linux Instances: Accelerated computing instan...
|   [2] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)
|   [3] CodeCarbon cpu_power.csv (CodeCarbon, 2026)
|   [4] Green Algorithms: Quantifying the Carbon Footprint of Computation (Lann...
|   [5] Amazon Sustainability: the cloud (Amazon, 2026)
|   [6] eGRID2023 (US Environmental Protection Agency, 2025)
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T --region gcp:us-central1
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 921.13 h in gcp:us-central1
|
|   energy     44,981 kWh (44.981 MWh)  facility, PUE 1.09
|   emissions  21,466 kg CO2e (21.466 t)  gross, location-based, lifecycle basis
|   range      9,310 to 34,557 kg CO2e  widest: MFU
|   market     2,576 kg CO2e  the provider's carbon-free share removed
|   embodied   610.29 kg CO2e  manufacturing; 22,076 kg CO2e in all
|
|   factor                     value  unit       from
|   devices                       64  devices    --count
|   power per device             700  W          TDP [1]
|   utilization                    1  of power   default
|   IT power                    44.8  kW         = 64 x 700 W x 1 / 1000
|   training compute         8.4e+22  FLOP       6 x 7 B parameters x 2 T token...
|   peak per device            989.5  TFLOP/s    bf16 dense (default precision)...
|   model FLOPs utilization      0.4             default [3]
|   device-hours              58,952  h          = 8.4e+22 FLOP / (989.5 TFLOP/...
|   duration                  921.13  h          = 58,952 device-hours / 64 dev...
|   IT energy                 41,267  kWh        = 44.8 kW x 921.13 h
|   PUE                         1.09             gcp fleet, 2025 [4]
|   facility energy           44,981  kWh        = 41,267 kWh x PUE 1.09
|   grid intensity            477.23  gCO2e/kWh  gcp:us-central1 2025, direct t...
|   emissions                 21,466  kg CO2e    = 44,981 kWh x 477.23 g/kWh / ...
|
|   [1] NVIDIA H100 Tensor Core GPU datasheet (NVIDIA, 2023)
|   [2] Scaling Laws for Neural Language Models (Kaplan et al., 2020)
|   [3] PaLM: Scaling Language Modeling with Pathways (Chowdhery et al.; Dubey ...
|   [4] Google 2026 Environmental Report (Google, 2026)
|   [5] Carbon free energy for Google Cloud regions (Google, 2026)
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon compare -g a100 -n 8 --hours 24 --region gcp:us-central1 --regions gcp --plot regions.svg
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 39.95 kg CO2e (83.712 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative                  kg CO2e     kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:northamerica-northeast1   3.0225  83.712  13.217x less     1x       1x             1x   13.217x
|      2  gcp:europe-west9              3.5657  83.712  11.204x less     1x       1x             1x   11.204x
|      3  gcp:europe-north2             4.3831  83.712  9.1145x less     1x       1x             1x   9.1145x
|      4  gcp:europe-west6              4.4015  83.712  9.0764x less     1x       1x             1x   9.0764x
|      5  gcp:europe-north1              6.524  83.712  6.1235x less     1x       1x             1x   6.1235x
|      6  gcp:northamerica-northeast2   8.0878  83.712  4.9395x less     1x       1x             1x   4.9395x
|      7  gcp:southamerica-east1         10.42  83.712  3.8341x less     1x       1x             1x   3.8341x
|      8  gcp:us-west1                  12.802  83.712  3.1206x less     1x       1x             1x   3.1206x
|      9  gcp:europe-southwest1          12.82  83.712  3.1161x less     1x       1x             1x   3.1161x
|     10  gcp:europe-west1              16.154  83.712  2.473x less      1x       1x             1x    2.473x
|     11  gcp:europe-west2              16.593  83.712  2.4076x less     1x       1x             1x   2.4076x
|     12  gcp:us-west2                  18.716  83.712  2.1345x less     1x       1x             1x   2.1345x
|     13  gcp:southamerica-west1        22.797  83.712  1.7524x less     1x       1x             1x   1.7524x
|     14  gcp:europe-west4              23.008  83.712  1.7364x less     1x       1x             1x   1.7364x
|     15  gcp:europe-west12             24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     16  gcp:europe-west8              24.527  83.712  1.6288x less     1x       1x             1x   1.6288x
|     17  gcp:europe-west10             29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     18  gcp:europe-west3              29.547  83.712  1.3521x less     1x       1x             1x   1.3521x
|     19  gcp:us-south1                 31.232  83.712  1.2791x less     1x       1x             1x   1.2791x
|     20  gcp:asia-northeast2           32.098  83.712  1.2446x less     1x       1x             1x   1.2446x
|     21  gcp:us-east7                  33.532  83.712  1.1914x less     1x       1x             1x   1.1914x
|     22  gcp:northamerica-south1       33.675  83.712  1.1863x less     1x       1x             1x   1.1863x
|     23  gcp:us-east5                  34.319  83.712  1.1641x less     1x       1x             1x   1.1641x
|     24  gcp:us-east4                  34.322  83.712  1.164x less      1x       1x             1x    1.164x
|     25  gcp:asia-northeast3           35.788  83.712  1.1163x less     1x       1x             1x   1.1163x
|     26  gcp:us-west4                  36.379  83.712  1.0982x less     1x       1x             1x   1.0982x
|     27  gcp:australia-southeast2      39.006  83.712  1.0242x less     1x       1x             1x   1.0242x
|     28  gcp:asia-southeast3           39.374  83.712  1.0146x less     1x       1x             1x   1.0146x
|     29  gcp:us-central1                39.95  83.712  same             1x       1x             1x        1x
|     30  gcp:us-east2                  40.153  83.712  1.0051x more     1x       1x             1x  0.99494x
|     31  gcp:me-west1                  40.756  83.712  1.0202x more     1x       1x             1x  0.98022x
|     32  gcp:me-central1                40.81  83.712  1.0215x more     1x       1x             1x  0.97894x
|     33  gcp:asia-southeast1           40.951  83.712  1.0251x more     1x       1x             1x  0.97554x
|     34  gcp:us-central2               41.096  83.712  1.0287x more     1x       1x             1x  0.97211x
|     35  gcp:asia-east1                 43.32  83.712  1.0843x more     1x       1x             1x  0.92221x
|     36  gcp:australia-southeast1      43.944  83.712  1.1x more        1x       1x             1x  0.90912x
|     37  gcp:asia-south2               44.225  83.712  1.107x more      1x       1x             1x  0.90334x
|     38  gcp:asia-northeast1           44.681  83.712  1.1184x more     1x       1x             1x  0.89412x
|     39  gcp:me-central2               45.404  83.712  1.1365x more     1x       1x             1x  0.87988x
|     40  gcp:europe-central2           48.027  83.712  1.2022x more     1x       1x             1x  0.83182x
|     41  gcp:asia-east2                49.377  83.712  1.236x more      1x       1x             1x  0.80908x
|     42  gcp:us-west3                  52.118  83.712  1.3046x more     1x       1x             1x  0.76653x
|     43  gcp:us-east1                  54.075  83.712  1.3536x more     1x       1x             1x  0.73879x
|     44  gcp:asia-south1               54.764  83.712  1.3708x more     1x       1x             1x  0.72949x
|     45  gcp:asia-southeast2           55.957  83.712  1.4007x more     1x       1x             1x  0.71394x
|     46  gcp:africa-south1             58.405  83.712  1.462x more      1x       1x             1x  0.68402x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ cat regions.svg
| <svg xmlns="http://www.w3.org/2000/svg" width="860" height="680" viewBox="0 0 860 680" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">
| <rect width="100%" height="100%" fill="#ffffff"/>
| <text x="12" y="24" font-size="15" font-weight="bold" fill="#222222">kg CO2e of 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1</text>
| <line x1="230.0" y1="50" x2="230.0" y2="628" stroke="#dddddd"/>
| <text x="230.0" y="644" text-anchor="middle" fill="#555555">0</text>
| <line x1="360.0" y1="50" x2="360.0" y2="628" stroke="#dddddd"/>
| <text x="360.0" y="644" text-anchor="middle" fill="#555555">10</text>
| <line x1="490.0" y1="50" x2="490.0" y2="628" stroke="#dddddd"/>
| <text x="490.0" y="644" text-anchor="middle" fill="#555555">20</text>
| <line x1="620.0" y1="50" x2="620.0" y2="628" stroke="#dddddd"/>
| <text x="620.0" y="644" text-anchor="middle" fill="#555555">30</text>
| <line x1="750.0" y1="50" x2="750.0" y2="628" stroke="#dddddd"/>
| <text x="750.0" y="644" text-anchor="middle" fill="#555555">40</text>
| <text x="490.0" y="668" text-anchor="middle" fill="#333333">kg CO2e (gross, location-based)</text>
| <text x="222" y="71" text-anchor="end" fill="#222222">gcp:northamerica-northeast1</text>
| <rect x="230" y="59" width="39.3" height="16" fill="#2b7bb9"/>
| <text x="275.3" y="71" fill="#222222">3.0225</text>
| <text x="222" y="93" text-anchor="end" fill="#222222">gcp:europe-west9</text>
| <rect x="230" y="81" width="46.4" height="16" fill="#2b7bb9"/>
| <text x="282.4" y="93" fill="#222222">3.5657</text>
| <text x="222" y="115" text-anchor="end" fill="#222222">gcp:europe-north2</text>
| <rect x="230" y="103" width="57.0" height="16" fill="#2b7bb9"/>
| <text x="293.0" y="115" fill="#222222">4.3831</text>
| <text x="222" y="137" text-anchor="end" fill="#222222">gcp:europe-west6</text>
| <rect x="230" y="125" width="57.2" height="16" fill="#2b7bb9"/>
| <text x="293.2" y="137" fill="#222222">4.4015</text>
| <text x="222" y="159" text-anchor="end" fill="#222222">gcp:europe-north1</text>
| <rect x="230" y="147" width="84.8" height="16" fill="#2b7bb9"/>
| <text x="320.8" y="159" fill="#222222">6.524</text>
| <text x="222" y="181" text-anchor="end" fill="#222222">gcp:northamerica-northeast2</text>
| <rect x="230" y="169" width="105.1" height="16" fill="#2b7bb9"/>
| <text x="341.1" y="181" fill="#222222">8.0878</text>
| <text x="222" y="203" text-anchor="end" fill="#222222">gcp:southamerica-east1</text>
| <rect x="230" y="191" width="135.5" height="16" fill="#2b7bb9"/>
| <text x="371.5" y="203" fill="#222222">10.42</text>
| <text x="222" y="225" text-anchor="end" fill="#222222">gcp:us-west1</text>
| <rect x="230" y="213" width="166.4" height="16" fill="#2b7bb9"/>
| <text x="402.4" y="225" fill="#222222">12.802</text>
| <text x="222" y="247" text-anchor="end" fill="#222222">gcp:europe-southwest1</text>
| <rect x="230" y="235" width="166.7" height="16" fill="#2b7bb9"/>
| <text x="402.7" y="247" fill="#222222">12.82</text>
| <text x="222" y="269" text-anchor="end" fill="#222222">gcp:europe-west1</text>
| <rect x="230" y="257" width="210.0" height="16" fill="#2b7bb9"/>
| <text x="446.0" y="269" fill="#222222">16.154</text>
| <text x="222" y="291" text-anchor="end" fill="#222222">gcp:europe-west2</text>
| <rect x="230" y="279" width="215.7" height="16" fill="#2b7bb9"/>
| <text x="451.7" y="291" fill="#222222">16.593</text>
| <text x="222" y="313" text-anchor="end" fill="#222222">gcp:us-west2</text>
| <rect x="230" y="301" width="243.3" height="16" fill="#2b7bb9"/>
| <text x="479.3" y="313" fill="#222222">18.716</text>
| <text x="222" y="335" text-anchor="end" fill="#222222">gcp:southamerica-west1</text>
| <rect x="230" y="323" width="296.4" height="16" fill="#2b7bb9"/>
| <text x="532.4" y="335" fill="#222222">22.797</text>
| <text x="222" y="357" text-anchor="end" fill="#222222">gcp:europe-west4</text>
| <rect x="230" y="345" width="299.1" height="16" fill="#2b7bb9"/>
| <text x="535.1" y="357" fill="#222222">23.008</text>
| <text x="222" y="379" text-anchor="end" fill="#222222">gcp:europe-west12</text>
| <rect x="230" y="367" width="318.8" height="16" fill="#2b7bb9"/>
| <text x="554.8" y="379" fill="#222222">24.527</text>
| <text x="222" y="401" text-anchor="end" fill="#222222">gcp:europe-west8</text>
| <rect x="230" y="389" width="318.8" height="16" fill="#2b7bb9"/>
| <text x="554.8" y="401" fill="#222222">24.527</text>
| <text x="222" y="423" text-anchor="end" fill="#222222">gcp:europe-west10</text>
| <rect x="230" y="411" width="384.1" height="16" fill="#2b7bb9"/>
| <text x="620.1" y="423" fill="#222222">29.547</text>
| <text x="222" y="445" text-anchor="end" fill="#222222">gcp:europe-west3</text>
| <rect x="230" y="433" width="384.1" height="16" fill="#2b7bb9"/>
| <text x="620.1" y="445" fill="#222222">29.547</text>
| <text x="222" y="467" text-anchor="end" fill="#222222">gcp:us-south1</text>
| <rect x="230" y="455" width="406.0" height="16" fill="#2b7bb9"/>
| <text x="642.0" y="467" fill="#222222">31.232</text>
| <text x="222" y="489" text-anchor="end" fill="#222222">gcp:asia-northeast2</text>
| <rect x="230" y="477" width="417.3" height="16" fill="#2b7bb9"/>
| <text x="653.3" y="489" fill="#222222">32.098</text>
| <text x="222" y="511" text-anchor="end" fill="#222222">gcp:us-east7</text>
| <rect x="230" y="499" width="435.9" height="16" fill="#2b7bb9"/>
| <text x="671.9" y="511" fill="#222222">33.532</text>
| <text x="222" y="533" text-anchor="end" fill="#222222">gcp:northamerica-south1</text>
| <rect x="230" y="521" width="437.8" height="16" fill="#2b7bb9"/>
| <text x="673.8" y="533" fill="#222222">33.675</text>
| <text x="222" y="555" text-anchor="end" fill="#222222">gcp:us-east5</text>
| <rect x="230" y="543" width="446.1" height="16" fill="#2b7bb9"/>
| <text x="682.1" y="555" fill="#222222">34.319</text>
| <text x="222" y="577" text-anchor="end" fill="#222222">gcp:us-east4</text>
| <rect x="230" y="565" width="446.2" height="16" fill="#2b7bb9"/>
| <text x="682.2" y="577" fill="#222222">34.322</text>
| <text x="222" y="599" text-anchor="end" fill="#222222">gcp:asia-northeast3</text>
| <rect x="230" y="587" width="465.2" height="16" fill="#2b7bb9"/>
| <text x="701.2" y="599" fill="#222222">35.788</text>
| <text x="222" y="621" text-anchor="end" fill="#222222" font-weight="bold">baseline (as given)</text>
| <rect x="230" y="609" width="519.3" height="16" fill="#d9534f"/>
| <text x="755.3" y="621" fill="#222222">39.95</text>
| </svg>
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
$ mlcarbon estimate -g a100-sxm4-80gb -n 384 --device-hours 1082990 --pue 1 -r FR --intensity 57
| mlcarbon estimate: 384 x NVIDIA A100 SXM4 80 GB for 2,820 h in country:FR
|
|   energy     433,196 kWh (433.2 MWh)  facility, PUE 1
|   emissions  24,692 kg CO2e (24.692 t)  gross, location-based, lifecycle basis
|   range      14,815 to 27,161 kg CO2e  widest: power per device
|   embodied   11,211 kg CO2e  manufacturing; 35,904 kg CO2e in all
|
|   factor              value  unit       from
|   devices               384  devices    --count
|   power per device      400  W          TDP [1]
|   utilization             1  of power   default
|   IT power            153.6  kW         = 384 x 400 W x 1 / 1000
|   duration            2,820  h          --device-hours 1082990 / 384 devices
|   IT energy         433,196  kWh        = 153.6 kW x 2,820 h
|   PUE                     1             --pue
|   facility energy   433,196  kWh        = 433,196 kWh x PUE 1
|   grid intensity         57  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions          24,692  kg CO2e    = 433,196 kWh x 57 g/kWh / 1000
|
|   [1] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon hardware list --kind gpu --vendor NVIDIA
|   id                                W  power is  name
|   tesla-k80                       150  TDP       NVIDIA Tesla K80 (per GPU; t...
|   tesla-k40                       235  TDP       NVIDIA Tesla K40 (K40c / K40m)
|   tesla-m40                       250  TDP       NVIDIA Tesla M40
|   tesla-p4                         75  TDP       NVIDIA Tesla P4
|   tesla-p40                       250  TDP       NVIDIA Tesla P40
|   p100-pcie-16gb                  250  TDP       NVIDIA Tesla P100 PCIe 16 GB
|   p100-pcie-12gb                  250  TDP       NVIDIA Tesla P100 PCIe 12 GB
|   p100-sxm2-16gb                  300  TDP       NVIDIA Tesla P100 SXM2 16 GB
|   v100-sxm2-16gb                  300  TDP       NVIDIA Tesla V100 SXM2 16 GB
|   v100-sxm2-32gb                  300  TDP       NVIDIA Tesla V100 SXM2 32 GB
|   v100-pcie-16gb                  250  TDP       NVIDIA Tesla V100 PCIe 16 GB
|   v100-pcie-32gb                  250  TDP       NVIDIA Tesla V100 PCIe 32 GB
|   v100s-pcie-32gb                 250  TDP       NVIDIA Tesla V100S PCIe 32 GB
|   t4                               70  TDP       NVIDIA T4
|   nvidia-a2                        60  TDP       NVIDIA A2
|   a10                             150  TDP       NVIDIA A10
|   a10g                            150  TDP       NVIDIA A10G (AWS)
|   a16                            62.5  TDP       NVIDIA A16 (per GPU; four GP...
|   a30                             165  TDP       NVIDIA A30
|   a40                             300  TDP       NVIDIA A40
|   a100-sxm4-40gb                  400  TDP       NVIDIA A100 SXM4 40 GB
|   a100-sxm4-80gb                  400  TDP       NVIDIA A100 SXM4 80 GB
|   a100-pcie-40gb                  250  TDP       NVIDIA A100 PCIe 40 GB
|   a100-pcie-80gb                  300  TDP       NVIDIA A100 PCIe 80 GB
|   a800-sxm4-80gb                  400  TDP       NVIDIA A800 SXM4 80 GB (China)
|   h100-sxm                        700  TDP       NVIDIA H100 SXM5 80 GB
|   h100-pcie                       350  TDP       NVIDIA H100 PCIe 80 GB
|   h100-nvl                        400  TDP       NVIDIA H100 NVL 94 GB
|   h800-sxm                        700  TDP       NVIDIA H800 SXM5 80 GB (China)
|   h20                             400  TDP       NVIDIA H20 (China)
|   h200-sxm                        700  TDP       NVIDIA H200 SXM 141 GB
|   h200-nvl                        600  TDP       NVIDIA H200 NVL 141 GB
|   gh200                         1,000  TDP       NVIDIA GH200 Grace Hopper Su...
|   l4                               72  TDP       NVIDIA L4
|   l40                             300  TDP       NVIDIA L40
|   l40s                            350  TDP       NVIDIA L40S
|   b100                            700  TDP       NVIDIA B100
|   b200                          1,000  TDP       NVIDIA B200 (HGX)
|   gb200                         1,200  TDP       NVIDIA GB200 (per Blackwell ...
|   b300                          1,100  TDP       NVIDIA B300 (Blackwell Ultra...
|   gb300                         1,400  TDP       NVIDIA GB300 (per Blackwell ...
|   jetson-agx-xavier                30  TDP       NVIDIA Jetson AGX Xavier (32...
|   gtx-750                          55  TDP       NVIDIA GeForce GTX 750
|   gtx-titan-x                     250  TDP       NVIDIA GeForce GTX TITAN X (...
|   gtx-1660                        120  TDP       NVIDIA GeForce GTX 1660
|   gtx-1080                        180  TDP       NVIDIA GeForce GTX 1080
|   gtx-1080-ti                     250  TDP       NVIDIA GeForce GTX 1080 Ti
|   titan-x-pascal                  250  TDP       NVIDIA TITAN X (Pascal)
|   titan-xp                        250  TDP       NVIDIA TITAN Xp
|   titan-v                         250  TDP       NVIDIA TITAN V
|   titan-rtx                       280  TDP       NVIDIA TITAN RTX
|   rtx-2080                        215  TDP       NVIDIA GeForce RTX 2080
|   rtx-2080-ti                     250  TDP       NVIDIA GeForce RTX 2080 Ti
|   rtx-3060                        170  TDP       NVIDIA GeForce RTX 3060
|   rtx-3070                        220  TDP       NVIDIA GeForce RTX 3070
|   rtx-3080                        320  TDP       NVIDIA GeForce RTX 3080
|   rtx-3080-ti                     350  TDP       NVIDIA GeForce RTX 3080 Ti
|   rtx-3090                        350  TDP       NVIDIA GeForce RTX 3090
|   rtx-3090-ti                     450  TDP       NVIDIA GeForce RTX 3090 Ti
|   rtx-4070                        200  TDP       NVIDIA GeForce RTX 4070
|   rtx-4080                        320  TDP       NVIDIA GeForce RTX 4080
|   rtx-4090                        450  TDP       NVIDIA GeForce RTX 4090
|   rtx-5080                        360  TDP       NVIDIA GeForce RTX 5080
|   rtx-5090                        575  TDP       NVIDIA GeForce RTX 5090
|   quadro-k6000                    225  TDP       NVIDIA Quadro K6000
|   quadro-p6000                    250  TDP       NVIDIA Quadro P6000
|   quadro-rtx-6000                 260  TDP       NVIDIA Quadro RTX 6000
|   quadro-rtx-8000                 260  TDP       NVIDIA Quadro RTX 8000
|   rtx-a4000                       140  TDP       NVIDIA RTX A4000
|   rtx-a4500                       200  TDP       NVIDIA RTX A4500
|   rtx-a5000                       230  TDP       NVIDIA RTX A5000
|   rtx-a6000                       300  TDP       NVIDIA RTX A6000
|   rtx-4000-ada                    130  TDP       NVIDIA RTX 4000 Ada Generation
|   rtx-5000-ada                    250  TDP       NVIDIA RTX 5000 Ada Generation
|   rtx-6000-ada                    300  TDP       NVIDIA RTX 6000 Ada Generation
|   rtx-pro-6000-blackwell          600  TDP       NVIDIA RTX PRO 6000 Blackwel...
|   rtx-pro-6000-blackwell-max-q    300  TDP       NVIDIA RTX PRO 6000 Blackwel...
| 77 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ mlcarbon hardware show a100
| NVIDIA A100 SXM4 40 GB (a100-sxm4-40gb)
|   vendor:    NVIDIA
|   kind:      gpu
|   power:     400 W (TDP)
|   memory:    40 GB
|   released:  2020
|   aliases:   A100, A100 SXM4 40GB, A100 SXM 40GB, NVIDIA A100-SXM4-40GB, A100 40GB, A100 SXM4, A100 SXM
|   note:      The family alias a100 (and 'A100 SXM4', 'A100 40GB') names this variant, the one in AWS p4d, GCP a2-highgpu and Azure ND A100 v4.
|   source:
|     title:     NVIDIA A100 Tensor Core GPU datasheet
|     publisher: NVIDIA
|     year:      2021
|     url:       https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Max TDP: A100 40GB PCIe 250 W, A100 80GB PCIe 300 W, A100 SXM (40 and 80 GB) 400 W.
$ mlcarbon regions list --provider gcp
|   id                            g/kWh  year   PUE  name
|   gcp:africa-south1            697.69  2025  1.09  Johannesburg
|   gcp:asia-east1               517.48  2025  1.09  Taiwan (Changhua County)
|   gcp:asia-east2               589.85  2025  1.09  Hong Kong
|   gcp:asia-northeast1          533.74  2025  1.09  Tokyo
|   gcp:asia-northeast2          383.43  2025  1.09  Osaka
|   gcp:asia-northeast3          427.51  2025  1.09  Seoul
|   gcp:asia-south1               654.2  2025  1.09  Mumbai, Maharashtra
|   gcp:asia-south2               528.3  2025  1.09  Delhi
|   gcp:asia-southeast1          489.19  2025  1.09  Jurong West, Singapore
|   gcp:asia-southeast2          668.45  2025  1.09  Jakarta
|   gcp:asia-southeast3          470.35  2025  1.09  Bangkok
|   gcp:australia-southeast1     524.94  2025  1.09  Sydney, New South Wales
|   gcp:australia-southeast2     465.95  2025  1.09  Melbourne, Victoria
|   gcp:europe-central2          573.72  2025  1.09  Warsaw
|   gcp:europe-north1            77.934  2025  1.09  Finland (Hamina)
|   gcp:europe-north2            52.359  2025  1.09  Stockholm
|   gcp:europe-southwest1        153.15  2025  1.09  Madrid
|   gcp:europe-west1             192.97  2025  1.09  Belgium (St. Ghislain)
|   gcp:europe-west10            352.96  2025  1.09  Berlin
|   gcp:europe-west12            292.99  2025  1.09  Turin
|   gcp:europe-west2             198.22  2025  1.09  London, England
|   gcp:europe-west3             352.96  2025  1.09  Frankfurt
|   gcp:europe-west4             274.84  2025  1.09  Netherlands (Eemshaven, Gr...
|   gcp:europe-west6              52.58  2025  1.09  Zurich
|   gcp:europe-west8             292.99  2025  1.09  Milan
|   gcp:europe-west9             42.595  2025  1.09  Paris
|   gcp:me-central1               487.5  2025  1.09  Doha
|   gcp:me-central2              542.38  2025  1.09  Dammam
|   gcp:me-west1                 486.86  2025  1.09  Tel Aviv
|   gcp:northamerica-northeast1  36.106  2025  1.09  Montréal, Québec
|   gcp:northamerica-northeast2  96.615  2025  1.09  Toronto, Ontario
|   gcp:northamerica-south1      402.28  2025  1.09  Mexico (Querétaro)
|   gcp:southamerica-east1       124.47  2025  1.09  Osasco, São Paulo
|   gcp:southamerica-west1       272.33  2025  1.09  Santiago
|   gcp:us-central1              477.23  2025  1.09  Council Bluffs, Iowa
|   gcp:us-central2              490.92  2025  1.09  Mayes County (Pryor), Okla...
|   gcp:us-east1                 645.97  2025  1.09  Berkeley County (Moncks Co...
|   gcp:us-east2                 479.66  2025  1.09  Douglas County, Georgia
|   gcp:us-east4                 410.01  2025  1.09  Northern Virginia (Ashburn...
|   gcp:us-east5                 409.97  2025  1.09  Columbus, Ohio
|   gcp:us-east7                 400.57  2025  1.09  Alabama and Tennessee (Bri...
|   gcp:us-south1                373.09  2025  1.09  Dallas, Texas
|   gcp:us-west1                 152.93  2025  1.09  The Dalles, Oregon
|   gcp:us-west2                 223.58  2025  1.09  Los Angeles, California
|   gcp:us-west3                 622.59  2025  1.09  Salt Lake City, Utah
|   gcp:us-west4                 434.58  2025  1.09  Las Vegas, Nevada
| 46 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --country US
|   id                     g/kWh  year   PUE  name
|   aws:us-east-1         337.02  2023  1.14  US East (N. Virginia) (Northern V...
|   aws:us-east-2         482.01  2023  1.14  US East (Ohio) (Columbus area, Ohio)
|   aws:us-gov-east-1     421.63  2023  1.14  AWS GovCloud (US-East) (Ohio)
|   aws:us-gov-west-1     421.63  2023  1.14  AWS GovCloud (US-West) (Northwest...
|   aws:us-west-1         268.71  2023  1.14  US West (N. California) (San Fran...
|   aws:us-west-2         343.23  2023  1.14  US West (Oregon) (Umatilla and Mo...
|   azure:centralus       465.56  2023  1.17  Central US (Des Moines area, Iowa)
|   azure:centraluseuap   421.63  2023  1.17  Central US EUAP (Des Moines area,...
|   azure:eastus          337.02  2023  1.17  East US (Virginia)
|   azure:eastus2         337.02  2023  1.17  East US 2 (Virginia)
|   azure:eastus2euap     421.63  2023  1.17  East US 2 EUAP (Virginia)
|   azure:northcentralus  482.01  2023  1.17  North Central US (Chicago area, I...
|   azure:southcentralus  408.09  2023  1.17  South Central US (San Antonio, Te...
|   azure:westcentralus   532.18  2023  1.17  West Central US (Cheyenne, Wyoming)
|   azure:westus          268.71  2023  1.17  West US (San Francisco Bay Area, ...
|   azure:westus2         343.23  2023  1.17  West US 2 (Quincy, Washington)
|   azure:westus3          394.9  2023  1.17  West US 3 (Phoenix area, Arizona)
|   coreweave:las1         394.9  2023  1.56  US West (Las Vegas, Nevada)
|   coreweave:lga1        347.06  2023  1.56  US East (Weehawken, New Jersey)
|   coreweave:ord1        482.01  2023  1.56  US Central (Chicago, Illinois)
|   gcp:us-central1       477.23  2025  1.09  Council Bluffs, Iowa
|   gcp:us-central2       490.92  2025  1.09  Mayes County (Pryor), Oklahoma
|   gcp:us-east1          645.97  2025  1.09  Berkeley County (Moncks Corner), ...
|   gcp:us-east2          479.66  2025  1.09  Douglas County, Georgia
|   gcp:us-east4          410.01  2025  1.09  Northern Virginia (Ashburn, Loudo...
|   gcp:us-east5          409.97  2025  1.09  Columbus, Ohio
|   gcp:us-east7          400.57  2025  1.09  Alabama and Tennessee (Bridgeport...
|   gcp:us-south1         373.09  2025  1.09  Dallas, Texas
|   gcp:us-west1          152.93  2025  1.09  The Dalles, Oregon
|   gcp:us-west2          223.58  2025  1.09  Los Angeles, California
|   gcp:us-west3          622.59  2025  1.09  Salt Lake City, Utah
|   gcp:us-west4          434.58  2025  1.09  Las Vegas, Nevada
|   ovh:us-east-vin       337.02  2023  1.28  Vint Hill, Virginia
|   ovh:us-west-hil       343.23  2023  1.28  Hillsboro, Oregon
|   country:US            421.63  2023  1.56  United States
|   grid:US-AKGD          518.92  2023  1.56  ASCC Alaska Grid (eGRID AKGD)
|   grid:US-AKMS          321.03  2023  1.56  ASCC Miscellaneous (eGRID AKMS)
|   grid:US-AZNM           394.9  2023  1.56  WECC Southwest (eGRID AZNM)
|   grid:US-CAMX          268.71  2023  1.56  WECC California (eGRID CAMX)
|   grid:US-ERCT          408.09  2023  1.56  ERCOT All (eGRID ERCT)
|   grid:US-FRCC          456.97  2023  1.56  FRCC All (eGRID FRCC)
|   grid:US-HIMS          693.56  2023  1.56  HICC Miscellaneous (eGRID HIMS)
|   grid:US-HIOA          892.45  2023  1.56  HICC Oahu (eGRID HIOA)
|   grid:US-MROE          723.89  2023  1.56  MRO East (eGRID MROE)
|   grid:US-MROW          465.56  2023  1.56  MRO West (eGRID MROW)
|   grid:US-NEWE           331.1  2023  1.56  NPCC New England (eGRID NEWE)
|   grid:US-NWPP          343.23  2023  1.56  WECC Northwest (eGRID NWPP)
|   grid:US-NYCW          512.95  2023  1.56  NPCC NYC/Westchester (eGRID NYCW)
|   grid:US-NYLI          658.17  2023  1.56  NPCC Long Island (eGRID NYLI)
|   grid:US-NYUP          157.12  2023  1.56  NPCC Upstate NY (eGRID NYUP)
|   grid:US-PRMS          859.68  2023  1.56  Puerto Rico Miscellaneous (eGRID ...
|   grid:US-RFCE          347.06  2023  1.56  RFC East (eGRID RFCE)
|   grid:US-RFCM          527.47  2023  1.56  RFC Michigan (eGRID RFCM)
|   grid:US-RFCW          482.01  2023  1.56  RFC West (eGRID RFCW)
|   grid:US-RMPA          532.18  2023  1.56  WECC Rockies (eGRID RMPA)
|   grid:US-SPNO          436.29  2023  1.56  SPP North (eGRID SPNO)
|   grid:US-SPSO          470.68  2023  1.56  SPP South (eGRID SPSO)
|   grid:US-SRMV          425.54  2023  1.56  SERC Mississippi Valley (eGRID SRMV)
|   grid:US-SRMW          622.09  2023  1.56  SERC Midwest (eGRID SRMW)
|   grid:US-SRSO           472.2  2023  1.56  SERC South (eGRID SRSO)
|   grid:US-SRTV          470.41  2023  1.56  SERC Tennessee Valley (eGRID SRTV)
|   grid:US-SRVC          337.02  2023  1.56  SERC Virginia/Carolina (eGRID SRVC)
| 62 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions show azure:westeurope
| azure:westeurope (West Europe)
|   provider:  Microsoft Azure
|   location:  Netherlands (North Holland), NL
|   aliases:   EU West, EuropeWest
|   grid:      NL (Netherlands, country)
|   intensity: 253.56 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|              the national average of Netherlands: Microsoft Azure publishes no figure for the region
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    173.07 gCO2e/kWh = 253.56 - 80.492 upstream, from the 2025 generation mix of NL and per-fuel factors
|   mix:       NL (2025): coal 7.1%, gas 34.9%, oil 3.9%, nuclear 3.0%, hydro 0.0%, wind 25.0%, solar 21.1%, biomass 5.1%
|   PUE:       1.17 (azure fleet: fleet average, measured, fiscal year July 2024 - June 2025, 2025)
|     title:     Measuring energy and water efficiency for Microsoft datacenters
|     publisher: Microsoft
|     year:      2025
|     url:       https://datacenters.microsoft.com/sustainability/efficiency/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Measured PUE of Microsoft's fully owned and operated datacenters, fiscal year 2025 (July 2024 - June 2025): global 1.17 (FY24 1.16); Americas 1.16, EMEA 1.16, Asia Pacific 1.28. The page's table was read through two transcriptions and a ComputerWeekly report; Microsoft's newest design PUE, 1.12, is a design target, not a measurement.
|   claim:     Microsoft says it matched 100% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based. (2025; reported, not subtracted)
|     title:     Microsoft achieves its 100% renewable electricity goal
|     publisher: ESG Investing
|     year:      2026
|     url:       https://esg-investing.com/2026/02/18/microsoft-achieves-its-100-renewable-electricity-goal
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      News report of Microsoft's announcement (blog post by Melanie Nakagawa), 2026-02-18.
|   claim:     Microsoft's stated goal for 2030: 100% of its electricity use, 100% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0). (2021; reported, not subtracted)
|     title:     Microsoft announces new 100/100/0 commitment by 2030
|     publisher: Environmental Leader
|     year:      2021
|     url:       https://www.environmentalleader.com/2021/07/microsoft-announces-new-100-100-0-commitment-by-2030/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      News report of Microsoft's July 2021 announcement.
$ mlcarbon instances list --provider aws --hardware h100
|   instance         accelerators  vCPUs  memory GB  host CPUs
|   aws:p5.4xlarge   1 x h100-sxm     16     274.88  AMD EPYC 7R13 (no sourced ...
|   aws:p5.48xlarge  8 x h100-sxm    192      2,199  AMD EPYC 7R13 (no sourced ...
$ mlcarbon instances show gcp:a3-highgpu-8g
|   instance           accelerators  vCPUs  memory GB  host CPUs                                   source
|   gcp:a3-highgpu-8g  8 x h100-sxm    208      1,872  Intel Xeon Platinum 8481C (no sourced TDP)  Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types) (Google Cloud, 2025)
|
|   A3 High: H100 80 GB SXM. 8481C (Sapphire Rapids, Google custom) has no hardware.json entry (no published TDP).
%file my-lab.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "hardware": [{"id": "lab-node", "name": "Lab node", "vendor": "Ourselves", "kind": "gpu", "power_w": 1200,
               "power_kind": "measured_average", "source": "lab-meter"}]}
%end
$ mlcarbon data check my-lab.json
| my-lab.json (overlay file): valid
|   hardware:  140 devices (123 TDP, 4 measured averages, 13 estimates), 84 sources
|   regions:   7 providers (4 with a published PUE), 212 countries, 47 sub-national grids (US 27, CA 13, AU 7), the world average, 170 cloud regions (46 with their own intensity), 27 sources
|   basis:     258 of 260 grids have a generation mix, so that their figures convert between the lifecycle and direct bases
|   intensity: years 2020 to 2026; median year of the figures in use 2025

# Defaults from a project file
%file project/.mlcarbon.json
{"region": "gcp:europe-west4", "budget": "500kg", "format": "json"}
%end

# Many jobs
%file jobs.csv
name,hardware,count,hours,region
pretrain,h100,256,72,gcp:us-central1
finetune,a100,8,12,aws:us-east-1
sweep,l4,4,30,FR
%end
$ mlcarbon estimate --jobs jobs.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  pretrain              h100-sxm             256         72  gcp:us-central1                   14,064         6,712         6,712
|       3  finetune              a100-sxm4-40gb         8         12  aws:us-east-1                     43.776        14.753        14.753
|       4  sweep                 l4                     4         30  country:FR                        13.478       0.55854       0.55854
|
| Total of 3 jobs:
|   energy      14,121 kWh  (facility; IT 12,949 kWh; 18,648 device-hours)
|   emissions   6,727 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,727 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1       1      43.776   14.753       14.753
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1      43.776   14.753       14.753
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
$ mlcarbon estimate --jobs jobs.csv -f jsonl
| {"schema_version":1,"record":"job","line":2,"name":"pretrain","hardware":"h100-sxm","count":256,"power_w":700,"power_origin":"hardware","utilization":1,"hours":72,"region":"gcp:us-central1","grid":"US-MROW","pue":1.09,"pue_origin":"provider","intensity_g_per_kwh":477.23071928071926,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"job","line":3,"name":"finetune","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":12,"region":"aws:us-east-1","grid":"US-SRVC","pue":1.14,"pue_origin":"provider","intensity_g_per_kwh":337.01647352647353,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":0,"net_co2e_kg":14.753233145094907,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"job","line":4,"name":"sweep","hardware":"l4","count":4,"power_w":72,"power_origin":"hardware","utilization":1,"hours":30,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"total","jobs":3,"device_hours":18648,"it_energy_kwh":12949.439999999999,"energy_kwh":14120.8704,"co2e_kg":6726.901357408927,"offset_kg":0,"net_co2e_kg":6726.901357408927,"embodied_kg":193.04995970991135,"failed":0}
| {"schema_version":1,"record":"region_total","region":"aws:us-east-1","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":0,"net_co2e_kg":14.753233145094907,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"region_total","region":"country:FR","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
| {"schema_version":1,"record":"region_total","region":"gcp:us-central1","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":1,"device_hours":96,"it_energy_kwh":38.400000000000006,"energy_kwh":43.776,"co2e_kg":14.753233145094907,"offset_kg":0,"net_co2e_kg":14.753233145094907,"embodied_kg":0.9938221864088101}
| {"schema_version":1,"record":"hardware_total","hardware":"h100-sxm","jobs":1,"device_hours":18432,"it_energy_kwh":12902.4,"energy_kwh":14063.616,"co2e_kg":6711.589579367832,"offset_kg":0,"net_co2e_kg":6711.589579367832,"embodied_kg":190.81385979049153}
| {"schema_version":1,"record":"hardware_total","hardware":"l4","jobs":1,"device_hours":120,"it_energy_kwh":8.639999999999999,"energy_kwh":13.478399999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"embodied_kg":1.2422777330110126}
$ mlcarbon estimate --jobs jobs.csv --totals-only --budget 2t
| Total of 3 jobs:
|   energy      14,121 kWh  (facility; IT 12,949 kWh; 18,648 device-hours)
|   emissions   6,727 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,727 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1       1      43.776   14.753       14.753
|   country:FR          1      13.478  0.55854      0.55854
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1      43.776   14.753       14.753
|   h100-sxm           1      14,064    6,712        6,712
|   l4                 1      13.478  0.55854      0.55854
! mlcarbon: budget exceeded: gross emissions of 6,727 kg CO2e are 4,727 kg CO2e (236.35%) over the budget of 2t
[7]
$ mlcarbon estimate --jobs jobs.csv --value co2e_kg
| 6726.9

# A whole cluster from SLURM accounting
$ mlcarbon estimate --jobs $SRC/examples/slurm/sacct.txt --jobs-format sacct --cluster $SRC/examples/slurm/cluster.json --group-by user,partition --totals-only
| Total of 19 jobs:
|   energy      423.72 kWh  (facility; IT 325.94 kWh; 623.73 device-hours)
|   emissions   92.121 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         92.121 kg CO2e  (after 0 kg CO2e of offsets bought)
|   skipped     9 lines of the accounting not counted: 6 job steps (counted in their jobs), 1 still running, 2 never started
|   cluster     $SRC/examples/slurm/cluster.json (example-hpc): each job's hardware, CPUs, PUE and grid by its partition and node
|
| By region:
|   region      jobs  energy kWh  kg CO2e  net kg CO2e
|   country:GB    19      423.72   92.121       92.121
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  6      16.323   3.5487       3.5487
|   a100-sxm4-80gb    11      386.73   84.079       84.079
|   h100-sxm           1      15.554   3.3816       3.3816
|   v100-sxm2-32gb     1      5.1137   1.1118       1.1118
|
| By user:
|   user   jobs  energy kWh  kg CO2e  net kg CO2e
|   alice     7       50.14   10.901       10.901
|   bob       7      324.81   70.616       70.616
|   carol     5      48.771   10.603       10.603
|
| By partition:
|   partition  jobs  energy kWh     kg CO2e  net kg CO2e
|   cpu           4      16.297      3.5431       3.5431
|   debug         1   0.0022425  0.00048754   0.00048754
|   gpu          14      407.42      88.577       88.577

# Paper appendices
$ mlcarbon estimate -g a100 -n 8 --hours 24 --region gcp:us-central1 --format latex --bib refs.bib
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025~\cite{google-env-report-2026}. The carbon intensity of the grid is 477.23 gCO\textsubscript{2}e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO\textsubscript{2}e/kWh on a direct basis~\cite{google-region-carbon-2025}, plus 45.281 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2023 generation mix~\cite{egrid2023} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 83.712 kWh of electricity and emitted 39.95 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 88\% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 4.794 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1.9876 kg CO\textsubscript{2}e (41.938 kg CO\textsubscript{2}e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 21.659 and 48.235 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 8 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Duration & 24 h &  \\
| Location & gcp:us-central1 &  \\
| PUE & 1.09 & \cite{google-env-report-2026} \\
| Grid intensity & 477.23 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{google-region-carbon-2025} \\
| Energy & 83.712 kWh &  \\
| Emissions (location-based) & 39.95 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 39.95 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 4.794 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1.9876 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 41.938 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 21.659 to 48.235 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ cat refs.bib
| % BibTeX entries written by mlcarbon: the method papers and every data source the estimate used.
|
| @misc{lacoste2019quantifying,
|   author = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},
|   title = {{Quantifying the Carbon Emissions of Machine Learning}},
|   year = {2019},
|   howpublished = {arXiv:1910.09700},
|   note = {\url{https://arxiv.org/abs/1910.09700}}
| }
|
| @misc{patterson2021carbon,
|   author = {Patterson, David and Gonzalez, Joseph and Le, Quoc and Liang, Chen and Munguia, Lluis-Miquel and Rothchild, Daniel and So, David and Texier, Maud and Dean, Jeff},
|   title = {{Carbon Emissions and Large Neural Network Training}},
|   year = {2021},
|   howpublished = {arXiv:2104.10350},
|   note = {\url{https://arxiv.org/abs/2104.10350}}
| }
|
| @misc{nvidia-a100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA A100 Tensor Core GPU datasheet}},
|   year = {2021},
|   note = {\url{https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf}}
| }
|
| @misc{google-env-report-2026,
|   author = {{Google}},
|   title = {{Google 2026 Environmental Report (2025 data)}},
|   year = {2026},
|   note = {\url{https://sustainability.google/google-2026-environmental-report}}
| }
|
| @misc{google-region-carbon-2025,
|   author = {{Google}},
|   title = {{Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data}},
|   year = {2026},
|   note = {\url{https://github.com/GoogleCloudPlatform/region-carbon-info}}
| }
|
| @misc{egrid2023,
|   author = {{US Environmental Protection Agency}},
|   title = {{eGRID2023 (revision 2): subregion output emission rates and resource mix}},
|   year = {2025},
|   note = {\url{https://www.epa.gov/egrid}}
| }
|
| @misc{ipcc-ar5-annex3,
|   author = {{Cambridge University Press / IPCC}},
|   title = {{IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.)}},
|   year = {2014},
|   note = {\url{https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf\#page=7}}
| }
|
| @misc{electricity-maps-oil-factors,
|   author = {{Electricity Maps}},
|   title = {{Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014)}},
|   year = {2026},
|   note = {\url{https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml}}
| }
|
| @misc{google-clean-energy,
|   author = {{Google}},
|   title = {{Google data centers: 24/7 carbon-free energy}},
|   year = {2024},
|   note = {\url{https://www.google.com/about/datacenters/cleanenergy/}}
| }
|
| @misc{google-env-report-2025,
|   author = {{Google}},
|   title = {{Read Google's 10th annual Environmental Report}},
|   year = {2025},
|   note = {\url{https://blog.google/outreach-initiatives/sustainability/environmental-report-2025}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|

# compare
$ mlcarbon compare -g a100 -n 8 --params 7B --tokens 1T -r aws:us-east-1 --devices h100,a100,v100 --pue-values 1.1,1.56
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 11,685 h in aws:us-east-1
|   baseline: 14,366 kg CO2e (42,628 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline   model   machine  mechanization  map
|      1  h100           7,927  23,522  1.8123x less     1x   1.8123x             1x   1x
|      2  PUE 1.1       13,862  41,132  1.0364x less     1x        1x        1.0364x   1x
|      3  a100          14,366  42,628  same             1x        1x             1x   1x
|      4  PUE 1.56      19,659  58,333  1.3684x more     1x        1x       0.73077x   1x
|      5  v100          26,894  79,800  1.872x more      1x  0.53419x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.

# examples/
$ mlcarbon estimate --jobs $SRC/examples/patterson2021-table4.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  Evolved Transform...  tpu-v2               200      163.2  -                                  7,468         3,219         3,219
|       3  T5                    tpu-v3               512        480  -                                 85,328        46,504        46,504
|       4  Meena                 tpu-v3              1024        720  -                                232,251        96,384        96,384
|       5  GShard-600B           tpu-v3              1024       74.4  -                                 23,916         4,807         4,807
|       6  Switch Transformer    tpu-v3              1024        648  -                                178,827        72,067        72,067
|       7  GPT-3                 -                  10000      355.2  -                              1,289,376       553,142       553,142
|
| Total of 6 jobs:
|   energy      1,817,166 kWh  (facility; IT 1,652,720 kWh; 5,307,418 device-hours)
|   emissions   776,123 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         776,123 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region  jobs  energy kWh  kg CO2e  net kg CO2e
|   -          6   1,817,166  776,123      776,123
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            1   1,289,376  553,142      553,142
|   tpu-v2       1       7,468    3,219        3,219
|   tpu-v3       4     520,322  219,762      219,762

# Exit statuses
$ mlcarbon estimate -g A1OO --hours 10 --region FR
! mlcarbon: error: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[3]
# The README's model-card example: its command gives the block shown there (emissions 14157.5 g:
# 250 W (V100 PCIe datasheet) x 100 h x PUE 1 x 566.3 g/kWh = 14,157.5 g).
$ mlcarbon estimate -g V100-PCIe-16GB --hours 100 --region gcp:us-central1 --pue 1 --intensity 566.3 --format model-card
| co2_eq_emissions:
|   emissions: 14157.5
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Council Bluffs, Iowa, US (gcp:us-central1)"
|   hardware_used: "1 x NVIDIA Tesla V100 PCIe 16 GB"
