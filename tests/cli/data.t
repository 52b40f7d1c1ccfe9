# Other data: a data directory, overlays of private hardware, sites and grids.
%file lab.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "hardware": [{"id": "lab-node", "name": "Lab node", "vendor": "Ourselves", "kind": "gpu", "power_w": 1200,
               "power_kind": "measured_average", "source": "lab-meter"}],
 "providers": [{"id": "lab", "name": "Our lab"}],
 "grids": [{"id": "US-LAB", "kind": "subnational", "name": "Campus grid", "country": "US",
            "intensity_g_per_kwh": 120, "year": 2025, "basis": "direct", "source": "lab-meter"}],
 "regions": [{"provider": "lab", "id": "basement", "name": "Basement", "location": "Boston", "country": "US", "grid": "US-LAB"}]}
%end
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 --pue 1 --intensity 100
| mlcarbon estimate: 2 x Lab node for 10 h in a private site
|
|   energy      24 kWh  (facility, PUE 1 included)
|   emissions   2.4 kg CO2e  (gross, location-based)
|   net         2.4 kg CO2e  (after 0 kg CO2e of offsets bought)
|   embodied    0.20705 kg CO2e  (manufacturing, amortised); total with embodied 2.607 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           2  devices    --count
|   power per device              1,200  W          measured average of Lab node: Rack power meter log (Our lab, 2026)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        2.4  kW         = 2 x 1,200 W x 1 / 1000
|   duration                         10  h          --hours 10
|   IT energy                        24  kWh        = 2.4 kW x 10 h
|   PUE                               1             --pue
|   facility energy                  24  kWh        = 24 kWh x PUE 1
|   grid intensity                  100  gCO2e/kWh  --intensity
|   emissions (location-based)      2.4  kg CO2e    = 24 kWh x 100 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                   2.4  kg CO2e    = 2.4 - 0
|   embodied (manufacturing)    0.20705  kg CO2e    = 2 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied           2.607  kg CO2e    = 2.4 + 0.20705
|
| Assumptions:
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r grid:US-LAB
| mlcarbon estimate: 2 x Lab node for 10 h in grid:US-LAB (Campus grid)
|
|   energy      37.44 kWh  (facility, PUE 1.56 included)
|   emissions   4.4928 kg CO2e  (gross, location-based)
|   net         4.4928 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.168 to 4.8096 kg CO2e  (interval bounds; widest factor: PUE)
|   embodied    0.20705 kg CO2e  (manufacturing, amortised); total with embodied 4.6998 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           2  devices    --count
|   power per device              1,200  W          measured average of Lab node: Rack power meter log (Our lab, 2026)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        2.4  kW         = 2 x 1,200 W x 1 / 1000
|   duration                         10  h          --hours 10
|   IT energy                        24  kWh        = 2.4 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               37.44  kWh        = 24 kWh x PUE 1.56
|   grid intensity                  120  gCO2e/kWh  Campus grid (US-LAB), 2025 annual average (direct basis): Rack power meter log (Our lab, 2026)
|   emissions (location-based)   4.4928  kg CO2e    = 37.44 kWh x 120 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                4.4928  kg CO2e    = 4.4928 - 0
|   embodied (manufacturing)    0.20705  kg CO2e    = 2 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          4.6998  kg CO2e    = 4.4928 + 0.20705
|
| Range (3.168 to 4.8096 kg CO2e; each factor alone, then all at their ends):
|   factor  low  high          kg CO2e  basis
|   PUE     1.1  1.67  3.168 to 4.8096  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r lab:basement --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-23",
|     "regions_version": "2026-11-23",
|     "origin": "embedded + lab.json"
|   },
|   "energy_kwh": 37.44,
|   "it_energy_kwh": 24,
|   "co2e_kg": 4.492799999999999,
|   "offset_kg": 0,
|   "net_co2e_kg": 4.492799999999999,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.20704628883516876,
|   "total_with_embodied_kg": 4.699846288835168,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 3.1680000000000006,
|     "co2e_kg_high": 4.8096,
|     "energy_kwh_low": 26.400000000000002,
|     "energy_kwh_high": 40.08,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 3.1680000000000006,
|         "co2e_kg_high": 4.8096,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "lab-node",
|     "hardware_name": "Lab node",
|     "count": 2,
|     "power_w": 1200,
|     "power_origin": "hardware",
|     "power_kind": "measured_average",
|     "power_source": {
|       "key": "lab-meter",
|       "title": "Rack power meter log",
|       "publisher": "Our lab",
|       "url": "https://example.org/meter",
|       "year": 2026
|     },
|     "utilization": 1,
|     "hours": 10,
|     "region": "lab:basement",
|     "region_name": "Basement",
|     "grid": "US-LAB",
|     "pue": 1.56,
|     "pue_origin": "default",
|     "pue_year": 2024,
|     "pue_source": {
|       "key": "uptime-2024",
|       "title": "Uptime Institute Global Data Center Survey 2024",
|       "publisher": "Uptime Institute",
|       "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|       "year": 2024
|     },
|     "intensity_g_per_kwh": 120,
|     "intensity_origin": "grid",
|     "intensity_year": 2025,
|     "intensity_basis": "direct",
|     "intensity_source": {
|       "key": "lab-meter",
|       "title": "Rack power meter log",
|       "publisher": "Our lab",
|       "url": "https://example.org/meter",
|       "year": 2026
|     },
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": null,
|     "cpu_count": 0,
|     "cpu_power_w": 0,
|     "cpu_utilization": 1,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
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
|       "value": 2,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 1200,
|       "unit": "W",
|       "source": "measured average of Lab node: Rack power meter log (Our lab, 2026)",
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
|       "value": 2.4,
|       "unit": "kW",
|       "source": "",
|       "formula": "2 x 1,200 W x 1 / 1000"
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
|       "value": 24,
|       "unit": "kWh",
|       "source": "",
|       "formula": "2.4 kW x 10 h"
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
|       "value": 37.44,
|       "unit": "kWh",
|       "source": "",
|       "formula": "24 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 120,
|       "unit": "gCO2e/kWh",
|       "source": "lab:basement grid US-LAB (Campus grid), 2025 annual average (direct basis): Rack power meter log (Our lab, 2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 4.492799999999999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "37.44 kWh x 120 g/kWh / 1000"
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
|       "value": 4.492799999999999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.4928 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.20704628883516876,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "2 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 4.699846288835168,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.4928 + 0.20705"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "notes": [
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed because Our lab publishes no PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r basement --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-23, regions 2026-11-23). -->
| **Energy and carbon footprint.** The run used 2 Lab node for 10 h in the Our lab region basement (Basement (Boston)). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the published measured average of the Lab node, 1,200 W [3]. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 120 gCO2e/kWh, the average of Campus grid for 2025 (direct basis) [3]. The run used 37.44 kWh of electricity and emitted 4.4928 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [5], add 0.20705 kg CO2e (4.6998 kg CO2e in all). With the PUE within their published ranges, the emissions lie between 3.168 and 4.8096 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 2 × Lab node |  |
| | Power per device | 1,200 W (measured average) | [3] |
| | Utilization | 1 |  |
| | Duration | 10 h |  |
| | Location | lab:basement |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 120 gCO2e/kWh (2025) | [3] |
| | Energy | 37.44 kWh |  |
| | Emissions (location-based) | 4.4928 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 4.4928 kg CO2e |  |
| | Embodied emissions | 0.20705 kg CO2e | [5] |
| | Total with embodied | 4.6998 kg CO2e |  |
| | Range (location-based) | 3.168 to 4.8096 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Our lab (2026). Rack power meter log. https://example.org/meter
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon --data-add lab.json regions list --kind subnational
|   id           name         grid    gCO2e/kWh  year   PUE  PUE is
|   grid:US-LAB  Campus grid  US-LAB        120  2025  1.56  default
| 1 entries; `mlcarbon regions show ID` gives one with its sources.
$ mlcarbon --data-add lab.json regions list --provider lab --format json
| {
|   "schema_version": 1,
|   "regions": [
|     {
|       "id": "lab:basement",
|       "kind": "cloud",
|       "provider": "lab",
|       "name": "Basement",
|       "location": "Boston",
|       "country": "US",
|       "grid": "US-LAB",
|       "intensity": {
|         "g_per_kwh": 120,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "direct",
|         "source": {
|           "key": "lab-meter",
|           "title": "Rack power meter log",
|           "publisher": "Our lab",
|           "url": "https://example.org/meter",
|           "year": 2026
|         }
|       },
|       "pue": {
|         "pue": 1.56,
|         "origin": "default",
|         "year": 2024,
|         "scope": "industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE",
|         "source": {
|           "key": "uptime-2024",
|           "title": "Uptime Institute Global Data Center Survey 2024",
|           "publisher": "Uptime Institute",
|           "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|           "year": 2024
|         }
|       },
|       "cfe": null
|     }
|   ]
| }
$ mlcarbon --data-add lab.json hardware show lab-node
| Lab node (lab-node)
|   vendor:    Ourselves
|   kind:      gpu
|   power:     1,200 W (measured average)
|   source:
|     title:     Rack power meter log
|     publisher: Our lab
|     year:      2026
|     url:       https://example.org/meter
$ mlcarbon --data-add lab.json data check
| embedded + lab.json (data in use): valid
|   hardware:  137 devices (123 TDP, 4 measured averages, 10 estimates), 79 sources
|   regions:   8 providers (4 with a published PUE), 213 countries, 1 sub-national grids, 170 cloud regions (44 with their own intensity), 16 sources
|   intensity: years 2022 to 2025; median year of the figures in use 2024
$ mlcarbon data check lab.json --format json
| {
|   "schema_version": 1,
|   "checks": [
|     {
|       "file": "lab.json",
|       "kind": "overlay file",
|       "valid": true,
|       "hardware": 137,
|       "tdp": 123,
|       "measured_average": 4,
|       "estimate": 10,
|       "hardware_sources": 79,
|       "providers": 8,
|       "providers_with_pue": 4,
|       "countries": 213,
|       "subnational": 1,
|       "regions": 170,
|       "regions_with_own_intensity": 44,
|       "region_sources": 16,
|       "oldest_intensity_year": 2022,
|       "newest_intensity_year": 2025,
|       "median_intensity_year_used": 2024
|     }
|   ]
| }
$ mlcarbon estimate --data-dir $SRC/tests/data/mini -g a100 -n 8 --hours 24 -r aws:us-east-1
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      88.32 kWh  (facility, PUE 1.15 included)
|   emissions   33.895 kg CO2e  (gross, location-based)
|   net         33.895 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       20.337 to 37.285 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 35.883 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                        24  h          --hours 24
|   IT energy                     76.8  kWh        = 3.2 kW x 24 h
|   PUE                           1.15             Amazon Web Services PUE, global fleet average, 2024: AWS data centers: sustainability (Amazon Web Services, 2025)
|   facility energy              88.32  kWh        = 76.8 kWh x PUE 1.15
|   grid intensity              383.78  gCO2e/kWh  aws:us-east-1 grid US (United States), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)
|   emissions (location-based)  33.895  kg CO2e    = 88.32 kWh x 383.78 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               33.895  kg CO2e    = 33.895 - 0
|   embodied (manufacturing)    1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         35.883  kg CO2e    = 33.895 + 1.9876
|
| Range (20.337 to 37.285 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high           kg CO2e  basis
|   power per device  0.6   1.1  20.337 to 37.285  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.15 is the global fleet average of Amazon Web Services for 2024; individual sites differ.
|   - The grid intensity describes 2024: an annual average, not the hours of this run.
|   - Amazon Web Services publishes no per-region intensity: aws:us-east-1 uses the national average (United States, US).
$ mlcarbon estimate --data-dir $SRC/tests/data/mini -g a100 -n 8 --hours 24 -r aws:us-east-1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "test-fixture",
|     "regions_version": "test-fixture",
|     "origin": "$SRC/tests/data/mini"
|   },
|   "energy_kwh": 88.32000000000001,
|   "it_energy_kwh": 76.80000000000001,
|   "co2e_kg": 33.8954496,
|   "offset_kg": 0,
|   "net_co2e_kg": 33.8954496,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.9876443728176203,
|   "total_with_embodied_kg": 35.88309397281762,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 20.337269759999998,
|     "co2e_kg_high": 37.28499456000001,
|     "energy_kwh_low": 52.992,
|     "energy_kwh_high": 97.15200000000002,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 20.337269759999998,
|         "co2e_kg_high": 37.28499456000001,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "a100-sxm4-40gb",
|     "hardware_name": "NVIDIA A100 SXM4 40 GB",
|     "count": 8,
|     "power_w": 400,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-a100-datasheet",
|       "title": "NVIDIA A100 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|       "year": 2021
|     },
|     "utilization": 1,
|     "hours": 24,
|     "region": "aws:us-east-1",
|     "region_name": "US East (N. Virginia)",
|     "grid": "US",
|     "pue": 1.15,
|     "pue_origin": "provider",
|     "pue_year": 2024,
|     "pue_source": {
|       "key": "aws-pue-2024",
|       "title": "AWS data centers: sustainability",
|       "publisher": "Amazon Web Services",
|       "url": "https://aws.amazon.com/sustainability/data-centers/",
|       "year": 2025
|     },
|     "intensity_g_per_kwh": 383.78,
|     "intensity_origin": "grid",
|     "intensity_year": 2024,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "owid",
|       "title": "Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute)",
|       "publisher": "Our World in Data",
|       "url": "https://ourworldindata.org/grapher/carbon-intensity-electricity",
|       "year": 2025,
|       "license": "CC BY 4.0"
|     },
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": null,
|     "cpu_count": 0,
|     "cpu_power_w": 0,
|     "cpu_utilization": 1,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
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
|       "value": 8,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 400,
|       "unit": "W",
|       "source": "TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)",
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
|       "value": 3.2,
|       "unit": "kW",
|       "source": "",
|       "formula": "8 x 400 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 24,
|       "unit": "h",
|       "source": "--hours 24",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 76.80000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "3.2 kW x 24 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.15,
|       "unit": "",
|       "source": "Amazon Web Services PUE, global fleet average, 2024: AWS data centers: sustainability (Amazon Web Services, 2025)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 88.32000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "76.8 kWh x PUE 1.15"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 383.78,
|       "unit": "gCO2e/kWh",
|       "source": "aws:us-east-1 grid US (United States), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 33.8954496,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "88.32 kWh x 383.78 g/kWh / 1000"
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
|       "value": 33.8954496,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "33.895 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 1.9876443728176203,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 35.88309397281762,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "33.895 + 1.9876"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.15 is the global fleet average of Amazon Web Services for 2024; individual sites differ.",
|     "The grid intensity describes 2024: an annual average, not the hours of this run.",
|     "Amazon Web Services publishes no per-region intensity: aws:us-east-1 uses the national average (United States, US)."
|   ]
| }
$ mlcarbon --data-dir $SRC/tests/data/mini regions list
|   id               name                                       grid        gCO2e/kWh  year   PUE  PUE is
|   aws:us-east-1    US East (N. Virginia) (Northern Virginia)  US             383.78  2024  1.15  aws fleet
|   aws:eu-west-1    Europe (Ireland) (Dublin)                  IE             255.89  2025  1.15  aws fleet
|   gcp:us-central1  Council Bluffs, Iowa                       own figure     412.72  2024   1.1  gcp fleet
|   country:FR       France                                     FR              41.79  2025  1.56  default
|   country:IE       Ireland                                    IE             255.89  2025  1.56  default
|   country:US       United States                              US             383.78  2024  1.56  default
| 6 entries; `mlcarbon regions show ID` gives one with its sources.
$ mlcarbon --data-dir $SRC/tests/data/mini hardware list --format csv
| id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url
| v100-pcie-16gb,NVIDIA Tesla V100 PCIe 16 GB,NVIDIA,gpu,250,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100-sxm2-16gb,NVIDIA Tesla V100 SXM2 16 GB,NVIDIA,gpu,300,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| a100-sxm4-40gb,NVIDIA A100 SXM4 40 GB,NVIDIA,gpu,400,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-sxm4-80gb,NVIDIA A100 SXM4 80 GB,NVIDIA,gpu,400,tdp,80,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-40gb,NVIDIA A100 PCIe 40 GB,NVIDIA,gpu,250,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-80gb,NVIDIA A100 PCIe 80 GB,NVIDIA,gpu,300,tdp,80,,2021,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| tpu-v3,Google TPU v3 (per chip),Google,tpu,283,measured_average,16,,2018,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
$ mlcarbon estimate --data-dir $SRC/tests/data/mini --data-add $SRC/tests/data/green-algorithms-cpu.json --power 300 --cpu xeon-e5-2683-v4 --cpu-cores 8 --memory-gb 32 --hours 24 -r FR
| mlcarbon estimate: 1 x device(s) at 300 W for 24 h in country:FR (France)
|
|   energy      13.925 kWh  (facility, PUE 1.56 included)
|   emissions   0.58191 kg CO2e  (gross, location-based)
|   net         0.58191 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                300  W          --power (measured average per device)
|   utilization                       1  of power   not applied: --power is already an average
|   host CPUs                       0.5  packages   --cpu-cores 8 / 16 cores per package
|   power per CPU                   120  W          TDP of Intel Xeon E5-2683 v4: Intel Xeon Processor E5-2683 v4 (40M Cache, 2.10 GHz), product specifications (2016)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                      32  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    0.37192  kW         = 1 x 300 W x 1 / 1000 + 0.5 x 120 W x 1 / 1000 + 32 GB x 0.3725 W/GB / 1000
|   duration                         24  h          --hours 24
|   IT energy                    8.9261  kWh        = 0.37192 kW x 24 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              13.925  kWh        = 8.9261 kWh x PUE 1.56
|   grid intensity                41.79  gCO2e/kWh  France (FR), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)
|   emissions (location-based)  0.58191  kg CO2e    = 13.925 kWh x 41.79 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.58191  kg CO2e    = 0.58191 - 0
|
| Assumptions:
|   - No --hardware given: the device is described only by --power.
|   - The host CPUs are counted at their full TDP (120 W each): an upper bound; give --cpu-utilization.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate --data-add $SRC/tests/data/green-algorithms-cpu.json --power 90 --memory-gb 64 --hours 12 --pue 1.56 --intensity 30 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-23",
|     "regions_version": "2026-11-23",
|     "origin": "embedded + $SRC/tests/data/green-algorithms-cpu.json"
|   },
|   "energy_kwh": 2.1310848,
|   "it_energy_kwh": 1.36608,
|   "co2e_kg": 0.063932544,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.063932544,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 0.063932544,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.063932544,
|     "co2e_kg_high": 0.063932544,
|     "energy_kwh_low": 2.1310848,
|     "energy_kwh_high": 2.1310848,
|     "factors": []
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 1,
|     "power_w": 90,
|     "power_origin": "user",
|     "power_kind": "measured_average",
|     "power_source": null,
|     "utilization": 1,
|     "hours": 12,
|     "region": null,
|     "region_name": null,
|     "grid": null,
|     "pue": 1.56,
|     "pue_origin": "user",
|     "pue_year": null,
|     "pue_source": null,
|     "intensity_g_per_kwh": 30,
|     "intensity_origin": "user",
|     "intensity_year": null,
|     "intensity_basis": null,
|     "intensity_source": null,
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": null,
|     "cpu_count": 0,
|     "cpu_power_w": 0,
|     "cpu_utilization": 1,
|     "memory_gb": 64,
|     "memory_w_per_gb": 0.3725,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
|     "defaults": [
|       "count"
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
|       "value": 90,
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
|       "name": "memory_gb",
|       "label": "host memory",
|       "value": 64,
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
|       "value": 0.11384,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 90 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 12,
|       "unit": "h",
|       "source": "--hours 12",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 1.36608,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.11384 kW x 12 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.56,
|       "unit": "",
|       "source": "--pue",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 2.1310848,
|       "unit": "kWh",
|       "source": "",
|       "formula": "1.3661 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 30,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 0.063932544,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "2.1311 kWh x 30 g/kWh / 1000"
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
|       "value": 0.063932544,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.063933 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "notes": [
|     "No --hardware given: the device is described only by --power.",
|     "No --region given: a private site, with the intensity given by --intensity."
|   ]
| }
