# --tdp W: a rated power per device not in the data, to which --utilization applies.
$ mlcarbon estimate --tdp 400 -n 8 --hours 24 -u 50% --pue 1 --intensity 100 -v
| mlcarbon estimate: 8 x device(s) at 400 W for 24 h in a private site
|
|   energy      38.4 kWh  (facility, PUE 1 included)
|   emissions   3.84 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         3.84 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                      value  unit       source / how it is computed
|   devices                         8  devices    --count
|   power per device              400  W          --tdp (TDP per device)
|   utilization                   0.5  of power   --utilization
|   IT power                      1.6  kW         = 8 x 400 W x 0.5 / 1000
|   duration                       24  h          --hours 24
|   IT energy                    38.4  kWh        = 1.6 kW x 24 h
|   PUE                             1             --pue
|   facility energy              38.4  kWh        = 38.4 kWh x PUE 1
|   grid intensity                100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)   3.84  kg CO2e    = 38.4 kWh x 100 g/kWh / 1000
|   offsets bought                  0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                3.84  kg CO2e    = 3.84 - 0
|
| Assumptions:
|   - No --hardware given: the device is described only by --tdp.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --tdp 400 -n 8 --hours 24 -r FR -v
| mlcarbon estimate: 8 x device(s) at 400 W for 24 h in country:FR (France)
|
|   energy      119.81 kWh  (facility, PUE 1.56 included)
|   emissions   4.9648 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         4.9648 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       2.0519 to 11.081 kg CO2e  (interval bounds; widest factor: grid intensity)
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   power per device               400  W          --tdp (TDP per device)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                        24  h          --hours 24
|   IT energy                     76.8  kWh        = 3.2 kW x 24 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy             119.81  kWh        = 76.8 kWh x PUE 1.56
|   grid intensity               41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  4.9648  kg CO2e    = 119.81 kWh x 41.44 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               4.9648  kg CO2e    = 4.9648 - 0
|
| Range (2.0519 to 11.081 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high           kg CO2e  basis
|   grid intensity    40.48  78.54  4.8498 to 9.4097  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  2.9789 to 5.4613  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  3.5009 to 5.3149  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate --tdp 400 -n 8 --hours 24 -r FR --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 119.80800000000002,
|   "it_energy_kwh": 76.80000000000001,
|   "co2e_kg": 4.9648435200000005,
|   "offset_kg": 0,
|   "net_co2e_kg": 4.9648435200000005,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 4.9648435200000005,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 2.05185024,
|     "co2e_kg_high": 11.080548864000004,
|     "energy_kwh_low": 50.688,
|     "energy_kwh_high": 141.08160000000004,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 4.849827840000001,
|         "co2e_kg_high": 9.409720320000002,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 2.9789061119999998,
|         "co2e_kg_high": 5.461327872000002,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 3.5008512000000005,
|         "co2e_kg_high": 5.31492864,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 8,
|     "power_w": 400,
|     "power_origin": "user",
|     "power_kind": "tdp",
|     "power_source": null,
|     "utilization": 1,
|     "hours": 24,
|     "energy_kwh": null,
|     "region": "country:FR",
|     "region_name": "France",
|     "grid": "FR",
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
|     "intensity_g_per_kwh": 41.44,
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
|     "published_intensity_g_per_kwh": 41.44,
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
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
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
|       "source": "--tdp (TDP per device)",
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
|       "value": 1.56,
|       "unit": "",
|       "source": "default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 119.80800000000002,
|       "unit": "kWh",
|       "source": "",
|       "formula": "76.8 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 41.44,
|       "unit": "gCO2e/kWh",
|       "source": "France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 4.9648435200000005,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "119.81 kWh x 41.44 g/kWh / 1000"
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
|       "value": 4.9648435200000005,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.9648 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "No --hardware given: the device is described only by --tdp.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ mlcarbon estimate --tdp 400 -n 8 --hours 24 -r FR --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 8 devices for 24 h in France. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is a TDP of 400 W, an upper bound on the average draw. The PUE is 1.56, the industry average for 2024 [3]. The carbon intensity of the grid is 41.44 gCO2e/kWh on a lifecycle basis, the average of France (national average) for 2025 [4]. The run used 119.81 kWh of electricity and emitted 4.9648 kg CO2e (location-based). No offsets are subtracted. With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 2.0519 and 11.081 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 8 × device |  |
| | Power per device | 400 W (TDP) |  |
| | Utilization | 1 |  |
| | Duration | 24 h |  |
| | Location | country:FR |  |
| | PUE | 1.56 | [3] |
| | Grid intensity | 41.44 gCO2e/kWh (2025, lifecycle basis) | [4] |
| | Energy | 119.81 kWh |  |
| | Emissions (location-based) | 4.9648 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 4.9648 kg CO2e |  |
| | Range (location-based) | 2.0519 to 11.081 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 4. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
$ mlcarbon estimate --tdp 400 --hours 10 -r DE --compat green-algorithms
| mlcarbon estimate: 1 x device(s) at 400 W for 10 h in country:DE (Germany)
|
|   energy      6.24 kWh  (facility, PUE 1.56 included)
|   emissions   2.057 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         2.057 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.87028 to 3.0842 kg CO2e  (interval bounds; widest factor: power per device)
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               400  W          --tdp (TDP per device)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                        10  h          --hours 10
|   IT energy                        4  kWh        = 0.4 kW x 10 h
|   PUE                           1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               6.24  kWh        = 4 kWh x PUE 1.56
|   grid intensity              329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   2.057  kg CO2e    = 6.24 kWh x 329.65 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                2.057  kg CO2e    = 2.057 - 0
|
| Range (0.87028 to 3.0842 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  1.2342 to 2.2627  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  1.4505 to 2.2021  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74   2.057 to 2.6192  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As Green Algorithms would compute it (Green Algorithms v3.0 (green-algorithms.org); its rules as stated in GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)):
|   factor          Green Algorithms  mlcarbon  unit       Green Algorithms' rule
|   accelerators                 400       400  W          1 x 400 W TDP x usage 1
|   host CPUs                      0         0  W          no CPU stated
|   memory                         0         0  W          no memory stated
|   fixed overhead                 0         0  W          not counted
|   IT energy                      4         4  kWh        (400 + 0 + 0) W x 10 h / 1000
|   PUE                         1.56      1.56             its default for an unknown or local data centre (Uptime Institute 2024)
|   energy                      6.24      6.24  kWh        4 kWh x PUE 1.56
|   grid intensity            329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                       2.057     2.057  kg         6.24 kWh x 329.65 g/kWh / 1000
|   Green Algorithms' CO2e is 1 x mlcarbon's: IT energy x 1, PUE x 1, grid intensity x 1
|   - Green Algorithms looks the intensity up in its own table (CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|   - Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. v3.0 has no embodied term.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - No --hardware given: the device is described only by --tdp.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
%file jobs.csv
name,tdp,utilization,hours,region
lab,400,0.5,10,FR
defaults,,,20,FR
measured,,,,
%end
$ mlcarbon estimate --jobs jobs.csv --tdp 300 --hours 5 -r SE
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  lab                   -                      1         10  country:FR                          3.12       0.12929       0.12929
|       3  defaults              -                      1         20  country:FR                          9.36       0.38788       0.38788
|       4  measured              -                      1          5  country:SE                          2.34      0.082508      0.082508
|
| Total of 3 jobs:
|   energy      14.82 kWh  (facility; IT 9.5 kWh; 35 device-hours)
|   emissions   0.59968 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         0.59968 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region      jobs  energy kWh   kg CO2e  net kg CO2e
|   country:FR     2       12.48   0.51717      0.51717
|   country:SE     1        2.34  0.082508     0.082508
|
| By hardware:
|   hardware  jobs  energy kWh  kg CO2e  net kg CO2e
|   -            3       14.82  0.59968      0.59968
$ mlcarbon estimate --jobs jobs.csv --power 250 --hours 5 -r SE --format csv
| record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message
| job,2,lab,,1,400,0.5,10,country:FR,FR,1.56,41.44,2025,1,10,2,3.12,0.1292928,0,0.1292928,
| job,3,defaults,,1,250,1,20,country:FR,FR,1.56,41.44,2025,1,20,5,7.800000000000001,0.323232,0,0.323232,
| job,4,measured,,1,250,1,5,country:SE,SE,1.56,35.26,2025,1,5,1.25,1.9500000000000002,0.068757,0,0.068757,
| total,,,,,,,,,,,,,3,35,8.25,12.870000000000001,0.5212818,0,0.5212818,
| region_total,,,,,,,,country:FR,,,,,2,30,7,10.920000000000002,0.45252480000000006,0,0.45252480000000006,
| region_total,,,,,,,,country:SE,,,,,1,5,1.25,1.9500000000000002,0.068757,0,0.068757,
| hardware_total,,,-,,,,,,,,,,3,35,8.25,12.870000000000001,0.5212818,0,0.5212818,
$ mlcarbon compare --tdp 400 -n 8 --hours 24 -r FR --devices a100
| mlcarbon compare: 8 x device(s) at 400 W for 24 h in country:FR
|   baseline: 4.9648 kg CO2e (119.81 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative  kg CO2e     kWh  vs baseline  model  machine  mechanization  map
|      1  a100          4.9648  119.81  same            1x       1x             1x   1x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to
| scale the hours by each device's throughput.
$ mlcarbon estimate --tdp 400 --power 300 --hours 1 -r FR
! mlcarbon: error: --tdp and --power conflict: give one of them
[2]
$ mlcarbon estimate --tdp 400 -g a100 --hours 1 -r FR
! mlcarbon: error: --tdp and --hardware conflict: give one of them
[2]
$ mlcarbon estimate --tdp 400 --instance aws:p4d.24xlarge --hours 1 -r FR
! mlcarbon: error: --tdp and --instance conflict: give one of them
[2]
$ mlcarbon estimate --tdp 0 --hours 1 -r FR
! mlcarbon: error: --tdp: '0' is out of range; expected watts per device > 0 and <= 100000
[2]
$ mlcarbon estimate --tdp 400 --flops 1e20 -r FR
! mlcarbon: error: an estimate from compute needs --hardware (or --instance): its peak throughput sets the hours
[2]
$ mlcarbon estimate --hours 1 -r FR
! mlcarbon: error: no power figure: give --hardware NAME (its TDP is used), --power W (measured average per device), --tdp W (rated power of a device not in the data) or --energy-kwh E; for a job without accelerators, its host: --cpu NAME (or --cpu-tdp W), --memory-gb G
[2]
