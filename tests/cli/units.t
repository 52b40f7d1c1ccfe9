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
