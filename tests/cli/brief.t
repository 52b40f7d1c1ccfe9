# --brief: the result in at most three lines (issue 13, point 1). The README example:
# 8 x 400 W x 24 h = 76.8 kWh x PUE 1.14 = 87.552 kWh; x 337.02 g/kWh (eGRID SRVC 2023 on a lifecycle basis) = 29.506 kg.
$ mlcarbon estimate -g a100 -n 8 --hours 24 --region aws:us-east-1 --brief
| 87.552 kWh, 29.506 kg CO2e: 8 x a100-sxm4-40gb, 24 h, aws:us-east-1
| PUE 1.14 (provider), grid 337.02 gCO2e/kWh (US-SRVC 2023, lifecycle)
| range 16.151 to 32.742 kg CO2e; embodied 1.9876 kg CO2e
$ mlcarbon estimate --power 310 -n 2 --hours 500 --intensity 250 --pue 1.4 --offset 30 --brief
| 434 kWh, 108.5 kg CO2e: 2 x 310 W device(s), 500 h, a private site
| PUE 1.4 (given), grid 250 gCO2e/kWh (given, lifecycle)
| net 75.95 kg CO2e after offsets
$ mlcarbon estimate -g h100 -n 64 --hours 72 --region gcp:us-central1 --brief
| 3,516 kWh, 1,678 kg CO2e: 64 x h100-sxm, 72 h, gcp:us-central1
| PUE 1.09 (provider), grid 477.23 gCO2e/kWh (gcp:us-central1 2025, lifecycle)
| range 909.68 to 2,026 kg CO2e; market-based 201.35 kg CO2e; embodied 47.703 kg CO2e
$ mlcarbon estimate -g a100 --hours 1 -r FR --brief -f json
! mlcarbon: error: --brief shortens the text output of one estimate; it does not go with --value, -q, --jobs, --compat, --equivalents or another --format
[2]
$ mlcarbon estimate -g a100 --hours 1 -r FR --brief -q
! mlcarbon: error: --brief shortens the text output of one estimate; it does not go with --value, -q, --jobs, --compat, --equivalents or another --format
[2]
