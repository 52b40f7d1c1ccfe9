# Units where users write them (issue 13): each form gives the same number as the plain one.
# Hand-worked: 300 W x 10 h = 3 kWh; x PUE 1 = 3 kWh; x 430 g/kWh = 1.29 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity 430 -q
| 1.29
$ mlcarbon estimate --power 300W --hours 10h --pue 1 --intensity 430g -q
| 1.29
$ mlcarbon estimate --power 0.3kW --hours 600m --pue 1 --intensity 0.43kg/kWh -q
| 1.29
$ mlcarbon estimate --power '300 w' --duration 10H --pue 1 --intensity '430 gCO2e/kWh' -q
| 1.29
# 0.954 lb/kWh x 453.59237 g/lb (the international pound, 1959) = 432.72712 g/kWh: 3 kWh x that = 1.2981814 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity 0.954lb/kWh -q
| 1.2982
# eGRID publishes lb/MWh: 948 lb/MWh = 0.948 lb/kWh = 430.00557 g/kWh: 3 kWh x that = 1.2900167 kg.
$ mlcarbon estimate --power 300 --hours 10 --pue 1 --intensity '948 lb/MWh' -q
| 1.29
# --tdp with units, and --utilization applied to it: 0.4 kW x 50 % x 10 h = 2 kWh x 430 g = 0.86 kg.
$ mlcarbon estimate --tdp 0.4kW -u 50% --hours 10 --pue 1 --intensity 430 -q
| 0.86
# Parameters and tokens with lowercase suffixes: 7b x 2t x 6 = 8.4e22 FLOP, as 7B x 2T.
$ mlcarbon estimate -g h100 -n 1024 --params 7b --tokens 2t -r FR --value energy_kwh
| 64376
$ mlcarbon estimate -g h100 -n 1024 --params 7B --tokens 2T -r FR --value energy_kwh
| 64376
# A duration without a unit, and hours above the limit: refused with the hint.
$ mlcarbon estimate --power 300 --intensity 400 --duration 90
! mlcarbon: error: --duration: '90' has no unit; expected a duration with units, e.g. 90m for minutes or 90h for hours (w, d, h, m, s)
[2]
$ mlcarbon estimate -g a100 -r FR --hours 1082990
! mlcarbon: error: --hours: '1082990' is out of range; expected hours > 0 and <= 1000000; GPU-hours as papers report them (devices x hours) go in --device-hours
[2]
# Jobs files take the same forms: 1.29 kg each, 2.58 kg in all.
%file jobs.csv
name,power,hours,intensity,pue
a,300W,10h,430g,1
b,0.3kW,600m,0.43kg/kWh,1
%end
$ mlcarbon estimate --jobs jobs.csv --value co2e_kg
| 2.58

# TPU slices by their published names (Google Cloud TPU docs): v2-v4 and v5p count TensorCores,
# two a chip; v6e counts chips.
$ mlcarbon estimate -g tpu-v3-8 --hours 24 -r gcp:us-central1
| mlcarbon estimate: 4 x Google TPU v3 (per chip) for 24 h in gcp:us-central1
|
|   energy     29.613 kWh  facility, PUE 1.09
|   emissions  14.132 kg CO2e  gross, location-based, lifecycle basis
|   range      12.77 to 15.512 kg CO2e  widest: grid intensity
|   market     1.6959 kg CO2e  the provider's carbon-free share removed
|   embodied   0.99382 kg CO2e  manufacturing; 15.126 kg CO2e in all
|
|   factor             value  unit       from
|   devices                4  devices    slice v3-8 [1]
|   power per device     283  W          measured average [2]
|   utilization            1  of power   default
|   IT power           1.132  kW         = 4 x 283 W x 1 / 1000
|   duration              24  h          --hours 24
|   IT energy         27.168  kWh        = 1.132 kW x 24 h
|   PUE                 1.09             gcp fleet, 2025 [3]
|   facility energy   29.613  kWh        = 27.168 kWh x PUE 1.09
|   grid intensity    477.23  gCO2e/kWh  gcp:us-central1 2025, direct to lifecy...
|   emissions         14.132  kg CO2e    = 29.613 kWh x 477.23 g/kWh / 1000
|
|   [1] Cloud TPU documentation: TPU v3 (Google Cloud, 2025)
|   [2] Carbon Emissions and Large Neural Network Training (Google and UC Berke...
|   [3] Google 2026 Environmental Report (Google, 2026)
|   [4] Carbon free energy for Google Cloud regions (Google, 2026)
|   -v: full report, sources, assumptions
$ mlcarbon estimate -g v4-128 --hours 24 -r gcp:us-central1 --brief
| 284.62 kWh, 135.83 kg CO2e: 64 x tpu-v4, 24 h, gcp:us-central1
| PUE 1.09 (provider), grid 477.23 gCO2e/kWh (gcp:us-central1 2025, lifecycle)
| range 122.73 to 149.09 kg CO2e; market-based 16.3 kg CO2e; embodied 15.901 kg CO2e
$ mlcarbon estimate -g v5p-256 --hours 24 -r gcp:us-central1 -q
| 862.92
$ mlcarbon estimate -g 'TPU v6e-8' --hours 24 -r gcp:us-central1 -f csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,tpu-v6e,8,380,hardware,1,24,gcp:us-central1,US-MROW,1.09,provider,477.23071928071926,region,2025,72.96000000000001,79.52640000000001,37.9524410738062,0,37.9524410738062,lifecycle,provider_region,4.554292928856744,1.9876443728176203,39.94008544662382,20.576049460939064,45.823544629450545,46.840320000000006,90.68928,
$ mlcarbon estimate -g tpu-v3-8 --hours 24 -r gcp:us-central1 -v
| mlcarbon estimate: 4 x Google TPU v3 (per chip) for 24 h in gcp:us-central1 (Council Bluffs, Iowa)
|
|   energy      29.613 kWh  (facility, PUE 1.09 included)
|   emissions   14.132 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         14.132 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       12.77 to 15.512 kg CO2e  (interval bounds; widest factor: grid intensity)
|   market      1.6959 kg CO2e  (market-based: the provider's carbon-free share removed)
|   embodied    0.99382 kg CO2e  (manufacturing, amortised); total with embodied 15.126 kg CO2e
|
| Breakdown:
|   factor                                    value  unit       source / how it is computed
|   devices                                       4  devices    slice v3-8: TensorCores, 2 a chip (Cloud TPU documentation: TPU v3 (system architecture, configurations) (Google Cloud, 2025))
|   power per device                            283  W          measured average of Google TPU v3 (per chip): Carbon Emissions and Large Neural Network Training (arXiv:2104.10350) (Google and UC Berkeley (Patterson et al.), 2021)
|   utilization                                   1  of power   default: the full TDP (--utilization not given)
|   IT power                                  1.132  kW         = 4 x 283 W x 1 / 1000
|   duration                                     24  h          --hours 24
|   IT energy                                27.168  kWh        = 1.132 kW x 24 h
|   PUE                                        1.09             Google Cloud PUE, global fleet average (annual), 2025: Google 2026 Environmental Report (2025 data) (2026)
|   facility energy                          29.613  kWh        = 27.168 kWh x PUE 1.09
|   published intensity                      431.95  gCO2e/kWh  gcp:us-central1 (provider's own figure for the region), 2025 annual average (direct basis): Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   basis conversion                         45.281  gCO2e/kWh  direct to lifecycle: US-MROW's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity                           477.23  gCO2e/kWh  = 431.95 + 45.281 g/kWh (lifecycle basis)
|   emissions (location-based)               14.132  kg CO2e    = 29.613 kWh x 477.23 g/kWh / 1000
|   offsets bought                                0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions                            14.132  kg CO2e    = 14.132 - 0
|   emissions (market-based, provider CFE)   1.6959  kg CO2e    = 14.132 x (1 - 88% carbon-free energy of Google Cloud)
|   embodied (manufacturing)                0.99382  kg CO2e    = 4 devices x 24 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied                      15.126  kg CO2e    = 14.132 + 0.99382
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. [2020; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). [2022; Google data centers: 24/7 carbon-free energy (2024)]
|   - Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. [2024; Read Google's 10th annual Environmental Report (2025)]
|   - Google Cloud reports 88% carbon-free energy for gcp:us-central1 (hourly matching, its own purchases included). [2025; Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)]
|
| Range (12.77 to 15.512 kg CO2e; each factor alone, then all at their ends):
|   factor             low    high           kg CO2e  basis
|   grid intensity  439.28  505.28  13.008 to 14.963  annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)
|   PUE               1.07    1.13  13.873 to 14.651  range across sites: Cloud Carbon Footprint: Google Cloud per-region trailing-twelve-month PUE (PUE_TRAILING_TWELVE_MONTH, from google.com/about/datacenters/efficiency) (Cloud Carbon Footprint (Thoughtworks), 2022)
|
| Assumptions:
|   - The market-based figure removes Google Cloud's published carbon-free share of the region (88%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.09 is the global fleet average (annual) of Google Cloud for 2025; individual sites differ.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-MROW (--basis direct for the figure as published).

# A reported energy (--energy-kwh, issue 13): the IT energy replaces power x time; the PUE applies.
# 1.2 MWh = 1,200 kWh x PUE 1.56 (industry average) = 1,872 kWh; x 41.44 g/kWh (FR) = 77.576 kg.
$ mlcarbon estimate --energy-kwh 1.2MWh -r FR
| mlcarbon estimate: 1,200 kWh reported in country:FR
|
|   energy     1,872 kWh (1.872 MWh)  facility, PUE 1.56
|   emissions  77.576 kg CO2e  gross, location-based, lifecycle basis
|   range      53.434 to 157.39 kg CO2e  widest: grid intensity
|
|   factor            value  unit       from
|   IT energy         1,200  kWh        --energy-kwh (reported)
|   PUE                1.56             industry average, 2024 [1]
|   facility energy   1,872  kWh        = 1,200 kWh x PUE 1.56
|   grid intensity    41.44  gCO2e/kWh  FR, 2025 [2]
|   emissions        77.576  kg CO2e    = 1,872 kWh x 41.44 g/kWh / 1000
|
|   [1] Uptime Institute Global Data Center Survey 2024 (Uptime Institute, 2024)
|   [2] Carbon intensity of electricity generation, and generation by source (O...
|   -v: full report, sources, assumptions
$ mlcarbon estimate --energy-kwh 1200 -r FR --pue 1 -q
| 49.728
$ mlcarbon estimate --energy-kwh '500 Wh' --intensity 400 --pue 1 -q
| 0.2
$ mlcarbon estimate --energy-kwh 1200 -g a100 -n 8 --hours 300 -r aws:us-east-1 -v
| mlcarbon estimate: 1,200 kWh reported (8 x NVIDIA A100 SXM4 40 GB for 300 h) in aws:us-east-1 (US East (N. Virginia) (Northern Virginia))
|
|   energy      1,368 kWh (1.368 MWh)  (facility, PUE 1.14 included)
|   emissions   461.04 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         461.04 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       420.6 to 465.08 kg CO2e  (interval bounds; widest factor: PUE)
|   embodied    24.846 kg CO2e  (manufacturing, amortised); total with embodied 485.88 kg CO2e
|
| Breakdown:
|   factor                       value  unit       source / how it is computed
|   devices                          8  devices    --count
|   duration                       300  h          --hours 300
|   IT energy                    1,200  kWh        --energy-kwh (reported)
|   PUE                           1.14             Amazon Web Services PUE, global fleet average, 2025: Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025) (2026)
|   facility energy              1,368  kWh        = 1,200 kWh x PUE 1.14
|   published intensity         270.49  gCO2e/kWh  aws:us-east-1 grid US-SRVC (SERC Virginia/Carolina (eGRID SRVC), grid subregion), 2023 annual average (direct basis): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025)
|   basis conversion            66.526  gCO2e/kWh  direct to lifecycle: US-SRVC's 2023 generation mix x per-fuel factors (lifecycle - direct): eGRID2023 (revision 2): subregion output emission rates and resource mix (US Environmental Protection Agency, 2025); IPCC AR5 WG III, Annex III, Table A.III.2: Emissions of selected electricity supply technologies (Schlomer et al.) (Cambridge University Press / IPCC, 2014); Electricity Maps emission factors for oil: direct 406 (EIA/BEIS), lifecycle 650 (UK POST 2014) (2026)
|   grid intensity              337.02  gCO2e/kWh  = 270.49 + 66.526 g/kWh (lifecycle basis)
|   emissions (location-based)  461.04  kg CO2e    = 1,368 kWh x 337.02 g/kWh / 1000
|   offsets bought                   0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               461.04  kg CO2e    = 461.04 - 0
|   embodied (manufacturing)    24.846  kg CO2e    = 8 devices x 300 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         485.88  kg CO2e    = 461.04 + 24.846
|
| Provider statements (reported beside the gross figure, not subtracted):
|   - Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). [2023; Amazon 2023 Sustainability Report, executive summary (2024)]
|
| Range (420.6 to 465.08 kg CO2e; each factor alone, then all at their ends):
|   factor   low  high          kg CO2e  basis
|   PUE     1.04  1.15  420.6 to 465.08  range across sites: AWS data centers: sustainability (global PUE 1.15 in 2024) (Amazon Web Services, 2025)
|
| Assumptions:
|   - The IT energy is the figure given (--energy-kwh), not power x time; the PUE is applied on top of it (give --pue 1 for a figure metered at the facility).
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.14 is the global fleet average of Amazon Web Services for 2025; individual sites differ.
|   - The grid intensity describes 2023: an annual average, not the hours of this run.
|   - The grid's figure is published on a direct basis; it is given here on a lifecycle basis with the 2023 generation mix of US-SRVC (--basis direct for the figure as published).
$ mlcarbon estimate --energy-kwh 1200 -g a100 -n 8 -r FR --brief
| 1,872 kWh, 77.576 kg CO2e: 1,200 kWh reported (8 x a100-sxm4-40gb), country:FR
| PUE 1.56 (default), grid 41.44 gCO2e/kWh (FR 2025, lifecycle)
| range 53.434 to 157.39 kg CO2e
$ mlcarbon estimate --energy-kwh 1200 -r FR -f csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,,,,energy,,,country:FR,FR,1.56,default,41.44,grid,2025,1200,1872,77.57567999999999,0,77.57567999999999,lifecycle,country,,0,77.57567999999999,53.4336,157.39416,1320,2004,
$ mlcarbon estimate --energy-kwh 1200 -r FR -f markdown
| <!-- Written by mlcarbon 0.1.0 (data: hardware 2026-11-29, regions 2026-11-29). -->
| **Energy and carbon footprint.** The run took place in France. We estimate its energy as the reported IT energy × PUE, and its emissions as energy × the average carbon intensity of the grid [1, 2], computed with mlcarbon 0.1.0. The IT energy, 1,200 kWh, is the figure reported for the run, not a power model. The PUE is 1.56, the industry average for 2024 [3]. The carbon intensity of the grid is 41.44 gCO2e/kWh on a lifecycle basis, the average of France (national average) for 2025 [4]. The run used 1,872 kWh of electricity and emitted 77.576 kg CO2e (location-based). No offsets are subtracted. With the grid intensity and PUE within their published ranges, the emissions lie between 53.434 and 157.39 kg CO2e.
|
| | Quantity | Value | Source |
| | --- | --- | --- |
| | IT energy (reported) | 1,200 kWh |  |
| | Location | country:FR |  |
| | PUE | 1.56 | [3] |
| | Grid intensity | 41.44 gCO2e/kWh (2025, lifecycle basis) | [4] |
| | Energy | 1,872 kWh |  |
| | Emissions (location-based) | 77.576 kg CO2e |  |
| | Offsets bought | 0 kg CO2e |  |
| | Net emissions | 77.576 kg CO2e |  |
| | Range (location-based) | 53.434 to 157.39 kg CO2e |  |
|
| *Energy and emissions of the run, factor by factor (mlcarbon).*
|
| **References**
|
| 1. Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. arXiv:1910.09700. https://arxiv.org/abs/1910.09700
| 2. Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350
| 3. Uptime Institute (2024). Uptime Institute Global Data Center Survey 2024. https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
| 4. Our World in Data (2026). Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute). https://github.com/owid/energy-data
$ mlcarbon estimate --energy-kwh 1200 -r FR -f model-card
| co2_eq_emissions:
|   emissions: 77575.68
|   source: "mlcarbon 0.1.0 estimate: energy = the reported IT energy x PUE, emissions = energy x grid intensity (lifecycle basis) (Lacoste et al. 2019; Patterson et al. 2021); data 2026-11-29/2026-11-29"
|   training_type: "pre-training"
|   geographical_location: "France"
|   hardware_used: "not stated (energy as reported)"
$ mlcarbon compare --energy-kwh 1200 -r FR --regions gcp --top 3
| mlcarbon compare: 1,200 kWh reported in country:FR
|   baseline: 77.576 kg CO2e (1,872 kWh)
|   intensities: all on a lifecycle basis (direct figures converted with their grid's mix; --basis direct for the other)
|
|   rank  alternative                  kg CO2e    kWh  vs baseline   model  machine  mechanization        map
|      1  gcp:northamerica-northeast1   47.227  1,308  1.6426x less     1x       1x        1.4312x    1.1477x
|      2  gcp:europe-west9              55.714  1,308  1.3924x less     1x       1x        1.4312x   0.97289x
|      3  gcp:europe-north2             68.486  1,308  1.1327x less     1x       1x        1.4312x   0.79146x
|      4  gcp:europe-west6              68.774  1,308  1.128x less      1x       1x        1.4312x   0.78814x
|      5  gcp:europe-north1             101.94  1,308  1.314x more      1x       1x        1.4312x   0.53173x
|      6  gcp:northamerica-northeast2   126.37  1,308  1.629x more      1x       1x        1.4312x   0.42892x
|      7  gcp:southamerica-east1        162.81  1,308  2.0987x more     1x       1x        1.4312x   0.33293x
|      8  gcp:us-west1                  200.03  1,308  2.5785x more     1x       1x        1.4312x   0.27098x
|      9  gcp:europe-southwest1         200.32  1,308  2.5822x more     1x       1x        1.4312x   0.27059x
|     10  gcp:europe-west1              252.41  1,308  3.2537x more     1x       1x        1.4312x   0.21475x
|     11  gcp:europe-west2              259.27  1,308  3.3421x more     1x       1x        1.4312x   0.20907x
|     12  gcp:us-west2                  292.44  1,308  3.7697x more     1x       1x        1.4312x   0.18535x
|     13  gcp:southamerica-west1        356.21  1,308  4.5917x more     1x       1x        1.4312x   0.15217x
|     14  gcp:europe-west4              359.49  1,308  4.6341x more     1x       1x        1.4312x   0.15078x
|     15  gcp:europe-west12             383.23  1,308  4.9401x more     1x       1x        1.4312x   0.14144x
|     16  gcp:europe-west8              383.23  1,308  4.9401x more     1x       1x        1.4312x   0.14144x
|     17  gcp:europe-west10             461.68  1,308  5.9513x more     1x       1x        1.4312x   0.11741x
|     18  gcp:europe-west3              461.68  1,308  5.9513x more     1x       1x        1.4312x   0.11741x
|     19  gcp:us-south1                    488  1,308  6.2907x more     1x       1x        1.4312x   0.11107x
|     20  gcp:asia-northeast2           501.53  1,308  6.465x more      1x       1x        1.4312x   0.10808x
|     21  gcp:us-east7                  523.94  1,308  6.754x more      1x       1x        1.4312x   0.10345x
|     22  gcp:northamerica-south1       526.18  1,308  6.7828x more     1x       1x        1.4312x   0.10301x
|     23  gcp:us-east5                  536.23  1,308  6.9124x more     1x       1x        1.4312x   0.10108x
|     24  gcp:us-east4                  536.29  1,308  6.9131x more     1x       1x        1.4312x   0.10107x
|     25  gcp:asia-northeast3           559.18  1,308  7.2082x more     1x       1x        1.4312x  0.096934x
|     26  gcp:us-west4                  568.43  1,308  7.3274x more     1x       1x        1.4312x  0.095357x
|     27  gcp:australia-southeast2      609.46  1,308  7.8564x more     1x       1x        1.4312x  0.088936x
|     28  gcp:asia-southeast3           615.22  1,308  7.9306x more     1x       1x        1.4312x  0.088104x
|     29  gcp:us-central1               624.22  1,308  8.0466x more     1x       1x        1.4312x  0.086834x
|     30  gcp:us-east2                  627.39  1,308  8.0875x more     1x       1x        1.4312x  0.086395x
|     31  gcp:me-west1                  636.81  1,308  8.2089x more     1x       1x        1.4312x  0.085117x
|     32  gcp:me-central1               637.65  1,308  8.2197x more     1x       1x        1.4312x  0.085005x
|     33  gcp:asia-southeast1           639.87  1,308  8.2483x more     1x       1x        1.4312x  0.084711x
|     34  gcp:us-central2               642.13  1,308  8.2774x more     1x       1x        1.4312x  0.084412x
|     35  gcp:asia-east1                676.87  1,308  8.7253x more     1x       1x        1.4312x   0.08008x
|     36  gcp:australia-southeast1      686.62  1,308  8.8509x more     1x       1x        1.4312x  0.078943x
|     37  gcp:asia-south2               691.01  1,308  8.9076x more     1x       1x        1.4312x  0.078441x
|     38  gcp:asia-northeast1           698.13  1,308  8.9994x more     1x       1x        1.4312x  0.077641x
|     39  gcp:me-central2               709.44  1,308  9.1451x more     1x       1x        1.4312x  0.076404x
|     40  gcp:europe-central2           750.43  1,308  9.6735x more     1x       1x        1.4312x   0.07223x
|     41  gcp:asia-east2                771.52  1,308  9.9454x more     1x       1x        1.4312x  0.070256x
|     42  gcp:us-west3                  814.35  1,308  10.497x more     1x       1x        1.4312x  0.066561x
|     43  gcp:us-east1                  844.92  1,308  10.892x more     1x       1x        1.4312x  0.064152x
|     44  gcp:asia-south1               855.69  1,308  11.03x more      1x       1x        1.4312x  0.063345x
|     45  gcp:asia-southeast2           874.33  1,308  11.271x more     1x       1x        1.4312x  0.061994x
|     46  gcp:africa-south1             912.58  1,308  11.764x more     1x       1x        1.4312x  0.059396x
|
| The levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):
| model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),
| map (the grid's intensity); their product is the saving on the gross CO2e.
