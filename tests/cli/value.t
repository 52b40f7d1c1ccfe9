# One number for scripts (--value, -q) and budgets (--budget, exit 7).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value energy_kwh
| 87.552
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value it_energy_kwh
| 76.8
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value co2e_kg
| 29.506
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value offset_kg --offset 25
| 7.3766
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value net_co2e_kg --offset-kg 3
| 26.506
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value CO2E_KG
| 29.506
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q
| 29.506
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --quiet --offset 50
| 14.753
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value jobs
! mlcarbon: error: --value jobs is a figure of a jobs file's totals: give --jobs FILE
[2]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value device_hours
! mlcarbon: error: --value device_hours is a figure of a jobs file's totals: give --jobs FILE
[2]

# Budgets: within, exceeded, in energy, both, with a bare value
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 50kg -v
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
! mlcarbon: within budget: gross emissions of 29.506 kg CO2e, budget 50kg (59.013% of it)
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 10kg -v
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
! mlcarbon: budget exceeded: gross emissions of 29.506 kg CO2e are 19.506 kg CO2e (195.06%) over the budget of 10kg
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 100kWh -v
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
! mlcarbon: within budget: facility energy of 87.552 kWh, budget 100kWh (87.552% of it)
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 0.05MWh -v
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
! mlcarbon: budget exceeded: facility energy of 87.552 kWh are 37.552 kWh (75.104%) over the budget of 0.05MWh
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 1t --budget 80kWh -v
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
! mlcarbon: within budget: gross emissions of 29.506 kg CO2e, budget 1t (2.9506% of it)
! mlcarbon: budget exceeded: facility energy of 87.552 kWh are 7.552 kWh (9.44%) over the budget of 80kWh
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 500g -q
| 29.506
! mlcarbon: budget exceeded: gross emissions of 29.506 kg CO2e are 29.006 kg CO2e (5,801%) over the budget of 500g
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 50kg --value energy_kwh
| 87.552
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 0kg -v
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
! mlcarbon: budget exceeded: gross emissions of 29.506 kg CO2e are 29.506 kg CO2e over the budget of 0kg
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 0kg --format json
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
! mlcarbon: budget exceeded: gross emissions of 29.506 kg CO2e are 29.506 kg CO2e over the budget of 0kg
[7]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 2.5t --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,8,400,hardware,1,24,aws:us-east-1,US-SRVC,1.14,provider,337.01647352647353,grid,2023,76.80000000000001,87.552,29.506466290189813,0,29.506466290189813,lifecycle,subregion,,1.9876443728176203,31.494110663007433,16.150907864103896,32.74182443604396,47.9232,97.15200000000002,
! mlcarbon: within budget: gross emissions of 29.506 kg CO2e, budget 2.5t (1.1803% of it)
$ MLCARBON_BUDGET=10kg mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q
| 29.506
! mlcarbon: budget exceeded: gross emissions of 29.506 kg CO2e are 19.506 kg CO2e (195.06%) over the budget of 10kg
[7]
$ MLCARBON_BUDGET=10kg mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --budget 1t -v
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
! mlcarbon: within budget: gross emissions of 29.506 kg CO2e, budget 1t (2.9506% of it)
# --digits: significant digits of --value and -q (issue 13, point 2); full is the exact double,
# as JSON prints it (29.506466290189813 kg here).
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q --digits 3
| 29.5
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q --digits 8
| 29.506466
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q --digits full
| 29.506466290189813
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value it_energy_kwh --digits full
| 76.80000000000001
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --value co2e_kg --digits 1
| 30
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 --digits 3
! mlcarbon: error: --digits applies to the one number of --value or -q
[2]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q --digits 0
! mlcarbon: error: --digits: '0' is not a number of digits; expected 1 to 17, or full for the exact double
[2]
$ mlcarbon estimate -g a100 -n 8 --hours 24 -r aws:us-east-1 -q --digits lots
! mlcarbon: error: --digits: 'lots' is not a number of digits; expected 1 to 17, or full for the exact double
[2]
