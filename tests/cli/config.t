# Defaults from the environment and from a project file; flags win.
$ MLCARBON_REGION=FR mlcarbon estimate -g a100 --hours 10 -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 10 h in country:FR (France)
|
|   energy      6.24 kWh  (facility, PUE 1.56 included)
|   emissions   0.25859 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.25859 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.10687 to 0.57711 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 0.36211 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                         10  h          --hours 10
|   IT energy                         4  kWh        = 0.4 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy                6.24  kWh        = 4 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.25859  kg CO2e    = 6.24 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.25859  kg CO2e    = 0.25859 - 0
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.36211  kg CO2e    = 0.25859 + 0.10352
|
| Range (0.10687 to 0.57711 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54   0.2526 to 0.49009  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.15515 to 0.28444  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.18234 to 0.27682  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
|   - Defaults from the environment or a project file: --region FR (MLCARBON_REGION).
$ MLCARBON_REGION=FR mlcarbon estimate -g a100 --hours 10 -r SE --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:SE,SE,1.56,default,35.26,grid,2025,4,6.24,0.2200224,0,0.2200224,lifecycle,country,,0.10352314441758438,0.3235455444175844,0.09216239999999999,0.30670552,2.64,7.348,
$ MLCARBON_PUE=1.3 mlcarbon estimate -g a100 --hours 10 -r FR --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 5.2,
|   "it_energy_kwh": 4,
|   "co2e_kg": 0.215488,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.215488,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.10352314441758438,
|   "total_with_embodied_kg": 0.3190111444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.12629759999999998,
|     "co2e_kg_high": 0.44924880000000006,
|     "energy_kwh_low": 3.12,
|     "energy_kwh_high": 5.720000000000001,
|     "factors": [
|       {
|         "name": "intensity",
|         "low": 40.48,
|         "central": 41.44,
|         "high": 78.54,
|         "co2e_kg_low": 0.210496,
|         "co2e_kg_high": 0.40840800000000005,
|         "basis": "annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"
|       },
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.1292928,
|         "co2e_kg_high": 0.2370368,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
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
|     "pue": 1.3,
|     "pue_origin": "setting",
|     "pue_year": null,
|     "pue_source": null,
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
|       "value": 10,
|       "unit": "h",
|       "source": "--hours 10",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 10 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.3,
|       "unit": "",
|       "source": "--pue default (MLCARBON_PUE or a project file; see the settings)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 5.2,
|       "unit": "kWh",
|       "source": "",
|       "formula": "4 kWh x PUE 1.3"
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
|       "value": 0.215488,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "5.2 kWh x 41.44 g/kWh / 1000"
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
|       "value": 0.215488,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.21549 - 0"
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
|       "value": 0.3190111444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.21549 + 0.10352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [
|     {
|       "key": "pue",
|       "value": "1.3",
|       "from": "MLCARBON_PUE"
|     }
|   ],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }
$ MLCARBON_PUE=1.3 mlcarbon estimate -g a100 --hours 10 -r FR --pue 1.1 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.1,user,41.44,grid,2025,4,4.4,0.18233600000000003,0,0.18233600000000003,lifecycle,country,,0.10352314441758438,0.2858591444175844,0.1068672,0.3801336000000001,2.64,4.840000000000001,
$ MLCARBON_HARDWARE=h100 mlcarbon estimate --hours 10 -r FR --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,h100-sxm,1,700,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,7,10.92,0.45252479999999995,0,0.45252479999999995,lifecycle,country,,0.10352314441758438,0.5560479444175843,0.1870176,1.0099458600000002,4.620000000000001,12.859000000000002,--hardware h100 (MLCARBON_HARDWARE)
$ MLCARBON_HARDWARE=h100 mlcarbon estimate --hours 10 -r FR --power 300 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,,1,300,user,1,10,country:FR,FR,1.56,default,41.44,grid,2025,3,4.68,0.19393919999999998,0,0.19393919999999998,lifecycle,country,,0,0.19393919999999998,0.133584,0.39348540000000004,3.3000000000000003,5.01,
$ MLCARBON_HARDWARE=h100 mlcarbon estimate --hours 10 -r FR --instance aws:p4d.24xlarge --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,8,400,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,41.407642475,64.59592226100001,2.67685501849584,0,2.67685501849584,lifecycle,country,,0.828185155340675,3.505040173836515,1.2738411041268,5.850818680777455,31.468406722500003,74.49476293325,
$ MLCARBON_FORMAT=csv mlcarbon estimate -g a100 --hours 10 -r FR
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,4,6.24,0.2585856,0,0.2585856,lifecycle,country,,0.10352314441758438,0.3621087444175844,0.1068672,0.57711192,2.64,7.348,--format csv (MLCARBON_FORMAT)
$ MLCARBON_FORMAT=csv mlcarbon estimate -g a100 --hours 10 -r FR --format text -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 10 h in country:FR (France)
|
|   energy      6.24 kWh  (facility, PUE 1.56 included)
|   emissions   0.25859 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.25859 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.10687 to 0.57711 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 0.36211 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                         10  h          --hours 10
|   IT energy                         4  kWh        = 0.4 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy                6.24  kWh        = 4 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.25859  kg CO2e    = 6.24 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.25859  kg CO2e    = 0.25859 - 0
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.36211  kg CO2e    = 0.25859 + 0.10352
|
| Range (0.10687 to 0.57711 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54   0.2526 to 0.49009  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.15515 to 0.28444  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.18234 to 0.27682  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.
$ MLCARBON_FORMAT=markdown mlcarbon hardware show a100
| NVIDIA A100 SXM4 40 GB (a100-sxm4-40gb)
|   vendor:    NVIDIA
|   kind:      gpu
|   power:     400 W (TDP)
|   memory:    40 GB
|   released:  2020
|   aliases:   A100, A100 SXM4 40GB, A100 SXM 40GB, NVIDIA A100-SXM4-40GB, A100 40GB, A100 SXM4, A100 SXM
|   note:      The family alias a100 (and 'A100 SXM4', 'A100 40GB') names this variant, the one in AWS p4d, GCP a2-highgpu and Azure ND A100 v4.
|   source:
|     title:     NVIDIA A100 Tensor Core GPU datasheet
|     publisher: NVIDIA
|     year:      2021
|     url:       https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Max TDP: A100 40GB PCIe 250 W, A100 80GB PCIe 300 W, A100 SXM (40 and 80 GB) 400 W.
$ MLCARBON_DATA_DIR=$SRC/tests/data/mini mlcarbon --version
| mlcarbon 0.1.0
| data: hardware.json test-fixture, regions.json test-fixture ($SRC/tests/data/mini)
$ MLCARBON_DATA_DIR=$SRC/tests/data/mini mlcarbon hardware list
|   id                W  power is  name
|   v100-pcie-16gb  250  TDP       NVIDIA Tesla V100 PCIe 16 GB
|   v100-sxm2-16gb  300  TDP       NVIDIA Tesla V100 SXM2 16 GB
|   a100-sxm4-40gb  400  TDP       NVIDIA A100 SXM4 40 GB
|   a100-sxm4-80gb  400  TDP       NVIDIA A100 SXM4 80 GB
|   a100-pcie-40gb  250  TDP       NVIDIA A100 PCIe 40 GB
|   a100-pcie-80gb  300  TDP       NVIDIA A100 PCIe 80 GB
|   tpu-v3          283  measured  Google TPU v3 (per chip)
| 7 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ MLCARBON_REGION=FR MLCARBON_PUE=1.2 mlcarbon estimate -g a100 --hours 10 --intensity 100 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,,,1.2,setting,100,user,,4,4.8,0.48,0,0.48,lifecycle,,,0.10352314441758438,0.5835231444175843,0.288,0.528,2.88,5.28,--pue 1.2 (MLCARBON_PUE)
$ MLCARBON_REGION=nowhere mlcarbon estimate -g a100 --hours 10
! mlcarbon: error: unknown region 'nowhere'; `mlcarbon regions list` lists the known names
[3]
$ MLCARBON_PUE=abc mlcarbon estimate -g a100 --hours 10 -r FR
! mlcarbon: error: MLCARBON_PUE: 'abc' is not a number; expected a PUE >= 1 and <= 3
[2]
$ MLCARBON_PUE= mlcarbon estimate -g a100 --hours 10 -r FR --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,4,6.24,0.2585856,0,0.2585856,lifecycle,country,,0.10352314441758438,0.3621087444175844,0.1068672,0.57711192,2.64,7.348,

# A project file in the working directory
%file .mlcarbon.json
{"region": "gcp:europe-west4", "budget": "500kg", "format": "json", "pue": 1.2}
%end
$ mlcarbon estimate -g a100 --hours 10
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "2026-11-29",
|     "regions_version": "2026-11-29",
|     "origin": "embedded"
|   },
|   "energy_kwh": 4.8,
|   "it_energy_kwh": 4,
|   "co2e_kg": 1.3192415886188498,
|   "offset_kg": 0,
|   "net_co2e_kg": 1.3192415886188498,
|   "market_co2e_kg": 0.23746348595139302,
|   "embodied_kg": 0.10352314441758438,
|   "total_with_embodied_kg": 1.4227647330364341,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.7915449531713099,
|     "co2e_kg_high": 2.0987577474807355,
|     "energy_kwh_low": 2.88,
|     "energy_kwh_high": 5.28,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.7915449531713099,
|         "co2e_kg_high": 1.4511657474807351,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
|       },
|       {
|         "name": "intensity",
|         "low": 274.84199762892706,
|         "central": 274.84199762892706,
|         "high": 397.4919976289271,
|         "co2e_kg_low": 1.3192415886188498,
|         "co2e_kg_high": 1.90796158861885,
|         "basis": "annual figures 2021 to 2025: Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data (2026)"
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
|     "region": "gcp:europe-west4",
|     "region_name": "Netherlands",
|     "grid": "NL",
|     "pue": 1.2,
|     "pue_origin": "setting",
|     "pue_year": null,
|     "pue_source": null,
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
|     "compute": null,
|     "embodied_kg_per_device": 462.5,
|     "lifetime_hours": 44676,
|     "defaults": [
|       "count",
|       "utilization",
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
|       "value": 10,
|       "unit": "h",
|       "source": "--hours 10",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 10 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.2,
|       "unit": "",
|       "source": "--pue default (MLCARBON_PUE or a project file; see the settings)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 4.8,
|       "unit": "kWh",
|       "source": "",
|       "formula": "4 kWh x PUE 1.2"
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
|       "value": 1.3192415886188498,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "4.8 kWh x 274.84 g/kWh / 1000"
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
|       "value": 1.3192415886188498,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.3192 - 0"
|     },
|     {
|       "name": "market_co2e_kg",
|       "label": "emissions (market-based, provider CFE)",
|       "value": 0.23746348595139302,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.3192 x (1 - 82% carbon-free energy of Google Cloud)"
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
|       "value": 1.4227647330364341,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "1.3192 + 0.10352"
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
|   "settings": [
|     {
|       "key": "format",
|       "value": "json",
|       "from": "$TMP/.mlcarbon.json"
|     },
|     {
|       "key": "region",
|       "value": "gcp:europe-west4",
|       "from": "$TMP/.mlcarbon.json"
|     },
|     {
|       "key": "pue",
|       "value": "1.2",
|       "from": "$TMP/.mlcarbon.json"
|     },
|     {
|       "key": "budget",
|       "value": "500kg",
|       "from": "$TMP/.mlcarbon.json"
|     }
|   ],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "The market-based figure removes Google Cloud's published carbon-free share of the region (82%) from the location-based one: the provider's accounting, shown beside the gross and not replacing it.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run.",
|     "The region's figure is published on a direct basis; it is given here on a lifecycle basis with the 2025 generation mix of NL (--basis direct for the figure as published)."
|   ]
| }
! mlcarbon: within budget: gross emissions of 1.3192 kg CO2e, budget 500kg (0.26385% of it)
$ mlcarbon estimate -g a100 --hours 10 --format csv -r FR
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.2,setting,41.44,grid,2025,4,4.8,0.19891199999999998,0,0.19891199999999998,lifecycle,country,,0.10352314441758438,0.30243514441758435,0.11658239999999999,0.41469120000000004,2.88,5.28,"--pue 1.2 ($TMP/.mlcarbon.json, key pue), --budget 500kg ($TMP/.mlcarbon.json, key budget)"
! mlcarbon: within budget: gross emissions of 0.19891 kg CO2e, budget 500kg (0.039782% of it)
$ mlcarbon estimate -g a100 -n 64 --hours 1000 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,64,400,hardware,1,1000,gcp:europe-west4,NL,1.2,setting,274.84199762892706,region,2025,25600,30720,8443.14616716064,0,8443.14616716064,lifecycle,provider_region,1519.7663100889156,662.5481242725401,9105.69429143318,5065.887700296384,13432.049583876706,18432,33792,"--region gcp:europe-west4 ($TMP/.mlcarbon.json, key region), --pue 1.2 ($TMP/.mlcarbon.json, key pue), --budget 500kg ($TMP/.mlcarbon.json, key budget)"
! mlcarbon: budget exceeded: gross emissions of 8,443 kg CO2e are 7,943 kg CO2e (1,589%) over the budget of 500kg
[7]
$ MLCARBON_REGION=SE mlcarbon estimate -g a100 --hours 10 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:SE,SE,1.2,setting,35.26,grid,2025,4,4.8,0.16924799999999998,0,0.16924799999999998,lifecycle,country,,0.10352314441758438,0.2727711444175844,0.10054079999999999,0.2203872,2.88,5.28,"--region SE (MLCARBON_REGION), --pue 1.2 ($TMP/.mlcarbon.json, key pue), --budget 500kg ($TMP/.mlcarbon.json, key budget)"
! mlcarbon: within budget: gross emissions of 0.16925 kg CO2e, budget 500kg (0.03385% of it)
$ MLCARBON_CONFIG= mlcarbon estimate -g a100 --hours 10 -r FR --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.56,default,41.44,grid,2025,4,6.24,0.2585856,0,0.2585856,lifecycle,country,,0.10352314441758438,0.3621087444175844,0.1068672,0.57711192,2.64,7.348,
$ mlcarbon hardware show a100 --format text
| NVIDIA A100 SXM4 40 GB (a100-sxm4-40gb)
|   vendor:    NVIDIA
|   kind:      gpu
|   power:     400 W (TDP)
|   memory:    40 GB
|   released:  2020
|   aliases:   A100, A100 SXM4 40GB, A100 SXM 40GB, NVIDIA A100-SXM4-40GB, A100 40GB, A100 SXM4, A100 SXM
|   note:      The family alias a100 (and 'A100 SXM4', 'A100 40GB') names this variant, the one in AWS p4d, GCP a2-highgpu and Azure ND A100 v4.
|   source:
|     title:     NVIDIA A100 Tensor Core GPU datasheet
|     publisher: NVIDIA
|     year:      2021
|     url:       https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Max TDP: A100 40GB PCIe 250 W, A100 80GB PCIe 300 W, A100 SXM (40 and 80 GB) 400 W.

# A project file named by MLCARBON_CONFIG, with a data directory relative to it
%file conf/project.json
{"data_dir": "../mini", "hardware": "a100"}
%end
%copy $SRC/tests/data/mini/hardware.json mini/hardware.json
%copy $SRC/tests/data/mini/regions.json mini/regions.json
$ MLCARBON_CONFIG=conf/project.json mlcarbon estimate --hours 10 -r FR --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,10,country:FR,FR,1.56,default,41.79,grid,2025,4,6.24,0.26076960000000005,0,0.26076960000000005,lifecycle,country,,0.10352314441758438,0.3642927444175844,0.15646176,0.28684656000000003,3.7439999999999998,6.864000000000001,"--data-dir conf/../mini (conf/project.json, key data_dir), --hardware a100 (conf/project.json, key hardware)"
$ MLCARBON_CONFIG=conf/project.json mlcarbon --version
| mlcarbon 0.1.0
| data: hardware.json test-fixture, regions.json test-fixture (conf/../mini)
$ MLCARBON_CONFIG=conf/project.json mlcarbon estimate --hours 10 -r FR --format json
| {
|   "schema_version": 1,
|   "mlcarbon_version": "0.1.0",
|   "data": {
|     "hardware_version": "test-fixture",
|     "regions_version": "test-fixture",
|     "origin": "conf/../mini"
|   },
|   "energy_kwh": 6.24,
|   "it_energy_kwh": 4,
|   "co2e_kg": 0.26076960000000005,
|   "offset_kg": 0,
|   "net_co2e_kg": 0.26076960000000005,
|   "market_co2e_kg": null,
|   "embodied_kg": 0.10352314441758438,
|   "total_with_embodied_kg": 0.3642927444175844,
|   "uncertainty": {
|     "method": "interval bounds",
|     "co2e_kg_low": 0.15646176,
|     "co2e_kg_high": 0.28684656000000003,
|     "energy_kwh_low": 3.7439999999999998,
|     "energy_kwh_high": 6.864000000000001,
|     "factors": [
|       {
|         "name": "power",
|         "low": 0.6,
|         "central": 1,
|         "high": 1.1,
|         "co2e_kg_low": 0.15646176,
|         "co2e_kg_high": 0.28684656000000003,
|         "basis": "average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)"
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
|       "year": 2021
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
|       "year": 2024
|     },
|     "intensity_g_per_kwh": 41.79,
|     "intensity_origin": "grid",
|     "intensity_year": 2025,
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
|     "published_intensity_g_per_kwh": 41.79,
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
|       "value": 10,
|       "unit": "h",
|       "source": "--hours 10",
|       "formula": ""
|     },
|     {
|       "name": "it_energy_kwh",
|       "label": "IT energy",
|       "value": 4,
|       "unit": "kWh",
|       "source": "",
|       "formula": "0.4 kW x 10 h"
|     },
|     {
|       "name": "pue",
|       "label": "PUE",
|       "value": 1.56,
|       "unit": "",
|       "source": "default (site without a published PUE) PUE, industry average, 2024: Uptime Institute Global Data Center Survey 2024 (2024)",
|       "formula": ""
|     },
|     {
|       "name": "energy_kwh",
|       "label": "facility energy",
|       "value": 6.24,
|       "unit": "kWh",
|       "source": "",
|       "formula": "4 kWh x PUE 1.56"
|     },
|     {
|       "name": "intensity_g_per_kwh",
|       "label": "grid intensity",
|       "value": 41.79,
|       "unit": "gCO2e/kWh",
|       "source": "France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation (Our World in Data based on Ember and Energy Institute) (2025)",
|       "formula": ""
|     },
|     {
|       "name": "co2e_kg",
|       "label": "emissions (location-based)",
|       "value": 0.26076960000000005,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "6.24 kWh x 41.79 g/kWh / 1000"
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
|       "value": 0.26076960000000005,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.26077 - 0"
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
|       "value": 0.3642927444175844,
|       "unit": "kg CO2e",
|       "source": "",
|       "formula": "0.26077 + 0.10352"
|     }
|   ],
|   "provider_claims": [],
|   "equivalents": [],
|   "compat": null,
|   "settings": [
|     {
|       "key": "data_dir",
|       "value": "conf/../mini",
|       "from": "conf/project.json"
|     },
|     {
|       "key": "hardware",
|       "value": "a100",
|       "from": "conf/project.json"
|     }
|   ],
|   "notes": [
|     "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.",
|     "Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
|     "PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.",
|     "The grid intensity describes 2025: an annual average, not the hours of this run."
|   ]
| }

# A project file with unknown keys or bad values
%file bad/unknown.json
{"regoin": "FR"}
%end
%file bad/array.json
{"region": ["FR"]}
%end
%file bad/format.json
{"format": "yaml"}
%end
$ MLCARBON_CONFIG=bad/unknown.json mlcarbon estimate -g a100 --hours 10 -r FR
! mlcarbon: error: project file: bad/unknown.json: top level: key 'regoin': unknown key (a typo?)
[2]
$ MLCARBON_CONFIG=bad/array.json mlcarbon estimate -g a100 --hours 10
! mlcarbon: error: project file: bad/array.json: top level: key 'region': expected a string or a number, got an array
[2]
$ MLCARBON_CONFIG=bad/format.json mlcarbon estimate -g a100 --hours 10 -r FR
! mlcarbon: error: bad/format.json: 'yaml' is not a format; expected text, json, jsonl, csv, markdown, latex or model-card
[2]
$ MLCARBON_CONFIG=bad/format.json mlcarbon estimate -g a100 --hours 10 -r FR --format text -v
| mlcarbon estimate: 1 x NVIDIA A100 SXM4 40 GB for 10 h in country:FR (France)
|
|   energy      6.24 kWh  (facility, PUE 1.56 included)
|   emissions   0.25859 kg CO2e  (gross, location-based; grid intensity on a lifecycle basis)
|   net         0.25859 kg CO2e  (after 0 kg CO2e of offsets bought)
|   range       0.10687 to 0.57711 kg CO2e  (interval bounds; widest factor: grid intensity)
|   embodied    0.10352 kg CO2e  (manufacturing, amortised); total with embodied 0.36211 kg CO2e
|
| Breakdown:
|   factor                        value  unit       source / how it is computed
|   devices                           1  device     default (--count not given)
|   power per device                400  W          TDP of NVIDIA A100 SXM4 40 GB: NVIDIA A100 Tensor Core GPU datasheet (2021)
|   utilization                       1  of power   default: the full TDP (--utilization not given)
|   IT power                        0.4  kW         = 1 x 400 W x 1 / 1000
|   duration                         10  h          --hours 10
|   IT energy                         4  kWh        = 0.4 kW x 10 h
|   PUE                            1.56             default (site without a published PUE) PUE, industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024: Uptime Institute Global Data Center Survey 2024 (2024)
|   facility energy                6.24  kWh        = 4 kWh x PUE 1.56
|   grid intensity                41.44  gCO2e/kWh  France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   emissions (location-based)  0.25859  kg CO2e    = 6.24 kWh x 41.44 g/kWh / 1000
|   offsets bought                    0  kg CO2e    none bought (--offset / --offset-kg not given)
|   net emissions               0.25859  kg CO2e    = 0.25859 - 0
|   embodied (manufacturing)    0.10352  kg CO2e    = 1 devices x 10 h x 462.5 kg / 44,676 h of life: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model (arXiv:2211.02001) (Luccioni, Viguier, Ligozat, 2022)
|   total with embodied         0.36211  kg CO2e    = 0.25859 + 0.10352
|
| Range (0.10687 to 0.57711 kg CO2e; each factor alone, then all at their ends):
|   factor              low   high             kg CO2e  basis
|   grid intensity    40.48  78.54   0.2526 to 0.49009  annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)
|   power per device    0.6    1.1  0.15515 to 0.28444  average draw 0.6 to 1.1 times the TDP: Carbon Emissions and Large Neural Network Training (arXiv:2104.10350), Table 3 (Patterson et al., 2021)
|   PUE                 1.1   1.67  0.18234 to 0.27682  range across sites: Uptime Institute Global Data Center Survey 2019 (average PUE 1.67) (2019)
|
| Assumptions:
|   - Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). Give --power W (measured) or --utilization F when you know better.
|   - Embodied emissions: 462.5 kg per device with its share of a server, spread over 44,676 hours of use (BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.
|   - PUE 1.56 is the industry average (2024), assumed for a site without a published PUE; give --pue for your site.
|   - The grid intensity describes 2025: an annual average, not the hours of this run.

# Issue 12, defects 1 and 12: a default's bad value is named by its variable, or its file and key;
# a number a double cannot hold is refused, not read as 0; a default device gives way to
# --instance, a default region (and its PUE) to a site's --intensity
%file tiny/pue.json
{"pue": 1e-400}
%end
%file tiny/subnormal.json
{"pue": 4e-320}
%end
%file tiny/word.json
{"pue": "abc", "hardware": "a100"}
%end
$ MLCARBON_CONFIG=tiny/pue.json mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: project file: tiny/pue.json: pue: number 1e-400 is out of range for a double (too close to 0)
[2]
$ MLCARBON_CONFIG=tiny/subnormal.json mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: project file: tiny/subnormal.json: pue: number 4e-320 is out of range for a double (too close to 0)
[2]
$ MLCARBON_CONFIG=tiny/word.json mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: project file tiny/word.json, key pue: 'abc' is not a number; expected a PUE >= 1 and <= 3
[2]
$ MLCARBON_BASIS=upstream mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: MLCARBON_BASIS: 'upstream' is not a basis; expected lifecycle or direct
[2]
$ MLCARBON_CONFIG=tiny/word.json MLCARBON_PUE=1.1 mlcarbon estimate --instance aws:p4d.24xlarge --hours 1 -r FR --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,8,400,hardware,1,1,country:FR,FR,1.1,setting,41.44,grid,2025,4.1407642475,4.55484067225,0.18875259745804,0,0.18875259745804,lifecycle,country,,0.08281851553406751,0.2715711129921075,0.12738411041267997,0.38538326639851506,3.1468406722499997,4.90684067225,--pue 1.1 (MLCARBON_PUE)
$ MLCARBON_CONFIG=tiny/word.json MLCARBON_PUE=1.1 mlcarbon estimate --power 300 --hours 1 -r FR --format jsonl
| {"schema_version":1,"mlcarbon_version":"0.1.0","data":{"hardware_version":"2026-11-29","regions_version":"2026-11-29","origin":"embedded"},"energy_kwh":0.33,"it_energy_kwh":0.3,"co2e_kg":0.0136752,"offset_kg":0,"net_co2e_kg":0.0136752,"market_co2e_kg":null,"embodied_kg":0,"total_with_embodied_kg":0.0136752,"uncertainty":{"method":"interval bounds","co2e_kg_low":0.0133584,"co2e_kg_high":0.025918200000000002,"energy_kwh_low":0.33,"energy_kwh_high":0.33,"factors":[{"name":"intensity","low":40.48,"central":41.44,"high":78.54,"co2e_kg_low":0.0133584,"co2e_kg_high":0.025918200000000002,"basis":"annual figures 2021 to 2025: Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)"}]},"inputs":{"hardware":null,"hardware_name":null,"count":1,"power_w":300,"power_origin":"user","power_kind":"measured_average","power_source":null,"utilization":1,"hours":1,"energy_kwh":null,"region":"country:FR","region_name":"France","grid":"FR","pue":1.1,"pue_origin":"setting","pue_year":null,"pue_source":null,"intensity_g_per_kwh":41.44,"intensity_origin":"grid","intensity_year":2025,"intensity_basis":"lifecycle","intensity_source":{"key":"owid-carbon-intensity","title":"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)","publisher":"Our World in Data","url":"https://github.com/owid/energy-data","year":2026,"license":"CC BY 4.0"},"intensity_scope":"country","published_intensity_g_per_kwh":41.44,"published_intensity_basis":"lifecycle","basis_conversion_g_per_kwh":0,"basis_conversion_mix_year":null,"basis_conversion_mix_source":null,"offset_percent":null,"offset_kg":null,"instance":null,"nodes":null,"cpu":null,"cpu_count":0,"cpu_power_w":0,"cpu_power_origin":null,"cpu_utilization":1,"memory_gb":0,"memory_w_per_gb":0,"overhead_w":0,"compute":null,"embodied_kg_per_device":0,"lifetime_hours":0,"defaults":["count","intensity"]},"breakdown":[{"name":"count","label":"devices","value":1,"unit":"device","source":"default (--count not given)","formula":""},{"name":"power_w","label":"power per device","value":300,"unit":"W","source":"--power (measured average per device)","formula":""},{"name":"utilization","label":"utilization","value":1,"unit":"of power","source":"not applied: --power is already an average","formula":""},{"name":"it_power_kw","label":"IT power","value":0.3,"unit":"kW","source":"","formula":"1 x 300 W x 1 / 1000"},{"name":"hours","label":"duration","value":1,"unit":"h","source":"--hours 1","formula":""},{"name":"it_energy_kwh","label":"IT energy","value":0.3,"unit":"kWh","source":"","formula":"0.3 kW x 1 h"},{"name":"pue","label":"PUE","value":1.1,"unit":"","source":"--pue default (MLCARBON_PUE or a project file; see the settings)","formula":""},{"name":"energy_kwh","label":"facility energy","value":0.33,"unit":"kWh","source":"","formula":"0.3 kWh x PUE 1.1"},{"name":"intensity_g_per_kwh","label":"grid intensity","value":41.44,"unit":"gCO2e/kWh","source":"France (FR, national average), 2025 annual average (lifecycle basis): Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute) (2026)","formula":""},{"name":"co2e_kg","label":"emissions (location-based)","value":0.0136752,"unit":"kg CO2e","source":"","formula":"0.33 kWh x 41.44 g/kWh / 1000"},{"name":"offset_kg","label":"offsets bought","value":0,"unit":"kg CO2e","source":"none bought (--offset / --offset-kg not given)","formula":""},{"name":"net_co2e_kg","label":"net emissions","value":0.0136752,"unit":"kg CO2e","source":"","formula":"0.013675 - 0"}],"provider_claims":[],"equivalents":[],"compat":null,"settings":[{"key":"pue","value":"1.1","from":"MLCARBON_PUE"}],"notes":["No --hardware given: the device is described only by --power.","The grid intensity describes 2025: an annual average, not the hours of this run."]}
$ MLCARBON_CONFIG= MLCARBON_REGION=aws:us-east-1 mlcarbon estimate -g a100 --hours 1 --intensity 100 --format csv
| schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,settings
| 1,a100-sxm4-40gb,1,400,hardware,1,1,,,1.56,default,100,user,,0.4,0.6240000000000001,0.06240000000000001,0,0.06240000000000001,lifecycle,,,0.010352314441758438,0.07275231444175845,0.026400000000000003,0.07348000000000002,0.264,0.7348000000000001,

# A default format applies where the command prints in it, else text; an explicit --format is
# held to the command's formats (issue 13, point 4).
%file latex/.mlcarbon.json
{"format": "latex"}
%end
$ MLCARBON_CONFIG=latex/.mlcarbon.json mlcarbon hardware list --kind tpu
|   id         W  power is  name
|   tpu-v2   221  measured  Google TPU v2 (per chip)
|   tpu-v3   283  measured  Google TPU v3 (per chip)
|   tpu-v4   170  measured  Google TPU v4 (per chip)
|   tpu-v5p  540  estimate  Google TPU v5p (per chip)
|   tpu-v6e  380  estimate  Google TPU v6e Trillium (per chip)
|   tpu-v7   960  estimate  Google TPU v7 Ironwood (per chip)
| 6 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ MLCARBON_FORMAT=latex mlcarbon regions list --provider aws --country FR
|   id             g/kWh  year   PUE  name
|   aws:eu-west-3  41.44  2025  1.14  Europe (Paris)
| 1 entry; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ MLCARBON_FORMAT=latex mlcarbon regions list --provider aws --country FR --format latex
! mlcarbon: error: --format latex is not available for `regions list`; use text, json or csv
[2]
# A broken project file does not break --version (a warning says it was ignored) or --help.
%file broken/.mlcarbon.json
{"format": "latex", "pue": "abc"
%end
$ MLCARBON_CONFIG=broken/.mlcarbon.json mlcarbon --version
| mlcarbon 0.1.0
| data: hardware.json 2026-11-29, regions.json 2026-11-29 (embedded)
! mlcarbon: warning: project file: broken/.mlcarbon.json: not valid JSON at line 2, column 1: syntax error while parsing object - unexpected end of input; expected '}' (defaults ignored for --version)
$ MLCARBON_CONFIG=broken/.mlcarbon.json mlcarbon estimate -g a100 --hours 1 -r FR
! mlcarbon: error: project file: broken/.mlcarbon.json: not valid JSON at line 2, column 1: syntax error while parsing object - unexpected end of input; expected '}'
[2]
