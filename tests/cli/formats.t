# One job of each shape, in every output format of `estimate`.

# a cloud region, the provider's fleet PUE, a national-average grid
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -v
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      87.552 kWh  (facility, PUE 1.14 included)
|   emissions   29.506 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         29.506 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       16.151 to 32.742 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 31.494 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                        24  h          --hours 24
|   IT energy                     76.8  kWh        = 3.2 kW x 24 h
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy             87.552  kWh        = 76.8 kWh x PUE 1.14
|   published intensity         270.49  gCO2e/kWh  aws:us-east-1 grid US-SRVC (SERC Virginia/Carolina (eGRID SRVC), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)
|   basis conversion            66.526  gCO2e/kWh  direct to lifecycle: US-SRVC's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity              337.02  gCO2e/kWh  = 270.49 + 66.526 g/kWh (lifecycle basis)
|   emissions (location-based)  29.506  kg CO2e    = 87.552 kWh x 337.02 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               29.506  kg CO2e    = 29.506 - 0
|   embodied (manufacturing)    1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         31.494  kg CO2e    = 29.506 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (16.151 to 32.742 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1  17.704 to 32.457  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.04  1.15  26.918 to 29.765  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2023: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-SRVC (--basis direct for the figure as published).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 87.552,
|   "it_energy_kwh": 76.80000000000001,
|   "co2e_kg": 29.506466290189813,
|   "offset_kg": 0,
|   "net_co2e_kg": 29.506466290189813,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.9876443728176203,
|   "total_with_embodied_kg": 31.494110663007433,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 16.150907864103896,
|     "co2e_kg_high": 32.74182443604396,
|     "energy_kwh_low": 47.9232,
|     "energy_kwh_high": 97.15200000000002,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 17.703879774113883,
|         "co2e_kg_high": 32.4571129192088,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.04,
|         "central": 1.14,
|         "high": 1.15,
|         "co2e_kg_low": 26.9181797735065,
|         "co2e_kg_high": 29.765294941858144,
|         "basis": "range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)"
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
|     "hours": 24,
|     "energy_kwh": null,
|     "region": "aws:us-east-1",
|     "region_name": "US East (N. Virginia)",
|     "grid": "US-SRVC",
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
|     "intensity_g_per_kwh": 337.01647352647353,
|     "intensity_origin": "grid",
|     "intensity_year": 2023,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
|     },
|     "intensity_scope": "subregion",
|     "published_intensity_g_per_kwh": 270.49,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 66.52647352647352,
|     "basis_conversion_mix_year": 2023,
|     "basis_conversion_mix_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
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
|       "value": 1.14,
|       "unit": "",
|       "source": "Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 87.552,
|       "unit": "kWh",
|       "source": "",
|       "formula": "76.8 kWh x PUE 1.14"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 270.49,
|       "unit": "gCO2e/kWh",
|       "source": "aws:us-east-1 grid US-SRVC (SERC Virginia/Carolina (eGRID SRVC), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 66.52647352647352,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: US-SRVC's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 337.01647352647353,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "270.49 + 66.526 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 29.506466290189813,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "87.552 kWh x 337.02 g/kWh / 1000"
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
|       "value": 29.506466290189813,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "29.506 - 0"
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
|       "value": 31.494110663007433,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "29.506 + 1.9876"
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
|     "The grid intensity describes 2023: an annual average, not the hours of this run.",
|     "The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-SRVC (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":87.552,"it_energy_kwh":76.80000000000001,"co2e_kg":29.506466290189813,"offset_kg":0,"net_co2e_kg":29.506466290189813,"market_co2e_kg":null,"embodied_kg":1.9876443728176203,"total_with_embodied_kg":31.494110663007433,"uncertainty":{"method":"interval bounds","co2e_kg_low":16.150907864103896,"co2e_kg_high":32.74182443604396,"energy_kwh_low":47.9232,"energy_kwh_high":97.15200000000002,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":17.703879774113883,"co2e_kg_high":32.4571129192088,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.04,"central":1.14,"high":1.15,"co2e_kg_low":26.9181797735065,"co2e_kg_high":29.765294941858144,"basis":"range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)"}]},"inputs":{"hardware":"a100-sxm4-40gb","hardware_name":"NVIDIA A100 SXM4 40 GB","count":8,"power_w":400,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-a100-datasheet","title":"NVIDIA A100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":24,"energy_kwh":null,"region":"aws:us-east-1","region_name":"US East (N. Virginia)","grid":"US-SRVC","pue":1.14,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"aws-pue-2025","title":"Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)","publisher":"Amazon","url":"https://sustainability.aboutamazon.com/environment/the-cloud","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":337.01647352647353,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","intensity_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"intensity_scope":"subregion","published_intensity_g_per_kwh":270.49,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":66.52647352647352,"basis_conversion_mix_year":2023,"basis_conversion_mix_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":8,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":400,"unit":"W","source":"TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":3.2,"unit":"kW","source":"","formula":"8 x 400 W x 1 / 1000"},{"name":"hours","label":"duration","value":24,"unit":"h","source":"--hours 24","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":76.80000000000001,"unit":"kWh","source":"","formula":"3.2 kW x 24 h"},{"name":"pue","label":"PUE","value":1.14,"unit":"","source":"Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":87.552,"unit":"kWh","source":"","formula":"76.8 kWh x PUE 1.14"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":270.49,"unit":"gCO2e/kWh","source":"aws:us-east-1 grid US-SRVC (SERC Virginia/Carolina (eGRID SRVC), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":66.52647352647352,"unit":"gCO2e/kWh","source":"direct to lifecycle: US-SRVC's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":337.01647352647353,"unit":"gCO2e/kWh","source":"","formula":"270.49 + 66.526 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":29.506466290189813,"unit":"kg CO2e","source":"","formula":"87.552 kWh x 337.02 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":29.506466290189813,"unit":"kg CO2e","source":"","formula":"29.506 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":1.9876443728176203,"unit":"kg CO2e","source":"","formula":"8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":31.494110663007433,"unit":"kg CO2e","source":"","formula":"29.506 + 1.9876"}],"provider_claims":[{"text":"Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030).","year":2023,"source":{"key":"amazon-sustainability-2023","title":"Amazon 2023 Sustainability Report, executive summary","publisher":"Amazon","url":"https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.","The grid intensity describes 2023: an annual average, not the hours of this run.","The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-SRVC (--basis direct for the figure as published)."]}
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,8,400,hardware,1,24,aws:us-east-1,US-SRVC,1.14,provider,337.01647352647353,grid,2023,76.80000000000001,87.552,29.506466290189813,0,29.506466290189813,lifecycle,subregion,,1.9876443728176203,31.494110663007433,16.150907864103896,32.74182443604396,47.9232,97.15200000000002,
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Amazon Web Services region us-east-1 (US East (N. Virginia) (Northern Virginia)). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.14, the global fleet average of Amazon Web Services for 2025 [4]. The carbon intensity of the grid is 337.02 gCO2e/kWh on a lifecycle basis: the average of SERC Virginia/Carolina (eGRID SRVC) (grid subregion) for 2023, 270.49 gCO2e/kWh on a direct basis [5], plus 66.526 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [5] and per-fuel emission factors [6, 7]. The run used 87.552 kWh of electricity and emitted 29.506 kg CO2e (location-based). No offsets are subtracted. Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030) [8]. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [9], add 1.9876 kg CO2e (31.494 kg CO2e in all). With the power per device and PUE within their published ranges, the emissions lie between 16.151 and 32.742 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 8 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 24 h |  |
| | Location | aws:us-east-1 |  |
| | PUE | 1.14 | [4] |
| | Grid intensity | 337.02 gCO2e/kWh (2023, lifecycle basis) | [5] |
| | Energy | 87.552 kWh |  |
| | Emissions (location-based) | 29.506 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 29.506 kg CO2e |  |
| | Embodied emissions | 1.9876 kg CO2e | [9] |
| | Total with embodied | 31.494 kg CO2e |  |
| | Range (location-based) | 16.151 to 32.742 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 5. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 6. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 7. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 8. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 9. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Amazon Web Services region us-east-1 (US East (N. Virginia) (Northern Virginia)). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.14, the global fleet average of Amazon Web Services for 2025~\cite{aws-pue-2025}. The carbon intensity of the grid is 337.02 gCO\textsubscript{2}e/kWh on a lifecycle basis: the average of SERC Virginia/Carolina (eGRID SRVC) (grid subregion) for 2023, 270.49 gCO\textsubscript{2}e/kWh on a direct basis~\cite{egrid2023}, plus 66.526 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2023 generation mix~\cite{egrid2023} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 87.552 kWh of electricity and emitted 29.506 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Amazon says it matched 100\% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030)~\cite{amazon-sustainability-2023}. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1.9876 kg CO\textsubscript{2}e (31.494 kg CO\textsubscript{2}e in all). With the power per device and PUE within their published ranges, the emissions lie between 16.151 and 32.742 kg CO\textsubscript{2}e.
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
| Location & aws:us-east-1 &  \\
| PUE & 1.14 & \cite{aws-pue-2025} \\
| Grid intensity & 337.02 gCO\textsubscript{2}e/kWh (2023, lifecycle basis) & \cite{egrid2023} \\
| Energy & 87.552 kWh &  \\
| Emissions (location-based) & 29.506 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 29.506 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1.9876 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 31.494 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 16.151 to 32.742 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --format model-card
| co2_eq_emissions:
|   emissions: 29506.47
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "US East (N. Virginia) (Northern Virginia), US (aws:us-east-1)"
|   hardware_used: "8 x NVIDIA A100 SXM4 40 GB"

# a private site: measured power, stated intensity and PUE, offsets as a share
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 -v
| mlcarbon estimate: 2 x device(s) at 310 W for 500 h in a private site
|
|   energy      434 kWh  (facility, PUE 1.4 included)
|   emissions   108.5 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         75.95 kg CO2e  (after 32.55 kg CO2e of offsets bought)
|
| Breakdown:
|   factor                      value  unit       source / how it is computed
|   devices                         2  devices    --count
|   power per device              310  W          --power (measured average per device)
|   utilization                     1  of power   not applied: --power is already an average
|   IT power                     0.62  kW         = 2 x 310 W x 1 / 1000
|   duration                      500  h          --hours 500
|   IT energy                     310  kWh        = 0.62 kW x 500 h
|   PUE                           1.4             --pue
|   facility energy               434  kWh        = 310 kWh x PUE 1.4
|   grid intensity                250  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)  108.5  kg CO2e    = 434 kWh x 250 g/kWh / 1000
|   offsets bought              32.55  kg CO2e    --offset 30% of gross
|   net emissions               75.95  kg CO2e    = 108.5 - 32.55
|
| Assumptions:
|   - No --hardware given: the device is described only by --power.
|   - No --region given: a private site, with the intensity given by --intensity.
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 434,
|   "it_energy_kwh": 310,
|   "co2e_kg": 108.5,
|   "offset_kg": 32.55,
|   "net_co2e_kg": 75.95,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 108.5,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 108.5,
|     "co2e_kg_high": 108.5,
|     "energy_kwh_low": 434,
|     "energy_kwh_high": 434,
|     "factors": []
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 2,
|     "power_w": 310,
|     "power_origin": "user",
|     "power_kind": "measured_average",
|     "power_source": null,
|     "utilization": 1,
|     "hours": 500,
|     "energy_kwh": null,
|     "region": null,
|     "region_name": null,
|     "grid": null,
|     "pue": 1.4,
|     "pue_origin": "user",
|     "pue_year": null,
|     "pue_source": null,
|     "intensity_g_per_kwh": 250,
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
|     "offset_percent": 30,
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
|       "value": 2,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 310,
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
|       "value": 0.62,
|       "unit": "kW",
|       "source": "",
|       "formula": "2 x 310 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 500,
|       "unit": "h",
|       "source": "--hours 500",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 310,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.62 kW x 500 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.4,
|       "unit": "",
|       "source": "--pue",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 434,
|       "unit": "kWh",
|       "source": "",
|       "formula": "310 kWh x PUE 1.4"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 250,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 108.5,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "434 kWh x 250 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 32.55,
|       "unit": "kg CO2e",
|       "source": "--offset 30% of gross",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 75.95,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "108.5 - 32.55"
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
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":434,"it_energy_kwh":310,"co2e_kg":108.5,"offset_kg":32.55,"net_co2e_kg":75.95,"market_co2e_kg":null,"embodied_kg":0,"total_with_embodied_kg":108.5,"uncertainty":{"method":"interval bounds","co2e_kg_low":108.5,"co2e_kg_high":108.5,"energy_kwh_low":434,"energy_kwh_high":434,"factors":[]},"inputs":{"hardware":null,"hardware_name":null,"count":2,"power_w":310,"power_origin":"user","power_kind":"measured_average","power_source":null,"utilization":1,"hours":500,"energy_kwh":null,"region":null,"region_name":null,"grid":null,"pue":1.4,"pue_origin":"user","pue_year":null,"pue_source":null,"intensity_g_per_kwh":250,"intensity_origin":"user","intensity_year":null,"intensity_basis":"lifecycle","intensity_source":null,"intensity_scope":null,"published_intensity_g_per_kwh":null,"published_intensity_basis":null,"basis_conversion_g_per_kwh":null,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":30,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":0,"lifetime_hours":0,"defaults":[]},"breakdown":[{"name":"count","label":"devices","value":2,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":310,"unit":"W","source":"--power (measured average per device)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"not applied: --power is already an average","formula":""},{"name":"it_power_kw","label":"IT power","value":0.62,"unit":"kW","source":"","formula":"2 x 310 W x 1 / 1000"},{"name":"hours","label":"duration","value":500,"unit":"h","source":"--hours 500","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":310,"unit":"kWh","source":"","formula":"0.62 kW x 500 h"},{"name":"pue","label":"PUE","value":1.4,"unit":"","source":"--pue","formula":""},{"name":"energy_kwh","label":"facility energy","value":434,"unit":"kWh","source":"","formula":"310 kWh x PUE 1.4"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":250,"unit":"gCO2e/kWh","source":"--intensity (taken as lifecycle basis)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":108.5,"unit":"kg CO2e","source":"","formula":"434 kWh x 250 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":32.55,"unit":"kg CO2e","source":"--offset 30% of gross","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":75.95,"unit":"kg CO2e","source":"","formula":"108.5 - 32.55"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[],"notes":["No --hardware given: the device is described only by --power.","No --region given: a private site, with the intensity given by --intensity."]}
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,,2,310,user,1,500,,,1.4,user,250,user,,310,434,108.5,32.55,75.95,lifecycle,,,0,108.5,108.5,108.5,434,434,
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 2 devices for 500 h at a private site. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is a measured average of 310 W. We assume a PUE of 1.4. The carbon intensity of the grid is 250 gCO2e/kWh (given; lifecycle basis). The run used 434 kWh of electricity and emitted 108.5 kg CO2e (location-based). Offsets of 32.55 kg CO2e were bought, which leaves 75.95 kg CO2e net.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 2 × device |  |
| | Power per device | 310 W (measured) |  |
| | Utilization | 1 |  |
| | Duration | 500 h |  |
| | Location | private site |  |
| | PUE | 1.4 |  |
| | Grid intensity | 250 gCO2e/kWh (lifecycle basis) |  |
| | Energy | 434 kWh |  |
| | Emissions (location-based) | 108.5 kg CO2e |  |
| | Offsets bought | 32.55 kg CO2e |  |
| | Net emissions | 75.95 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 2 devices for 500 h at a private site. We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is a measured average of 310 W. We assume a PUE of 1.4. The carbon intensity of the grid is 250 gCO\textsubscript{2}e/kWh (given; lifecycle basis). The run used 434 kWh of electricity and emitted 108.5 kg CO\textsubscript{2}e (location-based). Offsets of 32.55 kg CO\textsubscript{2}e were bought, which leaves 75.95 kg CO\textsubscript{2}e net.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 2 $\times$ device &  \\
| Power per device & 310 W (measured) &  \\
| Utilization & 1 &  \\
| Duration & 500 h &  \\
| Location & private site &  \\
| PUE & 1.4 &  \\
| Grid intensity & 250 gCO\textsubscript{2}e/kWh (lifecycle basis) &  \\
| Energy & 434 kWh &  \\
| Emissions (location-based) & 108.5 kg CO\textsubscript{2}e &  \\
| Offsets bought & 32.55 kg CO\textsubscript{2}e &  \\
| Net emissions & 75.95 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --format model-card
| co2_eq_emissions:
|   emissions: 108500
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "private site"
|   hardware_used: "2 x devices at 310 W"

# an instance type: accelerators, host CPUs and memory
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 -v
| mlcarbon estimate: 16 x NVIDIA A100 SXM4 40 GB for 72 h in aws:us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon))
|
|   energy      679.75 kWh  (facility, PUE 1.14 included)
|   emissions   233.31 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         233.31 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       147.05 to 253.54 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    11.926 kg CO2e  (manufacturing, amortised); total with embodied 245.23 kg CO2e
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
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy             679.75  kWh        = 596.27 kWh x PUE 1.14
|   published intensity         288.15  gCO2e/kWh  aws:us-west-2 grid US-NWPP (WECC Northwest (eGRID NWPP), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)
|   basis conversion            55.078  gCO2e/kWh  direct to lifecycle: US-NWPP's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity              343.23  gCO2e/kWh  = 288.15 + 55.078 g/kWh (lifecycle basis)
|   emissions (location-based)  233.31  kg CO2e    = 679.75 kWh x 343.23 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               233.31  kg CO2e    = 233.31 - 0
|   embodied (manufacturing)    11.926  kg CO2e    = 16 devices x 72 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         245.23  kg CO2e    = 233.31 + 11.926
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (147.05 to 253.54 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high           kg CO2e  basis
|   power per device   0.6   1.1  161.19 to 251.34  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.04  1.15  212.84 to 235.36  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (240 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2023: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-NWPP (--basis direct for the figure as published).
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 679.7478588696,
|   "it_energy_kwh": 596.27005164,
|   "co2e_kg": 233.30849810409507,
|   "offset_kg": 0,
|   "net_co2e_kg": 233.30849810409507,
|   "market_co2e_kg": null,
|   "embodied_kg": 11.925866236905721,
|   "total_with_embodied_kg": 245.2343643410008,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 147.04850401726566,
|     "co2e_kg_high": 253.54340205293795,
|     "energy_kwh_low": 428.4280537056,
|     "energy_kwh_high": 738.702559386,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 161.187783249695,
|         "co2e_kg_high": 251.33867681769502,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.04,
|         "central": 1.14,
|         "high": 1.15,
|         "co2e_kg_low": 212.8428403756657,
|         "co2e_kg_high": 235.35506387693798,
|         "basis": "range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "a100-sxm4-40gb",
|     "hardware_name": "NVIDIA A100 SXM4 40 GB",
|     "count": 16,
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
|     "hours": 72,
|     "energy_kwh": null,
|     "region": "aws:us-west-2",
|     "region_name": "US West (Oregon)",
|     "grid": "US-NWPP",
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
|     "intensity_g_per_kwh": 343.22799999999995,
|     "intensity_origin": "grid",
|     "intensity_year": 2023,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
|     },
|     "intensity_scope": "subregion",
|     "published_intensity_g_per_kwh": 288.15,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 55.07799999999998,
|     "basis_conversion_mix_year": 2023,
|     "basis_conversion_mix_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
|     },
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": "aws:p4d.24xlarge",
|     "nodes": 2,
|     "cpu": "xeon-platinum-8275cl",
|     "cpu_count": 4,
|     "cpu_power_w": 240,
|     "cpu_power_origin": "hardware",
|     "cpu_utilization": 1,
|     "memory_gb": 2473.902,
|     "memory_w_per_gb": 0.3725,
|     "overhead_w": 0,
|     "compute": null,
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "utilization",
|       "pue",
|       "intensity",
|       "cpu_utilization"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 16,
|       "unit": "devices",
|       "source": "2 x aws:p4d.24xlarge (8 per instance)",
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
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 4,
|       "unit": "packages",
|       "source": "Intel Xeon Platinum 8275CL of aws:p4d.24xlarge",
|       "formula": ""
|     },
|     {
|       "name": "cpu_power_w",
|       "label": "power per CPU",
|       "value": 240,
|       "unit": "W",
|       "source": "TDP of Intel Xeon Platinum 8275CL: CodeCarbon cpu_power.csv (CPU name -> TDP) (2026)",
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
|       "value": 2473.902,
|       "unit": "GB",
|       "source": "aws:p4d.24xlarge",
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
|       "value": 8.281528495,
|       "unit": "kW",
|       "source": "",
|       "formula": "16 x 400 W x 1 / 1000 + 4 x 240 W x 1 / 1000 + 2,474 GB x 0.3725 W/GB / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 72,
|       "unit": "h",
|       "source": "--hours 72",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 596.27005164,
|       "unit": "kWh",
|       "source": "",
|       "formula": "8.2815 kW x 72 h"
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
|       "value": 679.7478588696,
|       "unit": "kWh",
|       "source": "",
|       "formula": "596.27 kWh x PUE 1.14"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 288.15,
|       "unit": "gCO2e/kWh",
|       "source": "aws:us-west-2 grid US-NWPP (WECC Northwest (eGRID NWPP), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 55.07799999999998,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: US-NWPP's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 343.22799999999995,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "288.15 + 55.078 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 233.30849810409507,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "679.75 kWh x 343.23 g/kWh / 1000"
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
|       "value": 233.30849810409507,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "233.31 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 11.925866236905721,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "16 devices x 72 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 245.2343643410008,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "233.31 + 11.926"
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
|     "The host CPUs are counted at their full TDP (240 W each): an upper bound; give --cpu-utilization.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.",
|     "The grid intensity describes 2023: an annual average, not the hours of this run.",
|     "The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-NWPP (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":679.7478588696,"it_energy_kwh":596.27005164,"co2e_kg":233.30849810409507,"offset_kg":0,"net_co2e_kg":233.30849810409507,"market_co2e_kg":null,"embodied_kg":11.925866236905721,"total_with_embodied_kg":245.2343643410008,"uncertainty":{"method":"interval bounds","co2e_kg_low":147.04850401726566,"co2e_kg_high":253.54340205293795,"energy_kwh_low":428.4280537056,"energy_kwh_high":738.702559386,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":161.187783249695,"co2e_kg_high":251.33867681769502,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.04,"central":1.14,"high":1.15,"co2e_kg_low":212.8428403756657,"co2e_kg_high":235.35506387693798,"basis":"range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)"}]},"inputs":{"hardware":"a100-sxm4-40gb","hardware_name":"NVIDIA A100 SXM4 40 GB","count":16,"power_w":400,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-a100-datasheet","title":"NVIDIA A100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":72,"energy_kwh":null,"region":"aws:us-west-2","region_name":"US West (Oregon)","grid":"US-NWPP","pue":1.14,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"aws-pue-2025","title":"Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)","publisher":"Amazon","url":"https://sustainability.aboutamazon.com/environment/the-cloud","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":343.22799999999995,"intensity_origin":"grid","intensity_year":2023,"intensity_basis":"lifecycle","intensity_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"intensity_scope":"subregion","published_intensity_g_per_kwh":288.15,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":55.07799999999998,"basis_conversion_mix_year":2023,"basis_conversion_mix_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"offset_percent":null,"offset_kg":null,"instance":"aws:p4d.24xlarge","nodes":2,"cpu":"xeon-platinum-8275cl","cpu_count":4,"cpu_power_w":240,"cpu_power_origin":"hardware","cpu_utilization":1,"memory_gb":2473.902,"memory_w_per_gb":0.3725,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity","cpu_utilization"]},"breakdown":[{"name":"count","label":"devices","value":16,"unit":"devices","source":"2 x aws:p4d.24xlarge (8 per instance)","formula":""},{"name":"power_w","label":"power per device","value":400,"unit":"W","source":"TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"cpu_count","label":"host CPUs","value":4,"unit":"packages","source":"Intel Xeon Platinum 8275CL of aws:p4d.24xlarge","formula":""},{"name":"cpu_power_w","label":"power per CPU","value":240,"unit":"W","source":"TDP of Intel Xeon Platinum 8275CL: CodeCarbon cpu_power.csv (CPU name -> TDP) (2026)","formula":""},{"name":"cpu_utilization","label":"CPU utilization","value":1,"unit":"of power","source":"default: the full TDP (--cpu-utilization not given)","formula":""},{"name":"memory_gb","label":"host memory","value":2473.902,"unit":"GB","source":"aws:p4d.24xlarge","formula":""},{"name":"memory_w_per_gb","label":"memory power","value":0.3725,"unit":"W/GB","source":"Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)","formula":""},{"name":"it_power_kw","label":"IT power","value":8.281528495,"unit":"kW","source":"","formula":"16 x 400 W x 1 / 1000 + 4 x 240 W x 1 / 1000 + 2,474 GB x 0.3725 W/GB / 1000"},{"name":"hours","label":"duration","value":72,"unit":"h","source":"--hours 72","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":596.27005164,"unit":"kWh","source":"","formula":"8.2815 kW x 72 h"},{"name":"pue","label":"PUE","value":1.14,"unit":"","source":"Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":679.7478588696,"unit":"kWh","source":"","formula":"596.27 kWh x PUE 1.14"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":288.15,"unit":"gCO2e/kWh","source":"aws:us-west-2 grid US-NWPP (WECC Northwest (eGRID NWPP), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":55.07799999999998,"unit":"gCO2e/kWh","source":"direct to lifecycle: US-NWPP's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":343.22799999999995,"unit":"gCO2e/kWh","source":"","formula":"288.15 + 55.078 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":233.30849810409507,"unit":"kg CO2e","source":"","formula":"679.75 kWh x 343.23 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":233.30849810409507,"unit":"kg CO2e","source":"","formula":"233.31 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":11.925866236905721,"unit":"kg CO2e","source":"","formula":"16 devices x 72 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":245.2343643410008,"unit":"kg CO2e","source":"","formula":"233.31 + 11.926"}],"provider_claims":[{"text":"Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030).","year":2023,"source":{"key":"amazon-sustainability-2023","title":"Amazon 2023 Sustainability Report, executive summary","publisher":"Amazon","url":"https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","The host CPUs are counted at their full TDP (240 W each): an upper bound; give --cpu-utilization.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.","The grid intensity describes 2023: an annual average, not the hours of this run.","The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-NWPP (--basis direct for the figure as published)."]}
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,16,400,hardware,1,72,aws:us-west-2,US-NWPP,1.14,provider,343.22799999999995,grid,2023,596.27005164,679.7478588696,233.30849810409507,0,233.30849810409507,lifecycle,subregion,,11.925866236905721,245.2343643410008,147.04850401726566,253.54340205293795,428.4280537056,738.702559386,
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 16 NVIDIA A100 SXM4 40 GB for 72 h in the Amazon Web Services region us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon)). We estimate its energy as (devices × power per device × utilization + the host's power) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The devices are those of 2 aws:p4d.24xlarge instances [4]. The host CPUs are counted too: 4 × Intel Xeon Platinum 8275CL at 240 W TDP [5], at a utilization of 1. Host memory, 2,474 GB, draws 0.3725 W per GB [6]. The PUE is 1.14, the global fleet average of Amazon Web Services for 2025 [7]. The carbon intensity of the grid is 343.23 gCO2e/kWh on a lifecycle basis: the average of WECC Northwest (eGRID NWPP) (grid subregion) for 2023, 288.15 gCO2e/kWh on a direct basis [8], plus 55.078 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [8] and per-fuel emission factors [9, 10]. The run used 679.75 kWh of electricity and emitted 233.31 kg CO2e (location-based). No offsets are subtracted. Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030) [11]. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [12], add 11.926 kg CO2e (245.23 kg CO2e in all). With the power per device and PUE within their published ranges, the emissions lie between 147.05 and 253.54 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 16 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Host CPUs | 4 × Intel Xeon Platinum 8275CL (240 W, utilization 1) | [5] |
| | Host memory | 2,474 GB at 0.3725 W/GB | [6] |
| | Duration | 72 h |  |
| | Location | aws:us-west-2 |  |
| | PUE | 1.14 | [7] |
| | Grid intensity | 343.23 gCO2e/kWh (2023, lifecycle basis) | [8] |
| | Energy | 679.75 kWh |  |
| | Emissions (location-based) | 233.31 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 233.31 kg CO2e |  |
| | Embodied emissions | 11.926 kg CO2e | [12] |
| | Total with embodied | 245.23 kg CO2e |  |
| | Range (location-based) | 147.05 to 253.54 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Amazon Web Services (2023). Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html
| 5. CodeCarbon (2026). CodeCarbon cpu_power.csv (CPU name -> TDP). https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| 6. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 7. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 8. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 9. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 10. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 11. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 12. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 16 NVIDIA A100 SXM4 40 GB for 72 h in the Amazon Web Services region us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon)). We estimate its energy as (devices $\times$ power per device $\times$ utilization + the host's power) $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The devices are those of 2 aws:p4d.24xlarge instances~\cite{aws-ec2-ug-accelerated-2023}. The host CPUs are counted too: 4 $\times$ Intel Xeon Platinum 8275CL at 240 W TDP~\cite{codecarbon-cpu-power}, at a utilization of 1. Host memory, 2,474 GB, draws 0.3725 W per GB~\cite{lannelongue2021green}. The PUE is 1.14, the global fleet average of Amazon Web Services for 2025~\cite{aws-pue-2025}. The carbon intensity of the grid is 343.23 gCO\textsubscript{2}e/kWh on a lifecycle basis: the average of WECC Northwest (eGRID NWPP) (grid subregion) for 2023, 288.15 gCO\textsubscript{2}e/kWh on a direct basis~\cite{egrid2023}, plus 55.078 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2023 generation mix~\cite{egrid2023} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 679.75 kWh of electricity and emitted 233.31 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Amazon says it matched 100\% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030)~\cite{amazon-sustainability-2023}. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 11.926 kg CO\textsubscript{2}e (245.23 kg CO\textsubscript{2}e in all). With the power per device and PUE within their published ranges, the emissions lie between 147.05 and 253.54 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 16 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Host CPUs & 4 $\times$ Intel Xeon Platinum 8275CL (240 W, utilization 1) & \cite{codecarbon-cpu-power} \\
| Host memory & 2,474 GB at 0.3725 W/GB & \cite{lannelongue2021green} \\
| Duration & 72 h &  \\
| Location & aws:us-west-2 &  \\
| PUE & 1.14 & \cite{aws-pue-2025} \\
| Grid intensity & 343.23 gCO\textsubscript{2}e/kWh (2023, lifecycle basis) & \cite{egrid2023} \\
| Energy & 679.75 kWh &  \\
| Emissions (location-based) & 233.31 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 233.31 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 11.926 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 245.23 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 147.05 to 253.54 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format model-card
| co2_eq_emissions:
|   emissions: 233308.5
|   source: "mlcarbon 0.1.0 estimate: energy = (devices x power per device x utilization + the host's power) x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "US West (Oregon) (Umatilla and Morrow counties, Oregon), US (aws:us-west-2)"
|   hardware_used: "16 x NVIDIA A100 SXM4 40 GB"

# hours from compute: 6 x params x tokens at the default MFU and precision
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 -v
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 921.13 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      44,981 kWh (44.981 MWh)  (facility, PUE 1.09 included)
|   emissions   21,466 kg CO2e (21.466 t)  (gross, location-based; grid intensity on a lifecycle basis)
|   net         21,466 kg CO2e (21.466 t)  (after 0 kg CO2e of offsets bought)
|   range       9,310 to 34,557 kg CO2e  (interval bounds; widest factor: MFU)
|   market      2,576 kg CO2e (2.5759 t)  (market-based: the provider's carbon-free share removed)
|   embodied    610.29 kg CO2e  (manufacturing, amortised); total with embodied 22,076 kg CO2e (22.076 t)
|
| Breakdown:
|   factor                                    value  unit       source / how it is computed
|   devices                                      64  devices    --count
|   power per device                            700  W          TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   utilization                                   1  of power   default: the full TDP (--utilization not given)
|   IT power                                   44.8  kW         = 64 x 700 W x 1 / 1000
|   training compute                        8.4e+22  FLOP       6 x 7 B parameters x 2 T tokens: Scaling Laws for Neural Language Models (arXiv:2001.08361) (Kaplan et al., 2020)
|   peak per device                           989.5  TFLOP/s    bf16 dense (default precision): NVIDIA H100 Tensor Core GPU datasheet (2023)
|   model FLOPs utilization                     0.4             default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   device-hours                             58,952  h          = 8.4e+22 FLOP / (989.5 TFLOP/s x 0.4 x 3600)
|   duration                                 921.13  h          = 58,952 device-hours / 64 devices
|   IT energy                                41,267  kWh        = 44.8 kW x 921.13 h
|   PUE                                        1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                          44,981  kWh        = 41,267 kWh x PUE 1.09
|   published intensity                      431.95  gCO2e/kWh  gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                         45.281  gCO2e/kWh  direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                           477.23  gCO2e/kWh  = 431.95 + 45.281 g/kWh (lifecycle basis)
|   emissions (location-based)               21,466  kg CO2e    = 44,981 kWh x 477.23 g/kWh / 1000
|   offsets bought                                0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                            21,466  kg CO2e    = 21,466 - 0
|   emissions (market-based, provider CFE)    2,576  kg CO2e    = 21,466 x (1 - 88% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                 610.29  kg CO2e    = 64 devices x 921.13 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                      22,076  kg CO2e    = 21,466 + 610.29
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (9,310 to 34,557 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   MFU                  0.5     0.3  17,173 to 28,622  published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   power per device     0.6     1.1  12,880 to 23,613  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    439.28  505.28  19,759 to 22,728  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE                 1.07    1.13  21,072 to 22,254  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The hours follow from the compute at 0.4 MFU of the dense bf16 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published).
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 44980.62994778507,
|   "it_energy_kwh": 41266.632979619324,
|   "co2e_kg": 21466.13838368133,
|   "offset_kg": 0,
|   "net_co2e_kg": 21466.13838368133,
|   "market_co2e_kg": 2575.936606041759,
|   "embodied_kg": 610.2930865109404,
|   "total_with_embodied_kg": 22076.43147019227,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 9310.353961349412,
|     "co2e_kg_high": 34557.44513977965,
|     "energy_kwh_low": 21194.54269833249,
|     "energy_kwh_high": 68392.56639155578,
|     "factors": [
|       {
|         "name": "mfu",
|         "low": 0.5,
|         "central": 0.4,
|         "high": 0.3,
|         "co2e_kg_low": 17172.91070694507,
|         "co2e_kg_high": 28621.517844908438,
|         "basis": "published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 12879.6830302088,
|         "co2e_kg_high": 23612.752222049472,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "intensity",
|         "low": 439.28071928071927,
|         "central": 477.23071928071926,
|         "high": 505.28071928071927,
|         "co2e_kg_low": 19759.123477162888,
|         "co2e_kg_high": 22727.8450537167,
|         "basis": "annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"
|       },
|       {
|         "name": "pue",
|         "low": 1.07,
|         "central": 1.09,
|         "high": 1.13,
|         "co2e_kg_low": 21072.264284898185,
|         "co2e_kg_high": 22253.886581247614,
|         "basis": "range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "h100-sxm",
|     "hardware_name": "NVIDIA H100 SXM5 80 GB",
|     "count": 64,
|     "power_w": 700,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-h100-datasheet",
|       "title": "NVIDIA H100 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|       "year": 2023,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 921.1302004379314,
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
|     "intensity_g_per_kwh": 477.23071928071926,
|     "intensity_origin": "region",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "google-region-carbon-2025",
|       "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|       "publisher": "Google",
|       "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|       "year": 2026,
|       "license": "Apache-2.0"
|     },
|     "intensity_scope": "provider_region",
|     "published_intensity_g_per_kwh": 431.95,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 45.280719280719275,
|     "basis_conversion_mix_year": 2023,
|     "basis_conversion_mix_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
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
|     "compute": {
|       "flops": 8.4e+22,
|       "params": 7000000000,
|       "tokens": 2000000000000,
|       "precision": "bf16",
|       "peak_tflops": 989.5,
|       "mfu": 0.4,
|       "device_hours": 58952.33282802761
|     },
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "utilization",
|       "pue",
|       "intensity",
|       "mfu",
|       "precision"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 64,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 700,
|       "unit": "W",
|       "source": "TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)",
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
|       "value": 44.8,
|       "unit": "kW",
|       "source": "",
|       "formula": "64 x 700 W x 1 / 1000"
|     },
|     {
|       "name": "flops",
|       "label": "training compute",
|       "value": 8.4e+22,
|       "unit": "FLOP",
|       "source": "6 x 7 B parameters x 2 T tokens: Scaling Laws for Neural Language Models (arXiv:2001.08361) (Kaplan et al., 2020)",
|       "formula": ""
|     },
|     {
|       "name": "peak_tflops",
|       "label": "peak per device",
|       "value": 989.5,
|       "unit": "TFLOP/s",
|       "source": "bf16 dense (default precision): NVIDIA H100 Tensor Core GPU datasheet (2023)",
|       "formula": ""
|     },
|     {
|       "name": "mfu",
|       "label": "model FLOPs utilization",
|       "value": 0.4,
|       "unit": "",
|       "source": "default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)",
|       "formula": ""
|     },
|     {
|       "name": "device_hours",
|       "label": "device-hours",
|       "value": 58952.33282802761,
|       "unit": "h",
|       "source": "",
|       "formula": "8.4e+22 FLOP / (989.5 TFLOP/s x 0.4 x 3600)"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 921.1302004379314,
|       "unit": "h",
|       "source": "",
|       "formula": "58,952 device-hours / 64 devices"
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 41266.632979619324,
|       "unit": "kWh",
|       "source": "",
|       "formula": "44.8 kW x 921.13 h"
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
|       "value": 44980.62994778507,
|       "unit": "kWh",
|       "source": "",
|       "formula": "41,267 kWh x PUE 1.09"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 431.95,
|       "unit": "gCO2e/kWh",
|       "source": "gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 45.280719280719275,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 477.23071928071926,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "431.95 + 45.281 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 21466.13838368133,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "44,981 kWh x 477.23 g/kWh / 1000"
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
|       "value": 21466.13838368133,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "21,466 - 0"
|     },
|     {
|       "name": "market_co2e_kg",
|       "label": "emissions (market-based, provider CFE)",
|       "value": 2575.936606041759,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "21,466 x (1 - 88% carbon-free energy of Google Cloud)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 610.2930865109404,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "64 devices x 921.13 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 22076.43147019227,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "21,466 + 610.29"
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
|     "The hours follow from the compute at 0.4 MFU of the dense bf16 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.",
|     "The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":44980.62994778507,"it_energy_kwh":41266.632979619324,"co2e_kg":21466.13838368133,"offset_kg":0,"net_co2e_kg":21466.13838368133,"market_co2e_kg":2575.936606041759,"embodied_kg":610.2930865109404,"total_with_embodied_kg":22076.43147019227,"uncertainty":{"method":"interval bounds","co2e_kg_low":9310.353961349412,"co2e_kg_high":34557.44513977965,"energy_kwh_low":21194.54269833249,"energy_kwh_high":68392.56639155578,"factors":[{"name":"mfu","low":0.5,"central":0.4,"high":0.3,"co2e_kg_low":17172.91070694507,"co2e_kg_high":28621.517844908438,"basis":"published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)"},{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":12879.6830302088,"co2e_kg_high":23612.752222049472,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"intensity","low":439.28071928071927,"central":477.23071928071926,"high":505.28071928071927,"co2e_kg_low":19759.123477162888,"co2e_kg_high":22727.8450537167,"basis":"annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"},{"name":"pue","low":1.07,"central":1.09,"high":1.13,"co2e_kg_low":21072.264284898185,"co2e_kg_high":22253.886581247614,"basis":"range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"}]},"inputs":{"hardware":"h100-sxm","hardware_name":"NVIDIA H100 SXM5 80 GB","count":64,"power_w":700,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-h100-datasheet","title":"NVIDIA H100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet","year":2023,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":921.1302004379314,"energy_kwh":null,"region":"gcp:us-central1","region_name":"Iowa","grid":"US-MROW","pue":1.09,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"google-env-report-2026","title":"Google 2026 Environmental Report (2025 data)","publisher":"Google","url":"https://sustainability.google/google-2026-environmental-report","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":477.23071928071926,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"},"intensity_scope":"provider_region","published_intensity_g_per_kwh":431.95,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":45.280719280719275,"basis_conversion_mix_year":2023,"basis_conversion_mix_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":{"flops":8.4e+22,"params":7000000000,"tokens":2000000000000,"precision":"bf16","peak_tflops":989.5,"mfu":0.4,"device_hours":58952.33282802761},"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity","mfu","precision"]},"breakdown":[{"name":"count","label":"devices","value":64,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":700,"unit":"W","source":"TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":44.8,"unit":"kW","source":"","formula":"64 x 700 W x 1 / 1000"},{"name":"flops","label":"training compute","value":8.4e+22,"unit":"FLOP","source":"6 x 7 B parameters x 2 T tokens: Scaling Laws for Neural Language Models (arXiv:2001.08361) (Kaplan et al., 2020)","formula":""},{"name":"peak_tflops","label":"peak per device","value":989.5,"unit":"TFLOP/s","source":"bf16 dense (default precision): NVIDIA H100 Tensor Core GPU datasheet (2023)","formula":""},{"name":"mfu","label":"model FLOPs utilization","value":0.4,"unit":"","source":"default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)","formula":""},{"name":"device_hours","label":"device-hours","value":58952.33282802761,"unit":"h","source":"","formula":"8.4e+22 FLOP / (989.5 TFLOP/s x 0.4 x 3600)"},{"name":"hours","label":"duration","value":921.1302004379314,"unit":"h","source":"","formula":"58,952 device-hours / 64 devices"},{"name":"it_energy_kwh","label":"IT energy","value":41266.632979619324,"unit":"kWh","source":"","formula":"44.8 kW x 921.13 h"},{"name":"pue","label":"PUE","value":1.09,"unit":"","source":"Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":44980.62994778507,"unit":"kWh","source":"","formula":"41,267 kWh x PUE 1.09"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":431.95,"unit":"gCO2e/kWh","source":"gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":45.280719280719275,"unit":"gCO2e/kWh","source":"direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":477.23071928071926,"unit":"gCO2e/kWh","source":"","formula":"431.95 + 45.281 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":21466.13838368133,"unit":"kg CO2e","source":"","formula":"44,981 kWh x 477.23 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":21466.13838368133,"unit":"kg CO2e","source":"","formula":"21,466 - 0"},{"name":"market_co2e_kg","label":"emissions (market-based, provider CFE)","value":2575.936606041759,"unit":"kg CO2e","source":"","formula":"21,466 x (1 - 88% carbon-free energy of Google Cloud)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":610.2930865109404,"unit":"kg CO2e","source":"","formula":"64 devices x 921.13 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":22076.43147019227,"unit":"kg CO2e","source":"","formula":"21,466 + 610.29"}],"provider_claims":[{"text":"Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.","year":2020,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).","year":2022,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.","year":2024,"source":{"key":"google-env-report-2025","title":"Read Google's 10th annual Environmental Report","publisher":"Google","url":"https://blog.google/outreach-initiatives/sustainability/environmental-report-2025","year":2025,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included).","year":2025,"source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","The hours follow from the compute at 0.4 MFU of the dense bf16 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.","The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.","The grid intensity describes 2025: an annual average, not the hours of this run.","The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published)."]}
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,h100-sxm,64,700,hardware,1,921.1302004379314,gcp:us-central1,US-MROW,1.09,provider,477.23071928071926,region,2025,41266.632979619324,44980.62994778507,21466.13838368133,0,21466.13838368133,lifecycle,provider_region,2575.936606041759,610.2930865109404,22076.43147019227,9310.353961349412,34557.44513977965,21194.54269833249,68392.56639155578,
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 64 NVIDIA H100 SXM5 80 GB for 921.13 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W [3], an upper bound on the average draw. The hours follow from the training compute, 8.4e+22 FLOP (6 × 7e+09 parameters × 2e+12 tokens [4]), at the device's dense bf16 peak of 989.5 TFLOP/s [3] and a model FLOPs utilization of 0.4, a typical value [5]: 58,952 device-hours. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025 [6]. The carbon intensity of the grid is 477.23 gCO2e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO2e/kWh on a direct basis [7], plus 45.281 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [8] and per-fuel emission factors [9, 10]. The run used 44,981 kWh of electricity and emitted 21,466 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [11]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [11]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [12]. Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included) [7]. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 2,576 kg CO2e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [13], add 610.29 kg CO2e (22,076 kg CO2e in all). With the MFU, power per device, grid intensity and PUE within their published ranges, the emissions lie between 9,310 and 34,557 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 64 × NVIDIA H100 SXM5 80 GB |  |
| | Power per device | 700 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Training compute | 8.4e+22 FLOP | [4] |
| | Peak throughput | 989.5 TFLOP/s (bf16, dense) | [3] |
| | Model FLOPs utilization | 0.4 | [5] |
| | Device-hours | 58,952 |  |
| | Duration | 921.13 h |  |
| | Location | gcp:us-central1 |  |
| | PUE | 1.09 | [6] |
| | Grid intensity | 477.23 gCO2e/kWh (2025, lifecycle basis) | [7] |
| | Energy | 44,981 kWh |  |
| | Emissions (location-based) | 21,466 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 21,466 kg CO2e |  |
| | Emissions (market-based) | 2,576 kg CO2e |  |
| | Embodied emissions | 610.29 kg CO2e | [13] |
| | Total with embodied | 22,076 kg CO2e |  |
| | Range (location-based) | 9,310 to 34,557 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Kaplan et al. (2020). Scaling Laws for Neural Language Models (arXiv:2001.08361). https://arxiv.org/abs/2001.08361
| 5. Chowdhery et al.; Dubey et al. (2022). PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4. https://arxiv.org/abs/2204.02311
| 6. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 7. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 8. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 9. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 10. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 11. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 12. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 13. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 64 NVIDIA H100 SXM5 80 GB for 921.13 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W~\cite{nvidia-h100-datasheet}, an upper bound on the average draw. The hours follow from the training compute, 8.4e+22 FLOP (6 $\times$ 7e+09 parameters $\times$ 2e+12 tokens~\cite{kaplan2020scaling}), at the device's dense bf16 peak of 989.5 TFLOP/s~\cite{nvidia-h100-datasheet} and a model FLOPs utilization of 0.4, a typical value~\cite{chowdhery2022palm}: 58,952 device-hours. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025~\cite{google-env-report-2026}. The carbon intensity of the grid is 477.23 gCO\textsubscript{2}e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO\textsubscript{2}e/kWh on a direct basis~\cite{google-region-carbon-2025}, plus 45.281 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2023 generation mix~\cite{egrid2023} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 44,981 kWh of electricity and emitted 21,466 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 88\% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 2,576 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 610.29 kg CO\textsubscript{2}e (22,076 kg CO\textsubscript{2}e in all). With the MFU, power per device, grid intensity and PUE within their published ranges, the emissions lie between 9,310 and 34,557 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 64 $\times$ NVIDIA H100 SXM5 80 GB &  \\
| Power per device & 700 W (TDP) & \cite{nvidia-h100-datasheet} \\
| Utilization & 1 &  \\
| Training compute & 8.4e+22 FLOP & \cite{kaplan2020scaling} \\
| Peak throughput & 989.5 TFLOP/s (bf16, dense) & \cite{nvidia-h100-datasheet} \\
| Model FLOPs utilization & 0.4 & \cite{chowdhery2022palm} \\
| Device-hours & 58,952 &  \\
| Duration & 921.13 h &  \\
| Location & gcp:us-central1 &  \\
| PUE & 1.09 & \cite{google-env-report-2026} \\
| Grid intensity & 477.23 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{google-region-carbon-2025} \\
| Energy & 44,981 kWh &  \\
| Emissions (location-based) & 21,466 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 21,466 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 2,576 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 610.29 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 22,076 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 9,310 to 34,557 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --format model-card
| co2_eq_emissions:
|   emissions: 21466138.38
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Council Bluffs, Iowa, US (gcp:us-central1)"
|   hardware_used: "64 x NVIDIA H100 SXM5 80 GB"

# hours from FLOP at a given MFU and precision
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 -v
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 1,968 h in gcp:europe-west4 (Netherlands (Eemshaven, Groningen))
|
|   energy      96,081 kWh (96.081 MWh)  (facility, PUE 1.09 included)
|   emissions   26,407 kg CO2e (26.407 t)  (gross, location-based; grid intensity on a lifecycle basis)
|   net         26,407 kg CO2e (26.407 t)  (after 0 kg CO2e of offsets bought)
|   range       15,554 to 43,552 kg CO2e  (interval bounds; widest factor: power per device)
|   market      4,753 kg CO2e (4.7533 t)  (market-based: the provider's carbon-free share removed)
|   embodied    1,304 kg CO2e (1.3036 t)  (manufacturing, amortised); total with embodied 27,711 kg CO2e (27.711 t)
|
| Breakdown:
|   factor                                     value  unit       source / how it is computed
|   devices                                       64  devices    --count
|   power per device                             700  W          TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   utilization                                    1  of power   default: the full TDP (--utilization not given)
|   IT power                                    44.8  kW         = 64 x 700 W x 1 / 1000
|   training compute                        3.14e+23  FLOP       --flops
|   peak per device                            1,979  TFLOP/s    fp8 dense: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   model FLOPs utilization                     0.35             --mfu
|   device-hours                             125,925  h          = 3.14e+23 FLOP / (1,979 TFLOP/s x 0.35 x 3600)
|   duration                                   1,968  h          = 125,925 device-hours / 64 devices
|   IT energy                                 88,148  kWh        = 44.8 kW x 1,968 h
|   PUE                                         1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                           96,081  kWh        = 88,148 kWh x PUE 1.09
|   published intensity                       194.35  gCO2e/kWh  gcp:europe-west4 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                          80.492  gCO2e/kWh  direct to lifecycle: NL's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                            274.84  gCO2e/kWh  = 194.35 + 80.492 g/kWh (lifecycle basis)
|   emissions (location-based)                26,407  kg CO2e    = 96,081 kWh x 274.84 g/kWh / 1000
|   offsets bought                                 0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                             26,407  kg CO2e    = 26,407 - 0
|   emissions (market-based, provider CFE)     4,753  kg CO2e    = 26,407 x (1 - 82% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                   1,304  kg CO2e    = 64 devices x 1,968 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                       27,711  kg CO2e    = 26,407 + 1,304
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 82% carbon-free energy for gcp:europe-west4 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (15,554 to 43,552 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  15,844 to 29,048  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    274.84  397.49  26,407 to 38,191  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE                 1.07    1.13  25,923 to 27,376  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The hours follow from the compute at 0.35 MFU of the dense fp8 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (82%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of NL (--basis direct for the figure as published).
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 96081.07349390825,
|   "it_energy_kwh": 88147.77384762224,
|   "co2e_kg": 26407.114173397495,
|   "offset_kg": 0,
|   "net_co2e_kg": 26407.114173397495,
|   "market_co2e_kg": 4753.28055121155,
|   "embodied_kg": 1303.6192460165666,
|   "total_with_embodied_kg": 27710.73341941406,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 15553.54798102862,
|     "co2e_kg_high": 43552.27714855019,
|     "energy_kwh_low": 56590.87081017349,
|     "energy_kwh_high": 109567.68289259446,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 15844.268504038502,
|         "co2e_kg_high": 29047.825590737255,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "intensity",
|         "low": 274.84199762892706,
|         "central": 274.84199762892706,
|         "high": 397.4919976289271,
|         "co2e_kg_low": 26407.114173397495,
|         "co2e_kg_high": 38191.45783742535,
|         "basis": "annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"
|       },
|       {
|         "name": "pue",
|         "low": 1.07,
|         "central": 1.09,
|         "high": 1.13,
|         "co2e_kg_low": 25922.57996838103,
|         "co2e_kg_high": 27376.182583430433,
|         "basis": "range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "h100-sxm",
|     "hardware_name": "NVIDIA H100 SXM5 80 GB",
|     "count": 64,
|     "power_w": 700,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-h100-datasheet",
|       "title": "NVIDIA H100 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|       "year": 2023,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 1967.5842376701396,
|     "energy_kwh": null,
|     "region": "gcp:europe-west4",
|     "region_name": "Netherlands",
|     "grid": "NL",
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
|     "intensity_g_per_kwh": 274.84199762892706,
|     "intensity_origin": "region",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "google-region-carbon-2025",
|       "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|       "publisher": "Google",
|       "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|       "year": 2026,
|       "license": "Apache-2.0"
|     },
|     "intensity_scope": "provider_region",
|     "published_intensity_g_per_kwh": 194.35,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 80.49199762892708,
|     "basis_conversion_mix_year": 2025,
|     "basis_conversion_mix_source": {
|       "key": "owid-carbon-intensity",
|       "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|       "publisher": "Our World in Data",
|       "url": "https://github.com/owid/energy-data",
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
|     "cpu_power_origin": null,
|     "cpu_utilization": 1,
|     "memory_gb": 0,
|     "memory_w_per_gb": 0,
|     "overhead_w": 0,
|     "compute": {
|       "flops": 3.14e+23,
|       "params": null,
|       "tokens": null,
|       "precision": "fp8",
|       "peak_tflops": 1979,
|       "mfu": 0.35,
|       "device_hours": 125925.39121088893
|     },
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
|       "value": 64,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 700,
|       "unit": "W",
|       "source": "TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)",
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
|       "value": 44.8,
|       "unit": "kW",
|       "source": "",
|       "formula": "64 x 700 W x 1 / 1000"
|     },
|     {
|       "name": "flops",
|       "label": "training compute",
|       "value": 3.14e+23,
|       "unit": "FLOP",
|       "source": "--flops",
|       "formula": ""
|     },
|     {
|       "name": "peak_tflops",
|       "label": "peak per device",
|       "value": 1979,
|       "unit": "TFLOP/s",
|       "source": "fp8 dense: NVIDIA H100 Tensor Core GPU datasheet (2023)",
|       "formula": ""
|     },
|     {
|       "name": "mfu",
|       "label": "model FLOPs utilization",
|       "value": 0.35,
|       "unit": "",
|       "source": "--mfu",
|       "formula": ""
|     },
|     {
|       "name": "device_hours",
|       "label": "device-hours",
|       "value": 125925.39121088893,
|       "unit": "h",
|       "source": "",
|       "formula": "3.14e+23 FLOP / (1,979 TFLOP/s x 0.35 x 3600)"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 1967.5842376701396,
|       "unit": "h",
|       "source": "",
|       "formula": "125,925 device-hours / 64 devices"
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 88147.77384762224,
|       "unit": "kWh",
|       "source": "",
|       "formula": "44.8 kW x 1,968 h"
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
|       "value": 96081.07349390825,
|       "unit": "kWh",
|       "source": "",
|       "formula": "88,148 kWh x PUE 1.09"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 194.35,
|       "unit": "gCO2e/kWh",
|       "source": "gcp:europe-west4 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 80.49199762892708,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: NL's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 274.84199762892706,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "194.35 + 80.492 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 26407.114173397495,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "96,081 kWh x 274.84 g/kWh / 1000"
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
|       "value": 26407.114173397495,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "26,407 - 0"
|     },
|     {
|       "name": "market_co2e_kg",
|       "label": "emissions (market-based, provider CFE)",
|       "value": 4753.28055121155,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "26,407 x (1 - 82% carbon-free energy of Google Cloud)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 1303.6192460165666,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "64 devices x 1,968 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 27710.73341941406,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "26,407 + 1,304"
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
|       "text": "Google Cloud reports 82% carbon-free energy for gcp:europe-west4 (hourly matching, its own purchases included).",
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
|     "The hours follow from the compute at 0.35 MFU of the dense fp8 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.",
|     "The market-based figure removes Google Cloud's published carbon-free share of the region (82%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of NL (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":96081.07349390825,"it_energy_kwh":88147.77384762224,"co2e_kg":26407.114173397495,"offset_kg":0,"net_co2e_kg":26407.114173397495,"market_co2e_kg":4753.28055121155,"embodied_kg":1303.6192460165666,"total_with_embodied_kg":27710.73341941406,"uncertainty":{"method":"interval bounds","co2e_kg_low":15553.54798102862,"co2e_kg_high":43552.27714855019,"energy_kwh_low":56590.87081017349,"energy_kwh_high":109567.68289259446,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":15844.268504038502,"co2e_kg_high":29047.825590737255,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"intensity","low":274.84199762892706,"central":274.84199762892706,"high":397.4919976289271,"co2e_kg_low":26407.114173397495,"co2e_kg_high":38191.45783742535,"basis":"annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"},{"name":"pue","low":1.07,"central":1.09,"high":1.13,"co2e_kg_low":25922.57996838103,"co2e_kg_high":27376.182583430433,"basis":"range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"}]},"inputs":{"hardware":"h100-sxm","hardware_name":"NVIDIA H100 SXM5 80 GB","count":64,"power_w":700,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-h100-datasheet","title":"NVIDIA H100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet","year":2023,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":1967.5842376701396,"energy_kwh":null,"region":"gcp:europe-west4","region_name":"Netherlands","grid":"NL","pue":1.09,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"google-env-report-2026","title":"Google 2026 Environmental Report (2025 data)","publisher":"Google","url":"https://sustainability.google/google-2026-environmental-report","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":274.84199762892706,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"},"intensity_scope":"provider_region","published_intensity_g_per_kwh":194.35,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":80.49199762892708,"basis_conversion_mix_year":2025,"basis_conversion_mix_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":{"flops":3.14e+23,"params":null,"tokens":null,"precision":"fp8","peak_tflops":1979,"mfu":0.35,"device_hours":125925.39121088893},"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":64,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":700,"unit":"W","source":"TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":44.8,"unit":"kW","source":"","formula":"64 x 700 W x 1 / 1000"},{"name":"flops","label":"training compute","value":3.14e+23,"unit":"FLOP","source":"--flops","formula":""},{"name":"peak_tflops","label":"peak per device","value":1979,"unit":"TFLOP/s","source":"fp8 dense: NVIDIA H100 Tensor Core GPU datasheet (2023)","formula":""},{"name":"mfu","label":"model FLOPs utilization","value":0.35,"unit":"","source":"--mfu","formula":""},{"name":"device_hours","label":"device-hours","value":125925.39121088893,"unit":"h","source":"","formula":"3.14e+23 FLOP / (1,979 TFLOP/s x 0.35 x 3600)"},{"name":"hours","label":"duration","value":1967.5842376701396,"unit":"h","source":"","formula":"125,925 device-hours / 64 devices"},{"name":"it_energy_kwh","label":"IT energy","value":88147.77384762224,"unit":"kWh","source":"","formula":"44.8 kW x 1,968 h"},{"name":"pue","label":"PUE","value":1.09,"unit":"","source":"Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":96081.07349390825,"unit":"kWh","source":"","formula":"88,148 kWh x PUE 1.09"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":194.35,"unit":"gCO2e/kWh","source":"gcp:europe-west4 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":80.49199762892708,"unit":"gCO2e/kWh","source":"direct to lifecycle: NL's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":274.84199762892706,"unit":"gCO2e/kWh","source":"","formula":"194.35 + 80.492 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":26407.114173397495,"unit":"kg CO2e","source":"","formula":"96,081 kWh x 274.84 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":26407.114173397495,"unit":"kg CO2e","source":"","formula":"26,407 - 0"},{"name":"market_co2e_kg","label":"emissions (market-based, provider CFE)","value":4753.28055121155,"unit":"kg CO2e","source":"","formula":"26,407 x (1 - 82% carbon-free energy of Google Cloud)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":1303.6192460165666,"unit":"kg CO2e","source":"","formula":"64 devices x 1,968 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":27710.73341941406,"unit":"kg CO2e","source":"","formula":"26,407 + 1,304"}],"provider_claims":[{"text":"Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.","year":2020,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).","year":2022,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.","year":2024,"source":{"key":"google-env-report-2025","title":"Read Google's 10th annual Environmental Report","publisher":"Google","url":"https://blog.google/outreach-initiatives/sustainability/environmental-report-2025","year":2025,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google Cloud reports 82% carbon-free energy for gcp:europe-west4 (hourly matching, its own purchases included).","year":2025,"source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","The hours follow from the compute at 0.35 MFU of the dense fp8 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.","The market-based figure removes Google Cloud's published carbon-free share of the region (82%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.","The grid intensity describes 2025: an annual average, not the hours of this run.","The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of NL (--basis direct for the figure as published)."]}
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,h100-sxm,64,700,hardware,1,1967.5842376701396,gcp:europe-west4,NL,1.09,provider,274.84199762892706,region,2025,88147.77384762224,96081.07349390825,26407.114173397495,0,26407.114173397495,lifecycle,provider_region,4753.28055121155,1303.6192460165666,27710.73341941406,15553.54798102862,43552.27714855019,56590.87081017349,109567.68289259446,
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 64 NVIDIA H100 SXM5 80 GB for 1,968 h in the Google Cloud region europe-west4 (Netherlands (Eemshaven, Groningen)). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W [3], an upper bound on the average draw. The hours follow from the training compute, 3.14e+23 FLOP (as given), at the device's dense fp8 peak of 1,979 TFLOP/s [3] and a model FLOPs utilization of 0.35: 125,925 device-hours. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025 [4]. The carbon intensity of the grid is 274.84 gCO2e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 194.35 gCO2e/kWh on a direct basis [5], plus 80.492 gCO2e/kWh of upstream emissions from the grid's 2025 generation mix [6] and per-fuel emission factors [7, 8]. The run used 96,081 kWh of electricity and emitted 26,407 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [9]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [9]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [10]. Google Cloud reports 82% carbon-free energy for gcp:europe-west4 (hourly matching, its own purchases included) [5]. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 4,753 kg CO2e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [11], add 1,304 kg CO2e (27,711 kg CO2e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 15,554 and 43,552 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 64 × NVIDIA H100 SXM5 80 GB |  |
| | Power per device | 700 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Training compute | 3.14e+23 FLOP |  |
| | Peak throughput | 1,979 TFLOP/s (fp8, dense) | [3] |
| | Model FLOPs utilization | 0.35 |  |
| | Device-hours | 125,925 |  |
| | Duration | 1,968 h |  |
| | Location | gcp:europe-west4 |  |
| | PUE | 1.09 | [4] |
| | Grid intensity | 274.84 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 96,081 kWh |  |
| | Emissions (location-based) | 26,407 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 26,407 kg CO2e |  |
| | Emissions (market-based) | 4,753 kg CO2e |  |
| | Embodied emissions | 1,304 kg CO2e | [11] |
| | Total with embodied | 27,711 kg CO2e |  |
| | Range (location-based) | 15,554 to 43,552 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 6. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 7. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 8. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 9. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 10. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 11. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 64 NVIDIA H100 SXM5 80 GB for 1,968 h in the Google Cloud region europe-west4 (Netherlands (Eemshaven, Groningen)). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W~\cite{nvidia-h100-datasheet}, an upper bound on the average draw. The hours follow from the training compute, 3.14e+23 FLOP (as given), at the device's dense fp8 peak of 1,979 TFLOP/s~\cite{nvidia-h100-datasheet} and a model FLOPs utilization of 0.35: 125,925 device-hours. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025~\cite{google-env-report-2026}. The carbon intensity of the grid is 274.84 gCO\textsubscript{2}e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 194.35 gCO\textsubscript{2}e/kWh on a direct basis~\cite{google-region-carbon-2025}, plus 80.492 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2025 generation mix~\cite{owid-carbon-intensity} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 96,081 kWh of electricity and emitted 26,407 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 82\% carbon-free energy for gcp:europe-west4 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 4,753 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1,304 kg CO\textsubscript{2}e (27,711 kg CO\textsubscript{2}e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 15,554 and 43,552 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 64 $\times$ NVIDIA H100 SXM5 80 GB &  \\
| Power per device & 700 W (TDP) & \cite{nvidia-h100-datasheet} \\
| Utilization & 1 &  \\
| Training compute & 3.14e+23 FLOP &  \\
| Peak throughput & 1,979 TFLOP/s (fp8, dense) & \cite{nvidia-h100-datasheet} \\
| Model FLOPs utilization & 0.35 &  \\
| Device-hours & 125,925 &  \\
| Duration & 1,968 h &  \\
| Location & gcp:europe-west4 &  \\
| PUE & 1.09 & \cite{google-env-report-2026} \\
| Grid intensity & 274.84 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{google-region-carbon-2025} \\
| Energy & 96,081 kWh &  \\
| Emissions (location-based) & 26,407 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 26,407 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 4,753 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1,304 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 27,711 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 15,554 to 43,552 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g h100 -n 64 --flops 3.14e23 --mfu 0.35 --precision fp8 -r gcp:europe-west4 --format model-card
| co2_eq_emissions:
|   emissions: 26407114.17
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Netherlands (Eemshaven, Groningen), NL (gcp:europe-west4)"
|   hardware_used: "64 x NVIDIA H100 SXM5 80 GB"

# host CPUs by core, memory, overhead, offsets as a mass, a country
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 10 h in country:FR (France)
|
|   energy      8.1719 kWh  (facility, PUE 1.56 included)
|   emissions   0.33864 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0 kg CO2e  (after 1 kg CO2e of offsets bought)
|   range       0.16201 to 0.73954 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 0.44217 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   host CPUs                      0.25  packages   --cpu-cores 16 / 64 cores per package
|   power per CPU                   200  W          TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)
|   CPU utilization                   1  of power   default: the full TDP (--cpu-utilization not given)
|   host memory                      64  GB         --memory-gb
|   memory power                 0.3725  W/GB       Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)
|   fixed overhead                   50  W          --overhead-w
|   IT power                    0.52384  kW         = 1 x 400 W x 1 / 1000 + 0.25 x 200 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000 + 50 W / 1000
|   duration                         10  h          --hours 10
|   IT energy                    5.2384  kWh        = 0.52384 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              8.1719  kWh        = 5.2384 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.33864  kg CO2e    = 8.1719 kWh x 41.44 g/kWh / 1000
|   offsets bought                    1  kg CO2e    --offset-kg
|   net emissions                     0  kg CO2e    = 0.33864 - 1 (not below 0)
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.44217  kg CO2e    = 0.33864 + 0.10352
|
| Range (0.16201 to 0.73954 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54   0.3308 to 0.64182  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1   0.23521 to 0.3645  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.23879 to 0.36252  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The host CPUs are counted at their full TDP (200 W each): an upper bound; give --cpu-utilization.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Offsets exceed the gross emissions by 0.66136 kg; the surplus is not counted.
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 8.171904000000001,
|   "it_energy_kwh": 5.2384,
|   "co2e_kg": 0.3386437017600001,
|   "offset_kg": 1,
|   "net_co2e_kg": 0,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.10352314441758438,
|   "total_with_embodied_kg": 0.44216684617758445,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.1620106752,
|     "co2e_kg_high": 0.7395426931200001,
|     "energy_kwh_low": 4.0022400000000005,
|     "energy_kwh_high": 9.416128,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 0.33079867392000006,
|         "co2e_kg_high": 0.6418213401600003,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.23520946176,
|         "co2e_kg_high": 0.36450226176000006,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.23878722560000004,
|         "co2e_kg_high": 0.36252242432,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
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
|     "hours": 10,
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
|     "offset_kg": 1,
|     "instance": null,
|     "nodes": null,
|     "cpu": "epyc-7702",
|     "cpu_count": 0.25,
|     "cpu_power_w": 200,
|     "cpu_power_origin": "hardware",
|     "cpu_utilization": 1,
|     "memory_gb": 64,
|     "memory_w_per_gb": 0.3725,
|     "overhead_w": 50,
|     "compute": null,
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "count",
|       "utilization",
|       "pue",
|       "intensity",
|       "cpu_utilization"
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
|       "name": "cpu_count",
|       "label": "host CPUs",
|       "value": 0.25,
|       "unit": "packages",
|       "source": "--cpu-cores 16 / 64 cores per package",
|       "formula": ""
|     },
|     {
|       "name": "cpu_power_w",
|       "label": "power per CPU",
|       "value": 200,
|       "unit": "W",
|       "source": "TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)",
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
|       "name": "overhead_w",
|       "label": "fixed overhead",
|       "value": 50,
|       "unit": "W",
|       "source": "--overhead-w",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 0.5238400000000001,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 400 W x 1 / 1000 + 0.25 x 200 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000 + 50 W / 1000"
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
|       "value": 5.2384,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.52384 kW x 10 h"
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
|       "value": 8.171904000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "5.2384 kWh x PUE 1.56"
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
|       "value": 0.3386437017600001,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "8.1719 kWh x 41.44 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 1,
|       "unit": "kg CO2e",
|       "source": "--offset-kg",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 0,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.33864 - 1 (not below 0)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.10352314441758438,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 0.44216684617758445,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.33864 + 0.10352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "The host CPUs are counted at their full TDP (200 W each): an upper bound; give --cpu-utilization.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "Offsets exceed the gross emissions by 0.66136 kg; the surplus is not counted."
|   ]
| }
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":8.171904000000001,"it_energy_kwh":5.2384,"co2e_kg":0.3386437017600001,"offset_kg":1,"net_co2e_kg":0,"market_co2e_kg":null,"embodied_kg":0.10352314441758438,"total_with_embodied_kg":0.44216684617758445,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.1620106752,"co2e_kg_high":0.7395426931200001,"energy_kwh_low":4.0022400000000005,"energy_kwh_high":9.416128,"factors":[{"name":"intensity","low":40.48,"central":41.44,"high":78.54,"co2e_kg_low":0.33079867392000006,"co2e_kg_high":0.6418213401600003,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"},{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":0.23520946176,"co2e_kg_high":0.36450226176000006,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.1,"central":1.56,"high":1.67,"co2e_kg_low":0.23878722560000004,"co2e_kg_high":0.36252242432,"basis":"range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"}]},"inputs":{"hardware":"a100-sxm4-40gb","hardware_name":"NVIDIA A100 SXM4 40 GB","count":1,"power_w":400,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-a100-datasheet","title":"NVIDIA A100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":10,"energy_kwh":null,"region":"country:FR","region_name":"France","grid":"FR","pue":1.56,"pue_origin":"default","pue_year":2024,"pue_source":{"key":"uptime-2024","title":"Uptime Institute Global Data Center Survey 2024","publisher":"Uptime Institute","url":"https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":41.44,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":1,"instance":null,"nodes":null,"cpu":"epyc-7702","cpu_count":0.25,"cpu_power_w":200,"cpu_power_origin":"hardware","cpu_utilization":1,"memory_gb":64,"memory_w_per_gb":0.3725,"overhead_w":50,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["count","utilization","pue","intensity","cpu_utilization"]},"breakdown":[{"name":"count","label":"devices","value":1,"unit":"device","source":"default (--count not given)","formula":""},{"name":"power_w","label":"power per device","value":400,"unit":"W","source":"TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"cpu_count","label":"host CPUs","value":0.25,"unit":"packages","source":"--cpu-cores 16 / 64 cores per package","formula":""},{"name":"cpu_power_w","label":"power per CPU","value":200,"unit":"W","source":"TDP of AMD EPYC 7702: AMD EPYC server processor specifications (2025)","formula":""},{"name":"cpu_utilization","label":"CPU utilization","value":1,"unit":"of power","source":"default: the full TDP (--cpu-utilization not given)","formula":""},{"name":"memory_gb","label":"host memory","value":64,"unit":"GB","source":"--memory-gb","formula":""},{"name":"memory_w_per_gb","label":"memory power","value":0.3725,"unit":"W/GB","source":"Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707) (Lannelongue, Grealey, Inouye, 2021)","formula":""},{"name":"overhead_w","label":"fixed overhead","value":50,"unit":"W","source":"--overhead-w","formula":""},{"name":"it_power_kw","label":"IT power","value":0.5238400000000001,"unit":"kW","source":"","formula":"1 x 400 W x 1 / 1000 + 0.25 x 200 W x 1 / 1000 + 64 GB x 0.3725 W/GB / 1000 + 50 W / 1000"},{"name":"hours","label":"duration","value":10,"unit":"h","source":"--hours 10","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":5.2384,"unit":"kWh","source":"","formula":"0.52384 kW x 10 h"},{"name":"pue","label":"PUE","value":1.56,"unit":"","source":"default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)","formula":""},{"name":"energy_kwh","label":"facility energy","value":8.171904000000001,"unit":"kWh","source":"","formula":"5.2384 kWh x PUE 1.56"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":41.44,"unit":"gCO2e/kWh","source":"France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":0.3386437017600001,"unit":"kg CO2e","source":"","formula":"8.1719 kWh x 41.44 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":1,"unit":"kg CO2e","source":"--offset-kg","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":0,"unit":"kg CO2e","source":"","formula":"0.33864 - 1 (not below 0)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":0.10352314441758438,"unit":"kg CO2e","source":"","formula":"1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":0.44216684617758445,"unit":"kg CO2e","source":"","formula":"0.33864 + 0.10352"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","The host CPUs are counted at their full TDP (200 W each): an upper bound; give --cpu-utilization.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.","The grid intensity describes 2025: an annual average, not the hours of this run.","Offsets exceed the gross emissions by 0.66136 kg; the surplus is not counted."]}
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,5.2384,8.171904000000001,0.3386437017600001,1,0,lifecycle,country,,0.10352314441758438,0.44216684617758445,0.1620106752,0.7395426931200001,4.0022400000000005,9.416128,
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 10 h in France. We estimate its energy as (devices × power per device × utilization + the host's power) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The host CPUs are counted too: 16 cores of the AMD EPYC 7702, each at its TDP over its cores (200 W / 64) [4], at a utilization of 1. Host memory, 64 GB, draws 0.3725 W per GB [5]. A fixed overhead of 50 W is added for the nodes. The PUE is 1.56, the industry average for 2024 [6]. The carbon intensity of the grid is 41.44 gCO2e/kWh on a lifecycle basis, the average of France (national average) for 2025 [7]. The run used 8.1719 kWh of electricity and emitted 0.33864 kg CO2e (location-based). Offsets of 1 kg CO2e were bought, which leaves 0 kg CO2e net. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [8], add 0.10352 kg CO2e (0.44217 kg CO2e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.16201 and 0.73954 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Host CPUs | 0.25 × AMD EPYC 7702 (200 W, utilization 1) | [4] |
| | Host memory | 64 GB at 0.3725 W/GB | [5] |
| | Fixed overhead | 50 W |  |
| | Duration | 10 h |  |
| | Location | country:FR |  |
| | PUE | 1.56 | [6] |
| | Grid intensity | 41.44 gCO2e/kWh (2025, lifecycle basis) | [7] |
| | Energy | 8.1719 kWh |  |
| | Emissions (location-based) | 0.33864 kg CO2e |  |
| | Offsets bought | 1 kg CO2e |  |
| | Net emissions | 0 kg CO2e |  |
| | Embodied emissions | 0.10352 kg CO2e | [8] |
| | Total with embodied | 0.44217 kg CO2e |  |
| | Range (location-based) | 0.16201 to 0.73954 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. AMD (2025). AMD EPYC server processor specifications. https://www.amd.com/en/products/specifications/server-processor.html
| 5. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 6. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 7. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 8. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA A100 SXM4 40 GB for 10 h in France. We estimate its energy as (devices $\times$ power per device $\times$ utilization + the host's power) $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The host CPUs are counted too: 16 cores of the AMD EPYC 7702, each at its TDP over its cores (200 W / 64)~\cite{amd-epyc-specs}, at a utilization of 1. Host memory, 64 GB, draws 0.3725 W per GB~\cite{lannelongue2021green}. A fixed overhead of 50 W is added for the nodes. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 41.44 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of France (national average) for 2025~\cite{owid-carbon-intensity}. The run used 8.1719 kWh of electricity and emitted 0.33864 kg CO\textsubscript{2}e (location-based). Offsets of 1 kg CO\textsubscript{2}e were bought, which leaves 0 kg CO\textsubscript{2}e net. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.10352 kg CO\textsubscript{2}e (0.44217 kg CO\textsubscript{2}e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.16201 and 0.73954 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Host CPUs & 0.25 $\times$ AMD EPYC 7702 (200 W, utilization 1) & \cite{amd-epyc-specs} \\
| Host memory & 64 GB at 0.3725 W/GB & \cite{lannelongue2021green} \\
| Fixed overhead & 50 W &  \\
| Duration & 10 h &  \\
| Location & country:FR &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 41.44 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 8.1719 kWh &  \\
| Emissions (location-based) & 0.33864 kg CO\textsubscript{2}e &  \\
| Offsets bought & 1 kg CO\textsubscript{2}e &  \\
| Net emissions & 0 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.10352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 0.44217 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.16201 to 0.73954 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 --overhead-w 50 -r FR --offset-kg 1 --format model-card
| co2_eq_emissions:
|   emissions: 338.64
|   source: "mlcarbon 0.1.0 estimate: energy = (devices x power per device x utilization + the host's power) x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "France"
|   hardware_used: "1 x NVIDIA A100 SXM4 40 GB"

# a utilization as a percentage, a country by prefix
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE -v
| mlcarbon estimate: 1 x NVIDIA Tesla V100 SXM2 16 GB for 10 h in country:DE (Germany)
|
|   energy      3.744 kWh  (facility, PUE 1.56 included)
|   emissions   1.2342 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         1.2342 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.87028 to 1.6823 kg CO2e  (interval bounds; widest factor: PUE)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 1.3377 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                300  W          TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)
|   utilization                     0.8  of power   --utilization
|   IT power                       0.24  kW         = 1 x 300 W x 0.8 / 1000
|   duration                         10  h          --hours 10
|   IT energy                       2.4  kWh        = 0.24 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy               3.744  kWh        = 2.4 kWh x PUE 1.56
|   grid intensity               329.65  gCO2e/kWh  Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   1.2342  kg CO2e    = 3.744 kWh x 329.65 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                1.2342  kg CO2e    = 1.2342 - 0
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          1.3377  kg CO2e    = 1.2342 + 0.10352
|
| Range (0.87028 to 1.6823 kg CO2e; each factor alone, then all at their ends):
|   factor             low    high            kg CO2e  basis
|   PUE                1.1    1.67  0.87028 to 1.3212  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity  329.65  419.74   1.2342 to 1.5715  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| Assumptions:
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 3.7439999999999998,
|   "it_energy_kwh": 2.4,
|   "co2e_kg": 1.2342096,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.2342096,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.10352314441758438,
|   "total_with_embodied_kg": 1.3377327444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.8702759999999999,
|     "co2e_kg_high": 1.68231792,
|     "energy_kwh_low": 2.64,
|     "energy_kwh_high": 4.008,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.8702759999999999,
|         "co2e_kg_high": 1.3212372,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       },
|       {
|         "name": "intensity",
|         "low": 329.65,
|         "central": 329.65,
|         "high": 419.74,
|         "co2e_kg_low": 1.2342096,
|         "co2e_kg_high": 1.57150656,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
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
|     "utilization": 0.8,
|     "hours": 10,
|     "energy_kwh": null,
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
|       "value": 0.8,
|       "unit": "of power",
|       "source": "--utilization",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 0.24,
|       "unit": "kW",
|       "source": "",
|       "formula": "1 x 300 W x 0.8 / 1000"
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
|       "value": 2.4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.24 kW x 10 h"
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
|       "value": 3.7439999999999998,
|       "unit": "kWh",
|       "source": "",
|       "formula": "2.4 kWh x PUE 1.56"
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
|       "value": 1.2342096,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "3.744 kWh x 329.65 g/kWh / 1000"
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
|       "value": 1.2342096,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.2342 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.10352314441758438,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 1.3377327444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.2342 + 0.10352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":3.7439999999999998,"it_energy_kwh":2.4,"co2e_kg":1.2342096,"offset_kg":0,"net_co2e_kg":1.2342096,"market_co2e_kg":null,"embodied_kg":0.10352314441758438,"total_with_embodied_kg":1.3377327444175844,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.8702759999999999,"co2e_kg_high":1.68231792,"energy_kwh_low":2.64,"energy_kwh_high":4.008,"factors":[{"name":"pue","low":1.1,"central":1.56,"high":1.67,"co2e_kg_low":0.8702759999999999,"co2e_kg_high":1.3212372,"basis":"range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"},{"name":"intensity","low":329.65,"central":329.65,"high":419.74,"co2e_kg_low":1.2342096,"co2e_kg_high":1.57150656,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"}]},"inputs":{"hardware":"v100-sxm2-16gb","hardware_name":"NVIDIA Tesla V100 SXM2 16 GB","count":1,"power_w":300,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-v100-datasheet","title":"NVIDIA Tesla V100 GPU Accelerator datasheet","publisher":"NVIDIA","url":"https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf","year":2018,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":0.8,"hours":10,"energy_kwh":null,"region":"country:DE","region_name":"Germany","grid":"DE","pue":1.56,"pue_origin":"default","pue_year":2024,"pue_source":{"key":"uptime-2024","title":"Uptime Institute Global Data Center Survey 2024","publisher":"Uptime Institute","url":"https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":329.65,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":329.65,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["count","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":1,"unit":"device","source":"default (--count not given)","formula":""},{"name":"power_w","label":"power per device","value":300,"unit":"W","source":"TDP of NVIDIA Tesla V100 SXM2 16 GB: NVIDIA Tesla V100 GPU Accelerator datasheet (2018)","formula":""},{"name":"utilization","label":"utilization","value":0.8,"unit":"of power","source":"--utilization","formula":""},{"name":"it_power_kw","label":"IT power","value":0.24,"unit":"kW","source":"","formula":"1 x 300 W x 0.8 / 1000"},{"name":"hours","label":"duration","value":10,"unit":"h","source":"--hours 10","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":2.4,"unit":"kWh","source":"","formula":"0.24 kW x 10 h"},{"name":"pue","label":"PUE","value":1.56,"unit":"","source":"default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)","formula":""},{"name":"energy_kwh","label":"facility energy","value":3.7439999999999998,"unit":"kWh","source":"","formula":"2.4 kWh x PUE 1.56"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":329.65,"unit":"gCO2e/kWh","source":"Germany (DE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":1.2342096,"unit":"kg CO2e","source":"","formula":"3.744 kWh x 329.65 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":1.2342096,"unit":"kg CO2e","source":"","formula":"1.2342 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":0.10352314441758438,"unit":"kg CO2e","source":"","formula":"1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":1.3377327444175844,"unit":"kg CO2e","source":"","formula":"1.2342 + 0.10352"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[],"notes":["Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.","The grid intensity describes 2025: an annual average, not the hours of this run."]}
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,v100-sxm2-16gb,1,300,hardware,0.8,10,country:DE,DE,1.56,default,329.65,grid,2025,2.4,3.7439999999999998,1.2342096,0,1.2342096,lifecycle,country,,0.10352314441758438,1.3377327444175844,0.8702759999999999,1.68231792,2.64,4.008,
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA Tesla V100 SXM2 16 GB for 10 h in Germany. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA Tesla V100 SXM2 16 GB, 300 W [3], at a utilization of 0.8. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 329.65 gCO2e/kWh on a lifecycle basis, the average of Germany (national average) for 2025 [5]. The run used 3.744 kWh of electricity and emitted 1.2342 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 0.10352 kg CO2e (1.3377 kg CO2e in all). With the PUE and grid intensity within their published ranges, the emissions lie between 0.87028 and 1.6823 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA Tesla V100 SXM2 16 GB |  |
| | Power per device | 300 W (TDP) | [3] |
| | Utilization | 0.8 |  |
| | Duration | 10 h |  |
| | Location | country:DE |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 329.65 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 3.744 kWh |  |
| | Emissions (location-based) | 1.2342 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 1.2342 kg CO2e |  |
| | Embodied emissions | 0.10352 kg CO2e | [6] |
| | Total with embodied | 1.3377 kg CO2e |  |
| | Range (location-based) | 0.87028 to 1.6823 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2018). NVIDIA Tesla V100 GPU Accelerator datasheet. https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA Tesla V100 SXM2 16 GB for 10 h in Germany. We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA Tesla V100 SXM2 16 GB, 300 W~\cite{nvidia-v100-datasheet}, at a utilization of 0.8. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 329.65 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of Germany (national average) for 2025~\cite{owid-carbon-intensity}. The run used 3.744 kWh of electricity and emitted 1.2342 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.10352 kg CO\textsubscript{2}e (1.3377 kg CO\textsubscript{2}e in all). With the PUE and grid intensity within their published ranges, the emissions lie between 0.87028 and 1.6823 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA Tesla V100 SXM2 16 GB &  \\
| Power per device & 300 W (TDP) & \cite{nvidia-v100-datasheet} \\
| Utilization & 0.8 &  \\
| Duration & 10 h &  \\
| Location & country:DE &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 329.65 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 3.744 kWh &  \\
| Emissions (location-based) & 1.2342 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 1.2342 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.10352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 1.3377 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.87028 to 1.6823 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g v100 -u 80% --hours 10 -r country:DE --format model-card
| co2_eq_emissions:
|   emissions: 1234.21
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Germany"
|   hardware_used: "1 x NVIDIA Tesla V100 SXM2 16 GB"

# a measured-average device, device-hours, a stated PUE
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 -v
| mlcarbon estimate: 32 x Google TPU v3 (per chip) for 31.25 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      339.6 kWh  (facility, PUE 1.2 included)
|   emissions   162.07 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         162.07 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       149.18 to 171.59 kg CO2e  (interval bounds; widest factor: grid intensity)
|   market      19.448 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    10.352 kg CO2e  (manufacturing, amortised); total with embodied 172.42 kg CO2e
|
| Breakdown:
|   factor                                   value  unit       source / how it is computed
|   devices                                     32  devices    --count
|   power per device                           283  W          measured average of Google TPU v3 (per chip): Carbon Emissions and Large Neural Network Training (arXiv:2104.10350) (Google and UC Berkeley (Patterson et al.), 2021)
|   utilization                                  1  of power   default: the full TDP (--utilization not given)
|   IT power                                 9.056  kW         = 32 x 283 W x 1 / 1000
|   duration                                 31.25  h          --device-hours 1000 / 32 devices
|   IT energy                                  283  kWh        = 9.056 kW x 31.25 h
|   PUE                                        1.2             --pue
|   facility energy                          339.6  kWh        = 283 kWh x PUE 1.2
|   published intensity                     431.95  gCO2e/kWh  gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                        45.281  gCO2e/kWh  direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                          477.23  gCO2e/kWh  = 431.95 + 45.281 g/kWh (lifecycle basis)
|   emissions (location-based)              162.07  kg CO2e    = 339.6 kWh x 477.23 g/kWh / 1000
|   offsets bought                               0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                           162.07  kg CO2e    = 162.07 - 0
|   emissions (market-based, provider CFE)  19.448  kg CO2e    = 162.07 x (1 - 88% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                10.352  kg CO2e    = 32 devices x 31.25 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                     172.42  kg CO2e    = 162.07 + 10.352
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (149.18 to 171.59 kg CO2e; each factor alone, then all at their ends):
|   factor             low    high           kg CO2e  basis
|   grid intensity  439.28  505.28  149.18 to 171.59  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|
| Assumptions:
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published).
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 339.59999999999997,
|   "it_energy_kwh": 283,
|   "co2e_kg": 162.06755226773225,
|   "offset_kg": 0,
|   "net_co2e_kg": 162.06755226773225,
|   "market_co2e_kg": 19.44810627212787,
|   "embodied_kg": 10.35231444175844,
|   "total_with_embodied_kg": 172.4198667094907,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 149.17973226773225,
|     "co2e_kg_high": 171.59333226773225,
|     "energy_kwh_low": 339.59999999999997,
|     "energy_kwh_high": 339.59999999999997,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 439.28071928071927,
|         "central": 477.23071928071926,
|         "high": 505.28071928071927,
|         "co2e_kg_low": 149.17973226773225,
|         "co2e_kg_high": 171.59333226773225,
|         "basis": "annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "tpu-v3",
|     "hardware_name": "Google TPU v3 (per chip)",
|     "count": 32,
|     "power_w": 283,
|     "power_origin": "hardware",
|     "power_kind": "measured_average",
|     "power_source": {
|       "key": "patterson-2021",
|       "title": "Carbon Emissions and Large Neural Network Training (arXiv:2104.10350)",
|       "publisher": "Google and UC Berkeley (Patterson et al.)",
|       "url": "https://arxiv.org/abs/2104.10350",
|       "year": 2021,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 31.25,
|     "energy_kwh": null,
|     "region": "gcp:us-central1",
|     "region_name": "Iowa",
|     "grid": "US-MROW",
|     "pue": 1.2,
|     "pue_origin": "user",
|     "pue_year": null,
|     "pue_source": null,
|     "intensity_g_per_kwh": 477.23071928071926,
|     "intensity_origin": "region",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "google-region-carbon-2025",
|       "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|       "publisher": "Google",
|       "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|       "year": 2026,
|       "license": "Apache-2.0"
|     },
|     "intensity_scope": "provider_region",
|     "published_intensity_g_per_kwh": 431.95,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 45.280719280719275,
|     "basis_conversion_mix_year": 2023,
|     "basis_conversion_mix_source": {
|       "key": "egrid2023",
|       "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|       "publisher": "US Environmental Protection Agency",
|       "url": "https://www.epa.gov/egrid",
|       "year": 2025,
|       "license": "public domain (US government work)"
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
|       "intensity"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 32,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 283,
|       "unit": "W",
|       "source": "measured average of Google TPU v3 (per chip): Carbon Emissions and Large Neural Network Training (arXiv:2104.10350) (Google and UC Berkeley (Patterson et al.), 2021)",
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
|       "value": 9.056,
|       "unit": "kW",
|       "source": "",
|       "formula": "32 x 283 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 31.25,
|       "unit": "h",
|       "source": "--device-hours 1000 / 32 devices",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 283,
|       "unit": "kWh",
|       "source": "",
|       "formula": "9.056 kW x 31.25 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.2,
|       "unit": "",
|       "source": "--pue",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 339.59999999999997,
|       "unit": "kWh",
|       "source": "",
|       "formula": "283 kWh x PUE 1.2"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 431.95,
|       "unit": "gCO2e/kWh",
|       "source": "gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 45.280719280719275,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 477.23071928071926,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "431.95 + 45.281 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 162.06755226773225,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "339.6 kWh x 477.23 g/kWh / 1000"
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
|       "value": 162.06755226773225,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "162.07 - 0"
|     },
|     {
|       "name": "market_co2e_kg",
|       "label": "emissions (market-based, provider CFE)",
|       "value": 19.44810627212787,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "162.07 x (1 - 88% carbon-free energy of Google Cloud)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 10.35231444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "32 devices x 31.25 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 172.4198667094907,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "162.07 + 10.352"
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
|     "The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":339.59999999999997,"it_energy_kwh":283,"co2e_kg":162.06755226773225,"offset_kg":0,"net_co2e_kg":162.06755226773225,"market_co2e_kg":19.44810627212787,"embodied_kg":10.35231444175844,"total_with_embodied_kg":172.4198667094907,"uncertainty":{"method":"interval bounds","co2e_kg_low":149.17973226773225,"co2e_kg_high":171.59333226773225,"energy_kwh_low":339.59999999999997,"energy_kwh_high":339.59999999999997,"factors":[{"name":"intensity","low":439.28071928071927,"central":477.23071928071926,"high":505.28071928071927,"co2e_kg_low":149.17973226773225,"co2e_kg_high":171.59333226773225,"basis":"annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"}]},"inputs":{"hardware":"tpu-v3","hardware_name":"Google TPU v3 (per chip)","count":32,"power_w":283,"power_origin":"hardware","power_kind":"measured_average","power_source":{"key":"patterson-2021","title":"Carbon Emissions and Large Neural Network Training (arXiv:2104.10350)","publisher":"Google and UC Berkeley (Patterson et al.)","url":"https://arxiv.org/abs/2104.10350","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":31.25,"energy_kwh":null,"region":"gcp:us-central1","region_name":"Iowa","grid":"US-MROW","pue":1.2,"pue_origin":"user","pue_year":null,"pue_source":null,"intensity_g_per_kwh":477.23071928071926,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"},"intensity_scope":"provider_region","published_intensity_g_per_kwh":431.95,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":45.280719280719275,"basis_conversion_mix_year":2023,"basis_conversion_mix_source":{"key":"egrid2023","title":"eGRID2023 (revision 2): subregion output emission rates and resource mix","publisher":"US Environmental Protection Agency","url":"https://www.epa.gov/egrid","year":2025,"license":"public domain (US government work)"},"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","intensity"]},"breakdown":[{"name":"count","label":"devices","value":32,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":283,"unit":"W","source":"measured average of Google TPU v3 (per chip): Carbon Emissions and Large Neural Network Training (arXiv:2104.10350) (Google and UC Berkeley (Patterson et al.), 2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":9.056,"unit":"kW","source":"","formula":"32 x 283 W x 1 / 1000"},{"name":"hours","label":"duration","value":31.25,"unit":"h","source":"--device-hours 1000 / 32 devices","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":283,"unit":"kWh","source":"","formula":"9.056 kW x 31.25 h"},{"name":"pue","label":"PUE","value":1.2,"unit":"","source":"--pue","formula":""},{"name":"energy_kwh","label":"facility energy","value":339.59999999999997,"unit":"kWh","source":"","formula":"283 kWh x PUE 1.2"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":431.95,"unit":"gCO2e/kWh","source":"gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":45.280719280719275,"unit":"gCO2e/kWh","source":"direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":477.23071928071926,"unit":"gCO2e/kWh","source":"","formula":"431.95 + 45.281 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":162.06755226773225,"unit":"kg CO2e","source":"","formula":"339.6 kWh x 477.23 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":162.06755226773225,"unit":"kg CO2e","source":"","formula":"162.07 - 0"},{"name":"market_co2e_kg","label":"emissions (market-based, provider CFE)","value":19.44810627212787,"unit":"kg CO2e","source":"","formula":"162.07 x (1 - 88% carbon-free energy of Google Cloud)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":10.35231444175844,"unit":"kg CO2e","source":"","formula":"32 devices x 31.25 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":172.4198667094907,"unit":"kg CO2e","source":"","formula":"162.07 + 10.352"}],"provider_claims":[{"text":"Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.","year":2020,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).","year":2022,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.","year":2024,"source":{"key":"google-env-report-2025","title":"Read Google's 10th annual Environmental Report","publisher":"Google","url":"https://blog.google/outreach-initiatives/sustainability/environmental-report-2025","year":2025,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included).","year":2025,"source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"}}],"equivalents":[],"compat":null,"settings":[],"notes":["The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","The grid intensity describes 2025: an annual average, not the hours of this run.","The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published)."]}
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,tpu-v3,32,283,hardware,1,31.25,gcp:us-central1,US-MROW,1.2,user,477.23071928071926,region,2025,283,339.59999999999997,162.06755226773225,0,162.06755226773225,lifecycle,provider_region,19.44810627212787,10.35231444175844,172.4198667094907,149.17973226773225,171.59333226773225,339.59999999999997,339.59999999999997,
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 32 Google TPU v3 (per chip) for 31.25 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the published measured average of the Google TPU v3 (per chip), 283 W [3]. We assume a PUE of 1.2. The carbon intensity of the grid is 477.23 gCO2e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO2e/kWh on a direct basis [4], plus 45.281 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [5] and per-fuel emission factors [6, 7]. The run used 339.6 kWh of electricity and emitted 162.07 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [8]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [8]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [9]. Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included) [4]. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 19.448 kg CO2e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [10], add 10.352 kg CO2e (172.42 kg CO2e in all). With the grid intensity within their published ranges, the emissions lie between 149.18 and 171.59 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 32 × Google TPU v3 (per chip) |  |
| | Power per device | 283 W (measured average) | [3] |
| | Utilization | 1 |  |
| | Duration | 31.25 h |  |
| | Location | gcp:us-central1 |  |
| | PUE | 1.2 |  |
| | Grid intensity | 477.23 gCO2e/kWh (2025, lifecycle basis) | [4] |
| | Energy | 339.6 kWh |  |
| | Emissions (location-based) | 162.07 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 162.07 kg CO2e |  |
| | Emissions (market-based) | 19.448 kg CO2e |  |
| | Embodied emissions | 10.352 kg CO2e | [10] |
| | Total with embodied | 172.42 kg CO2e |  |
| | Range (location-based) | 149.18 to 171.59 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Google and UC Berkeley (Patterson et al.) (2021). Carbon Emissions and Large Neural Network Training (arXiv:2104.10350). https://arxiv.org/abs/2104.10350
| 4. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 5. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 6. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 7. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 8. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 9. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 10. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 32 Google TPU v3 (per chip) for 31.25 h in the Google Cloud region us-central1 (Council Bluffs, Iowa). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the published measured average of the Google TPU v3 (per chip), 283 W~\cite{patterson-2021}. We assume a PUE of 1.2. The carbon intensity of the grid is 477.23 gCO\textsubscript{2}e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 431.95 gCO\textsubscript{2}e/kWh on a direct basis~\cite{google-region-carbon-2025}, plus 45.281 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2023 generation mix~\cite{egrid2023} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 339.6 kWh of electricity and emitted 162.07 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 88\% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 19.448 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 10.352 kg CO\textsubscript{2}e (172.42 kg CO\textsubscript{2}e in all). With the grid intensity within their published ranges, the emissions lie between 149.18 and 171.59 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 32 $\times$ Google TPU v3 (per chip) &  \\
| Power per device & 283 W (measured average) & \cite{patterson-2021} \\
| Utilization & 1 &  \\
| Duration & 31.25 h &  \\
| Location & gcp:us-central1 &  \\
| PUE & 1.2 &  \\
| Grid intensity & 477.23 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{google-region-carbon-2025} \\
| Energy & 339.6 kWh &  \\
| Emissions (location-based) & 162.07 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 162.07 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 19.448 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 10.352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 172.42 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 149.18 to 171.59 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g tpu-v3 -n 32 --device-hours 1000 -r gcp:us-central1 --pue 1.2 --format model-card
| co2_eq_emissions:
|   emissions: 162067.55
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Council Bluffs, Iowa, US (gcp:us-central1)"
|   hardware_used: "32 x Google TPU v3 (per chip)"

# an intensity replacing a region's (no market-based figure then)
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 1 h in gcp:europe-west1 (Belgium (St. Ghislain))
|
|   energy      0.436 kWh  (facility, PUE 1.09 included)
|   emissions   0.0436 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.0436 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.02568 to 0.04972 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.010352 kg CO2e  (manufacturing, amortised); total with embodied 0.053952 kg CO2e
|
| Breakdown:
|   factor                         value  unit       source / how it is computed
|   devices                            1  device     default (--count not given)
|   power per device                 400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                        1  of power   default: the full TDP (--utilization not given)
|   IT power                         0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                           1  h          --hours 1
|   IT energy                        0.4  kWh        = 0.4 kW x 1 h
|   PUE                             1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                0.436  kWh        = 0.4 kWh x PUE 1.09
|   grid intensity                   100  gCO2e/kWh  --intensity (taken as lifecycle basis)
|   emissions (location-based)    0.0436  kg CO2e    = 0.436 kWh x 100 g/kWh / 1000
|   offsets bought                     0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                 0.0436  kg CO2e    = 0.0436 - 0
|   embodied (manufacturing)    0.010352  kg CO2e    = 1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.053952  kg CO2e    = 0.0436 + 0.010352
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (0.02568 to 0.04972 kg CO2e; each factor alone, then all at their ends):
|   factor             low  high             kg CO2e  basis
|   power per device   0.6   1.1  0.02616 to 0.04796  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE               1.07  1.13    0.0428 to 0.0452  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - --intensity replaces the 192.97 g/kWh (2025, lifecycle basis) of gcp:europe-west1.
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 0.43600000000000005,
|   "it_energy_kwh": 0.4,
|   "co2e_kg": 0.04360000000000001,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.04360000000000001,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.010352314441758438,
|   "total_with_embodied_kg": 0.053952314441758444,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.025680000000000005,
|     "co2e_kg_high": 0.04972000000000001,
|     "energy_kwh_low": 0.25680000000000003,
|     "energy_kwh_high": 0.49720000000000003,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.02616,
|         "co2e_kg_high": 0.04796000000000001,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.07,
|         "central": 1.09,
|         "high": 1.13,
|         "co2e_kg_low": 0.042800000000000005,
|         "co2e_kg_high": 0.0452,
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
|     "hours": 1,
|     "energy_kwh": null,
|     "region": "gcp:europe-west1",
|     "region_name": "Belgium",
|     "grid": "BE",
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
|     "intensity_g_per_kwh": 100,
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
|       "value": 1,
|       "unit": "h",
|       "source": "--hours 1",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 0.4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 1 h"
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
|       "value": 0.43600000000000005,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kWh x PUE 1.09"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 100,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 0.04360000000000001,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.436 kWh x 100 g/kWh / 1000"
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
|       "value": 0.04360000000000001,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.0436 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.010352314441758438,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 0.053952314441758444,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.0436 + 0.010352"
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
|       "text": "Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included).",
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
|     "--intensity replaces the 192.97 g/kWh (2025, lifecycle basis) of gcp:europe-west1."
|   ]
| }
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":0.43600000000000005,"it_energy_kwh":0.4,"co2e_kg":0.04360000000000001,"offset_kg":0,"net_co2e_kg":0.04360000000000001,"market_co2e_kg":null,"embodied_kg":0.010352314441758438,"total_with_embodied_kg":0.053952314441758444,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.025680000000000005,"co2e_kg_high":0.04972000000000001,"energy_kwh_low":0.25680000000000003,"energy_kwh_high":0.49720000000000003,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":0.02616,"co2e_kg_high":0.04796000000000001,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.07,"central":1.09,"high":1.13,"co2e_kg_low":0.042800000000000005,"co2e_kg_high":0.0452,"basis":"range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"}]},"inputs":{"hardware":"a100-sxm4-40gb","hardware_name":"NVIDIA A100 SXM4 40 GB","count":1,"power_w":400,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-a100-datasheet","title":"NVIDIA A100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":1,"energy_kwh":null,"region":"gcp:europe-west1","region_name":"Belgium","grid":"BE","pue":1.09,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"google-env-report-2026","title":"Google 2026 Environmental Report (2025 data)","publisher":"Google","url":"https://sustainability.google/google-2026-environmental-report","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":100,"intensity_origin":"user","intensity_year":null,"intensity_basis":"lifecycle","intensity_source":null,"intensity_scope":null,"published_intensity_g_per_kwh":null,"published_intensity_basis":null,"basis_conversion_g_per_kwh":null,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["count","utilization","pue"]},"breakdown":[{"name":"count","label":"devices","value":1,"unit":"device","source":"default (--count not given)","formula":""},{"name":"power_w","label":"power per device","value":400,"unit":"W","source":"TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":0.4,"unit":"kW","source":"","formula":"1 x 400 W x 1 / 1000"},{"name":"hours","label":"duration","value":1,"unit":"h","source":"--hours 1","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":0.4,"unit":"kWh","source":"","formula":"0.4 kW x 1 h"},{"name":"pue","label":"PUE","value":1.09,"unit":"","source":"Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":0.43600000000000005,"unit":"kWh","source":"","formula":"0.4 kWh x PUE 1.09"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":100,"unit":"gCO2e/kWh","source":"--intensity (taken as lifecycle basis)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":0.04360000000000001,"unit":"kg CO2e","source":"","formula":"0.436 kWh x 100 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":0.04360000000000001,"unit":"kg CO2e","source":"","formula":"0.0436 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":0.010352314441758438,"unit":"kg CO2e","source":"","formula":"1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":0.053952314441758444,"unit":"kg CO2e","source":"","formula":"0.0436 + 0.010352"}],"provider_claims":[{"text":"Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.","year":2020,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).","year":2022,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.","year":2024,"source":{"key":"google-env-report-2025","title":"Read Google's 10th annual Environmental Report","publisher":"Google","url":"https://blog.google/outreach-initiatives/sustainability/environmental-report-2025","year":2025,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included).","year":2025,"source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.","--intensity replaces the 192.97 g/kWh (2025, lifecycle basis) of gcp:europe-west1."]}
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,1,gcp:europe-west1,BE,1.09,provider,100,user,,0.4,0.43600000000000005,0.04360000000000001,0,0.04360000000000001,lifecycle,,,0.010352314441758438,0.053952314441758444,0.025680000000000005,0.04972000000000001,0.25680000000000003,0.49720000000000003,
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in the Google Cloud region europe-west1 (Belgium (St. Ghislain)). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025 [4]. The carbon intensity of the grid is 100 gCO2e/kWh (given; lifecycle basis). The run used 0.436 kWh of electricity and emitted 0.0436 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [5]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [5]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [6]. Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included) [7]. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [8], add 0.010352 kg CO2e (0.053952 kg CO2e in all). With the power per device and PUE within their published ranges, the emissions lie between 0.02568 and 0.04972 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 1 h |  |
| | Location | gcp:europe-west1 |  |
| | PUE | 1.09 | [4] |
| | Grid intensity | 100 gCO2e/kWh (lifecycle basis) |  |
| | Energy | 0.436 kWh |  |
| | Emissions (location-based) | 0.0436 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 0.0436 kg CO2e |  |
| | Embodied emissions | 0.010352 kg CO2e | [8] |
| | Total with embodied | 0.053952 kg CO2e |  |
| | Range (location-based) | 0.02568 to 0.04972 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 5. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 6. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 7. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 8. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in the Google Cloud region europe-west1 (Belgium (St. Ghislain)). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025~\cite{google-env-report-2026}. The carbon intensity of the grid is 100 gCO\textsubscript{2}e/kWh (given; lifecycle basis). The run used 0.436 kWh of electricity and emitted 0.0436 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 79\% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.010352 kg CO\textsubscript{2}e (0.053952 kg CO\textsubscript{2}e in all). With the power per device and PUE within their published ranges, the emissions lie between 0.02568 and 0.04972 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Duration & 1 h &  \\
| Location & gcp:europe-west1 &  \\
| PUE & 1.09 & \cite{google-env-report-2026} \\
| Grid intensity & 100 gCO\textsubscript{2}e/kWh (lifecycle basis) &  \\
| Energy & 0.436 kWh &  \\
| Emissions (location-based) & 0.0436 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 0.0436 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.010352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 0.053952 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.02568 to 0.04972 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g a100 --hours 1 -r gcp:europe-west1 --intensity 100 --format model-card
| co2_eq_emissions:
|   emissions: 43.6
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Belgium (St. Ghislain), BE (gcp:europe-west1)"
|   hardware_used: "1 x NVIDIA A100 SXM4 40 GB"

# offsets beyond the gross emissions
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 1 h in country:SE (Sweden)
|
|   energy      0.624 kWh  (facility, PUE 1.56 included)
|   emissions   0.022002 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0 kg CO2e  (after 1,000,000 kg CO2e of offsets bought)
|   range       0.0092162 to 0.030671 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    0.010352 kg CO2e  (manufacturing, amortised); total with embodied 0.032355 kg CO2e
|
| Breakdown:
|   factor                          value  unit       source / how it is computed
|   devices                             1  device     default (--count not given)
|   power per device                  400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                         1  of power   default: the full TDP (--utilization not given)
|   IT power                          0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                            1  h          --hours 1
|   IT energy                         0.4  kWh        = 0.4 kW x 1 h
|   PUE                              1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy                 0.624  kWh        = 0.4 kWh x PUE 1.56
|   grid intensity                  35.26  gCO2e/kWh  Sweden (SE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)   0.022002  kg CO2e    = 0.624 kWh x 35.26 g/kWh / 1000
|   offsets bought              1,000,000  kg CO2e    --offset-kg
|   net emissions                       0  kg CO2e    = 0.022002 - 1,000,000 (not below 0)
|   embodied (manufacturing)     0.010352  kg CO2e    = 1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          0.032355  kg CO2e    = 0.022002 + 0.010352
|
| Range (0.0092162 to 0.030671 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high               kg CO2e  basis
|   power per device    0.6    1.1  0.013201 to 0.024202  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.015514 to 0.023554  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|   grid intensity    34.91  41.74  0.021784 to 0.026046  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Offsets exceed the gross emissions by 1,000,000 kg; the surplus is not counted.
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 0.6240000000000001,
|   "it_energy_kwh": 0.4,
|   "co2e_kg": 0.022002240000000003,
|   "offset_kg": 1000000,
|   "net_co2e_kg": 0,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.010352314441758438,
|   "total_with_embodied_kg": 0.03235455444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.009216239999999999,
|     "co2e_kg_high": 0.030670552000000007,
|     "energy_kwh_low": 0.264,
|     "energy_kwh_high": 0.7348000000000001,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.013201343999999999,
|         "co2e_kg_high": 0.024202464000000003,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.015514400000000001,
|         "co2e_kg_high": 0.02355368,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       },
|       {
|         "name": "intensity",
|         "low": 34.91,
|         "central": 35.26,
|         "high": 41.74,
|         "co2e_kg_low": 0.021783840000000002,
|         "co2e_kg_high": 0.026045760000000005,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
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
|     "hours": 1,
|     "energy_kwh": null,
|     "region": "country:SE",
|     "region_name": "Sweden",
|     "grid": "SE",
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
|     "intensity_g_per_kwh": 35.26,
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
|     "published_intensity_g_per_kwh": 35.26,
|     "published_intensity_basis": "lifecycle",
|     "basis_conversion_g_per_kwh": 0,
|     "basis_conversion_mix_year": null,
|     "basis_conversion_mix_source": null,
|     "offset_percent": null,
|     "offset_kg": 1000000,
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
|       "value": 1,
|       "unit": "h",
|       "source": "--hours 1",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 0.4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 1 h"
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
|       "value": 0.6240000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 35.26,
|       "unit": "gCO2e/kWh",
|       "source": "Sweden (SE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 0.022002240000000003,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.624 kWh x 35.26 g/kWh / 1000"
|     },
|     {
|       "name": "offset_kg",
|       "label": "offsets bought",
|       "value": 1000000,
|       "unit": "kg CO2e",
|       "source": "--offset-kg",
|       "formula": ""
|     },
|     {
|       "name": "net_co2e_kg",
|       "label": "net emissions",
|       "value": 0,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.022002 - 1,000,000 (not below 0)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.010352314441758438,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 0.03235455444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.022002 + 0.010352"
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
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "Offsets exceed the gross emissions by 1,000,000 kg; the surplus is not counted."
|   ]
| }
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":0.6240000000000001,"it_energy_kwh":0.4,"co2e_kg":0.022002240000000003,"offset_kg":1000000,"net_co2e_kg":0,"market_co2e_kg":null,"embodied_kg":0.010352314441758438,"total_with_embodied_kg":0.03235455444175844,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.009216239999999999,"co2e_kg_high":0.030670552000000007,"energy_kwh_low":0.264,"energy_kwh_high":0.7348000000000001,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":0.013201343999999999,"co2e_kg_high":0.024202464000000003,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.1,"central":1.56,"high":1.67,"co2e_kg_low":0.015514400000000001,"co2e_kg_high":0.02355368,"basis":"range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"},{"name":"intensity","low":34.91,"central":35.26,"high":41.74,"co2e_kg_low":0.021783840000000002,"co2e_kg_high":0.026045760000000005,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"}]},"inputs":{"hardware":"a100-sxm4-40gb","hardware_name":"NVIDIA A100 SXM4 40 GB","count":1,"power_w":400,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-a100-datasheet","title":"NVIDIA A100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf","year":2021,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":1,"energy_kwh":null,"region":"country:SE","region_name":"Sweden","grid":"SE","pue":1.56,"pue_origin":"default","pue_year":2024,"pue_source":{"key":"uptime-2024","title":"Uptime Institute Global Data Center Survey 2024","publisher":"Uptime Institute","url":"https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":35.26,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":35.26,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":1000000,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["count","utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":1,"unit":"device","source":"default (--count not given)","formula":""},{"name":"power_w","label":"power per device","value":400,"unit":"W","source":"TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":0.4,"unit":"kW","source":"","formula":"1 x 400 W x 1 / 1000"},{"name":"hours","label":"duration","value":1,"unit":"h","source":"--hours 1","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":0.4,"unit":"kWh","source":"","formula":"0.4 kW x 1 h"},{"name":"pue","label":"PUE","value":1.56,"unit":"","source":"default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)","formula":""},{"name":"energy_kwh","label":"facility energy","value":0.6240000000000001,"unit":"kWh","source":"","formula":"0.4 kWh x PUE 1.56"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":35.26,"unit":"gCO2e/kWh","source":"Sweden (SE, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":0.022002240000000003,"unit":"kg CO2e","source":"","formula":"0.624 kWh x 35.26 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":1000000,"unit":"kg CO2e","source":"--offset-kg","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":0,"unit":"kg CO2e","source":"","formula":"0.022002 - 1,000,000 (not below 0)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":0.010352314441758438,"unit":"kg CO2e","source":"","formula":"1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":0.03235455444175844,"unit":"kg CO2e","source":"","formula":"0.022002 + 0.010352"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.","The grid intensity describes 2025: an annual average, not the hours of this run.","Offsets exceed the gross emissions by 1,000,000 kg; the surplus is not counted."]}
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,1,country:SE,SE,1.56,default,35.26,grid,2025,0.4,0.6240000000000001,0.022002240000000003,1000000,0,lifecycle,country,,0.010352314441758438,0.03235455444175844,0.009216239999999999,0.030670552000000007,0.264,0.7348000000000001,
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in Sweden. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 35.26 gCO2e/kWh on a lifecycle basis, the average of Sweden (national average) for 2025 [5]. The run used 0.624 kWh of electricity and emitted 0.022002 kg CO2e (location-based). Offsets of 1,000,000 kg CO2e were bought, which leaves 0 kg CO2e net. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 0.010352 kg CO2e (0.032355 kg CO2e in all). With the power per device, PUE and grid intensity within their published ranges, the emissions lie between 0.0092162 and 0.030671 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 1 h |  |
| | Location | country:SE |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 35.26 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 0.624 kWh |  |
| | Emissions (location-based) | 0.022002 kg CO2e |  |
| | Offsets bought | 1,000,000 kg CO2e |  |
| | Net emissions | 0 kg CO2e |  |
| | Embodied emissions | 0.010352 kg CO2e | [6] |
| | Total with embodied | 0.032355 kg CO2e |  |
| | Range (location-based) | 0.0092162 to 0.030671 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in Sweden. We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 35.26 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of Sweden (national average) for 2025~\cite{owid-carbon-intensity}. The run used 0.624 kWh of electricity and emitted 0.022002 kg CO\textsubscript{2}e (location-based). Offsets of 1,000,000 kg CO\textsubscript{2}e were bought, which leaves 0 kg CO\textsubscript{2}e net. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.010352 kg CO\textsubscript{2}e (0.032355 kg CO\textsubscript{2}e in all). With the power per device, PUE and grid intensity within their published ranges, the emissions lie between 0.0092162 and 0.030671 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Duration & 1 h &  \\
| Location & country:SE &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 35.26 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 0.624 kWh &  \\
| Emissions (location-based) & 0.022002 kg CO\textsubscript{2}e &  \\
| Offsets bought & 1,000,000 kg CO\textsubscript{2}e &  \\
| Net emissions & 0 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.010352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 0.032355 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.0092162 to 0.030671 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g a100 --hours 1 -r SE --offset-kg 1000000 --format model-card
| co2_eq_emissions:
|   emissions: 22
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Sweden"
|   hardware_used: "1 x NVIDIA A100 SXM4 40 GB"

# a host CPU by package count with utilization, a Google Cloud region with a CFE share
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 -v
| mlcarbon estimate: 8 x NVIDIA H100 SXM5 80 GB for 100 h in gcp:europe-west1 (Belgium (St. Ghislain))
|
|   energy      648.55 kWh  (facility, PUE 1.09 included)
|   emissions   125.15 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         125.15 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       67.45 to 141.96 kg CO2e  (interval bounds; widest factor: power per device)
|   market      26.282 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    8.2819 kg CO2e  (manufacturing, amortised); total with embodied 133.43 kg CO2e
|
| Breakdown:
|   factor                                   value  unit       source / how it is computed
|   devices                                      8  devices    --count
|   power per device                           700  W          TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   utilization                                  1  of power   default: the full TDP (--utilization not given)
|   host CPUs                                    2  packages   --cpu-count
|   power per CPU                              350  W          TDP of Intel Xeon Platinum 8480+: Intel ARK: Intel Xeon processor specifications (2025)
|   CPU utilization                            0.5  of power   --cpu-utilization
|   IT power                                  5.95  kW         = 8 x 700 W x 1 / 1000 + 2 x 350 W x 0.5 / 1000
|   duration                                   100  h          --hours 100
|   IT energy                                  595  kWh        = 5.95 kW x 100 h
|   PUE                                       1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                         648.55  kWh        = 595 kWh x PUE 1.09
|   published intensity                     126.43  gCO2e/kWh  gcp:europe-west1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                        66.543  gCO2e/kWh  direct to lifecycle: BE's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                          192.97  gCO2e/kWh  = 126.43 + 66.543 g/kWh (lifecycle basis)
|   emissions (location-based)              125.15  kg CO2e    = 648.55 kWh x 192.97 g/kWh / 1000
|   offsets bought                               0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                           125.15  kg CO2e    = 125.15 - 0
|   emissions (market-based, provider CFE)  26.282  kg CO2e    = 125.15 x (1 - 79% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                8.2819  kg CO2e    = 8 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                     133.43  kg CO2e    = 125.15 + 8.2819
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (67.45 to 141.96 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1  78.036 to 136.93  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    169.91  192.97   110.2 to 125.15  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE                 1.07    1.13  122.86 to 129.75  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (79%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of BE (--basis direct for the figure as published).
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 648.55,
|   "it_energy_kwh": 594.9999999999999,
|   "co2e_kg": 125.15246769220744,
|   "offset_kg": 0,
|   "net_co2e_kg": 125.15246769220744,
|   "market_co2e_kg": 26.282018215363557,
|   "embodied_kg": 8.281851553406751,
|   "total_with_embodied_kg": 133.43431924561418,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 67.45025866265607,
|     "co2e_kg_high": 141.95653351078343,
|     "energy_kwh_low": 396.97,
|     "energy_kwh_high": 735.6300000000001,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 78.03624456102347,
|         "co2e_kg_high": 136.93152347500347,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "intensity",
|         "low": 169.91273562903007,
|         "central": 192.97273562903007,
|         "high": 192.97273562903007,
|         "co2e_kg_low": 110.19690469220745,
|         "co2e_kg_high": 125.15246769220744,
|         "basis": "annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"
|       },
|       {
|         "name": "pue",
|         "low": 1.07,
|         "central": 1.09,
|         "high": 1.13,
|         "co2e_kg_low": 122.85609213822197,
|         "co2e_kg_high": 129.74521880017832,
|         "basis": "range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "h100-sxm",
|     "hardware_name": "NVIDIA H100 SXM5 80 GB",
|     "count": 8,
|     "power_w": 700,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-h100-datasheet",
|       "title": "NVIDIA H100 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|       "year": 2023,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 100,
|     "energy_kwh": null,
|     "region": "gcp:europe-west1",
|     "region_name": "Belgium",
|     "grid": "BE",
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
|     "intensity_g_per_kwh": 192.97273562903007,
|     "intensity_origin": "region",
|     "intensity_year": 2025,
|     "intensity_basis": "lifecycle",
|     "intensity_source": {
|       "key": "google-region-carbon-2025",
|       "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|       "publisher": "Google",
|       "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|       "year": 2026,
|       "license": "Apache-2.0"
|     },
|     "intensity_scope": "provider_region",
|     "published_intensity_g_per_kwh": 126.43,
|     "published_intensity_basis": "direct",
|     "basis_conversion_g_per_kwh": 66.54273562903005,
|     "basis_conversion_mix_year": 2025,
|     "basis_conversion_mix_source": {
|       "key": "owid-carbon-intensity",
|       "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|       "publisher": "Our World in Data",
|       "url": "https://github.com/owid/energy-data",
|       "year": 2026,
|       "license": "CC BY 4.0"
|     },
|     "offset_percent": null,
|     "offset_kg": null,
|     "instance": null,
|     "nodes": null,
|     "cpu": "xeon-platinum-8480-plus",
|     "cpu_count": 2,
|     "cpu_power_w": 350,
|     "cpu_power_origin": "hardware",
|     "cpu_utilization": 0.5,
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
|       "value": 700,
|       "unit": "W",
|       "source": "TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)",
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
|       "value": 350,
|       "unit": "W",
|       "source": "TDP of Intel Xeon Platinum 8480+: Intel ARK: Intel Xeon processor specifications (2025)",
|       "formula": ""
|     },
|     {
|       "name": "cpu_utilization",
|       "label": "CPU utilization",
|       "value": 0.5,
|       "unit": "of power",
|       "source": "--cpu-utilization",
|       "formula": ""
|     },
|     {
|       "name": "it_power_kw",
|       "label": "IT power",
|       "value": 5.949999999999999,
|       "unit": "kW",
|       "source": "",
|       "formula": "8 x 700 W x 1 / 1000 + 2 x 350 W x 0.5 / 1000"
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
|       "value": 594.9999999999999,
|       "unit": "kWh",
|       "source": "",
|       "formula": "5.95 kW x 100 h"
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
|       "value": 648.55,
|       "unit": "kWh",
|       "source": "",
|       "formula": "595 kWh x PUE 1.09"
|     },
|     {
|       "name": "published_intensity_g_per_kwh",
|       "label": "published intensity",
|       "value": 126.43,
|       "unit": "gCO2e/kWh",
|       "source": "gcp:europe-west1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)",
|       "formula": ""
|     },
|     {
|       "name": "basis_conversion_g_per_kwh",
|       "label": "basis conversion",
|       "value": 66.54273562903005,
|       "unit": "gCO2e/kWh",
|       "source": "direct to lifecycle: BE's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 192.97273562903007,
|       "unit": "gCO2e/kWh",
|       "source": "",
|       "formula": "126.43 + 66.543 g/kWh (lifecycle basis)"
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 125.15246769220744,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "648.55 kWh x 192.97 g/kWh / 1000"
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
|       "value": 125.15246769220744,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "125.15 - 0"
|     },
|     {
|       "name": "market_co2e_kg",
|       "label": "emissions (market-based, provider CFE)",
|       "value": 26.282018215363557,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "125.15 x (1 - 79% carbon-free energy of Google Cloud)"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 8.281851553406751,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "8 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 133.43431924561418,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "125.15 + 8.2819"
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
|       "text": "Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included).",
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
|     "The market-based figure removes Google Cloud's published carbon-free share of the region (79%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of BE (--basis direct for the figure as published)."
|   ]
| }
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":648.55,"it_energy_kwh":594.9999999999999,"co2e_kg":125.15246769220744,"offset_kg":0,"net_co2e_kg":125.15246769220744,"market_co2e_kg":26.282018215363557,"embodied_kg":8.281851553406751,"total_with_embodied_kg":133.43431924561418,"uncertainty":{"method":"interval bounds","co2e_kg_low":67.45025866265607,"co2e_kg_high":141.95653351078343,"energy_kwh_low":396.97,"energy_kwh_high":735.6300000000001,"factors":[{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":78.03624456102347,"co2e_kg_high":136.93152347500347,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"intensity","low":169.91273562903007,"central":192.97273562903007,"high":192.97273562903007,"co2e_kg_low":110.19690469220745,"co2e_kg_high":125.15246769220744,"basis":"annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"},{"name":"pue","low":1.07,"central":1.09,"high":1.13,"co2e_kg_low":122.85609213822197,"co2e_kg_high":129.74521880017832,"basis":"range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)"}]},"inputs":{"hardware":"h100-sxm","hardware_name":"NVIDIA H100 SXM5 80 GB","count":8,"power_w":700,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-h100-datasheet","title":"NVIDIA H100 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet","year":2023,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":100,"energy_kwh":null,"region":"gcp:europe-west1","region_name":"Belgium","grid":"BE","pue":1.09,"pue_origin":"provider","pue_year":2025,"pue_source":{"key":"google-env-report-2026","title":"Google 2026 Environmental Report (2025 data)","publisher":"Google","url":"https://sustainability.google/google-2026-environmental-report","year":2026,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":192.97273562903007,"intensity_origin":"region","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"},"intensity_scope":"provider_region","published_intensity_g_per_kwh":126.43,"published_intensity_basis":"direct","basis_conversion_g_per_kwh":66.54273562903005,"basis_conversion_mix_year":2025,"basis_conversion_mix_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":"xeon-platinum-8480-plus","cpu_count":2,"cpu_power_w":350,"cpu_power_origin":"hardware","cpu_utilization":0.5,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":8,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":700,"unit":"W","source":"TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"cpu_count","label":"host CPUs","value":2,"unit":"packages","source":"--cpu-count","formula":""},{"name":"cpu_power_w","label":"power per CPU","value":350,"unit":"W","source":"TDP of Intel Xeon Platinum 8480+: Intel ARK: Intel Xeon processor specifications (2025)","formula":""},{"name":"cpu_utilization","label":"CPU utilization","value":0.5,"unit":"of power","source":"--cpu-utilization","formula":""},{"name":"it_power_kw","label":"IT power","value":5.949999999999999,"unit":"kW","source":"","formula":"8 x 700 W x 1 / 1000 + 2 x 350 W x 0.5 / 1000"},{"name":"hours","label":"duration","value":100,"unit":"h","source":"--hours 100","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":594.9999999999999,"unit":"kWh","source":"","formula":"5.95 kW x 100 h"},{"name":"pue","label":"PUE","value":1.09,"unit":"","source":"Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)","formula":""},{"name":"energy_kwh","label":"facility energy","value":648.55,"unit":"kWh","source":"","formula":"595 kWh x PUE 1.09"},{"name":"published_intensity_g_per_kwh","label":"published intensity","value":126.43,"unit":"gCO2e/kWh","source":"gcp:europe-west1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)","formula":""},{"name":"basis_conversion_g_per_kwh","label":"basis conversion","value":66.54273562903005,"unit":"gCO2e/kWh","source":"direct to lifecycle: BE's 2025 generation mix x per-fuel factors (lifecycle - direct): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)","formula":""},{"name":"intensity_g_per_kwh","label":"grid intensity","value":192.97273562903007,"unit":"gCO2e/kWh","source":"","formula":"126.43 + 66.543 g/kWh (lifecycle basis)"},{"name":"co2e_kg","label":"emissions (location-based)","value":125.15246769220744,"unit":"kg CO2e","source":"","formula":"648.55 kWh x 192.97 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":125.15246769220744,"unit":"kg CO2e","source":"","formula":"125.15 - 0"},{"name":"market_co2e_kg","label":"emissions (market-based, provider CFE)","value":26.282018215363557,"unit":"kg CO2e","source":"","formula":"125.15 x (1 - 79% carbon-free energy of Google Cloud)"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":8.281851553406751,"unit":"kg CO2e","source":"","formula":"8 devices x 100 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":133.43431924561418,"unit":"kg CO2e","source":"","formula":"125.15 + 8.2819"}],"provider_claims":[{"text":"Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030.","year":2020,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based).","year":2022,"source":{"key":"google-clean-energy","title":"Google data centers: 24/7 carbon-free energy","publisher":"Google","url":"https://www.google.com/about/datacenters/cleanenergy/","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values.","year":2024,"source":{"key":"google-env-report-2025","title":"Read Google's 10th annual Environmental Report","publisher":"Google","url":"https://blog.google/outreach-initiatives/sustainability/environmental-report-2025","year":2025,"license":"none stated; the figure is cited as a fact, with attribution"}},{"text":"Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included).","year":2025,"source":{"key":"google-region-carbon-2025","title":"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data","publisher":"Google","url":"https://github.com/GoogleCloudPlatform/region-carbon-info","year":2026,"license":"Apache-2.0"}}],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","The market-based figure removes Google Cloud's published carbon-free share of the region (79%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.","The grid intensity describes 2025: an annual average, not the hours of this run.","The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of BE (--basis direct for the figure as published)."]}
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,h100-sxm,8,700,hardware,1,100,gcp:europe-west1,BE,1.09,provider,192.97273562903007,region,2025,594.9999999999999,648.55,125.15246769220744,0,125.15246769220744,lifecycle,provider_region,26.282018215363557,8.281851553406751,133.43431924561418,67.45025866265607,141.95653351078343,396.97,735.6300000000001,
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 8 NVIDIA H100 SXM5 80 GB for 100 h in the Google Cloud region europe-west1 (Belgium (St. Ghislain)). We estimate its energy as (devices × power per device × utilization + the host's power) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W [3], an upper bound on the average draw. The host CPUs are counted too: 2 × Intel Xeon Platinum 8480+ at 350 W TDP [4], at a utilization of 0.5. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025 [5]. The carbon intensity of the grid is 192.97 gCO2e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 126.43 gCO2e/kWh on a direct basis [6], plus 66.543 gCO2e/kWh of upstream emissions from the grid's 2025 generation mix [7] and per-fuel emission factors [8, 9]. The run used 648.55 kWh of electricity and emitted 125.15 kg CO2e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030 [10]. Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based) [10]. Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values [11]. Google Cloud reports 79% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included) [6]. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 26.282 kg CO2e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [12], add 8.2819 kg CO2e (133.43 kg CO2e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 67.45 and 141.96 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 8 × NVIDIA H100 SXM5 80 GB |  |
| | Power per device | 700 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Host CPUs | 2 × Intel Xeon Platinum 8480+ (350 W, utilization 0.5) | [4] |
| | Duration | 100 h |  |
| | Location | gcp:europe-west1 |  |
| | PUE | 1.09 | [5] |
| | Grid intensity | 192.97 gCO2e/kWh (2025, lifecycle basis) | [6] |
| | Energy | 648.55 kWh |  |
| | Emissions (location-based) | 125.15 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 125.15 kg CO2e |  |
| | Emissions (market-based) | 26.282 kg CO2e |  |
| | Embodied emissions | 8.2819 kg CO2e | [12] |
| | Total with embodied | 133.43 kg CO2e |  |
| | Range (location-based) | 67.45 to 141.96 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA H100 Tensor Core GPU datasheet. https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| 4. Intel (2025). Intel ARK: Intel Xeon processor specifications. https://ark.intel.com/content/www/us/en/ark.html
| 5. Google (2026). Google 2026 Environmental Report (2025 data). https://sustainability.google/google-2026-environmental-report
| 6. Google (2026). Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data. https://github.com/GoogleCloudPlatform/region-carbon-info
| 7. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 8. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 9. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 10. Google (2024). Google data centers: 24/7 carbon-free energy. https://www.google.com/about/datacenters/cleanenergy/
| 11. Google (2025). Read Google's 10th annual Environmental Report. https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
| 12. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 8 NVIDIA H100 SXM5 80 GB for 100 h in the Google Cloud region europe-west1 (Belgium (St. Ghislain)). We estimate its energy as (devices $\times$ power per device $\times$ utilization + the host's power) $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA H100 SXM5 80 GB, 700 W~\cite{nvidia-h100-datasheet}, an upper bound on the average draw. The host CPUs are counted too: 2 $\times$ Intel Xeon Platinum 8480+ at 350 W TDP~\cite{intel-ark}, at a utilization of 0.5. The PUE is 1.09, the global fleet average (annual) of Google Cloud for 2025~\cite{google-env-report-2026}. The carbon intensity of the grid is 192.97 gCO\textsubscript{2}e/kWh on a lifecycle basis: the figure Google Cloud publishes for the region for 2025, 126.43 gCO\textsubscript{2}e/kWh on a direct basis~\cite{google-region-carbon-2025}, plus 66.543 gCO\textsubscript{2}e/kWh of upstream emissions from the grid's 2025 generation mix~\cite{owid-carbon-intensity} and per-fuel emission factors~\cite{ipcc-ar5-annex3,electricity-maps-oil-factors}. The run used 648.55 kWh of electricity and emitted 125.15 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030~\cite{google-clean-energy}. Google says it matched 100\% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based)~\cite{google-clean-energy}. Google reports that carbon-free energy covered 66\% of its electricity use on an hourly basis in 2024 (64\% in 2023); per-region shares are the regions' cfe values~\cite{google-env-report-2025}. Google Cloud reports 79\% carbon-free energy for gcp:europe-west1 (hourly matching, its own purchases included)~\cite{google-region-carbon-2025}. Such provider statements are market-based and are not subtracted here. Market-based, after Google Cloud's carbon-free share of the region, the emissions would be 26.282 kg CO\textsubscript{2}e. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 8.2819 kg CO\textsubscript{2}e (133.43 kg CO\textsubscript{2}e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 67.45 and 141.96 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 8 $\times$ NVIDIA H100 SXM5 80 GB &  \\
| Power per device & 700 W (TDP) & \cite{nvidia-h100-datasheet} \\
| Utilization & 1 &  \\
| Host CPUs & 2 $\times$ Intel Xeon Platinum 8480+ (350 W, utilization 0.5) & \cite{intel-ark} \\
| Duration & 100 h &  \\
| Location & gcp:europe-west1 &  \\
| PUE & 1.09 & \cite{google-env-report-2026} \\
| Grid intensity & 192.97 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{google-region-carbon-2025} \\
| Energy & 648.55 kWh &  \\
| Emissions (location-based) & 125.15 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 125.15 kg CO\textsubscript{2}e &  \\
| Emissions (market-based) & 26.282 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 8.2819 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 133.43 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 67.45 to 141.96 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g h100 -n 8 --hours 100 --cpu xeon-platinum-8480 --cpu-count 2 --cpu-utilization 0.5 -r gcp:europe-west1 --format model-card
| co2_eq_emissions:
|   emissions: 125152.47
|   source: "mlcarbon 0.1.0 estimate: energy = (devices x power per device x utilization + the host's power) x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "Belgium (St. Ghislain), BE (gcp:europe-west1)"
|   hardware_used: "8 x NVIDIA H100 SXM5 80 GB"

# a country by name and a region with an alias
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France -v
| mlcarbon estimate: 4 x NVIDIA L4 for 30 h in country:FR (France)
|
|   energy      13.478 kWh  (facility, PUE 1.56 included)
|   emissions   0.55854 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.55854 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.23083 to 1.2466 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    1.2423 kg CO2e  (manufacturing, amortised); total with embodied 1.8008 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           4  devices    --count
|   power per device                 72  W          TDP of NVIDIA L4: NVIDIA L4 Tensor Core GPU datasheet (2023)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                      0.288  kW         = 4 x 72 W x 1 / 1000
|   duration                         30  h          --hours 30
|   IT energy                      8.64  kWh        = 0.288 kW x 30 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy              13.478  kWh        = 8.64 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.55854  kg CO2e    = 13.478 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.55854  kg CO2e    = 0.55854 - 0
|   embodied (manufacturing)     1.2423  kg CO2e    = 4 devices x 30 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied          1.8008  kg CO2e    = 0.55854 + 1.2423
|
| Range (0.23083 to 1.2466 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54   0.54561 to 1.0586  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1   0.33513 to 0.6144  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.39385 to 0.59793  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 13.478399999999999,
|   "it_energy_kwh": 8.639999999999999,
|   "co2e_kg": 0.5585448959999999,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.5585448959999999,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.2422777330110126,
|   "total_with_embodied_kg": 1.8008226290110125,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.23083315199999999,
|     "co2e_kg_high": 1.2465617472000001,
|     "energy_kwh_low": 5.7024,
|     "energy_kwh_high": 15.871680000000001,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 0.5456056319999999,
|         "co2e_kg_high": 1.058593536,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.33512693759999995,
|         "co2e_kg_high": 0.6143993856000001,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.39384576,
|         "co2e_kg_high": 0.5979294719999998,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": "l4",
|     "hardware_name": "NVIDIA L4",
|     "count": 4,
|     "power_w": 72,
|     "power_origin": "hardware",
|     "power_kind": "tdp",
|     "power_source": {
|       "key": "nvidia-l4-datasheet",
|       "title": "NVIDIA L4 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652",
|       "year": 2023,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "utilization": 1,
|     "hours": 30,
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
|       "utilization",
|       "pue",
|       "intensity"
|     ]
|   },
|   "breakdown": [
|     {
|       "name": "count",
|       "label": "devices",
|       "value": 4,
|       "unit": "devices",
|       "source": "--count",
|       "formula": ""
|     },
|     {
|       "name": "power_w",
|       "label": "power per device",
|       "value": 72,
|       "unit": "W",
|       "source": "TDP of NVIDIA L4: NVIDIA L4 Tensor Core GPU datasheet (2023)",
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
|       "value": 0.288,
|       "unit": "kW",
|       "source": "",
|       "formula": "4 x 72 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 30,
|       "unit": "h",
|       "source": "--hours 30",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 8.639999999999999,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.288 kW x 30 h"
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
|       "value": 13.478399999999999,
|       "unit": "kWh",
|       "source": "",
|       "formula": "8.64 kWh x PUE 1.56"
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
|       "value": 0.5585448959999999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "13.478 kWh x 41.44 g/kWh / 1000"
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
|       "value": 0.5585448959999999,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.55854 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 1.2422777330110126,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4 devices x 30 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 1.8008226290110125,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.55854 + 1.2423"
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
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":13.478399999999999,"it_energy_kwh":8.639999999999999,"co2e_kg":0.5585448959999999,"offset_kg":0,"net_co2e_kg":0.5585448959999999,"market_co2e_kg":null,"embodied_kg":1.2422777330110126,"total_with_embodied_kg":1.8008226290110125,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.23083315199999999,"co2e_kg_high":1.2465617472000001,"energy_kwh_low":5.7024,"energy_kwh_high":15.871680000000001,"factors":[{"name":"intensity","low":40.48,"central":41.44,"high":78.54,"co2e_kg_low":0.5456056319999999,"co2e_kg_high":1.058593536,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"},{"name":"power","low":0.6,"central":1,"high":1.1,"co2e_kg_low":0.33512693759999995,"co2e_kg_high":0.6143993856000001,"basis":"average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"},{"name":"pue","low":1.1,"central":1.56,"high":1.67,"co2e_kg_low":0.39384576,"co2e_kg_high":0.5979294719999998,"basis":"range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"}]},"inputs":{"hardware":"l4","hardware_name":"NVIDIA L4","count":4,"power_w":72,"power_origin":"hardware","power_kind":"tdp","power_source":{"key":"nvidia-l4-datasheet","title":"NVIDIA L4 Tensor Core GPU datasheet","publisher":"NVIDIA","url":"https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652","year":2023,"license":"none stated; the figure is cited as a fact, with attribution"},"utilization":1,"hours":30,"energy_kwh":null,"region":"country:FR","region_name":"France","grid":"FR","pue":1.56,"pue_origin":"default","pue_year":2024,"pue_source":{"key":"uptime-2024","title":"Uptime Institute Global Data Center Survey 2024","publisher":"Uptime Institute","url":"https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf","year":2024,"license":"none stated; the figure is cited as a fact, with attribution"},"intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":41.44,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":462.5,"lifetime_hours":44676,"defaults":["utilization","pue","intensity"]},"breakdown":[{"name":"count","label":"devices","value":4,"unit":"devices","source":"--count","formula":""},{"name":"power_w","label":"power per device","value":72,"unit":"W","source":"TDP of NVIDIA L4: NVIDIA L4 Tensor Core GPU datasheet (2023)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"default: the full TDP (--utilization not given)","formula":""},{"name":"it_power_kw","label":"IT power","value":0.288,"unit":"kW","source":"","formula":"4 x 72 W x 1 / 1000"},{"name":"hours","label":"duration","value":30,"unit":"h","source":"--hours 30","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":8.639999999999999,"unit":"kWh","source":"","formula":"0.288 kW x 30 h"},{"name":"pue","label":"PUE","value":1.56,"unit":"","source":"default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)","formula":""},{"name":"energy_kwh","label":"facility energy","value":13.478399999999999,"unit":"kWh","source":"","formula":"8.64 kWh x PUE 1.56"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":41.44,"unit":"gCO2e/kWh","source":"France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":0.5585448959999999,"unit":"kg CO2e","source":"","formula":"13.478 kWh x 41.44 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":0.5585448959999999,"unit":"kg CO2e","source":"","formula":"0.55854 - 0"},{"name":"embodied_kg","label":"embodied (manufacturing)","value":1.2422777330110126,"unit":"kg CO2e","source":"","formula":"4 devices x 30 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"},{"name":"total_with_embodied_kg","label":"total with embodied","value":1.8008226290110125,"unit":"kg CO2e","source":"","formula":"0.55854 + 1.2423"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[],"notes":["Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.","Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.","PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.","The grid intensity describes 2025: an annual average, not the hours of this run."]}
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,l4,4,72,hardware,1,30,country:FR,FR,1.56,default,41.44,grid,2025,8.639999999999999,13.478399999999999,0.5585448959999999,0,0.5585448959999999,lifecycle,country,,1.2422777330110126,1.8008226290110125,0.23083315199999999,1.2465617472000001,5.7024,15.871680000000001,
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 4 NVIDIA L4 for 30 h in France. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA L4, 72 W [3], an upper bound on the average draw. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 41.44 gCO2e/kWh on a lifecycle basis, the average of France (national average) for 2025 [5]. The run used 13.478 kWh of electricity and emitted 0.55854 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 1.2423 kg CO2e (1.8008 kg CO2e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.23083 and 1.2466 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 4 × NVIDIA L4 |  |
| | Power per device | 72 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 30 h |  |
| | Location | country:FR |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 41.44 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 13.478 kWh |  |
| | Emissions (location-based) | 0.55854 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 0.55854 kg CO2e |  |
| | Embodied emissions | 1.2423 kg CO2e | [6] |
| | Total with embodied | 1.8008 kg CO2e |  |
| | Range (location-based) | 0.23083 to 1.2466 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2023). NVIDIA L4 Tensor Core GPU datasheet. https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format latex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 4 NVIDIA L4 for 30 h in France. We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA L4, 72 W~\cite{nvidia-l4-datasheet}, an upper bound on the average draw. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 41.44 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of France (national average) for 2025~\cite{owid-carbon-intensity}. The run used 13.478 kWh of electricity and emitted 0.55854 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1.2423 kg CO\textsubscript{2}e (1.8008 kg CO\textsubscript{2}e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.23083 and 1.2466 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 4 $\times$ NVIDIA L4 &  \\
| Power per device & 72 W (TDP) & \cite{nvidia-l4-datasheet} \\
| Utilization & 1 &  \\
| Duration & 30 h &  \\
| Location & country:FR &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 41.44 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 13.478 kWh &  \\
| Emissions (location-based) & 0.55854 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 0.55854 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1.2423 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 1.8008 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.23083 to 1.2466 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon estimate -g l4 -n 4 --hours 30 -r France --format model-card
| co2_eq_emissions:
|   emissions: 558.54
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "France"
|   hardware_used: "4 x NVIDIA L4"

# Equivalents, in the formats that show them
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r azure:westeurope --equivalents
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in azure:westeurope (West Europe (Netherlands (North Holland)))
|
|   energy      89.856 kWh  (facility, PUE 1.17 included)
|   emissions   22.784 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         22.784 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       13.402 to 38.06 kg CO2e  (interval bounds; widest factor: power per device)
|   embodied    1.9876 kg CO2e  (manufacturing, amortised); total with embodied 24.772 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   power per device               400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                      1  of power   default: the full TDP (--utilization not given)
|   IT power                       3.2  kW         = 8 x 400 W x 1 / 1000
|   duration                        24  h          --hours 24
|   IT energy                     76.8  kWh        = 3.2 kW x 24 h
|   PUE                           1.17             Microsoft Azure PUE, fleet average, measured, fiscal year July 2024 - June 2025, 2025: Measuring energy and water efficiency for Microsoft datacenters (2025)
|   facility energy             89.856  kWh        = 76.8 kWh x PUE 1.17
|   grid intensity              253.56  gCO2e/kWh  azure:westeurope grid NL (Netherlands, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  22.784  kg CO2e    = 89.856 kWh x 253.56 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               22.784  kg CO2e    = 22.784 - 0
|   embodied (manufacturing)    1.9876  kg CO2e    = 8 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         24.772  kg CO2e    = 22.784 + 1.9876
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Microsoft says it matched 100% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based. [2025; Microsoft achieves its 100% renewable electricity goal (ESG Investing, 2026)]
|   - Microsoft's stated goal for 2030: 100% of its electricity use, 100% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0). [2021; Microsoft announces new 100/100/0 commitment by 2030 (Environmental Leader, 2021)]
|
| Range (13.402 to 38.06 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   power per device     0.6     1.1   13.67 to 25.062  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    250.72  351.97  22.529 to 31.627  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   PUE                 1.16    1.28  22.589 to 24.926  range across sites: Measuring energy and water efficiency for Microsoft datacenters (2025)
|
| Equivalents of the gross emissions (22.784 kg CO2e):
|    93.301  km driven by an average passenger car                 Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
|    306.44  passenger-km on a short-haul flight (economy)         Greenhouse gas reporting: conversion factors 2025 (UK Department for Energy Security and Net Zero, 2025)
|    328.96  passenger-km on a long-haul flight (economy)          Greenhouse gas reporting: conversion factors 2025 (UK Department for Energy Security and Net Zero, 2025)
|   0.37973  tree seedlings grown for 10 years (CO2 they take up)  Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
|     1,837  smartphone charges                                    Greenhouse Gas Equivalencies Calculator: Calculations and References (U.S. Environmental Protection Agency, 2024)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.17 is the fleet average, measured, fiscal year July 2024 - June 2025 of Microsoft Azure for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Microsoft Azure publishes no per-region intensity: azure:westeurope uses the national average (Netherlands, NL).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r azure:westeurope --equivalents --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 89.85600000000001,
|   "it_energy_kwh": 76.80000000000001,
|   "co2e_kg": 22.78388736,
|   "offset_kg": 0,
|   "net_co2e_kg": 22.78388736,
|   "market_co2e_kg": null,
|   "embodied_kg": 1.9876443728176203,
|   "total_with_embodied_kg": 24.77153173281762,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 13.401686016,
|     "co2e_kg_high": 38.06006476800001,
|     "energy_kwh_low": 53.452799999999996,
|     "energy_kwh_high": 108.13440000000003,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 13.670332415999999,
|         "co2e_kg_high": 25.062276096000005,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "intensity",
|         "low": 250.72,
|         "central": 253.56,
|         "high": 351.97,
|         "co2e_kg_low": 22.52869632,
|         "co2e_kg_high": 31.626616320000004,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "pue",
|         "low": 1.16,
|         "central": 1.17,
|         "high": 1.28,
|         "co2e_kg_low": 22.58915328,
|         "co2e_kg_high": 24.925962240000004,
|         "basis": "range across sites: Measuring energy and water efficiency for Microsoft datacenters (2025)"
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
|     "hours": 24,
|     "energy_kwh": null,
|     "region": "azure:westeurope",
|     "region_name": "West Europe",
|     "grid": "NL",
|     "pue": 1.17,
|     "pue_origin": "provider",
|     "pue_year": 2025,
|     "pue_source": {
|       "key": "microsoft-pue-fy25",
|       "title": "Measuring energy and water efficiency for Microsoft datacenters",
|       "publisher": "Microsoft",
|       "url": "https://datacenters.microsoft.com/sustainability/efficiency/",
|       "year": 2025,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     },
|     "intensity_g_per_kwh": 253.56,
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
|     "published_intensity_g_per_kwh": 253.56,
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
|       "value": 1.17,
|       "unit": "",
|       "source": "Microsoft Azure PUE, fleet average, measured, fiscal year July 2024 - June 2025, 2025: Measuring energy and water efficiency for Microsoft datacenters (2025)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 89.85600000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "76.8 kWh x PUE 1.17"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 253.56,
|       "unit": "gCO2e/kWh",
|       "source": "azure:westeurope grid NL (Netherlands, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 22.78388736,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "89.856 kWh x 253.56 g/kWh / 1000"
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
|       "value": 22.78388736,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "22.784 - 0"
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
|       "value": 24.77153173281762,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "22.784 + 1.9876"
|     }
|   ],
|   "provider_claims": [
|     {
|       "text": "Microsoft says it matched 100% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based.",
|       "year": 2025,
|       "source": {
|         "key": "microsoft-renewable-2025",
|         "title": "Microsoft achieves its 100% renewable electricity goal",
|         "publisher": "ESG Investing",
|         "url": "https://esg-investing.com/2026/02/18/microsoft-achieves-its-100-renewable-electricity-goal",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "text": "Microsoft's stated goal for 2030: 100% of its electricity use, 100% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0).",
|       "year": 2021,
|       "source": {
|         "key": "microsoft-100-100-0-2021",
|         "title": "Microsoft announces new 100/100/0 commitment by 2030",
|         "publisher": "Environmental Leader",
|         "url": "https://www.environmentalleader.com/2021/07/microsoft-announces-new-100-100-0-commitment-by-2030/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     }
|   ],
|   "equivalents": [
|     {
|       "id": "car_km",
|       "label": "km driven by an average passenger car",
|       "value": 93.30054050761284,
|       "kg_co2e_per_unit": 0.24419887854927225,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     },
|     {
|       "id": "flight_km_short_haul",
|       "label": "passenger-km on a short-haul flight (economy)",
|       "value": 306.44098668459986,
|       "kg_co2e_per_unit": 0.07435,
|       "source": {
|         "key": "desnz-conversion-factors-2025",
|         "title": "Greenhouse gas reporting: conversion factors 2025",
|         "publisher": "UK Department for Energy Security and Net Zero",
|         "url": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
|         "year": 2025,
|         "license": "Open Government Licence v3.0"
|       }
|     },
|     {
|       "id": "flight_km_long_haul",
|       "label": "passenger-km on a long-haul flight (economy)",
|       "value": 328.9617002598903,
|       "kg_co2e_per_unit": 0.06926,
|       "source": {
|         "key": "desnz-conversion-factors-2025",
|         "title": "Greenhouse gas reporting: conversion factors 2025",
|         "publisher": "UK Department for Energy Security and Net Zero",
|         "url": "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
|         "year": 2025,
|         "license": "Open Government Licence v3.0"
|       }
|     },
|     {
|       "id": "tree_seedlings_10y",
|       "label": "tree seedlings grown for 10 years (CO2 they take up)",
|       "value": 0.379731456,
|       "kg_co2e_per_unit": 60,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     },
|     {
|       "id": "smartphone_charges",
|       "label": "smartphone charges",
|       "value": 1837.410270967742,
|       "kg_co2e_per_unit": 0.0124,
|       "source": {
|         "key": "epa-ghg-equivalencies-2024",
|         "title": "Greenhouse Gas Equivalencies Calculator: Calculations and References",
|         "publisher": "U.S. Environmental Protection Agency",
|         "url": "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
|         "year": 2024
|       }
|     }
|   ],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.17 is the fleet average, measured, fiscal year July 2024 - June 2025 of Microsoft Azure for 2025; individual sites differ.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "Microsoft Azure publishes no per-region intensity: azure:westeurope uses the national average (Netherlands, NL)."
|   ]
| }
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r azure:westeurope --equivalents --format markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Microsoft Azure region westeurope (West Europe (Netherlands (North Holland))). We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.17, the fleet average, measured, fiscal year July 2024 - June 2025 of Microsoft Azure for 2025 [4]. The carbon intensity of the grid is 253.56 gCO2e/kWh on a lifecycle basis, the average of Netherlands (national average) for 2025 [5]. The run used 89.856 kWh of electricity and emitted 22.784 kg CO2e (location-based). No offsets are subtracted. Microsoft says it matched 100% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based [6]. Microsoft's stated goal for 2030: 100% of its electricity use, 100% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0) [7]. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [8], add 1.9876 kg CO2e (24.772 kg CO2e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 13.402 and 38.06 kg CO2e. That is about as much CO2e as 93.301 km driven by an average passenger car [9], 306.44 passenger-km on a short-haul flight (economy) [10], 328.96 passenger-km on a long-haul flight (economy) [10], 0.37973 tree seedlings grown for 10 years (CO2 they take up) [9], or 1,837 smartphone charges [9].
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 8 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 24 h |  |
| | Location | azure:westeurope |  |
| | PUE | 1.17 | [4] |
| | Grid intensity | 253.56 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 89.856 kWh |  |
| | Emissions (location-based) | 22.784 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 22.784 kg CO2e |  |
| | Embodied emissions | 1.9876 kg CO2e | [8] |
| | Total with embodied | 24.772 kg CO2e |  |
| | Range (location-based) | 13.402 to 38.06 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Microsoft (2025). Measuring energy and water efficiency for Microsoft datacenters. https://datacenters.microsoft.com/sustainability/efficiency/
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. ESG Investing (2026). Microsoft achieves its 100% renewable electricity goal. https://esg-investing.com/2026/02/18/microsoft-achieves-its-100-renewable-electricity-goal
| 7. Environmental Leader (2021). Microsoft announces new 100/100/0 commitment by 2030. https://www.environmentalleader.com/2021/07/microsoft-announces-new-100-100-0-commitment-by-2030/
| 8. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
| 9. U.S. Environmental Protection Agency (2024). Greenhouse Gas Equivalencies Calculator: Calculations and References. https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references
| 10. UK Department for Energy Security and Net Zero (2025). Greenhouse gas reporting: conversion factors 2025. https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r azure:westeurope --equivalents --format latex --bib eq.bib
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 8 NVIDIA A100 SXM4 40 GB for 24 h in the Microsoft Azure region westeurope (West Europe (Netherlands (North Holland))). We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.17, the fleet average, measured, fiscal year July 2024 - June 2025 of Microsoft Azure for 2025~\cite{microsoft-pue-fy25}. The carbon intensity of the grid is 253.56 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of Netherlands (national average) for 2025~\cite{owid-carbon-intensity}. The run used 89.856 kWh of electricity and emitted 22.784 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Microsoft says it matched 100\% of its 2025 annual global electricity use with renewable energy, mostly through power purchase agreements (about 40 GW contracted, 19 GW online); annual, market-based~\cite{microsoft-renewable-2025}. Microsoft's stated goal for 2030: 100\% of its electricity use, 100\% of the time, matched by zero-carbon energy purchases on the same grids (100/100/0)~\cite{microsoft-100-100-0-2021}. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 1.9876 kg CO\textsubscript{2}e (24.772 kg CO\textsubscript{2}e in all). With the power per device, grid intensity and PUE within their published ranges, the emissions lie between 13.402 and 38.06 kg CO\textsubscript{2}e. That is about as much CO\textsubscript{2}e as 93.301 km driven by an average passenger car~\cite{epa-ghg-equivalencies-2024}, 306.44 passenger-km on a short-haul flight (economy)~\cite{desnz-conversion-factors-2025}, 328.96 passenger-km on a long-haul flight (economy)~\cite{desnz-conversion-factors-2025}, 0.37973 tree seedlings grown for 10 years (CO\textsubscript{2} they take up)~\cite{epa-ghg-equivalencies-2024}, or 1,837 smartphone charges~\cite{epa-ghg-equivalencies-2024}.
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
| Location & azure:westeurope &  \\
| PUE & 1.17 & \cite{microsoft-pue-fy25} \\
| Grid intensity & 253.56 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 89.856 kWh &  \\
| Emissions (location-based) & 22.784 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 22.784 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 1.9876 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 24.772 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 13.402 to 38.06 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ cat eq.bib
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
| @misc{microsoft-pue-fy25,
|   author = {{Microsoft}},
|   title = {{Measuring energy and water efficiency for Microsoft datacenters}},
|   year = {2025},
|   note = {\url{https://datacenters.microsoft.com/sustainability/efficiency/}}
| }
|
| @misc{owid-carbon-intensity,
|   author = {{Our World in Data}},
|   title = {{Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)}},
|   year = {2026},
|   note = {\url{https://github.com/owid/energy-data}}
| }
|
| @misc{microsoft-renewable-2025,
|   author = {{ESG Investing}},
|   title = {{Microsoft achieves its 100\% renewable electricity goal}},
|   year = {2026},
|   note = {\url{https://esg-investing.com/2026/02/18/microsoft-achieves-its-100-renewable-electricity-goal}}
| }
|
| @misc{microsoft-100-100-0-2021,
|   author = {{Environmental Leader}},
|   title = {{Microsoft announces new 100/100/0 commitment by 2030}},
|   year = {2021},
|   note = {\url{https://www.environmentalleader.com/2021/07/microsoft-announces-new-100-100-0-commitment-by-2030/}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
| @misc{epa-ghg-equivalencies-2024,
|   author = {{U.S. Environmental Protection Agency}},
|   title = {{Greenhouse Gas Equivalencies Calculator: Calculations and References}},
|   year = {2024},
|   note = {\url{https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references}}
| }
|
| @misc{desnz-conversion-factors-2025,
|   author = {{UK Department for Energy Security and Net Zero}},
|   title = {{Greenhouse gas reporting: conversion factors 2025}},
|   year = {2025},
|   note = {\url{https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025}}
| }
|

# BibTeX of every source a job uses
$ mlcarbon estimate --instance aws:p4d.24xlarge -n 2 --hours 72 -r aws:us-west-2 --format markdown --bib instance.bib
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 16 NVIDIA A100 SXM4 40 GB for 72 h in the Amazon Web Services region us-west-2 (US West (Oregon) (Umatilla and Morrow counties, Oregon)). We estimate its energy as (devices × power per device × utilization + the host's power) × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The devices are those of 2 aws:p4d.24xlarge instances [4]. The host CPUs are counted too: 4 × Intel Xeon Platinum 8275CL at 240 W TDP [5], at a utilization of 1. Host memory, 2,474 GB, draws 0.3725 W per GB [6]. The PUE is 1.14, the global fleet average of Amazon Web Services for 2025 [7]. The carbon intensity of the grid is 343.23 gCO2e/kWh on a lifecycle basis: the average of WECC Northwest (eGRID NWPP) (grid subregion) for 2023, 288.15 gCO2e/kWh on a direct basis [8], plus 55.078 gCO2e/kWh of upstream emissions from the grid's 2023 generation mix [8] and per-fuel emission factors [9, 10]. The run used 679.75 kWh of electricity and emitted 233.31 kg CO2e (location-based). No offsets are subtracted. Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030) [11]. Such provider statements are market-based and are not subtracted here. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [12], add 11.926 kg CO2e (245.23 kg CO2e in all). With the power per device and PUE within their published ranges, the emissions lie between 147.05 and 253.54 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 16 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Host CPUs | 4 × Intel Xeon Platinum 8275CL (240 W, utilization 1) | [5] |
| | Host memory | 2,474 GB at 0.3725 W/GB | [6] |
| | Duration | 72 h |  |
| | Location | aws:us-west-2 |  |
| | PUE | 1.14 | [7] |
| | Grid intensity | 343.23 gCO2e/kWh (2023, lifecycle basis) | [8] |
| | Energy | 679.75 kWh |  |
| | Emissions (location-based) | 233.31 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 233.31 kg CO2e |  |
| | Embodied emissions | 11.926 kg CO2e | [12] |
| | Total with embodied | 245.23 kg CO2e |  |
| | Range (location-based) | 147.05 to 253.54 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Amazon Web Services (2023). Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html
| 5. CodeCarbon (2026). CodeCarbon cpu_power.csv (CPU name -> TDP). https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| 6. Lannelongue, Grealey, Inouye (2021). Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707). https://doi.org/10.1002/advs.202100707
| 7. Amazon (2026). Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025). https://sustainability.aboutamazon.com/environment/the-cloud
| 8. US Environmental Protection Agency (2025). eGRID2023 (revision 2): subregion output emission rates and resource mix. https://www.epa.gov/egrid
| 9. Cambridge University Press / IPCC (2014). IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.). https://www.ipcc.ch/site/assets/uploads/2018/02/ipcc_wg3_ar5_annex-iii.pdf#page=7
| 10. Electricity Maps (2026). Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014). https://github.com/electricitymaps/electricitymaps-contrib/blob/b354f28aad434182bf591c51481e7eded62306cf/config/defaults.yaml
| 11. Amazon (2024). Amazon 2023 Sustainability Report, executive summary. https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
| 12. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ cat instance.bib
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
| @misc{aws-ec2-ug-accelerated-2023,
|   author = {{Amazon Web Services}},
|   title = {{Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)}},
|   year = {2023},
|   note = {\url{https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html}}
| }
|
| @misc{codecarbon-cpu-power,
|   author = {{CodeCarbon}},
|   title = {{CodeCarbon cpu\_power.csv (CPU name -\textgreater{} TDP)}},
|   year = {2026},
|   note = {\url{https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv}}
| }
|
| @misc{lannelongue2021green,
|   author = {{Lannelongue, Grealey, Inouye}},
|   title = {{Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)}},
|   year = {2021},
|   note = {\url{https://doi.org/10.1002/advs.202100707}}
| }
|
| @misc{aws-pue-2025,
|   author = {{Amazon}},
|   title = {{Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)}},
|   year = {2026},
|   note = {\url{https://sustainability.aboutamazon.com/environment/the-cloud}}
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
| @misc{amazon-sustainability-2023,
|   author = {{Amazon}},
|   title = {{Amazon 2023 Sustainability Report, executive summary}},
|   year = {2024},
|   note = {\url{https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
$ mlcarbon estimate -g h100 -n 64 --params 7B --tokens 2T -r gcp:us-central1 --bib compute.bib -v
| mlcarbon estimate: 64 x NVIDIA H100 SXM5 80 GB for 921.13 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      44,981 kWh (44.981 MWh)  (facility, PUE 1.09 included)
|   emissions   21,466 kg CO2e (21.466 t)  (gross, location-based; grid intensity on a lifecycle basis)
|   net         21,466 kg CO2e (21.466 t)  (after 0 kg CO2e of offsets bought)
|   range       9,310 to 34,557 kg CO2e  (interval bounds; widest factor: MFU)
|   market      2,576 kg CO2e (2.5759 t)  (market-based: the provider's carbon-free share removed)
|   embodied    610.29 kg CO2e  (manufacturing, amortised); total with embodied 22,076 kg CO2e (22.076 t)
|
| Breakdown:
|   factor                                    value  unit       source / how it is computed
|   devices                                      64  devices    --count
|   power per device                            700  W          TDP of NVIDIA H100 SXM5 80 GB: NVIDIA H100 Tensor Core GPU datasheet (2023)
|   utilization                                   1  of power   default: the full TDP (--utilization not given)
|   IT power                                   44.8  kW         = 64 x 700 W x 1 / 1000
|   training compute                        8.4e+22  FLOP       6 x 7 B parameters x 2 T tokens: Scaling Laws for Neural Language Models (arXiv:2001.08361) (Kaplan et al., 2020)
|   peak per device                           989.5  TFLOP/s    bf16 dense (default precision): NVIDIA H100 Tensor Core GPU datasheet (2023)
|   model FLOPs utilization                     0.4             default: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   device-hours                             58,952  h          = 8.4e+22 FLOP / (989.5 TFLOP/s x 0.4 x 3600)
|   duration                                 921.13  h          = 58,952 device-hours / 64 devices
|   IT energy                                41,267  kWh        = 44.8 kW x 921.13 h
|   PUE                                        1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                          44,981  kWh        = 41,267 kWh x PUE 1.09
|   published intensity                      431.95  gCO2e/kWh  gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                         45.281  gCO2e/kWh  direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                           477.23  gCO2e/kWh  = 431.95 + 45.281 g/kWh (lifecycle basis)
|   emissions (location-based)               21,466  kg CO2e    = 44,981 kWh x 477.23 g/kWh / 1000
|   offsets bought                                0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                            21,466  kg CO2e    = 21,466 - 0
|   emissions (market-based, provider CFE)    2,576  kg CO2e    = 21,466 x (1 - 88% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                 610.29  kg CO2e    = 64 devices x 921.13 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                      22,076  kg CO2e    = 21,466 + 610.29
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (9,310 to 34,557 kg CO2e; each factor alone, then all at their ends):
|   factor               low    high           kg CO2e  basis
|   MFU                  0.5     0.3  17,173 to 28,622  published MFU 0.3 to 0.5: PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4 (Chowdhery et al.; Dubey et al., 2022)
|   power per device     0.6     1.1  12,880 to 23,613  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   grid intensity    439.28  505.28  19,759 to 22,728  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE                 1.07    1.13  21,072 to 22,254  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - The hours follow from the compute at 0.4 MFU of the dense bf16 peak: a run also spends time on evaluation, checkpoints, restarts and idle devices, which this does not count.
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published).
$ cat compute.bib
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
| @misc{nvidia-h100-datasheet,
|   author = {{NVIDIA}},
|   title = {{NVIDIA H100 Tensor Core GPU datasheet}},
|   year = {2023},
|   note = {\url{https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet}}
| }
|
| @misc{kaplan2020scaling,
|   author = {{Kaplan et al.}},
|   title = {{Scaling Laws for Neural Language Models (arXiv:2001.08361)}},
|   year = {2020},
|   note = {\url{https://arxiv.org/abs/2001.08361}}
| }
|
| @misc{chowdhery2022palm,
|   author = {{Chowdhery et al.; Dubey et al.}},
|   title = {{PaLM: Scaling Language Modeling with Pathways (arXiv:2204.02311), Table 3; with The Llama 3 Herd of Models (arXiv:2407.21783), Table 4}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2204.02311}}
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
$ mlcarbon estimate -g a100 --hours 10 --cpu epyc-7702 --cpu-cores 16 --memory-gb 64 -r FR --format latex --bib host.bib
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA A100 SXM4 40 GB for 10 h in France. We estimate its energy as (devices $\times$ power per device $\times$ utilization + the host's power) $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The host CPUs are counted too: 16 cores of the AMD EPYC 7702, each at its TDP over its cores (200 W / 64)~\cite{amd-epyc-specs}, at a utilization of 1. Host memory, 64 GB, draws 0.3725 W per GB~\cite{lannelongue2021green}. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 41.44 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of France (national average) for 2025~\cite{owid-carbon-intensity}. The run used 7.3919 kWh of electricity and emitted 0.30632 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.10352 kg CO\textsubscript{2}e (0.40984 kg CO\textsubscript{2}e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.13975 and 0.67396 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Host CPUs & 0.25 $\times$ AMD EPYC 7702 (200 W, utilization 1) & \cite{amd-epyc-specs} \\
| Host memory & 64 GB at 0.3725 W/GB & \cite{lannelongue2021green} \\
| Duration & 10 h &  \\
| Location & country:FR &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 41.44 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 7.3919 kWh &  \\
| Emissions (location-based) & 0.30632 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 0.30632 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.10352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 0.40984 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.13975 to 0.67396 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ cat host.bib
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
| @misc{amd-epyc-specs,
|   author = {{AMD}},
|   title = {{AMD EPYC server processor specifications}},
|   year = {2025},
|   note = {\url{https://www.amd.com/en/products/specifications/server-processor.html}}
| }
|
| @misc{lannelongue2021green,
|   author = {{Lannelongue, Grealey, Inouye}},
|   title = {{Green Algorithms: Quantifying the Carbon Footprint of Computation (Advanced Science 8(12), 2100707)}},
|   year = {2021},
|   note = {\url{https://doi.org/10.1002/advs.202100707}}
| }
|
| @misc{uptime-2024,
|   author = {{Uptime Institute}},
|   title = {{Uptime Institute Global Data Center Survey 2024}},
|   year = {2024},
|   note = {\url{https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf}}
| }
|
| @misc{owid-carbon-intensity,
|   author = {{Our World in Data}},
|   title = {{Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)}},
|   year = {2026},
|   note = {\url{https://github.com/owid/energy-data}}
| }
|
| @misc{luccioni2022bloom,
|   author = {{Luccioni, Viguier, Ligozat}},
|   title = {{Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001)}},
|   year = {2022},
|   note = {\url{https://arxiv.org/abs/2211.02001}}
| }
|
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --bib private.bib --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 483.6,
|   "it_energy_kwh": 310,
|   "co2e_kg": 120.9,
|   "offset_kg": 0,
|   "net_co2e_kg": 120.9,
|   "market_co2e_kg": null,
|   "embodied_kg": 0,
|   "total_with_embodied_kg": 120.9,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 85.25,
|     "co2e_kg_high": 129.42499999999998,
|     "energy_kwh_low": 341,
|     "energy_kwh_high": 517.6999999999999,
|     "factors": [
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 85.25,
|         "co2e_kg_high": 129.42499999999998,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
|       }
|     ]
|   },
|   "inputs": {
|     "hardware": null,
|     "hardware_name": null,
|     "count": 2,
|     "power_w": 310,
|     "power_origin": "user",
|     "power_kind": "measured_average",
|     "power_source": null,
|     "utilization": 1,
|     "hours": 500,
|     "energy_kwh": null,
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
|     "intensity_g_per_kwh": 250,
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
|     "defaults": [
|       "pue"
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
|       "value": 310,
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
|       "value": 0.62,
|       "unit": "kW",
|       "source": "",
|       "formula": "2 x 310 W x 1 / 1000"
|     },
|     {
|       "name": "hours",
|       "label": "duration",
|       "value": 500,
|       "unit": "h",
|       "source": "--hours 500",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 310,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.62 kW x 500 h"
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
|       "value": 483.6,
|       "unit": "kWh",
|       "source": "",
|       "formula": "310 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 250,
|       "unit": "gCO2e/kWh",
|       "source": "--intensity (taken as lifecycle basis)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 120.9,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "483.6 kWh x 250 g/kWh / 1000"
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
|       "value": 120.9,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "120.9 - 0"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [],
|   "notes": [
|     "No --hardware given: the device is described only by --power.",
|     "No --region given: a private site, with the intensity given by --intensity.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site."
|   ]
| }
$ cat private.bib
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
| @misc{uptime-2024,
|   author = {{Uptime Institute}},
|   title = {{Uptime Institute Global Data Center Survey 2024}},
|   year = {2024},
|   note = {\url{https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf}}
| }
|

# The model card's training type
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r gcp:us-central1 --format model-card --training-type fine-tuning
| co2_eq_emissions:
|   emissions: 39949.94
|   source: "mlcarbon 0.1.0 estimate: energy = devices x power per device x utilization x hours x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "fine-tuning"
|   geographical_location: "Council Bluffs, Iowa, US (gcp:us-central1)"
|   hardware_used: "8 x NVIDIA A100 SXM4 40 GB"

# Format names are case-insensitive and have short forms
$ mlcarbon estimate -g a100 --hours 1 -r FR --format MD
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in France. We estimate its energy as devices × power per device × utilization × hours × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W [3], an upper bound on the average draw. The PUE is 1.56, the industry average for 2024 [4]. The carbon intensity of the grid is 41.44 gCO2e/kWh on a lifecycle basis, the average of France (national average) for 2025 [5]. The run used 0.624 kWh of electricity and emitted 0.025859 kg CO2e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM [6], add 0.010352 kg CO2e (0.036211 kg CO2e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.010687 and 0.057711 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | Hardware | 1 × NVIDIA A100 SXM4 40 GB |  |
| | Power per device | 400 W (TDP) | [3] |
| | Utilization | 1 |  |
| | Duration | 1 h |  |
| | Location | country:FR |  |
| | PUE | 1.56 | [4] |
| | Grid intensity | 41.44 gCO2e/kWh (2025, lifecycle basis) | [5] |
| | Energy | 0.624 kWh |  |
| | Emissions (location-based) | 0.025859 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 0.025859 kg CO2e |  |
| | Embodied emissions | 0.010352 kg CO2e | [6] |
| | Total with embodied | 0.036211 kg CO2e |  |
| | Range (location-based) | 0.010687 to 0.057711 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. NVIDIA (2021). NVIDIA A100 Tensor Core GPU datasheet. https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| 4. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 5. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
| 6. Luccioni, Viguier, Ligozat (2022). Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001). https://arxiv.org/abs/2211.02001
$ mlcarbon estimate -g a100 --hours 1 -r FR --format tex
| % Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29).
| % Needs \usepackage{url} for the bibliography; cites the keys of `--bib FILE`.
| \paragraph{Energy and carbon footprint.}
| The run used 1 NVIDIA A100 SXM4 40 GB for 1 h in France. We estimate its energy as devices $\times$ power per device $\times$ utilization $\times$ hours $\times$ PUE, and its emissions as energy $\times$ the average carbon intensity of the grid~\cite{lacoste2019quantifying,patterson2021carbon}, computed with mlcarbon 0.1.0. The power per device is the TDP of the NVIDIA A100 SXM4 40 GB, 400 W~\cite{nvidia-a100-datasheet}, an upper bound on the average draw. The PUE is 1.56, the industry average for 2024~\cite{uptime-2024}. The carbon intensity of the grid is 41.44 gCO\textsubscript{2}e/kWh on a lifecycle basis, the average of France (national average) for 2025~\cite{owid-carbon-intensity}. The run used 0.624 kWh of electricity and emitted 0.025859 kg CO\textsubscript{2}e (location-based). No offsets are subtracted. Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM~\cite{luccioni2022bloom}, add 0.010352 kg CO\textsubscript{2}e (0.036211 kg CO\textsubscript{2}e in all). With the grid intensity, power per device and PUE within their published ranges, the emissions lie between 0.010687 and 0.057711 kg CO\textsubscript{2}e.
|
| \begin{table}[ht]
| \centering
| \begin{tabular}{lll}
| \hline
| Quantity & Value & Source \\
| \hline
| Hardware & 1 $\times$ NVIDIA A100 SXM4 40 GB &  \\
| Power per device & 400 W (TDP) & \cite{nvidia-a100-datasheet} \\
| Utilization & 1 &  \\
| Duration & 1 h &  \\
| Location & country:FR &  \\
| PUE & 1.56 & \cite{uptime-2024} \\
| Grid intensity & 41.44 gCO\textsubscript{2}e/kWh (2025, lifecycle basis) & \cite{owid-carbon-intensity} \\
| Energy & 0.624 kWh &  \\
| Emissions (location-based) & 0.025859 kg CO\textsubscript{2}e &  \\
| Offsets bought & 0 kg CO\textsubscript{2}e &  \\
| Net emissions & 0.025859 kg CO\textsubscript{2}e &  \\
| Embodied emissions & 0.010352 kg CO\textsubscript{2}e & \cite{luccioni2022bloom} \\
| Total with embodied & 0.036211 kg CO\textsubscript{2}e &  \\
| Range (location-based) & 0.010687 to 0.057711 kg CO\textsubscript{2}e &  \\
| \hline
| \end{tabular}
| \caption{Energy and emissions of the run, factor by factor (mlcarbon).}
| \end{table}
$ mlcarbon --format JSON estimate -g a100 --hours 1 -r FR
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 0.6240000000000001,
|   "it_energy_kwh": 0.4,
|   "co2e_kg": 0.025858560000000003,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.025858560000000003,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.010352314441758438,
|   "total_with_embodied_kg": 0.03621087444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.010686719999999999,
|     "co2e_kg_high": 0.05771119200000001,
|     "energy_kwh_low": 0.264,
|     "energy_kwh_high": 0.7348000000000001,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 0.02525952,
|         "co2e_kg_high": 0.04900896000000002,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.015515136,
|         "co2e_kg_high": 0.028444416000000004,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "pue",
|         "low": 1.1,
|         "central": 1.56,
|         "high": 1.67,
|         "co2e_kg_low": 0.018233600000000003,
|         "co2e_kg_high": 0.027681920000000002,
|         "basis": "range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)"
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
|     "hours": 1,
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
|       "value": 1,
|       "unit": "h",
|       "source": "--hours 1",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 0.4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 1 h"
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
|       "value": 0.6240000000000001,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kWh x PUE 1.56"
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
|       "value": 0.025858560000000003,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.624 kWh x 41.44 g/kWh / 1000"
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
|       "value": 0.025858560000000003,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.025859 - 0"
|     },
|     {
|       "name": "embodied_kg",
|       "label": "embodied (manufacturing)",
|       "value": 0.010352314441758438,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1 devices x 1 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)"
|     },
|     {
|       "name": "total_with_embodied_kg",
|       "label": "total with embodied",
|       "value": 0.03621087444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.025859 + 0.010352"
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
