# The EXAMPLES of man/mlcarbon.1.
$ mlcarbon estimate -g a100 -n 8 --hours 24 --region aws:us-east-1
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      88.32 kWh  (facility, PUE 1.15 included)
|   emissions   33.895 kg CO2e  (gross, location-based)
|   net         33.895 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       18.392 to 41.171 kg CO2e  (interval bounds; widest factor: power per device)
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
|   PUE                           1.15             Amazon Web Services PUE, global fleet average, 2024: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|   facility energy              88.32  kWh        = 76.8 kWh x PUE 1.15
|   grid intensity              383.78  gCO2e/kWh  aws:us-east-1 grid US (United States), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  33.895  kg CO2e    = 88.32 kWh x 383.78 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               33.895  kg CO2e    = 33.895 - 0
|   embodied (manufacturing)    1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         35.883  kg CO2e    = 33.895 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (18.392 to 41.171 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  20.337 to 37.285  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    383.78  423.78  33.895 to 37.428  annual figures 2020 to 2024: Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE                 1.04    1.15  30.653 to 33.895  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.15 is the global fleet average of Amazon Web Services for 2024; individual sites differ.
|   - The grid intensity describes 2024: an annual average, not the hours of this run.
|   - Amazon Web Services publishes no per-region intensity: aws:us-east-1 uses the national average (United States, US).
$ mlcarbon estimate --power 330 -n 10000 --duration 14.8d --pue 1.1 --intensity 429 -f json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-23",
|     "regions_version": "2026-11-23",
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
|       "source": "--intensity",
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
|   "notes": [
|     "No --hardware given: the device is described only by --power.",
|     "No --region given: a private site, with the intensity given by --intensity."
|   ]
| }
$ mlcarbon estimate -g v100 --hours 100 -r FR -f json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-23",
|     "regions_version": "2026-11-23",
|     "origin": "embedded"
|   },
|   "energy_kwh": 46.800000000000004,
|   "it_energy_kwh": 30,
|   "co2e_kg": 1.955772,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.955772,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.035231444175844,
|   "total_with_embodied_kg": 2.9910034441758437,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.808434,
|     "co2e_kg_high": 4.3299927,
|     "energy_kwh_low": 19.8,
|     "energy_kwh_high": 55.11,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.83,
|         "central": 41.79,
|         "high": 78.57,
|         "co2e_kg_low": 1.910844,
|         "co2e_kg_high": 3.677076,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 1.1734632,
|         "co2e_kg_high": 2.1513492000000003,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 1.37907,
|         "co2e_kg_high": 2.093679,
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
|       "year": 2018
|     },
|     "utilization": 1,
|     "hours": 100,
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
|       "year": 2024
|     },
|     "intensity_g_per_kwh": 41.79,
|     "intensity_origin": "grid",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "owid-carbon-intensity",
|       "title": "Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute)",
|       "publisher": "Our World in Data",
|       "url": "https://ourworldindata.org/grapher/carbon-intensity-electricity",
|       "year": 2026,
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
|       "count",
|       "utilization",
|       "pue",
|       "intensity"
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
|       "value": 41.79,
|       "unit": "gCO2e/kWh",
|       "source": "France (FR), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 1.955772,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "46.8 kWh x 41.79 g/kWh / 1000"
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
|       "value": 1.955772,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.9558 - 0"
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
|       "value": 2.9910034441758437,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.9558 + 1.0352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
%file runs.csv
name,hardware,count,hours,region
pretrain,h100,256,72,gcp:us-central1
finetune,a100,8,12,aws:us-east-1
%end
$ mlcarbon estimate --jobs runs.csv --totals-only --budget 2t
| Total of 2 jobs:
|   energy      14,237 kWh  (facility; IT 12,941 kWh; 18,528 device-hours)
|   emissions   5,875 kg CO2e  (gross, location-based)
|   net         5,875 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1       1       44.16   16.948       16.948
|   gcp:us-central1     1      14,193    5,858        5,858
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1       44.16   16.948       16.948
|   h100-sxm           1      14,193    5,858        5,858
! mlcarbon: budget exceeded: gross emissions of 5,875 kg CO2e are 3,875 kg CO2e (193.73%) over the budget of 2t
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r gcp:us-central1 -f latex --bib refs.bib
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-23, regions 2026-11-23).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.1, the global fleet average (annual) of Google Cloud for 2023~\cite{google-env-report-2024}. The carbon intensity of the grid is 412.72 gCO\textsubscript{2}e/kWh, the figure Google Cloud publishes for the region for 2024 (location basis)~\cite{google-region-carbon-2024}. The run used 84.48 kWh of electricity and emitted 34.867 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 87\% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2024}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 4.5327 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1.9876 kg CO\textsubscript{2}e (36.854 kg CO\textsubscript{2}e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 19.426 and 43.913 kg CO\textsubscript{2}e.
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
| PUE & 1.1 & \cite{google-env-report-2024} \\
| Grid intensity & 412.72 gCO\textsubscript{2}e/kWh (2024) & \cite{google-region-carbon-2024} \\
| Energy & 84.48 kWh &  \\
| Emissions (location-based) & 34.867 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 34.867 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 4.5327 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1.9876 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 36.854 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 19.426 to 43.913 kg CO\textsubscript{2}e &  \\
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
| @misc{google-env-report-2024,
|   author = {{Google}},
|   title = {{Google 2024 Environmental Report (announcement post)}},
|   year = {2024},
|   note = {\url{https://blog.google/outreach-initiatives/sustainability/2024-environmental-report}}
| }
|
| @misc{google-region-carbon-2024,
|   author = {{Google}},
|   title = {{Carbon free energy for Google Cloud regions (region-carbon-info), 2024 data}},
|   year = {2025},
|   note = {\url{https://github.com/GoogleCloudPlatform/region-carbon-info}}
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
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2
| mlcarbon estimate: 16 x NVIDIA A100 SXM4 40 GB for 72 h in aws:us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon))
|
|   energy      685.71 kWh  (facility, PUE 1.15 included)
|   emissions   263.16 kg CO2e  (gross, location-based)
|   net         263.16 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       164.42 to 313.05 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    11.926 kg CO2e  (manufacturing, amortised); total with embodied 275.09 kg CO2e
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
|   duration                        72  h          --hours 72
|   IT energy                   596.27  kWh        = 8.2815 kW x 72 h
|   PUE                           1.15             Amazon Web Services PUE, global fleet average, 2024: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|   facility energy             685.71  kWh        = 596.27 kWh x PUE 1.15
|   grid intensity              383.78  gCO2e/kWh  aws:us-west-2 grid US (United States), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  263.16  kg CO2e    = 685.71 kWh x 383.78 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               263.16  kg CO2e    = 263.16 - 0
|   embodied (manufacturing)    11.926  kg CO2e    = 16 devices x 72 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         275.09  kg CO2e    = 263.16 + 11.926
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (164.42 to 313.05 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1   181.81 to 283.5  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    383.78  423.78  263.16 to 290.59  annual figures 2020 to 2024: Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE                 1.04    1.15  237.99 to 263.16  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (240 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.15 is the global fleet average of Amazon Web Services for 2024; individual sites differ.
|   - The grid intensity describes 2024: an annual average, not the hours of this run.
|   - Amazon Web Services publishes no per-region intensity: aws:us-west-2 uses the national average (United States, US).
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 921.13 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      45,393 kWh (45.393 MWh)  (facility, PUE 1.1 included)
|   emissions   18,735 kg CO2e (18.735 t)  (gross, location-based)
|   net         18,735 kg CO2e (18.735 t)  (after 0 kg CO2e of offsets bought)
|   range       8,351 to 31,461 kg CO2e  (interval bounds; widest factor: MFU)
|   market      2,436 kg CO2e (2.4355 t)  (market-based: the provider's carbon-free share removed)
|   embodied    610.29 kg CO2e  (manufacturing, amortised); total with embodied 19,345 kg CO2e (19.345 t)
|
| Breakdown:
|   factor                                                           value  unit       source / how it is computed
|   devices                                                             64  devices    --count
|   power per device                                                   700  W          TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   utilization                                                          1  of power   default: the full TDP (--utilization not given)
|   IT power                                                          44.8  kW         = 64 x 700 W x 1 / 1000
|   training compute                        83,999,999,999,999,991,611,392  FLOP       6 x 7,000,000,000 parameters x 2,000,000,000,000 tokens: Scaling Laws for Neural Language Models (arXiv:2001.08361) (Kaplan et al., 2020)
|   peak per device                                                  989.5  TFLOP/s    bf16 dense (default precision): NVIDIA H100 Tensor Core GPU datasheet (2023)
|   model FLOPs utilization                                            0.4             default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   device-hours                                                    58,952  h          = 83,999,999,999,999,991,611,392 FLOP / (989.5 TFLOP/s x 0.4 x 3600)
|   duration                                                        921.13  h          = 58,952 device-hours / 64 devices
|   IT energy                                                       41,267  kWh        = 44.8 kW x 921.13 h
|   PUE                                                                1.1             Google Cloud PUE, global fleet average (annual), 2023: Google 2024 Environmental Report (announcement post) (2024)
|   facility energy                                                 45,393  kWh        = 41,267 kWh x PUE 1.1
|   grid intensity                                                  412.72  gCO2e/kWh  gcp:us-central1 (provider's own figure), 2024 annual average (location basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2024 data (2025)
|   emissions (location-based)                                      18,735  kg CO2e    = 45,393 kWh x 412.72 g/kWh / 1000
|   offsets bought                                                       0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                                                   18,735  kg CO2e    = 18,735 - 0
|   emissions (market-based, provider CFE)                           2,436  kg CO2e    = 18,735 x (1 - 87% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                                        610.29  kg CO2e    = 64 devices x 921.13 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                                             19,345  kg CO2e    = 18,735 + 610.29
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 87% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2024; Carbon free energy for Google Cloud regions (region-carbon-info), 2024 data (2025)]
|
| Range (8,351 to 31,461 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   MFU                0.5   0.3  14,988 to 24,980  published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   power per device   0.6   1.1  11,241 to 20,608  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity     394   460  17,885 to 20,881  annual figures 2021 to 2024: Carbon free energy for Google Cloud regions (region-carbon-info), 2024 data (2025)
|   PUE               1.07  1.13  18,224 to 19,246  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The hours follow from the compute at 0.4 MFU of the dense bf16 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (87%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.1 is the global fleet average (annual) of Google Cloud for 2023; individual sites differ.
|   - The grid intensity describes 2024: an annual average, not the hours of this run.
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --plot regions.svg
| mlcarbon compare: 8 x NVIDIA A100 SXM4 40 GB for 24 h in gcp:us-central1
|   baseline: 34.867 kg CO2e (84.48 kWh)
|
|   rank  alternative                  kg CO2e    kWh  vs baseline   model  machine  mechanization       map
|      1  gcp:europe-north2            0.23063  84.48  151.18x less     1x       1x             1x   151.18x
|      2  gcp:northamerica-northeast1  0.46295  84.48  75.314x less     1x       1x             1x   75.314x
|      3  gcp:europe-west6              1.2714  84.48  27.423x less     1x       1x             1x   27.423x
|      4  gcp:europe-west9               1.377  84.48  25.32x less      1x       1x             1x    25.32x
|      5  gcp:europe-north1             3.3218  84.48  10.496x less     1x       1x             1x   10.496x
|      6  gcp:northamerica-northeast2   4.9471  84.48  7.0478x less     1x       1x             1x   7.0478x
|      7  gcp:southamerica-east1        5.6872  84.48  6.1307x less     1x       1x             1x   6.1307x
|      8  gcp:us-west1                  6.6934  84.48  5.2091x less     1x       1x             1x   5.2091x
|      9  gcp:europe-southwest1         7.5221  84.48  4.6352x less     1x       1x             1x   4.6352x
|     10  gcp:europe-west1              8.7327  84.48  3.9926x less     1x       1x             1x   3.9926x
|     11  gcp:europe-west2              8.9498  84.48  3.8958x less     1x       1x             1x   3.8958x
|     12  gcp:us-west2                  14.301  84.48  2.4381x less     1x       1x             1x   2.4381x
|     13  gcp:europe-west12             17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     14  gcp:europe-west8              17.039  84.48  2.0463x less     1x       1x             1x   2.0463x
|     15  gcp:europe-west4               17.64  84.48  1.9765x less     1x       1x             1x   1.9765x
|     16  gcp:southamerica-west1        20.106  84.48  1.7341x less     1x       1x             1x   1.7341x
|     17  gcp:europe-west10             23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     18  gcp:europe-west3              23.301  84.48  1.4963x less     1x       1x             1x   1.4963x
|     19  gcp:asia-northeast2           25.022  84.48  1.3934x less     1x       1x             1x   1.3934x
|     20  gcp:us-south1                 25.593  84.48  1.3623x less     1x       1x             1x   1.3623x
|     21  gcp:northamerica-south1       25.766  84.48  1.3532x less     1x       1x             1x   1.3532x
|     22  gcp:us-east4                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     23  gcp:us-east5                  27.291  84.48  1.2776x less     1x       1x             1x   1.2776x
|     24  gcp:us-east2                  28.759  84.48  1.2124x less     1x       1x             1x   1.2124x
|     25  gcp:asia-northeast3           30.123  84.48  1.1575x less     1x       1x             1x   1.1575x
|     26  gcp:us-west4                  30.185  84.48  1.1551x less     1x       1x             1x   1.1551x
|     27  gcp:me-central1                30.92  84.48  1.1277x less     1x       1x             1x   1.1277x
|     28  gcp:asia-southeast1           30.991  84.48  1.125x less      1x       1x             1x    1.125x
|     29  gcp:us-central2               31.446  84.48  1.1088x less     1x       1x             1x   1.1088x
|     30  gcp:me-central2               32.291  84.48  1.0798x less     1x       1x             1x   1.0798x
|     31  gcp:us-central1               34.867  84.48  same             1x       1x             1x        1x
|     32  gcp:me-west1                  36.643  84.48  1.051x more      1x       1x             1x  0.95152x
|     33  gcp:asia-east1                37.111  84.48  1.0644x more     1x       1x             1x  0.93952x
|     34  gcp:asia-northeast1           38.257  84.48  1.0972x more     1x       1x             1x  0.91138x
|     35  gcp:australia-southeast2      38.385  84.48  1.1009x more     1x       1x             1x  0.90833x
|     36  gcp:australia-southeast1      42.029  84.48  1.2054x more     1x       1x             1x  0.82959x
|     37  gcp:asia-east2                42.664  84.48  1.2236x more     1x       1x             1x  0.81723x
|     38  gcp:asia-south2               44.929  84.48  1.2886x more     1x       1x             1x  0.77604x
|     39  gcp:asia-southeast3 *         46.864  84.48  1.3441x more     1x       1x             1x    0.744x
|     40  gcp:us-west3                  46.901  84.48  1.3451x more     1x       1x             1x  0.74341x
|     41  gcp:asia-southeast2           47.355  84.48  1.3582x more     1x       1x             1x  0.73628x
|     42  gcp:us-east1                  48.641  84.48  1.3951x more     1x       1x             1x  0.71681x
|     43  gcp:europe-central2           54.311  84.48  1.5577x more     1x       1x             1x  0.64199x
|     44  gcp:africa-south1             55.491  84.48  1.5915x more     1x       1x             1x  0.62833x
|     45  gcp:asia-south1               57.342  84.48  1.6446x more     1x       1x             1x  0.60805x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| * the region's intensity is its country's average (its provider publishes no per-region figure), so
|   regions of one country rank alike here although their local grids may differ.
$ mlcarbon estimate -g v100 -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 -r DE --compat codecarbon
| mlcarbon estimate: 4 x NVIDIA Tesla V100 SXM2 16 GB for 10 h in country:DE (Germany)
|
|   energy      23.255 kWh  (facility, PUE 1.56 included)
|   emissions   7.7114 kg CO2e  (gross, location-based)
|   net         7.7114 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.6867 to 11.291 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 8.1255 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                300  W          TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                         1  packages   --cpu-count (default 1)
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                 0.5  of power   --cpu-utilization
|   host memory                     512  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   IT power                     1.4907  kW         = 4 x 300 W x 1 / 1000 + 1 x 200 W x 0.5 / 1000 + 512 GB x 0.3725 W/GB / 1000
|   duration                         10  h          --hours 10
|   IT energy                    14.907  kWh        = 1.4907 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              23.255  kWh        = 14.907 kWh x PUE 1.56
|   grid intensity                331.6  gCO2e/kWh  Germany (DE), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   7.7114  kg CO2e    = 23.255 kWh x 331.6 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                7.7114  kg CO2e    = 7.7114 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          8.1255  kg CO2e    = 7.7114 + 0.41409
|
| Range (3.6867 to 11.291 kg CO2e; each factor alone, then all at their ends):
|   factor              low    high           kg CO2e  basis
|   power per device    0.6     1.1  5.2284 to 8.3322  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1    1.67  5.4376 to 8.2552  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    331.6  419.74  7.7114 to 9.7612  annual figures 2021 to 2025: Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2026)
|
| As CodeCarbon would compute it (CodeCarbon 3 (its RAM model since v3); its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), external/hardware.py (CPU), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators         1,200     1,200  W          4 x 300 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs             42.5       100  W          200 W TDP x 1 socket x (0.1 + 0.9 x 0.5^3): its model without RAPL
|   memory                  38    190.72  W          8 DIMMs guessed from 512 GB at 5 W, less beyond 4, 8, 16 DIMMs
|   fixed overhead           0         0  W          not counted
|   IT energy           12.805    14.907  kWh        (1,200 + 42.5 + 38) W x 10 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy              12.805    23.255  kWh        12.805 kWh x PUE 1
|   grid intensity       331.6     331.6  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                4.2461    7.7114  kg         12.805 kWh x 331.6 g/kWh / 1000
|   CodeCarbon's CO2e is 0.55063 x mlcarbon's: IT energy x 0.85898, PUE x 0.64103, grid intensity x 1
|   - Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package instead of using its load model.
|   - CodeCarbon looks the intensity up in its own table (Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then Our World in Data countries; for GCP regions its impact.csv); this column uses mlcarbon's figure for country:DE. To reproduce a published result exactly, give the intensity it used with --intensity.
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g a100-sxm4-80gb -n 384 --device-hours 1082990 --pue 1 -r FR --intensity 57
| mlcarbon estimate: 384 x NVIDIA A100 SXM4 80 GB for 2,820 h in country:FR (France)
|
|   energy      433,196 kWh (433.2 MWh)  (facility, PUE 1 included)
|   emissions   24,692 kg CO2e (24.692 t)  (gross, location-based)
|   net         24,692 kg CO2e (24.692 t)  (after 0 kg CO2e of offsets bought)
|   range       14,815 to 27,161 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    11,211 kg CO2e (11.211 t)  (manufacturing, amortised); total with embodied 35,904 kg CO2e (35.904 t)
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                         384  devices    --count
|   power per device                400  W          TDP of NVIDIA A100 SXM4 80 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                      153.6  kW         = 384 x 400 W x 1 / 1000
|   duration                      2,820  h          --device-hours 1082990 / 384 devices
|   IT energy                   433,196  kWh        = 153.6 kW x 2,820 h
|   PUE                               1             --pue
|   facility energy             433,196  kWh        = 433,196 kWh x PUE 1
|   grid intensity                   57  gCO2e/kWh  --intensity
|   emissions (location-based)   24,692  kg CO2e    = 433,196 kWh x 57 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                24,692  kg CO2e    = 24,692 - 0
|   embodied (manufacturing)     11,211  kg CO2e    = 384 devices x 2,820 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          35,904  kg CO2e    = 24,692 + 11,211
|
| Range (14,815 to 27,161 kg CO2e; each factor alone, then all at their ends):
|   factor            low  high           kg CO2e  basis
|   power per device  0.6   1.1  14,815 to 27,161  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - --intensity replaces the 41.79 g/kWh (2025) of France (FR).
$ mlcarbon regions list --provider gcp
|   id                           name                                                   grid        gCO2e/kWh  year  PUE  PUE is
|   gcp:africa-south1            Johannesburg                                           own figure     656.85  2024  1.1  gcp fleet
|   gcp:asia-east1               Taiwan (Changhua County)                               own figure     439.29  2024  1.1  gcp fleet
|   gcp:asia-east2               Hong Kong                                              own figure     505.02  2024  1.1  gcp fleet
|   gcp:asia-northeast1          Tokyo                                                  own figure     452.85  2024  1.1  gcp fleet
|   gcp:asia-northeast2          Osaka                                                  own figure     296.19  2024  1.1  gcp fleet
|   gcp:asia-northeast3          Seoul                                                  own figure     356.57  2024  1.1  gcp fleet
|   gcp:asia-south1              Mumbai, Maharashtra                                    own figure     678.76  2024  1.1  gcp fleet
|   gcp:asia-south2              Delhi                                                  own figure     531.83  2024  1.1  gcp fleet
|   gcp:asia-southeast1          Jurong West, Singapore                                 own figure     366.85  2024  1.1  gcp fleet
|   gcp:asia-southeast2          Jakarta                                                own figure     560.55  2024  1.1  gcp fleet
|   gcp:asia-southeast3          Bangkok                                                TH             554.73  2024  1.1  gcp fleet
|   gcp:australia-southeast1     Sydney, New South Wales                                own figure      497.5  2024  1.1  gcp fleet
|   gcp:australia-southeast2     Melbourne, Victoria                                    own figure     454.37  2024  1.1  gcp fleet
|   gcp:europe-central2          Warsaw                                                 own figure     642.88  2024  1.1  gcp fleet
|   gcp:europe-north1            Finland (Hamina)                                       own figure      39.32  2024  1.1  gcp fleet
|   gcp:europe-north2            Stockholm                                              own figure       2.73  2024  1.1  gcp fleet
|   gcp:europe-southwest1        Madrid                                                 own figure      89.04  2024  1.1  gcp fleet
|   gcp:europe-west1             Belgium (St. Ghislain)                                 own figure     103.37  2024  1.1  gcp fleet
|   gcp:europe-west10            Berlin                                                 own figure     275.82  2024  1.1  gcp fleet
|   gcp:europe-west12            Turin                                                  own figure     201.69  2024  1.1  gcp fleet
|   gcp:europe-west2             London, England                                        own figure     105.94  2024  1.1  gcp fleet
|   gcp:europe-west3             Frankfurt                                              own figure     275.82  2024  1.1  gcp fleet
|   gcp:europe-west4             Netherlands (Eemshaven, Groningen)                     own figure     208.81  2024  1.1  gcp fleet
|   gcp:europe-west6             Zurich                                                 own figure      15.05  2024  1.1  gcp fleet
|   gcp:europe-west8             Milan                                                  own figure     201.69  2024  1.1  gcp fleet
|   gcp:europe-west9             Paris                                                  own figure       16.3  2024  1.1  gcp fleet
|   gcp:me-central1              Doha                                                   own figure        366  2024  1.1  gcp fleet
|   gcp:me-central2              Dammam                                                 own figure     382.23  2024  1.1  gcp fleet
|   gcp:me-west1                 Tel Aviv                                               own figure     433.75  2024  1.1  gcp fleet
|   gcp:northamerica-northeast1  Montréal, Québec                                       own figure       5.48  2024  1.1  gcp fleet
|   gcp:northamerica-northeast2  Toronto, Ontario                                       own figure      58.56  2024  1.1  gcp fleet
|   gcp:northamerica-south1      Mexico (Querétaro)                                     own figure        305  2024  1.1  gcp fleet
|   gcp:southamerica-east1       Osasco, São Paulo                                      own figure      67.32  2024  1.1  gcp fleet
|   gcp:southamerica-west1       Santiago                                               own figure        238  2024  1.1  gcp fleet
|   gcp:us-central1              Council Bluffs, Iowa                                   own figure     412.72  2024  1.1  gcp fleet
|   gcp:us-central2              Mayes County (Pryor), Oklahoma                         own figure     372.23  2024  1.1  gcp fleet
|   gcp:us-east1                 Berkeley County (Moncks Corner), South Carolina        own figure     575.77  2024  1.1  gcp fleet
|   gcp:us-east2                 Douglas County, Georgia                                own figure     340.42  2024  1.1  gcp fleet
|   gcp:us-east4                 Northern Virginia (Ashburn, Loudoun County, Virginia)  own figure     323.05  2024  1.1  gcp fleet
|   gcp:us-east5                 Columbus, Ohio                                         own figure     323.05  2024  1.1  gcp fleet
|   gcp:us-south1                Dallas, Texas                                          own figure     302.95  2024  1.1  gcp fleet
|   gcp:us-west1                 The Dalles, Oregon                                     own figure      79.23  2024  1.1  gcp fleet
|   gcp:us-west2                 Los Angeles, California                                own figure     169.28  2024  1.1  gcp fleet
|   gcp:us-west3                 Salt Lake City, Utah                                   own figure     555.17  2024  1.1  gcp fleet
|   gcp:us-west4                 Las Vegas, Nevada                                      own figure      357.3  2024  1.1  gcp fleet
| 45 entries; `mlcarbon regions show ID` gives one with its sources.
