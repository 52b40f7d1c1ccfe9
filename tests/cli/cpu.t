# Jobs without accelerators: host CPUs, memory and overhead alone, in every format, in jobs files,
# instance types without accelerators and compare. Hand checks: tests/cpu_only_test.cpp.
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE
| mlcarbon estimate: 32 cores of AMD EPYC 7763 + 128 GB memory for 48 h (no acc...
|
|   energy     14.053 kWh  facility, PUE 1.56
|   emissions  4.6327 kg CO2e  gross, location-based, lifecycle basis
|   range      3.2667 to 6.3147 kg CO2e  widest: PUE
|
|   factor             value  unit       from
|   host CPUs            0.5  packages   --cpu-cores 32 / 64 cores per package
|   power per CPU        280  W          TDP of AMD EPYC 7763 [1]
|   CPU utilization        1  of power   default
|   host memory          128  GB         --memory-gb
|   memory power      0.3725  W/GB       Green Algorithms [2]
|   IT power         0.18768  kW         = 0.5 x 280 W x 1 / 1000 + 128 GB x 0....
|   duration              48  h          --hours 48
|   IT energy         9.0086  kWh        = 0.18768 kW x 48 h
|   PUE                 1.56             industry average, 2024 [3]
|   facility energy   14.053  kWh        = 9.0086 kWh x PUE 1.56
|   grid intensity    329.65  gCO2e/kWh  DE, 2025 [4]
|   emissions         4.6327  kg CO2e    = 14.053 kWh x 329.65 g/kWh / 1000
|
|   [1] AMD EPYC server processor specifications (AMD, 2025)
|   [2] Green Algorithms: Quantifying the Carbon Footprint of Computation (Lann...
|   [3] Uptime Institute Global Data Center Survey 2024 (Uptime Institute, 2024)
|   [4] Carbon intensity of electricity generation, and generation by source (O...
|   -v: full report, sources, assumptions
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE -v
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
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - The host CPUs are counted at their full TDP (280 W each): an upper bound; give --cpu-utilization.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --brief
| 14.053 kWh, 4.6327 kg CO2e: 32 cores of epyc-7763 + 128 GB memory for 48 h (no accelerators), country:DE
| PUE 1.56 (default), grid 329.65 gCO2e/kWh (DE 2025, lifecycle)
| range 3.2667 to 6.3147 kg CO2e
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 14.0534784,
|   "it_energy_kwh": 9.00864,
|   "co2e_kg": 4.632729154559999,
|   "offset_kg": 0,
|   "net_co2e_kg": 4.632729154559999,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 4.632729154559999,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 3.2666679935999996,
|     "co2e_kg_high": 6.314748544511999,
|     "energy_kwh_low": 9.909504,
|     "energy_kwh_high": 15.044428799999999,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 3.2666679935999996,
|         "co2e_kg_high": 4.95939595392,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       },
|       {
|         "name": "intensity",
|         "low": 329.65,
|         "central": 329.65,
|         "high": 419.74,
|         "co2e_kg_low": 4.632729154559999,
|         "co2e_kg_high": 5.898807023616,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": null,
|     "power_w": null,
|     "power_origin": "none",
|     "power_kind": null,
|     "power_source": null,
|     "utilization": null,
|     "hours": 48,
|     "energy_kwh": 9.00864,
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
|     "cpu": "epyc-7763",
|     "cpu_count": 0.5,
|     "cpu_power_w": 280,
|     "cpu_power_origin": "hardware",
|     "cpu_utilization": 1,
|     "memory_gb": 128,
|     "memory_w_per_gb": 0.3725,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
|     "defaults": [
|       "pue",
|       "intensity",
|       "cpu_utilization"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 0.5,
|       "unit": "packages",
|       "source": "--cpu-cores 32 / 64 cores per package",
|       "formula": ""
|     },
|     {
|       "name": "cpu_power_w",
|       "label": "power per CPU",
|       "value": 280,
|       "unit": "W",
|       "source": "TDP of AMD EPYC 7763: AMD EPYC server processor specifications (2025)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_utilization",
|       "label": "CPU utilization",
|       "value": 1,
|       "unit": "of power",
|       "source": "default: the full TDP (--cpu-utilization not given)",
|       "formula": ""
|     },
|     {
|       "name": "memory_gb",
|       "label": "host memory",
|       "value": 128,
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
|       "value": 0.18768,
|       "unit": "kW",
|       "source": "",
|       "formula": "0.5 x 280 W x 1 / 1000 + 128 GB x 0.3725 W/GB / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 48,
|       "unit": "h",
|       "source": "--hours 48",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 9.00864,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.18768 kW x 48 h"
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
|       "value": 14.0534784,
|       "unit": "kWh",
|       "source": "",
|       "formula": "9.0086 kWh x PUE 1.56"
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
|       "value": 4.632729154559999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "14.053 kWh x 329.65 g/kWh / 1000"
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
|       "value": 4.632729154559999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.6327 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.",
|     "The host CPUs are counted at their full TDP (280 W each): an upper bound; give --cpu-utilization.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,,,,none,,48,country:DE,DE,1.56,default,329.65,grid,2025,9.00864,14.0534784,4.632729154559999,0,4.632729154559999,lifecycle,country,,0,4.632729154559999,3.2666679935999996,6.314748544511999,9.909504,15.044428799999999,
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 32 cores of AMD EPYC 7763 + 128 GB memory for 48 h in Germany, without accelerators. We estimate its energy as the host's power (no accelerators) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power is that of the host CPUs: 32 cores of the AMD EPYC 7763, each at its TDP over its cores (280 W / 64) [3], at a utilization of 1. Host memory, 128 GB, draws 0.3725 W per GB [4]. The PUE is 1.56, the industry average for 2024 [5]. The carbon intensity of the grid is 329.65 gCO2e/kWh on a lifecycle basis, the average of Germany (national average) for 2025 [6]. The run used 14.053 kWh of electricity and emitted 4.6327 kg CO2e (location-based). No offsets are subtracted. With the PUE and grid intensity within their published ranges, the emissions lie between 3.2667 and 6.3147 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | no accelerators (host only) |  |
| | Host CPUs | 0.5 × AMD EPYC 7763 (280 W, utilization 1) | [3] |
| | Host memory | 128 GB at 0.3725 W/GB | [4] |
| | Duration | 48 h |  |
| | Location | country:DE |  |
| | PUE | 1.56 | [5] |
| | Grid intensity | 329.65 gCO2e/kWh (2025, lifecycle basis) | [6] |
| | Energy | 14.053 kWh |  |
| | Emissions (location-based) | 4.6327 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 4.6327 kg CO2e |  |
| | Range (location-based) | 3.2667 to 6.3147 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 4. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 5. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 6. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 32 cores of AMD EPYC 7763 + 128 GB memory for 48 h in Germany, without accelerators. We estimate its energy as the host's power (no accelerators) $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power is that of the host CPUs: 32 cores of the AMD EPYC 7763, each at its TDP over its cores (280 W / 64)~\cite{amd-epyc-specs}, at a utilization of 1. Host memory, 128 GB, draws 0.3725 W per GB~\cite{lannelongue2021green}. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 329.65 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of Germany (national average) for 2025~\cite{owid-carbon-intensity}. The run used 14.053 kWh of electricity and emitted 4.6327 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. With the PUE and grid intensity within their published ranges, the emissions lie between 3.2667 and 6.3147 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & no accelerators (host only) &  \\
| Host CPUs & 0.5 $\times$ AMD EPYC 7763 (280 W, utilization 1) & \cite{amd-epyc-specs} \\
| Host memory & 128 GB at 0.3725 W/GB & \cite{lannelongue2021green} \\
| Duration & 48 h &  \\
| Location & country:DE &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 329.65 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 14.053 kWh &  \\
| Emissions (location-based) & 4.6327 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 4.6327 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 3.2667 to 6.3147 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --format model-card
| co2_eq_emissions:
|   emissions: 4632.73
|   source: "mlcarbon 0.1.0 estimate: energy = the host's power (no accelerators) x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Germany"
|   hardware_used: "32 cores of AMD EPYC 7763 + 128 GB memory (no accelerators)"
$ mlcarbon estimate --cpu-tdp 150 --cpu-count 2 --cpu-utilization 50% --memory-gb 64 --overhead-w 40 --hours 10 --pue 1.2 --intensity 300 -v
| mlcarbon estimate: 2 x CPU at 150 W + 64 GB memory + 40 W overhead for 10 h (no accelerators) in a private site
|
|   energy      2.5661 kWh  (facility, PUE 1.2 included)
|   emissions   0.76982 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.76982 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   host CPUs                         2  packages   --cpu-count
|   power per CPU                   150  W          --cpu-tdp (rated power of a CPU not in the data)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                      64  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   fixed overhead                   40  W          --overhead-w
|   IT power                    0.21384  kW         = 2 x 150 W x 0.5 / 1000 + 64 GB x 0.3725 W/GB / 1000 + 40 W / 1000
|   duration                         10  h          --hours 10
|   IT energy                    2.1384  kWh        = 0.21384 kW x 10 h
|   PUE                             1.2             --pue
|   facility energy              2.5661  kWh        = 2.1384 kWh x PUE 1.2
|   grid intensity                  300  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  0.76982  kg CO2e    = 2.5661 kWh x 300 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.76982  kg CO2e    = 0.76982 - 0
|
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --cpu-tdp 150 --cpu-count 2 --hours 10 --intensity 300 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 4.68,
|   "it_energy_kwh": 3,
|   "co2e_kg": 1.404,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.404,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 1.404,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.9900000000000001,
|     "co2e_kg_high": 1.503,
|     "energy_kwh_low": 3.3000000000000003,
|     "energy_kwh_high": 5.01,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.9900000000000001,
|         "co2e_kg_high": 1.503,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": null,
|     "power_w": null,
|     "power_origin": "none",
|     "power_kind": null,
|     "power_source": null,
|     "utilization": null,
|     "hours": 10,
|     "energy_kwh": 3,
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
|     "intensity_g_per_kwh": 300,
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
|     "cpu_count": 2,
|     "cpu_power_w": 150,
|     "cpu_power_origin": "user",
|     "cpu_utilization": 1,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 0,
|     "lifetime_hours": 0,
|     "defaults": [
|       "pue",
|       "cpu_utilization"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 2,
|       "unit": "packages",
|       "source": "--cpu-count",
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
|       "value": 1,
|       "unit": "of power",
|       "source": "default: the full TDP (--cpu-utilization not given)",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 0.3,
|       "unit": "kW",
|       "source": "",
|       "formula": "2 x 150 W x 1 / 1000"
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
|       "value": 3,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.3 kW x 10 h"
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
|       "value": 4.68,
|       "unit": "kWh",
|       "source": "",
|       "formula": "3 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 300,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 1.404,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.68 kWh x 300 g/kWh / 1000"
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
|       "value": 1.404,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.404 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.",
|     "The host CPUs are counted at their full TDP (150 W each): an upper bound; give --cpu-utilization.",
|     "No --region given: a private site, with the intensity given by --intensity.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site."
|   ]
| }
$ mlcarbon estimate --memory-gb 512 --hours 10 --intensity 300 --brief
| 2.9752 kWh, 0.89257 kg CO2e: 512 GB memory for 10 h (no accelerators), a private site
| PUE 1.56 (default), grid 300 gCO2e/kWh (given, lifecycle)
| range 0.62938 to 0.95551 kg CO2e
$ mlcarbon estimate --instance aws:c6i.4xlarge -n 4 --hours 24 -r aws:eu-north-1 -v
| mlcarbon estimate: 4 x aws:c6i.4xlarge for 24 h (no accelerators) in aws:eu-north-1 (Europe (Stockholm))
|
|   energy      9.6087 kWh  (facility, PUE 1.14 included)
|   emissions   0.3388 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.3388 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.30602 to 0.40459 kg CO2e  (interval bounds; widest factor: grid intensity)
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   host CPUs                        1  packages   Intel Xeon Platinum 8375C of aws:c6i.4xlarge
|   power per CPU                  300  W          TDP of Intel Xeon Platinum 8375C: CodeCarbon cpu_power.csv (CPU name -> TDP) (2026)
|   CPU utilization                  1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                 137.44  GB         aws:c6i.4xlarge
|   memory power                0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                    0.3512  kW         = 1 x 300 W x 1 / 1000 + 137.44 GB x 0.3725 W/GB / 1000
|   duration                        24  h          --hours 24
|   IT energy                   8.4287  kWh        = 0.3512 kW x 24 h
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy             9.6087  kWh        = 8.4287 kWh x PUE 1.14
|   grid intensity               35.26  gCO2e/kWh  aws:eu-north-1 grid SE (Sweden, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.3388  kg CO2e    = 9.6087 kWh x 35.26 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.3388  kg CO2e    = 0.3388 - 0
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (0.30602 to 0.40459 kg CO2e; each factor alone, then all at their ends):
|   factor            low   high             kg CO2e  basis
|   grid intensity  34.91  41.74  0.33544 to 0.40107  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE              1.04   1.15  0.30908 to 0.34178  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.
|   - The host CPUs are counted at their full TDP (300 W each): an upper bound; give --cpu-utilization.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Amazon Web Services publishes no per-region intensity: aws:eu-north-1 uses the national average (Sweden, SE).
$ mlcarbon estimate --instance azure:Standard_E16s_v5 --cpu-utilization 0.3 --hours 24 -r azure:westeurope --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 × azure:e16s_v5 for 24 h in the Microsoft Azure region westeurope (West Europe (Netherlands (North Holland))), without accelerators. We estimate its energy as the host's power (no accelerators) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The job ran on 1 azure:e16s_v5 instances, which have no accelerators [3]. The power is that of the host CPUs: 0.25 × Intel Xeon Platinum 8370C at 205 W TDP [4], at a utilization of 0.3. Host memory, 137.44 GB, draws 0.3725 W per GB [5]. The PUE is 1.17, the fleet average, measured, fiscal year July 2024 - June 2025 of Microsoft Azure for 2025 [6]. The carbon intensity of the grid is 253.56 gCO2e/kWh on a lifecycle basis, the average of Netherlands (national average) for 2025 [7]. The run used 1.8693 kWh of electricity and emitted 0.47398 kg CO2e (location-based). No offsets are subtracted. Microsoft says it matched 100% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based [8]. Microsoft's stated goal for 2030: 100% of its electricity use, 100% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0) [9]. Such provider statements are market-based and are not subtracted here. With the grid intensity and PUE within their published ranges, the emissions lie between 0.46467 and 0.7198 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × azure:e16s_v5 |  |
| | Host CPUs | 0.25 × Intel Xeon Platinum 8370C (205 W, utilization 0.3) | [4] |
| | Host memory | 137.44 GB at 0.3725 W/GB | [5] |
| | Duration | 24 h |  |
| | Location | azure:westeurope |  |
| | PUE | 1.17 | [6] |
| | Grid intensity | 253.56 gCO2e/kWh (2025, lifecycle basis) | [7] |
| | Energy | 1.8693 kWh |  |
| | Emissions (location-based) | 0.47398 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 0.47398 kg CO2e |  |
| | Range (location-based) | 0.46467 to 0.7198 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Microsoft (2026). Azure VM sizes: Esv5 sizes series. https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series
| 4. CodeCarbon (2026). CodeCarbon cpu_power.csv (CPU name -> TDP). https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| 5. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 6. Microsoft (2025). Measuring energy and water efficiency for Microsoft datacenters. https://datacenters.microsoft.com/sustainability/efficiency/
| 7. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 8. ESG Investing (2026). Microsoft achieves its 100% renewable electricity goal. https://esg-investing.com/2026/02/18/microsoft-achieves-its-100-renewable-electricity-goal
| 9. Environmental Leader (2021). Microsoft announces new 100/100/0 commitment by 2030. https://www.environmentalleader.com/2021/07/microsoft-announces-new-100-100-0-commitment-by-2030/
$ mlcarbon instances show aws:c5.metal
|   instance      accelerators  vCPUs  memory GB  host CPUs                 source
|   aws:c5.metal  none             96     206.16  2 x xeon-platinum-8275cl  Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors) (Amazon Web Services, 2023)
|
|   AWS: "Larger C5" run on Cascade Lake 8275CL (CCF/Teads list 8275CL for c5.12xlarge, c5.24xlarge, c5.metal). Whole host: 2 x 24-core 8275CL (96 vCPUs). Memory: 192 GiB published.
$ mlcarbon instances list --provider azure --format csv
| id,provider,type,accelerator,accelerator_count,cpu,cpu_name,cpu_sockets,vcpus,memory_gb,source
| azure:nc24ads_a100_v4,azure,nc24ads_a100_v4,a100-pcie-80gb,1,,AMD EPYC 7V13 (Milan),0,24,236.223,azure-nca100v4-2024
| azure:nc48ads_a100_v4,azure,nc48ads_a100_v4,a100-pcie-80gb,2,,AMD EPYC 7V13 (Milan),0,48,472.446,azure-nca100v4-2024
| azure:nc96ads_a100_v4,azure,nc96ads_a100_v4,a100-pcie-80gb,4,,AMD EPYC 7V13 (Milan),0,96,944.893,azure-nca100v4-2024
| azure:nd96asr_v4,azure,nd96asr_v4,a100-sxm4-40gb,8,,AMD EPYC 7V12 (Rome),0,96,966.368,azure-ndasra100v4-2024
| azure:nd96amsr_a100_v4,azure,nd96amsr_a100_v4,a100-sxm4-80gb,8,,AMD EPYC 7V12 (Rome),0,96,2040.109,azure-ndma100v4-2024
| azure:nd96isr_h100_v5,azure,nd96isr_h100_v5,h100-sxm,8,,Intel Xeon 4th gen Scalable (Sapphire Rapids); SKU not given by Azure,0,96,2040.109,azure-ndh100v5-2025
| azure:nc6s_v3,azure,nc6s_v3,v100-pcie-16gb,1,,Intel Xeon E5-2690 v4 (Broadwell),0,6,120.259,azure-ncv3-2024
| azure:nc12s_v3,azure,nc12s_v3,v100-pcie-16gb,2,,Intel Xeon E5-2690 v4 (Broadwell),0,12,240.518,azure-ncv3-2024
| azure:nc24s_v3,azure,nc24s_v3,v100-pcie-16gb,4,,Intel Xeon E5-2690 v4 (Broadwell),0,24,481.036,azure-ncv3-2024
| azure:nc24rs_v3,azure,nc24rs_v3,v100-pcie-16gb,4,,Intel Xeon E5-2690 v4 (Broadwell),0,24,481.036,azure-ncv3-2024
| azure:nc4as_t4_v3,azure,nc4as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,4,30.065,azure-ncast4v3-2024
| azure:nc8as_t4_v3,azure,nc8as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,8,60.13,azure-ncast4v3-2024
| azure:nc16as_t4_v3,azure,nc16as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,16,118.112,azure-ncast4v3-2024
| azure:nc64as_t4_v3,azure,nc64as_t4_v3,t4,4,,AMD EPYC 7V12 (Rome),0,64,472.446,azure-ncast4v3-2024
| azure:d2s_v5,azure,d2s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,8.59,azure-dsv5-2026
| azure:d4s_v5,azure,d4s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,17.18,azure-dsv5-2026
| azure:d16s_v5,azure,d16s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,68.719,azure-dsv5-2026
| azure:d64s_v5,azure,d64s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,274.878,azure-dsv5-2026
| azure:d96s_v5,azure,d96s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.5,96,412.317,azure-dsv5-2026
| azure:e2s_v5,azure,e2s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,17.18,azure-esv5-2026
| azure:e4s_v5,azure,e4s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,34.36,azure-esv5-2026
| azure:e16s_v5,azure,e16s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,137.439,azure-esv5-2026
| azure:e64s_v5,azure,e64s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,549.756,azure-esv5-2026
| azure:e96s_v5,azure,e96s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.5,96,721.555,azure-esv5-2026
| azure:f2s_v2,azure,f2s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,4.295,azure-fsv2-2024
| azure:f4s_v2,azure,f4s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,8.59,azure-fsv2-2024
| azure:f16s_v2,azure,f16s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,34.36,azure-fsv2-2024
| azure:f64s_v2,azure,f64s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,137.439,azure-fsv2-2024
| azure:f72s_v2,azure,f72s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.125,72,154.619,azure-fsv2-2024
$ mlcarbon compare --cpu epyc-7763 --cpu-cores 32 --memory-gb 128 --hours 48 -r DE --regions FR,PL,aws:eu-north-1 --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,aws:eu-north-1,,aws:eu-north-1,,48,1.14,35.26,10.269849599999999,0.36211489689599996,12.79353374929098,1,1,1.3684210526315792,9.349120816789563,lifecycle,
| 2,country:FR,,country:FR,,48,1.56,41.44,14.0534784,0.5823761448959999,7.954874517374518,1,1,1,7.954874517374518,lifecycle,
| 3,country:PL,,country:PL,,48,1.56,588.6,14.0534784,8.27187738624,0.5600577641862045,1,1,1,0.5600577641862045,lifecycle,
$ mlcarbon compare --instance aws:c6i.4xlarge --hours 24 -r aws:us-east-1 --regions aws:eu-north-1 --pue-values 1.1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "intensity_basis": "lifecycle",
|   "baseline": {
|     "hardware": null,
|     "region": "aws:us-east-1",
|     "count": null,
|     "hours": 24,
|     "pue": 1.14,
|     "intensity_g_per_kwh": 337.01647352647353,
|     "energy_kwh": 2.402183375999999,
|     "co2e_kg": 0.8095753701434385,
|     "co2e_kg_low": 0.7385599867975229,
|     "co2e_kg_high": 0.8166769084780301
|   },
|   "alternatives": [
|     {
|       "label": "aws:eu-north-1",
|       "hardware": null,
|       "region": "aws:eu-north-1",
|       "count": null,
|       "hours": 24,
|       "pue": 1.14,
|       "intensity_g_per_kwh": 35.26,
|       "energy_kwh": 2.402183375999999,
|       "co2e_kg": 0.08470098583775997,
|       "co2e_kg_low": 0.07650406186175998,
|       "co2e_kg_high": 0.10114667037839997,
|       "saving": 9.558039521454155,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 9.558039521454157
|       }
|     },
|     {
|       "label": "PUE 1.1",
|       "hardware": null,
|       "region": "aws:us-east-1",
|       "count": null,
|       "hours": 24,
|       "pue": 1.1,
|       "intensity_g_per_kwh": 337.01647352647353,
|       "energy_kwh": 2.3178962399999996,
|       "co2e_kg": 0.7811692168050725,
|       "co2e_kg_low": 0.7811692168050725,
|       "co2e_kg_high": 0.7811692168050725,
|       "saving": 1.0363636363636362,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1.0363636363636362,
|         "map": 1
|       }
|     }
|   ],
|   "skipped": [],
|   "data_origin": "embedded",
|   "settings": []
| }
%file cpujobs.csv
name,hardware,count,hours,region,cpu,cpu_cores,cpu_count,memory_gb,cpu_tdp_w,instance
train,a100,8,10,FR,,,,,,
prep,,,10,FR,epyc-7763,32,,128,,
custom,,,10,FR,,,2,64,150,
vm,,2,10,aws:us-east-1,,,,,,aws:c6i.4xlarge
bad-count,,3,10,FR,epyc-7763,,,,,
bad-cpu,,,10,FR,epyc-7764,,,,,
%end
$ mlcarbon estimate --jobs cpujobs.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  train                 a100-sxm4-40gb         8         10  country:FR                         49.92        2.0687        2.0687
|       3  prep                  -                      -         10  country:FR                        2.9278       0.12133       0.12133
|       4  custom                -                      -         10  country:FR                        5.0519       0.20935       0.20935
|       5  vm                    -                      -         10  aws:us-east-1                     2.0018       0.67465       0.67465
|
| Total of 4 jobs (2 rows failed, not counted):
|   energy      59.902 kWh  (facility; IT 38.871 kWh; 80 device-hours)
|   emissions   3.074 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         3.074 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region         jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1     1      2.0018  0.67465      0.67465
|   country:FR        3        57.9   2.3994       2.3994
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   -                  3      9.9815   1.0053       1.0053
|   a100-sxm4-40gb     1       49.92   2.0687       2.0687
! mlcarbon: error: cpujobs.csv:6: count counts accelerators, and this job has none (hardware, instance, power or tdp); give its CPUs with cpu_count (packages) or cpu_cores
! mlcarbon: error: cpujobs.csv:7: cpu: unknown CPU 'epyc-7764'; did you mean epyc-7763, epyc-7702, epyc-7742, epyc-7713, epyc-9754? (for a CPU not in the data: cpu_tdp_w W, its rated power)
[6]
$ mlcarbon estimate --jobs cpujobs.csv --format jsonl
| {"schema_version":1,"record":"job","line":2,"name":"train","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":10,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":32,"energy_kwh":49.92,"co2e_kg":2.0686848,"offset_kg":0,"net_co2e_kg":2.0686848,"embodied_kg":0.828185155340675}
| {"schema_version":1,"record":"job","line":3,"name":"prep","hardware":null,"count":null,"power_w":null,"power_origin":"none","utilization":null,"hours":10,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":1.8768000000000002,"energy_kwh":2.9278080000000006,"co2e_kg":0.12132836352000002,"offset_kg":0,"net_co2e_kg":0.12132836352000002,"embodied_kg":0}
| {"schema_version":1,"record":"job","line":4,"name":"custom","hardware":null,"count":null,"power_w":null,"power_origin":"none","utilization":null,"hours":10,"region":"country:FR","grid":"FR","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","it_energy_kwh":3.2384000000000004,"energy_kwh":5.051904,"co2e_kg":0.20935090175999999,"offset_kg":0,"net_co2e_kg":0.20935090175999999,"embodied_kg":0}
| {"schema_version":1,"record":"job","line":5,"name":"vm","hardware":null,"count":null,"power_w":null,"power_origin":"none","utilization":null,"hours":10,"region":"aws:us-east-1","grid":"US-SRVC","pue":1.14,"pue_origin":"provider","intensity_g_per_kwh":337.01647352647353,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","it_energy_kwh":1.755982,"energy_kwh":2.0018194799999995,"co2e_kg":0.6746461417861989,"offset_kg":0,"net_co2e_kg":0.6746461417861989,"embodied_kg":0}
| {"schema_version":1,"record":"error","line":6,"kind":"usage","message":"count counts accelerators, and this job has none (hardware, instance, power or tdp); give its CPUs with cpu_count (packages) or cpu_cores"}
| {"schema_version":1,"record":"error","line":7,"kind":"not_found","message":"cpu: unknown CPU 'epyc-7764'; did you mean epyc-7763, epyc-7702, epyc-7742, epyc-7713, epyc-9754? (for a CPU not in the data: cpu_tdp_w W, its rated power)"}
| {"schema_version":1,"record":"total","jobs":4,"device_hours":80,"it_energy_kwh":38.871182000000005,"energy_kwh":59.90153148,"co2e_kg":3.074010207066199,"offset_kg":0,"net_co2e_kg":3.074010207066199,"embodied_kg":0.828185155340675,"failed":2}
| {"schema_version":1,"record":"region_total","region":"aws:us-east-1","jobs":1,"device_hours":0,"it_energy_kwh":1.755982,"energy_kwh":2.0018194799999995,"co2e_kg":0.6746461417861989,"offset_kg":0,"net_co2e_kg":0.6746461417861989,"embodied_kg":0}
| {"schema_version":1,"record":"region_total","region":"country:FR","jobs":3,"device_hours":80,"it_energy_kwh":37.1152,"energy_kwh":57.899712,"co2e_kg":2.3993640652800003,"offset_kg":0,"net_co2e_kg":2.3993640652800003,"embodied_kg":0.828185155340675}
| {"schema_version":1,"record":"hardware_total","hardware":"-","jobs":3,"device_hours":0,"it_energy_kwh":6.871182000000001,"energy_kwh":9.981531480000001,"co2e_kg":1.005325407066199,"offset_kg":0,"net_co2e_kg":1.005325407066199,"embodied_kg":0}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":1,"device_hours":80,"it_energy_kwh":32,"energy_kwh":49.92,"co2e_kg":2.0686848,"offset_kg":0,"net_co2e_kg":2.0686848,"embodied_kg":0.828185155340675}
! mlcarbon: error: cpujobs.csv:6: count counts accelerators, and this job has none (hardware, instance, power or tdp); give its CPUs with cpu_count (packages) or cpu_cores
! mlcarbon: error: cpujobs.csv:7: cpu: unknown CPU 'epyc-7764'; did you mean epyc-7763, epyc-7702, epyc-7742, epyc-7713, epyc-9754? (for a CPU not in the data: cpu_tdp_w W, its rated power)
[6]
$ mlcarbon estimate --jobs cpujobs.csv --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| | Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |
| | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |
| | train | 8 × a100-sxm4-40gb | country:FR | 10 | 1.56 | 41.44 | 49.92 | 2.0687 |
| | prep | 32 cores of epyc-7763 + 128 GB memory (no accelerators) | country:FR | 10 | 1.56 | 41.44 | 2.9278 | 0.12133 |
| | custom | 2 × CPU at 150 W + 64 GB memory (no accelerators) | country:FR | 10 | 1.56 | 41.44 | 5.0519 | 0.20935 |
| | vm | 2 × aws:c6i.4xlarge (no accelerators) | aws:us-east-1 | 10 | 1.14 | 337.02 | 2.0018 | 0.67465 |
| | **Total** |  |  | 80 device-h |  |  | 59.902 | 3.074 |
|
| **Energy and carbon footprint.** We estimate the energy of 4 runs as devices × power per device × utilization × hours × PUE, and their emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. Power figures, PUEs and grid intensities (all on a lifecycle basis, figures published on the other converted with their grid's generation mix) come from the sources cited [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]. In total the runs used 59.902 kWh of electricity (80 device-hours) and emitted 3.074 kg CO2e (location-based); after 0 kg CO2e of offsets bought, 3.074 kg CO2e net.
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 7. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 8. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 9. Amazon Web Services (2023). Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html
| 10. CodeCarbon (2026). CodeCarbon cpu_power.csv (CPU name -> TDP). https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| 11. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 12. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 13. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 14. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 15. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
! mlcarbon: error: cpujobs.csv:6: count counts accelerators, and this job has none (hardware, instance, power or tdp); give its CPUs with cpu_count (packages) or cpu_cores
! mlcarbon: error: cpujobs.csv:7: cpu: unknown CPU 'epyc-7764'; did you mean epyc-7763, epyc-7702, epyc-7742, epyc-7713, epyc-9754? (for a CPU not in the data: cpu_tdp_w W, its rated power)
[6]
