# Other data: a data directory, overlays of private hardware, sites and grids.
%file lab.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "hardware": [{"id": "lab-node", "name": "Lab node", "vendor": "Ourselves", "kind": "gpu", "power_w": 1200,
               "power_kind": "measured_average", "source": "lab-meter"}],
 "providers": [{"id": "lab", "name": "Our lab"}],
 "grids": [{"id": "US-LAB", "kind": "subregion", "name": "Campus grid", "country": "US",
            "intensity_g_per_kwh": 120, "year": 2025, "basis": "direct", "source": "lab-meter",
            "mix": {"year": 2025, "source": "lab-meter", "unit": "percent", "gas": 30, "hydro": 70}}],
 "regions": [{"provider": "lab", "id": "basement", "name": "Basement", "location": "Boston", "country": "US", "grid": "US-LAB"}]}
%end
%file nomix.json
{"schema_version": 1,
 "sources": {"utility-bill": {"title": "Our utility's 2025 fuel-mix disclosure", "publisher": "Our utility", "url": "https://example.org/bill", "year": 2026}},
 "grids": [{"id": "US-BILL", "kind": "subregion", "name": "Our utility", "country": "US",
            "intensity_g_per_kwh": 250, "year": 2025, "basis": "direct", "source": "utility-bill"}]}
%end
# A direct figure without a generation mix cannot be given on the default lifecycle basis: it is
# refused, never mixed in; on its own basis it is used as published.
$ mlcarbon estimate --data-add nomix.json -g a100 --hours 10 --pue 1 -r US-BILL
! mlcarbon: error: --region: grid:US-BILL's intensity is published on a direct basis and its grid has no generation mix in the data to give it on a lifecycle basis; give --basis direct or --intensity G on a lifecycle basis
[2]
$ mlcarbon estimate --data-add nomix.json -g a100 --hours 10 --pue 1 -r US-BILL --basis direct --value co2e_kg
| 1
$ mlcarbon compare --data-add nomix.json -g a100 --hours 10 --pue 1 -r US-BILL --basis direct --regions FR,US-NWPP
| mlcarbon compare: 1 x NVIDIA A100 SXM4 40 GB for 10 h in grid:US-BILL
|   baseline: 1 kg CO2e (4 kWh)
|   intensities: all on a direct basis (lifecycle figures converted with their grid's mix)
|
|   rank  alternative    kg CO2e  kWh  vs baseline   model  machine  mechanization      map
|      1  country:FR    0.058701    4  17.036x less     1x       1x             1x  17.036x
|      2  grid:US-NWPP    1.1526    4  1.1526x more     1x       1x             1x  0.8676x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
| Data: embedded + nomix.json, not the built-in data.
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 --pue 1 --intensity 100 -v
| mlcarbon estimate: 2 x Lab node for 10 h in a private site
|
|   energy      24 kWh  (facility, PUE 1 included)
|   emissions   2.4 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
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
|   grid intensity                  100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)      2.4  kg CO2e    = 24 kWh x 100 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                   2.4  kg CO2e    = 2.4 - 0
|   embodied (manufacturing)    0.20705  kg CO2e    = 2 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied           2.607  kg CO2e    = 2.4 + 0.20705
|
| Assumptions:
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - No --region given: a private site, with the intensity given by --intensity.
|   - Data: embedded + lab.json, not the built-in data.
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r grid:US-LAB -v
| mlcarbon estimate: 2 x Lab node for 10 h in grid:US-LAB (Campus grid)
|
|   energy      37.44 kWh  (facility, PUE 1.56 included)
|   emissions   6.4696 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         6.4696 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       4.5619 to 6.9258 kg CO2e  (interval bounds; widest factor: PUE)
|   embodied    0.20705 kg CO2e  (manufacturing, amortised); total with embodied 6.6767 kg CO2e
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
|   published intensity             120  gCO2e/kWh  Campus grid (US-LAB, grid subregion), 2025 annual average (direct basis): Rack power meter log (Our lab, 2026)
|   basis conversion               52.8  gCO2e/kWh  direct to lifecycle: US-LAB's 2025 generation mix x per-fuel factors (lifecycle - direct): Rack power meter log (Our lab, 2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014)
|   grid intensity                172.8  gCO2e/kWh  = 120 + 52.8 g/kWh (lifecycle basis)
|   emissions (location-based)   6.4696  kg CO2e    = 37.44 kWh x 172.8 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                6.4696  kg CO2e    = 6.4696 - 0
|   embodied (manufacturing)    0.20705  kg CO2e    = 2 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          6.6767  kg CO2e    = 6.4696 + 0.20705
|
| Range (4.5619 to 6.9258 kg CO2e; each factor alone, then all at their ends):
|   factor  low  high           kg CO2e  basis
|   PUE     1.1  1.67  4.5619 to 6.9258  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of US-LAB (--basis direct for the figure as published).
|   - Data: embedded + lab.json, not the built-in data.
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r lab:basement --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded + lab.json"
|   },
|   "energy_kwh": 37.44,
|   "it_energy_kwh": 24,
|   "co2e_kg": 6.469632,
|   "offset_kg": 0,
|   "net_co2e_kg": 6.469632,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.20704628883516876,
|   "total_with_embodied_kg": 6.676678288835169,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 4.561920000000001,
|     "co2e_kg_high": 6.925824,
|     "energy_kwh_low": 26.400000000000002,
|     "energy_kwh_high": 40.08,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 4.561920000000001,
|         "co2e_kg_high": 6.925824,
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
|     "energy_kwh": null,
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
|       "year": 2024,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 172.8,
|     "intensity_origin": "grid",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "lab-meter",
|       "title": "Rack power meter log",
|       "publisher": "Our lab",
|       "url": "https://example.org/meter",
|       "year": 2026
|     },
|     "intensity_scope": "subregion",
|     "published_intensity_g_per_kwh": 120,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 52.8,
|     "basis_conversion_mix_year": 2025,
|     "basis_conversion_mix_source": {
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
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 120,
|       "unit": "gCO2e/kWh",
|       "source": "lab:basement grid US-LAB (Campus grid, grid subregion), 2025 annual average (direct basis): Rack power meter log (Our lab, 2026)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 52.8,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: US-LAB's 2025 generation mix x per-fuel factors (lifecycle - direct): Rack power meter log (Our lab, 2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 172.8,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "120 + 52.8 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 6.469632,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "37.44 kWh x 172.8 g/kWh / 1000"
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
|       "value": 6.469632,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "6.4696 - 0"
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
|       "value": 6.676678288835169,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "6.4696 + 0.20705"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed because Our lab publishes no PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of US-LAB (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate --data-add lab.json -g lab-node -n 2 --hours 10 -r basement --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: embedded + lab.json, hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 2 Lab node for 10 h in the Our lab region basement (Basement (Boston)). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the published measured average of the Lab node, 1,200 W [3]. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 172.8 gCO2e/kWh on a lifecycle basis: the average of Campus grid (grid subregion) for 2025, 120 gCO2e/kWh on a direct basis [3], plus 52.8 gCO2e/kWh of upstream emissions from the grid's 2025 generation mix [3] and per-fuel emission factors [5]. The run used 37.44 kWh of electricity and emitted 6.4696 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 0.20705 kg CO2e (6.6767 kg CO2e in all). With the PUE within their published ranges, the emissions lie between 4.5619 and 6.9258 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 2 × Lab node |  |
| | Power per device | 1,200 W (measured average) | [3] |
| | Utilization | 1 |  |
| | Duration | 10 h |  |
| | Location | lab:basement |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 172.8 gCO2e/kWh (2025, lifecycle basis) | [3] |
| | Energy | 37.44 kWh |  |
| | Emissions (location-based) | 6.4696 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 6.4696 kg CO2e |  |
| | Embodied emissions | 0.20705 kg CO2e | [6] |
| | Total with embodied | 6.6767 kg CO2e |  |
| | Range (location-based) | 4.5619 to 6.9258 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Our lab (2026). Rack power meter log. https://example.org/meter
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon --data-add lab.json regions list --kind subnational
|   id                g/kWh  year   PUE  name
|   grid:US-AKGD     518.92  2023  1.56  ASCC Alaska Grid (eGRID AKGD)
|   grid:US-AKMS     321.03  2023  1.56  ASCC Miscellaneous (eGRID AKMS)
|   grid:US-AZNM      394.9  2023  1.56  WECC Southwest (eGRID AZNM)
|   grid:US-CAMX     268.71  2023  1.56  WECC California (eGRID CAMX)
|   grid:US-ERCT     408.09  2023  1.56  ERCOT All (eGRID ERCT)
|   grid:US-FRCC     456.97  2023  1.56  FRCC All (eGRID FRCC)
|   grid:US-HIMS     693.56  2023  1.56  HICC Miscellaneous (eGRID HIMS)
|   grid:US-HIOA     892.45  2023  1.56  HICC Oahu (eGRID HIOA)
|   grid:US-MROE     723.89  2023  1.56  MRO East (eGRID MROE)
|   grid:US-MROW     465.56  2023  1.56  MRO West (eGRID MROW)
|   grid:US-NEWE      331.1  2023  1.56  NPCC New England (eGRID NEWE)
|   grid:US-NWPP     343.23  2023  1.56  WECC Northwest (eGRID NWPP)
|   grid:US-NYCW     512.95  2023  1.56  NPCC NYC/Westchester (eGRID NYCW)
|   grid:US-NYLI     658.17  2023  1.56  NPCC Long Island (eGRID NYLI)
|   grid:US-NYUP     157.12  2023  1.56  NPCC Upstate NY (eGRID NYUP)
|   grid:US-PRMS     859.68  2023  1.56  Puerto Rico Miscellaneous (eGRID PRMS)
|   grid:US-RFCE     347.06  2023  1.56  RFC East (eGRID RFCE)
|   grid:US-RFCM     527.47  2023  1.56  RFC Michigan (eGRID RFCM)
|   grid:US-RFCW     482.01  2023  1.56  RFC West (eGRID RFCW)
|   grid:US-RMPA     532.18  2023  1.56  WECC Rockies (eGRID RMPA)
|   grid:US-SPNO     436.29  2023  1.56  SPP North (eGRID SPNO)
|   grid:US-SPSO     470.68  2023  1.56  SPP South (eGRID SPSO)
|   grid:US-SRMV     425.54  2023  1.56  SERC Mississippi Valley (eGRID SRMV)
|   grid:US-SRMW     622.09  2023  1.56  SERC Midwest (eGRID SRMW)
|   grid:US-SRSO      472.2  2023  1.56  SERC South (eGRID SRSO)
|   grid:US-SRTV     470.41  2023  1.56  SERC Tennessee Valley (eGRID SRTV)
|   grid:US-SRVC     337.02  2023  1.56  SERC Virginia/Carolina (eGRID SRVC)
|   grid:CA-NL       53.971  2020  1.56  Newfoundland and Labrador
|   grid:CA-PE       11.088  2020  1.56  Prince Edward Island
|   grid:CA-NS       753.52  2020  1.56  Nova Scotia
|   grid:CA-NB       342.16  2020  1.56  New Brunswick
|   grid:CA-QC       26.246  2020  1.56  Quebec
|   grid:CA-ON       47.415  2020  1.56  Ontario
|   grid:CA-MB       24.908  2020  1.56  Manitoba
|   grid:CA-SK       659.13  2020  1.56  Saskatchewan
|   grid:CA-AB       671.96  2020  1.56  Alberta
|   grid:CA-BC       36.118  2020  1.56  British Columbia
|   grid:CA-YT       150.82  2020  1.56  Yukon
|   grid:CA-NT       254.73  2020  1.56  Northwest Territories
|   grid:CA-NU        1,014  2020  1.56  Nunavut
|   grid:AU-NSW       656.6  2026  1.56  New South Wales and Australian Capital...
|   grid:AU-VIC      790.06  2026  1.56  Victoria
|   grid:AU-QLD      717.66  2026  1.56  Queensland
|   grid:AU-SA       263.57  2026  1.56  South Australia
|   grid:AU-WA-SWIS  548.33  2026  1.56  Western Australia: South West Intercon...
|   grid:AU-TAS      227.42  2025  1.56  Tasmania
|   grid:AU-NT-DKIS  676.66  2026  1.56  Northern Territory: Darwin-Katherine I...
|   grid:US-LAB       172.8  2025  1.56  Campus grid
| 48 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
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
|         "scope": "subregion",
|         "source": {
|           "key": "lab-meter",
|           "title": "Rack power meter log",
|           "publisher": "Our lab",
|           "url": "https://example.org/meter",
|           "year": 2026
|         },
|         "lifecycle_g_per_kwh": 172.8,
|         "direct_g_per_kwh": 120
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
|   hardware:  140 devices (123 TDP, 4 measured averages, 13 estimates), 84 sources
|   regions:   8 providers (4 with a published PUE), 212 countries, 48 sub-national grids (US 28, CA 13, AU 7), the world average, 171 cloud regions (46 with their own intensity), 27 sources
|   basis:     259 of 261 grids have a generation mix, so that their figures convert between the lifecycle and direct bases
|   intensity: years 2020 to 2026; median year of the figures in use 2025
$ mlcarbon data check lab.json --format json
| {
|   "schema_version": 1,
|   "checks": [
|     {
|       "file": "lab.json",
|       "kind": "overlay file",
|       "valid": true,
|       "hardware": 140,
|       "tdp": 123,
|       "measured_average": 4,
|       "estimate": 13,
|       "hardware_sources": 84,
|       "providers": 8,
|       "providers_with_pue": 4,
|       "countries": 212,
|       "subnational": 48,
|       "world": 1,
|       "subnational_by_country": {
|         "US": 28,
|         "CA": 13,
|         "AU": 7
|       },
|       "grids_with_mix": 259,
|       "regions": 171,
|       "regions_with_own_intensity": 46,
|       "region_sources": 27,
|       "oldest_intensity_year": 2020,
|       "newest_intensity_year": 2026,
|       "median_intensity_year_used": 2025
|     }
|   ]
| }
$ mlcarbon estimate --data-dir $SRC/tests/data/mini -g a100 -n 8 --hours 24 -r aws:us-east-1 -v
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      88.32 kWh  (facility, PUE 1.15 included)
|   emissions   33.895 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
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
|   grid intensity              383.78  gCO2e/kWh  aws:us-east-1 grid US (United States, national average), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)
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
|   - Data: $SRC/tests/data/mini, not the built-in data.
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
|     "energy_kwh": null,
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
|     "intensity_scope": "country",
|     "published_intensity_g_per_kwh": 383.78,
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
|       "source": "aws:us-east-1 grid US (United States, national average), 2024 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)",
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
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.15 is the global fleet average of Amazon Web Services for 2024; individual sites differ.",
|     "The grid intensity describes 2024: an annual average, not the hours of this run.",
|     "Amazon Web Services publishes no per-region intensity: aws:us-east-1 uses the national average (United States, US)."
|   ]
| }
$ mlcarbon --data-dir $SRC/tests/data/mini regions list
|   id                g/kWh  year   PUE  name
|   aws:us-east-1    383.78  2024  1.15  US East (N. Virginia) (Northern Virginia)
|   aws:eu-west-1    255.89  2025  1.15  Europe (Ireland) (Dublin)
|   gcp:us-central1     458  2024   1.1  Council Bluffs, Iowa
|   country:FR        41.79  2025  1.56  France
|   country:IE       255.89  2025  1.56  Ireland
|   country:US       383.78  2024  1.56  United States
|   grid:US-MROW     465.56  2023  1.56  MRO West (eGRID MROW)
| 7 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon --data-dir $SRC/tests/data/mini hardware list --format csv
| id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url
| v100-pcie-16gb,NVIDIA Tesla V100 PCIe 16 GB,NVIDIA,gpu,250,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100-sxm2-16gb,NVIDIA Tesla V100 SXM2 16 GB,NVIDIA,gpu,300,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| a100-sxm4-40gb,NVIDIA A100 SXM4 40 GB,NVIDIA,gpu,400,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-sxm4-80gb,NVIDIA A100 SXM4 80 GB,NVIDIA,gpu,400,tdp,80,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-40gb,NVIDIA A100 PCIe 40 GB,NVIDIA,gpu,250,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-80gb,NVIDIA A100 PCIe 80 GB,NVIDIA,gpu,300,tdp,80,,2021,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| tpu-v3,Google TPU v3 (per chip),Google,tpu,283,measured_average,16,,2018,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
$ mlcarbon estimate --data-dir $SRC/tests/data/mini --data-add $SRC/tests/data/green-algorithms-cpu.json --power 300 --cpu xeon-e5-2683-v4 --cpu-cores 8 --memory-gb 32 --hours 24 -r FR -v
| mlcarbon estimate: 1 x device(s) at 300 W for 24 h in country:FR (France)
|
|   energy      13.925 kWh  (facility, PUE 1.56 included)
|   emissions   0.58191 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
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
|   grid intensity                41.79  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)
|   emissions (location-based)  0.58191  kg CO2e    = 13.925 kWh x 41.79 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.58191  kg CO2e    = 0.58191 - 0
|
| Assumptions:
|   - No --hardware given: the device is described only by --power.
|   - The host CPUs are counted at their full TDP (120 W each): an upper bound; give --cpu-utilization.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Data: $SRC/tests/data/mini + $SRC/tests/data/green-algorithms-cpu.json, not the built-in data.
$ mlcarbon estimate --data-add $SRC/tests/data/green-algorithms-cpu.json --power 90 --memory-gb 64 --hours 12 --pue 1.56 --intensity 30 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
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
|     "energy_kwh": null,
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
|       "source": "--intensity (taken as lifecycle basis)",
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
|   "settings": [],
|   "notes": [
|     "No --hardware given: the device is described only by --power.",
|     "No --region given: a private site, with the intensity given by --intensity."
|   ]
| }
# An implausible figure is rejected with file, entry and key: 0 g/kWh on a lifecycle basis (the
# old data's Central African Republic); a PUE below 1; a TDP of 0.
%file zero.json
{"schema_version": 1,
 "sources": {"old-owid": {"title": "Carbon intensity of electricity generation", "publisher": "Our World in Data", "url": "https://ourworldindata.org/grapher/carbon-intensity-electricity", "year": 2025}},
 "grids": [{"id": "XA", "kind": "country", "name": "Test country", "iso3": "XAA",
            "intensity_g_per_kwh": 0, "year": 2023, "basis": "lifecycle", "source": "old-owid"}]}
%end
$ mlcarbon data check zero.json
! mlcarbon: error: zero.json: grids[0] 'XA': key 'intensity_g_per_kwh': 0 on a lifecycle basis is implausible: every source of electricity has upstream emissions
[4]
%file pue.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "providers": [{"id": "lab", "name": "Our lab", "pue": 0.95, "pue_year": 2025, "pue_scope": "our room", "pue_source": "lab-meter"}]}
%end
$ mlcarbon data check pue.json
! mlcarbon: error: pue.json: providers[0] 'lab': key 'pue': expected a number >= 1 and <= 3, got 0.95
[4]
%file tdp.json
{"schema_version": 1,
 "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/meter", "year": 2026}},
 "hardware": [{"id": "lab-asic", "name": "Lab ASIC", "vendor": "Ourselves", "kind": "accelerator", "power_w": 0,
               "power_kind": "tdp", "source": "lab-meter"}]}
%end
$ mlcarbon data check tdp.json
! mlcarbon: error: tdp.json: hardware[0] 'lab-asic': key 'power_w': expected a number >= 1 and <= 2000, got 0
[4]
