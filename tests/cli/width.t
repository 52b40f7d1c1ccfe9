# The text views are laid out to 80 columns, or to COLUMNS (40 to 1000) when it is set, or to the
# terminal's width when standard output is one (issue 13, point 1).
$ COLUMNS=120 mlcarbon hardware list --vendor AMD --kind gpu
|   id                 W  power is  name
|   radeon-rx-480    150  TDP       AMD Radeon RX 480 8 GB
|   mi50             300  TDP       AMD Instinct MI50
|   mi60             300  TDP       AMD Instinct MI60
|   mi100            300  TDP       AMD Instinct MI100
|   mi210            300  TDP       AMD Instinct MI210
|   mi250            500  TDP       AMD Instinct MI250
|   mi250x           500  TDP       AMD Instinct MI250X
|   mi300x           750  TDP       AMD Instinct MI300X
|   mi325x         1,000  TDP       AMD Instinct MI325X
|   mi350x         1,000  TDP       AMD Instinct MI350X
|   mi355x         1,400  TDP       AMD Instinct MI355X
| 11 entries; `mlcarbon hardware show ID` gives one with its source; --format csv every column.
$ COLUMNS=60 mlcarbon regions list --provider gcp --country US
|   id                g/kWh  year   PUE  name
|   gcp:us-central1  477.23  2025  1.09  Council Bluffs, Iowa
|   gcp:us-central2  490.92  2025  1.09  Mayes County (Pryo...
|   gcp:us-east1     645.97  2025  1.09  Berkeley County (M...
|   gcp:us-east2     479.66  2025  1.09  Douglas County, Ge...
|   gcp:us-east4     410.01  2025  1.09  Northern Virginia ...
|   gcp:us-east5     409.97  2025  1.09  Columbus, Ohio
|   gcp:us-east7     400.57  2025  1.09  Alabama and Tennes...
|   gcp:us-south1    373.09  2025  1.09  Dallas, Texas
|   gcp:us-west1     152.93  2025  1.09  The Dalles, Oregon
|   gcp:us-west2     223.58  2025  1.09  Los Angeles, Calif...
|   gcp:us-west3     622.59  2025  1.09  Salt Lake City, Utah
|   gcp:us-west4     434.58  2025  1.09  Las Vegas, Nevada
| 12 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what
| estimates use (a direct figure converted with its grid's
| generation mix). `mlcarbon regions show ID` gives one with
| its sources; --format csv every column.
$ COLUMNS=60 mlcarbon estimate -g a100 -n 8 --hours 24 --region aws:us-east-1
| mlcarbon estimate: 8 x NVIDIA A100 SXM4 40 GB for 24 h in...
|
|   energy     87.552 kWh  facility, PUE 1.14
|   emissions  29.506 kg CO2e  gross, location-based, lifec...
|   range      16.151 to 32.742 kg CO2e  widest: power per ...
|   embodied   1.9876 kg CO2e  manufacturing; 31.494 kg CO2...
|
|   factor             value  unit       from
|   devices                8  devices    --count
|   power per device     400  W          TDP [1]
|   utilization            1  of power   default
|   IT power             3.2  kW         = 8 x 400 W x 1 / ...
|   duration              24  h          --hours 24
|   IT energy           76.8  kWh        = 3.2 kW x 24 h
|   PUE                 1.14             aws fleet, 2025 [2]
|   facility energy   87.552  kWh        = 76.8 kWh x PUE 1.14
|   grid intensity    337.02  gCO2e/kWh  US-SRVC 2023, dire...
|   emissions         29.506  kg CO2e    = 87.552 kWh x 337...
|
|   [1] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)
|   [2] Amazon Sustainability: the cloud (Amazon, 2026)
|   [3] eGRID2023 (US Environmental Protection Agency, 2025)
|   TDP is a maximum (-u, --power). -v: full report, source...
# Out of range or not a number: 80.
$ COLUMNS=10 mlcarbon regions list --provider aws --country FR
|   id             g/kWh  year   PUE  name
|   aws:eu-west-3  41.44  2025  1.14  Europe (Paris)
| 1 entry; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ COLUMNS=wide mlcarbon regions list --provider aws --country FR
|   id             g/kWh  year   PUE  name
|   aws:eu-west-3  41.44  2025  1.14  Europe (Paris)
| 1 entry; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
