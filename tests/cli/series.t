# Hour by hour and when to start (issue 15): --intensity-series with --start, and `mlcarbon when`.
# Hand checks: tests/series_test.cpp (a 3-hour run from 10:30 at 125 g/kWh; the best 6 hours at 50).
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
2024-03-01T10:00Z,110
2024-03-01T11:00Z,120
2024-03-01T12:00Z,130
2024-03-01T13:00Z,140
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
%file gb.json
{"data":[
{"from":"2024-03-01T00:00Z","to":"2024-03-01T00:30Z","intensity":{"forecast":150,"actual":140,"index":"low"}},
{"from":"2024-03-01T00:30Z","to":"2024-03-01T01:00Z","intensity":{"forecast":160,"actual":150,"index":"moderate"}},
{"from":"2024-03-01T01:00Z","to":"2024-03-01T01:30Z","intensity":{"forecast":120,"actual":null,"index":"low"}},
{"from":"2024-03-01T01:30Z","to":"2024-03-01T02:00Z","intensity":{"forecast":90,"actual":null,"index":"low"}},
{"from":"2024-03-01T02:00Z","to":"2024-03-01T02:30Z","intensity":{"forecast":80,"actual":null,"index":"very low"}},
{"from":"2024-03-01T02:30Z","to":"2024-03-01T03:00Z","intensity":{"forecast":85,"actual":null,"index":"very low"}}]}
%end
$ mlcarbon estimate --power 1000 --hours 3 --pue 1 --intensity 300 --intensity-series s48.csv --start 2024-03-01T10:30Z
| mlcarbon estimate: 1 x device(s) at 1,000 W for 3 h in a private site
|
|   energy     3 kWh  facility, PUE 1
|   emissions  0.9 kg CO2e  gross, location-based, lifecycle basis
|   hourly     0.375 kg CO2e  at 125 g/kWh over the run's hours (-58.333 % vs a...
|
|   factor            value  unit       from
|   devices               1  device     default
|   power per device  1,000  W          --power (measured average per device)
|   utilization           1  of power   not applied: --power is already an average
|   IT power              1  kW         = 1 x 1,000 W x 1 / 1000
|   duration              3  h          --hours 3
|   IT energy             3  kWh        = 1 kW x 3 h
|   PUE                   1             --pue
|   facility energy       3  kWh        = 3 kWh x PUE 1
|   grid intensity      300  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions           0.9  kg CO2e    = 3 kWh x 300 g/kWh / 1000
|   -v: full report, sources, assumptions
$ mlcarbon estimate --power 1000 --hours 3 --pue 1 --intensity 300 --intensity-series s48.csv --start 2024-03-01T11:30+01:00 -v
| mlcarbon estimate: 1 x device(s) at 1,000 W for 3 h in a private site
|
|   energy      3 kWh  (facility, PUE 1 included)
|   emissions   0.9 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.9 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                      value  unit       source / how it is computed
|   devices                         1  device     default (--count not given)
|   power per device            1,000  W          --power (measured average per device)
|   utilization                     1  of power   not applied: --power is already an average
|   IT power                        1  kW         = 1 x 1,000 W x 1 / 1000
|   duration                        3  h          --hours 3
|   IT energy                       3  kWh        = 1 kW x 3 h
|   PUE                             1             --pue
|   facility energy                 3  kWh        = 3 kWh x PUE 1
|   grid intensity                300  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)    0.9  kg CO2e    = 3 kWh x 300 g/kWh / 1000
|   offsets bought                  0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                 0.9  kg CO2e    = 0.9 - 0
|
| Hour by hour (--intensity-series s48.csv: csv, 48 intervals of 60 min):
|   run            3 h  2024-03-01T10:30Z to 2024-03-01T13:30Z  4 of the series' intervals
|   intensity      125  gCO2e/kWh                               the mean over the run's hours, as the series gives it
|   emissions    0.375  kg CO2e                                 the facility energy spread evenly over the hours x each hour's figure
|   annual         0.9  kg CO2e                                 the estimate above (the annual average)
|   difference  -0.525  kg CO2e                                 -58.333 %
|
| Assumptions:
|   - No --hardware given: the device is described only by --power.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate -g a100 -n 8 --hours 1 -r GB --intensity-series gb.json --start 2024-03-01T00:30Z --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 4.992000000000001,
|   "it_energy_kwh": 3.2,
|   "co2e_kg": 1.0853107200000003,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.0853107200000003,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.08281851553406751,
|   "total_with_embodied_kg": 1.1681292355340678,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.45724800000000004,
|     "co2e_kg_high": 1.5701206400000003,
|     "energy_kwh_low": 2.112,
|     "energy_kwh_high": 5.878400000000001,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.6511864319999999,
|         "co2e_kg_high": 1.1938417920000002,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.7652832,
|         "co2e_kg_high": 1.16183904,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       },
|       {
|         "name": "intensity",
|         "low": 216.5,
|         "central": 217.41,
|         "high": 267.1,
|         "co2e_kg_low": 1.0807680000000002,
|         "co2e_kg_high": 1.3333632000000004,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
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
|       "year": 2021,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 1,
|     "energy_kwh": null,
|     "region": "country:GB",
|     "region_name": "United Kingdom",
|     "grid": "GB",
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
|     "intensity_g_per_kwh": 217.41,
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
|     "published_intensity_g_per_kwh": 217.41,
|     "published_intensity_basis": "lifecycle",
|     "basis_conversion_g_per_kwh": 0,
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
|       "value": 1,
|       "unit": "h",
|       "source": "--hours 1",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 3.2,
|       "unit": "kWh",
|       "source": "",
|       "formula": "3.2 kW x 1 h"
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
|       "value": 4.992000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "3.2 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 217.41,
|       "unit": "gCO2e/kWh",
|       "source": "United Kingdom (GB, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 1.0853107200000003,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.992 kWh x 217.41 g/kWh / 1000"
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
|       "value": 1.0853107200000003,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.0853 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.08281851553406751,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "8 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 1.1681292355340678,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.0853 + 0.082819"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ],
|   "intensity_series": {
|     "file": "gb.json",
|     "format": "uk-carbon-intensity-api",
|     "description": "2 actual figures, then 4 forecasts",
|     "series_start": "2024-03-01T00:00Z",
|     "series_end": "2024-03-01T03:00Z",
|     "start": "2024-03-01T00:30Z",
|     "hours": 1,
|     "intervals": 2,
|     "mean_g_per_kwh": 135,
|     "co2e_kg": 0.6739200000000001,
|     "annual_co2e_kg": 1.0853107200000003,
|     "difference_kg": -0.4113907200000002
|   }
| }
$ mlcarbon when --power 1000 --hours 6 --pue 1 --intensity-series s48.csv --from 2024-03-01T00:00Z --within 36h
| mlcarbon when: 1 x device(s) at 1,000 W for 6 h, 6 kWh
|
|   best start  2024-03-02T06:00Z (ends 2024-03-02T12:00Z): 0.3 kg CO2e at 50 gCO2e/kWh
|   saves       0.9 kg CO2e (75 %) against starting at 2024-03-01T00:00Z, 0.9 kg CO2e (75 %) against the worst start
|   window      starts from 2024-03-01T00:00Z to 2024-03-02T12:00Z: 37 considered (the series' interval boundaries)
|   series      s48.csv: csv, 48 intervals of 60 min, 2024-03-01T00:00Z to 2024-03-03T00:00Z
|
|    rank  start              end                gCO2e/kWh  kg CO2e
|       1  2024-03-02T06:00Z  2024-03-02T12:00Z         50      0.3
|       2  2024-03-02T05:00Z  2024-03-02T11:00Z         75     0.45
|       3  2024-03-02T07:00Z  2024-03-02T13:00Z         75     0.45
|       4  2024-03-02T04:00Z  2024-03-02T10:00Z        100      0.6
|       5  2024-03-02T08:00Z  2024-03-02T14:00Z        100      0.6
|   first  2024-03-01T00:00Z  2024-03-01T06:00Z        200      1.2
|   worst  2024-03-02T12:00Z  2024-03-02T18:00Z        200      1.2
|
|   The job's energy is spread evenly over its hours; each part is multiplied by the series' figure for its interval.
$ mlcarbon when --power 1000 --hours 6 --pue 1 -r FR --intensity-series s48.csv --from 2024-03-01T00:00Z --deadline 2024-03-02T20:00Z --top 3 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "job": {
|     "description": "1 x device(s) at 1,000 W for 6 h",
|     "hours": 6,
|     "energy_kwh": 6,
|     "annual_co2e_kg": 0.24864
|   },
|   "series": {
|     "file": "s48.csv",
|     "format": "csv",
|     "description": "48 intervals of 60 min",
|     "start": "2024-03-01T00:00Z",
|     "end": "2024-03-03T00:00Z",
|     "intervals": 48
|   },
|   "window": {
|     "earliest": "2024-03-01T00:00Z",
|     "latest": "2024-03-02T14:00Z",
|     "candidates": 39
|   },
|   "best": {
|     "start": "2024-03-02T06:00Z",
|     "end": "2024-03-02T12:00Z",
|     "mean_g_per_kwh": 50,
|     "co2e_kg": 0.3
|   },
|   "first": {
|     "start": "2024-03-01T00:00Z",
|     "end": "2024-03-01T06:00Z",
|     "mean_g_per_kwh": 200,
|     "co2e_kg": 1.2
|   },
|   "worst": {
|     "start": "2024-03-02T14:00Z",
|     "end": "2024-03-02T20:00Z",
|     "mean_g_per_kwh": 200,
|     "co2e_kg": 1.2
|   },
|   "saving_vs_first_kg": 0.8999999999999999,
|   "saving_vs_worst_kg": 0.8999999999999999,
|   "top": [
|     {
|       "start": "2024-03-02T06:00Z",
|       "end": "2024-03-02T12:00Z",
|       "mean_g_per_kwh": 50,
|       "co2e_kg": 0.3
|     },
|     {
|       "start": "2024-03-02T05:00Z",
|       "end": "2024-03-02T11:00Z",
|       "mean_g_per_kwh": 75,
|       "co2e_kg": 0.45
|     },
|     {
|       "start": "2024-03-02T07:00Z",
|       "end": "2024-03-02T13:00Z",
|       "mean_g_per_kwh": 75,
|       "co2e_kg": 0.45
|     }
|   ]
| }
$ mlcarbon when -g a100 -n 8 --hours 1 -r GB --intensity-series gb.json --from 2024-03-01T00:00Z --within 2h
| mlcarbon when: 8 x NVIDIA A100 SXM4 40 GB for 1 h, 4.992 kWh
|
|   best start  2024-03-01T02:00Z (ends 2024-03-01T03:00Z): 0.41184 kg CO2e at 82.5 gCO2e/kWh
|   saves       0.312 kg CO2e (43.103 %) against starting at 2024-03-01T00:00Z, 0.312 kg CO2e (43.103 %) against the worst start
|   window      starts from 2024-03-01T00:00Z to 2024-03-01T02:00Z: 5 considered (the series' interval boundaries)
|   series      gb.json: uk-carbon-intensity-api, 2 actual figures, then 4 forecasts, 2024-03-01T00:00Z to 2024-03-01T03:00Z
|   annual      1.0853 kg CO2e by the annual average (217.41 gCO2e/kWh)
|
|    rank  start              end                gCO2e/kWh  kg CO2e
|       1  2024-03-01T02:00Z  2024-03-01T03:00Z       82.5  0.41184
|       2  2024-03-01T01:30Z  2024-03-01T02:30Z         85  0.42432
|       3  2024-03-01T01:00Z  2024-03-01T02:00Z        105  0.52416
|       4  2024-03-01T00:30Z  2024-03-01T01:30Z        135  0.67392
|       5  2024-03-01T00:00Z  2024-03-01T01:00Z        145  0.72384
|   first  2024-03-01T00:00Z  2024-03-01T01:00Z        145  0.72384
|   worst  2024-03-01T00:00Z  2024-03-01T01:00Z        145  0.72384
|
|   The job's energy is spread evenly over its hours; each part is multiplied by the series' figure for its interval.
$ mlcarbon when --cpu epyc-7763 --cpu-cores 32 --duration 90m --intensity-series gb.json --from 2024-03-01T00:15Z --within 1h --top 2
| mlcarbon when: 32 cores of AMD EPYC 7763 for 1.5 h (no accelerators), 0.3276 kWh
|
|   best start  2024-03-01T01:00Z (ends 2024-03-01T02:30Z): 0.031668 kg CO2e at 96.667 gCO2e/kWh
|   saves       0.010374 kg CO2e (24.675 %) against starting at 2024-03-01T00:15Z, 0.010374 kg CO2e (24.675 %) against the worst start
|   window      starts from 2024-03-01T00:15Z to 2024-03-01T01:15Z: 3 considered (the series' interval boundaries)
|   series      gb.json: uk-carbon-intensity-api, 2 actual figures, then 4 forecasts, 2024-03-01T00:00Z to 2024-03-01T03:00Z
|
|    rank  start              end                gCO2e/kWh   kg CO2e
|       1  2024-03-01T01:00Z  2024-03-01T02:30Z     96.667  0.031668
|       2  2024-03-01T00:30Z  2024-03-01T02:00Z        120  0.039312
|   first  2024-03-01T00:15Z  2024-03-01T01:45Z     128.33  0.042042
|   worst  2024-03-01T00:15Z  2024-03-01T01:45Z     128.33  0.042042
|
|   The job's energy is spread evenly over its hours; each part is multiplied by the series' figure for its interval.
