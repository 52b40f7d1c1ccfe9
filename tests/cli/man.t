# The EXAMPLES of man/mlcarbon.1.
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
$ mlcarbon estimate --power 330 -n 10000 --duration 14.8d --pue 1.1 --intensity 429 -f json
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
$ mlcarbon estimate -g v100 --hours 100 -r FR -f json
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
|   "co2e_kg": 1.939392,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.939392,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.035231444175844,
|   "total_with_embodied_kg": 2.974623444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.801504,
|     "co2e_kg_high": 4.328339400000001,
|     "energy_kwh_low": 19.8,
|     "energy_kwh_high": 55.11,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 1.894464,
|         "co2e_kg_high": 3.6756720000000005,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 1.1636351999999999,
|         "co2e_kg_high": 2.1333312,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 1.36752,
|         "co2e_kg_high": 2.0761439999999998,
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
|       "value": 41.44,
|       "unit": "gCO2e/kWh",
|       "source": "France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 1.939392,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "46.8 kWh x 41.44 g/kWh / 1000"
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
|       "value": 1.939392,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.9394 - 0"
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
|       "value": 2.974623444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.9394 + 1.0352"
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
|   ]
| }
%file runs.csv
name,hardware,count,hours,region
pretrain,h100,256,72,gcp:us-central1
finetune,a100,8,12,aws:us-east-1
%end
$ mlcarbon estimate --jobs runs.csv --totals-only --budget 2t
| Total of 2 jobs:
|   energy      14,107 kWh  (facility; IT 12,941 kWh; 18,528 device-hours)
|   emissions   6,726 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         6,726 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-east-1       1      43.776   14.753       14.753
|   gcp:us-central1     1      14,064    6,712        6,712
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     1      43.776   14.753       14.753
|   h100-sxm           1      14,064    6,712        6,712
! mlcarbon: budget exceeded: gross emissions of 6,726 kg CO2e are 4,726 kg CO2e (236.32%) over the budget of 2t
[7]
%copy $SRC/examples/slurm/sacct.txt sacct.txt
%copy $SRC/examples/slurm/cluster.json cluster.json
$ mlcarbon estimate --jobs sacct.txt --jobs-format sacct --cluster cluster.json --group-by user,partition --totals-only
| Total of 19 jobs:
|   energy      423.72 kWh  (facility; IT 325.94 kWh; 623.73 device-hours)
|   emissions   92.121 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         92.121 kg CO2e  (after 0 kg CO2e of offsets bought)
|   skipped     9 lines of the accounting not counted: 6 job steps (counted in their jobs), 1 still running, 2 never started
|   cluster     cluster.json (example-hpc): each job's hardware, CPUs, PUE and grid by its partition and node
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
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r gcp:us-central1 -f latex --bib refs.bib
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
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2
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
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1
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
$ mlcarbon compare -g a100 -n 8 --hours 24 -r gcp:us-central1 --regions gcp --plot regions.svg
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
$ mlcarbon estimate -g v100 -n 4 --hours 10 --cpu epyc-7702 --cpu-utilization 50% --memory-gb 512 -r DE --compat codecarbon
| mlcarbon estimate: 4 x NVIDIA Tesla V100 SXM2 16 GB for 10 h in country:DE (Germany)
|
|   energy      23.255 kWh  (facility, PUE 1.56 included)
|   emissions   7.6661 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         7.6661 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       3.665 to 11.291 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.41409 kg CO2e  (manufacturing, amortised); total with embodied 8.0802 kg CO2e
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
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   7.6661  kg CO2e    = 23.255 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                7.6661  kg CO2e    = 7.6661 - 0
|   embodied (manufacturing)    0.41409  kg CO2e    = 4 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          8.0802  kg CO2e    = 7.6661 + 0.41409
|
| Range (3.665 to 11.291 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  5.1977 to 8.2832  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                  1.1    1.67  5.4056 to 8.2066  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    329.65  419.74  7.6661 to 9.7612  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| As CodeCarbon would compute it (CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to 3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0; its rules as stated in mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py (4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)):
|   factor          CodeCarbon  mlcarbon  unit       CodeCarbon's rule
|   accelerators         1,200     1,200  W          4 x 300 W x 1: CodeCarbon reads the GPUs' power from NVML; the stated figure stands for it
|   host CPUs             42.5       100  W          200 W TDP x 1 socket x (0.1 + 0.9 x 0.5^3): its load curve
|   memory                  38    190.72  W          8 DIMMs guessed from 512 GB at 5 W, less beyond 4, 8, 16 DIMMs
|   fixed overhead           0         0  W          not counted
|   IT energy           12.805    14.907  kWh        (1,200 + 42.5 + 38) W x 10 h / 1000
|   PUE                      1      1.56             its default: 1.0 unless pue is set
|   energy              12.805    23.255  kWh        12.805 kWh x PUE 1
|   grid intensity      329.65    329.65  gCO2e/kWh  mlcarbon's figure for country:DE
|   CO2e                4.2212    7.6661  kg         12.805 kWh x 329.65 g/kWh / 1000
|   CodeCarbon's CO2e is 0.55063 x mlcarbon's: IT energy x 0.85898, PUE x 0.64103, grid intensity x 1
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
