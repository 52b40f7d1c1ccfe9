# Grid figures on one basis, sub-national where it matters (issue "Grid figures a reviewer would
# accept"). Lifecycle is the default basis; --basis direct gives the other; a figure published on
# the other basis is converted with its grid's generation mix and shown beside the result.

# Cloud regions in the US, Canada and Australia draw from their sub-national grid.
$ mlcarbon estimate -g a100 --hours 100 -r aws:us-west-2 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 100 h in aws:us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon))
|
|   energy      45.6 kWh  (facility, PUE 1.14 included)
|   emissions   15.651 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         15.651 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       8.567 to 17.367 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 16.686 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          1  device     default (--count not given)
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                       100  h          --hours 100
|   IT energy                       40  kWh        = 0.4 kW x 100 h
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy               45.6  kWh        = 40 kWh x PUE 1.14
|   published intensity         288.15  gCO2e/kWh  aws:us-west-2 grid US-NWPP (WECC Northwest (eGRID NWPP), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)
|   basis conversion            55.078  gCO2e/kWh  direct to lifecycle: US-NWPP's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity              343.23  gCO2e/kWh  = 288.15 + 55.078 g/kWh (lifecycle basis)
|   emissions (location-based)  15.651  kg CO2e    = 45.6 kWh x 343.23 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               15.651  kg CO2e    = 15.651 - 0
|   embodied (manufacturing)    1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         16.686  kg CO2e    = 15.651 + 1.0352
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (8.567 to 17.367 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1  9.3907 to 17.216  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.04  1.15  14.278 to 15.788  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2023: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-NWPP (--basis direct for the figure as published).
$ mlcarbon estimate -g a100 --hours 100 -r aws:ca-central-1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 45.599999999999994,
|   "it_energy_kwh": 40,
|   "co2e_kg": 1.1968356439857424,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.1968356439857424,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.035231444175844,
|   "total_with_embodied_kg": 2.2320670881615863,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.6551100367079854,
|     "co2e_kg_high": 1.328067622492951,
|     "energy_kwh_low": 24.96,
|     "energy_kwh_high": 50.6,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.7181013863914454,
|         "co2e_kg_high": 1.3165192083843167,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.04,
|         "central": 1.14,
|         "high": 1.15,
|         "co2e_kg_low": 1.0918500611799757,
|         "co2e_kg_high": 1.2073342022663192,
|         "basis": "range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "a100-sxm4-40gb",
|     "hardware_name": "NVIDIA A100 SXM4 40 GB",
|     "count": 1,
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
|     "hours": 100,
|     "energy_kwh": null,
|     "region": "aws:ca-central-1",
|     "region_name": "Canada (Central)",
|     "grid": "CA-QC",
|     "pue": 1.14,
|     "pue_origin": "provider",
|     "pue_year": 2025,
|     "pue_source": {
|       "key": "aws-pue-2025",
|       "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|       "publisher": "Amazon",
|       "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|       "year": 2026,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 26.24639570144172,
|     "intensity_origin": "grid",
|     "intensity_year": 2020,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "eccc-nir-2022-annex13",
|       "title": "National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",
|       "publisher": "Environment and Climate Change Canada",
|       "url": "https://data.ec.gc.ca/data/substances/monitor/canada-s-official-greenhouse-gas-inventory/C-Tables-Electricity-Canada-Provinces-Territories/EN_Electricity_Can_Prov_Terr.xlsx",
|       "year": 2022,
|       "license": "Open Government Licence - Canada"
|     },
|     "intensity_scope": "state",
|     "published_intensity_g_per_kwh": 1.5,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 24.74639570144172,
|     "basis_conversion_mix_year": 2020,
|     "basis_conversion_mix_source": {
|       "key": "eccc-nir-2022-annex13",
|       "title": "National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",
|       "publisher": "Environment and Climate Change Canada",
|       "url": "https://data.ec.gc.ca/data/substances/monitor/canada-s-official-greenhouse-gas-inventory/C-Tables-Electricity-Canada-Provinces-Territories/EN_Electricity_Can_Prov_Terr.xlsx",
|       "year": 2022,
|       "license": "Open Government Licence - Canada"
|     },
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
|       "value": 0.4,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 400 W x 1 / 1000"
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
|       "value": 40,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 100 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.14,
|       "unit": "",
|       "source": "Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 45.599999999999994,
|       "unit": "kWh",
|       "source": "",
|       "formula": "40 kWh x PUE 1.14"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 1.5,
|       "unit": "gCO2e/kWh",
|       "source": "aws:ca-central-1 grid CA-QC (Quebec, state or province), 2020 annual average (direct basis): National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14) (Environment and Climate Change Canada, 2022)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 24.74639570144172,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: CA-QC's 2020 generation mix x per-fuel factors (lifecycle - direct): National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14) (Environment and Climate Change Canada, 2022); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 26.24639570144172,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "1.5 + 24.746 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 1.1968356439857424,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "45.6 kWh x 26.246 g/kWh / 1000"
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
|       "value": 1.1968356439857424,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.1968 - 0"
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
|       "value": 2.2320670881615863,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.1968 + 1.0352"
|     }
|   ],
|   "provider_claims": [
|     {
|       "text": "Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030).",
|       "year": 2023,
|       "source": {
|         "key": "amazon-sustainability-2023",
|         "title": "Amazon 2023 Sustainability Report, executive summary",
|         "publisher": "Amazon",
|         "url": "https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     }
|   ],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.",
|     "The grid intensity describes 2020: an annual average, not the hours of this run.",
|     "The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2020 generation mix of CA-QC (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g a100 --hours 100 -r azure:westcentralus --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,100,azure:westcentralus,US-RMPA,1.17,provider,532.1847052947053,grid,2023,40,46.8,24.906244207792206,0,24.906244207792206,lifecycle,subregion,,1.035231444175844,25.941475651968048,14.816022195404594,29.972642602197805,27.839999999999996,56.32000000000001,
# Google's 2025 figure as published (direct), and on the default basis.
$ mlcarbon estimate -g a100 --hours 100 -r gcp:us-central1 --basis direct -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 100 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      43.6 kWh  (facility, PUE 1.09 included)
|   emissions   18.833 kg CO2e  (gross, location-based; grid intensity on a direct basis)
|   net         18.833 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       10.118 to 22.871 kg CO2e  (interval bounds; widest factor: power per device)
|   market      2.26 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    1.0352 kg CO2e  (manufacturing, amortised); total with embodied 19.868 kg CO2e
|
| Breakdown:
|   factor                                   value  unit       source / how it is computed
|   devices                                      1  device     default (--count not given)
|   power per device                           400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                                  1  of power   default: the full TDP (--utilization not given)
|   IT power                                   0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                                   100  h          --hours 100
|   IT energy                                   40  kWh        = 0.4 kW x 100 h
|   PUE                                       1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                           43.6  kWh        = 40 kWh x PUE 1.09
|   grid intensity                          431.95  gCO2e/kWh  gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   emissions (location-based)              18.833  kg CO2e    = 43.6 kWh x 431.95 g/kWh / 1000
|   offsets bought                               0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                           18.833  kg CO2e    = 18.833 - 0
|   emissions (market-based, provider CFE)    2.26  kg CO2e    = 18.833 x (1 - 88% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                1.0352  kg CO2e    = 1 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                     19.868  kg CO2e    = 18.833 + 1.0352
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (10.118 to 22.871 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1    11.3 to 20.716  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity     394   460  17.178 to 20.056  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE               1.07  1.13  18.487 to 19.524  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g a100 --hours 100 -r gcp:us-central1 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 100 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025 [4]. The carbon intensity of the grid is 477.23 gCO2e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO2e/kWh on a direct basis [5], plus 45.281 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [6] and per-fuel emission factors [7, 8]. The run used 43.6 kWh of electricity and emitted 20.807 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [9]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [9]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [10]. Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included) [5]. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 2.4969 kg CO2e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [11], add 1.0352 kg CO2e (21.842 kg CO2e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 11.281 and 25.123 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 100 h |  |
| | Location | gcp:us-central1 |  |
| | PUE | 1.09 | [4] |
| | Grid intensity | 477.23 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 43.6 kWh |  |
| | Emissions (location-based) | 20.807 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 20.807 kg CO2e |  |
| | Emissions (market-based) | 2.4969 kg CO2e |  |
| | Embodied emissions | 1.0352 kg CO2e | [11] |
| | Total with embodied | 21.842 kg CO2e |  |
| | Range (location-based) | 11.281 to 25.123 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 6. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 7. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 8. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 9. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 10. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 11. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
# A given intensity is taken to be on the estimate's basis; the figure it replaces is shown on it.
$ mlcarbon estimate -g a100 --hours 100 -r gcp:us-central1 --intensity 400 --basis direct --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 43.6,
|   "it_energy_kwh": 40,
|   "co2e_kg": 17.44,
|   "offset_kg": 0,
|   "net_co2e_kg": 17.44,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.035231444175844,
|   "total_with_embodied_kg": 18.475231444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 10.272,
|     "co2e_kg_high": 19.888000000000005,
|     "energy_kwh_low": 25.68,
|     "energy_kwh_high": 49.720000000000006,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 10.464000000000002,
|         "co2e_kg_high": 19.184000000000005,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.07,
|         "central": 1.09,
|         "high": 1.13,
|         "co2e_kg_low": 17.12,
|         "co2e_kg_high": 18.08,
|         "basis": "range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "a100-sxm4-40gb",
|     "hardware_name": "NVIDIA A100 SXM4 40 GB",
|     "count": 1,
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
|     "hours": 100,
|     "energy_kwh": null,
|     "region": "gcp:us-central1",
|     "region_name": "Iowa",
|     "grid": "US-MROW",
|     "pue": 1.09,
|     "pue_origin": "provider",
|     "pue_year": 2025,
|     "pue_source": {
|       "key": "google-env-report-2026",
|       "title": "Google 2026 Environmental Report (2025 data)",
|       "publisher": "Google",
|       "url": "https://sustainability.google/google-2026-environmental-report",
|       "year": 2026,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 400,
|     "intensity_origin": "user",
|     "intensity_year": null,
|     "intensity_basis": "direct",
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
|       "value": 0.4,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 400 W x 1 / 1000"
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
|       "value": 40,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 100 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.09,
|       "unit": "",
|       "source": "Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 43.6,
|       "unit": "kWh",
|       "source": "",
|       "formula": "40 kWh x PUE 1.09"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 400,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as direct basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 17.44,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "43.6 kWh x 400 g/kWh / 1000"
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
|       "value": 17.44,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "17.44 - 0"
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
|       "value": 18.475231444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "17.44 + 1.0352"
|     }
|   ],
|   "provider_claims": [
|     {
|       "text": "Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.",
|       "year": 2020,
|       "source": {
|         "key": "google-clean-energy",
|         "title": "Google data centers: 24/7 carbon-free energy",
|         "publisher": "Google",
|         "url": "https://www.google.com/about/datacenters/cleanenergy/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "text": "Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).",
|       "year": 2022,
|       "source": {
|         "key": "google-clean-energy",
|         "title": "Google data centers: 24/7 carbon-free energy",
|         "publisher": "Google",
|         "url": "https://www.google.com/about/datacenters/cleanenergy/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "text": "Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.",
|       "year": 2024,
|       "source": {
|         "key": "google-env-report-2025",
|         "title": "Read Google's 10th annual Environmental Report",
|         "publisher": "Google",
|         "url": "https://blog.google/outreach-initiatives/sustainability/environmental-report-2025",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "text": "Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included).",
|       "year": 2025,
|       "source": {
|         "key": "google-region-carbon-2025",
|         "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|         "publisher": "Google",
|         "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     }
|   ],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.",
|     "--intensity replaces the 431.95 g/kWh (2025, direct basis) of gcp:us-central1."
|   ]
| }
$ MLCARBON_BASIS=direct mlcarbon estimate -g a100 --hours 100 -r CA-QC --value co2e_kg
| 0.0936

# Sub-national grids by id, by the source's code or name, by a state code that lies in one grid.
$ mlcarbon estimate -g a100 --hours 1 -r US-OR --value co2e_kg
| 0.21417
$ mlcarbon estimate -g a100 --hours 1 -r NWPP --value co2e_kg
| 0.21417
$ mlcarbon estimate -g a100 --hours 1 -r "WECC Northwest" --value co2e_kg
| 0.21417
$ mlcarbon estimate -g a100 --hours 1 -r grid:US-NWPP --value co2e_kg
| 0.21417
$ mlcarbon estimate -g a100 --hours 1 -r AU-ACT --format json --value co2e_kg
| 0.40972
$ mlcarbon estimate -g a100 --hours 1 -r ca-qc --value co2e_kg
| 0.016378
$ mlcarbon regions show US-MROW
| grid:US-MROW (MRO West (eGRID MROW))
|   kind:      subregion
|   aliases:   MROW, MRO West, US-IA, US-MN, US-ND
|   intensity: 420.28 gCO2e/kWh, 2023 annual average, direct basis, grid subregion
|     title:     eGRID2023 (revision 2): subregion output emission rates and resource mix
|     publisher: US Environmental Protection Agency
|     year:      2025
|     url:       https://www.epa.gov/egrid
|     license:   public domain (US government work)
|     note:      Total output emission rate, CO2e (CO2 + CH4 + N2O), lb/MWh, converted x 0.45359237 to g/kWh; direct (combustion at the plant, biomass CO2 not counted), generation-based, grid losses excluded. Read from EPA's Power Profiler repository (github.com/USEPA/power-profiler, app/data/subregion.json @ 9463d668, 2025-06-18).
|   lifecycle: 465.56 gCO2e/kWh = 420.28 + 45.281 upstream, from the 2023 generation mix of US-MROW and per-fuel factors
|   mix:       US-MROW (2023): coal 35.2%, gas 13.1%, oil 0.1%, nuclear 7.8%, hydro 4.1%, wind 37.6%, solar 1.2%, biomass 0.7%, other 0.3%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show CA-AB --format json
| {
|   "schema_version": 1,
|   "region": {
|     "id": "grid:CA-AB",
|     "kind": "state",
|     "provider": null,
|     "name": "Alberta",
|     "location": null,
|     "country": "CA",
|     "grid": "CA-AB",
|     "intensity": {
|       "g_per_kwh": 590,
|       "origin": "grid",
|       "year": 2020,
|       "basis": "direct",
|       "scope": "state",
|       "source": {
|         "key": "eccc-nir-2022-annex13",
|         "title": "National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",
|         "publisher": "Environment and Climate Change Canada",
|         "url": "https://data.ec.gc.ca/data/substances/monitor/canada-s-official-greenhouse-gas-inventory/C-Tables-Electricity-Canada-Provinces-Territories/EN_Electricity_Can_Prov_Terr.xlsx",
|         "year": 2022,
|         "license": "Open Government Licence - Canada"
|       },
|       "lifecycle_g_per_kwh": 671.9608968609865,
|       "direct_g_per_kwh": 590
|     },
|     "pue": {
|       "pue": 1.56,
|       "origin": "default",
|       "year": 2024,
|       "scope": "industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE",
|       "source": {
|         "key": "uptime-2024",
|         "title": "Uptime Institute Global Data Center Survey 2024",
|         "publisher": "Uptime Institute",
|         "url": "https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     "cfe": null
|   }
| }
$ mlcarbon regions show AU-NSW
| grid:AU-NSW (New South Wales and Australian Capital Territory)
|   kind:      state
|   aliases:   AU-ACT
|   intensity: 600 gCO2e/kWh, 2026 annual average, direct basis, state or province
|     title:     Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity
|     publisher: Department of Climate Change, Energy, the Environment and Water (Australian Government)
|     year:      2026
|     url:       https://www.dcceew.gov.au/climate-change/publications/national-greenhouse-accounts-factors-2026
|     license:   CC BY 4.0
|     note:      Scope 2 (combustion at the power station; no upstream fuel, no losses), kg CO2e/kWh x 1000. `year` is the edition year: the generation year behind the factors is not stated in the copies read. Read through third-party transcriptions of the workbook that agree with each other (see data/README.md), not from DCCEEW's file; Tasmania (copies disagree) and NWIS (not found) are taken from the 2025 edition or left out.
|   lifecycle: 656.6 gCO2e/kWh = 600 + 56.597 upstream, from the 2025 generation mix of AU-NSW and per-fuel factors
|   mix:       AU-NSW (2025): coal 57.0%, gas 3.1%, oil 0.8%, hydro 4.0%, wind 9.7%, solar 24.0%, biomass 1.4%
|     title:     Australian Energy Statistics, Table O: Electricity generation by fuel type, 2024-25 and 2025 (State summary 2024-25)
|     publisher: Department of Climate Change, Energy, the Environment and Water (Australian Government)
|     year:      2026
|     url:       https://www.energy.gov.au/energy-data/australian-energy-statistics
|     license:   CC BY 4.0 (DCCEEW's usual licence; not seen on this table)
|     note:      Financial year July 2024 - June 2025 (`year` 2025), GWh by fuel per state; NSW includes the ACT; WA and NT are whole states (the mix of their main grid is not published apart). Read from a cell-by-cell extraction in github.com/vjaygiri46/NSW-transport-transition-risk @ 8d80283c.
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show US
| country:US (United States)
|   kind:      country
|   codes:     US, USA
|   aliases:   United States of America
|   intensity: 349.67 gCO2e/kWh, 2023 annual average, direct basis, national average
|     title:     eGRID2023 (revision 2): subregion output emission rates and resource mix
|     publisher: US Environmental Protection Agency
|     year:      2025
|     url:       https://www.epa.gov/egrid
|     license:   public domain (US government work)
|     note:      Total output emission rate, CO2e (CO2 + CH4 + N2O), lb/MWh, converted x 0.45359237 to g/kWh; direct (combustion at the plant, biomass CO2 not counted), generation-based, grid losses excluded. Read from EPA's Power Profiler repository (github.com/USEPA/power-profiler, app/data/subregion.json @ 9463d668, 2025-06-18).
|   lifecycle: 421.63 gCO2e/kWh = 349.67 + 71.962 upstream, from the 2023 generation mix of US and per-fuel factors
|   mix:       US (2023): coal 16.1%, gas 43.2%, oil 0.5%, nuclear 18.5%, hydro 5.7%, wind 10.0%, solar 3.9%, biomass 1.1%, other_renewable 0.4%, other 0.6%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions list --kind state
|   id            g/kWh  year   PUE  name
|   grid:CA-NL   53.971  2020  1.56  Newfoundland and Labrador
|   grid:CA-PE   11.088  2020  1.56  Prince Edward Island
|   grid:CA-NS   753.52  2020  1.56  Nova Scotia
|   grid:CA-NB   342.16  2020  1.56  New Brunswick
|   grid:CA-QC   26.246  2020  1.56  Quebec
|   grid:CA-ON   47.415  2020  1.56  Ontario
|   grid:CA-MB   24.908  2020  1.56  Manitoba
|   grid:CA-SK   659.13  2020  1.56  Saskatchewan
|   grid:CA-AB   671.96  2020  1.56  Alberta
|   grid:CA-BC   36.118  2020  1.56  British Columbia
|   grid:CA-YT   150.82  2020  1.56  Yukon
|   grid:CA-NT   254.73  2020  1.56  Northwest Territories
|   grid:CA-NU    1,014  2020  1.56  Nunavut
|   grid:AU-NSW   656.6  2026  1.56  New South Wales and Australian Capital Ter...
|   grid:AU-VIC  790.06  2026  1.56  Victoria
|   grid:AU-QLD  717.66  2026  1.56  Queensland
|   grid:AU-SA   263.57  2026  1.56  South Australia
|   grid:AU-TAS  227.42  2025  1.56  Tasmania
| 18 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --kind subregion --format csv
| id,kind,name,country,grid,intensity_g_per_kwh,intensity_year,intensity_basis,intensity_source,pue,pue_origin,cfe,intensity_scope,lifecycle_g_per_kwh,direct_g_per_kwh
| grid:US-AKGD,subregion,ASCC Alaska Grid (eGRID AKGD),US,US-AKGD,410.55,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,518.922,410.55
| grid:US-AKMS,subregion,ASCC Miscellaneous (eGRID AKMS),US,US-AKMS,236.96,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,321.02593406593405,236.96
| grid:US-AZNM,subregion,WECC Southwest (eGRID AZNM),US,US-AZNM,320.32,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,394.8958483033932,320.32
| grid:US-CAMX,subregion,WECC California (eGRID CAMX),US,US-CAMX,195.04,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,268.70500498504487,195.04
| grid:US-ERCT,subregion,ERCOT All (eGRID ERCT),US,US-ERCT,334.13,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,408.092,334.13
| grid:US-FRCC,subregion,FRCC All (eGRID FRCC),US,US-FRCC,355.97,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,456.97499500499504,355.97
| grid:US-HIMS,subregion,HICC Miscellaneous (eGRID HIMS),US,US-HIMS,514.05,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,693.5554945054945,514.05
| grid:US-HIOA,subregion,HICC Oahu (eGRID HIOA),US,US-HIOA,679.91,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,892.449,679.91
| grid:US-MROE,subregion,MRO East (eGRID MROE),US,US-MROE,637.28,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,723.8873926073926,637.28
| grid:US-MROW,subregion,MRO West (eGRID MROW),US,US-MROW,420.28,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,465.56071928071924,420.28
| grid:US-NEWE,subregion,NPCC New England (eGRID NEWE),US,US-NEWE,246.38,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,331.0952847152847,246.38
| grid:US-NWPP,subregion,WECC Northwest (eGRID NWPP),US,US-NWPP,288.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,343.22799999999995,288.15
| grid:US-NYCW,subregion,NPCC NYC/Westchester (eGRID NYCW),US,US-NYCW,392.69,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,512.948,392.69
| grid:US-NYLI,subregion,NPCC Long Island (eGRID NYLI),US,US-NYLI,539.47,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,658.1700000000001,539.47
| grid:US-NYUP,subregion,NPCC Upstate NY (eGRID NYUP),US,US-NYUP,110.12,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,157.12,110.12
| grid:US-PRMS,subregion,Puerto Rico Miscellaneous (eGRID PRMS),US,US-PRMS,702.4,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,859.6767232767232,702.4
| grid:US-RFCE,subregion,RFC East (eGRID RFCE),US,US-RFCE,271.78,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,347.0559999999999,271.78
| grid:US-RFCM,subregion,RFC Michigan (eGRID RFCM),US,US-RFCM,442.7,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,527.4669322709163,442.7
| grid:US-RFCW,subregion,RFC West (eGRID RFCW),US,US-RFCW,415.52,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,482.00548548548545,415.52
| grid:US-RMPA,subregion,WECC Rockies (eGRID RMPA),US,US-RMPA,472.89,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,532.1847052947053,472.89
| grid:US-SPNO,subregion,SPP North (eGRID SPNO),US,US-SPNO,393.6,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,436.2876876876877,393.6
| grid:US-SPSO,subregion,SPP South (eGRID SPSO),US,US-SPSO,397.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,470.6840681362725,397.15
| grid:US-SRMV,subregion,SERC Mississippi Valley (eGRID SRMV),US,US-SRMV,336.45,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,425.5430930930931,336.45
| grid:US-SRMW,subregion,SERC Midwest (eGRID SRMW),US,US-SRMW,566.35,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,622.091,566.35
| grid:US-SRSO,subregion,SERC South (eGRID SRSO),US,US-SRSO,383.74,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,472.19599999999997,383.74
| grid:US-SRTV,subregion,SERC Tennessee Valley (eGRID SRTV),US,US-SRTV,409.73,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,470.408,409.73
| grid:US-SRVC,subregion,SERC Virginia/Carolina (eGRID SRVC),US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,337.01647352647353,270.49
| grid:AU-WA-SWIS,subregion,Western Australia: South West Interconnected System,AU,AU-WA-SWIS,450,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,subregion,548.326897587797,450
| grid:AU-NT-DKIS,subregion,Northern Territory: Darwin-Katherine Interconnected System,AU,AU-NT-DKIS,550,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,subregion,676.6612768270147,550
$ mlcarbon regions list --country CA
|   id                            g/kWh  year   PUE  name
|   aws:ca-central-1             26.246  2020  1.14  Canada (Central) (Montréal...
|   aws:ca-west-1                671.96  2020  1.14  Canada West (Calgary) (Cal...
|   azure:canadacentral          47.415  2020  1.17  Canada Central (Toronto, O...
|   azure:canadaeast             26.246  2020  1.17  Canada East (Québec City, ...
|   gcp:northamerica-northeast1  36.106  2025  1.09  Montréal, Québec
|   gcp:northamerica-northeast2  96.615  2025  1.09  Toronto, Ontario
|   ovh:ca-east-bhs              26.246  2020  1.28  Beauharnois, Québec
|   ovh:ca-east-tor              47.415  2020  1.28  Cambridge (Toronto area), ...
|   country:CA                   144.31  2020  1.56  Canada
|   grid:CA-NL                   53.971  2020  1.56  Newfoundland and Labrador
|   grid:CA-PE                   11.088  2020  1.56  Prince Edward Island
|   grid:CA-NS                   753.52  2020  1.56  Nova Scotia
|   grid:CA-NB                   342.16  2020  1.56  New Brunswick
|   grid:CA-QC                   26.246  2020  1.56  Quebec
|   grid:CA-ON                   47.415  2020  1.56  Ontario
|   grid:CA-MB                   24.908  2020  1.56  Manitoba
|   grid:CA-SK                   659.13  2020  1.56  Saskatchewan
|   grid:CA-AB                   671.96  2020  1.56  Alberta
|   grid:CA-BC                   36.118  2020  1.56  British Columbia
|   grid:CA-YT                   150.82  2020  1.56  Yukon
|   grid:CA-NT                   254.73  2020  1.56  Northwest Territories
|   grid:CA-NU                    1,014  2020  1.56  Nunavut
| 22 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.

# compare: one basis for every row, stated once.
$ mlcarbon compare -g a100 --hours 100 -r aws:us-east-1 --regions aws:us-west-2,azure:westus2,gcp:us-west1,aws:ca-central-1,aws:ca-west-1,US,CA
| mlcarbon compare: 1 x NVIDIA A100 SXM4 40 GB for 100 h in aws:us-east-1
|   baseline: 15.368 kg CO2e (45.6 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative       kg CO2e   kWh  vs baseline   model  machine  mechanization       map
|      1  aws:ca-central-1   1.1968  45.6  12.84x less      1x       1x             1x    12.84x
|      2  gcp:us-west1       6.6677  43.6  2.3048x less     1x       1x        1.0459x   2.2038x
|      3  country:CA         9.0048  62.4  1.7066x less     1x       1x       0.73077x   2.3354x
|      4  aws:us-west-2      15.651  45.6  1.0184x more     1x       1x             1x   0.9819x
|      5  azure:westus2      16.063  46.8  1.0452x more     1x       1x       0.97436x   0.9819x
|      6  country:US          26.31  62.4  1.712x more      1x       1x       0.73077x  0.79931x
|      7  aws:ca-west-1      30.641  45.6  1.9939x more     1x       1x             1x  0.50154x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
$ mlcarbon compare -g a100 --hours 100 -r aws:us-east-1 --regions aws:us-west-2,gcp:us-west1,gcp:europe-north2,SE --basis direct --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "intensity_basis": "direct",
|   "baseline": {
|     "hardware": "a100-sxm4-40gb",
|     "region": "aws:us-east-1",
|     "count": 1,
|     "hours": 100,
|     "pue": 1.14,
|     "intensity_g_per_kwh": 270.49,
|     "energy_kwh": 45.599999999999994,
|     "co2e_kg": 12.334344,
|     "co2e_kg_low": 6.7514304,
|     "co2e_kg_high": 13.686794000000003
|   },
|   "alternatives": [
|     {
|       "label": "country:SE",
|       "hardware": "a100-sxm4-40gb",
|       "region": "country:SE",
|       "count": 1,
|       "hours": 100,
|       "pue": 1.56,
|       "intensity_g_per_kwh": 2.2907539101400047,
|       "energy_kwh": 62.400000000000006,
|       "co2e_kg": 0.1429430439927363,
|       "co2e_kg_low": 0.05123590322769609,
|       "co2e_kg_high": 0.6444749973170879,
|       "saving": 86.28852202578513,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 0.7307692307692307,
|         "map": 118.07903014054808
|       }
|     },
|     {
|       "label": "gcp:europe-north2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:europe-north2",
|       "count": 1,
|       "hours": 100,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 19.39,
|       "energy_kwh": 43.6,
|       "co2e_kg": 0.845404,
|       "co2e_kg_low": 0.0701064,
|       "co2e_kg_high": 0.9640708000000002,
|       "saving": 14.589881287526437,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1.0458715596330272,
|         "map": 13.94997421351212
|       }
|     },
|     {
|       "label": "gcp:us-west1",
|       "hardware": "a100-sxm4-40gb",
|       "region": "gcp:us-west1",
|       "count": 1,
|       "hours": 100,
|       "pue": 1.09,
|       "intensity_g_per_kwh": 97.85,
|       "energy_kwh": 43.6,
|       "co2e_kg": 4.26626,
|       "co2e_kg_low": 1.5408,
|       "co2e_kg_high": 4.865102,
|       "saving": 2.89113743653692,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1.0458715596330272,
|         "map": 2.7643331630045993
|       }
|     },
|     {
|       "label": "aws:us-west-2",
|       "hardware": "a100-sxm4-40gb",
|       "region": "aws:us-west-2",
|       "count": 1,
|       "hours": 100,
|       "pue": 1.14,
|       "intensity_g_per_kwh": 288.15,
|       "energy_kwh": 45.599999999999994,
|       "co2e_kg": 13.139639999999998,
|       "co2e_kg_low": 7.1922239999999995,
|       "co2e_kg_high": 14.58039,
|       "saving": 0.9387124761408989,
|       "levers": {
|         "model": 1,
|         "machine": 1,
|         "mechanization": 1,
|         "map": 0.9387124761408989
|       }
|     }
|   ],
|   "skipped": [],
|   "data_origin": "embedded",
|   "settings": []
| }
$ mlcarbon compare -g a100 --hours 100 -r aws:us-east-1 --regions gcp:us-west1,gcp:europe-north2 --format csv
| rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,intensity_basis,settings
| 1,gcp:europe-north2,a100-sxm4-40gb,gcp:europe-north2,1,100,1.09,52.359246089859994,43.6,2.282863129517896,6.731875859790446,1,1,1.0458715596330272,6.4366181466417425,lifecycle,
| 2,gcp:us-west1,a100-sxm4-40gb,gcp:us-west1,1,100,1.09,152.92799999999997,43.6,6.667660799999998,2.3048489798412053,1,1,1.0458715596330272,2.2037591123043105,lifecycle,

# Jobs: one basis per run.
%file runs.csv
name,hardware,count,hours,region
oregon,a100,8,24,aws:us-west-2
iowa,a100,8,24,gcp:us-central1
quebec,a100,8,24,CA-QC
%end
$ mlcarbon estimate --jobs runs.csv
|    line  name                  hardware           count      hours  region                        energy kWh       kg CO2e   net kg CO2e
|       2  oregon                a100-sxm4-40gb         8         24  aws:us-west-2                     87.552         30.05         30.05
|       3  iowa                  a100-sxm4-40gb         8         24  gcp:us-central1                   83.712         39.95         39.95
|       4  quebec                a100-sxm4-40gb         8         24  grid:CA-QC                        119.81        3.1445        3.1445
|
| Total of 3 jobs:
|   energy      291.07 kWh  (facility; IT 230.4 kWh; 576 device-hours)
|   emissions   73.145 kg CO2e  (gross, location-based; intensities on a lifecycle basis)
|   net         73.145 kg CO2e  (after 0 kg CO2e of offsets bought)
|
| By region:
|   region           jobs  energy kWh  kg CO2e  net kg CO2e
|   aws:us-west-2       1      87.552    30.05        30.05
|   gcp:us-central1     1      83.712    39.95        39.95
|   grid:CA-QC          1      119.81   3.1445       3.1445
|
| By hardware:
|   hardware        jobs  energy kWh  kg CO2e  net kg CO2e
|   a100-sxm4-40gb     3      291.07   73.145       73.145
$ mlcarbon estimate --jobs runs.csv --basis direct --format jsonl
| {"schema_version":1,"record":"job","line":2,"name":"oregon","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":24,"region":"aws:us-west-2","grid":"US-NWPP","pue":1.14,"pue_origin":"provider","intensity_g_per_kwh":288.15,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"direct","it_energy_kwh":76.80000000000001,"energy_kwh":87.552,"co2e_kg":25.228108799999998,"offset_kg":0,"net_co2e_kg":25.228108799999998,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"job","line":3,"name":"iowa","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":24,"region":"gcp:us-central1","grid":"US-MROW","pue":1.09,"pue_origin":"provider","intensity_g_per_kwh":431.95,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"direct","it_energy_kwh":76.80000000000001,"energy_kwh":83.71200000000002,"co2e_kg":36.15939840000001,"offset_kg":0,"net_co2e_kg":36.15939840000001,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"job","line":4,"name":"quebec","hardware":"a100-sxm4-40gb","count":8,"power_w":400,"power_origin":"hardware","utilization":1,"hours":24,"region":"grid:CA-QC","grid":"CA-QC","pue":1.56,"pue_origin":"default","intensity_g_per_kwh":1.5,"intensity_origin":"grid","intensity_year":2020,"intensity_basis":"direct","it_energy_kwh":76.80000000000001,"energy_kwh":119.80800000000002,"co2e_kg":0.17971200000000004,"offset_kg":0,"net_co2e_kg":0.17971200000000004,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"total","jobs":3,"device_hours":576,"it_energy_kwh":230.40000000000003,"energy_kwh":291.072,"co2e_kg":61.567219200000004,"offset_kg":0,"net_co2e_kg":61.567219200000004,"embodied_kg":5.962933118452861,"failed":0}
| {"schema_version":1,"record":"region_total","region":"aws:us-west-2","jobs":1,"device_hours":192,"it_energy_kwh":76.80000000000001,"energy_kwh":87.552,"co2e_kg":25.228108799999998,"offset_kg":0,"net_co2e_kg":25.228108799999998,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"region_total","region":"gcp:us-central1","jobs":1,"device_hours":192,"it_energy_kwh":76.80000000000001,"energy_kwh":83.71200000000002,"co2e_kg":36.15939840000001,"offset_kg":0,"net_co2e_kg":36.15939840000001,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"region_total","region":"grid:CA-QC","jobs":1,"device_hours":192,"it_energy_kwh":76.80000000000001,"energy_kwh":119.80800000000002,"co2e_kg":0.17971200000000004,"offset_kg":0,"net_co2e_kg":0.17971200000000004,"embodied_kg":1.9876443728176203}
| {"schema_version":1,"record":"hardware_total","hardware":"a100-sxm4-40gb","jobs":3,"device_hours":576,"it_energy_kwh":230.40000000000003,"energy_kwh":291.072,"co2e_kg":61.567219200000004,"offset_kg":0,"net_co2e_kg":61.567219200000004,"embodied_kg":5.962933118452861}

# data check reports the sub-national grids and the grids that carry a mix.
$ mlcarbon data check
| embedded (data in use): valid
|   hardware:  139 devices (123 TDP, 3 measured averages, 13 estimates), 83 sources
|   regions:   7 providers (4 with a published PUE), 212 countries, 47 sub-national grids (US 27, CA 13, AU 7), the world average, 170 cloud regions (46 with their own intensity), 26 sources
|   basis:     258 of 260 grids have a generation mix, so that their figures convert between the lifecycle and direct bases
|   intensity: years 2020 to 2026; median year of the figures in use 2025
$ mlcarbon data check --format json
| {
|   "schema_version": 1,
|   "checks": [
|     {
|       "file": "embedded",
|       "kind": "data in use",
|       "valid": true,
|       "hardware": 139,
|       "tdp": 123,
|       "measured_average": 3,
|       "estimate": 13,
|       "hardware_sources": 83,
|       "providers": 7,
|       "providers_with_pue": 4,
|       "countries": 212,
|       "subnational": 47,
|       "world": 1,
|       "subnational_by_country": {
|         "US": 27,
|         "CA": 13,
|         "AU": 7
|       },
|       "grids_with_mix": 258,
|       "regions": 170,
|       "regions_with_own_intensity": 46,
|       "region_sources": 26,
|       "oldest_intensity_year": 2020,
|       "newest_intensity_year": 2026,
|       "median_intensity_year_used": 2025
|     }
|   ]
| }
$ mlcarbon data notice
| mlcarbon: data notices
| ======================
|
| The mlcarbon binary carries its data (data/hardware.json, data/regions.json, data/instances.json)
| compiled in. Those files hold figures taken from the public works below, each named with its
| source, year and URL in the file itself (`mlcarbon hardware show ID`, `mlcarbon regions show ID`).
| This notice lists the works whose licenses ask for attribution or for their text to travel with
| the data; `mlcarbon data notice` prints it.
|
| Attribution (Creative Commons Attribution 4.0, https://creativecommons.org/licenses/by/4.0/)
| --------------------------------------------------------------------------------------------
| - Grid carbon intensity and generation by source of the countries:
|   "Our World in Data based on Ember and Energy Institute",
|   Energy dataset (owid-energy-data.csv), https://github.com/owid/energy-data.
|   Ember's data is itself licensed CC BY 4.0. Figures are copied; the per-fuel shares are derived
|   from the published generation by fuel.
| - Accelerator figures where no vendor page could be read: Epoch AI, "Data on Machine Learning
|   Hardware", https://epoch.ai/data/machine-learning-hardware (accessed 2025-12).
| - Australian state and grid factors: Commonwealth of Australia (Department of Climate Change,
|   Energy, the Environment and Water), National Greenhouse Accounts Factors 2024, 2025 and 2026,
|   and Australian Energy Statistics, Table O (2024-25).
|
| Open Government Licence - Canada (https://open.canada.ca/en/open-government-licence-canada)
| -------------------------------------------------------------------------------------------
| - Provincial and national electricity generation intensity and generation by fuel: "Contains
|   information licensed under the Open Government Licence - Canada." Environment and Climate
|   Change Canada, National Inventory Report 1990-2020, Part 3, Annex 13 (2022 edition).
|
| Public domain
| -------------
| - US EPA, eGRID2023 (revision 2), subregion output emission rates and resource mix, and the ZIP
|   code to subregion table of EPA's Power Profiler (https://github.com/USEPA/power-profiler).
|
| MIT License (figures cross-checked against or taken from these tables)
| ----------------------------------------------------------------------
| - ML CO2 Impact calculator (https://github.com/mlco2/impact), data/gpus.csv and data/impact.csv.
|   Copyright (c) 2013-2019 Blackrock Digital LLC.
| - CodeCarbon (https://github.com/mlco2/codecarbon), cpu_power.csv.
|   Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College; Copyright (c) 2023 Code Carbon NGO.
|
|   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
|   and associated documentation files (the "Software"), to deal in the Software without
|   restriction, including without limitation the rights to use, copy, modify, merge, publish,
|   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
|   Software is furnished to do so, subject to the following conditions:
|
|   The above copyright notice and this permission notice shall be included in all copies or
|   substantial portions of the Software.
|
|   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
|   BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
|   NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
|   DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
|   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
|
| Apache License, Version 2.0 (full text below)
| ---------------------------------------------
| - Google Cloud region carbon data: GoogleCloudPlatform/region-carbon-info, data/yearly/2021.csv
|   to 2025.csv (per-region grid intensity and carbon-free-energy share). Copyright Google LLC.
| - Cloud Carbon Footprint (https://github.com/cloud-carbon-footprint/cloud-carbon-footprint):
|   Google Cloud per-region PUE figures used for the PUE range. Copyright Thoughtworks.
| - Karpenter documentation, instance types (https://karpenter.sh/docs/reference/instance-types/):
|   accelerator counts, vCPUs and memory of AWS instance types. Copyright The Kubernetes Authors.
|
| The figures were taken without modification, except as data/README.md describes (unit
| conversions, and figures converted between the direct and lifecycle bases by mlcarbon at run
| time, always shown beside the published figure).
|
| Facts cited, nothing copied
| ---------------------------
| - Per-fuel factors of oil (direct 406, lifecycle 650 gCO2e/kWh), as compiled by Electricity Maps
|   (github.com/electricitymaps/electricitymaps-contrib, config/defaults.yaml, commit b354f28), from
|   EIA/BEIS and UK POST. IPCC AR5 WG III Annex III, Table A.III.2 (Schlomer et al. 2014) for the
|   other fuels.
|
|
|                                  Apache License
|                            Version 2.0, January 2004
|                         http://www.apache.org/licenses/
|
|    TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION
|
|    1. Definitions.
|
|       "License" shall mean the terms and conditions for use, reproduction,
|       and distribution as defined by Sections 1 through 9 of this document.
|
|       "Licensor" shall mean the copyright owner or entity authorized by
|       the copyright owner that is granting the License.
|
|       "Legal Entity" shall mean the union of the acting entity and all
|       other entities that control, are controlled by, or are under common
|       control with that entity. For the purposes of this definition,
|       "control" means (i) the power, direct or indirect, to cause the
|       direction or management of such entity, whether by contract or
|       otherwise, or (ii) ownership of fifty percent (50%) or more of the
|       outstanding shares, or (iii) beneficial ownership of such entity.
|
|       "You" (or "Your") shall mean an individual or Legal Entity
|       exercising permissions granted by this License.
|
|       "Source" form shall mean the preferred form for making modifications,
|       including but not limited to software source code, documentation
|       source, and configuration files.
|
|       "Object" form shall mean any form resulting from mechanical
|       transformation or translation of a Source form, including but
|       not limited to compiled object code, generated documentation,
|       and conversions to other media types.
|
|       "Work" shall mean the work of authorship, whether in Source or
|       Object form, made available under the License, as indicated by a
|       copyright notice that is included in or attached to the work
|       (an example is provided in the Appendix below).
|
|       "Derivative Works" shall mean any work, whether in Source or Object
|       form, that is based on (or derived from) the Work and for which the
|       editorial revisions, annotations, elaborations, or other modifications
|       represent, as a whole, an original work of authorship. For the purposes
|       of this License, Derivative Works shall not include works that remain
|       separable from, or merely link (or bind by name) to the interfaces of,
|       the Work and Derivative Works thereof.
|
|       "Contribution" shall mean any work of authorship, including
|       the original version of the Work and any modifications or additions
|       to that Work or Derivative Works thereof, that is intentionally
|       submitted to Licensor for inclusion in the Work by the copyright owner
|       or by an individual or Legal Entity authorized to submit on behalf of
|       the copyright owner. For the purposes of this definition, "submitted"
|       means any form of electronic, verbal, or written communication sent
|       to the Licensor or its representatives, including but not limited to
|       communication on electronic mailing lists, source code control systems,
|       and issue tracking systems that are managed by, or on behalf of, the
|       Licensor for the purpose of discussing and improving the Work, but
|       excluding communication that is conspicuously marked or otherwise
|       designated in writing by the copyright owner as "Not a Contribution."
|
|       "Contributor" shall mean Licensor and any individual or Legal Entity
|       on behalf of whom a Contribution has been received by Licensor and
|       subsequently incorporated within the Work.
|
|    2. Grant of Copyright License. Subject to the terms and conditions of
|       this License, each Contributor hereby grants to You a perpetual,
|       worldwide, non-exclusive, no-charge, royalty-free, irrevocable
|       copyright license to reproduce, prepare Derivative Works of,
|       publicly display, publicly perform, sublicense, and distribute the
|       Work and such Derivative Works in Source or Object form.
|
|    3. Grant of Patent License. Subject to the terms and conditions of
|       this License, each Contributor hereby grants to You a perpetual,
|       worldwide, non-exclusive, no-charge, royalty-free, irrevocable
|       (except as stated in this section) patent license to make, have made,
|       use, offer to sell, sell, import, and otherwise transfer the Work,
|       where such license applies only to those patent claims licensable
|       by such Contributor that are necessarily infringed by their
|       Contribution(s) alone or by combination of their Contribution(s)
|       with the Work to which such Contribution(s) was submitted. If You
|       institute patent litigation against any entity (including a
|       cross-claim or counterclaim in a lawsuit) alleging that the Work
|       or a Contribution incorporated within the Work constitutes direct
|       or contributory patent infringement, then any patent licenses
|       granted to You under this License for that Work shall terminate
|       as of the date such litigation is filed.
|
|    4. Redistribution. You may reproduce and distribute copies of the
|       Work or Derivative Works thereof in any medium, with or without
|       modifications, and in Source or Object form, provided that You
|       meet the following conditions:
|
|       (a) You must give any other recipients of the Work or
|           Derivative Works a copy of this License; and
|
|       (b) You must cause any modified files to carry prominent notices
|           stating that You changed the files; and
|
|       (c) You must retain, in the Source form of any Derivative Works
|           that You distribute, all copyright, patent, trademark, and
|           attribution notices from the Source form of the Work,
|           excluding those notices that do not pertain to any part of
|           the Derivative Works; and
|
|       (d) If the Work includes a "NOTICE" text file as part of its
|           distribution, then any Derivative Works that You distribute must
|           include a readable copy of the attribution notices contained
|           within such NOTICE file, excluding those notices that do not
|           pertain to any part of the Derivative Works, in at least one
|           of the following places: within a NOTICE text file distributed
|           as part of the Derivative Works; within the Source form or
|           documentation, if provided along with the Derivative Works; or,
|           within a display generated by the Derivative Works, if and
|           wherever such third-party notices normally appear. The contents
|           of the NOTICE file are for informational purposes only and
|           do not modify the License. You may add Your own attribution
|           notices within Derivative Works that You distribute, alongside
|           or as an addendum to the NOTICE text from the Work, provided
|           that such additional attribution notices cannot be construed
|           as modifying the License.
|
|       You may add Your own copyright statement to Your modifications and
|       may provide additional or different license terms and conditions
|       for use, reproduction, or distribution of Your modifications, or
|       for any such Derivative Works as a whole, provided Your use,
|       reproduction, and distribution of the Work otherwise complies with
|       the conditions stated in this License.
|
|    5. Submission of Contributions. Unless You explicitly state otherwise,
|       any Contribution intentionally submitted for inclusion in the Work
|       by You to the Licensor shall be under the terms and conditions of
|       this License, without any additional terms or conditions.
|       Notwithstanding the above, nothing herein shall supersede or modify
|       the terms of any separate license agreement you may have executed
|       with Licensor regarding such Contributions.
|
|    6. Trademarks. This License does not grant permission to use the trade
|       names, trademarks, service marks, or product names of the Licensor,
|       except as required for reasonable and customary use in describing the
|       origin of the Work and reproducing the content of the NOTICE file.
|
|    7. Disclaimer of Warranty. Unless required by applicable law or
|       agreed to in writing, Licensor provides the Work (and each
|       Contributor provides its Contributions) on an "AS IS" BASIS,
|       WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
|       implied, including, without limitation, any warranties or conditions
|       of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A
|       PARTICULAR PURPOSE. You are solely responsible for determining the
|       appropriateness of using or redistributing the Work and assume any
|       risks associated with Your exercise of permissions under this License.
|
|    8. Limitation of Liability. In no event and under no legal theory,
|       whether in tort (including negligence), contract, or otherwise,
|       unless required by applicable law (such as deliberate and grossly
|       negligent acts) or agreed to in writing, shall any Contributor be
|       liable to You for damages, including any direct, indirect, special,
|       incidental, or consequential damages of any character arising as a
|       result of this License or out of the use or inability to use the
|       Work (including but not limited to damages for loss of goodwill,
|       work stoppage, computer failure or malfunction, or any and all
|       other commercial damages or losses), even if such Contributor
|       has been advised of the possibility of such damages.
|
|    9. Accepting Warranty or Additional Liability. While redistributing
|       the Work or Derivative Works thereof, You may choose to offer,
|       and charge a fee for, acceptance of support, warranty, indemnity,
|       or other liability obligations and/or rights consistent with this
|       License. However, in accepting such obligations, You may act only
|       on Your own behalf and on Your sole responsibility, not on behalf
|       of any other Contributor, and only if You agree to indemnify,
|       defend, and hold each Contributor harmless for any liability
|       incurred by, or claims asserted against, such Contributor by reason
|       of your accepting any such warranty or additional liability.
|
|    END OF TERMS AND CONDITIONS
|
|    APPENDIX: How to apply the Apache License to your work.
|
|       To apply the Apache License to your work, attach the following
|       boilerplate notice, with the fields enclosed by brackets "[]"
|       replaced with your own identifying information. (Don't include
|       the brackets!)  The text should be enclosed in the appropriate
|       comment syntax for the file format. We also recommend that a
|       file or class name and description of purpose be included on the
|       same "printed page" as the copyright notice for easier
|       identification within third-party archives.
|
|    Copyright [yyyy] [name of copyright owner]
|
|    Licensed under the Apache License, Version 2.0 (the "License");
|    you may not use this file except in compliance with the License.
|    You may obtain a copy of the License at
|
|        http://www.apache.org/licenses/LICENSE-2.0
|
|    Unless required by applicable law or agreed to in writing, software
|    distributed under the License is distributed on an "AS IS" BASIS,
|    WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
|    See the License for the specific language governing permissions and
|    limitations under the License.
# Country names and codes people use (issue 13): aliases of the ISO entries. UK is GB:
# 400 W (A100 datasheet) x 1 h x PUE 1.56 (industry default) = 0.624 kWh x 217.41 g/kWh (OWID, 2025) = 0.13566384 kg.
$ mlcarbon estimate -g a100 --hours 1 -r UK --value co2e_kg
| 0.13566
$ mlcarbon estimate -g a100 --hours 1 -r GB --value co2e_kg
| 0.13566
$ mlcarbon regions show 'Great Britain'
| country:GB (United Kingdom)
|   kind:      country
|   codes:     GB, GBR
|   aliases:   UK, Great Britain, Britain
|   intensity: 217.41 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    128.58 gCO2e/kWh = 217.41 - 88.825 upstream, from the 2025 generation mix of GB and per-fuel factors
|   mix:       GB (2025): coal 0.1%, gas 31.1%, oil 4.4%, nuclear 12.4%, hydro 1.9%, wind 29.4%, solar 6.6%, biomass 14.1%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show Turkey
| country:TR (Türkiye)
|   kind:      country
|   codes:     TR, TUR
|   aliases:   Turkey
|   intensity: 474.74 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    410.05 gCO2e/kWh = 474.74 - 64.686 upstream, from the 2025 generation mix of TR and per-fuel factors
|   mix:       TR (2025): coal 34.3%, gas 22.1%, oil 0.3%, hydro 16.2%, wind 11.1%, solar 10.5%, biomass 2.4%, other_renewable 3.0%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show UAE
| country:AE (United Arab Emirates)
|   kind:      country
|   codes:     AE, ARE
|   aliases:   UAE
|   intensity: 467.51 gCO2e/kWh, 2024 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    378.44 gCO2e/kWh = 467.51 - 89.074 upstream, from the 2024 generation mix of AE and per-fuel factors
|   mix:       AE (2024): gas 68.3%, nuclear 22.9%, wind 0.1%, solar 8.6%, biomass 0.1%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show 'Czech Republic'
| country:CZ (Czechia)
|   kind:      country
|   codes:     CZ, CZE
|   aliases:   Czech Republic
|   intensity: 401.46 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    346.39 gCO2e/kWh = 401.46 - 55.066 upstream, from the 2025 generation mix of CZ and per-fuel factors
|   mix:       CZ (2025): coal 35.2%, gas 5.4%, oil 0.2%, nuclear 42.3%, hydro 2.3%, wind 0.8%, solar 5.8%, biomass 8.0%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show Holland
| country:NL (Netherlands)
|   kind:      country
|   codes:     NL, NLD
|   aliases:   Holland, The Netherlands
|   intensity: 253.56 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    173.07 gCO2e/kWh = 253.56 - 80.492 upstream, from the 2025 generation mix of NL and per-fuel factors
|   mix:       NL (2025): coal 7.1%, gas 34.9%, oil 3.9%, nuclear 3.0%, hydro 0.0%, wind 25.0%, solar 21.1%, biomass 5.1%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show "Cote d'Ivoire"
| country:CI (Côte d'Ivoire)
|   kind:      country
|   codes:     CI, CIV
|   aliases:   Cote d'Ivoire, Ivory Coast
|   intensity: 405.01 gCO2e/kWh, 2024 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    310.59 gCO2e/kWh = 405.01 - 94.424 upstream, from the 2024 generation mix of CI and per-fuel factors
|   mix:       CI (2024): gas 70.9%, oil 0.2%, hydro 27.8%, solar 0.2%, biomass 0.9%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show 'Cape Verde'
| country:CV (Cabo Verde)
|   kind:      country
|   codes:     CV, CPV
|   aliases:   Cape Verde
|   intensity: 461.54 gCO2e/kWh, 2024 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    283.54 gCO2e/kWh = 461.54 - 178 upstream, from the 2024 generation mix of CV and per-fuel factors
|   mix:       CV (2024): oil 69.2%, wind 15.4%, solar 15.4%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show 'Republic of Korea'
| country:KR (South Korea)
|   kind:      country
|   codes:     KR, KOR
|   aliases:   Republic of Korea
|   intensity: 417.06 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    348.6 gCO2e/kWh = 417.06 - 68.459 upstream, from the 2025 generation mix of KR and per-fuel factors
|   mix:       KR (2025): coal 31.1%, gas 27.9%, oil 1.0%, nuclear 29.6%, hydro 0.6%, wind 0.6%, solar 6.1%, biomass 3.2%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show Russia
| country:RU (Russian Federation)
|   kind:      country
|   codes:     RU, RUS
|   aliases:   Russia
|   intensity: 449.73 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    375.57 gCO2e/kWh = 449.73 - 74.156 upstream, from the 2025 generation mix of RU and per-fuel factors
|   mix:       RU (2025): coal 18.4%, gas 44.7%, oil 1.2%, nuclear 18.3%, hydro 16.7%, wind 0.3%, solar 0.2%, biomass 0.1%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show USA
| country:US (United States)
|   kind:      country
|   codes:     US, USA
|   aliases:   United States of America
|   intensity: 349.67 gCO2e/kWh, 2023 annual average, direct basis, national average
|     title:     eGRID2023 (revision 2): subregion output emission rates and resource mix
|     publisher: US Environmental Protection Agency
|     year:      2025
|     url:       https://www.epa.gov/egrid
|     license:   public domain (US government work)
|     note:      Total output emission rate, CO2e (CO2 + CH4 + N2O), lb/MWh, converted x 0.45359237 to g/kWh; direct (combustion at the plant, biomass CO2 not counted), generation-based, grid losses excluded. Read from EPA's Power Profiler repository (github.com/USEPA/power-profiler, app/data/subregion.json @ 9463d668, 2025-06-18).
|   lifecycle: 421.63 gCO2e/kWh = 349.67 + 71.962 upstream, from the 2023 generation mix of US and per-fuel factors
|   mix:       US (2023): coal 16.1%, gas 43.2%, oil 0.5%, nuclear 18.5%, hydro 5.7%, wind 10.0%, solar 3.9%, biomass 1.1%, other_renewable 0.4%, other 0.6%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).

# The world average (issue 13, "and `world`"): Our World in Data's World figure, 2024.
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r world
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in world
|
|   energy     119.81 kWh  facility, PUE 1.56
|   emissions  56.53 kg CO2e  gross, location-based, lifecycle basis
|   range      23.917 to 69.419 kg CO2e  widest: power per device
|   embodied   1.9876 kg CO2e  manufacturing; 58.518 kg CO2e in all
|
|   factor             value  unit       from
|   devices                8  devices    --count
|   power per device     400  W          TDP [1]
|   utilization            1  of power   default
|   IT power             3.2  kW         = 8 x 400 W x 1 / 1000
|   duration              24  h          --hours 24
|   IT energy           76.8  kWh        = 3.2 kW x 24 h
|   PUE                 1.56             industry average, 2024 [2]
|   facility energy   119.81  kWh        = 76.8 kWh x PUE 1.56
|   grid intensity    471.84  gCO2e/kWh  world average, 2024 [3]
|   emissions          56.53  kg CO2e    = 119.81 kWh x 471.84 g/kWh / 1000
|
|   [1] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)
|   [2] Uptime Institute Global Data Center Survey 2024 (Uptime Institute, 2024)
|   [3] Carbon intensity of electricity generation, World (Our World in Data, 2...
|   TDP is a maximum (-u, --power). -v: full report, sources, assumptions
$ mlcarbon estimate -g a100 --hours 24 -r global --brief
| 14.976 kWh, 7.0663 kg CO2e: 1 x a100-sxm4-40gb, 24 h, world
| PUE 1.56 (default), grid 471.84 gCO2e/kWh (world average 2024, lifecycle)
| range 2.9896 to 8.6774 kg CO2e; embodied 0.24846 kg CO2e
$ mlcarbon regions show world
| world (World average)
|   kind:      world
|   aliases:   global, global average
|   intensity: 471.84 gCO2e/kWh, 2024 annual average, lifecycle basis, world average
|     title:     Carbon intensity of electricity generation, World (Our World in Data based on Ember and Energy Institute; grapher chart carbon-intensity-electricity)
|     publisher: Our World in Data
|     year:      2025
|     url:       https://ourworldindata.org/grapher/carbon-intensity-electricity
|     license:   CC BY 4.0
|     note:      Entity World (code OWID_WRL), column carbon_intensity, gCO2e per kWh generated on the lifecycle basis Ember uses; 2024 = 471.84, 2020 = 492.05 (the highest of 2020-2024). Read from OWID's chart export carbon-intensity-electricity.csv as committed in mackenzieehodgson/irrigation_calc (data/carbon-intensity-electricity.csv @ f44305e9, 2026-05-05), the same export the country figures were checked against. No world generation mix is taken, so the figure is usable on the lifecycle basis only.
|   direct:    not given: the data has no generation mix for WORLD
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions list --kind world
|   id      g/kWh  year   PUE  name
|   world  471.84  2024  1.56  World average
| 1 entry; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --kind world --format json
| {
|   "schema_version": 1,
|   "regions": [
|     {
|       "id": "world",
|       "kind": "world",
|       "provider": null,
|       "name": "World average",
|       "location": null,
|       "country": null,
|       "grid": "WORLD",
|       "intensity": {
|         "g_per_kwh": 471.84,
|         "origin": "grid",
|         "year": 2024,
|         "basis": "lifecycle",
|         "scope": "world",
|         "source": {
|           "key": "owid-carbon-intensity-world",
|           "title": "Carbon intensity of electricity generation, World (Our World in Data based on Ember and Energy Institute; grapher chart carbon-intensity-electricity)",
|           "publisher": "Our World in Data",
|           "url": "https://ourworldindata.org/grapher/carbon-intensity-electricity",
|           "year": 2025,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 471.84,
|         "direct_g_per_kwh": null
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
|           "year": 2024,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     }
|   ]
| }
$ mlcarbon estimate -g a100 --hours 24 -r world -f markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 24 h on the world-average grid. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 471.84 gCO2e/kWh on a lifecycle basis, the world average for 2024 [5]. The run used 14.976 kWh of electricity and emitted 7.0663 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 0.24846 kg CO2e (7.3147 kg CO2e in all). With the power per device, PUE and grid intensity within their published ranges, the emissions lie between 2.9896 and 8.6774 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 24 h |  |
| | Location | world |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 471.84 gCO2e/kWh (2024, lifecycle basis) | [5] |
| | Energy | 14.976 kWh |  |
| | Emissions (location-based) | 7.0663 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 7.0663 kg CO2e |  |
| | Embodied emissions | 0.24846 kg CO2e | [6] |
| | Total with embodied | 7.3147 kg CO2e |  |
| | Range (location-based) | 2.9896 to 8.6774 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2025). Carbon intensity of electricity generation, World (Our World in Data based on Ember and Energy Institute; grapher chart carbon-intensity-electricity). https://ourworldindata.org/grapher/carbon-intensity-electricity
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 --hours 24 -r world --basis direct
! mlcarbon: error: --region: world's intensity is published on a lifecycle basis and its grid has no generation mix in the data to give it on a direct basis; give --basis lifecycle or --intensity G on a direct basis
[2]
