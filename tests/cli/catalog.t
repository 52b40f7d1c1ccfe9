# The catalog views: hardware, regions, instances, data check, version and help.
$ mlcarbon hardware list
|   id                                W  power is  name
|   tesla-k80                       150  TDP       NVIDIA Tesla K80 (per GPU; t...
|   tesla-k40                       235  TDP       NVIDIA Tesla K40 (K40c / K40m)
|   tesla-m40                       250  TDP       NVIDIA Tesla M40
|   tesla-p4                         75  TDP       NVIDIA Tesla P4
|   tesla-p40                       250  TDP       NVIDIA Tesla P40
|   p100-pcie-16gb                  250  TDP       NVIDIA Tesla P100 PCIe 16 GB
|   p100-pcie-12gb                  250  TDP       NVIDIA Tesla P100 PCIe 12 GB
|   p100-sxm2-16gb                  300  TDP       NVIDIA Tesla P100 SXM2 16 GB
|   v100-sxm2-16gb                  300  TDP       NVIDIA Tesla V100 SXM2 16 GB
|   v100-sxm2-32gb                  300  TDP       NVIDIA Tesla V100 SXM2 32 GB
|   v100-pcie-16gb                  250  TDP       NVIDIA Tesla V100 PCIe 16 GB
|   v100-pcie-32gb                  250  TDP       NVIDIA Tesla V100 PCIe 32 GB
|   v100s-pcie-32gb                 250  TDP       NVIDIA Tesla V100S PCIe 32 GB
|   t4                               70  TDP       NVIDIA T4
|   nvidia-a2                        60  TDP       NVIDIA A2
|   a10                             150  TDP       NVIDIA A10
|   a10g                            150  TDP       NVIDIA A10G (AWS)
|   a16                            62.5  TDP       NVIDIA A16 (per GPU; four GP...
|   a30                             165  TDP       NVIDIA A30
|   a40                             300  TDP       NVIDIA A40
|   a100-sxm4-40gb                  400  TDP       NVIDIA A100 SXM4 40 GB
|   a100-sxm4-80gb                  400  TDP       NVIDIA A100 SXM4 80 GB
|   a100-pcie-40gb                  250  TDP       NVIDIA A100 PCIe 40 GB
|   a100-pcie-80gb                  300  TDP       NVIDIA A100 PCIe 80 GB
|   a800-sxm4-80gb                  400  TDP       NVIDIA A800 SXM4 80 GB (China)
|   h100-sxm                        700  TDP       NVIDIA H100 SXM5 80 GB
|   h100-pcie                       350  TDP       NVIDIA H100 PCIe 80 GB
|   h100-nvl                        400  TDP       NVIDIA H100 NVL 94 GB
|   h800-sxm                        700  TDP       NVIDIA H800 SXM5 80 GB (China)
|   h20                             400  TDP       NVIDIA H20 (China)
|   h200-sxm                        700  TDP       NVIDIA H200 SXM 141 GB
|   h200-nvl                        600  TDP       NVIDIA H200 NVL 141 GB
|   gh200                         1,000  TDP       NVIDIA GH200 Grace Hopper Su...
|   l4                               72  TDP       NVIDIA L4
|   l40                             300  TDP       NVIDIA L40
|   l40s                            350  TDP       NVIDIA L40S
|   b100                            700  TDP       NVIDIA B100
|   b200                          1,000  TDP       NVIDIA B200 (HGX)
|   gb200                         1,200  TDP       NVIDIA GB200 (per Blackwell ...
|   b300                          1,100  TDP       NVIDIA B300 (Blackwell Ultra...
|   gb300                         1,400  TDP       NVIDIA GB300 (per Blackwell ...
|   jetson-agx-xavier                30  TDP       NVIDIA Jetson AGX Xavier (32...
|   gtx-750                          55  TDP       NVIDIA GeForce GTX 750
|   gtx-titan-x                     250  TDP       NVIDIA GeForce GTX TITAN X (...
|   gtx-1660                        120  TDP       NVIDIA GeForce GTX 1660
|   gtx-1080                        180  TDP       NVIDIA GeForce GTX 1080
|   gtx-1080-ti                     250  TDP       NVIDIA GeForce GTX 1080 Ti
|   titan-x-pascal                  250  TDP       NVIDIA TITAN X (Pascal)
|   titan-xp                        250  TDP       NVIDIA TITAN Xp
|   titan-v                         250  TDP       NVIDIA TITAN V
|   titan-rtx                       280  TDP       NVIDIA TITAN RTX
|   rtx-2080                        215  TDP       NVIDIA GeForce RTX 2080
|   rtx-2080-ti                     250  TDP       NVIDIA GeForce RTX 2080 Ti
|   rtx-3060                        170  TDP       NVIDIA GeForce RTX 3060
|   rtx-3070                        220  TDP       NVIDIA GeForce RTX 3070
|   rtx-3080                        320  TDP       NVIDIA GeForce RTX 3080
|   rtx-3080-ti                     350  TDP       NVIDIA GeForce RTX 3080 Ti
|   rtx-3090                        350  TDP       NVIDIA GeForce RTX 3090
|   rtx-3090-ti                     450  TDP       NVIDIA GeForce RTX 3090 Ti
|   rtx-4070                        200  TDP       NVIDIA GeForce RTX 4070
|   rtx-4080                        320  TDP       NVIDIA GeForce RTX 4080
|   rtx-4090                        450  TDP       NVIDIA GeForce RTX 4090
|   rtx-5080                        360  TDP       NVIDIA GeForce RTX 5080
|   rtx-5090                        575  TDP       NVIDIA GeForce RTX 5090
|   quadro-k6000                    225  TDP       NVIDIA Quadro K6000
|   quadro-p6000                    250  TDP       NVIDIA Quadro P6000
|   quadro-rtx-6000                 260  TDP       NVIDIA Quadro RTX 6000
|   quadro-rtx-8000                 260  TDP       NVIDIA Quadro RTX 8000
|   rtx-a4000                       140  TDP       NVIDIA RTX A4000
|   rtx-a4500                       200  TDP       NVIDIA RTX A4500
|   rtx-a5000                       230  TDP       NVIDIA RTX A5000
|   rtx-a6000                       300  TDP       NVIDIA RTX A6000
|   rtx-4000-ada                    130  TDP       NVIDIA RTX 4000 Ada Generation
|   rtx-5000-ada                    250  TDP       NVIDIA RTX 5000 Ada Generation
|   rtx-6000-ada                    300  TDP       NVIDIA RTX 6000 Ada Generation
|   rtx-pro-6000-blackwell          600  TDP       NVIDIA RTX PRO 6000 Blackwel...
|   rtx-pro-6000-blackwell-max-q    300  TDP       NVIDIA RTX PRO 6000 Blackwel...
|   radeon-rx-480                   150  TDP       AMD Radeon RX 480 8 GB
|   tpu-v2                          221  measured  Google TPU v2 (per chip)
|   tpu-v3                          283  measured  Google TPU v3 (per chip)
|   tpu-v4                          170  measured  Google TPU v4 (per chip)
|   tpu-v5p                         540  estimate  Google TPU v5p (per chip)
|   tpu-v6e                         380  estimate  Google TPU v6e Trillium (per...
|   tpu-v7                          960  estimate  Google TPU v7 Ironwood (per ...
|   mi50                            300  TDP       AMD Instinct MI50
|   mi60                            300  TDP       AMD Instinct MI60
|   mi100                           300  TDP       AMD Instinct MI100
|   mi210                           300  TDP       AMD Instinct MI210
|   mi250                           500  TDP       AMD Instinct MI250
|   mi250x                          500  TDP       AMD Instinct MI250X
|   mi300x                          750  TDP       AMD Instinct MI300X
|   mi325x                        1,000  TDP       AMD Instinct MI325X
|   mi350x                        1,000  TDP       AMD Instinct MI350X
|   mi355x                        1,400  TDP       AMD Instinct MI355X
|   gaudi                           300  TDP       Intel Gaudi (HL-205)
|   gaudi2                          600  TDP       Intel Gaudi 2 (HL-225)
|   gaudi3                          900  TDP       Intel Gaudi 3 OAM (HL-325L)
|   max-1550                        600  TDP       Intel Data Center GPU Max 1550
|   max-1100                        300  TDP       Intel Data Center GPU Max 1100
|   trainium2                       500  estimate  AWS Trainium2
|   xeon-e5-2699-v3                 145  TDP       Intel Xeon E5-2699 v3
|   xeon-e5-2630-v4                  85  TDP       Intel Xeon E5-2630 v4
|   xeon-e5-2650-v4                 105  TDP       Intel Xeon E5-2650 v4
|   xeon-e5-2686-v4                 145  estimate  Intel Xeon E5-2686 v4
|   xeon-gold-5220                  125  TDP       Intel Xeon Gold 5220
|   xeon-gold-6148                  150  TDP       Intel Xeon Gold 6148
|   xeon-platinum-8160              150  TDP       Intel Xeon Platinum 8160
|   xeon-platinum-8124m             240  estimate  Intel Xeon Platinum 8124M
|   xeon-platinum-8168              205  TDP       Intel Xeon Platinum 8168
|   xeon-platinum-8180              205  TDP       Intel Xeon Platinum 8180
|   xeon-platinum-8175m             240  estimate  Intel Xeon Platinum 8175M
|   xeon-platinum-8275cl            240  estimate  Intel Xeon Platinum 8275CL
|   xeon-platinum-8273cl            165  estimate  Intel Xeon Platinum 8273CL
|   xeon-platinum-8280              205  TDP       Intel Xeon Platinum 8280
|   xeon-gold-6248                  150  TDP       Intel Xeon Gold 6248
|   xeon-gold-6230                  125  TDP       Intel Xeon Gold 6230
|   xeon-platinum-8358              250  TDP       Intel Xeon Platinum 8358
|   xeon-platinum-8368              270  TDP       Intel Xeon Platinum 8368
|   xeon-platinum-8370c             205  estimate  Intel Xeon Platinum 8370C
|   xeon-platinum-8373c             300  estimate  Intel Xeon Platinum 8373C
|   xeon-platinum-8380              270  TDP       Intel Xeon Platinum 8380
|   xeon-platinum-8375c             300  estimate  Intel Xeon Platinum 8375C
|   xeon-platinum-8480-plus         350  TDP       Intel Xeon Platinum 8480+
|   xeon-platinum-8468              350  TDP       Intel Xeon Platinum 8468
|   xeon-platinum-8470              350  TDP       Intel Xeon Platinum 8470
|   xeon-platinum-8592-plus         350  TDP       Intel Xeon Platinum 8592+
|   xeon-6980p                      500  TDP       Intel Xeon 6980P
|   epyc-7282                       120  TDP       AMD EPYC 7282
|   epyc-7702                       200  TDP       AMD EPYC 7702
|   epyc-7742                       225  TDP       AMD EPYC 7742
|   epyc-7h12                       280  TDP       AMD EPYC 7H12
|   epyc-7763                       280  TDP       AMD EPYC 7763
|   epyc-7713                       225  TDP       AMD EPYC 7713
|   epyc-7r13                       225  estimate  AMD EPYC 7R13
|   epyc-9654                       360  TDP       AMD EPYC 9654
|   epyc-9554                       360  TDP       AMD EPYC 9554
|   epyc-9754                       360  TDP       AMD EPYC 9754
|   epyc-9755                       500  TDP       AMD EPYC 9755
|   epyc-9965                       500  TDP       AMD EPYC 9965
| 139 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ mlcarbon hardware list --format json
| {
|   "schema_version": 1,
|   "hardware": [
|     {
|       "id": "tesla-k80",
|       "name": "NVIDIA Tesla K80 (per GPU; two GPUs per board)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "K80",
|         "Tesla K80",
|         "NVIDIA Tesla K80"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2014,
|       "power_alternatives": [
|         {
|           "power_w": 300,
|           "note": "whole K80 board (two GK210 GPUs, 2 x 12 GB), the datasheet's figure"
|         }
|       ],
|       "note": "Per GPU as nvidia-smi and cloud instances count them (AWS p2, GCP nvidia-tesla-k80 are billed per GPU, i.e. half a board): half of the datasheet's 300 W board power. nvidia-smi reports a 149 W power limit per K80 GPU.",
|       "source": {
|         "key": "nvidia-k80-datasheet",
|         "title": "NVIDIA Tesla K80 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-product-literature/TeslaK80-datasheet.pdf",
|         "year": 2014,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tesla-k40",
|       "name": "NVIDIA Tesla K40 (K40c / K40m)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "K40",
|         "Tesla K40",
|         "K40c",
|         "Tesla K40c",
|         "K40m",
|         "Tesla K40m",
|         "NVIDIA Tesla K40"
|       ],
|       "power_w": 235,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2013,
|       "power_alternatives": [
|         {
|           "power_w": 245,
|           "note": "TechPowerUp's figure for the K40c (actively cooled board), used by mlco2-impact"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "nvidia-k40-board-spec",
|         "title": "Tesla K40 GPU Accelerator board specification (BD-06902-001_v05)",
|         "publisher": "NVIDIA",
|         "url": "http://www.nvidia.com/content/PDF/kepler/Tesla-K40-PCIe-Passive-Board-Spec-BD-06902-001_v05.pdf",
|         "year": 2013,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tesla-m40",
|       "name": "NVIDIA Tesla M40",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "M40",
|         "Tesla M40",
|         "Tesla M40 24GB",
|         "M40 24GB",
|         "NVIDIA Tesla M40"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2015,
|       "power_alternatives": [],
|       "note": "12 GB board; the 24 GB version (2016) has the same 250 W board power.",
|       "source": {
|         "key": "techpowerup-tesla-m40",
|         "title": "TechPowerUp GPU Database: NVIDIA Tesla M40",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/tesla-m40.c2771",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tesla-p4",
|       "name": "NVIDIA Tesla P4",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla P4",
|         "NVIDIA Tesla P4"
|       ],
|       "power_w": 75,
|       "power_kind": "tdp",
|       "memory_gb": 8,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [
|         {
|           "power_w": 50,
|           "note": "the datasheet's low-power setting (50 W / 75 W)"
|         }
|       ],
|       "note": "No bare 'P4' alias: it would be confused with AWS p4d instances (A100).",
|       "source": {
|         "key": "nvidia-p4-datasheet",
|         "title": "NVIDIA Tesla P4 Inferencing Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/pdf/tesla/184457-Tesla-P4-Datasheet-NV-Final-Letter-Web.pdf",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tesla-p40",
|       "name": "NVIDIA Tesla P40",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "P40",
|         "Tesla P40",
|         "NVIDIA Tesla P40"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-p40-datasheet",
|         "title": "NVIDIA Tesla P40 Inferencing Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/documents/nvidia-p40-datasheet.pdf",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "p100-pcie-16gb",
|       "name": "NVIDIA Tesla P100 PCIe 16 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "P100",
|         "Tesla P100",
|         "Tesla P100-PCIE-16GB",
|         "P100 PCIe 16GB",
|         "P100 PCIe",
|         "P100 16GB",
|         "NVIDIA Tesla P100 PCIe 16GB"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "The family alias p100 names this variant, the one in cloud use (GCP nvidia-tesla-p100, Azure NCv2).",
|       "source": {
|         "key": "nvidia-p100-datasheet",
|         "title": "NVIDIA Tesla P100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "p100-pcie-12gb",
|       "name": "NVIDIA Tesla P100 PCIe 12 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla P100-PCIE-12GB",
|         "P100 PCIe 12GB",
|         "P100 12GB",
|         "NVIDIA Tesla P100 PCIe 12GB"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-p100-datasheet",
|         "title": "NVIDIA Tesla P100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "p100-sxm2-16gb",
|       "name": "NVIDIA Tesla P100 SXM2 16 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla P100-SXM2-16GB",
|         "P100 SXM2",
|         "P100 SXM2 16GB",
|         "P100 NVLink",
|         "Tesla P100 SXM2"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-p100-datasheet",
|         "title": "NVIDIA Tesla P100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "v100-sxm2-16gb",
|       "name": "NVIDIA Tesla V100 SXM2 16 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "V100",
|         "Tesla V100",
|         "Tesla V100-SXM2-16GB",
|         "V100 SXM2 16GB",
|         "V100 SXM2",
|         "V100 16GB",
|         "NVIDIA Tesla V100 SXM2 16GB"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "The family alias v100 names this variant, the one in AWS p3 and GCP nvidia-tesla-v100 instances. mlco2-impact's gpus.csv gave it 250 W (swapped with the PCIe card).",
|       "source": {
|         "key": "nvidia-v100-datasheet",
|         "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|         "year": 2018,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "v100-sxm2-32gb",
|       "name": "NVIDIA Tesla V100 SXM2 32 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla V100-SXM2-32GB",
|         "V100 SXM2 32GB",
|         "V100 32GB",
|         "NVIDIA Tesla V100 SXM2 32GB"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "AWS p3dn.24xlarge uses this variant.",
|       "source": {
|         "key": "nvidia-v100-datasheet",
|         "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|         "year": 2018,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "v100-pcie-16gb",
|       "name": "NVIDIA Tesla V100 PCIe 16 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla V100-PCIE-16GB",
|         "V100 PCIe 16GB",
|         "V100 PCIe",
|         "NVIDIA Tesla V100 PCIe 16GB"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "mlco2-impact's gpus.csv gave it 300 W (swapped with the SXM2 module).",
|       "source": {
|         "key": "nvidia-v100-datasheet",
|         "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|         "year": 2018,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "v100-pcie-32gb",
|       "name": "NVIDIA Tesla V100 PCIe 32 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla V100-PCIE-32GB",
|         "V100 PCIe 32GB",
|         "NVIDIA Tesla V100 PCIe 32GB"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-v100-datasheet",
|         "title": "NVIDIA Tesla V100 GPU Accelerator datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
|         "year": 2018,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "v100s-pcie-32gb",
|       "name": "NVIDIA Tesla V100S PCIe 32 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "V100S",
|         "Tesla V100S",
|         "Tesla V100S-PCIE-32GB",
|         "V100S PCIe 32GB",
|         "V100S PCIe"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-v100-product-page",
|         "title": "NVIDIA V100 Tensor Core GPU (product page, specifications incl. V100S PCIe)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/v100/",
|         "year": 2020,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "t4",
|       "name": "NVIDIA T4",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Tesla T4",
|         "NVIDIA T4",
|         "NVIDIA Tesla T4"
|       ],
|       "power_w": 70,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-t4-datasheet",
|         "title": "NVIDIA T4 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
|         "year": 2019,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "nvidia-a2",
|       "name": "NVIDIA A2",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A2",
|         "A2 Tensor Core GPU",
|         "A2 GPU"
|       ],
|       "power_w": 60,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 40,
|           "note": "lower end of the configurable 40-60 W TDP"
|         }
|       ],
|       "note": "No bare 'A2' alias: it would be confused with GCP's a2 machine series (A100).",
|       "source": {
|         "key": "nvidia-a2-product-page",
|         "title": "NVIDIA A2 Tensor Core GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/products/a2/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a10",
|       "name": "NVIDIA A10",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A10",
|         "A10 PCIe"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-a10-product-page",
|         "title": "NVIDIA A10 Tensor Core GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/products/a10-gpu/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a10g",
|       "name": "NVIDIA A10G (AWS)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A10G"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 300,
|           "note": "default and maximum power limit that nvidia-smi reports on AWS g5 instances ('.. W / 300W' in many public g5 logs); NVIDIA publishes no A10G datasheet"
|         }
|       ],
|       "note": "AWS-only variant of the A10 (g5, g5g instances). 150 W is TechPowerUp's figure, also used by Epoch AI and mlco2-impact; the board's firmware power limit on AWS is 300 W, so 150 W may understate it.",
|       "source": {
|         "key": "techpowerup-a10g",
|         "title": "TechPowerUp GPU Database: NVIDIA A10G",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/a10g.c3798",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a16",
|       "name": "NVIDIA A16 (per GPU; four GPUs per board)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A16"
|       ],
|       "power_w": 62.5,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 250,
|           "note": "whole A16 board (four GPUs, 4 x 16 GB), NVIDIA's figure"
|         }
|       ],
|       "note": "Per GPU as nvidia-smi counts them: a quarter of the 250 W board power (nvidia-smi reports a 62 W limit per A16 GPU).",
|       "source": {
|         "key": "nvidia-a16-product-page",
|         "title": "NVIDIA A16 GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/products/a16-gpu/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a30",
|       "name": "NVIDIA A30",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A30"
|       ],
|       "power_w": 165,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-a30-product-page",
|         "title": "NVIDIA A30 Tensor Core GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/products/a30-gpu/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a40",
|       "name": "NVIDIA A40",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA A40",
|         "A40 PCIe"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-a40-datasheet",
|         "title": "NVIDIA A40 datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf",
|         "year": 2020,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a100-sxm4-40gb",
|       "name": "NVIDIA A100 SXM4 40 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "A100",
|         "A100 SXM4 40GB",
|         "A100 SXM 40GB",
|         "NVIDIA A100-SXM4-40GB",
|         "A100 40GB",
|         "A100 SXM4",
|         "A100 SXM"
|       ],
|       "power_w": 400,
|       "power_kind": "tdp",
|       "memory_gb": 40,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "The family alias a100 (and 'A100 SXM4', 'A100 40GB') names this variant, the one in AWS p4d, GCP a2-highgpu and Azure ND A100 v4.",
|       "source": {
|         "key": "nvidia-a100-datasheet",
|         "title": "NVIDIA A100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a100-sxm4-80gb",
|       "name": "NVIDIA A100 SXM4 80 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "A100 SXM4 80GB",
|         "A100 SXM 80GB",
|         "NVIDIA A100-SXM4-80GB",
|         "A100 80GB"
|       ],
|       "power_w": 400,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "AWS p4de, GCP a2-ultragpu and Azure NDm A100 v4 use this variant.",
|       "source": {
|         "key": "nvidia-a100-datasheet",
|         "title": "NVIDIA A100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a100-pcie-40gb",
|       "name": "NVIDIA A100 PCIe 40 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "A100 PCIe 40GB",
|         "NVIDIA A100-PCIE-40GB",
|         "A100 40GB PCIe",
|         "NVIDIA A100 40GB PCIe"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 40,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "mlco2-impact's gpus.csv merged both PCIe boards into one 250 W row ('A100 PCIe 40/80GB').",
|       "source": {
|         "key": "nvidia-a100-datasheet",
|         "title": "NVIDIA A100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a100-pcie-80gb",
|       "name": "NVIDIA A100 PCIe 80 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "A100 PCIe 80GB",
|         "NVIDIA A100 80GB PCIe",
|         "A100 80GB PCIe",
|         "A100 PCIe"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "The alias 'A100 PCIe' names this variant, the PCIe board in cloud use (Azure NC A100 v4).",
|       "source": {
|         "key": "nvidia-a100-datasheet",
|         "title": "NVIDIA A100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "a800-sxm4-80gb",
|       "name": "NVIDIA A800 SXM4 80 GB (China)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "A800",
|         "A800 SXM4 80GB",
|         "NVIDIA A800-SXM4-80GB",
|         "A800 SXM"
|       ],
|       "power_w": 400,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "Export-compliant A100 variant (reduced NVLink). TechPowerUp's figure as relayed by Epoch AI; same 400 W as the A100 SXM4.",
|       "source": {
|         "key": "techpowerup-a800-sxm4-80gb",
|         "title": "TechPowerUp GPU Database: NVIDIA A800 SXM4 80 GB",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/a800-sxm4-80-gb.c3966",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h100-sxm",
|       "name": "NVIDIA H100 SXM5 80 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H100",
|         "H100 SXM",
|         "H100 SXM5",
|         "H100-SXM5-80GB",
|         "H100 SXM5 80GB",
|         "NVIDIA H100 80GB HBM3",
|         "H100 80GB HBM3",
|         "H100 80GB",
|         "NVIDIA H100 SXM"
|       ],
|       "power_w": 700,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "Datasheet: up to 700 W (configurable). The family alias h100 names this variant, the one in AWS p5, GCP a3 and Azure ND H100 v5.",
|       "source": {
|         "key": "nvidia-h100-datasheet",
|         "title": "NVIDIA H100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h100-pcie",
|       "name": "NVIDIA H100 PCIe 80 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H100 PCIe",
|         "NVIDIA H100 PCIe",
|         "H100 PCIe 80GB",
|         "H100-PCIE-80GB"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [
|         {
|           "power_w": 300,
|           "note": "lower end of the configurable 300-350 W TDP"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "nvidia-h100-datasheet",
|         "title": "NVIDIA H100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h100-nvl",
|       "name": "NVIDIA H100 NVL 94 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H100 NVL",
|         "NVIDIA H100 NVL",
|         "H100 NVL 94GB"
|       ],
|       "power_w": 400,
|       "power_kind": "tdp",
|       "memory_gb": 94,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [
|         {
|           "power_w": 350,
|           "note": "lower end of the configurable 350-400 W TDP"
|         }
|       ],
|       "note": "Per GPU; sold as NVLink-bridged pairs.",
|       "source": {
|         "key": "nvidia-h100-datasheet",
|         "title": "NVIDIA H100 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h800-sxm",
|       "name": "NVIDIA H800 SXM5 80 GB (China)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H800",
|         "H800 SXM",
|         "H800 SXM5",
|         "NVIDIA H800"
|       ],
|       "power_w": 700,
|       "power_kind": "tdp",
|       "memory_gb": 80,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Export-compliant H100 SXM variant (reduced NVLink). TechPowerUp's figure as relayed by Epoch AI.",
|       "source": {
|         "key": "techpowerup-h800-sxm5",
|         "title": "TechPowerUp GPU Database: NVIDIA H800 SXM5",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/h800-sxm5.c3975",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h20",
|       "name": "NVIDIA H20 (China)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA H20",
|         "HGX H20"
|       ],
|       "power_w": 400,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Export-compliant Hopper part. NVIDIA publishes no public datasheet; 400 W is Epoch AI's figure, taken from a reseller's specification page that repeats NVIDIA's partner specifications (press reports give the same 400 W).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "h200-sxm",
|       "name": "NVIDIA H200 SXM 141 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H200",
|         "H200 SXM",
|         "NVIDIA H200",
|         "H200 SXM5",
|         "H200-SXM-141GB",
|         "H200 141GB"
|       ],
|       "power_w": 700,
|       "power_kind": "tdp",
|       "memory_gb": 141,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Up to 700 W (configurable). The family alias h200 names this variant, the one in AWS p5e/p5en, GCP a3-ultra and Azure ND H200 v5.",
|       "source": {
|         "key": "nvidia-h200-product-page",
|         "title": "NVIDIA H200 Tensor Core GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/h200/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "h200-nvl",
|       "name": "NVIDIA H200 NVL 141 GB",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "H200 NVL",
|         "NVIDIA H200 NVL"
|       ],
|       "power_w": 600,
|       "power_kind": "tdp",
|       "memory_gb": 141,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "PCIe card; up to 600 W (configurable).",
|       "source": {
|         "key": "nvidia-h200-product-page",
|         "title": "NVIDIA H200 Tensor Core GPU (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/data-center/h200/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gh200",
|       "name": "NVIDIA GH200 Grace Hopper Superchip (CPU + GPU module)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA GH200",
|         "GH200 480GB",
|         "NVIDIA GH200 480GB",
|         "Grace Hopper",
|         "Grace Hopper Superchip",
|         "GH200 Grace Hopper Superchip"
|       ],
|       "power_w": 1000,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [
|         {
|           "power_w": 450,
|           "note": "lower end of the module's programmable 450-1000 W TDP"
|         },
|         {
|           "power_w": 700,
|           "note": "Epoch AI's TDP for the GH200 (the same 700 W as an H100/H200 SXM)"
|         }
|       ],
|       "note": "The power covers the whole superchip: 72-core Grace CPU, Hopper GPU, 96 GB HBM3 (144 GB HBM3e in later modules) and up to 480 GB LPDDR5X. Do not add a separate CPU for a GH200 node; memory_gb is the GPU's HBM only.",
|       "source": {
|         "key": "nvidia-gh200-datasheet",
|         "title": "NVIDIA GH200 Grace Hopper Superchip datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/grace-hopper-superchip-datasheet-partner",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "l4",
|       "name": "NVIDIA L4",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA L4"
|       ],
|       "power_w": 72,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "GCP g2 instances; AWS g6.",
|       "source": {
|         "key": "nvidia-l4-datasheet",
|         "title": "NVIDIA L4 Tensor Core GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "l40",
|       "name": "NVIDIA L40",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA L40"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-l40-datasheet",
|         "title": "NVIDIA L40 GPU datasheet (January 2023)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/support-guide/NVIDIA-L40-Datasheet-January-2023.pdf",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "l40s",
|       "name": "NVIDIA L40S",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA L40S"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "AWS g6e instances.",
|       "source": {
|         "key": "nvidia-l40s-datasheet",
|         "title": "NVIDIA L40S GPU datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "b100",
|       "name": "NVIDIA B100",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA B100",
|         "HGX B100"
|       ],
|       "power_w": 700,
|       "power_kind": "tdp",
|       "memory_gb": 192,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Air-cooled Blackwell for HGX H100-class chassis. Epoch AI's figure, from NVIDIA's GTC 2024 announcement as reported by AnandTech.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "b200",
|       "name": "NVIDIA B200 (HGX)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA B200",
|         "HGX B200",
|         "B200 SXM"
|       ],
|       "power_w": 1000,
|       "power_kind": "tdp",
|       "memory_gb": 180,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Per GPU in HGX/DGX B200 (8 GPUs, 1.44 TB total). GB200 systems run the same GPU at a higher power (see gb200).",
|       "source": {
|         "key": "nvidia-blackwell-datasheet",
|         "title": "NVIDIA Blackwell datasheet (HGX B200 and GB200 NVL72)",
|         "publisher": "NVIDIA",
|         "url": "https://www.primeline-solutions.com/media/categories/server/nach-gpu/nvidia-hgx-h200/nvidia-blackwell-b200-datasheet.pdf",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gb200",
|       "name": "NVIDIA GB200 (per Blackwell GPU in a Grace Blackwell superchip)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA GB200",
|         "GB200 NVL72",
|         "GB200 Grace Blackwell Superchip"
|       ],
|       "power_w": 1200,
|       "power_kind": "tdp",
|       "memory_gb": 186,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "Per GPU, not per superchip (a GB200 superchip is one Grace CPU plus two Blackwell GPUs): Epoch AI's per-GPU TDP. NVIDIA gives no per-GPU datasheet TDP for GB200; the Grace CPU's power is not included, so add it separately (36 CPUs per 72 GPUs in an NVL72 rack).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "b300",
|       "name": "NVIDIA B300 (Blackwell Ultra, HGX)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA B300",
|         "HGX B300",
|         "B300 SXM"
|       ],
|       "power_w": 1100,
|       "power_kind": "tdp",
|       "memory_gb": 270,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "Per GPU in HGX/DGX B300. Epoch AI's figure (from NVIDIA's Blackwell Ultra datasheet and DGX B300 material). GB300 systems run the GPU at 1400 W (see gb300).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gb300",
|       "name": "NVIDIA GB300 (per Blackwell Ultra GPU in a Grace Blackwell Ultra superchip)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "NVIDIA GB300",
|         "GB300 NVL72"
|       ],
|       "power_w": 1400,
|       "power_kind": "tdp",
|       "memory_gb": 288,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "Per GPU; the Grace CPUs are not included. Epoch AI's figure; nvidia-smi reports 1400 W as both the default and maximum power limit of a GB300 GPU (facebookexperimental/triton pull request 2023).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "jetson-agx-xavier",
|       "name": "NVIDIA Jetson AGX Xavier (32 GB module)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "AGX Xavier",
|         "Jetson AGX Xavier",
|         "NVIDIA Jetson AGX Xavier",
|         "Xavier AGX"
|       ],
|       "power_w": 30,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 15,
|           "note": "15 W power mode"
|         },
|         {
|           "power_w": 10,
|           "note": "10 W power mode"
|         }
|       ],
|       "note": "Whole module (CPU, GPU, memory): the largest nvpmodel power budget of the 32 GB module. Other AGX Xavier modules (8 GB, Industrial) have other power modes.",
|       "source": {
|         "key": "nvidia-jetson-xavier-power",
|         "title": "Power Management for Jetson Xavier NX Series and Jetson AGX Xavier Series Devices (NVIDIA Jetson Linux / L4T 32.7.5 Developer Guide)",
|         "publisher": "NVIDIA",
|         "url": "https://docs.nvidia.com/jetson/archives/l4t-archived/l4t-3275/Tegra%20Linux%20Driver%20Package%20Development%20Guide/power_management_jetson_xavier.html",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gtx-750",
|       "name": "NVIDIA GeForce GTX 750",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "GTX 750",
|         "GeForce GTX 750",
|         "NVIDIA GeForce GTX 750"
|       ],
|       "power_w": 55,
|       "power_kind": "tdp",
|       "memory_gb": 1,
|       "cores": null,
|       "released": 2014,
|       "power_alternatives": [],
|       "note": "mlco2-impact's gpus.csv gave 250 W (and 24 GB, 1111 TFLOPS) citing this same page; the card is a 55 W part powered by the PCIe slot alone. 1 GB and 2 GB versions.",
|       "source": {
|         "key": "techpowerup-gtx-750",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce GTX 750",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-gtx-750.c1986",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gtx-titan-x",
|       "name": "NVIDIA GeForce GTX TITAN X (Maxwell)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "GTX TITAN X",
|         "GeForce GTX TITAN X",
|         "NVIDIA GeForce GTX TITAN X",
|         "TITAN X Maxwell"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2015,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-gtx-titan-x",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce GTX TITAN X",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-gtx-titan-x.c2632",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gtx-1660",
|       "name": "NVIDIA GeForce GTX 1660",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "GTX 1660",
|         "GeForce GTX 1660",
|         "NVIDIA GeForce GTX 1660",
|         "GIGABYTE GTX 1660 OC"
|       ],
|       "power_w": 120,
|       "power_kind": "tdp",
|       "memory_gb": 6,
|       "cores": null,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "mlco2-impact lists the GIGABYTE GTX 1660 OC board; its 120 W equals NVIDIA's reference GTX 1660.",
|       "source": {
|         "key": "techpowerup-gigabyte-gtx-1660-oc",
|         "title": "TechPowerUp GPU Database: GIGABYTE GTX 1660 OC",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/gigabyte-gtx-1660-oc.b6844",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gtx-1080",
|       "name": "NVIDIA GeForce GTX 1080",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "GTX 1080",
|         "GeForce GTX 1080",
|         "NVIDIA GeForce GTX 1080"
|       ],
|       "power_w": 180,
|       "power_kind": "tdp",
|       "memory_gb": 8,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-gtx-1080",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce GTX 1080",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-gtx-1080.c2839",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gtx-1080-ti",
|       "name": "NVIDIA GeForce GTX 1080 Ti",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "GTX 1080 Ti",
|         "GeForce GTX 1080 Ti",
|         "NVIDIA GeForce GTX 1080 Ti"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 11,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-gtx-1080-ti",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce GTX 1080 Ti",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-gtx-1080-ti.c2877",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "titan-x-pascal",
|       "name": "NVIDIA TITAN X (Pascal)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "TITAN X Pascal",
|         "TITAN X (Pascal)",
|         "NVIDIA TITAN X",
|         "NVIDIA TITAN X (Pascal)",
|         "TITAN X"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "The bare alias 'TITAN X' names this card; the 2015 Maxwell 'GeForce GTX TITAN X' is gtx-titan-x (also 250 W).",
|       "source": {
|         "key": "techpowerup-titan-x-pascal",
|         "title": "TechPowerUp GPU Database: NVIDIA TITAN X Pascal",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/titan-x-pascal.c2863",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "titan-xp",
|       "name": "NVIDIA TITAN Xp",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "TITAN Xp",
|         "NVIDIA TITAN Xp"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-titan-xp",
|         "title": "TechPowerUp GPU Database: NVIDIA TITAN Xp",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/titan-xp.c2948",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "titan-v",
|       "name": "NVIDIA TITAN V",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "TITAN V",
|         "NVIDIA TITAN V"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-titan-v",
|         "title": "TechPowerUp GPU Database: NVIDIA TITAN V",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/titan-v.c3051",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "titan-rtx",
|       "name": "NVIDIA TITAN RTX",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "TITAN RTX",
|         "NVIDIA TITAN RTX"
|       ],
|       "power_w": 280,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-titan-rtx",
|         "title": "TechPowerUp GPU Database: NVIDIA TITAN RTX",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/titan-rtx.c3311",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-2080",
|       "name": "NVIDIA GeForce RTX 2080",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 2080",
|         "GeForce RTX 2080",
|         "NVIDIA GeForce RTX 2080"
|       ],
|       "power_w": 215,
|       "power_kind": "tdp",
|       "memory_gb": 8,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 225,
|           "note": "Founders Edition (factory overclocked)"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "techpowerup-rtx-2080",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce RTX 2080",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-rtx-2080.c3224",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-2080-ti",
|       "name": "NVIDIA GeForce RTX 2080 Ti",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 2080 Ti",
|         "GeForce RTX 2080 Ti",
|         "NVIDIA GeForce RTX 2080 Ti"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 11,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 260,
|           "note": "Founders Edition (factory overclocked)"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "techpowerup-rtx-2080-ti",
|         "title": "TechPowerUp GPU Database: NVIDIA GeForce RTX 2080 Ti",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/geforce-rtx-2080-ti.c3305",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3060",
|       "name": "NVIDIA GeForce RTX 3060",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3060",
|         "GeForce RTX 3060",
|         "NVIDIA GeForce RTX 3060"
|       ],
|       "power_w": 170,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "12 GB card (an 8 GB version followed in 2022).",
|       "source": {
|         "key": "nvidia-geforce-rtx-3060",
|         "title": "NVIDIA GeForce RTX 3060 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3070",
|       "name": "NVIDIA GeForce RTX 3070",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3070",
|         "GeForce RTX 3070",
|         "NVIDIA GeForce RTX 3070"
|       ],
|       "power_w": 220,
|       "power_kind": "tdp",
|       "memory_gb": 8,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-3070",
|         "title": "NVIDIA GeForce RTX 3070 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3070-3070ti/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3080",
|       "name": "NVIDIA GeForce RTX 3080",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3080",
|         "GeForce RTX 3080",
|         "NVIDIA GeForce RTX 3080"
|       ],
|       "power_w": 320,
|       "power_kind": "tdp",
|       "memory_gb": 10,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [
|         {
|           "power_w": 350,
|           "note": "RTX 3080 12 GB version (2022)"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-3080",
|         "title": "NVIDIA GeForce RTX 3080 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3080-ti",
|       "name": "NVIDIA GeForce RTX 3080 Ti",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3080 Ti",
|         "GeForce RTX 3080 Ti",
|         "NVIDIA GeForce RTX 3080 Ti"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-3080",
|         "title": "NVIDIA GeForce RTX 3080 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3090",
|       "name": "NVIDIA GeForce RTX 3090",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3090",
|         "GeForce RTX 3090",
|         "NVIDIA GeForce RTX 3090"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-3090",
|         "title": "NVIDIA GeForce RTX 3090 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-3090-ti",
|       "name": "NVIDIA GeForce RTX 3090 Ti",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 3090 Ti",
|         "GeForce RTX 3090 Ti",
|         "NVIDIA GeForce RTX 3090 Ti"
|       ],
|       "power_w": 450,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-3090",
|         "title": "NVIDIA GeForce RTX 3090 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-4070",
|       "name": "NVIDIA GeForce RTX 4070",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 4070",
|         "GeForce RTX 4070",
|         "NVIDIA GeForce RTX 4070"
|       ],
|       "power_w": 200,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Epoch AI's ml_hardware.csv gives 285 W, which is the RTX 4070 Ti's figure.",
|       "source": {
|         "key": "nvidia-geforce-rtx-4070",
|         "title": "NVIDIA GeForce RTX 4070 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-4080",
|       "name": "NVIDIA GeForce RTX 4080",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 4080",
|         "GeForce RTX 4080",
|         "NVIDIA GeForce RTX 4080"
|       ],
|       "power_w": 320,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-4080",
|         "title": "NVIDIA GeForce RTX 4080 family (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-4090",
|       "name": "NVIDIA GeForce RTX 4090",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 4090",
|         "GeForce RTX 4090",
|         "NVIDIA GeForce RTX 4090"
|       ],
|       "power_w": 450,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-4090",
|         "title": "NVIDIA GeForce RTX 4090 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-5080",
|       "name": "NVIDIA GeForce RTX 5080",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 5080",
|         "GeForce RTX 5080",
|         "NVIDIA GeForce RTX 5080"
|       ],
|       "power_w": 360,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-5080",
|         "title": "NVIDIA GeForce RTX 5080 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-5090",
|       "name": "NVIDIA GeForce RTX 5090",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 5090",
|         "GeForce RTX 5090",
|         "NVIDIA GeForce RTX 5090"
|       ],
|       "power_w": 575,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-geforce-rtx-5090",
|         "title": "NVIDIA GeForce RTX 5090 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "quadro-k6000",
|       "name": "NVIDIA Quadro K6000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Quadro K6000",
|         "NVIDIA Quadro K6000"
|       ],
|       "power_w": 225,
|       "power_kind": "tdp",
|       "memory_gb": 12,
|       "cores": null,
|       "released": 2013,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-quadro-k6000",
|         "title": "TechPowerUp GPU Database: NVIDIA Quadro K6000",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/quadro-k6000.c2426",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "quadro-p6000",
|       "name": "NVIDIA Quadro P6000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Quadro P6000",
|         "NVIDIA Quadro P6000",
|         "P6000"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "techpowerup-quadro-p6000",
|         "title": "TechPowerUp GPU Database: NVIDIA Quadro P6000",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/quadro-p6000.c2865",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "quadro-rtx-6000",
|       "name": "NVIDIA Quadro RTX 6000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Quadro RTX 6000",
|         "NVIDIA Quadro RTX 6000"
|       ],
|       "power_w": 260,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 295,
|           "note": "NVIDIA's total board power, which adds up to 35 W for the VirtualLink USB-C port; 260 W is the total graphics power"
|         }
|       ],
|       "note": "No bare 'RTX 6000' alias: it is ambiguous with the RTX 6000 Ada Generation (rtx-6000-ada).",
|       "source": {
|         "key": "techpowerup-quadro-rtx-6000",
|         "title": "TechPowerUp GPU Database: NVIDIA Quadro RTX 6000",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/quadro-rtx-6000.c3307",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "quadro-rtx-8000",
|       "name": "NVIDIA Quadro RTX 8000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "Quadro RTX 8000",
|         "RTX 8000",
|         "NVIDIA Quadro RTX 8000"
|       ],
|       "power_w": 260,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 295,
|           "note": "NVIDIA's total board power, which adds up to 35 W for the VirtualLink USB-C port; 260 W is the total graphics power"
|         }
|       ],
|       "note": "",
|       "source": {
|         "key": "techpowerup-quadro-rtx-8000",
|         "title": "TechPowerUp GPU Database: NVIDIA Quadro RTX 8000",
|         "publisher": "TechPowerUp",
|         "url": "https://www.techpowerup.com/gpu-specs/quadro-rtx-8000.c3306",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-a4000",
|       "name": "NVIDIA RTX A4000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX A4000",
|         "NVIDIA RTX A4000",
|         "A4000"
|       ],
|       "power_w": 140,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "Dropped by mistake from mlco2-impact's gpus.csv in December 2024; restored here.",
|       "source": {
|         "key": "nvidia-rtx-a4000-page",
|         "title": "NVIDIA RTX A4000 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-a4000/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-a4500",
|       "name": "NVIDIA RTX A4500",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX A4500",
|         "NVIDIA RTX A4500",
|         "A4500"
|       ],
|       "power_w": 200,
|       "power_kind": "tdp",
|       "memory_gb": 20,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-a4500-page",
|         "title": "NVIDIA RTX A4500 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-a4500/",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-a5000",
|       "name": "NVIDIA RTX A5000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX A5000",
|         "NVIDIA RTX A5000",
|         "A5000"
|       ],
|       "power_w": 230,
|       "power_kind": "tdp",
|       "memory_gb": 24,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-a5000-datasheet",
|         "title": "NVIDIA RTX A5000 datasheet",
|         "publisher": "NVIDIA",
|         "url": "https://nvdam.widen.net/s/wrqrqt75vh/nvidia-rtx-a5000-datasheet",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-a6000",
|       "name": "NVIDIA RTX A6000",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX A6000",
|         "NVIDIA RTX A6000",
|         "A6000"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-a6000-page",
|         "title": "NVIDIA RTX A6000 (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-a6000/",
|         "year": 2020,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-4000-ada",
|       "name": "NVIDIA RTX 4000 Ada Generation",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 4000 Ada",
|         "RTX 4000 Ada Generation",
|         "NVIDIA RTX 4000 Ada Generation"
|       ],
|       "power_w": 130,
|       "power_kind": "tdp",
|       "memory_gb": 20,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Single-slot card; the RTX 4000 SFF Ada is a separate 70 W card.",
|       "source": {
|         "key": "nvidia-rtx-4000-ada-page",
|         "title": "NVIDIA RTX 4000 Ada Generation (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-4000/",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-5000-ada",
|       "name": "NVIDIA RTX 5000 Ada Generation",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 5000 Ada",
|         "RTX 5000 Ada Generation",
|         "NVIDIA RTX 5000 Ada Generation"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-5000-ada-page",
|         "title": "NVIDIA RTX 5000 Ada Generation (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-5000/",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-6000-ada",
|       "name": "NVIDIA RTX 6000 Ada Generation",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX 6000 Ada",
|         "RTX 6000 Ada Generation",
|         "NVIDIA RTX 6000 Ada Generation"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-6000-ada-page",
|         "title": "NVIDIA RTX 6000 Ada Generation (product page, specifications)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/design-visualization/rtx-6000/",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-pro-6000-blackwell",
|       "name": "NVIDIA RTX PRO 6000 Blackwell (Workstation / Server Edition)",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX PRO 6000",
|         "RTX PRO 6000 Blackwell",
|         "RTX PRO 6000 Blackwell Workstation Edition",
|         "NVIDIA RTX PRO 6000 Blackwell Workstation Edition",
|         "RTX PRO 6000 Blackwell Server Edition",
|         "NVIDIA RTX PRO 6000 Blackwell Server Edition"
|       ],
|       "power_w": 600,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "Workstation Edition 600 W; the Server Edition is configurable up to 600 W. The 300 W Max-Q Workstation Edition is rtx-pro-6000-blackwell-max-q.",
|       "source": {
|         "key": "nvidia-rtx-pro-6000-family",
|         "title": "NVIDIA RTX PRO 6000 Blackwell family (product page: Workstation, Max-Q Workstation and Server editions)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000-family/",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "rtx-pro-6000-blackwell-max-q",
|       "name": "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
|       "vendor": "NVIDIA",
|       "kind": "gpu",
|       "aliases": [
|         "RTX PRO 6000 Max-Q",
|         "RTX PRO 6000 Blackwell Max-Q",
|         "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition",
|         "RTX PRO 6000 Blackwell Max-Q Workstation Edition"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "",
|       "source": {
|         "key": "nvidia-rtx-pro-6000-family",
|         "title": "NVIDIA RTX PRO 6000 Blackwell family (product page: Workstation, Max-Q Workstation and Server editions)",
|         "publisher": "NVIDIA",
|         "url": "https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000-family/",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "radeon-rx-480",
|       "name": "AMD Radeon RX 480 8 GB",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "AMD RX480",
|         "RX480",
|         "RX 480",
|         "Radeon RX 480",
|         "AMD Radeon RX 480"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": 8,
|       "cores": null,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "Typical board power. A 4 GB model has the same 150 W.",
|       "source": {
|         "key": "amd-rx480-anandtech",
|         "title": "The AMD Radeon RX 480 Preview: Polaris Makes Its Mainstream Mark",
|         "publisher": "AnandTech (Ryan Smith)",
|         "url": "https://www.anandtech.com/show/10446/the-amd-radeon-rx-480-preview",
|         "year": 2016,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tpu-v2",
|       "name": "Google TPU v2 (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv2",
|         "TPU v2",
|         "TPU v2 chip",
|         "TPUv2 Chip",
|         "Google TPU v2",
|         "Cloud TPU v2"
|       ],
|       "power_w": 221,
|       "power_kind": "measured_average",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2017,
|       "power_alternatives": [
|         {
|           "power_w": 280,
|           "note": "TDP per chip as used by Epoch AI, citing Jouppi et al. 2020 (CACM, doi:10.1145/3360307)"
|         }
|       ],
|       "note": "Google publishes no TPU TDP. 221 W is Patterson et al.'s measured average system power per chip during training. 16 GB HBM per chip (a v2-8 board has 4 chips, 64 GB). Memory from Epoch AI.",
|       "source": {
|         "key": "patterson-2021",
|         "title": "Carbon Emissions and Large Neural Network Training (arXiv:2104.10350)",
|         "publisher": "Google and UC Berkeley (Patterson et al.)",
|         "url": "https://arxiv.org/abs/2104.10350",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tpu-v3",
|       "name": "Google TPU v3 (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv3",
|         "TPU v3",
|         "TPU v3 chip",
|         "TPUv3 Chip",
|         "Google TPU v3",
|         "Cloud TPU v3"
|       ],
|       "power_w": 283,
|       "power_kind": "measured_average",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [
|         {
|           "power_w": 220,
|           "note": "measured mean chip power, min/mean/max 123/220/262 W (Google Cloud TPU v3 page, https://cloud.google.com/tpu/docs/v3)"
|         },
|         {
|           "power_w": 262,
|           "note": "measured maximum chip power (same page)"
|         },
|         {
|           "power_w": 450,
|           "note": "TDP per chip as used by Epoch AI, citing Jouppi et al. 2020 (CACM)"
|         }
|       ],
|       "note": "Google publishes no TPU TDP. 283 W is Patterson et al.'s measured average system power per chip during training; Google's chip-only measured mean is 220 W. 32 GiB HBM per chip (a v3-8 board has 4 chips, 128 GiB).",
|       "source": {
|         "key": "patterson-2021",
|         "title": "Carbon Emissions and Large Neural Network Training (arXiv:2104.10350)",
|         "publisher": "Google and UC Berkeley (Patterson et al.)",
|         "url": "https://arxiv.org/abs/2104.10350",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tpu-v4",
|       "name": "Google TPU v4 (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv4",
|         "TPU v4",
|         "TPU v4 chip",
|         "Google TPU v4",
|         "Cloud TPU v4"
|       ],
|       "power_w": 170,
|       "power_kind": "measured_average",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 192,
|           "note": "measured maximum chip power (Google Cloud TPU v4 page; Jouppi et al., ISCA 2023)"
|         },
|         {
|           "power_w": 340,
|           "note": "Epoch AI's TDP estimate, derived from Google's 4.9x TPU v2 peak FLOP/s per TDP claim"
|         }
|       ],
|       "note": "Google publishes no TPU TDP. 170 W is the measured mean chip power (min/mean/max 90/170/192 W) from Jouppi et al., ISCA 2023 (arXiv:2304.01433), as restated on Google's Cloud TPU v4 page. Chip-level: unlike Patterson et al.'s v2/v3 figures it excludes the server's share.",
|       "source": {
|         "key": "google-cloud-tpu-v4",
|         "title": "Cloud TPU documentation: TPU v4",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/tpu/docs/v4",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "tpu-v5p",
|       "name": "Google TPU v5p (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv5p",
|         "TPU v5p",
|         "TPU v5p chip",
|         "Google TPU v5p",
|         "Cloud TPU v5p"
|       ],
|       "power_w": 540,
|       "power_kind": "estimate",
|       "memory_gb": 95,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Estimate by Epoch AI, not a Google figure: 459 TFLOPS bf16 divided by Google's claim of 5.2x TPU v2's peak FLOP/s per TDP, taking TPU v2 = 280 W. A TDP-like upper figure: the same method gives TPU v4 340 W where Google measured a 170 W mean, so average draw is likely well below. Epoch's TPU values changed up to 2x between exports a week apart. 95 GB HBM2e (Google Cloud docs).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "tpu-v6e",
|       "name": "Google TPU v6e Trillium (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv6e",
|         "TPU v6e",
|         "TPU v6e chip",
|         "Google TPU v6e",
|         "Cloud TPU v6e",
|         "Trillium",
|         "TPU Trillium"
|       ],
|       "power_w": 380,
|       "power_kind": "estimate",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Estimate by Epoch AI, not a Google figure: 918 TFLOPS bf16 divided by Google's claim of 14.6x TPU v2's peak FLOP/s per TDP, taking TPU v2 = 280 W. A TDP-like upper figure (see tpu-v5p). 32 GB HBM per chip (Google Cloud docs).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "tpu-v7",
|       "name": "Google TPU v7 Ironwood (per chip)",
|       "vendor": "Google",
|       "kind": "tpu",
|       "aliases": [
|         "TPUv7",
|         "TPU v7",
|         "TPU v7 chip",
|         "Google TPU v7",
|         "TPU7x",
|         "Ironwood",
|         "TPU Ironwood"
|       ],
|       "power_w": 960,
|       "power_kind": "estimate",
|       "memory_gb": 192,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [
|         {
|           "power_w": 980,
|           "note": "the same Epoch AI estimate in its export of a week earlier (about 2025-12-10)"
|         }
|       ],
|       "note": "Estimate by Epoch AI, not a Google figure: derived from Google's claim of 29.3x TPU v2's peak FLOP/s per TDP, taking TPU v2 = 280 W. A TDP-like upper figure (see tpu-v5p). 192 GB HBM.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "mi50",
|       "name": "AMD Instinct MI50",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI50",
|         "AMD Instinct MI50",
|         "AMD MI50",
|         "Radeon Instinct MI50",
|         "AMD Radeon Instinct MI50"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 16,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "PCIe card. A 32 GB model also exists, also rated 300 W.",
|       "source": {
|         "key": "amd-instinct-anandtech-2022",
|         "title": "AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card",
|         "publisher": "AnandTech (Ryan Smith)",
|         "url": "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "mi60",
|       "name": "AMD Instinct MI60",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI60",
|         "AMD Instinct MI60",
|         "AMD MI60",
|         "Radeon Instinct MI60",
|         "AMD Radeon Instinct MI60"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2018,
|       "power_alternatives": [],
|       "note": "PCIe card.",
|       "source": {
|         "key": "amd-mi60-geeknetic",
|         "title": "Llegan al mercado las AMD Radeon Instinct MI50 y MI60, las primeras GPU a 7 nanometros del mercado",
|         "publisher": "Geeknetic",
|         "url": "https://geeknetic.es/Noticia/14778/Llegan-al-mercado-las-AMD-Radeon-Instinct-MI50-y-MI60-las-primeras-GPU-a-7-nanometros-del-mercado.amp.html",
|         "year": 2018,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "mi100",
|       "name": "AMD Instinct MI100",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI100",
|         "AMD Instinct MI100",
|         "AMD MI100"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2020,
|       "power_alternatives": [],
|       "note": "PCIe card.",
|       "source": {
|         "key": "amd-instinct-anandtech-2022",
|         "title": "AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card",
|         "publisher": "AnandTech (Ryan Smith)",
|         "url": "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "mi210",
|       "name": "AMD Instinct MI210",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI210",
|         "AMD Instinct MI210",
|         "AMD MI210"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 64,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "PCIe card.",
|       "source": {
|         "key": "amd-instinct-anandtech-2022",
|         "title": "AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card",
|         "publisher": "AnandTech (Ryan Smith)",
|         "url": "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
|         "year": 2022,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "mi250",
|       "name": "AMD Instinct MI250",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI250",
|         "AMD Instinct MI250",
|         "AMD MI250"
|       ],
|       "power_w": 500,
|       "power_kind": "tdp",
|       "memory_gb": 128,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 560,
|           "note": "peak board power, liquid-cooled OAM; AnandTech's 2022 table lists 560 W"
|         }
|       ],
|       "note": "OAM module with two dies, which the OS lists as two GPUs; the figure is for the whole module, so count modules, not listed GPUs.",
|       "source": {
|         "key": "amd-mi250-product-page",
|         "title": "AMD Instinct MI250 Accelerator (product page)",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html",
|         "year": 2021,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "mi250x",
|       "name": "AMD Instinct MI250X",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI250X",
|         "AMD Instinct MI250X",
|         "AMD MI250X",
|         "Radeon Instinct MI250X"
|       ],
|       "power_w": 500,
|       "power_kind": "tdp",
|       "memory_gb": 128,
|       "cores": null,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 560,
|           "note": "peak board power, liquid-cooled OAM (e.g. HPE Cray EX systems such as Frontier, LUMI)"
|         }
|       ],
|       "note": "OAM module with two dies, which the OS lists as two GPUs; the figure is for the whole module, so count modules, not listed GPUs. Epoch AI's figure, which links AMD's MI250X page.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "mi300x",
|       "name": "AMD Instinct MI300X",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI300X",
|         "AMD Instinct MI300X",
|         "AMD MI300X",
|         "MI300",
|         "AMD Instinct MI300"
|       ],
|       "power_w": 750,
|       "power_kind": "tdp",
|       "memory_gb": 192,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "OAM module. Epoch AI's figure, which links AMD's MI300X data sheet. The family alias 'MI300' points here: MI300X is the variant used in cloud training (the MI300A APU differs).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "mi325x",
|       "name": "AMD Instinct MI325X",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI325X",
|         "AMD Instinct MI325X",
|         "AMD MI325X"
|       ],
|       "power_w": 1000,
|       "power_kind": "tdp",
|       "memory_gb": 256,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "OAM module. Epoch AI's figure, which links AMD's MI325X page.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "mi350x",
|       "name": "AMD Instinct MI350X",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI350X",
|         "AMD Instinct MI350X",
|         "AMD MI350X"
|       ],
|       "power_w": 1000,
|       "power_kind": "tdp",
|       "memory_gb": 288,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "OAM module, air-cooled. Epoch AI's figure, which links AMD's MI350X brochure.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "mi355x",
|       "name": "AMD Instinct MI355X",
|       "vendor": "AMD",
|       "kind": "gpu",
|       "aliases": [
|         "Instinct MI355X",
|         "AMD Instinct MI355X",
|         "AMD MI355X"
|       ],
|       "power_w": 1400,
|       "power_kind": "tdp",
|       "memory_gb": 288,
|       "cores": null,
|       "released": 2025,
|       "power_alternatives": [],
|       "note": "OAM module, liquid-cooled. Epoch AI's figure, which links AMD's MI355X brochure.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gaudi",
|       "name": "Intel Gaudi (HL-205)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi1",
|         "Gaudi 1",
|         "Habana Gaudi",
|         "Intel Gaudi",
|         "Intel Habana Gaudi",
|         "HL-205"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "First-generation Gaudi (Habana Labs), the accelerator of AWS dl1 instances. Epoch AI takes the 300 W from Habana's 2019 launch coverage. 32 GB HBM2 (Hugging Face / Intel Gaudi docs).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gaudi2",
|       "name": "Intel Gaudi 2 (HL-225)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi 2",
|         "Habana Gaudi2",
|         "Habana Gaudi 2",
|         "Intel Gaudi 2",
|         "Intel Habana Gaudi2",
|         "HL-225"
|       ],
|       "power_w": 600,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "OAM module.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gaudi3",
|       "name": "Intel Gaudi 3 OAM (HL-325L)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi 3",
|         "Intel Gaudi 3",
|         "Intel Gaudi3",
|         "Habana Gaudi 3",
|         "HL-325L",
|         "HL-335"
|       ],
|       "power_w": 900,
|       "power_kind": "tdp",
|       "memory_gb": 128,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [
|         {
|           "power_w": 600,
|           "note": "HL-338 PCIe card"
|         },
|         {
|           "power_w": 450,
|           "note": "China models HL-328 (OAM) and HL-388 (PCIe)"
|         },
|         {
|           "power_w": 850,
|           "note": "highest power limit settable with hl-smi (range 450-850 W, Intel Gaudi docs)"
|         }
|       ],
|       "note": "OAM modules HL-325L (air-cooled) and HL-335 are both 900 W per Intel's Gaudi 3 white paper, as reported by The Register; Epoch AI also lists 900 W.",
|       "source": {
|         "key": "intel-gaudi3-theregister",
|         "title": "Intel preps export-friendly lower-power Gaudi 3 AI chips for China",
|         "publisher": "The Register",
|         "url": "https://www.theregister.com/2024/04/12/intel_paudi_3_china/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "max-1550",
|       "name": "Intel Data Center GPU Max 1550",
|       "vendor": "Intel",
|       "kind": "gpu",
|       "aliases": [
|         "Max 1550",
|         "GPU Max 1550",
|         "Data Center GPU Max 1550",
|         "Intel Data Center GPU Max 1550",
|         "Intel Max 1550"
|       ],
|       "power_w": 600,
|       "power_kind": "tdp",
|       "memory_gb": 128,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "OAM module (Ponte Vecchio). Epoch AI takes the figure from TechPowerUp.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "max-1100",
|       "name": "Intel Data Center GPU Max 1100",
|       "vendor": "Intel",
|       "kind": "gpu",
|       "aliases": [
|         "Max 1100",
|         "GPU Max 1100",
|         "Data Center GPU Max 1100",
|         "Intel Data Center GPU Max 1100",
|         "Intel Max 1100"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 48,
|       "cores": null,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "PCIe card (Ponte Vecchio). Epoch AI takes the figure from TechPowerUp.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "trainium2",
|       "name": "AWS Trainium2",
|       "vendor": "Amazon Web Services",
|       "kind": "accelerator",
|       "aliases": [
|         "Trainium 2",
|         "AWS Trainium2",
|         "AWS Trainium 2",
|         "Trn2"
|       ],
|       "power_w": 500,
|       "power_kind": "estimate",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "AWS publishes no power figure. 500 W per chip is SemiAnalysis's estimate as recorded by Epoch AI. 96 GB HBM per chip.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "xeon-e5-2699-v3",
|       "name": "Intel Xeon E5-2699 v3",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon E5-2699 v3",
|         "Intel Xeon E5-2699 v3",
|         "E5-2699 v3"
|       ],
|       "power_w": 145,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 18,
|       "released": 2014,
|       "power_alternatives": [],
|       "note": "Haswell-EP. mlco2/impact names it 'Intel Xeon E5-2699' (its URL is ARK 81061, the v3); the E5-2699 v4 (22 cores) is also 145 W.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-e5-2630-v4",
|       "name": "Intel Xeon E5-2630 v4",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon E5-2630 v4",
|         "Intel Xeon E5-2630 v4",
|         "E5-2630 v4",
|         "Intel Xeon E5-2630v4"
|       ],
|       "power_w": 85,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 10,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "Broadwell-EP (ARK 92981).",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-e5-2650-v4",
|       "name": "Intel Xeon E5-2650 v4",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon E5-2650 v4",
|         "Intel Xeon E5-2650 v4",
|         "E5-2650 v4"
|       ],
|       "power_w": 105,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 12,
|       "released": 2016,
|       "power_alternatives": [],
|       "note": "Broadwell-EP (ARK 91767). mlco2/impact names it 'Intel Xeon E5-2650', but the plain E5-2650 (2012, 8 cores) is a different 95 W part, so that name is not an alias here.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-e5-2686-v4",
|       "name": "Intel Xeon E5-2686 v4",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon E5-2686 v4",
|         "Intel Xeon E5-2686 v4",
|         "E5-2686 v4"
|       ],
|       "power_w": 145,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 18,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Broadwell SKU (p3 with V100; t2 in CCF's instance table); Intel publishes no TDP. 145 W is CodeCarbon's value, upstream unknown (the E5-2699 v4 and E5-2697 v4 are 145 W). 18 cores: 36 vCPUs per socket in CCF's AWS CPU table.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-gold-5220",
|       "name": "Intel Xeon Gold 5220",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Gold 5220",
|         "Intel Xeon Gold 5220",
|         "Gold 5220"
|       ],
|       "power_w": 125,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 18,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Cascade Lake (ARK 193388).",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-gold-6148",
|       "name": "Intel Xeon Gold 6148",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Gold 6148",
|         "Intel Xeon Gold 6148",
|         "Gold 6148"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 20,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "Skylake-SP (ARK 120489).",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8160",
|       "name": "Intel Xeon Platinum 8160",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8160",
|         "Intel Xeon Platinum 8160",
|         "Platinum 8160"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 24,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "Skylake-SP.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8124m",
|       "name": "Intel Xeon Platinum 8124M",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8124M",
|         "Intel Xeon Platinum 8124M",
|         "Platinum 8124M",
|         "8124M"
|       ],
|       "power_w": 240,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 18,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Skylake-SP SKU (c5 up to c5.18xlarge); Intel publishes no TDP. 240 W is CodeCarbon's value, upstream unknown (Carbontracker and eco2AI have the same); high for 18 cores next to Intel's public 18-core Skylake parts (Gold 6140 140 W, Gold 6154 200 W). 18 cores: 36 vCPUs per socket in CCF's AWS CPU table.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8168",
|       "name": "Intel Xeon Platinum 8168",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8168",
|         "Intel Xeon Platinum 8168",
|         "Platinum 8168"
|       ],
|       "power_w": 205,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 24,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "Skylake-SP; host CPU of Azure NDv2 (8x V100).",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8180",
|       "name": "Intel Xeon Platinum 8180",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8180",
|         "Intel Xeon Platinum 8180",
|         "Platinum 8180"
|       ],
|       "power_w": 205,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 28,
|       "released": 2017,
|       "power_alternatives": [],
|       "note": "Skylake-SP.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8175m",
|       "name": "Intel Xeon Platinum 8175M",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8175M",
|         "Intel Xeon Platinum 8175M",
|         "Platinum 8175M",
|         "8175M"
|       ],
|       "power_w": 240,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 24,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Skylake-SP SKU (p3dn, m5); Intel publishes no TDP. 240 W is CodeCarbon's value, upstream unknown. 24 cores: 48 vCPUs per socket in CCF's AWS CPU table.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8275cl",
|       "name": "Intel Xeon Platinum 8275CL",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8275CL",
|         "Intel Xeon Platinum 8275CL",
|         "Platinum 8275CL",
|         "8275CL"
|       ],
|       "power_w": 240,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 24,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Cascade Lake SKU (dl1 in CCF's instance table; p4d/p4de hosts report it too); Intel publishes no TDP. 240 W is CodeCarbon's value, upstream unknown. 24 cores: 48 vCPUs per socket in CCF's AWS CPU table.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8273cl",
|       "name": "Intel Xeon Platinum 8273CL",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8273CL",
|         "Intel Xeon Platinum 8273CL",
|         "Platinum 8273CL",
|         "8273CL"
|       ],
|       "power_w": 165,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": null,
|       "released": null,
|       "power_alternatives": [],
|       "note": "Google Cloud custom Cascade Lake SKU (a2 with A100, per CCF's GCP instance table); Intel publishes no TDP. 165 W is CodeCarbon's value, upstream unknown. Core count not published in the sources used here.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8280",
|       "name": "Intel Xeon Platinum 8280",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8280",
|         "Intel Xeon Platinum 8280",
|         "Platinum 8280"
|       ],
|       "power_w": 205,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 28,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Cascade Lake.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-gold-6248",
|       "name": "Intel Xeon Gold 6248",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Gold 6248",
|         "Intel Xeon Gold 6248",
|         "Gold 6248"
|       ],
|       "power_w": 150,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 20,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Cascade Lake.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-gold-6230",
|       "name": "Intel Xeon Gold 6230",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Gold 6230",
|         "Intel Xeon Gold 6230",
|         "Gold 6230"
|       ],
|       "power_w": 125,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 20,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Cascade Lake.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8358",
|       "name": "Intel Xeon Platinum 8358",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8358",
|         "Intel Xeon Platinum 8358",
|         "Platinum 8358"
|       ],
|       "power_w": 250,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 32,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "Ice Lake-SP.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8368",
|       "name": "Intel Xeon Platinum 8368",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8368",
|         "Intel Xeon Platinum 8368",
|         "Platinum 8368"
|       ],
|       "power_w": 270,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 38,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "Ice Lake-SP.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8370c",
|       "name": "Intel Xeon Platinum 8370C",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8370C",
|         "Intel Xeon Platinum 8370C",
|         "Platinum 8370C",
|         "8370C"
|       ],
|       "power_w": 205,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 32,
|       "released": null,
|       "power_alternatives": [],
|       "note": "Azure custom Ice Lake SKU (Dv5, Ev5, Fsv2 and others); Intel publishes no TDP. 205 W is CodeCarbon's value, upstream unknown (not in Carbontracker's or eco2AI's tables); low next to Intel's public 32-core Ice Lake parts (Platinum 8358 250 W). 32 cores: Microsoft's Azure VMware Solution host table (AV64, dual 8370C, 32 cores/CPU), source azure-vmware-hosts-2023.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8373c",
|       "name": "Intel Xeon Platinum 8373C",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8373C",
|         "Intel Xeon Platinum 8373C",
|         "Platinum 8373C",
|         "8373C"
|       ],
|       "power_w": 300,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 36,
|       "released": null,
|       "power_alternatives": [],
|       "note": "Google Cloud custom Ice Lake SKU (N2, M3 per Google's CPU platforms page; base 2.6, all-core turbo 3.4 GHz); Intel publishes no TDP. 300 W is CodeCarbon's value, upstream unknown (Carbontracker and eco2AI have the same); high next to Intel's public Ice Lake parts (Platinum 8358, 32 cores, 250 W; Platinum 8380, 40 cores, 270 W). 36 cores: Google's sole-tenant node table (restated in gce-license-tracker-node-cores-2024) gives the N2 Ice Lake host n2-node-128-864 72 physical cores. Ice Lake-SP tops out at 40 cores per package (Platinum 8380) and is a one- or two-socket platform (Intel's platform limit, not read in a source here), so the host is 2 x 36. No Google page read here states the socket count.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8380",
|       "name": "Intel Xeon Platinum 8380",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8380",
|         "Intel Xeon Platinum 8380",
|         "Platinum 8380"
|       ],
|       "power_w": 270,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 40,
|       "released": 2021,
|       "power_alternatives": [],
|       "note": "Ice Lake-SP.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8375c",
|       "name": "Intel Xeon Platinum 8375C",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8375C",
|         "Intel Xeon Platinum 8375C",
|         "Platinum 8375C",
|         "8375C"
|       ],
|       "power_w": 300,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": 32,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Ice Lake SKU (trn1, m6i); Intel publishes no TDP. 300 W is CodeCarbon's value, upstream unknown. 32 cores: 64 vCPUs per socket in CCF's AWS CPU table.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "xeon-platinum-8480-plus",
|       "name": "Intel Xeon Platinum 8480+",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8480+",
|         "Intel Xeon Platinum 8480+",
|         "Platinum 8480+",
|         "8480+"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 56,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Sapphire Rapids. The cloud variants 8480C / 8481C have no public TDP and are not aliases.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8468",
|       "name": "Intel Xeon Platinum 8468",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8468",
|         "Intel Xeon Platinum 8468",
|         "Platinum 8468"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 48,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Sapphire Rapids.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8470",
|       "name": "Intel Xeon Platinum 8470",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8470",
|         "Intel Xeon Platinum 8470",
|         "Platinum 8470"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 52,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Sapphire Rapids.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-platinum-8592-plus",
|       "name": "Intel Xeon Platinum 8592+",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon Platinum 8592+",
|         "Intel Xeon Platinum 8592+",
|         "Platinum 8592+",
|         "8592+"
|       ],
|       "power_w": 350,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2023,
|       "power_alternatives": [],
|       "note": "Emerald Rapids.",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "xeon-6980p",
|       "name": "Intel Xeon 6980P",
|       "vendor": "Intel",
|       "kind": "cpu",
|       "aliases": [
|         "Xeon 6980P",
|         "Intel Xeon 6980P",
|         "6980P",
|         "Xeon 6 6980P"
|       ],
|       "power_w": 500,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 128,
|       "released": 2024,
|       "power_alternatives": [],
|       "note": "Granite Rapids (Xeon 6 with P-cores).",
|       "source": {
|         "key": "intel-ark",
|         "title": "Intel ARK: Intel Xeon processor specifications",
|         "publisher": "Intel",
|         "url": "https://ark.intel.com/content/www/us/en/ark.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7282",
|       "name": "AMD EPYC 7282",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7282",
|         "AMD EPYC 7282"
|       ],
|       "power_w": 120,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 16,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Rome (EPYC 7002).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7702",
|       "name": "AMD EPYC 7702",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7702",
|         "AMD EPYC 7702"
|       ],
|       "power_w": 200,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Rome (EPYC 7002).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7742",
|       "name": "AMD EPYC 7742",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7742",
|         "AMD EPYC 7742"
|       ],
|       "power_w": 225,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Rome (EPYC 7002); host CPU of NVIDIA DGX A100.",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7h12",
|       "name": "AMD EPYC 7H12",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7H12",
|         "AMD EPYC 7H12"
|       ],
|       "power_w": 280,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "Rome (EPYC 7002), HPC part.",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7763",
|       "name": "AMD EPYC 7763",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7763",
|         "AMD EPYC 7763"
|       ],
|       "power_w": 280,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 225,
|           "note": "lowest configurable TDP (cTDP 225-280 W)"
|         }
|       ],
|       "note": "Milan (EPYC 7003).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7713",
|       "name": "AMD EPYC 7713",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7713",
|         "AMD EPYC 7713"
|       ],
|       "power_w": 225,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2021,
|       "power_alternatives": [
|         {
|           "power_w": 240,
|           "note": "highest configurable TDP (cTDP 225-240 W)"
|         }
|       ],
|       "note": "Milan (EPYC 7003).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-7r13",
|       "name": "AMD EPYC 7R13",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 7R13",
|         "AMD EPYC 7R13"
|       ],
|       "power_w": 225,
|       "power_kind": "estimate",
|       "memory_gb": null,
|       "cores": null,
|       "released": null,
|       "power_alternatives": [],
|       "note": "AWS custom Milan SKU (p5, p5e, g6, inf2); AMD publishes no TDP. 225 W is CodeCarbon's value, upstream unknown. Core count not published in the sources used here.",
|       "source": {
|         "key": "codecarbon-cpu-power",
|         "title": "CodeCarbon cpu_power.csv (CPU name -> TDP)",
|         "publisher": "CodeCarbon",
|         "url": "https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv",
|         "year": 2026,
|         "license": "MIT"
|       }
|     },
|     {
|       "id": "epyc-9654",
|       "name": "AMD EPYC 9654",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 9654",
|         "AMD EPYC 9654"
|       ],
|       "power_w": 360,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 96,
|       "released": 2022,
|       "power_alternatives": [
|         {
|           "power_w": 320,
|           "note": "lowest configurable TDP (cTDP 320-400 W)"
|         },
|         {
|           "power_w": 400,
|           "note": "highest configurable TDP (cTDP 320-400 W)"
|         }
|       ],
|       "note": "Genoa (EPYC 9004).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-9554",
|       "name": "AMD EPYC 9554",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 9554",
|         "AMD EPYC 9554"
|       ],
|       "power_w": 360,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 64,
|       "released": 2022,
|       "power_alternatives": [
|         {
|           "power_w": 320,
|           "note": "lowest configurable TDP (cTDP 320-400 W)"
|         },
|         {
|           "power_w": 400,
|           "note": "highest configurable TDP (cTDP 320-400 W)"
|         }
|       ],
|       "note": "Genoa (EPYC 9004).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-9754",
|       "name": "AMD EPYC 9754",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 9754",
|         "AMD EPYC 9754"
|       ],
|       "power_w": 360,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 128,
|       "released": 2023,
|       "power_alternatives": [
|         {
|           "power_w": 320,
|           "note": "lowest configurable TDP (cTDP 320-400 W)"
|         },
|         {
|           "power_w": 400,
|           "note": "highest configurable TDP (cTDP 320-400 W)"
|         }
|       ],
|       "note": "Bergamo (EPYC 97x4, Zen 4c).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-9755",
|       "name": "AMD EPYC 9755",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 9755",
|         "AMD EPYC 9755"
|       ],
|       "power_w": 500,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 128,
|       "released": 2024,
|       "power_alternatives": [
|         {
|           "power_w": 450,
|           "note": "lowest configurable TDP (cTDP 450-500 W)"
|         }
|       ],
|       "note": "Turin (EPYC 9005).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "epyc-9965",
|       "name": "AMD EPYC 9965",
|       "vendor": "AMD",
|       "kind": "cpu",
|       "aliases": [
|         "EPYC 9965",
|         "AMD EPYC 9965"
|       ],
|       "power_w": 500,
|       "power_kind": "tdp",
|       "memory_gb": null,
|       "cores": 192,
|       "released": 2024,
|       "power_alternatives": [
|         {
|           "power_w": 450,
|           "note": "lowest configurable TDP (cTDP 450-500 W)"
|         }
|       ],
|       "note": "Turin Dense (EPYC 9005, Zen 5c).",
|       "source": {
|         "key": "amd-epyc-specs",
|         "title": "AMD EPYC server processor specifications",
|         "publisher": "AMD",
|         "url": "https://www.amd.com/en/products/specifications/server-processor.html",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     }
|   ]
| }
$ mlcarbon hardware list --format csv
| id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url
| tesla-k80,NVIDIA Tesla K80 (per GPU; two GPUs per board),NVIDIA,gpu,150,tdp,12,,2014,NVIDIA Tesla K80 GPU Accelerator datasheet,2014,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-product-literature/TeslaK80-datasheet.pdf
| tesla-k40,NVIDIA Tesla K40 (K40c / K40m),NVIDIA,gpu,235,tdp,12,,2013,Tesla K40 GPU Accelerator board specification (BD-06902-001_v05),2013,http://www.nvidia.com/content/PDF/kepler/Tesla-K40-PCIe-Passive-Board-Spec-BD-06902-001_v05.pdf
| tesla-m40,NVIDIA Tesla M40,NVIDIA,gpu,250,tdp,12,,2015,TechPowerUp GPU Database: NVIDIA Tesla M40,2025,https://www.techpowerup.com/gpu-specs/tesla-m40.c2771
| tesla-p4,NVIDIA Tesla P4,NVIDIA,gpu,75,tdp,8,,2016,NVIDIA Tesla P4 Inferencing Accelerator datasheet,2016,https://images.nvidia.com/content/pdf/tesla/184457-Tesla-P4-Datasheet-NV-Final-Letter-Web.pdf
| tesla-p40,NVIDIA Tesla P40,NVIDIA,gpu,250,tdp,24,,2016,NVIDIA Tesla P40 Inferencing Accelerator datasheet,2016,https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/documents/nvidia-p40-datasheet.pdf
| p100-pcie-16gb,NVIDIA Tesla P100 PCIe 16 GB,NVIDIA,gpu,250,tdp,16,,2016,NVIDIA Tesla P100 GPU Accelerator datasheet,2016,https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf
| p100-pcie-12gb,NVIDIA Tesla P100 PCIe 12 GB,NVIDIA,gpu,250,tdp,12,,2016,NVIDIA Tesla P100 GPU Accelerator datasheet,2016,https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf
| p100-sxm2-16gb,NVIDIA Tesla P100 SXM2 16 GB,NVIDIA,gpu,300,tdp,16,,2016,NVIDIA Tesla P100 GPU Accelerator datasheet,2016,https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf
| v100-sxm2-16gb,NVIDIA Tesla V100 SXM2 16 GB,NVIDIA,gpu,300,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100-sxm2-32gb,NVIDIA Tesla V100 SXM2 32 GB,NVIDIA,gpu,300,tdp,32,,2018,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100-pcie-16gb,NVIDIA Tesla V100 PCIe 16 GB,NVIDIA,gpu,250,tdp,16,,2017,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100-pcie-32gb,NVIDIA Tesla V100 PCIe 32 GB,NVIDIA,gpu,250,tdp,32,,2018,NVIDIA Tesla V100 GPU Accelerator datasheet,2018,https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
| v100s-pcie-32gb,NVIDIA Tesla V100S PCIe 32 GB,NVIDIA,gpu,250,tdp,32,,2019,"NVIDIA V100 Tensor Core GPU (product page, specifications incl. V100S PCIe)",2020,https://www.nvidia.com/en-us/data-center/v100/
| t4,NVIDIA T4,NVIDIA,gpu,70,tdp,16,,2018,NVIDIA T4 Tensor Core GPU datasheet,2019,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf
| nvidia-a2,NVIDIA A2,NVIDIA,gpu,60,tdp,16,,2021,"NVIDIA A2 Tensor Core GPU (product page, specifications)",2021,https://www.nvidia.com/en-us/data-center/products/a2/
| a10,NVIDIA A10,NVIDIA,gpu,150,tdp,24,,2021,"NVIDIA A10 Tensor Core GPU (product page, specifications)",2021,https://www.nvidia.com/en-us/data-center/products/a10-gpu/
| a10g,NVIDIA A10G (AWS),NVIDIA,gpu,150,tdp,24,,2021,TechPowerUp GPU Database: NVIDIA A10G,2025,https://www.techpowerup.com/gpu-specs/a10g.c3798
| a16,NVIDIA A16 (per GPU; four GPUs per board),NVIDIA,gpu,62.5,tdp,16,,2021,"NVIDIA A16 GPU (product page, specifications)",2021,https://www.nvidia.com/en-us/data-center/products/a16-gpu/
| a30,NVIDIA A30,NVIDIA,gpu,165,tdp,24,,2021,"NVIDIA A30 Tensor Core GPU (product page, specifications)",2021,https://www.nvidia.com/en-us/data-center/products/a30-gpu/
| a40,NVIDIA A40,NVIDIA,gpu,300,tdp,48,,2020,NVIDIA A40 datasheet,2020,https://images.nvidia.com/content/Solutions/data-center/a40/nvidia-a40-datasheet.pdf
| a100-sxm4-40gb,NVIDIA A100 SXM4 40 GB,NVIDIA,gpu,400,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-sxm4-80gb,NVIDIA A100 SXM4 80 GB,NVIDIA,gpu,400,tdp,80,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-40gb,NVIDIA A100 PCIe 40 GB,NVIDIA,gpu,250,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a100-pcie-80gb,NVIDIA A100 PCIe 80 GB,NVIDIA,gpu,300,tdp,80,,2021,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
| a800-sxm4-80gb,NVIDIA A800 SXM4 80 GB (China),NVIDIA,gpu,400,tdp,80,,2022,TechPowerUp GPU Database: NVIDIA A800 SXM4 80 GB,2025,https://www.techpowerup.com/gpu-specs/a800-sxm4-80-gb.c3966
| h100-sxm,NVIDIA H100 SXM5 80 GB,NVIDIA,gpu,700,tdp,80,,2022,NVIDIA H100 Tensor Core GPU datasheet,2023,https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| h100-pcie,NVIDIA H100 PCIe 80 GB,NVIDIA,gpu,350,tdp,80,,2022,NVIDIA H100 Tensor Core GPU datasheet,2023,https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| h100-nvl,NVIDIA H100 NVL 94 GB,NVIDIA,gpu,400,tdp,94,,2023,NVIDIA H100 Tensor Core GPU datasheet,2023,https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet
| h800-sxm,NVIDIA H800 SXM5 80 GB (China),NVIDIA,gpu,700,tdp,80,,2023,TechPowerUp GPU Database: NVIDIA H800 SXM5,2025,https://www.techpowerup.com/gpu-specs/h800-sxm5.c3975
| h20,NVIDIA H20 (China),NVIDIA,gpu,400,tdp,96,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| h200-sxm,NVIDIA H200 SXM 141 GB,NVIDIA,gpu,700,tdp,141,,2024,"NVIDIA H200 Tensor Core GPU (product page, specifications)",2024,https://www.nvidia.com/en-us/data-center/h200/
| h200-nvl,NVIDIA H200 NVL 141 GB,NVIDIA,gpu,600,tdp,141,,2024,"NVIDIA H200 Tensor Core GPU (product page, specifications)",2024,https://www.nvidia.com/en-us/data-center/h200/
| gh200,NVIDIA GH200 Grace Hopper Superchip (CPU + GPU module),NVIDIA,gpu,1000,tdp,96,,2023,NVIDIA GH200 Grace Hopper Superchip datasheet,2023,https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/grace-hopper-superchip-datasheet-partner
| l4,NVIDIA L4,NVIDIA,gpu,72,tdp,24,,2023,NVIDIA L4 Tensor Core GPU datasheet,2023,https://nvdam.widen.net/s/rvq98gbwsw/l4-datasheet-2595652
| l40,NVIDIA L40,NVIDIA,gpu,300,tdp,48,,2022,NVIDIA L40 GPU datasheet (January 2023),2023,https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/support-guide/NVIDIA-L40-Datasheet-January-2023.pdf
| l40s,NVIDIA L40S,NVIDIA,gpu,350,tdp,48,,2023,NVIDIA L40S GPU datasheet,2023,https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413
| b100,NVIDIA B100,NVIDIA,gpu,700,tdp,192,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| b200,NVIDIA B200 (HGX),NVIDIA,gpu,1000,tdp,180,,2024,NVIDIA Blackwell datasheet (HGX B200 and GB200 NVL72),2024,https://www.primeline-solutions.com/media/categories/server/nach-gpu/nvidia-hgx-h200/nvidia-blackwell-b200-datasheet.pdf
| gb200,NVIDIA GB200 (per Blackwell GPU in a Grace Blackwell superchip),NVIDIA,gpu,1200,tdp,186,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| b300,"NVIDIA B300 (Blackwell Ultra, HGX)",NVIDIA,gpu,1100,tdp,270,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| gb300,NVIDIA GB300 (per Blackwell Ultra GPU in a Grace Blackwell Ultra superchip),NVIDIA,gpu,1400,tdp,288,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| jetson-agx-xavier,NVIDIA Jetson AGX Xavier (32 GB module),NVIDIA,gpu,30,tdp,32,,2018,Power Management for Jetson Xavier NX Series and Jetson AGX Xavier Series Devices (NVIDIA Jetson Linux / L4T 32.7.5 Developer Guide),2024,https://docs.nvidia.com/jetson/archives/l4t-archived/l4t-3275/Tegra%20Linux%20Driver%20Package%20Development%20Guide/power_management_jetson_xavier.html
| gtx-750,NVIDIA GeForce GTX 750,NVIDIA,gpu,55,tdp,1,,2014,TechPowerUp GPU Database: NVIDIA GeForce GTX 750,2025,https://www.techpowerup.com/gpu-specs/geforce-gtx-750.c1986
| gtx-titan-x,NVIDIA GeForce GTX TITAN X (Maxwell),NVIDIA,gpu,250,tdp,12,,2015,TechPowerUp GPU Database: NVIDIA GeForce GTX TITAN X,2025,https://www.techpowerup.com/gpu-specs/geforce-gtx-titan-x.c2632
| gtx-1660,NVIDIA GeForce GTX 1660,NVIDIA,gpu,120,tdp,6,,2019,TechPowerUp GPU Database: GIGABYTE GTX 1660 OC,2025,https://www.techpowerup.com/gpu-specs/gigabyte-gtx-1660-oc.b6844
| gtx-1080,NVIDIA GeForce GTX 1080,NVIDIA,gpu,180,tdp,8,,2016,TechPowerUp GPU Database: NVIDIA GeForce GTX 1080,2025,https://www.techpowerup.com/gpu-specs/geforce-gtx-1080.c2839
| gtx-1080-ti,NVIDIA GeForce GTX 1080 Ti,NVIDIA,gpu,250,tdp,11,,2017,TechPowerUp GPU Database: NVIDIA GeForce GTX 1080 Ti,2025,https://www.techpowerup.com/gpu-specs/geforce-gtx-1080-ti.c2877
| titan-x-pascal,NVIDIA TITAN X (Pascal),NVIDIA,gpu,250,tdp,12,,2016,TechPowerUp GPU Database: NVIDIA TITAN X Pascal,2025,https://www.techpowerup.com/gpu-specs/titan-x-pascal.c2863
| titan-xp,NVIDIA TITAN Xp,NVIDIA,gpu,250,tdp,12,,2017,TechPowerUp GPU Database: NVIDIA TITAN Xp,2025,https://www.techpowerup.com/gpu-specs/titan-xp.c2948
| titan-v,NVIDIA TITAN V,NVIDIA,gpu,250,tdp,12,,2017,TechPowerUp GPU Database: NVIDIA TITAN V,2025,https://www.techpowerup.com/gpu-specs/titan-v.c3051
| titan-rtx,NVIDIA TITAN RTX,NVIDIA,gpu,280,tdp,24,,2018,TechPowerUp GPU Database: NVIDIA TITAN RTX,2025,https://www.techpowerup.com/gpu-specs/titan-rtx.c3311
| rtx-2080,NVIDIA GeForce RTX 2080,NVIDIA,gpu,215,tdp,8,,2018,TechPowerUp GPU Database: NVIDIA GeForce RTX 2080,2025,https://www.techpowerup.com/gpu-specs/geforce-rtx-2080.c3224
| rtx-2080-ti,NVIDIA GeForce RTX 2080 Ti,NVIDIA,gpu,250,tdp,11,,2018,TechPowerUp GPU Database: NVIDIA GeForce RTX 2080 Ti,2025,https://www.techpowerup.com/gpu-specs/geforce-rtx-2080-ti.c3305
| rtx-3060,NVIDIA GeForce RTX 3060,NVIDIA,gpu,170,tdp,12,,2021,"NVIDIA GeForce RTX 3060 family (product page, specifications)",2021,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/
| rtx-3070,NVIDIA GeForce RTX 3070,NVIDIA,gpu,220,tdp,8,,2020,"NVIDIA GeForce RTX 3070 family (product page, specifications)",2021,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3070-3070ti/
| rtx-3080,NVIDIA GeForce RTX 3080,NVIDIA,gpu,320,tdp,10,,2020,"NVIDIA GeForce RTX 3080 family (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/
| rtx-3080-ti,NVIDIA GeForce RTX 3080 Ti,NVIDIA,gpu,350,tdp,12,,2021,"NVIDIA GeForce RTX 3080 family (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3080-3080ti/
| rtx-3090,NVIDIA GeForce RTX 3090,NVIDIA,gpu,350,tdp,24,,2020,"NVIDIA GeForce RTX 3090 family (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/
| rtx-3090-ti,NVIDIA GeForce RTX 3090 Ti,NVIDIA,gpu,450,tdp,24,,2022,"NVIDIA GeForce RTX 3090 family (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/
| rtx-4070,NVIDIA GeForce RTX 4070,NVIDIA,gpu,200,tdp,12,,2023,"NVIDIA GeForce RTX 4070 family (product page, specifications)",2023,https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/
| rtx-4080,NVIDIA GeForce RTX 4080,NVIDIA,gpu,320,tdp,16,,2022,"NVIDIA GeForce RTX 4080 family (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4080-family/
| rtx-4090,NVIDIA GeForce RTX 4090,NVIDIA,gpu,450,tdp,24,,2022,"NVIDIA GeForce RTX 4090 (product page, specifications)",2022,https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/
| rtx-5080,NVIDIA GeForce RTX 5080,NVIDIA,gpu,360,tdp,16,,2025,"NVIDIA GeForce RTX 5080 (product page, specifications)",2025,https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5080/
| rtx-5090,NVIDIA GeForce RTX 5090,NVIDIA,gpu,575,tdp,32,,2025,"NVIDIA GeForce RTX 5090 (product page, specifications)",2025,https://www.nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090/
| quadro-k6000,NVIDIA Quadro K6000,NVIDIA,gpu,225,tdp,12,,2013,TechPowerUp GPU Database: NVIDIA Quadro K6000,2025,https://www.techpowerup.com/gpu-specs/quadro-k6000.c2426
| quadro-p6000,NVIDIA Quadro P6000,NVIDIA,gpu,250,tdp,24,,2016,TechPowerUp GPU Database: NVIDIA Quadro P6000,2025,https://www.techpowerup.com/gpu-specs/quadro-p6000.c2865
| quadro-rtx-6000,NVIDIA Quadro RTX 6000,NVIDIA,gpu,260,tdp,24,,2018,TechPowerUp GPU Database: NVIDIA Quadro RTX 6000,2025,https://www.techpowerup.com/gpu-specs/quadro-rtx-6000.c3307
| quadro-rtx-8000,NVIDIA Quadro RTX 8000,NVIDIA,gpu,260,tdp,48,,2018,TechPowerUp GPU Database: NVIDIA Quadro RTX 8000,2025,https://www.techpowerup.com/gpu-specs/quadro-rtx-8000.c3306
| rtx-a4000,NVIDIA RTX A4000,NVIDIA,gpu,140,tdp,16,,2021,"NVIDIA RTX A4000 (product page, specifications)",2021,https://www.nvidia.com/en-us/design-visualization/rtx-a4000/
| rtx-a4500,NVIDIA RTX A4500,NVIDIA,gpu,200,tdp,20,,2021,"NVIDIA RTX A4500 (product page, specifications)",2021,https://www.nvidia.com/en-us/design-visualization/rtx-a4500/
| rtx-a5000,NVIDIA RTX A5000,NVIDIA,gpu,230,tdp,24,,2021,NVIDIA RTX A5000 datasheet,2021,https://nvdam.widen.net/s/wrqrqt75vh/nvidia-rtx-a5000-datasheet
| rtx-a6000,NVIDIA RTX A6000,NVIDIA,gpu,300,tdp,48,,2020,"NVIDIA RTX A6000 (product page, specifications)",2020,https://www.nvidia.com/en-us/design-visualization/rtx-a6000/
| rtx-4000-ada,NVIDIA RTX 4000 Ada Generation,NVIDIA,gpu,130,tdp,20,,2023,"NVIDIA RTX 4000 Ada Generation (product page, specifications)",2023,https://www.nvidia.com/en-us/design-visualization/rtx-4000/
| rtx-5000-ada,NVIDIA RTX 5000 Ada Generation,NVIDIA,gpu,250,tdp,32,,2023,"NVIDIA RTX 5000 Ada Generation (product page, specifications)",2023,https://www.nvidia.com/en-us/design-visualization/rtx-5000/
| rtx-6000-ada,NVIDIA RTX 6000 Ada Generation,NVIDIA,gpu,300,tdp,48,,2022,"NVIDIA RTX 6000 Ada Generation (product page, specifications)",2022,https://www.nvidia.com/en-us/design-visualization/rtx-6000/
| rtx-pro-6000-blackwell,NVIDIA RTX PRO 6000 Blackwell (Workstation / Server Edition),NVIDIA,gpu,600,tdp,96,,2025,"NVIDIA RTX PRO 6000 Blackwell family (product page: Workstation, Max-Q Workstation and Server editions)",2025,https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000-family/
| rtx-pro-6000-blackwell-max-q,NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition,NVIDIA,gpu,300,tdp,96,,2025,"NVIDIA RTX PRO 6000 Blackwell family (product page: Workstation, Max-Q Workstation and Server editions)",2025,https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000-family/
| radeon-rx-480,AMD Radeon RX 480 8 GB,AMD,gpu,150,tdp,8,,2016,The AMD Radeon RX 480 Preview: Polaris Makes Its Mainstream Mark,2016,https://www.anandtech.com/show/10446/the-amd-radeon-rx-480-preview
| tpu-v2,Google TPU v2 (per chip),Google,tpu,221,measured_average,16,,2017,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
| tpu-v3,Google TPU v3 (per chip),Google,tpu,283,measured_average,32,,2018,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
| tpu-v4,Google TPU v4 (per chip),Google,tpu,170,measured_average,32,,2021,Cloud TPU documentation: TPU v4,2025,https://cloud.google.com/tpu/docs/v4
| tpu-v5p,Google TPU v5p (per chip),Google,tpu,540,estimate,95,,2023,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| tpu-v6e,Google TPU v6e Trillium (per chip),Google,tpu,380,estimate,32,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| tpu-v7,Google TPU v7 Ironwood (per chip),Google,tpu,960,estimate,192,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| mi50,AMD Instinct MI50,AMD,gpu,300,tdp,16,,2018,AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card,2022,https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card
| mi60,AMD Instinct MI60,AMD,gpu,300,tdp,32,,2018,"Llegan al mercado las AMD Radeon Instinct MI50 y MI60, las primeras GPU a 7 nanometros del mercado",2018,https://geeknetic.es/Noticia/14778/Llegan-al-mercado-las-AMD-Radeon-Instinct-MI50-y-MI60-las-primeras-GPU-a-7-nanometros-del-mercado.amp.html
| mi100,AMD Instinct MI100,AMD,gpu,300,tdp,32,,2020,AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card,2022,https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card
| mi210,AMD Instinct MI210,AMD,gpu,300,tdp,64,,2022,AMD Releases Instinct MI210 Accelerator: CDNA 2 On a PCIe Card,2022,https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card
| mi250,AMD Instinct MI250,AMD,gpu,500,tdp,128,,2021,AMD Instinct MI250 Accelerator (product page),2021,https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html
| mi250x,AMD Instinct MI250X,AMD,gpu,500,tdp,128,,2021,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| mi300x,AMD Instinct MI300X,AMD,gpu,750,tdp,192,,2023,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| mi325x,AMD Instinct MI325X,AMD,gpu,1000,tdp,256,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| mi350x,AMD Instinct MI350X,AMD,gpu,1000,tdp,288,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| mi355x,AMD Instinct MI355X,AMD,gpu,1400,tdp,288,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| gaudi,Intel Gaudi (HL-205),Intel,accelerator,300,tdp,32,,2019,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| gaudi2,Intel Gaudi 2 (HL-225),Intel,accelerator,600,tdp,96,,2022,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| gaudi3,Intel Gaudi 3 OAM (HL-325L),Intel,accelerator,900,tdp,128,,2024,Intel preps export-friendly lower-power Gaudi 3 AI chips for China,2024,https://www.theregister.com/2024/04/12/intel_paudi_3_china/
| max-1550,Intel Data Center GPU Max 1550,Intel,gpu,600,tdp,128,,2023,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| max-1100,Intel Data Center GPU Max 1100,Intel,gpu,300,tdp,48,,2023,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| trainium2,AWS Trainium2,Amazon Web Services,accelerator,500,estimate,96,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| xeon-e5-2699-v3,Intel Xeon E5-2699 v3,Intel,cpu,145,tdp,,18,2014,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-e5-2630-v4,Intel Xeon E5-2630 v4,Intel,cpu,85,tdp,,10,2016,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-e5-2650-v4,Intel Xeon E5-2650 v4,Intel,cpu,105,tdp,,12,2016,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-e5-2686-v4,Intel Xeon E5-2686 v4,Intel,cpu,145,estimate,,18,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-gold-5220,Intel Xeon Gold 5220,Intel,cpu,125,tdp,,18,2019,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-gold-6148,Intel Xeon Gold 6148,Intel,cpu,150,tdp,,20,2017,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8160,Intel Xeon Platinum 8160,Intel,cpu,150,tdp,,24,2017,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8124m,Intel Xeon Platinum 8124M,Intel,cpu,240,estimate,,18,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8168,Intel Xeon Platinum 8168,Intel,cpu,205,tdp,,24,2017,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8180,Intel Xeon Platinum 8180,Intel,cpu,205,tdp,,28,2017,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8175m,Intel Xeon Platinum 8175M,Intel,cpu,240,estimate,,24,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8275cl,Intel Xeon Platinum 8275CL,Intel,cpu,240,estimate,,24,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8273cl,Intel Xeon Platinum 8273CL,Intel,cpu,165,estimate,,,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8280,Intel Xeon Platinum 8280,Intel,cpu,205,tdp,,28,2019,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-gold-6248,Intel Xeon Gold 6248,Intel,cpu,150,tdp,,20,2019,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-gold-6230,Intel Xeon Gold 6230,Intel,cpu,125,tdp,,20,2019,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8358,Intel Xeon Platinum 8358,Intel,cpu,250,tdp,,32,2021,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8368,Intel Xeon Platinum 8368,Intel,cpu,270,tdp,,38,2021,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8370c,Intel Xeon Platinum 8370C,Intel,cpu,205,estimate,,32,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8373c,Intel Xeon Platinum 8373C,Intel,cpu,300,estimate,,36,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8380,Intel Xeon Platinum 8380,Intel,cpu,270,tdp,,40,2021,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8375c,Intel Xeon Platinum 8375C,Intel,cpu,300,estimate,,32,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| xeon-platinum-8480-plus,Intel Xeon Platinum 8480+,Intel,cpu,350,tdp,,56,2023,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8468,Intel Xeon Platinum 8468,Intel,cpu,350,tdp,,48,2023,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8470,Intel Xeon Platinum 8470,Intel,cpu,350,tdp,,52,2023,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-platinum-8592-plus,Intel Xeon Platinum 8592+,Intel,cpu,350,tdp,,64,2023,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| xeon-6980p,Intel Xeon 6980P,Intel,cpu,500,tdp,,128,2024,Intel ARK: Intel Xeon processor specifications,2025,https://ark.intel.com/content/www/us/en/ark.html
| epyc-7282,AMD EPYC 7282,AMD,cpu,120,tdp,,16,2019,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7702,AMD EPYC 7702,AMD,cpu,200,tdp,,64,2019,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7742,AMD EPYC 7742,AMD,cpu,225,tdp,,64,2019,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7h12,AMD EPYC 7H12,AMD,cpu,280,tdp,,64,2019,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7763,AMD EPYC 7763,AMD,cpu,280,tdp,,64,2021,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7713,AMD EPYC 7713,AMD,cpu,225,tdp,,64,2021,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-7r13,AMD EPYC 7R13,AMD,cpu,225,estimate,,,,CodeCarbon cpu_power.csv (CPU name -> TDP),2026,https://github.com/mlco2/codecarbon/blob/b05965e43b690cdc53787c7577adbe6e2caf4ed9/codecarbon/data/hardware/cpu_power.csv
| epyc-9654,AMD EPYC 9654,AMD,cpu,360,tdp,,96,2022,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-9554,AMD EPYC 9554,AMD,cpu,360,tdp,,64,2022,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-9754,AMD EPYC 9754,AMD,cpu,360,tdp,,128,2023,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-9755,AMD EPYC 9755,AMD,cpu,500,tdp,,128,2024,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
| epyc-9965,AMD EPYC 9965,AMD,cpu,500,tdp,,192,2024,AMD EPYC server processor specifications,2025,https://www.amd.com/en/products/specifications/server-processor.html
$ mlcarbon hardware
|   id                                W  power is  name
|   tesla-k80                       150  TDP       NVIDIA Tesla K80 (per GPU; t...
|   tesla-k40                       235  TDP       NVIDIA Tesla K40 (K40c / K40m)
|   tesla-m40                       250  TDP       NVIDIA Tesla M40
|   tesla-p4                         75  TDP       NVIDIA Tesla P4
|   tesla-p40                       250  TDP       NVIDIA Tesla P40
|   p100-pcie-16gb                  250  TDP       NVIDIA Tesla P100 PCIe 16 GB
|   p100-pcie-12gb                  250  TDP       NVIDIA Tesla P100 PCIe 12 GB
|   p100-sxm2-16gb                  300  TDP       NVIDIA Tesla P100 SXM2 16 GB
|   v100-sxm2-16gb                  300  TDP       NVIDIA Tesla V100 SXM2 16 GB
|   v100-sxm2-32gb                  300  TDP       NVIDIA Tesla V100 SXM2 32 GB
|   v100-pcie-16gb                  250  TDP       NVIDIA Tesla V100 PCIe 16 GB
|   v100-pcie-32gb                  250  TDP       NVIDIA Tesla V100 PCIe 32 GB
|   v100s-pcie-32gb                 250  TDP       NVIDIA Tesla V100S PCIe 32 GB
|   t4                               70  TDP       NVIDIA T4
|   nvidia-a2                        60  TDP       NVIDIA A2
|   a10                             150  TDP       NVIDIA A10
|   a10g                            150  TDP       NVIDIA A10G (AWS)
|   a16                            62.5  TDP       NVIDIA A16 (per GPU; four GP...
|   a30                             165  TDP       NVIDIA A30
|   a40                             300  TDP       NVIDIA A40
|   a100-sxm4-40gb                  400  TDP       NVIDIA A100 SXM4 40 GB
|   a100-sxm4-80gb                  400  TDP       NVIDIA A100 SXM4 80 GB
|   a100-pcie-40gb                  250  TDP       NVIDIA A100 PCIe 40 GB
|   a100-pcie-80gb                  300  TDP       NVIDIA A100 PCIe 80 GB
|   a800-sxm4-80gb                  400  TDP       NVIDIA A800 SXM4 80 GB (China)
|   h100-sxm                        700  TDP       NVIDIA H100 SXM5 80 GB
|   h100-pcie                       350  TDP       NVIDIA H100 PCIe 80 GB
|   h100-nvl                        400  TDP       NVIDIA H100 NVL 94 GB
|   h800-sxm                        700  TDP       NVIDIA H800 SXM5 80 GB (China)
|   h20                             400  TDP       NVIDIA H20 (China)
|   h200-sxm                        700  TDP       NVIDIA H200 SXM 141 GB
|   h200-nvl                        600  TDP       NVIDIA H200 NVL 141 GB
|   gh200                         1,000  TDP       NVIDIA GH200 Grace Hopper Su...
|   l4                               72  TDP       NVIDIA L4
|   l40                             300  TDP       NVIDIA L40
|   l40s                            350  TDP       NVIDIA L40S
|   b100                            700  TDP       NVIDIA B100
|   b200                          1,000  TDP       NVIDIA B200 (HGX)
|   gb200                         1,200  TDP       NVIDIA GB200 (per Blackwell ...
|   b300                          1,100  TDP       NVIDIA B300 (Blackwell Ultra...
|   gb300                         1,400  TDP       NVIDIA GB300 (per Blackwell ...
|   jetson-agx-xavier                30  TDP       NVIDIA Jetson AGX Xavier (32...
|   gtx-750                          55  TDP       NVIDIA GeForce GTX 750
|   gtx-titan-x                     250  TDP       NVIDIA GeForce GTX TITAN X (...
|   gtx-1660                        120  TDP       NVIDIA GeForce GTX 1660
|   gtx-1080                        180  TDP       NVIDIA GeForce GTX 1080
|   gtx-1080-ti                     250  TDP       NVIDIA GeForce GTX 1080 Ti
|   titan-x-pascal                  250  TDP       NVIDIA TITAN X (Pascal)
|   titan-xp                        250  TDP       NVIDIA TITAN Xp
|   titan-v                         250  TDP       NVIDIA TITAN V
|   titan-rtx                       280  TDP       NVIDIA TITAN RTX
|   rtx-2080                        215  TDP       NVIDIA GeForce RTX 2080
|   rtx-2080-ti                     250  TDP       NVIDIA GeForce RTX 2080 Ti
|   rtx-3060                        170  TDP       NVIDIA GeForce RTX 3060
|   rtx-3070                        220  TDP       NVIDIA GeForce RTX 3070
|   rtx-3080                        320  TDP       NVIDIA GeForce RTX 3080
|   rtx-3080-ti                     350  TDP       NVIDIA GeForce RTX 3080 Ti
|   rtx-3090                        350  TDP       NVIDIA GeForce RTX 3090
|   rtx-3090-ti                     450  TDP       NVIDIA GeForce RTX 3090 Ti
|   rtx-4070                        200  TDP       NVIDIA GeForce RTX 4070
|   rtx-4080                        320  TDP       NVIDIA GeForce RTX 4080
|   rtx-4090                        450  TDP       NVIDIA GeForce RTX 4090
|   rtx-5080                        360  TDP       NVIDIA GeForce RTX 5080
|   rtx-5090                        575  TDP       NVIDIA GeForce RTX 5090
|   quadro-k6000                    225  TDP       NVIDIA Quadro K6000
|   quadro-p6000                    250  TDP       NVIDIA Quadro P6000
|   quadro-rtx-6000                 260  TDP       NVIDIA Quadro RTX 6000
|   quadro-rtx-8000                 260  TDP       NVIDIA Quadro RTX 8000
|   rtx-a4000                       140  TDP       NVIDIA RTX A4000
|   rtx-a4500                       200  TDP       NVIDIA RTX A4500
|   rtx-a5000                       230  TDP       NVIDIA RTX A5000
|   rtx-a6000                       300  TDP       NVIDIA RTX A6000
|   rtx-4000-ada                    130  TDP       NVIDIA RTX 4000 Ada Generation
|   rtx-5000-ada                    250  TDP       NVIDIA RTX 5000 Ada Generation
|   rtx-6000-ada                    300  TDP       NVIDIA RTX 6000 Ada Generation
|   rtx-pro-6000-blackwell          600  TDP       NVIDIA RTX PRO 6000 Blackwel...
|   rtx-pro-6000-blackwell-max-q    300  TDP       NVIDIA RTX PRO 6000 Blackwel...
|   radeon-rx-480                   150  TDP       AMD Radeon RX 480 8 GB
|   tpu-v2                          221  measured  Google TPU v2 (per chip)
|   tpu-v3                          283  measured  Google TPU v3 (per chip)
|   tpu-v4                          170  measured  Google TPU v4 (per chip)
|   tpu-v5p                         540  estimate  Google TPU v5p (per chip)
|   tpu-v6e                         380  estimate  Google TPU v6e Trillium (per...
|   tpu-v7                          960  estimate  Google TPU v7 Ironwood (per ...
|   mi50                            300  TDP       AMD Instinct MI50
|   mi60                            300  TDP       AMD Instinct MI60
|   mi100                           300  TDP       AMD Instinct MI100
|   mi210                           300  TDP       AMD Instinct MI210
|   mi250                           500  TDP       AMD Instinct MI250
|   mi250x                          500  TDP       AMD Instinct MI250X
|   mi300x                          750  TDP       AMD Instinct MI300X
|   mi325x                        1,000  TDP       AMD Instinct MI325X
|   mi350x                        1,000  TDP       AMD Instinct MI350X
|   mi355x                        1,400  TDP       AMD Instinct MI355X
|   gaudi                           300  TDP       Intel Gaudi (HL-205)
|   gaudi2                          600  TDP       Intel Gaudi 2 (HL-225)
|   gaudi3                          900  TDP       Intel Gaudi 3 OAM (HL-325L)
|   max-1550                        600  TDP       Intel Data Center GPU Max 1550
|   max-1100                        300  TDP       Intel Data Center GPU Max 1100
|   trainium2                       500  estimate  AWS Trainium2
|   xeon-e5-2699-v3                 145  TDP       Intel Xeon E5-2699 v3
|   xeon-e5-2630-v4                  85  TDP       Intel Xeon E5-2630 v4
|   xeon-e5-2650-v4                 105  TDP       Intel Xeon E5-2650 v4
|   xeon-e5-2686-v4                 145  estimate  Intel Xeon E5-2686 v4
|   xeon-gold-5220                  125  TDP       Intel Xeon Gold 5220
|   xeon-gold-6148                  150  TDP       Intel Xeon Gold 6148
|   xeon-platinum-8160              150  TDP       Intel Xeon Platinum 8160
|   xeon-platinum-8124m             240  estimate  Intel Xeon Platinum 8124M
|   xeon-platinum-8168              205  TDP       Intel Xeon Platinum 8168
|   xeon-platinum-8180              205  TDP       Intel Xeon Platinum 8180
|   xeon-platinum-8175m             240  estimate  Intel Xeon Platinum 8175M
|   xeon-platinum-8275cl            240  estimate  Intel Xeon Platinum 8275CL
|   xeon-platinum-8273cl            165  estimate  Intel Xeon Platinum 8273CL
|   xeon-platinum-8280              205  TDP       Intel Xeon Platinum 8280
|   xeon-gold-6248                  150  TDP       Intel Xeon Gold 6248
|   xeon-gold-6230                  125  TDP       Intel Xeon Gold 6230
|   xeon-platinum-8358              250  TDP       Intel Xeon Platinum 8358
|   xeon-platinum-8368              270  TDP       Intel Xeon Platinum 8368
|   xeon-platinum-8370c             205  estimate  Intel Xeon Platinum 8370C
|   xeon-platinum-8373c             300  estimate  Intel Xeon Platinum 8373C
|   xeon-platinum-8380              270  TDP       Intel Xeon Platinum 8380
|   xeon-platinum-8375c             300  estimate  Intel Xeon Platinum 8375C
|   xeon-platinum-8480-plus         350  TDP       Intel Xeon Platinum 8480+
|   xeon-platinum-8468              350  TDP       Intel Xeon Platinum 8468
|   xeon-platinum-8470              350  TDP       Intel Xeon Platinum 8470
|   xeon-platinum-8592-plus         350  TDP       Intel Xeon Platinum 8592+
|   xeon-6980p                      500  TDP       Intel Xeon 6980P
|   epyc-7282                       120  TDP       AMD EPYC 7282
|   epyc-7702                       200  TDP       AMD EPYC 7702
|   epyc-7742                       225  TDP       AMD EPYC 7742
|   epyc-7h12                       280  TDP       AMD EPYC 7H12
|   epyc-7763                       280  TDP       AMD EPYC 7763
|   epyc-7713                       225  TDP       AMD EPYC 7713
|   epyc-7r13                       225  estimate  AMD EPYC 7R13
|   epyc-9654                       360  TDP       AMD EPYC 9654
|   epyc-9554                       360  TDP       AMD EPYC 9554
|   epyc-9754                       360  TDP       AMD EPYC 9754
|   epyc-9755                       500  TDP       AMD EPYC 9755
|   epyc-9965                       500  TDP       AMD EPYC 9965
| 139 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ mlcarbon hardware list --kind cpu
|   id                         W  power is  name
|   xeon-e5-2699-v3          145  TDP       Intel Xeon E5-2699 v3
|   xeon-e5-2630-v4           85  TDP       Intel Xeon E5-2630 v4
|   xeon-e5-2650-v4          105  TDP       Intel Xeon E5-2650 v4
|   xeon-e5-2686-v4          145  estimate  Intel Xeon E5-2686 v4
|   xeon-gold-5220           125  TDP       Intel Xeon Gold 5220
|   xeon-gold-6148           150  TDP       Intel Xeon Gold 6148
|   xeon-platinum-8160       150  TDP       Intel Xeon Platinum 8160
|   xeon-platinum-8124m      240  estimate  Intel Xeon Platinum 8124M
|   xeon-platinum-8168       205  TDP       Intel Xeon Platinum 8168
|   xeon-platinum-8180       205  TDP       Intel Xeon Platinum 8180
|   xeon-platinum-8175m      240  estimate  Intel Xeon Platinum 8175M
|   xeon-platinum-8275cl     240  estimate  Intel Xeon Platinum 8275CL
|   xeon-platinum-8273cl     165  estimate  Intel Xeon Platinum 8273CL
|   xeon-platinum-8280       205  TDP       Intel Xeon Platinum 8280
|   xeon-gold-6248           150  TDP       Intel Xeon Gold 6248
|   xeon-gold-6230           125  TDP       Intel Xeon Gold 6230
|   xeon-platinum-8358       250  TDP       Intel Xeon Platinum 8358
|   xeon-platinum-8368       270  TDP       Intel Xeon Platinum 8368
|   xeon-platinum-8370c      205  estimate  Intel Xeon Platinum 8370C
|   xeon-platinum-8373c      300  estimate  Intel Xeon Platinum 8373C
|   xeon-platinum-8380       270  TDP       Intel Xeon Platinum 8380
|   xeon-platinum-8375c      300  estimate  Intel Xeon Platinum 8375C
|   xeon-platinum-8480-plus  350  TDP       Intel Xeon Platinum 8480+
|   xeon-platinum-8468       350  TDP       Intel Xeon Platinum 8468
|   xeon-platinum-8470       350  TDP       Intel Xeon Platinum 8470
|   xeon-platinum-8592-plus  350  TDP       Intel Xeon Platinum 8592+
|   xeon-6980p               500  TDP       Intel Xeon 6980P
|   epyc-7282                120  TDP       AMD EPYC 7282
|   epyc-7702                200  TDP       AMD EPYC 7702
|   epyc-7742                225  TDP       AMD EPYC 7742
|   epyc-7h12                280  TDP       AMD EPYC 7H12
|   epyc-7763                280  TDP       AMD EPYC 7763
|   epyc-7713                225  TDP       AMD EPYC 7713
|   epyc-7r13                225  estimate  AMD EPYC 7R13
|   epyc-9654                360  TDP       AMD EPYC 9654
|   epyc-9554                360  TDP       AMD EPYC 9554
|   epyc-9754                360  TDP       AMD EPYC 9754
|   epyc-9755                500  TDP       AMD EPYC 9755
|   epyc-9965                500  TDP       AMD EPYC 9965
| 39 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ mlcarbon hardware list --kind TPU --format csv
| id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url
| tpu-v2,Google TPU v2 (per chip),Google,tpu,221,measured_average,16,,2017,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
| tpu-v3,Google TPU v3 (per chip),Google,tpu,283,measured_average,32,,2018,Carbon Emissions and Large Neural Network Training (arXiv:2104.10350),2021,https://arxiv.org/abs/2104.10350
| tpu-v4,Google TPU v4 (per chip),Google,tpu,170,measured_average,32,,2021,Cloud TPU documentation: TPU v4,2025,https://cloud.google.com/tpu/docs/v4
| tpu-v5p,Google TPU v5p (per chip),Google,tpu,540,estimate,95,,2023,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| tpu-v6e,Google TPU v6e Trillium (per chip),Google,tpu,380,estimate,32,,2024,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
| tpu-v7,Google TPU v7 Ironwood (per chip),Google,tpu,960,estimate,192,,2025,Data on Machine Learning Hardware (ml_hardware.csv),2025,https://epoch.ai/data/machine-learning-hardware
$ mlcarbon hardware list --vendor amd
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
|   epyc-7282        120  TDP       AMD EPYC 7282
|   epyc-7702        200  TDP       AMD EPYC 7702
|   epyc-7742        225  TDP       AMD EPYC 7742
|   epyc-7h12        280  TDP       AMD EPYC 7H12
|   epyc-7763        280  TDP       AMD EPYC 7763
|   epyc-7713        225  TDP       AMD EPYC 7713
|   epyc-7r13        225  estimate  AMD EPYC 7R13
|   epyc-9654        360  TDP       AMD EPYC 9654
|   epyc-9554        360  TDP       AMD EPYC 9554
|   epyc-9754        360  TDP       AMD EPYC 9754
|   epyc-9755        500  TDP       AMD EPYC 9755
|   epyc-9965        500  TDP       AMD EPYC 9965
| 23 entries; `mlcarbon hardware show ID` gives one with its source; --format csv
| every column.
$ mlcarbon hardware list --kind accelerator --vendor intel --format json
| {
|   "schema_version": 1,
|   "hardware": [
|     {
|       "id": "gaudi",
|       "name": "Intel Gaudi (HL-205)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi1",
|         "Gaudi 1",
|         "Habana Gaudi",
|         "Intel Gaudi",
|         "Intel Habana Gaudi",
|         "HL-205"
|       ],
|       "power_w": 300,
|       "power_kind": "tdp",
|       "memory_gb": 32,
|       "cores": null,
|       "released": 2019,
|       "power_alternatives": [],
|       "note": "First-generation Gaudi (Habana Labs), the accelerator of AWS dl1 instances. Epoch AI takes the 300 W from Habana's 2019 launch coverage. 32 GB HBM2 (Hugging Face / Intel Gaudi docs).",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gaudi2",
|       "name": "Intel Gaudi 2 (HL-225)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi 2",
|         "Habana Gaudi2",
|         "Habana Gaudi 2",
|         "Intel Gaudi 2",
|         "Intel Habana Gaudi2",
|         "HL-225"
|       ],
|       "power_w": 600,
|       "power_kind": "tdp",
|       "memory_gb": 96,
|       "cores": null,
|       "released": 2022,
|       "power_alternatives": [],
|       "note": "OAM module.",
|       "source": {
|         "key": "epoch-ml-hardware",
|         "title": "Data on Machine Learning Hardware (ml_hardware.csv)",
|         "publisher": "Epoch AI",
|         "url": "https://epoch.ai/data/machine-learning-hardware",
|         "year": 2025,
|         "license": "CC BY 4.0"
|       }
|     },
|     {
|       "id": "gaudi3",
|       "name": "Intel Gaudi 3 OAM (HL-325L)",
|       "vendor": "Intel",
|       "kind": "accelerator",
|       "aliases": [
|         "Gaudi 3",
|         "Intel Gaudi 3",
|         "Intel Gaudi3",
|         "Habana Gaudi 3",
|         "HL-325L",
|         "HL-335"
|       ],
|       "power_w": 900,
|       "power_kind": "tdp",
|       "memory_gb": 128,
|       "cores": null,
|       "released": 2024,
|       "power_alternatives": [
|         {
|           "power_w": 600,
|           "note": "HL-338 PCIe card"
|         },
|         {
|           "power_w": 450,
|           "note": "China models HL-328 (OAM) and HL-388 (PCIe)"
|         },
|         {
|           "power_w": 850,
|           "note": "highest power limit settable with hl-smi (range 450-850 W, Intel Gaudi docs)"
|         }
|       ],
|       "note": "OAM modules HL-325L (air-cooled) and HL-335 are both 900 W per Intel's Gaudi 3 white paper, as reported by The Register; Epoch AI also lists 900 W.",
|       "source": {
|         "key": "intel-gaudi3-theregister",
|         "title": "Intel preps export-friendly lower-power Gaudi 3 AI chips for China",
|         "publisher": "The Register",
|         "url": "https://www.theregister.com/2024/04/12/intel_paudi_3_china/",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     }
|   ]
| }
$ mlcarbon hardware show a100
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
$ mlcarbon hardware show a100 --format json
| {
|   "schema_version": 1,
|   "hardware": {
|     "id": "a100-sxm4-40gb",
|     "name": "NVIDIA A100 SXM4 40 GB",
|     "vendor": "NVIDIA",
|     "kind": "gpu",
|     "aliases": [
|       "A100",
|       "A100 SXM4 40GB",
|       "A100 SXM 40GB",
|       "NVIDIA A100-SXM4-40GB",
|       "A100 40GB",
|       "A100 SXM4",
|       "A100 SXM"
|     ],
|     "power_w": 400,
|     "power_kind": "tdp",
|     "memory_gb": 40,
|     "cores": null,
|     "released": 2020,
|     "power_alternatives": [],
|     "note": "The family alias a100 (and 'A100 SXM4', 'A100 40GB') names this variant, the one in AWS p4d, GCP a2-highgpu and Azure ND A100 v4.",
|     "source": {
|       "key": "nvidia-a100-datasheet",
|       "title": "NVIDIA A100 Tensor Core GPU datasheet",
|       "publisher": "NVIDIA",
|       "url": "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
|       "year": 2021,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     }
|   }
| }
$ mlcarbon hardware show a100 --format csv
| id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url
| a100-sxm4-40gb,NVIDIA A100 SXM4 40 GB,NVIDIA,gpu,400,tdp,40,,2020,NVIDIA A100 Tensor Core GPU datasheet,2021,https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf
$ mlcarbon hardware show "Tesla V100-PCIE-16GB"
| NVIDIA Tesla V100 PCIe 16 GB (v100-pcie-16gb)
|   vendor:    NVIDIA
|   kind:      gpu
|   power:     250 W (TDP)
|   memory:    16 GB
|   released:  2017
|   aliases:   Tesla V100-PCIE-16GB, V100 PCIe 16GB, V100 PCIe, NVIDIA Tesla V100 PCIe 16GB
|   note:      mlco2-impact's gpus.csv gave it 300 W (swapped with the SXM2 module).
|   source:
|     title:     NVIDIA Tesla V100 GPU Accelerator datasheet
|     publisher: NVIDIA
|     year:      2018
|     url:       https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      V100 SXM2 300 W, V100 PCIe 250 W; 32 or 16 GB HBM2.
$ mlcarbon hardware show epyc-7702
| AMD EPYC 7702 (epyc-7702)
|   vendor:    AMD
|   kind:      cpu
|   power:     200 W (TDP)
|   cores:     64
|   released:  2019
|   aliases:   EPYC 7702, AMD EPYC 7702
|   note:      Rome (EPYC 7002).
|   source:
|     title:     AMD EPYC server processor specifications
|     publisher: AMD
|     year:      2025
|     url:       https://www.amd.com/en/products/specifications/server-processor.html
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Default TDP, configurable TDP (cTDP) range, cores and launch date as listed by AMD. Read from CodeCarbon's scrape of AMD's table (codecarbon/data/hardware/cpu_dataset_builder/amd_cpu_server_dataset.csv, commit b05965e43b690cdc53787c7577adbe6e2caf4ed9, MIT), which has no cTDP or launch date for the EPYC 7002 (Rome) rows.
$ mlcarbon hardware show tpu-v3 --format json
| {
|   "schema_version": 1,
|   "hardware": {
|     "id": "tpu-v3",
|     "name": "Google TPU v3 (per chip)",
|     "vendor": "Google",
|     "kind": "tpu",
|     "aliases": [
|       "TPUv3",
|       "TPU v3",
|       "TPU v3 chip",
|       "TPUv3 Chip",
|       "Google TPU v3",
|       "Cloud TPU v3"
|     ],
|     "power_w": 283,
|     "power_kind": "measured_average",
|     "memory_gb": 32,
|     "cores": null,
|     "released": 2018,
|     "power_alternatives": [
|       {
|         "power_w": 220,
|         "note": "measured mean chip power, min/mean/max 123/220/262 W (Google Cloud TPU v3 page, https://cloud.google.com/tpu/docs/v3)"
|       },
|       {
|         "power_w": 262,
|         "note": "measured maximum chip power (same page)"
|       },
|       {
|         "power_w": 450,
|         "note": "TDP per chip as used by Epoch AI, citing Jouppi et al. 2020 (CACM)"
|       }
|     ],
|     "note": "Google publishes no TPU TDP. 283 W is Patterson et al.'s measured average system power per chip during training; Google's chip-only measured mean is 220 W. 32 GiB HBM per chip (a v3-8 board has 4 chips, 128 GiB).",
|     "source": {
|       "key": "patterson-2021",
|       "title": "Carbon Emissions and Large Neural Network Training (arXiv:2104.10350)",
|       "publisher": "Google and UC Berkeley (Patterson et al.)",
|       "url": "https://arxiv.org/abs/2104.10350",
|       "year": 2021,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     }
|   }
| }
$ mlcarbon hardware show a10g
| NVIDIA A10G (AWS) (a10g)
|   vendor:    NVIDIA
|   kind:      gpu
|   power:     150 W (TDP)
|              also 300 W: default and maximum power limit that nvidia-smi reports on AWS g5 instances ('.. W / 300W' in many public g5 logs); NVIDIA publishes no A10G datasheet
|   memory:    24 GB
|   released:  2021
|   aliases:   NVIDIA A10G
|   note:      AWS-only variant of the A10 (g5, g5g instances). 150 W is TechPowerUp's figure, also used by Epoch AI and mlco2-impact; the board's firmware power limit on AWS is 300 W, so 150 W may understate it.
|   source:
|     title:     TechPowerUp GPU Database: NVIDIA A10G
|     publisher: TechPowerUp
|     year:      2025
|     url:       https://www.techpowerup.com/gpu-specs/a10g.c3798
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Living database page. The figure was read through the copies in Epoch AI's ml_hardware.csv (Dec 2025 export) and/or mlco2-impact's gpus.csv, which cite this page; the page itself was not fetched. Year = year the figure was read.
$ mlcarbon hardware show A1OO
! mlcarbon: error: unknown hardware 'A1OO'; did you mean a100-sxm4-40gb, a100-sxm4-80gb, a100-pcie-40gb, a100-pcie-80gb, p100-pcie-16gb?
[3]
$ mlcarbon hardware show P4
! mlcarbon: error: unknown hardware 'P4'; did you mean tesla-p4, tesla-p40, t4, l4, tesla-k40?
[3]
$ mlcarbon regions list
|   id                            g/kWh  year   PUE  name
|   aws:af-south-1               699.29  2025  1.14  Africa (Cape Town)
|   aws:ap-east-1                675.48  2024  1.14  Asia Pacific (Hong Kong)
|   aws:ap-east-2                633.21  2025  1.14  Asia Pacific (Taipei)
|   aws:ap-northeast-1           477.26  2025  1.14  Asia Pacific (Tokyo)
|   aws:ap-northeast-2           417.06  2025  1.14  Asia Pacific (Seoul)
|   aws:ap-northeast-3           477.26  2025  1.14  Asia Pacific (Osaka)
|   aws:ap-south-1               670.13  2025  1.14  Asia Pacific (Mumbai) (Mum...
|   aws:ap-south-2               670.13  2025  1.14  Asia Pacific (Hyderabad) (...
|   aws:ap-southeast-1           497.09  2025  1.14  Asia Pacific (Singapore)
|   aws:ap-southeast-2            656.6  2026  1.14  Asia Pacific (Sydney) (Syd...
|   aws:ap-southeast-3           680.25  2024  1.14  Asia Pacific (Jakarta)
|   aws:ap-southeast-4           790.06  2026  1.14  Asia Pacific (Melbourne) (...
|   aws:ap-southeast-5           601.97  2025  1.14  Asia Pacific (Malaysia) (K...
|   aws:ap-southeast-6            92.76  2025  1.14  Asia Pacific (New Zealand)...
|   aws:ap-southeast-7           545.74  2025  1.14  Asia Pacific (Thailand) (B...
|   aws:ca-central-1             26.246  2020  1.14  Canada (Central) (Montréal...
|   aws:ca-west-1                671.96  2020  1.14  Canada West (Calgary) (Cal...
|   aws:cn-north-1               525.34  2025  1.14  China (Beijing)
|   aws:cn-northwest-1           525.34  2025  1.14  China (Ningxia) (Zhongwei,...
|   aws:eu-central-1             329.65  2025  1.14  Europe (Frankfurt) (Frankf...
|   aws:eu-central-2              39.22  2025  1.14  Europe (Zurich)
|   aws:eu-north-1                35.26  2025  1.14  Europe (Stockholm)
|   aws:eu-south-1               284.78  2025  1.14  Europe (Milan)
|   aws:eu-south-2                153.6  2025  1.14  Europe (Spain) (Aragón)
|   aws:eu-west-1                256.54  2025  1.14  Europe (Ireland) (Dublin)
|   aws:eu-west-2                217.41  2025  1.14  Europe (London) (London, E...
|   aws:eu-west-3                 41.44  2025  1.14  Europe (Paris)
|   aws:il-central-1             492.69  2025  1.14  Israel (Tel Aviv)
|   aws:me-central-1             467.51  2024  1.14  Middle East (UAE) (United ...
|   aws:me-south-1               902.24  2024  1.14  Middle East (Bahrain)
|   aws:mx-central-1             474.02  2025  1.14  Mexico (Central) (Querétaro)
|   aws:sa-east-1                109.95  2025  1.14  South America (São Paulo)
|   aws:us-east-1                337.02  2023  1.14  US East (N. Virginia) (Nor...
|   aws:us-east-2                482.01  2023  1.14  US East (Ohio) (Columbus a...
|   aws:us-gov-east-1            421.63  2023  1.14  AWS GovCloud (US-East) (Ohio)
|   aws:us-gov-west-1            421.63  2023  1.14  AWS GovCloud (US-West) (No...
|   aws:us-west-1                268.71  2023  1.14  US West (N. California) (S...
|   aws:us-west-2                343.23  2023  1.14  US West (Oregon) (Umatilla...
|   azure:australiacentral        656.6  2026  1.17  Australia Central (Canberr...
|   azure:australiacentral2       656.6  2026  1.17  Australia Central 2 (Canbe...
|   azure:australiaeast           656.6  2026  1.17  Australia East (New South ...
|   azure:australiasoutheast     790.06  2026  1.17  Australia Southeast (Victo...
|   azure:austriaeast            116.91  2025  1.17  Austria East (Vienna)
|   azure:belgiumcentral         149.82  2025  1.17  Belgium Central (Brussels)
|   azure:brazilsouth            109.95  2025  1.17  Brazil South (São Paulo St...
|   azure:brazilsoutheast        109.95  2025  1.17  Brazil Southeast (Rio de J...
|   azure:canadacentral          47.415  2020  1.17  Canada Central (Toronto, O...
|   azure:canadaeast             26.246  2020  1.17  Canada East (Québec City, ...
|   azure:centralindia           670.13  2025  1.17  Central India (Pune, Mahar...
|   azure:centralus              465.56  2023  1.17  Central US (Des Moines are...
|   azure:centraluseuap          421.63  2023  1.17  Central US EUAP (Des Moine...
|   azure:chilecentral           289.49  2025  1.17  Chile Central (Santiago)
|   azure:chinaeast              525.34  2025  1.17  China East (Shanghai)
|   azure:chinaeast2             525.34  2025  1.17  China East 2 (Shanghai)
|   azure:chinanorth             525.34  2025  1.17  China North (Beijing)
|   azure:chinanorth2            525.34  2025  1.17  China North 2 (Beijing)
|   azure:chinanorth3            525.34  2025  1.17  China North 3 (Hebei)
|   azure:denmarkeast            114.41  2025  1.17  Denmark East (Copenhagen a...
|   azure:eastasia               675.48  2024  1.17  East Asia (Hong Kong)
|   azure:eastus                 337.02  2023  1.17  East US (Virginia)
|   azure:eastus2                337.02  2023  1.17  East US 2 (Virginia)
|   azure:eastus2euap            421.63  2023  1.17  East US 2 EUAP (Virginia)
|   azure:francecentral           41.44  2025  1.17  France Central (Paris)
|   azure:francesouth             41.44  2025  1.17  France South (Marseille)
|   azure:germanynorth           329.65  2025  1.17  Germany North (Berlin)
|   azure:germanywestcentral     329.65  2025  1.17  Germany West Central (Fran...
|   azure:indonesiacentral       680.25  2024  1.17  Indonesia Central (Jakarta)
|   azure:israelcentral          492.69  2025  1.17  Israel Central
|   azure:italynorth             284.78  2025  1.17  Italy North (Milan)
|   azure:japaneast              477.26  2025  1.17  Japan East (Tokyo and Sait...
|   azure:japanwest              477.26  2025  1.17  Japan West (Osaka)
|   azure:jioindiacentral        670.13  2025  1.17  Jio India Central (Nagpur,...
|   azure:jioindiawest           670.13  2025  1.17  Jio India West (Jamnagar, ...
|   azure:koreacentral           417.06  2025  1.17  Korea Central (Seoul)
|   azure:koreasouth             417.06  2025  1.17  Korea South (Busan)
|   azure:malaysiawest           601.97  2025  1.17  Malaysia West (Kuala Lumpur)
|   azure:mexicocentral          474.02  2025  1.17  Mexico Central (Querétaro ...
|   azure:newzealandnorth         92.76  2025  1.17  New Zealand North (Auckland)
|   azure:northcentralus         482.01  2023  1.17  North Central US (Chicago ...
|   azure:northeurope            256.54  2025  1.17  North Europe (Dublin)
|   azure:norwayeast              28.11  2025  1.17  Norway East (Oslo)
|   azure:norwaywest              28.11  2025  1.17  Norway West (Stavanger)
|   azure:polandcentral           588.6  2025  1.17  Poland Central (Warsaw)
|   azure:qatarcentral           581.52  2025  1.17  Qatar Central (Doha)
|   azure:southafricanorth       699.29  2025  1.17  South Africa North (Johann...
|   azure:southafricawest        699.29  2025  1.17  South Africa West (Cape Town)
|   azure:southcentralus         408.09  2023  1.17  South Central US (San Anto...
|   azure:southeastasia          497.09  2025  1.17  Southeast Asia (Singapore)
|   azure:southindia             670.13  2025  1.17  South India (Chennai, Tami...
|   azure:spaincentral            153.6  2025  1.17  Spain Central (Madrid)
|   azure:swedencentral           35.26  2025  1.17  Sweden Central (Gävle and ...
|   azure:switzerlandnorth        39.22  2025  1.17  Switzerland North (Zurich)
|   azure:switzerlandwest         39.22  2025  1.17  Switzerland West (Geneva)
|   azure:uaecentral             467.51  2024  1.17  UAE Central (Abu Dhabi)
|   azure:uaenorth               467.51  2024  1.17  UAE North (Dubai)
|   azure:uksouth                217.41  2025  1.17  UK South (London, England)
|   azure:ukwest                 217.41  2025  1.17  UK West (Cardiff, Wales)
|   azure:westcentralus          532.18  2023  1.17  West Central US (Cheyenne,...
|   azure:westeurope             253.56  2025  1.17  West Europe (Netherlands (...
|   azure:westindia              670.13  2025  1.17  West India (Mumbai, Mahara...
|   azure:westus                 268.71  2023  1.17  West US (San Francisco Bay...
|   azure:westus2                343.23  2023  1.17  West US 2 (Quincy, Washing...
|   azure:westus3                 394.9  2023  1.17  West US 3 (Phoenix area, A...
|   coreweave:las1                394.9  2023  1.56  US West (Las Vegas, Nevada)
|   coreweave:lga1               347.06  2023  1.56  US East (Weehawken, New Je...
|   coreweave:ord1               482.01  2023  1.56  US Central (Chicago, Illin...
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
|   ovh:ap-south-mum             670.13  2025  1.28  Mumbai, Maharashtra
|   ovh:ap-southeast-sgp         497.09  2025  1.28  Singapore
|   ovh:ap-southeast-syd          656.6  2026  1.28  Sydney, New South Wales
|   ovh:ca-east-bhs              26.246  2020  1.28  Beauharnois, Québec
|   ovh:ca-east-tor              47.415  2020  1.28  Cambridge (Toronto area), ...
|   ovh:eu-central-waw            588.6  2025  1.28  Ożarów Mazowiecki (Warsaw ...
|   ovh:eu-west-eri              217.41  2025  1.28  London (Erith) (Erith, Lon...
|   ovh:eu-west-gra               41.44  2025  1.28  Gravelines, Hauts-de-France
|   ovh:eu-west-lim              329.65  2025  1.28  Limburg an der Lahn (Frank...
|   ovh:eu-west-par               41.44  2025  1.28  Paris area, Île-de-France
|   ovh:eu-west-rbx               41.44  2025  1.28  Roubaix, Hauts-de-France
|   ovh:eu-west-sbg               41.44  2025  1.28  Strasbourg, Grand Est
|   ovh:us-east-vin              337.02  2023  1.28  Vint Hill, Virginia
|   ovh:us-west-hil              343.23  2023  1.28  Hillsboro, Oregon
|   scaleway:fr-par               41.44  2025  1.56  Paris area, Île-de-France
|   scaleway:nl-ams              253.56  2025  1.56  Amsterdam
|   scaleway:pl-waw               588.6  2025  1.56  Warsaw
|   seeweb:fro2                  284.78  2025  1.56  Frosinone 2 (Frosinone, La...
|   country:AE                   467.51  2024  1.56  United Arab Emirates
|   country:AF                   131.31  2024  1.56  Afghanistan
|   country:AG                    594.6  2024  1.56  Antigua and Barbuda
|   country:AL                    25.18  2024  1.56  Albania
|   country:AM                   211.93  2025  1.56  Armenia
|   country:AO                   185.38  2024  1.56  Angola
|   country:AR                      346  2025  1.56  Argentina
|   country:AS                   611.11  2024  1.56  American Samoa
|   country:AT                   116.91  2025  1.56  Austria
|   country:AU                   655.04  2026  1.56  Australia
|   country:AW                      550  2024  1.56  Aruba
|   country:AZ                    631.9  2025  1.56  Azerbaijan
|   country:BA                   570.64  2025  1.56  Bosnia and Herzegovina
|   country:BB                    594.6  2024  1.56  Barbados
|   country:BD                   696.13  2025  1.56  Bangladesh
|   country:BE                   149.82  2025  1.56  Belgium
|   country:BF                   562.13  2024  1.56  Burkina Faso
|   country:BG                   275.55  2025  1.56  Bulgaria
|   country:BH                   902.24  2024  1.56  Bahrain
|   country:BI                   183.67  2024  1.56  Burundi
|   country:BJ                   584.16  2024  1.56  Benin
|   country:BM                   639.34  2024  1.56  Bermuda
|   country:BN                   892.09  2024  1.56  Brunei Darussalam
|   country:BO                   481.29  2025  1.56  Bolivia
|   country:BR                   109.95  2025  1.56  Brazil
|   country:BS                   653.33  2024  1.56  Bahamas
|   country:BT                    23.64  2024  1.56  Bhutan
|   country:BW                   851.31  2024  1.56  Botswana
|   country:BY                   309.25  2025  1.56  Belarus
|   country:BZ                   170.21  2024  1.56  Belize
|   country:CA                   144.31  2020  1.56  Canada
|   country:CD                    27.64  2024  1.56  Democratic Republic of the...
|   country:CG                   716.12  2024  1.56  Congo
|   country:CH                    39.22  2025  1.56  Switzerland
|   country:CI                   405.01  2024  1.56  Côte d'Ivoire
|   country:CK                      250  2024  1.56  Cook Islands
|   country:CL                   289.49  2025  1.56  Chile
|   country:CM                    225.9  2024  1.56  Cameroon
|   country:CN                   525.34  2025  1.56  China
|   country:CO                   186.81  2025  1.56  Colombia
|   country:CR                     24.2  2025  1.56  Costa Rica
|   country:CU                   642.82  2024  1.56  Cuba
|   country:CV                   461.54  2024  1.56  Cabo Verde
|   country:CY                      489  2025  1.56  Cyprus
|   country:CZ                   401.46  2025  1.56  Czechia
|   country:DE                   329.65  2025  1.56  Germany
|   country:DJ                      450  2024  1.56  Djibouti
|   country:DK                   114.41  2025  1.56  Denmark
|   country:DM                      600  2023  1.56  Dominica
|   country:DO                   537.48  2025  1.56  Dominican Republic
|   country:DZ                   632.94  2024  1.56  Algeria
|   country:EC                   159.02  2025  1.56  Ecuador
|   country:EE                   319.15  2025  1.56  Estonia
|   country:EG                   563.23  2025  1.56  Egypt
|   country:ER                   577.78  2024  1.56  Eritrea
|   country:ES                    153.6  2025  1.56  Spain
|   country:ET                    23.08  2025  1.56  Ethiopia
|   country:FI                    57.47  2025  1.56  Finland
|   country:FJ                   278.26  2024  1.56  Fiji
|   country:FK                    1,000  2023  1.56  Falkland Islands
|   country:FO                   346.94  2023  1.56  Faroe Islands
|   country:FR                    41.44  2025  1.56  France
|   country:GA                   523.08  2024  1.56  Gabon
|   country:GB                   217.41  2025  1.56  United Kingdom
|   country:GD                   666.67  2024  1.56  Grenada
|   country:GE                   145.93  2025  1.56  Georgia
|   country:GF                    244.9  2023  1.56  French Guiana
|   country:GH                   468.89  2024  1.56  Ghana
|   country:GI                   590.91  2024  1.56  Gibraltar
|   country:GL                      150  2024  1.56  Greenland
|   country:GM                   666.67  2024  1.56  Gambia
|   country:GN                   181.14  2024  1.56  Guinea
|   country:GP                   497.01  2023  1.56  Guadeloupe
|   country:GQ                    644.3  2024  1.56  Equatorial Guinea
|   country:GR                   315.09  2025  1.56  Greece
|   country:GT                   301.46  2024  1.56  Guatemala
|   country:GU                   607.53  2024  1.56  Guam
|   country:GW                      625  2024  1.56  Guinea-Bissau
|   country:GY                   644.93  2024  1.56  Guyana
|   country:HK                   675.48  2024  1.56  Hong Kong
|   country:HN                   322.12  2024  1.56  Honduras
|   country:HR                    158.5  2025  1.56  Croatia
|   country:HT                   534.88  2024  1.56  Haiti
|   country:HU                   163.02  2025  1.56  Hungary
|   country:ID                   680.25  2024  1.56  Indonesia
|   country:IE                   256.54  2025  1.56  Ireland
|   country:IL                   492.69  2025  1.56  Israel
|   country:IN                   670.13  2025  1.56  India
|   country:IQ                    683.1  2024  1.56  Iraq
|   country:IR                   659.53  2025  1.56  Iran
|   country:IS                    27.82  2024  1.56  Iceland
|   country:IT                   284.78  2025  1.56  Italy
|   country:JM                   563.01  2024  1.56  Jamaica
|   country:JO                   529.79  2024  1.56  Jordan
|   country:JP                   477.26  2025  1.56  Japan
|   country:KE                    95.44  2025  1.56  Kenya
|   country:KG                   152.73  2025  1.56  Kyrgyzstan
|   country:KH                   498.87  2025  1.56  Cambodia
|   country:KI                      500  2024  1.56  Kiribati
|   country:KM                   642.86  2023  1.56  Comoros
|   country:KN                    608.7  2024  1.56  Saint Kitts and Nevis
|   country:KP                   340.59  2024  1.56  North Korea
|   country:KR                   417.06  2025  1.56  South Korea
|   country:KW                   635.31  2025  1.56  Kuwait
|   country:KY                    633.8  2024  1.56  Cayman Islands
|   country:KZ                   805.32  2025  1.56  Kazakhstan
|   country:LA                   232.08  2024  1.56  Laos
|   country:LB                   389.51  2024  1.56  Lebanon
|   country:LC                      650  2024  1.56  Saint Lucia
|   country:LK                   329.28  2025  1.56  Sri Lanka
|   country:LR                   315.79  2024  1.56  Liberia
|   country:LS                    20.83  2022  1.56  Lesotho
|   country:LT                   138.36  2025  1.56  Lithuania
|   country:LU                   123.38  2025  1.56  Luxembourg
|   country:LV                   138.76  2025  1.56  Latvia
|   country:LY                   826.83  2024  1.56  Libya
|   country:MA                    596.4  2025  1.56  Morocco
|   country:MD                   633.12  2025  1.56  Moldova
|   country:ME                   264.23  2025  1.56  Montenegro
|   country:MG                    432.1  2024  1.56  Madagascar
|   country:MK                   441.35  2025  1.56  North Macedonia
|   country:ML                   538.59  2024  1.56  Mali
|   country:MM                   502.99  2024  1.56  Myanmar
|   country:MN                   816.31  2025  1.56  Mongolia
|   country:MO                   474.36  2024  1.56  Macao
|   country:MQ                    529.8  2023  1.56  Martinique
|   country:MR                   512.08  2024  1.56  Mauritania
|   country:MS                    1,000  2024  1.56  Montserrat
|   country:MT                   484.02  2025  1.56  Malta
|   country:MU                   642.23  2024  1.56  Mauritius
|   country:MV                   611.77  2024  1.56  Maldives
|   country:MW                    54.65  2024  1.56  Malawi
|   country:MX                   474.02  2025  1.56  Mexico
|   country:MY                   601.97  2025  1.56  Malaysia
|   country:MZ                   129.36  2024  1.56  Mozambique
|   country:NA                    48.78  2024  1.56  Namibia
|   country:NC                    560.9  2024  1.56  New Caledonia
|   country:NE                   673.68  2024  1.56  Niger
|   country:NG                   455.71  2025  1.56  Nigeria
|   country:NI                   300.89  2024  1.56  Nicaragua
|   country:NL                   253.56  2025  1.56  Netherlands
|   country:NO                    28.11  2025  1.56  Norway
|   country:NP                    24.26  2024  1.56  Nepal
|   country:NR                      600  2024  1.56  Nauru
|   country:NZ                    92.76  2025  1.56  New Zealand
|   country:OM                   544.47  2025  1.56  Oman
|   country:PA                   221.15  2024  1.56  Panama
|   country:PE                   238.25  2025  1.56  Peru
|   country:PF                   430.56  2024  1.56  French Polynesia
|   country:PG                   513.74  2024  1.56  Papua New Guinea
|   country:PH                   588.29  2025  1.56  Philippines
|   country:PK                   346.56  2025  1.56  Pakistan
|   country:PL                    588.6  2025  1.56  Poland
|   country:PM                      600  2023  1.56  Saint Pierre and Miquelon
|   country:PR                   654.66  2025  1.56  Puerto Rico
|   country:PS                   414.14  2024  1.56  Palestine
|   country:PT                   127.91  2025  1.56  Portugal
|   country:PY                     24.7  2025  1.56  Paraguay
|   country:QA                   581.52  2025  1.56  Qatar
|   country:RE                   394.14  2023  1.56  Réunion
|   country:RO                   250.75  2025  1.56  Romania
|   country:RS                    695.8  2025  1.56  Serbia
|   country:RU                   449.73  2025  1.56  Russian Federation
|   country:RW                   353.98  2024  1.56  Rwanda
|   country:SA                   691.95  2024  1.56  Saudi Arabia
|   country:SB                   636.36  2024  1.56  Solomon Islands
|   country:SC                   555.56  2024  1.56  Seychelles
|   country:SD                   153.69  2024  1.56  Sudan
|   country:SE                    35.26  2025  1.56  Sweden
|   country:SG                   497.09  2025  1.56  Singapore
|   country:SH                    1,000  2023  1.56  Saint Helena, Ascension an...
|   country:SI                   183.29  2025  1.56  Slovenia
|   country:SK                    94.85  2025  1.56  Slovakia
|   country:SL                    47.62  2024  1.56  Sierra Leone
|   country:SN                   539.97  2024  1.56  Senegal
|   country:SO                   511.63  2024  1.56  Somalia
|   country:SR                   321.84  2024  1.56  Suriname
|   country:SS                   642.86  2024  1.56  South Sudan
|   country:ST                   555.56  2023  1.56  Sao Tome and Principe
|   country:SV                   139.32  2025  1.56  El Salvador
|   country:SY                   706.19  2024  1.56  Syria
|   country:SZ                   131.15  2024  1.56  Eswatini
|   country:TC                   629.63  2024  1.56  Turks and Caicos Islands
|   country:TD                   621.62  2024  1.56  Chad
|   country:TG                   422.54  2024  1.56  Togo
|   country:TH                   545.74  2025  1.56  Thailand
|   country:TJ                    72.56  2025  1.56  Tajikistan
|   country:TL                   666.67  2024  1.56  Timor-Leste
|   country:TM                    1,306  2024  1.56  Turkmenistan
|   country:TN                   560.29  2025  1.56  Tunisia
|   country:TO                   571.43  2024  1.56  Tonga
|   country:TR                   474.74  2025  1.56  Türkiye
|   country:TT                   681.68  2024  1.56  Trinidad and Tobago
|   country:TW                   633.21  2025  1.56  Taiwan
|   country:TZ                   345.02  2024  1.56  Tanzania
|   country:UA                   250.47  2022  1.56  Ukraine
|   country:UG                    58.52  2024  1.56  Uganda
|   country:US                   421.63  2023  1.56  United States
|   country:UY                     80.4  2025  1.56  Uruguay
|   country:UZ                    1,000  2025  1.56  Uzbekistan
|   country:VC                      600  2024  1.56  Saint Vincent and the Gren...
|   country:VE                    85.86  2024  1.56  Venezuela
|   country:VG                   647.06  2023  1.56  British Virgin Islands
|   country:VI                   632.35  2023  1.56  U.S. Virgin Islands
|   country:VN                   460.73  2025  1.56  Vietnam
|   country:VU                      500  2023  1.56  Vanuatu
|   country:WS                      375  2024  1.56  Samoa
|   country:XK                   946.96  2025  1.56  Kosovo
|   country:YE                   592.38  2024  1.56  Yemen
|   country:ZA                   699.29  2025  1.56  South Africa
|   country:ZM                   119.68  2024  1.56  Zambia
|   country:ZW                   384.02  2024  1.56  Zimbabwe
|   grid:US-AKGD                 518.92  2023  1.56  ASCC Alaska Grid (eGRID AKGD)
|   grid:US-AKMS                 321.03  2023  1.56  ASCC Miscellaneous (eGRID ...
|   grid:US-AZNM                  394.9  2023  1.56  WECC Southwest (eGRID AZNM)
|   grid:US-CAMX                 268.71  2023  1.56  WECC California (eGRID CAMX)
|   grid:US-ERCT                 408.09  2023  1.56  ERCOT All (eGRID ERCT)
|   grid:US-FRCC                 456.97  2023  1.56  FRCC All (eGRID FRCC)
|   grid:US-HIMS                 693.56  2023  1.56  HICC Miscellaneous (eGRID ...
|   grid:US-HIOA                 892.45  2023  1.56  HICC Oahu (eGRID HIOA)
|   grid:US-MROE                 723.89  2023  1.56  MRO East (eGRID MROE)
|   grid:US-MROW                 465.56  2023  1.56  MRO West (eGRID MROW)
|   grid:US-NEWE                  331.1  2023  1.56  NPCC New England (eGRID NEWE)
|   grid:US-NWPP                 343.23  2023  1.56  WECC Northwest (eGRID NWPP)
|   grid:US-NYCW                 512.95  2023  1.56  NPCC NYC/Westchester (eGRI...
|   grid:US-NYLI                 658.17  2023  1.56  NPCC Long Island (eGRID NYLI)
|   grid:US-NYUP                 157.12  2023  1.56  NPCC Upstate NY (eGRID NYUP)
|   grid:US-PRMS                 859.68  2023  1.56  Puerto Rico Miscellaneous ...
|   grid:US-RFCE                 347.06  2023  1.56  RFC East (eGRID RFCE)
|   grid:US-RFCM                 527.47  2023  1.56  RFC Michigan (eGRID RFCM)
|   grid:US-RFCW                 482.01  2023  1.56  RFC West (eGRID RFCW)
|   grid:US-RMPA                 532.18  2023  1.56  WECC Rockies (eGRID RMPA)
|   grid:US-SPNO                 436.29  2023  1.56  SPP North (eGRID SPNO)
|   grid:US-SPSO                 470.68  2023  1.56  SPP South (eGRID SPSO)
|   grid:US-SRMV                 425.54  2023  1.56  SERC Mississippi Valley (e...
|   grid:US-SRMW                 622.09  2023  1.56  SERC Midwest (eGRID SRMW)
|   grid:US-SRSO                  472.2  2023  1.56  SERC South (eGRID SRSO)
|   grid:US-SRTV                 470.41  2023  1.56  SERC Tennessee Valley (eGR...
|   grid:US-SRVC                 337.02  2023  1.56  SERC Virginia/Carolina (eG...
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
|   grid:AU-NSW                   656.6  2026  1.56  New South Wales and Austra...
|   grid:AU-VIC                  790.06  2026  1.56  Victoria
|   grid:AU-QLD                  717.66  2026  1.56  Queensland
|   grid:AU-SA                   263.57  2026  1.56  South Australia
|   grid:AU-WA-SWIS              548.33  2026  1.56  Western Australia: South W...
|   grid:AU-TAS                  227.42  2025  1.56  Tasmania
|   grid:AU-NT-DKIS              676.66  2026  1.56  Northern Territory: Darwin...
|   world                        471.84  2024  1.56  World average
| 430 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --format csv
| id,kind,name,country,grid,intensity_g_per_kwh,intensity_year,intensity_basis,intensity_source,pue,pue_origin,cfe,intensity_scope,lifecycle_g_per_kwh,direct_g_per_kwh
| aws:af-south-1,cloud,Africa (Cape Town),ZA,ZA,699.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,699.29,643.0208452792881
| aws:ap-east-1,cloud,Asia Pacific (Hong Kong),HK,HK,675.48,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,675.48,574.1541452991453
| aws:ap-east-2,cloud,Asia Pacific (Taipei),TW,TW,633.21,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,633.21,543.6753073962343
| aws:ap-northeast-1,cloud,Asia Pacific (Tokyo),JP,JP,477.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,477.26,392.748639232517
| aws:ap-northeast-2,cloud,Asia Pacific (Seoul),KR,KR,417.06,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,417.06,348.6010303204944
| aws:ap-northeast-3,cloud,Asia Pacific (Osaka),JP,JP,477.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,477.26,392.748639232517
| aws:ap-south-1,cloud,Asia Pacific (Mumbai),IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,670.13,614.3834877017679
| aws:ap-south-2,cloud,Asia Pacific (Hyderabad),IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,670.13,614.3834877017679
| aws:ap-southeast-1,cloud,Asia Pacific (Singapore),SG,SG,497.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,497.09,373.55550290939317
| aws:ap-southeast-2,cloud,Asia Pacific (Sydney),AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.14,provider,,state,656.5971153851923,600
| aws:ap-southeast-3,cloud,Asia Pacific (Jakarta),ID,ID,680.25,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,680.25,599.5998142864833
| aws:ap-southeast-4,cloud,Asia Pacific (Melbourne),AU,AU-VIC,740,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.14,provider,,state,790.0610114196444,740
| aws:ap-southeast-5,cloud,Asia Pacific (Malaysia),MY,MY,601.97,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,601.97,524.8924725247402
| aws:ap-southeast-6,cloud,Asia Pacific (New Zealand),NZ,NZ,92.76,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,92.76,51.90074757729581
| aws:ap-southeast-7,cloud,Asia Pacific (Thailand),TH,TH,545.74,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,545.74,440.0680386740332
| aws:ca-central-1,cloud,Canada (Central),CA,CA-QC,1.5,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.14,provider,,state,26.24639570144172,1.5
| aws:ca-west-1,cloud,Canada West (Calgary),CA,CA-AB,590,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.14,provider,,state,671.9608968609865,590
| aws:cn-north-1,cloud,China (Beijing),CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,525.34,472.0199598615185
| aws:cn-northwest-1,cloud,China (Ningxia),CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,525.34,472.0199598615185
| aws:eu-central-1,cloud,Europe (Frankfurt),DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,329.65,252.49678402301834
| aws:eu-central-2,cloud,Europe (Zurich),CH,CH,39.22,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,39.22,7.840424484773923
| aws:eu-north-1,cloud,Europe (Stockholm),SE,SE,35.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,35.26,2.2907539101400047
| aws:eu-south-1,cloud,Europe (Milan),IT,IT,284.78,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,284.78,193.8193653192293
| aws:eu-south-2,cloud,Europe (Spain),ES,ES,153.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,153.6,96.202452325541
| aws:eu-west-1,cloud,Europe (Ireland),IE,IE,256.54,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,256.54,176.3913731825525
| aws:eu-west-2,cloud,Europe (London),GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,217.41,128.58464335807875
| aws:eu-west-3,cloud,Europe (Paris),FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,41.44,14.675148601705327
| aws:il-central-1,cloud,Israel (Tel Aviv),IL,IL,492.69,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,492.69,386.778915956151
| aws:me-central-1,cloud,Middle East (UAE),AE,AE,467.51,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,467.51,378.43553311519804
| aws:me-south-1,cloud,Middle East (Bahrain),BH,BH,902.24,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,902.24,782.4297233201581
| aws:mx-central-1,cloud,Mexico (Central),MX,MX,474.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,474.02,364.9941995125641
| aws:sa-east-1,cloud,South America (São Paulo),BR,BR,109.95,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.14,provider,,country,109.95,58.728516514996066
| aws:us-east-1,cloud,US East (N. Virginia),US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,subregion,337.01647352647353,270.49
| aws:us-east-2,cloud,US East (Ohio),US,US-RFCW,415.52,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,subregion,482.00548548548545,415.52
| aws:us-gov-east-1,cloud,AWS GovCloud (US-East),US,US,349.67,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,country,421.632,349.67
| aws:us-gov-west-1,cloud,AWS GovCloud (US-West),US,US,349.67,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,country,421.632,349.67
| aws:us-west-1,cloud,US West (N. California),US,US-CAMX,195.04,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,subregion,268.70500498504487,195.04
| aws:us-west-2,cloud,US West (Oregon),US,US-NWPP,288.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,subregion,343.22799999999995,288.15
| azure:australiacentral,cloud,Australia Central,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.17,provider,,state,656.5971153851923,600
| azure:australiacentral2,cloud,Australia Central 2,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.17,provider,,state,656.5971153851923,600
| azure:australiaeast,cloud,Australia East,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.17,provider,,state,656.5971153851923,600
| azure:australiasoutheast,cloud,Australia Southeast,AU,AU-VIC,740,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.17,provider,,state,790.0610114196444,740
| azure:austriaeast,cloud,Austria East,AT,AT,116.91,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,116.91,56.61103796776836
| azure:belgiumcentral,cloud,Belgium Central,BE,BE,149.82,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,149.82,83.27726437096995
| azure:brazilsouth,cloud,Brazil South,BR,BR,109.95,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,109.95,58.728516514996066
| azure:brazilsoutheast,cloud,Brazil Southeast,BR,BR,109.95,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,109.95,58.728516514996066
| azure:canadacentral,cloud,Canada Central,CA,CA-ON,25,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.17,provider,,state,47.4149243697479,25
| azure:canadaeast,cloud,Canada East,CA,CA-QC,1.5,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.17,provider,,state,26.24639570144172,1.5
| azure:centralindia,cloud,Central India,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,670.13,614.3834877017679
| azure:centralus,cloud,Central US,US,US-MROW,420.28,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,465.56071928071924,420.28
| azure:centraluseuap,cloud,Central US EUAP,US,US,349.67,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,country,421.632,349.67
| azure:chilecentral,cloud,Chile Central,CL,CL,289.49,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,289.49,227.10016949152543
| azure:chinaeast,cloud,China East,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,525.34,472.0199598615185
| azure:chinaeast2,cloud,China East 2,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,525.34,472.0199598615185
| azure:chinanorth,cloud,China North,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,525.34,472.0199598615185
| azure:chinanorth2,cloud,China North 2,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,525.34,472.0199598615185
| azure:chinanorth3,cloud,China North 3,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,525.34,472.0199598615185
| azure:denmarkeast,cloud,Denmark East,DK,DK,114.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,114.41,41.88897897897897
| azure:eastasia,cloud,East Asia,HK,HK,675.48,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,675.48,574.1541452991453
| azure:eastus,cloud,East US,US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,337.01647352647353,270.49
| azure:eastus2,cloud,East US 2,US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,337.01647352647353,270.49
| azure:eastus2euap,cloud,East US 2 EUAP,US,US,349.67,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,country,421.632,349.67
| azure:francecentral,cloud,France Central,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,41.44,14.675148601705327
| azure:francesouth,cloud,France South,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,41.44,14.675148601705327
| azure:germanynorth,cloud,Germany North,DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,329.65,252.49678402301834
| azure:germanywestcentral,cloud,Germany West Central,DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,329.65,252.49678402301834
| azure:indonesiacentral,cloud,Indonesia Central,ID,ID,680.25,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,680.25,599.5998142864833
| azure:israelcentral,cloud,Israel Central,IL,IL,492.69,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,492.69,386.778915956151
| azure:italynorth,cloud,Italy North,IT,IT,284.78,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,284.78,193.8193653192293
| azure:japaneast,cloud,Japan East,JP,JP,477.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,477.26,392.748639232517
| azure:japanwest,cloud,Japan West,JP,JP,477.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,477.26,392.748639232517
| azure:jioindiacentral,cloud,Jio India Central,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,670.13,614.3834877017679
| azure:jioindiawest,cloud,Jio India West,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,670.13,614.3834877017679
| azure:koreacentral,cloud,Korea Central,KR,KR,417.06,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,417.06,348.6010303204944
| azure:koreasouth,cloud,Korea South,KR,KR,417.06,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,417.06,348.6010303204944
| azure:malaysiawest,cloud,Malaysia West,MY,MY,601.97,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,601.97,524.8924725247402
| azure:mexicocentral,cloud,Mexico Central,MX,MX,474.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,474.02,364.9941995125641
| azure:newzealandnorth,cloud,New Zealand North,NZ,NZ,92.76,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,92.76,51.90074757729581
| azure:northcentralus,cloud,North Central US,US,US-RFCW,415.52,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,482.00548548548545,415.52
| azure:northeurope,cloud,North Europe,IE,IE,256.54,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,256.54,176.3913731825525
| azure:norwayeast,cloud,Norway East,NO,NO,28.11,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,28.11,3.302338784901437
| azure:norwaywest,cloud,Norway West,NO,NO,28.11,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,28.11,3.302338784901437
| azure:polandcentral,cloud,Poland Central,PL,PL,588.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,588.6,513.4501673785063
| azure:qatarcentral,cloud,Qatar Central,QA,QA,581.52,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,581.52,464.02088999644
| azure:southafricanorth,cloud,South Africa North,ZA,ZA,699.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,699.29,643.0208452792881
| azure:southafricawest,cloud,South Africa West,ZA,ZA,699.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,699.29,643.0208452792881
| azure:southcentralus,cloud,South Central US,US,US-ERCT,334.13,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,408.092,334.13
| azure:southeastasia,cloud,Southeast Asia,SG,SG,497.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,497.09,373.55550290939317
| azure:southindia,cloud,South India,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,670.13,614.3834877017679
| azure:spaincentral,cloud,Spain Central,ES,ES,153.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,153.6,96.202452325541
| azure:swedencentral,cloud,Sweden Central,SE,SE,35.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,35.26,2.2907539101400047
| azure:switzerlandnorth,cloud,Switzerland North,CH,CH,39.22,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,39.22,7.840424484773923
| azure:switzerlandwest,cloud,Switzerland West,CH,CH,39.22,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,39.22,7.840424484773923
| azure:uaecentral,cloud,UAE Central,AE,AE,467.51,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,467.51,378.43553311519804
| azure:uaenorth,cloud,UAE North,AE,AE,467.51,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,467.51,378.43553311519804
| azure:uksouth,cloud,UK South,GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,217.41,128.58464335807875
| azure:ukwest,cloud,UK West,GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,217.41,128.58464335807875
| azure:westcentralus,cloud,West Central US,US,US-RMPA,472.89,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,532.1847052947053,472.89
| azure:westeurope,cloud,West Europe,NL,NL,253.56,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,253.56,173.0680023710729
| azure:westindia,cloud,West India,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.17,provider,,country,670.13,614.3834877017679
| azure:westus,cloud,West US,US,US-CAMX,195.04,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,268.70500498504487,195.04
| azure:westus2,cloud,West US 2,US,US-NWPP,288.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,343.22799999999995,288.15
| azure:westus3,cloud,West US 3,US,US-AZNM,320.32,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.17,provider,,subregion,394.8958483033932,320.32
| coreweave:las1,cloud,US West,US,US-AZNM,320.32,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,394.8958483033932,320.32
| coreweave:lga1,cloud,US East,US,US-RFCE,271.78,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,347.0559999999999,271.78
| coreweave:ord1,cloud,US Central,US,US-RFCW,415.52,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,subregion,482.00548548548545,415.52
| gcp:africa-south1,cloud,Johannesburg,ZA,ZA,641.42,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.15,provider_region,697.6891547207117,641.42
| gcp:asia-east1,cloud,Taiwan,TW,TW,427.95,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.15,provider_region,517.4846926037657,427.95
| gcp:asia-east2,cloud,Hong Kong,HK,HK,488.52,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.02,provider_region,589.8458547008547,488.52
| gcp:asia-northeast1,cloud,Tokyo,JP,JP,449.23,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.23,provider_region,533.741360767483,449.23
| gcp:asia-northeast2,cloud,Osaka,JP,JP,298.92,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.45,provider_region,383.431360767483,298.92
| gcp:asia-northeast3,cloud,Seoul,KR,KR,359.05,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.37,provider_region,427.50896967950564,359.05
| gcp:asia-south1,cloud,Mumbai,IN,IN,598.45,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.2,provider_region,654.1965122982322,598.45
| gcp:asia-south2,cloud,Delhi,IN,IN,472.55,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.39,provider_region,528.2965122982322,472.55
| gcp:asia-southeast1,cloud,Singapore,SG,SG,365.66,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.05,provider_region,489.19449709060683,365.66
| gcp:asia-southeast2,cloud,Jakarta,ID,ID,587.8,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.15,provider_region,668.4501857135167,587.8
| gcp:asia-southeast3,cloud,Bangkok,TH,TH,364.68,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.19,provider_region,470.35196132596684,364.68
| gcp:australia-southeast1,cloud,Sydney,AU,AU-NSW,468.34,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.37,provider_region,524.9371153851922,468.34
| gcp:australia-southeast2,cloud,Melbourne,AU,AU-VIC,415.89,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.44,provider_region,465.95101141964443,415.89
| gcp:europe-central2,cloud,Warsaw,PL,PL,498.57,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.81,provider_region,573.7198326214937,498.57
| gcp:europe-north1,cloud,Finland,FI,FI,29.84,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.98,provider_region,77.93428918590523,29.84
| gcp:europe-north2,cloud,Stockholm,SE,SE,19.39,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,1,provider_region,52.359246089859994,19.39
| gcp:europe-southwest1,cloud,Madrid,ES,ES,95.75,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.87,provider_region,153.147547674459,95.75
| gcp:europe-west1,cloud,Belgium,BE,BE,126.43,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.79,provider_region,192.97273562903007,126.43
| gcp:europe-west10,cloud,Berlin,DE,DE,275.81,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.7,provider_region,352.96321597698164,275.81
| gcp:europe-west12,cloud,Turin,IT,IT,202.03,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.79,provider_region,292.9906346807707,202.03
| gcp:europe-west2,cloud,London,GB,GB,109.39,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.75,provider_region,198.21535664192123,109.39
| gcp:europe-west3,cloud,Frankfurt,DE,DE,275.81,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.7,provider_region,352.96321597698164,275.81
| gcp:europe-west4,cloud,Netherlands,NL,NL,194.35,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.82,provider_region,274.84199762892706,194.35
| gcp:europe-west6,cloud,Zurich,CH,CH,21.2,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.97,provider_region,52.579575515226075,21.2
| gcp:europe-west8,cloud,Milan,IT,IT,202.03,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.79,provider_region,292.9906346807707,202.03
| gcp:europe-west9,cloud,Paris,FR,FR,15.83,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.96,provider_region,42.59485139829467,15.83
| gcp:me-central1,cloud,Doha,QA,QA,370,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0,provider_region,487.49911000355996,370
| gcp:me-central2,cloud,Dammam,SA,SA,381.29,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.01,provider_region,542.3824907619215,381.29
| gcp:me-west1,cloud,Tel Aviv,IL,IL,380.95,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.13,provider_region,486.86108404384896,380.95
| gcp:northamerica-northeast1,cloud,Montréal,CA,CA-QC,11.36,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.97,provider_region,36.10639570144172,11.36
| gcp:northamerica-northeast2,cloud,Toronto,CA,CA-ON,74.2,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.8,provider_region,96.61492436974791,74.2
| gcp:northamerica-south1,cloud,Mexico,MX,MX,293.25,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.25,provider_region,402.2758004874359,293.25
| gcp:southamerica-east1,cloud,São Paulo,BR,BR,73.25,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.87,provider_region,124.47148348500394,73.25
| gcp:southamerica-west1,cloud,Santiago,CL,CL,209.94,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.9,provider_region,272.3298305084746,209.94
| gcp:us-central1,cloud,Iowa,US,US-MROW,431.95,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.88,provider_region,477.23071928071926,431.95
| gcp:us-central2,cloud,Oklahoma,US,US-SPSO,417.39,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.84,provider_region,490.9240681362725,417.39
| gcp:us-east1,cloud,South Carolina,US,US-SRVC,579.44,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.31,provider_region,645.9664735264736,579.44
| gcp:us-east2,cloud,Georgia,US,US-SRSO,391.2,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.42,provider_region,479.65599999999995,391.2
| gcp:us-east4,cloud,Northern Virginia,US,US-SRVC,343.48,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.57,provider_region,410.00647352647354,343.48
| gcp:us-east5,cloud,Columbus,US,US-RFCW,343.48,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.57,provider_region,409.9654854854855,343.48
| gcp:us-east7,cloud,Alabama and Tennessee,US,US-SRTV,339.89,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.58,provider_region,400.568,339.89
| gcp:us-south1,cloud,Dallas,US,US-ERCT,299.13,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.83,provider_region,373.092,299.13
| gcp:us-west1,cloud,Oregon,US,US-NWPP,97.85,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.83,provider_region,152.92799999999997,97.85
| gcp:us-west2,cloud,Los Angeles,US,US-CAMX,149.91,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.66,provider_region,223.57500498504487,149.91
| gcp:us-west3,cloud,Salt Lake City,US,US-NWPP,567.51,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.36,provider_region,622.588,567.51
| gcp:us-west4,cloud,Las Vegas,US,US-AZNM,360,2025,direct,"Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",1.09,provider,0.65,provider_region,434.57584830339323,360
| ovh:ap-south-mum,cloud,Mumbai,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,670.13,614.3834877017679
| ovh:ap-southeast-sgp,cloud,Singapore,SG,SG,497.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,497.09,373.55550290939317
| ovh:ap-southeast-syd,cloud,Sydney,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.28,provider,,state,656.5971153851923,600
| ovh:ca-east-bhs,cloud,Beauharnois,CA,CA-QC,1.5,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.28,provider,,state,26.24639570144172,1.5
| ovh:ca-east-tor,cloud,Toronto,CA,CA-ON,25,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.28,provider,,state,47.4149243697479,25
| ovh:eu-central-waw,cloud,Warsaw,PL,PL,588.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,588.6,513.4501673785063
| ovh:eu-west-eri,cloud,London (Erith),GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,217.41,128.58464335807875
| ovh:eu-west-gra,cloud,Gravelines,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-lim,cloud,Limburg,DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,329.65,252.49678402301834
| ovh:eu-west-par,cloud,Paris,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-rbx,cloud,Roubaix,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-sbg,cloud,Strasbourg,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:us-east-vin,cloud,Vint Hill,US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.28,provider,,subregion,337.01647352647353,270.49
| ovh:us-west-hil,cloud,Hillsboro,US,US-NWPP,288.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.28,provider,,subregion,343.22799999999995,288.15
| scaleway:fr-par,cloud,Paris,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,41.44,14.675148601705327
| scaleway:nl-ams,cloud,Amsterdam,NL,NL,253.56,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,253.56,173.0680023710729
| scaleway:pl-waw,cloud,Warsaw,PL,PL,588.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,588.6,513.4501673785063
| seeweb:fro2,cloud,Frosinone 2,IT,IT,284.78,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,284.78,193.8193653192293
| country:AE,country,United Arab Emirates,AE,AE,467.51,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,467.51,378.43553311519804
| country:AF,country,Afghanistan,AF,AF,131.31,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,131.31,81.33020202020202
| country:AG,country,Antigua and Barbuda,AG,AG,594.6,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,594.6,366.4918918918919
| country:AL,country,Albania,AL,AL,25.18,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,25.18,0.20158273381294833
| country:AM,country,Armenia,AM,AM,211.93,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,211.93,155.83123456790125
| country:AO,country,Angola,AO,AO,185.38,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,185.38,113.3197049390635
| country:AR,country,Argentina,AR,AR,346,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,346,259.903754489063
| country:AS,country,American Samoa,AS,AS,611.11,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,611.11,377.9988888888889
| country:AT,country,Austria,AT,AT,116.91,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,116.91,56.61103796776836
| country:AU,country,Australia,AU,AU,590,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,country,655.0399139154122,590
| country:AW,country,Aruba,AW,AW,550,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,550,344.5
| country:AZ,country,Azerbaijan,AZ,AZ,631.9,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,631.9,522.5532573869705
| country:BA,country,Bosnia and Herzegovina,BA,BA,570.64,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,570.64,523.1919390581718
| country:BB,country,Barbados,BB,BB,594.6,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,594.6,371.609009009009
| country:BD,country,Bangladesh,BD,BD,696.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,696.13,575.7706189555125
| country:BE,country,Belgium,BE,BE,149.82,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,149.82,83.27726437096995
| country:BF,country,Burkina Faso,BF,BF,562.13,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,562.13,343.3489349112426
| country:BG,country,Bulgaria,BG,BG,275.55,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,275.55,228.76654373024238
| country:BH,country,Bahrain,BH,BH,902.24,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,902.24,782.4297233201581
| country:BI,country,Burundi,BI,BI,183.67,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,183.67,101.58836734693877
| country:BJ,country,Benin,BJ,BJ,584.16,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,584.16,437.54613861386133
| country:BM,country,Bermuda,BM,BM,639.34,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,639.34,395.56950819672136
| country:BN,country,Brunei Darussalam,BN,BN,892.09,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,892.09,782.974892086331
| country:BO,country,Bolivia,BO,BO,481.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,481.29,387.0361482024945
| country:BR,country,Brazil,BR,BR,109.95,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,109.95,58.728516514996066
| country:BS,country,Bahamas,BS,BS,653.33,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,653.33,411.0722222222223
| country:BT,country,Bhutan,BT,BT,23.64,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,23.64,0
| country:BW,country,Botswana,BW,BW,851.31,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,851.31,788.6627696793003
| country:BY,country,Belarus,BY,BY,309.25,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,309.25,226.33690963985333
| country:BZ,country,Belize,BZ,BZ,170.21,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,170.21,47.486595744680855
| country:CA,country,Canada,CA,CA,110,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,country,144.3069832159318,110
| country:CD,country,Democratic Republic of the Congo,CD,CD,27.64,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,27.64,0
| country:CG,country,Congo,CG,CG,716.12,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,716.12,608.4020512820513
| country:CH,country,Switzerland,CH,CH,39.22,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,39.22,7.840424484773923
| country:CI,country,Côte d'Ivoire,CI,CI,405.01,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,405.01,310.5855329008341
| country:CK,country,Cook Islands,CK,CK,250,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,250,104
| country:CL,country,Chile,CL,CL,289.49,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,289.49,227.10016949152543
| country:CM,country,Cameroon,CM,CM,225.9,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,225.9,168.86969696969697
| country:CN,country,China,CN,CN,525.34,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,525.34,472.0199598615185
| country:CO,country,Colombia,CO,CO,186.81,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,186.81,134.02613545816735
| country:CR,country,Costa Rica,CR,CR,24.2,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,24.2,0
| country:CU,country,Cuba,CU,CU,642.82,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,642.82,420.60332475553275
| country:CV,country,Cabo Verde,CV,CV,461.54,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,461.54,283.5400000000001
| country:CY,country,Cyprus,CY,CY,489,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,489,298.85617597292725
| country:CZ,country,Czechia,CZ,CZ,401.46,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,401.46,346.3944370860927
| country:DE,country,Germany,DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,329.65,252.49678402301834
| country:DJ,country,Djibouti,DJ,DJ,450,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,450,287.55
| country:DK,country,Denmark,DK,DK,114.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,114.41,41.88897897897897
| country:DM,country,Dominica,DM,DM,600,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,600,385.33333333333337
| country:DO,country,Dominican Republic,DO,DO,537.48,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,537.48,429.12814814814817
| country:DZ,country,Algeria,DZ,DZ,632.94,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,632.94,513.2976172685762
| country:EC,country,Ecuador,EC,EC,159.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,159.02,91.25797814207651
| country:EE,country,Estonia,EE,EE,319.15,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,319.15,161.00433715220944
| country:EG,country,Egypt,EG,EG,563.23,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,563.23,446.349205567539
| country:ER,country,Eritrea,ER,ER,577.78,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,577.78,355.5577777777777
| country:ES,country,Spain,ES,ES,153.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,153.6,96.202452325541
| country:ET,country,Ethiopia,ET,ET,23.08,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,23.08,0
| country:FI,country,Finland,FI,FI,57.47,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,57.47,9.375710814094774
| country:FJ,country,Fiji,FJ,FJ,278.26,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,278.26,152.20782608695652
| country:FK,country,Falkland Islands,FK,FK,1000,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,1000,756
| country:FO,country,Faroe Islands,FO,FO,346.94,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,346.94,204.38897959183672
| country:FR,country,France,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,41.44,14.675148601705327
| country:GA,country,Gabon,GA,GA,523.08,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,523.08,410.98
| country:GB,country,United Kingdom,GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,217.41,128.58464335807875
| country:GD,country,Grenada,GD,GD,666.67,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,666.67,422.66999999999996
| country:GE,country,Georgia,GE,GE,145.93,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,145.93,102.39814814814815
| country:GF,country,French Guiana,GF,GF,244.9,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,244.9,130.4918367346939
| country:GH,country,Ghana,GH,GH,468.89,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,468.89,380.4087474248043
| country:GI,country,Gibraltar,GI,GI,590.91,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,590.91,448.36454545454546
| country:GL,country,Greenland,GL,GL,150,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,150,79.03333333333333
| country:GM,country,Gambia,GM,GM,666.67,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,666.67,422.66999999999996
| country:GN,country,Guinea,GN,GN,181.14,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,181.14,102.37076923076921
| country:GP,country,Guadeloupe,GP,GP,497.01,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,497.01,321.1776646706587
| country:GQ,country,Equatorial Guinea,GQ,GQ,644.3,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,644.3,549.2395973154362
| country:GR,country,Greece,GR,GR,315.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,315.09,231.55353183456322
| country:GT,country,Guatemala,GT,GT,301.46,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,301.46,190.84378720709304
| country:GU,country,Guam,GU,GU,607.53,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,607.53,380.3902150537634
| country:GW,country,Guinea-Bissau,GW,GW,625,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,625,381
| country:GY,country,Guyana,GY,GY,644.93,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,644.93,404.8720289855072
| country:HK,country,Hong Kong,HK,HK,675.48,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,675.48,574.1541452991453
| country:HN,country,Honduras,HN,HN,322.12,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,322.12,185.24580128205127
| country:HR,country,Croatia,HR,HR,158.5,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,158.5,101.35374149659864
| country:HT,country,Haiti,HT,HT,534.88,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,534.88,331.81023255813955
| country:HU,country,Hungary,HU,HU,163.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,163.02,102.36294234592447
| country:ID,country,Indonesia,ID,ID,680.25,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,680.25,599.5998142864833
| country:IE,country,Ireland,IE,IE,256.54,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,256.54,176.3913731825525
| country:IL,country,Israel,IL,IL,492.69,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,492.69,386.778915956151
| country:IN,country,India,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,670.13,614.3834877017679
| country:IQ,country,Iraq,IQ,IQ,683.1,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,683.1,508.2743805516597
| country:IR,country,Iran,IR,IR,659.53,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,659.53,539.6356900298146
| country:IS,country,Iceland,IS,IS,27.82,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,27.82,0
| country:IT,country,Italy,IT,IT,284.78,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,284.78,193.8193653192293
| country:JM,country,Jamaica,JM,JM,563.01,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,563.01,414.82504065040644
| country:JO,country,Jordan,JO,JO,529.79,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,529.79,412.5965061258977
| country:JP,country,Japan,JP,JP,477.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,477.26,392.748639232517
| country:KE,country,Kenya,KE,KE,95.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,95.44,39.68786324786325
| country:KG,country,Kyrgyzstan,KG,KG,152.73,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,152.73,120.45623574144486
| country:KH,country,Cambodia,KH,KH,498.87,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,498.87,445.67405405405407
| country:KI,country,Kiribati,KI,KI,500,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,500,305
| country:KM,country,Comoros,KM,KM,642.86,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,642.86,398.86
| country:KN,country,Saint Kitts and Nevis,KN,KN,608.7,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,608.7,383.35217391304354
| country:KP,country,North Korea,KP,KP,340.59,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,340.59,298.49553505535056
| country:KR,country,South Korea,KR,KR,417.06,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,417.06,348.6010303204944
| country:KW,country,Kuwait,KW,KW,635.31,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,635.31,473.3290290842253
| country:KY,country,Cayman Islands,KY,KY,633.8,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,633.8,398.081690140845
| country:KZ,country,Kazakhstan,KZ,KZ,805.32,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,805.32,730.5365090144717
| country:LA,country,Laos,LA,LA,232.08,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,232.08,199.49884916841904
| country:LB,country,Lebanon,LB,LB,389.51,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,389.51,233.59052434456927
| country:LC,country,Saint Lucia,LC,LC,650,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,650,410.9
| country:LK,country,Sri Lanka,LK,LK,329.28,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,329.28,265.48811594202897
| country:LR,country,Liberia,LR,LR,315.79,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,315.79,191.01807017543862
| country:LS,country,Lesotho,LS,LS,20.83,2022,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,20.83,0
| country:LT,country,Lithuania,LT,LT,138.36,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,138.36,66.32062992125987
| country:LU,country,Luxembourg,LU,LU,123.38,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,123.38,26.100779220779202
| country:LV,country,Latvia,LV,LV,138.76,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,138.76,65.17148325358852
| country:LY,country,Libya,LY,LY,826.83,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,826.83,675.3041254697889
| country:MA,country,Morocco,MA,MA,596.4,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,596.4,532.3285393258427
| country:MD,country,Moldova,MD,MD,633.12,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,633.12,518.4901298701299
| country:ME,country,Montenegro,ME,ME,264.23,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,264.23,231.56333333333336
| country:MG,country,Madagascar,MG,MG,432.1,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,432.1,315.6802469135803
| country:MK,country,North Macedonia,MK,MK,441.35,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,441.35,375.4438416422288
| country:ML,country,Mali,ML,ML,538.59,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,538.59,334.3047651006712
| country:MM,country,Myanmar,MM,MM,502.99,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,502.99,428.8702395209581
| country:MN,country,Mongolia,MN,MN,816.31,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,816.31,748.7000928792569
| country:MO,country,Macao,MO,MO,474.36,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,474.36,312.56512820512825
| country:MQ,country,Martinique,MQ,MQ,529.8,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,529.8,308.2966887417219
| country:MR,country,Mauritania,MR,MR,512.08,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,512.08,316.8046376811595
| country:MS,country,Montserrat,MS,MS,1000,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,1000,756
| country:MT,country,Malta,MT,MT,484.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,484.02,373.56337899543377
| country:MU,country,Mauritius,MU,MU,642.23,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,642.23,489.40008797653957
| country:MV,country,Maldives,MV,MV,611.77,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,611.77,381.6052941176471
| country:MW,country,Malawi,MW,MW,54.65,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,54.65,15.272950819672133
| country:MX,country,Mexico,MX,MX,474.02,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,474.02,364.9941995125641
| country:MY,country,Malaysia,MY,MY,601.97,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,601.97,524.8924725247402
| country:MZ,country,Mozambique,MZ,MZ,129.36,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,129.36,87.05883779686712
| country:NA,country,Namibia,NA,NA,48.78,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,48.78,15.572682926829273
| country:NC,country,New Caledonia,NC,NC,560.9,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,560.9,441.5282051282051
| country:NE,country,Niger,NE,NE,673.68,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,673.68,475.3221052631578
| country:NG,country,Nigeria,NG,NG,455.71,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,455.71,365.4037891189215
| country:NI,country,Nicaragua,NI,NI,300.89,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,300.89,152.89884955752208
| country:NL,country,Netherlands,NL,NL,253.56,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,253.56,173.0680023710729
| country:NO,country,Norway,NO,NO,28.11,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,28.11,3.302338784901437
| country:NP,country,Nepal,NP,NP,24.26,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,24.26,0.012920035938901009
| country:NR,country,Nauru,NR,NR,600,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,600,395.20000000000005
| country:NZ,country,New Zealand,NZ,NZ,92.76,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,92.76,51.90074757729581
| country:OM,country,Oman,OM,OM,544.47,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,544.47,423.35152914458746
| country:PA,country,Panama,PA,PA,221.15,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,221.15,157.80673864482503
| country:PE,country,Peru,PE,PE,238.25,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,238.25,176.60886829913963
| country:PF,country,French Polynesia,PF,PF,430.56,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,430.56,260.94888888888886
| country:PG,country,Papua New Guinea,PG,PG,513.74,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,513.74,344.9070190274841
| country:PH,country,Philippines,PH,PH,588.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,588.29,520.9171929824561
| country:PK,country,Pakistan,PK,PK,346.56,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,346.56,272.29655335076654
| country:PL,country,Poland,PL,PL,588.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,588.6,513.4501673785063
| country:PM,country,Saint Pierre and Miquelon,PM,PM,600,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,600,356
| country:PR,country,Puerto Rico,PR,PR,654.66,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,654.66,490.51446472619637
| country:PS,country,Palestine,PS,PS,414.14,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,414.14,247.3521212121212
| country:PT,country,Portugal,PT,PT,127.91,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,127.91,67.58983571288871
| country:PY,country,Paraguay,PY,PY,24.7,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,24.7,0
| country:QA,country,Qatar,QA,QA,581.52,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,581.52,464.02088999644
| country:RE,country,Réunion,RE,RE,394.14,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,394.14,226.83706840390877
| country:RO,country,Romania,RO,RO,250.75,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,250.75,202.80199759084522
| country:RS,country,Serbia,RS,RS,695.8,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,695.8,639.2530311305297
| country:RU,country,Russian Federation,RU,RU,449.73,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,449.73,375.5735600566739
| country:RW,country,Rwanda,RW,RW,353.98,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,353.98,278.7587610619469
| country:SA,country,Saudi Arabia,SA,SA,691.95,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,691.95,530.8575092380786
| country:SB,country,Solomon Islands,SB,SB,636.36,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,636.36,410.17818181818177
| country:SC,country,Seychelles,SC,SC,555.56,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,555.56,343.25841269841266
| country:SD,country,Sudan,SD,SD,153.69,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,153.69,83.21064996614759
| country:SE,country,Sweden,SE,SE,35.26,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,35.26,2.2907539101400047
| country:SG,country,Singapore,SG,SG,497.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,497.09,373.55550290939317
| country:SH,country,"Saint Helena, Ascension and Tristan da Cunha",SH,SH,1000,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,1000,756
| country:SI,country,Slovenia,SI,SI,183.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,183.29,146.06291105121295
| country:SK,country,Slovakia,SK,SK,94.85,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,94.85,50.33109965635738
| country:SL,country,Sierra Leone,SL,SL,47.62,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,47.62,10.858095238095238
| country:SN,country,Senegal,SN,SN,539.97,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,539.97,337.83500655307995
| country:SO,country,Somalia,SO,SO,511.63,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,511.63,309.5137209302326
| country:SR,country,Suriname,SR,SR,321.84,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,321.84,194.26528735632183
| country:SS,country,South Sudan,SS,SS,642.86,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,642.86,402.36
| country:ST,country,Sao Tome and Principe,ST,ST,555.56,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,555.56,336.0044444444444
| country:SV,country,El Salvador,SV,SV,139.32,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,139.32,53.450030959752326
| country:SY,country,Syria,SY,SY,706.19,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,706.19,534.4174919614148
| country:SZ,country,Eswatini,SZ,SZ,131.15,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,131.15,33.87131147540984
| country:TC,country,Turks and Caicos Islands,TC,TC,629.63,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,629.63,392.88925925925923
| country:TD,country,Chad,TD,TD,621.62,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,621.62,384.2956756756757
| country:TG,country,Togo,TG,TG,422.54,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,422.54,326.54
| country:TH,country,Thailand,TH,TH,545.74,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,545.74,440.0680386740332
| country:TJ,country,Tajikistan,TJ,TJ,72.56,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,72.56,45.94792055127685
| country:TL,country,Timor-Leste,TL,TL,666.67,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,666.67,422.66999999999996
| country:TM,country,Turkmenistan,TM,TM,1306.27,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,1306.27,1186.2990820963344
| country:TN,country,Tunisia,TN,TN,560.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,560.29,442.47422232182873
| country:TO,country,Tonga,TO,TO,571.43,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,571.43,355.42999999999995
| country:TR,country,Türkiye,TR,TR,474.74,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,474.74,410.0541920533544
| country:TT,country,Trinidad and Tobago,TT,TT,681.68,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,681.68,561.2360209424083
| country:TW,country,Taiwan,TW,TW,633.21,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,633.21,543.6753073962343
| country:TZ,country,Tanzania,TZ,TZ,345.02,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,345.02,249.5516742081448
| country:UA,country,Ukraine,UA,UA,250.47,2022,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,250.47,216.03703434669538
| country:UG,country,Uganda,UG,UG,58.52,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,58.52,10.71621342512909
| country:US,country,United States,US,US,349.67,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.56,default,,country,421.632,349.67
| country:UY,country,Uruguay,UY,UY,80.4,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,80.4,4.42261306532663
| country:UZ,country,Uzbekistan,UZ,UZ,1000,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,1000,899.2018454440599
| country:VC,country,Saint Vincent and the Grenadines,VC,VC,600,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,600,385.33333333333337
| country:VE,country,Venezuela,VE,VE,85.86,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,85.86,47.93787345563459
| country:VG,country,British Virgin Islands,VG,VG,647.06,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,647.06,403.05999999999995
| country:VI,country,U.S. Virgin Islands,VI,VI,632.35,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,632.35,394.11470588235295
| country:VN,country,Vietnam,VN,VN,460.73,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,460.73,411.10333462369755
| country:VU,country,Vanuatu,VU,VU,500,2023,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,500,308
| country:WS,country,Samoa,WS,WS,375,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,375,209.875
| country:XK,country,Kosovo,XK,XK,946.96,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,946.96,
| country:YE,country,Yemen,YE,YE,592.38,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,592.38,371.8238095238095
| country:ZA,country,South Africa,ZA,ZA,699.29,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,699.29,643.0208452792881
| country:ZM,country,Zambia,ZM,ZM,119.68,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,119.68,86.95586206896553
| country:ZW,country,Zimbabwe,ZW,ZW,384.02,2024,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.56,default,,country,384.02,342.0784795321637
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
| grid:CA-NL,state,Newfoundland and Labrador,CA,CA-NL,24,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,53.970832285642445,24
| grid:CA-PE,state,Prince Edward Island,CA,CA-PE,0,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,11.088224157516093,0
| grid:CA-NS,state,Nova Scotia,CA,CA-NS,670,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,753.5222929936306,670
| grid:CA-NB,state,New Brunswick,CA,CA-NB,290,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,342.15820149875105,290
| grid:CA-QC,state,Quebec,CA,CA-QC,1.5,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,26.24639570144172,1.5
| grid:CA-ON,state,Ontario,CA,CA-ON,25,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,47.4149243697479,25
| grid:CA-MB,state,Manitoba,CA,CA-MB,1.1,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,24.908146256217236,1.1
| grid:CA-SK,state,Saskatchewan,CA,CA-SK,580,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,659.1259358972004,580
| grid:CA-AB,state,Alberta,CA,CA-AB,590,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,671.9608968609865,590
| grid:CA-BC,state,British Columbia,CA,CA-BC,7.3,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,36.118337324666435,7.3
| grid:CA-YT,state,Yukon,CA,CA-YT,100,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,150.8194316450697,100
| grid:CA-NT,state,Northwest Territories,CA,CA-NT,180,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,254.72679965307893,180
| grid:CA-NU,state,Nunavut,CA,CA-NU,770,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.56,default,,state,1014,770
| grid:AU-NSW,state,New South Wales and Australian Capital Territory,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,state,656.5971153851923,600
| grid:AU-VIC,state,Victoria,AU,AU-VIC,740,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,state,790.0610114196444,740
| grid:AU-QLD,state,Queensland,AU,AU-QLD,650,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,state,717.6615253418565,650
| grid:AU-SA,state,South Australia,AU,AU-SA,210,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,state,263.56824487320307,210
| grid:AU-WA-SWIS,subregion,Western Australia: South West Interconnected System,AU,AU-WA-SWIS,450,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,subregion,548.326897587797,450
| grid:AU-TAS,state,Tasmania,AU,AU-TAS,200,2025,direct,"Australian National Greenhouse Accounts Factors 2025, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,state,227.42335486321443,200
| grid:AU-NT-DKIS,subregion,Northern Territory: Darwin-Katherine Interconnected System,AU,AU-NT-DKIS,550,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.56,default,,subregion,676.6612768270147,550
| world,world,World average,,WORLD,471.84,2024,lifecycle,"Carbon intensity of electricity generation, World (Our World in Data based on Ember and Energy Institute; grapher chart carbon-intensity-electricity)",1.56,default,,world,471.84,
$ mlcarbon regions list --provider aws --format json
| {
|   "schema_version": 1,
|   "regions": [
|     {
|       "id": "aws:af-south-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Africa (Cape Town)",
|       "location": "Cape Town",
|       "country": "ZA",
|       "grid": "ZA",
|       "intensity": {
|         "g_per_kwh": 699.29,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 699.29,
|         "direct_g_per_kwh": 643.0208452792881
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-east-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Hong Kong)",
|       "location": "Hong Kong",
|       "country": "HK",
|       "grid": "HK",
|       "intensity": {
|         "g_per_kwh": 675.48,
|         "origin": "grid",
|         "year": 2024,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 675.48,
|         "direct_g_per_kwh": 574.1541452991453
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-east-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Taipei)",
|       "location": "Taipei",
|       "country": "TW",
|       "grid": "TW",
|       "intensity": {
|         "g_per_kwh": 633.21,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 633.21,
|         "direct_g_per_kwh": 543.6753073962343
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-northeast-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Tokyo)",
|       "location": "Tokyo",
|       "country": "JP",
|       "grid": "JP",
|       "intensity": {
|         "g_per_kwh": 477.26,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 477.26,
|         "direct_g_per_kwh": 392.748639232517
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-northeast-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Seoul)",
|       "location": "Seoul",
|       "country": "KR",
|       "grid": "KR",
|       "intensity": {
|         "g_per_kwh": 417.06,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 417.06,
|         "direct_g_per_kwh": 348.6010303204944
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-northeast-3",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Osaka)",
|       "location": "Osaka",
|       "country": "JP",
|       "grid": "JP",
|       "intensity": {
|         "g_per_kwh": 477.26,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 477.26,
|         "direct_g_per_kwh": 392.748639232517
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-south-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Mumbai)",
|       "location": "Mumbai, Maharashtra",
|       "country": "IN",
|       "grid": "IN",
|       "intensity": {
|         "g_per_kwh": 670.13,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 670.13,
|         "direct_g_per_kwh": 614.3834877017679
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-south-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Hyderabad)",
|       "location": "Hyderabad, Telangana",
|       "country": "IN",
|       "grid": "IN",
|       "intensity": {
|         "g_per_kwh": 670.13,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 670.13,
|         "direct_g_per_kwh": 614.3834877017679
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Singapore)",
|       "location": "Singapore",
|       "country": "SG",
|       "grid": "SG",
|       "intensity": {
|         "g_per_kwh": 497.09,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 497.09,
|         "direct_g_per_kwh": 373.55550290939317
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Sydney)",
|       "location": "Sydney, New South Wales",
|       "country": "AU",
|       "grid": "AU-NSW",
|       "intensity": {
|         "g_per_kwh": 600,
|         "origin": "grid",
|         "year": 2026,
|         "basis": "direct",
|         "scope": "state",
|         "source": {
|           "key": "dcceew-nga-2026",
|           "title": "Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",
|           "publisher": "Department of Climate Change, Energy, the Environment and Water (Australian Government)",
|           "url": "https://www.dcceew.gov.au/climate-change/publications/national-greenhouse-accounts-factors-2026",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 656.5971153851923,
|         "direct_g_per_kwh": 600
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-3",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Jakarta)",
|       "location": "Jakarta",
|       "country": "ID",
|       "grid": "ID",
|       "intensity": {
|         "g_per_kwh": 680.25,
|         "origin": "grid",
|         "year": 2024,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 680.25,
|         "direct_g_per_kwh": 599.5998142864833
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-4",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Melbourne)",
|       "location": "Melbourne, Victoria",
|       "country": "AU",
|       "grid": "AU-VIC",
|       "intensity": {
|         "g_per_kwh": 740,
|         "origin": "grid",
|         "year": 2026,
|         "basis": "direct",
|         "scope": "state",
|         "source": {
|           "key": "dcceew-nga-2026",
|           "title": "Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",
|           "publisher": "Department of Climate Change, Energy, the Environment and Water (Australian Government)",
|           "url": "https://www.dcceew.gov.au/climate-change/publications/national-greenhouse-accounts-factors-2026",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 790.0610114196444,
|         "direct_g_per_kwh": 740
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-5",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Malaysia)",
|       "location": "Kuala Lumpur area",
|       "country": "MY",
|       "grid": "MY",
|       "intensity": {
|         "g_per_kwh": 601.97,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 601.97,
|         "direct_g_per_kwh": 524.8924725247402
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-6",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (New Zealand)",
|       "location": "Auckland",
|       "country": "NZ",
|       "grid": "NZ",
|       "intensity": {
|         "g_per_kwh": 92.76,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 92.76,
|         "direct_g_per_kwh": 51.90074757729581
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ap-southeast-7",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Asia Pacific (Thailand)",
|       "location": "Bangkok area",
|       "country": "TH",
|       "grid": "TH",
|       "intensity": {
|         "g_per_kwh": 545.74,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 545.74,
|         "direct_g_per_kwh": 440.0680386740332
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ca-central-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Canada (Central)",
|       "location": "Montréal, Québec",
|       "country": "CA",
|       "grid": "CA-QC",
|       "intensity": {
|         "g_per_kwh": 1.5,
|         "origin": "grid",
|         "year": 2020,
|         "basis": "direct",
|         "scope": "state",
|         "source": {
|           "key": "eccc-nir-2022-annex13",
|           "title": "National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",
|           "publisher": "Environment and Climate Change Canada",
|           "url": "https://data.ec.gc.ca/data/substances/monitor/canada-s-official-greenhouse-gas-inventory/C-Tables-Electricity-Canada-Provinces-Territories/EN_Electricity_Can_Prov_Terr.xlsx",
|           "year": 2022,
|           "license": "Open Government Licence - Canada"
|         },
|         "lifecycle_g_per_kwh": 26.24639570144172,
|         "direct_g_per_kwh": 1.5
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:ca-west-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Canada West (Calgary)",
|       "location": "Calgary, Alberta",
|       "country": "CA",
|       "grid": "CA-AB",
|       "intensity": {
|         "g_per_kwh": 590,
|         "origin": "grid",
|         "year": 2020,
|         "basis": "direct",
|         "scope": "state",
|         "source": {
|           "key": "eccc-nir-2022-annex13",
|           "title": "National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",
|           "publisher": "Environment and Climate Change Canada",
|           "url": "https://data.ec.gc.ca/data/substances/monitor/canada-s-official-greenhouse-gas-inventory/C-Tables-Electricity-Canada-Provinces-Territories/EN_Electricity_Can_Prov_Terr.xlsx",
|           "year": 2022,
|           "license": "Open Government Licence - Canada"
|         },
|         "lifecycle_g_per_kwh": 671.9608968609865,
|         "direct_g_per_kwh": 590
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:cn-north-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "China (Beijing)",
|       "location": "Beijing",
|       "country": "CN",
|       "grid": "CN",
|       "intensity": {
|         "g_per_kwh": 525.34,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 525.34,
|         "direct_g_per_kwh": 472.0199598615185
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:cn-northwest-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "China (Ningxia)",
|       "location": "Zhongwei, Ningxia",
|       "country": "CN",
|       "grid": "CN",
|       "intensity": {
|         "g_per_kwh": 525.34,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 525.34,
|         "direct_g_per_kwh": 472.0199598615185
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-central-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Frankfurt)",
|       "location": "Frankfurt am Main",
|       "country": "DE",
|       "grid": "DE",
|       "intensity": {
|         "g_per_kwh": 329.65,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 329.65,
|         "direct_g_per_kwh": 252.49678402301834
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-central-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Zurich)",
|       "location": "Zurich",
|       "country": "CH",
|       "grid": "CH",
|       "intensity": {
|         "g_per_kwh": 39.22,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 39.22,
|         "direct_g_per_kwh": 7.840424484773923
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-north-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Stockholm)",
|       "location": "Stockholm",
|       "country": "SE",
|       "grid": "SE",
|       "intensity": {
|         "g_per_kwh": 35.26,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 35.26,
|         "direct_g_per_kwh": 2.2907539101400047
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-south-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Milan)",
|       "location": "Milan",
|       "country": "IT",
|       "grid": "IT",
|       "intensity": {
|         "g_per_kwh": 284.78,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 284.78,
|         "direct_g_per_kwh": 193.8193653192293
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-south-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Spain)",
|       "location": "Aragón",
|       "country": "ES",
|       "grid": "ES",
|       "intensity": {
|         "g_per_kwh": 153.6,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 153.6,
|         "direct_g_per_kwh": 96.202452325541
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-west-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Ireland)",
|       "location": "Dublin",
|       "country": "IE",
|       "grid": "IE",
|       "intensity": {
|         "g_per_kwh": 256.54,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 256.54,
|         "direct_g_per_kwh": 176.3913731825525
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-west-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (London)",
|       "location": "London, England",
|       "country": "GB",
|       "grid": "GB",
|       "intensity": {
|         "g_per_kwh": 217.41,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 217.41,
|         "direct_g_per_kwh": 128.58464335807875
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:eu-west-3",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Europe (Paris)",
|       "location": "Paris",
|       "country": "FR",
|       "grid": "FR",
|       "intensity": {
|         "g_per_kwh": 41.44,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 41.44,
|         "direct_g_per_kwh": 14.675148601705327
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:il-central-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Israel (Tel Aviv)",
|       "location": "Tel Aviv",
|       "country": "IL",
|       "grid": "IL",
|       "intensity": {
|         "g_per_kwh": 492.69,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 492.69,
|         "direct_g_per_kwh": 386.778915956151
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:me-central-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Middle East (UAE)",
|       "location": "United Arab Emirates",
|       "country": "AE",
|       "grid": "AE",
|       "intensity": {
|         "g_per_kwh": 467.51,
|         "origin": "grid",
|         "year": 2024,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 467.51,
|         "direct_g_per_kwh": 378.43553311519804
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:me-south-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Middle East (Bahrain)",
|       "location": "Bahrain",
|       "country": "BH",
|       "grid": "BH",
|       "intensity": {
|         "g_per_kwh": 902.24,
|         "origin": "grid",
|         "year": 2024,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 902.24,
|         "direct_g_per_kwh": 782.4297233201581
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:mx-central-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "Mexico (Central)",
|       "location": "Querétaro",
|       "country": "MX",
|       "grid": "MX",
|       "intensity": {
|         "g_per_kwh": 474.02,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 474.02,
|         "direct_g_per_kwh": 364.9941995125641
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:sa-east-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "South America (São Paulo)",
|       "location": "São Paulo",
|       "country": "BR",
|       "grid": "BR",
|       "intensity": {
|         "g_per_kwh": 109.95,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 109.95,
|         "direct_g_per_kwh": 58.728516514996066
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-east-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "US East (N. Virginia)",
|       "location": "Northern Virginia",
|       "country": "US",
|       "grid": "US-SRVC",
|       "intensity": {
|         "g_per_kwh": 270.49,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "subregion",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 337.01647352647353,
|         "direct_g_per_kwh": 270.49
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-east-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "US East (Ohio)",
|       "location": "Columbus area, Ohio",
|       "country": "US",
|       "grid": "US-RFCW",
|       "intensity": {
|         "g_per_kwh": 415.52,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "subregion",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 482.00548548548545,
|         "direct_g_per_kwh": 415.52
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-gov-east-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "AWS GovCloud (US-East)",
|       "location": "Ohio",
|       "country": "US",
|       "grid": "US",
|       "intensity": {
|         "g_per_kwh": 349.67,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "country",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 421.632,
|         "direct_g_per_kwh": 349.67
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-gov-west-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "AWS GovCloud (US-West)",
|       "location": "Northwestern United States",
|       "country": "US",
|       "grid": "US",
|       "intensity": {
|         "g_per_kwh": 349.67,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "country",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 421.632,
|         "direct_g_per_kwh": 349.67
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-west-1",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "US West (N. California)",
|       "location": "San Francisco Bay Area, California",
|       "country": "US",
|       "grid": "US-CAMX",
|       "intensity": {
|         "g_per_kwh": 195.04,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "subregion",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 268.70500498504487,
|         "direct_g_per_kwh": 195.04
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     },
|     {
|       "id": "aws:us-west-2",
|       "kind": "cloud",
|       "provider": "aws",
|       "name": "US West (Oregon)",
|       "location": "Umatilla and Morrow counties, Oregon",
|       "country": "US",
|       "grid": "US-NWPP",
|       "intensity": {
|         "g_per_kwh": 288.15,
|         "origin": "grid",
|         "year": 2023,
|         "basis": "direct",
|         "scope": "subregion",
|         "source": {
|           "key": "egrid2023",
|           "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|           "publisher": "US Environmental Protection Agency",
|           "url": "https://www.epa.gov/egrid",
|           "year": 2025,
|           "license": "public domain (US government work)"
|         },
|         "lifecycle_g_per_kwh": 343.22799999999995,
|         "direct_g_per_kwh": 288.15
|       },
|       "pue": {
|         "pue": 1.14,
|         "origin": "provider",
|         "year": 2025,
|         "scope": "global fleet average",
|         "source": {
|           "key": "aws-pue-2025",
|           "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|           "publisher": "Amazon",
|           "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|           "year": 2026,
|           "license": "none stated; the figure is cited as a fact, with attribution"
|         }
|       },
|       "cfe": null
|     }
|   ]
| }
$ mlcarbon regions list --provider country
|   id           g/kWh  year   PUE  name
|   country:AE  467.51  2024  1.56  United Arab Emirates
|   country:AF  131.31  2024  1.56  Afghanistan
|   country:AG   594.6  2024  1.56  Antigua and Barbuda
|   country:AL   25.18  2024  1.56  Albania
|   country:AM  211.93  2025  1.56  Armenia
|   country:AO  185.38  2024  1.56  Angola
|   country:AR     346  2025  1.56  Argentina
|   country:AS  611.11  2024  1.56  American Samoa
|   country:AT  116.91  2025  1.56  Austria
|   country:AU  655.04  2026  1.56  Australia
|   country:AW     550  2024  1.56  Aruba
|   country:AZ   631.9  2025  1.56  Azerbaijan
|   country:BA  570.64  2025  1.56  Bosnia and Herzegovina
|   country:BB   594.6  2024  1.56  Barbados
|   country:BD  696.13  2025  1.56  Bangladesh
|   country:BE  149.82  2025  1.56  Belgium
|   country:BF  562.13  2024  1.56  Burkina Faso
|   country:BG  275.55  2025  1.56  Bulgaria
|   country:BH  902.24  2024  1.56  Bahrain
|   country:BI  183.67  2024  1.56  Burundi
|   country:BJ  584.16  2024  1.56  Benin
|   country:BM  639.34  2024  1.56  Bermuda
|   country:BN  892.09  2024  1.56  Brunei Darussalam
|   country:BO  481.29  2025  1.56  Bolivia
|   country:BR  109.95  2025  1.56  Brazil
|   country:BS  653.33  2024  1.56  Bahamas
|   country:BT   23.64  2024  1.56  Bhutan
|   country:BW  851.31  2024  1.56  Botswana
|   country:BY  309.25  2025  1.56  Belarus
|   country:BZ  170.21  2024  1.56  Belize
|   country:CA  144.31  2020  1.56  Canada
|   country:CD   27.64  2024  1.56  Democratic Republic of the Congo
|   country:CG  716.12  2024  1.56  Congo
|   country:CH   39.22  2025  1.56  Switzerland
|   country:CI  405.01  2024  1.56  Côte d'Ivoire
|   country:CK     250  2024  1.56  Cook Islands
|   country:CL  289.49  2025  1.56  Chile
|   country:CM   225.9  2024  1.56  Cameroon
|   country:CN  525.34  2025  1.56  China
|   country:CO  186.81  2025  1.56  Colombia
|   country:CR    24.2  2025  1.56  Costa Rica
|   country:CU  642.82  2024  1.56  Cuba
|   country:CV  461.54  2024  1.56  Cabo Verde
|   country:CY     489  2025  1.56  Cyprus
|   country:CZ  401.46  2025  1.56  Czechia
|   country:DE  329.65  2025  1.56  Germany
|   country:DJ     450  2024  1.56  Djibouti
|   country:DK  114.41  2025  1.56  Denmark
|   country:DM     600  2023  1.56  Dominica
|   country:DO  537.48  2025  1.56  Dominican Republic
|   country:DZ  632.94  2024  1.56  Algeria
|   country:EC  159.02  2025  1.56  Ecuador
|   country:EE  319.15  2025  1.56  Estonia
|   country:EG  563.23  2025  1.56  Egypt
|   country:ER  577.78  2024  1.56  Eritrea
|   country:ES   153.6  2025  1.56  Spain
|   country:ET   23.08  2025  1.56  Ethiopia
|   country:FI   57.47  2025  1.56  Finland
|   country:FJ  278.26  2024  1.56  Fiji
|   country:FK   1,000  2023  1.56  Falkland Islands
|   country:FO  346.94  2023  1.56  Faroe Islands
|   country:FR   41.44  2025  1.56  France
|   country:GA  523.08  2024  1.56  Gabon
|   country:GB  217.41  2025  1.56  United Kingdom
|   country:GD  666.67  2024  1.56  Grenada
|   country:GE  145.93  2025  1.56  Georgia
|   country:GF   244.9  2023  1.56  French Guiana
|   country:GH  468.89  2024  1.56  Ghana
|   country:GI  590.91  2024  1.56  Gibraltar
|   country:GL     150  2024  1.56  Greenland
|   country:GM  666.67  2024  1.56  Gambia
|   country:GN  181.14  2024  1.56  Guinea
|   country:GP  497.01  2023  1.56  Guadeloupe
|   country:GQ   644.3  2024  1.56  Equatorial Guinea
|   country:GR  315.09  2025  1.56  Greece
|   country:GT  301.46  2024  1.56  Guatemala
|   country:GU  607.53  2024  1.56  Guam
|   country:GW     625  2024  1.56  Guinea-Bissau
|   country:GY  644.93  2024  1.56  Guyana
|   country:HK  675.48  2024  1.56  Hong Kong
|   country:HN  322.12  2024  1.56  Honduras
|   country:HR   158.5  2025  1.56  Croatia
|   country:HT  534.88  2024  1.56  Haiti
|   country:HU  163.02  2025  1.56  Hungary
|   country:ID  680.25  2024  1.56  Indonesia
|   country:IE  256.54  2025  1.56  Ireland
|   country:IL  492.69  2025  1.56  Israel
|   country:IN  670.13  2025  1.56  India
|   country:IQ   683.1  2024  1.56  Iraq
|   country:IR  659.53  2025  1.56  Iran
|   country:IS   27.82  2024  1.56  Iceland
|   country:IT  284.78  2025  1.56  Italy
|   country:JM  563.01  2024  1.56  Jamaica
|   country:JO  529.79  2024  1.56  Jordan
|   country:JP  477.26  2025  1.56  Japan
|   country:KE   95.44  2025  1.56  Kenya
|   country:KG  152.73  2025  1.56  Kyrgyzstan
|   country:KH  498.87  2025  1.56  Cambodia
|   country:KI     500  2024  1.56  Kiribati
|   country:KM  642.86  2023  1.56  Comoros
|   country:KN   608.7  2024  1.56  Saint Kitts and Nevis
|   country:KP  340.59  2024  1.56  North Korea
|   country:KR  417.06  2025  1.56  South Korea
|   country:KW  635.31  2025  1.56  Kuwait
|   country:KY   633.8  2024  1.56  Cayman Islands
|   country:KZ  805.32  2025  1.56  Kazakhstan
|   country:LA  232.08  2024  1.56  Laos
|   country:LB  389.51  2024  1.56  Lebanon
|   country:LC     650  2024  1.56  Saint Lucia
|   country:LK  329.28  2025  1.56  Sri Lanka
|   country:LR  315.79  2024  1.56  Liberia
|   country:LS   20.83  2022  1.56  Lesotho
|   country:LT  138.36  2025  1.56  Lithuania
|   country:LU  123.38  2025  1.56  Luxembourg
|   country:LV  138.76  2025  1.56  Latvia
|   country:LY  826.83  2024  1.56  Libya
|   country:MA   596.4  2025  1.56  Morocco
|   country:MD  633.12  2025  1.56  Moldova
|   country:ME  264.23  2025  1.56  Montenegro
|   country:MG   432.1  2024  1.56  Madagascar
|   country:MK  441.35  2025  1.56  North Macedonia
|   country:ML  538.59  2024  1.56  Mali
|   country:MM  502.99  2024  1.56  Myanmar
|   country:MN  816.31  2025  1.56  Mongolia
|   country:MO  474.36  2024  1.56  Macao
|   country:MQ   529.8  2023  1.56  Martinique
|   country:MR  512.08  2024  1.56  Mauritania
|   country:MS   1,000  2024  1.56  Montserrat
|   country:MT  484.02  2025  1.56  Malta
|   country:MU  642.23  2024  1.56  Mauritius
|   country:MV  611.77  2024  1.56  Maldives
|   country:MW   54.65  2024  1.56  Malawi
|   country:MX  474.02  2025  1.56  Mexico
|   country:MY  601.97  2025  1.56  Malaysia
|   country:MZ  129.36  2024  1.56  Mozambique
|   country:NA   48.78  2024  1.56  Namibia
|   country:NC   560.9  2024  1.56  New Caledonia
|   country:NE  673.68  2024  1.56  Niger
|   country:NG  455.71  2025  1.56  Nigeria
|   country:NI  300.89  2024  1.56  Nicaragua
|   country:NL  253.56  2025  1.56  Netherlands
|   country:NO   28.11  2025  1.56  Norway
|   country:NP   24.26  2024  1.56  Nepal
|   country:NR     600  2024  1.56  Nauru
|   country:NZ   92.76  2025  1.56  New Zealand
|   country:OM  544.47  2025  1.56  Oman
|   country:PA  221.15  2024  1.56  Panama
|   country:PE  238.25  2025  1.56  Peru
|   country:PF  430.56  2024  1.56  French Polynesia
|   country:PG  513.74  2024  1.56  Papua New Guinea
|   country:PH  588.29  2025  1.56  Philippines
|   country:PK  346.56  2025  1.56  Pakistan
|   country:PL   588.6  2025  1.56  Poland
|   country:PM     600  2023  1.56  Saint Pierre and Miquelon
|   country:PR  654.66  2025  1.56  Puerto Rico
|   country:PS  414.14  2024  1.56  Palestine
|   country:PT  127.91  2025  1.56  Portugal
|   country:PY    24.7  2025  1.56  Paraguay
|   country:QA  581.52  2025  1.56  Qatar
|   country:RE  394.14  2023  1.56  Réunion
|   country:RO  250.75  2025  1.56  Romania
|   country:RS   695.8  2025  1.56  Serbia
|   country:RU  449.73  2025  1.56  Russian Federation
|   country:RW  353.98  2024  1.56  Rwanda
|   country:SA  691.95  2024  1.56  Saudi Arabia
|   country:SB  636.36  2024  1.56  Solomon Islands
|   country:SC  555.56  2024  1.56  Seychelles
|   country:SD  153.69  2024  1.56  Sudan
|   country:SE   35.26  2025  1.56  Sweden
|   country:SG  497.09  2025  1.56  Singapore
|   country:SH   1,000  2023  1.56  Saint Helena, Ascension and Tristan da Cunha
|   country:SI  183.29  2025  1.56  Slovenia
|   country:SK   94.85  2025  1.56  Slovakia
|   country:SL   47.62  2024  1.56  Sierra Leone
|   country:SN  539.97  2024  1.56  Senegal
|   country:SO  511.63  2024  1.56  Somalia
|   country:SR  321.84  2024  1.56  Suriname
|   country:SS  642.86  2024  1.56  South Sudan
|   country:ST  555.56  2023  1.56  Sao Tome and Principe
|   country:SV  139.32  2025  1.56  El Salvador
|   country:SY  706.19  2024  1.56  Syria
|   country:SZ  131.15  2024  1.56  Eswatini
|   country:TC  629.63  2024  1.56  Turks and Caicos Islands
|   country:TD  621.62  2024  1.56  Chad
|   country:TG  422.54  2024  1.56  Togo
|   country:TH  545.74  2025  1.56  Thailand
|   country:TJ   72.56  2025  1.56  Tajikistan
|   country:TL  666.67  2024  1.56  Timor-Leste
|   country:TM   1,306  2024  1.56  Turkmenistan
|   country:TN  560.29  2025  1.56  Tunisia
|   country:TO  571.43  2024  1.56  Tonga
|   country:TR  474.74  2025  1.56  Türkiye
|   country:TT  681.68  2024  1.56  Trinidad and Tobago
|   country:TW  633.21  2025  1.56  Taiwan
|   country:TZ  345.02  2024  1.56  Tanzania
|   country:UA  250.47  2022  1.56  Ukraine
|   country:UG   58.52  2024  1.56  Uganda
|   country:US  421.63  2023  1.56  United States
|   country:UY    80.4  2025  1.56  Uruguay
|   country:UZ   1,000  2025  1.56  Uzbekistan
|   country:VC     600  2024  1.56  Saint Vincent and the Grenadines
|   country:VE   85.86  2024  1.56  Venezuela
|   country:VG  647.06  2023  1.56  British Virgin Islands
|   country:VI  632.35  2023  1.56  U.S. Virgin Islands
|   country:VN  460.73  2025  1.56  Vietnam
|   country:VU     500  2023  1.56  Vanuatu
|   country:WS     375  2024  1.56  Samoa
|   country:XK  946.96  2025  1.56  Kosovo
|   country:YE  592.38  2024  1.56  Yemen
|   country:ZA  699.29  2025  1.56  South Africa
|   country:ZM  119.68  2024  1.56  Zambia
|   country:ZW  384.02  2024  1.56  Zimbabwe
| 212 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --kind cloud --country de
|   id                         g/kWh  year   PUE  name
|   aws:eu-central-1          329.65  2025  1.14  Europe (Frankfurt) (Frankfurt...
|   azure:germanynorth        329.65  2025  1.17  Germany North (Berlin)
|   azure:germanywestcentral  329.65  2025  1.17  Germany West Central (Frankfurt)
|   gcp:europe-west10         352.96  2025  1.09  Berlin
|   gcp:europe-west3          352.96  2025  1.09  Frankfurt
|   ovh:eu-west-lim           329.65  2025  1.28  Limburg an der Lahn (Frankfur...
| 6 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --kind subnational
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
| 47 entries; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct
| figure converted with its grid's generation mix). `mlcarbon regions show ID`
| gives one with its sources; --format csv every column.
$ mlcarbon regions list --kind country --country FR --format json
| {
|   "schema_version": 1,
|   "regions": [
|     {
|       "id": "country:FR",
|       "kind": "country",
|       "provider": null,
|       "name": "France",
|       "location": null,
|       "country": "FR",
|       "grid": "FR",
|       "intensity": {
|         "g_per_kwh": 41.44,
|         "origin": "grid",
|         "year": 2025,
|         "basis": "lifecycle",
|         "scope": "country",
|         "source": {
|           "key": "owid-carbon-intensity",
|           "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|           "publisher": "Our World in Data",
|           "url": "https://github.com/owid/energy-data",
|           "year": 2026,
|           "license": "CC BY 4.0"
|         },
|         "lifecycle_g_per_kwh": 41.44,
|         "direct_g_per_kwh": 14.675148601705327
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
$ mlcarbon regions list -p ovh --format csv
| id,kind,name,country,grid,intensity_g_per_kwh,intensity_year,intensity_basis,intensity_source,pue,pue_origin,cfe,intensity_scope,lifecycle_g_per_kwh,direct_g_per_kwh
| ovh:ap-south-mum,cloud,Mumbai,IN,IN,670.13,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,670.13,614.3834877017679
| ovh:ap-southeast-sgp,cloud,Singapore,SG,SG,497.09,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,497.09,373.55550290939317
| ovh:ap-southeast-syd,cloud,Sydney,AU,AU-NSW,600,2026,direct,"Australian National Greenhouse Accounts Factors 2026, Table 1: location-based scope 2 emission factors of purchased electricity",1.28,provider,,state,656.5971153851923,600
| ovh:ca-east-bhs,cloud,Beauharnois,CA,CA-QC,1.5,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.28,provider,,state,26.24639570144172,1.5
| ovh:ca-east-tor,cloud,Toronto,CA,CA-ON,25,2020,direct,"National Inventory Report 1990-2020: Greenhouse Gas Sources and Sinks in Canada, Part 3, Annex 13: Electricity in Canada, Summary and Intensity Tables (Tables A13-1 to A13-14)",1.28,provider,,state,47.4149243697479,25
| ovh:eu-central-waw,cloud,Warsaw,PL,PL,588.6,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,588.6,513.4501673785063
| ovh:eu-west-eri,cloud,London (Erith),GB,GB,217.41,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,217.41,128.58464335807875
| ovh:eu-west-gra,cloud,Gravelines,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-lim,cloud,Limburg,DE,DE,329.65,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,329.65,252.49678402301834
| ovh:eu-west-par,cloud,Paris,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-rbx,cloud,Roubaix,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:eu-west-sbg,cloud,Strasbourg,FR,FR,41.44,2025,lifecycle,"Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",1.28,provider,,country,41.44,14.675148601705327
| ovh:us-east-vin,cloud,Vint Hill,US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.28,provider,,subregion,337.01647352647353,270.49
| ovh:us-west-hil,cloud,Hillsboro,US,US-NWPP,288.15,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.28,provider,,subregion,343.22799999999995,288.15
$ mlcarbon regions list --provider mars
! mlcarbon: error: --provider: unknown provider 'mars'; known: aws, azure, coreweave, gcp, ovh, scaleway, seeweb
[3]
$ mlcarbon regions show gcp:us-central1
| gcp:us-central1 (Iowa)
|   provider:  Google Cloud
|   location:  Council Bluffs, Iowa, US
|   grid:      US-MROW (MRO West (eGRID MROW), subregion)
|   intensity: 431.95 gCO2e/kWh, 2025 annual average, direct basis, the provider's figure for its region
|     title:     Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data
|     publisher: Google
|     year:      2026
|     url:       https://github.com/GoogleCloudPlatform/region-carbon-info
|     license:   Apache-2.0
|     note:      data/yearly/2025.csv at commit 74d9bf81 (ranges from the 2021-2024 files at 49f3f26b): average operational gross grid intensity (gCO2e/kWh; direct basis since the 2021 data, the README's 'average operational gross emissions') and the hourly Google CFE share per region. Human page: https://cloud.google.com/sustainability/region-carbon
|   lifecycle: 477.23 gCO2e/kWh = 431.95 + 45.281 upstream, from the 2023 generation mix of US-MROW and per-fuel factors
|   mix:       US-MROW (2023): coal 35.2%, gas 13.1%, oil 0.1%, nuclear 7.8%, hydro 4.1%, wind 37.6%, solar 1.2%, biomass 0.7%, other 0.3%
|     title:     eGRID2023 (revision 2): subregion output emission rates and resource mix
|     publisher: US Environmental Protection Agency
|     year:      2025
|     url:       https://www.epa.gov/egrid
|     license:   public domain (US government work)
|     note:      Total output emission rate, CO2e (CO2 + CH4 + N2O), lb/MWh, converted x 0.45359237 to g/kWh; direct (combustion at the plant, biomass CO2 not counted), generation-based, grid losses excluded. Read from EPA's Power Profiler repository (github.com/USEPA/power-profiler, app/data/subregion.json @ 9463d668, 2025-06-18).
|   grid US-MROW average: 420.28 gCO2e/kWh (2023), not used: the region's own figure is preferred
|   PUE:       1.09 (gcp fleet: global fleet average (annual), 2025)
|     title:     Google 2026 Environmental Report (2025 data)
|     publisher: Google
|     year:      2026
|     url:       https://sustainability.google/google-2026-environmental-report
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      'This focus resulted in a 2025 average annual PUE of 1.09 for our global data center fleet' (Google-owned and -operated campuses); its PUE table gives 1.10, 1.10, 1.10, 1.09, 1.09 for 2021-2025. Also on https://www.google.com/about/datacenters/efficiency/. Read through transcriptions of the report; the PDF itself was not stored.
|   CFE:       88% carbon-free energy claimed by Google Cloud (2025; reported, not subtracted)
|     title:     Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data
|     publisher: Google
|     year:      2026
|     url:       https://github.com/GoogleCloudPlatform/region-carbon-info
|     license:   Apache-2.0
|     note:      data/yearly/2025.csv at commit 74d9bf81 (ranges from the 2021-2024 files at 49f3f26b): average operational gross grid intensity (gCO2e/kWh; direct basis since the 2021 data, the README's 'average operational gross emissions') and the hourly Google CFE share per region. Human page: https://cloud.google.com/sustainability/region-carbon
|   claim:     Google's goal, set in 2020: run on 24/7 carbon-free energy on every grid where it operates by 2030. (2020; reported, not subtracted)
|     title:     Google data centers: 24/7 carbon-free energy
|     publisher: Google
|     year:      2024
|     url:       https://www.google.com/about/datacenters/cleanenergy/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Provider page (read as the google.com.au copy). States the 2020 goal of 24/7 carbon-free energy on every grid by 2030 and annual 100% renewable matching in 2022 for the sixth consecutive year.
|   claim:     Google says it matched 100% of its annual electricity use with renewable energy purchases in 2022, the sixth year in a row (annual, market-based). (2022; reported, not subtracted)
|     title:     Google data centers: 24/7 carbon-free energy
|     publisher: Google
|     year:      2024
|     url:       https://www.google.com/about/datacenters/cleanenergy/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Provider page (read as the google.com.au copy). States the 2020 goal of 24/7 carbon-free energy on every grid by 2030 and annual 100% renewable matching in 2022 for the sixth consecutive year.
|   claim:     Google reports that carbon-free energy covered 66% of its electricity use on an hourly basis in 2024 (64% in 2023); per-region shares are the regions' cfe values. (2024; reported, not subtracted)
|     title:     Read Google's 10th annual Environmental Report
|     publisher: Google
|     year:      2025
|     url:       https://blog.google/outreach-initiatives/sustainability/environmental-report-2025
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Provider page. Carbon-free energy use rose from 64% to 66% on an hourly basis (2024).
$ mlcarbon regions show gcp:us-central1 --format json
| {
|   "schema_version": 1,
|   "region": {
|     "id": "gcp:us-central1",
|     "kind": "cloud",
|     "provider": "gcp",
|     "name": "Iowa",
|     "location": "Council Bluffs, Iowa",
|     "country": "US",
|     "grid": "US-MROW",
|     "intensity": {
|       "g_per_kwh": 431.95,
|       "origin": "region",
|       "year": 2025,
|       "basis": "direct",
|       "scope": "provider_region",
|       "source": {
|         "key": "google-region-carbon-2025",
|         "title": "Carbon free energy for Google Cloud regions (region-carbon-info), 2025 data",
|         "publisher": "Google",
|         "url": "https://github.com/GoogleCloudPlatform/region-carbon-info",
|         "year": 2026,
|         "license": "Apache-2.0"
|       },
|       "lifecycle_g_per_kwh": 477.23071928071926,
|       "direct_g_per_kwh": 431.95
|     },
|     "pue": {
|       "pue": 1.09,
|       "origin": "provider",
|       "year": 2025,
|       "scope": "global fleet average (annual)",
|       "source": {
|         "key": "google-env-report-2026",
|         "title": "Google 2026 Environmental Report (2025 data)",
|         "publisher": "Google",
|         "url": "https://sustainability.google/google-2026-environmental-report",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     "cfe": {
|       "fraction": 0.88,
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
|   }
| }
$ mlcarbon regions show aws:us-east-1 --format json
| {
|   "schema_version": 1,
|   "region": {
|     "id": "aws:us-east-1",
|     "kind": "cloud",
|     "provider": "aws",
|     "name": "US East (N. Virginia)",
|     "location": "Northern Virginia",
|     "country": "US",
|     "grid": "US-SRVC",
|     "intensity": {
|       "g_per_kwh": 270.49,
|       "origin": "grid",
|       "year": 2023,
|       "basis": "direct",
|       "scope": "subregion",
|       "source": {
|         "key": "egrid2023",
|         "title": "eGRID2023 (revision 2): subregion output emission rates and resource mix",
|         "publisher": "US Environmental Protection Agency",
|         "url": "https://www.epa.gov/egrid",
|         "year": 2025,
|         "license": "public domain (US government work)"
|       },
|       "lifecycle_g_per_kwh": 337.01647352647353,
|       "direct_g_per_kwh": 270.49
|     },
|     "pue": {
|       "pue": 1.14,
|       "origin": "provider",
|       "year": 2025,
|       "scope": "global fleet average",
|       "source": {
|         "key": "aws-pue-2025",
|         "title": "Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)",
|         "publisher": "Amazon",
|         "url": "https://sustainability.aboutamazon.com/environment/the-cloud",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     "cfe": null
|   }
| }
$ mlcarbon regions show aws:us-east-1 --format csv
| id,kind,name,country,grid,intensity_g_per_kwh,intensity_year,intensity_basis,intensity_source,pue,pue_origin,cfe,intensity_scope,lifecycle_g_per_kwh,direct_g_per_kwh
| aws:us-east-1,cloud,US East (N. Virginia),US,US-SRVC,270.49,2023,direct,eGRID2023 (revision 2): subregion output emission rates and resource mix,1.14,provider,,subregion,337.01647352647353,270.49
$ mlcarbon regions show FR
| country:FR (France)
|   kind:      country
|   codes:     FR, FRA
|   intensity: 41.44 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    14.675 gCO2e/kWh = 41.44 - 26.765 upstream, from the 2025 generation mix of FR and per-fuel factors
|   mix:       FR (2025): coal 0.3%, gas 3.0%, oil 1.8%, nuclear 68.8%, hydro 10.4%, wind 8.2%, solar 5.6%, biomass 1.8%, other_renewable 0.1%
|   PUE:       1.56 (default: industry average (Uptime Institute 2024 survey); used for countries, private sites and providers without a published PUE, 2024)
|     title:     Uptime Institute Global Data Center Survey 2024
|     publisher: Uptime Institute
|     year:      2024
|     url:       https://datacenter.uptimeinstitute.com/rs/711-RIA-145/images/2024.GlobalDataCenterSurvey.Report.pdf
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Industry average annual PUE 1.56 (the value Green Algorithms v3.0 also uses as its default).
$ mlcarbon regions show FRA --format json
| {
|   "schema_version": 1,
|   "region": {
|     "id": "country:FR",
|     "kind": "country",
|     "provider": null,
|     "name": "France",
|     "location": null,
|     "country": "FR",
|     "grid": "FR",
|     "intensity": {
|       "g_per_kwh": 41.44,
|       "origin": "grid",
|       "year": 2025,
|       "basis": "lifecycle",
|       "scope": "country",
|       "source": {
|         "key": "owid-carbon-intensity",
|         "title": "Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)",
|         "publisher": "Our World in Data",
|         "url": "https://github.com/owid/energy-data",
|         "year": 2026,
|         "license": "CC BY 4.0"
|       },
|       "lifecycle_g_per_kwh": 41.44,
|       "direct_g_per_kwh": 14.675148601705327
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
$ mlcarbon regions show country:US
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
$ mlcarbon regions show "United Kingdom"
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
$ mlcarbon regions show us-east-1
| aws:us-east-1 (US East (N. Virginia))
|   provider:  Amazon Web Services
|   location:  Northern Virginia, US
|   grid:      US-SRVC (SERC Virginia/Carolina (eGRID SRVC), subregion)
|   intensity: 270.49 gCO2e/kWh, 2023 annual average, direct basis, grid subregion
|     title:     eGRID2023 (revision 2): subregion output emission rates and resource mix
|     publisher: US Environmental Protection Agency
|     year:      2025
|     url:       https://www.epa.gov/egrid
|     license:   public domain (US government work)
|     note:      Total output emission rate, CO2e (CO2 + CH4 + N2O), lb/MWh, converted x 0.45359237 to g/kWh; direct (combustion at the plant, biomass CO2 not counted), generation-based, grid losses excluded. Read from EPA's Power Profiler repository (github.com/USEPA/power-profiler, app/data/subregion.json @ 9463d668, 2025-06-18).
|   lifecycle: 337.02 gCO2e/kWh = 270.49 + 66.526 upstream, from the 2023 generation mix of US-SRVC and per-fuel factors
|   mix:       US-SRVC (2023): coal 10.5%, gas 39.3%, oil 0.1%, nuclear 39.9%, hydro 1.4%, wind 0.5%, solar 6.0%, biomass 2.1%, other 0.3%
|   PUE:       1.14 (aws fleet: global fleet average, 2025)
|     title:     Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)
|     publisher: Amazon
|     year:      2026
|     url:       https://sustainability.aboutamazon.com/environment/the-cloud
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Provider page: 'In 2025, our data centers reported an average global PUE of 1.14 ... compared to 1.15 reported in 2024'.
|   claim:     Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). (2023; reported, not subtracted)
|     title:     Amazon 2023 Sustainability Report, executive summary
|     publisher: Amazon
|     year:      2024
|     url:       https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Amazon's text as republished by MarketScreener on 2024-07-10 (that copy is what was read).
$ mlcarbon regions show useast1
! mlcarbon: error: region 'useast1' is ambiguous; say which: aws:us-east-1, gcp:us-east1
[3]
$ mlcarbon regions show eu-north-1
| aws:eu-north-1 (Europe (Stockholm))
|   provider:  Amazon Web Services
|   location:  Stockholm, SE
|   grid:      SE (Sweden, country)
|   intensity: 35.26 gCO2e/kWh, 2025 annual average, lifecycle basis, national average
|              the national average of Sweden: Amazon Web Services publishes no figure for the region
|     title:     Carbon intensity of electricity generation, and generation by source (Our World in Data based on Ember and Energy Institute)
|     publisher: Our World in Data
|     year:      2026
|     url:       https://github.com/owid/energy-data
|     license:   CC BY 4.0
|     note:      owid-energy-data.csv, columns carbon_intensity_elec (gCO2e per kWh generated; lifecycle factors as used by Ember) and coal/gas/oil/nuclear/hydro/wind/solar/biofuel/other_renewable_electricity (TWh). Newest year per country with an intensity, 2023 to 2025. Read from a column subset of that file committed in sayanarman/CAP6938-Final-Project (data/processed-energy-data.csv @ 10dbd341, 2026-04-29); rows checked against OWID's own file at commit e7897aed (see data/README.md).
|   direct:    2.2908 gCO2e/kWh = 35.26 - 32.969 upstream, from the 2025 generation mix of SE and per-fuel factors
|   mix:       SE (2025): gas 0.1%, oil 1.2%, nuclear 27.6%, hydro 40.0%, wind 22.8%, solar 2.6%, biomass 5.8%
|   PUE:       1.14 (aws fleet: global fleet average, 2025)
|     title:     Amazon Sustainability: the cloud (AWS data centres reported an average global PUE of 1.14 in 2025)
|     publisher: Amazon
|     year:      2026
|     url:       https://sustainability.aboutamazon.com/environment/the-cloud
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Provider page: 'In 2025, our data centers reported an average global PUE of 1.14 ... compared to 1.15 reported in 2024'.
|   claim:     Amazon says it matched 100% of the electricity used by its global operations, data centers included, with renewable energy purchases in 2023 (annual, market-based matching; its goal had been 2030). (2023; reported, not subtracted)
|     title:     Amazon 2023 Sustainability Report, executive summary
|     publisher: Amazon
|     year:      2024
|     url:       https://www.marketscreener.com/quote/stock/AMAZON-COM-INC-12864605/news/Amazon-com-2023-Report-Executive-Summary-PDF-2-58-MB-47350709/
|     license:   none stated; the figure is cited as a fact, with attribution
|     note:      Amazon's text as republished by MarketScreener on 2024-07-10 (that copy is what was read).
$ mlcarbon regions show atlantis
! mlcarbon: error: unknown region 'atlantis'; `mlcarbon regions list` lists the known names
[3]
$ mlcarbon instances list
|   instance                accelerators         vCPUs  memory GB  host CPUs
|   aws:p3.2xlarge          1 x v100-sxm2-16gb       8     65.498  0.222 x xeon...
|   aws:p3.8xlarge          4 x v100-sxm2-16gb      32     261.99  0.889 x xeon...
|   aws:p3.16xlarge         8 x v100-sxm2-16gb      64     523.99  1.778 x xeon...
|   aws:p3dn.24xlarge       8 x v100-sxm2-32gb      96     824.63  2 x xeon-pla...
|   aws:p4d.24xlarge        8 x a100-sxm4-40gb      96      1,237  2 x xeon-pla...
|   aws:p4de.24xlarge       8 x a100-sxm4-80gb      96      1,237  2 x xeon-pla...
|   aws:p5.4xlarge          1 x h100-sxm            16     274.88  AMD EPYC 7R1...
|   aws:p5.48xlarge         8 x h100-sxm           192      2,199  AMD EPYC 7R1...
|   aws:p5e.48xlarge        8 x h200-sxm           192      2,199  AMD EPYC 7R1...
|   aws:p5en.48xlarge       8 x h200-sxm           192      2,199  Intel Xeon (...
|   aws:p6-b200.48xlarge    8 x b200               192      2,199  Intel Xeon (...
|   aws:g4dn.xlarge         1 x t4                   4      17.18  Intel Xeon P...
|   aws:g4dn.2xlarge        1 x t4                   8      34.36  Intel Xeon P...
|   aws:g4dn.4xlarge        1 x t4                  16     68.719  Intel Xeon P...
|   aws:g4dn.8xlarge        1 x t4                  32     137.44  Intel Xeon P...
|   aws:g4dn.12xlarge       4 x t4                  48     206.16  Intel Xeon P...
|   aws:g4dn.16xlarge       1 x t4                  64     274.88  Intel Xeon P...
|   aws:g4dn.metal          8 x t4                  96     412.32  Intel Xeon P...
|   aws:g5.xlarge           1 x a10g                 4      17.18  AMD EPYC 7R3...
|   aws:g5.2xlarge          1 x a10g                 8      34.36  AMD EPYC 7R3...
|   aws:g5.4xlarge          1 x a10g                16     68.719  AMD EPYC 7R3...
|   aws:g5.8xlarge          1 x a10g                32     137.44  AMD EPYC 7R3...
|   aws:g5.12xlarge         4 x a10g                48     206.16  AMD EPYC 7R3...
|   aws:g5.16xlarge         1 x a10g                64     274.88  AMD EPYC 7R3...
|   aws:g5.24xlarge         4 x a10g                96     412.32  AMD EPYC 7R3...
|   aws:g5.48xlarge         8 x a10g               192     824.63  AMD EPYC 7R3...
|   aws:g6.xlarge           1 x l4                   4      17.18  AMD EPYC 7R1...
|   aws:g6.2xlarge          1 x l4                   8      34.36  AMD EPYC 7R1...
|   aws:g6.4xlarge          1 x l4                  16     68.719  AMD EPYC 7R1...
|   aws:g6.8xlarge          1 x l4                  32     137.44  AMD EPYC 7R1...
|   aws:g6.12xlarge         4 x l4                  48     206.16  AMD EPYC 7R1...
|   aws:g6.16xlarge         1 x l4                  64     274.88  AMD EPYC 7R1...
|   aws:g6.24xlarge         4 x l4                  96     412.32  AMD EPYC 7R1...
|   aws:g6.48xlarge         8 x l4                 192     824.63  AMD EPYC 7R1...
|   aws:g6e.xlarge          1 x l40s                 4      34.36  AMD EPYC 7R1...
|   aws:g6e.2xlarge         1 x l40s                 8     68.719  AMD EPYC 7R1...
|   aws:g6e.4xlarge         1 x l40s                16     137.44  AMD EPYC 7R1...
|   aws:g6e.8xlarge         1 x l40s                32     274.88  AMD EPYC 7R1...
|   aws:g6e.12xlarge        4 x l40s                48     412.32  AMD EPYC 7R1...
|   aws:g6e.16xlarge        1 x l40s                64     549.76  AMD EPYC 7R1...
|   aws:g6e.24xlarge        4 x l40s                96     824.63  AMD EPYC 7R1...
|   aws:g6e.48xlarge        8 x l40s               192      1,649  AMD EPYC 7R1...
|   aws:trn2.48xlarge       16 x trainium2         192      2,199  Intel Xeon (...
|   gcp:a2-highgpu-1g       1 x a100-sxm4-40gb      12         85  Intel Xeon P...
|   gcp:a2-highgpu-2g       2 x a100-sxm4-40gb      24        170  Intel Xeon P...
|   gcp:a2-highgpu-4g       4 x a100-sxm4-40gb      48        340  Intel Xeon P...
|   gcp:a2-highgpu-8g       8 x a100-sxm4-40gb      96        680  Intel Xeon P...
|   gcp:a2-megagpu-16g      16 x a100-sxm4-40gb     96      1,360  Intel Xeon P...
|   gcp:a2-ultragpu-1g      1 x a100-sxm4-80gb      12        170  Intel Xeon P...
|   gcp:a2-ultragpu-2g      2 x a100-sxm4-80gb      24        340  Intel Xeon P...
|   gcp:a2-ultragpu-4g      4 x a100-sxm4-80gb      48        680  Intel Xeon P...
|   gcp:a2-ultragpu-8g      8 x a100-sxm4-80gb      96      1,360  Intel Xeon P...
|   gcp:a3-highgpu-1g       1 x h100-sxm            26        234  Intel Xeon P...
|   gcp:a3-highgpu-2g       2 x h100-sxm            52        468  Intel Xeon P...
|   gcp:a3-highgpu-4g       4 x h100-sxm           104        936  Intel Xeon P...
|   gcp:a3-highgpu-8g       8 x h100-sxm           208      1,872  Intel Xeon P...
|   gcp:a3-megagpu-8g       8 x h100-sxm           208      1,872  Intel Xeon P...
|   gcp:a3-ultragpu-8g      8 x h200-sxm           224      2,952  Intel Xeon P...
|   gcp:g2-standard-4       1 x l4                   4         16  Intel Xeon P...
|   gcp:g2-standard-8       1 x l4                   8         32  Intel Xeon P...
|   gcp:g2-standard-12      1 x l4                  12         48  Intel Xeon P...
|   gcp:g2-standard-16      1 x l4                  16         64  Intel Xeon P...
|   gcp:g2-standard-24      2 x l4                  24         96  Intel Xeon P...
|   gcp:g2-standard-32      1 x l4                  32        128  Intel Xeon P...
|   gcp:g2-standard-48      4 x l4                  48        192  Intel Xeon P...
|   gcp:g2-standard-96      8 x l4                  96        384  Intel Xeon P...
|   gcp:ct4p-hightpu-4t     4 x tpu-v4             240        408  -
|   gcp:ct5p-hightpu-4t     4 x tpu-v5p            208        448  -
|   gcp:ct6e-standard-1t    1 x tpu-v6e             44        176  -
|   gcp:ct6e-standard-4t    4 x tpu-v6e            180        720  -
|   gcp:ct6e-standard-8t    8 x tpu-v6e            180      1,440  -
|   azure:nc24ads_a100_v4   1 x a100-pcie-80gb      24     236.22  AMD EPYC 7V1...
|   azure:nc48ads_a100_v4   2 x a100-pcie-80gb      48     472.45  AMD EPYC 7V1...
|   azure:nc96ads_a100_v4   4 x a100-pcie-80gb      96     944.89  AMD EPYC 7V1...
|   azure:nd96asr_v4        8 x a100-sxm4-40gb      96     966.37  AMD EPYC 7V1...
|   azure:nd96amsr_a100_v4  8 x a100-sxm4-80gb      96      2,040  AMD EPYC 7V1...
|   azure:nd96isr_h100_v5   8 x h100-sxm            96      2,040  Intel Xeon 4...
|   azure:nc6s_v3           1 x v100-pcie-16gb       6     120.26  Intel Xeon E...
|   azure:nc12s_v3          2 x v100-pcie-16gb      12     240.52  Intel Xeon E...
|   azure:nc24s_v3          4 x v100-pcie-16gb      24     481.04  Intel Xeon E...
|   azure:nc24rs_v3         4 x v100-pcie-16gb      24     481.04  Intel Xeon E...
|   azure:nc4as_t4_v3       1 x t4                   4     30.065  AMD EPYC 7V1...
|   azure:nc8as_t4_v3       1 x t4                   8      60.13  AMD EPYC 7V1...
|   azure:nc16as_t4_v3      1 x t4                  16     118.11  AMD EPYC 7V1...
|   azure:nc64as_t4_v3      4 x t4                  64     472.45  AMD EPYC 7V1...
|   aws:c5.large            none                     2      4.295  0.056 x xeon...
|   aws:c5.xlarge           none                     4       8.59  0.111 x xeon...
|   aws:c5.4xlarge          none                    16      34.36  0.444 x xeon...
|   aws:c5.18xlarge         none                    72     154.62  2 x xeon-pla...
|   aws:c5.metal            none                    96     206.16  2 x xeon-pla...
|   aws:c6i.large           none                     2      4.295  0.031 x xeon...
|   aws:c6i.xlarge          none                     4       8.59  0.063 x xeon...
|   aws:c6i.4xlarge         none                    16      34.36  0.25 x xeon-...
|   aws:c6i.16xlarge        none                    64     137.44  1 x xeon-pla...
|   aws:c6i.metal           none                   128     274.88  2 x xeon-pla...
|   aws:m5.large            none                     2       8.59  0.042 x xeon...
|   aws:m5.xlarge           none                     4      17.18  0.083 x xeon...
|   aws:m5.4xlarge          none                    16     68.719  0.333 x xeon...
|   aws:m5.16xlarge         none                    64     274.88  1.333 x xeon...
|   aws:m5.metal            none                    96     412.32  2 x xeon-pla...
|   aws:m6i.large           none                     2       8.59  0.031 x xeon...
|   aws:m6i.xlarge          none                     4      17.18  0.063 x xeon...
|   aws:m6i.4xlarge         none                    16     68.719  0.25 x xeon-...
|   aws:m6i.16xlarge        none                    64     274.88  1 x xeon-pla...
|   aws:m6i.metal           none                   128     549.76  2 x xeon-pla...
|   aws:r5.large            none                     2      17.18  0.042 x xeon...
|   aws:r5.xlarge           none                     4      34.36  0.083 x xeon...
|   aws:r5.4xlarge          none                    16     137.44  0.333 x xeon...
|   aws:r5.16xlarge         none                    64     549.76  1.333 x xeon...
|   aws:r5.metal            none                    96     824.63  2 x xeon-pla...
|   aws:r6i.large           none                     2      17.18  0.031 x xeon...
|   aws:r6i.xlarge          none                     4      34.36  0.063 x xeon...
|   aws:r6i.4xlarge         none                    16     137.44  0.25 x xeon-...
|   aws:r6i.16xlarge        none                    64     549.76  1 x xeon-pla...
|   aws:r6i.metal           none                   128      1,100  2 x xeon-pla...
|   azure:d2s_v5            none                     2       8.59  0.031 x xeon...
|   azure:d4s_v5            none                     4      17.18  0.063 x xeon...
|   azure:d16s_v5           none                    16     68.719  0.25 x xeon-...
|   azure:d64s_v5           none                    64     274.88  1 x xeon-pla...
|   azure:d96s_v5           none                    96     412.32  1.5 x xeon-p...
|   azure:e2s_v5            none                     2      17.18  0.031 x xeon...
|   azure:e4s_v5            none                     4      34.36  0.063 x xeon...
|   azure:e16s_v5           none                    16     137.44  0.25 x xeon-...
|   azure:e64s_v5           none                    64     549.76  1 x xeon-pla...
|   azure:e96s_v5           none                    96     721.55  1.5 x xeon-p...
|   azure:f2s_v2            none                     2      4.295  0.031 x xeon...
|   azure:f4s_v2            none                     4       8.59  0.063 x xeon...
|   azure:f16s_v2           none                    16      34.36  0.25 x xeon-...
|   azure:f64s_v2           none                    64     137.44  1 x xeon-pla...
|   azure:f72s_v2           none                    72     154.62  1.125 x xeon...
|   gcp:n2-standard-4       none                     4         16  0.056 x xeon...
|   gcp:n2-standard-16      none                    16         64  0.222 x xeon...
|   gcp:n2-standard-64      none                    64        256  0.889 x xeon...
|   gcp:n2-standard-96      none                    96        384  1.333 x xeon...
|   gcp:n2-standard-128     none                   128        512  1.778 x xeon...
|   gcp:n2-highmem-16       none                    16        128  0.222 x xeon...
|   gcp:n2-highmem-128      none                   128        864  1.778 x xeon...
|   gcp:n2-highcpu-16       none                    16         16  0.222 x xeon...
|   gcp:n2-highcpu-96       none                    96         96  1.333 x xeon...
$ mlcarbon instances list --format json
| {
|   "schema_version": 1,
|   "instances": [
|     {
|       "id": "aws:p3.2xlarge",
|       "provider": "aws",
|       "type": "p3.2xlarge",
|       "aliases": [],
|       "accelerator": "v100-sxm2-16gb",
|       "accelerator_count": 1,
|       "cpu": "xeon-e5-2686-v4",
|       "cpu_name": "Intel Xeon E5-2686 v4",
|       "cpu_sockets": 0.222,
|       "vcpus": 8,
|       "memory_gb": 65.498,
|       "note": "V100 16 GB with NVLink (SXM2). Host CPU: AWS custom Broadwell; the host has 72 vCPUs (2 sockets), p3.16xlarge exposes 64. Memory: 61 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p3.8xlarge",
|       "provider": "aws",
|       "type": "p3.8xlarge",
|       "aliases": [],
|       "accelerator": "v100-sxm2-16gb",
|       "accelerator_count": 4,
|       "cpu": "xeon-e5-2686-v4",
|       "cpu_name": "Intel Xeon E5-2686 v4",
|       "cpu_sockets": 0.889,
|       "vcpus": 32,
|       "memory_gb": 261.993,
|       "note": "V100 16 GB with NVLink (SXM2). Host CPU: AWS custom Broadwell; the host has 72 vCPUs (2 sockets), p3.16xlarge exposes 64. Memory: 244 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p3.16xlarge",
|       "provider": "aws",
|       "type": "p3.16xlarge",
|       "aliases": [],
|       "accelerator": "v100-sxm2-16gb",
|       "accelerator_count": 8,
|       "cpu": "xeon-e5-2686-v4",
|       "cpu_name": "Intel Xeon E5-2686 v4",
|       "cpu_sockets": 1.778,
|       "vcpus": 64,
|       "memory_gb": 523.986,
|       "note": "V100 16 GB with NVLink (SXM2). Host CPU: AWS custom Broadwell; the host has 72 vCPUs (2 sockets), p3.16xlarge exposes 64. Memory: 488 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p3dn.24xlarge",
|       "provider": "aws",
|       "type": "p3dn.24xlarge",
|       "aliases": [],
|       "accelerator": "v100-sxm2-32gb",
|       "accelerator_count": 8,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 824.634,
|       "note": "AWS lists \"Skylake 8175\" for P3dn; the EC2 API reports 32 GiB per GPU (V100 SXM2 32 GB). Memory: 768 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p4d.24xlarge",
|       "provider": "aws",
|       "type": "p4d.24xlarge",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 8,
|       "cpu": "xeon-platinum-8275cl",
|       "cpu_name": "Intel Xeon Platinum 8275CL",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 1236.951,
|       "note": "Whole host: 2 x 24-core 8275CL (96 vCPUs). Memory: 1152 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p4de.24xlarge",
|       "provider": "aws",
|       "type": "p4de.24xlarge",
|       "aliases": [],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 8,
|       "cpu": "xeon-platinum-8275cl",
|       "cpu_name": "Intel Xeon Platinum 8275CL",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 1236.951,
|       "note": "As p4d with A100 80 GB (EC2 API: 81920 MiB per GPU). Memory: 1152 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:p5.4xlarge",
|       "provider": "aws",
|       "type": "p5.4xlarge",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 274.878,
|       "note": "Single-GPU slice of a P5 host. Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:p5.48xlarge",
|       "provider": "aws",
|       "type": "p5.48xlarge",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 2199.023,
|       "note": "Largest P5 size (all 8 GPUs of the host). H100 80 GB HBM3 SXM. vCPUs per socket of the 7R13 are not in a stored source, so no socket share is derived. Memory: 2048 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:p5e.48xlarge",
|       "provider": "aws",
|       "type": "p5e.48xlarge",
|       "aliases": [],
|       "accelerator": "h200-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 2199.023,
|       "note": "H200 141 GB (EC2 API: 144384 MiB per GPU). Memory: 2048 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:p5en.48xlarge",
|       "provider": "aws",
|       "type": "p5en.48xlarge",
|       "aliases": [],
|       "accelerator": "h200-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon (Sapphire Rapids); exact SKU not in a stored source",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 2199.023,
|       "note": "EC2 API: cpu-manufacturer intel; CCF 2026 names \"Intel Xeon Sapphire Rapids\". Memory: 2048 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:p6-b200.48xlarge",
|       "provider": "aws",
|       "type": "p6-b200.48xlarge",
|       "aliases": [],
|       "accelerator": "b200",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon (model not in a stored source)",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 2199.023,
|       "note": "EC2 API: 8 x B200 (183359 MiB each), cpu-manufacturer intel. Memory: 2048 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g4dn.xlarge",
|       "provider": "aws",
|       "type": "g4dn.xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.2xlarge",
|       "provider": "aws",
|       "type": "g4dn.2xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 34.36,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.4xlarge",
|       "provider": "aws",
|       "type": "g4dn.4xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.8xlarge",
|       "provider": "aws",
|       "type": "g4dn.8xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 32,
|       "memory_gb": 137.439,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.12xlarge",
|       "provider": "aws",
|       "type": "g4dn.12xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 206.158,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 192 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.16xlarge",
|       "provider": "aws",
|       "type": "g4dn.16xlarge",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g4dn.metal",
|       "provider": "aws",
|       "type": "g4dn.metal",
|       "aliases": [],
|       "accelerator": "t4",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8259L",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 412.317,
|       "note": "AWS writes \"Cascade Lake P-8259L\" for G4dn (CCF's 2021 table: 8259CL); no hardware.json entry, no published TDP. Smaller sizes share a host of 96 vCPUs / 8 T4. Memory: 384 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.xlarge",
|       "provider": "aws",
|       "type": "g5.xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.2xlarge",
|       "provider": "aws",
|       "type": "g5.2xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 34.36,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.4xlarge",
|       "provider": "aws",
|       "type": "g5.4xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.8xlarge",
|       "provider": "aws",
|       "type": "g5.8xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 32,
|       "memory_gb": 137.439,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.12xlarge",
|       "provider": "aws",
|       "type": "g5.12xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 206.158,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 192 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.16xlarge",
|       "provider": "aws",
|       "type": "g5.16xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.24xlarge",
|       "provider": "aws",
|       "type": "g5.24xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 412.317,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 384 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g5.48xlarge",
|       "provider": "aws",
|       "type": "g5.48xlarge",
|       "aliases": [],
|       "accelerator": "a10g",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R32",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 824.634,
|       "note": "AMD EPYC 7R32 (2nd gen, AWS custom) has no hardware.json entry (no published TDP). Sizes up to 16xlarge have 1 GPU. Memory: 768 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-accelerated-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:g6.xlarge",
|       "provider": "aws",
|       "type": "g6.xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.2xlarge",
|       "provider": "aws",
|       "type": "g6.2xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 34.36,
|       "note": "Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.4xlarge",
|       "provider": "aws",
|       "type": "g6.4xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.8xlarge",
|       "provider": "aws",
|       "type": "g6.8xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 32,
|       "memory_gb": 137.439,
|       "note": "Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.12xlarge",
|       "provider": "aws",
|       "type": "g6.12xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 206.158,
|       "note": "Memory: 192 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.16xlarge",
|       "provider": "aws",
|       "type": "g6.16xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.24xlarge",
|       "provider": "aws",
|       "type": "g6.24xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 412.317,
|       "note": "Memory: 384 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6.48xlarge",
|       "provider": "aws",
|       "type": "g6.48xlarge",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 824.634,
|       "note": "Memory: 768 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.xlarge",
|       "provider": "aws",
|       "type": "g6e.xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 34.36,
|       "note": "Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.2xlarge",
|       "provider": "aws",
|       "type": "g6e.2xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 68.719,
|       "note": "Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.4xlarge",
|       "provider": "aws",
|       "type": "g6e.4xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 137.439,
|       "note": "Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.8xlarge",
|       "provider": "aws",
|       "type": "g6e.8xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 32,
|       "memory_gb": 274.878,
|       "note": "Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.12xlarge",
|       "provider": "aws",
|       "type": "g6e.12xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 412.317,
|       "note": "Memory: 384 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.16xlarge",
|       "provider": "aws",
|       "type": "g6e.16xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 64,
|       "memory_gb": 549.756,
|       "note": "Memory: 512 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.24xlarge",
|       "provider": "aws",
|       "type": "g6e.24xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 824.634,
|       "note": "Memory: 768 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:g6e.48xlarge",
|       "provider": "aws",
|       "type": "g6e.48xlarge",
|       "aliases": [],
|       "accelerator": "l40s",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7R13",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 1649.267,
|       "note": "Memory: 1536 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "aws:trn2.48xlarge",
|       "provider": "aws",
|       "type": "trn2.48xlarge",
|       "aliases": [],
|       "accelerator": "trainium2",
|       "accelerator_count": 16,
|       "cpu": null,
|       "cpu_name": "Intel Xeon (Sapphire Rapids); exact SKU not in a stored source",
|       "cpu_sockets": 0,
|       "vcpus": 192,
|       "memory_gb": 2199.023,
|       "note": "EC2 API: 16 x Trainium2, cpu-manufacturer intel; CCF 2026 names \"Intel Xeon Sapphire Rapids\". Memory: 2048 GiB published.",
|       "source": {
|         "key": "aws-ec2-api-via-karpenter-2026",
|         "title": "Karpenter documentation: Instance Types (generated from the Amazon EC2 DescribeInstanceTypes API)",
|         "publisher": "Amazon Web Services (aws/karpenter-provider-aws)",
|         "url": "https://karpenter.sh/docs/reference/instance-types/",
|         "year": 2026,
|         "license": "Apache-2.0"
|       }
|     },
|     {
|       "id": "gcp:a2-highgpu-1g",
|       "provider": "gcp",
|       "type": "a2-highgpu-1g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 12,
|       "memory_gb": 85,
|       "note": "A2 Standard: A100 40 GB (SXM4, NVLink). CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-highgpu-2g",
|       "provider": "gcp",
|       "type": "a2-highgpu-2g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 170,
|       "note": "A2 Standard: A100 40 GB (SXM4, NVLink). CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-highgpu-4g",
|       "provider": "gcp",
|       "type": "a2-highgpu-4g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 340,
|       "note": "A2 Standard: A100 40 GB (SXM4, NVLink). CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-highgpu-8g",
|       "provider": "gcp",
|       "type": "a2-highgpu-8g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 680,
|       "note": "A2 Standard: A100 40 GB (SXM4, NVLink). CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-megagpu-16g",
|       "provider": "gcp",
|       "type": "a2-megagpu-16g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 16,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 1360,
|       "note": "A2 Standard, 16 x A100 40 GB on one host (HGX A100 16-GPU).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-ultragpu-1g",
|       "provider": "gcp",
|       "type": "a2-ultragpu-1g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 12,
|       "memory_gb": 170,
|       "note": "A2 Ultra: A100 80 GB. CCF and BoaviztAPI list 85 GB for a2-ultragpu-1g; Google's figure is 170 GB.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-ultragpu-2g",
|       "provider": "gcp",
|       "type": "a2-ultragpu-2g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 340,
|       "note": "A2 Ultra: A100 80 GB.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-ultragpu-4g",
|       "provider": "gcp",
|       "type": "a2-ultragpu-4g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 680,
|       "note": "A2 Ultra: A100 80 GB.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a2-ultragpu-8g",
|       "provider": "gcp",
|       "type": "a2-ultragpu-8g",
|       "aliases": [],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 1360,
|       "note": "A2 Ultra: A100 80 GB.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-highgpu-1g",
|       "provider": "gcp",
|       "type": "a3-highgpu-1g",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8481C",
|       "cpu_sockets": 0,
|       "vcpus": 26,
|       "memory_gb": 234,
|       "note": "A3 High: H100 80 GB SXM. 8481C (Sapphire Rapids, Google custom) has no hardware.json entry (no published TDP).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-highgpu-2g",
|       "provider": "gcp",
|       "type": "a3-highgpu-2g",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8481C",
|       "cpu_sockets": 0,
|       "vcpus": 52,
|       "memory_gb": 468,
|       "note": "A3 High: H100 80 GB SXM. 8481C (Sapphire Rapids, Google custom) has no hardware.json entry (no published TDP).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-highgpu-4g",
|       "provider": "gcp",
|       "type": "a3-highgpu-4g",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8481C",
|       "cpu_sockets": 0,
|       "vcpus": 104,
|       "memory_gb": 936,
|       "note": "A3 High: H100 80 GB SXM. 8481C (Sapphire Rapids, Google custom) has no hardware.json entry (no published TDP).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-highgpu-8g",
|       "provider": "gcp",
|       "type": "a3-highgpu-8g",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8481C",
|       "cpu_sockets": 0,
|       "vcpus": 208,
|       "memory_gb": 1872,
|       "note": "A3 High: H100 80 GB SXM. 8481C (Sapphire Rapids, Google custom) has no hardware.json entry (no published TDP).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-megagpu-8g",
|       "provider": "gcp",
|       "type": "a3-megagpu-8g",
|       "aliases": [],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8481C",
|       "cpu_sockets": 0,
|       "vcpus": 208,
|       "memory_gb": 1872,
|       "note": "A3 Mega: H100 80 GB SXM (\"H100 Mega\" in the API: same GPU, more network bandwidth).",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:a3-ultragpu-8g",
|       "provider": "gcp",
|       "type": "a3-ultragpu-8g",
|       "aliases": [],
|       "accelerator": "h200-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8581C",
|       "cpu_sockets": 0,
|       "vcpus": 224,
|       "memory_gb": 2952,
|       "note": "A3 Ultra: H200 141 GB. 8581C (Emerald Rapids, Google custom) has no hardware.json entry.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-4",
|       "provider": "gcp",
|       "type": "g2-standard-4",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 16,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-8",
|       "provider": "gcp",
|       "type": "g2-standard-8",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 32,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-12",
|       "provider": "gcp",
|       "type": "g2-standard-12",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 12,
|       "memory_gb": 48,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-16",
|       "provider": "gcp",
|       "type": "g2-standard-16",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 64,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-24",
|       "provider": "gcp",
|       "type": "g2-standard-24",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 96,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-32",
|       "provider": "gcp",
|       "type": "g2-standard-32",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 32,
|       "memory_gb": 128,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-48",
|       "provider": "gcp",
|       "type": "g2-standard-48",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 192,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:g2-standard-96",
|       "provider": "gcp",
|       "type": "g2-standard-96",
|       "aliases": [],
|       "accelerator": "l4",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon Platinum 8273CL",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 384,
|       "note": "G2: NVIDIA L4. CPU: Intel Cascade Lake.",
|       "source": {
|         "key": "gcp-accelerator-optimized-2025",
|         "title": "Compute Engine documentation: Accelerator-optimized machine family (A3, A2, G2 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/accelerator-optimized-machines",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:ct4p-hightpu-4t",
|       "provider": "gcp",
|       "type": "ct4p-hightpu-4t",
|       "aliases": [
|         "v4-8"
|       ],
|       "accelerator": "tpu-v4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "",
|       "cpu_sockets": 0,
|       "vcpus": 240,
|       "memory_gb": 408,
|       "note": "One TPU v4 host (4 chips); TPU API name v4-8. Multi-host slices (v4-16 and up) are N such hosts. Host CPU model not published.",
|       "source": {
|         "key": "gcp-gke-tpu-2025",
|         "title": "Google Kubernetes Engine documentation: Plan TPUs in GKE (TPU machine types: chips, vCPUs, memory)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:ct5p-hightpu-4t",
|       "provider": "gcp",
|       "type": "ct5p-hightpu-4t",
|       "aliases": [
|         "v5p-8"
|       ],
|       "accelerator": "tpu-v5p",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "",
|       "cpu_sockets": 0,
|       "vcpus": 208,
|       "memory_gb": 448,
|       "note": "One TPU v5p host (4 chips); TPU API name v5p-8 (v5p counts TensorCores: 2 per chip). Larger slices are N hosts. Host CPU model not published.",
|       "source": {
|         "key": "gcp-gke-tpu-2025",
|         "title": "Google Kubernetes Engine documentation: Plan TPUs in GKE (TPU machine types: chips, vCPUs, memory)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:ct6e-standard-1t",
|       "provider": "gcp",
|       "type": "ct6e-standard-1t",
|       "aliases": [
|         "v6e-1"
|       ],
|       "accelerator": "tpu-v6e",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "",
|       "cpu_sockets": 0,
|       "vcpus": 44,
|       "memory_gb": 176,
|       "note": "TPU v6e, 1 chip (an eighth of a host); TPU API name v6e-1.",
|       "source": {
|         "key": "gcp-gke-tpu-2025",
|         "title": "Google Kubernetes Engine documentation: Plan TPUs in GKE (TPU machine types: chips, vCPUs, memory)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:ct6e-standard-4t",
|       "provider": "gcp",
|       "type": "ct6e-standard-4t",
|       "aliases": [
|         "v6e-4"
|       ],
|       "accelerator": "tpu-v6e",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "",
|       "cpu_sockets": 0,
|       "vcpus": 180,
|       "memory_gb": 720,
|       "note": "TPU v6e, 4 chips (half a host); TPU API name v6e-4; multi-host slices (v6e-16 ... v6e-256) use this VM type.",
|       "source": {
|         "key": "gcp-gke-tpu-2025",
|         "title": "Google Kubernetes Engine documentation: Plan TPUs in GKE (TPU machine types: chips, vCPUs, memory)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:ct6e-standard-8t",
|       "provider": "gcp",
|       "type": "ct6e-standard-8t",
|       "aliases": [
|         "v6e-8"
|       ],
|       "accelerator": "tpu-v6e",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "",
|       "cpu_sockets": 0,
|       "vcpus": 180,
|       "memory_gb": 1440,
|       "note": "TPU v6e, 8 chips (one whole host, 1536 GiB DRAM per host on Google's v6e page); TPU API name v6e-8.",
|       "source": {
|         "key": "gcp-gke-tpu-2025",
|         "title": "Google Kubernetes Engine documentation: Plan TPUs in GKE (TPU machine types: chips, vCPUs, memory)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/kubernetes-engine/docs/concepts/plan-tpus",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc24ads_a100_v4",
|       "provider": "azure",
|       "type": "nc24ads_a100_v4",
|       "aliases": [
|         "Standard_NC24ads_A100_v4"
|       ],
|       "accelerator": "a100-pcie-80gb",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V13 (Milan)",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 236.223,
|       "note": "vCPUs are non-multithreaded physical cores (Azure). 7V13 (Azure custom Milan) has no hardware.json entry. Memory: 220 GiB published.",
|       "source": {
|         "key": "azure-nca100v4-2024",
|         "title": "Azure VM sizes: NC_A100_v4 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc48ads_a100_v4",
|       "provider": "azure",
|       "type": "nc48ads_a100_v4",
|       "aliases": [
|         "Standard_NC48ads_A100_v4"
|       ],
|       "accelerator": "a100-pcie-80gb",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V13 (Milan)",
|       "cpu_sockets": 0,
|       "vcpus": 48,
|       "memory_gb": 472.446,
|       "note": "vCPUs are non-multithreaded physical cores (Azure). 7V13 (Azure custom Milan) has no hardware.json entry. Memory: 440 GiB published.",
|       "source": {
|         "key": "azure-nca100v4-2024",
|         "title": "Azure VM sizes: NC_A100_v4 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc96ads_a100_v4",
|       "provider": "azure",
|       "type": "nc96ads_a100_v4",
|       "aliases": [
|         "Standard_NC96ads_A100_v4"
|       ],
|       "accelerator": "a100-pcie-80gb",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V13 (Milan)",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 944.893,
|       "note": "vCPUs are non-multithreaded physical cores (Azure). 7V13 (Azure custom Milan) has no hardware.json entry. Memory: 880 GiB published.",
|       "source": {
|         "key": "azure-nca100v4-2024",
|         "title": "Azure VM sizes: NC_A100_v4 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/nca100v4-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nd96asr_v4",
|       "provider": "azure",
|       "type": "nd96asr_v4",
|       "aliases": [
|         "Standard_ND96asr_v4"
|       ],
|       "accelerator": "a100-sxm4-40gb",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 966.368,
|       "note": "ND A100 v4. Azure says \"Nvidia A100 GPU (40GB)\"; the 8 GPUs are NVLink/NVSwitch-connected HGX parts, i.e. SXM4. 7V12 (Azure custom Rome) has no hardware.json entry. Memory: 900 GiB published.",
|       "source": {
|         "key": "azure-ndasra100v4-2024",
|         "title": "Azure VM sizes: NDasrA100_v4 series (ND A100 v4)",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ndasra100v4-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nd96amsr_a100_v4",
|       "provider": "azure",
|       "type": "nd96amsr_a100_v4",
|       "aliases": [
|         "Standard_ND96amsr_A100_v4"
|       ],
|       "accelerator": "a100-sxm4-80gb",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 2040.109,
|       "note": "NDm A100 v4 (A100 80 GB SXM4). Memory: 1900 GiB published.",
|       "source": {
|         "key": "azure-ndma100v4-2024",
|         "title": "Azure VM sizes: NDm_A100_v4 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ndma100v4-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nd96isr_h100_v5",
|       "provider": "azure",
|       "type": "nd96isr_h100_v5",
|       "aliases": [
|         "Standard_ND96isr_H100_v5"
|       ],
|       "accelerator": "h100-sxm",
|       "accelerator_count": 8,
|       "cpu": null,
|       "cpu_name": "Intel Xeon 4th gen Scalable (Sapphire Rapids); SKU not given by Azure",
|       "cpu_sockets": 0,
|       "vcpus": 96,
|       "memory_gb": 2040.109,
|       "note": "ND H100 v5: 96 physical cores (Azure). The SKU is not named on the page (hardware.json lists Xeon 8480C among cloud-only CPUs without a figure). Memory: 1900 GiB published.",
|       "source": {
|         "key": "azure-ndh100v5-2025",
|         "title": "Azure VM sizes: ND-H100-v5 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ndh100v5-series",
|         "year": 2025,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc6s_v3",
|       "provider": "azure",
|       "type": "nc6s_v3",
|       "aliases": [
|         "Standard_NC6s_v3"
|       ],
|       "accelerator": "v100-pcie-16gb",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "Intel Xeon E5-2690 v4 (Broadwell)",
|       "cpu_sockets": 0,
|       "vcpus": 6,
|       "memory_gb": 120.259,
|       "note": "Azure writes \"Tesla V100 (16GB)\" without the form factor; NCv3 uses the PCIe board (nvidia-smi on these VMs reports Tesla V100-PCIE-16GB - not re-checked here). E5-2690 v4 (Intel ARK: 14 cores, 135 W) has no hardware.json entry. Memory: 112 GiB published.",
|       "source": {
|         "key": "azure-ncv3-2024",
|         "title": "Azure VM sizes: NCv3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc12s_v3",
|       "provider": "azure",
|       "type": "nc12s_v3",
|       "aliases": [
|         "Standard_NC12s_v3"
|       ],
|       "accelerator": "v100-pcie-16gb",
|       "accelerator_count": 2,
|       "cpu": null,
|       "cpu_name": "Intel Xeon E5-2690 v4 (Broadwell)",
|       "cpu_sockets": 0,
|       "vcpus": 12,
|       "memory_gb": 240.518,
|       "note": "Azure writes \"Tesla V100 (16GB)\" without the form factor; NCv3 uses the PCIe board (nvidia-smi on these VMs reports Tesla V100-PCIE-16GB - not re-checked here). E5-2690 v4 (Intel ARK: 14 cores, 135 W) has no hardware.json entry. Memory: 224 GiB published.",
|       "source": {
|         "key": "azure-ncv3-2024",
|         "title": "Azure VM sizes: NCv3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc24s_v3",
|       "provider": "azure",
|       "type": "nc24s_v3",
|       "aliases": [
|         "Standard_NC24s_v3"
|       ],
|       "accelerator": "v100-pcie-16gb",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon E5-2690 v4 (Broadwell)",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 481.036,
|       "note": "Azure writes \"Tesla V100 (16GB)\" without the form factor; NCv3 uses the PCIe board (nvidia-smi on these VMs reports Tesla V100-PCIE-16GB - not re-checked here). E5-2690 v4 (Intel ARK: 14 cores, 135 W) has no hardware.json entry. Memory: 448 GiB published.",
|       "source": {
|         "key": "azure-ncv3-2024",
|         "title": "Azure VM sizes: NCv3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc24rs_v3",
|       "provider": "azure",
|       "type": "nc24rs_v3",
|       "aliases": [
|         "Standard_NC24rs_v3"
|       ],
|       "accelerator": "v100-pcie-16gb",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "Intel Xeon E5-2690 v4 (Broadwell)",
|       "cpu_sockets": 0,
|       "vcpus": 24,
|       "memory_gb": 481.036,
|       "note": "Azure writes \"Tesla V100 (16GB)\" without the form factor; NCv3 uses the PCIe board (nvidia-smi on these VMs reports Tesla V100-PCIE-16GB - not re-checked here). E5-2690 v4 (Intel ARK: 14 cores, 135 W) has no hardware.json entry. NC24rs_v3 adds InfiniBand. Memory: 448 GiB published.",
|       "source": {
|         "key": "azure-ncv3-2024",
|         "title": "Azure VM sizes: NCv3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncv3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc4as_t4_v3",
|       "provider": "azure",
|       "type": "nc4as_t4_v3",
|       "aliases": [
|         "Standard_NC4as_T4_v3"
|       ],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 4,
|       "memory_gb": 30.065,
|       "note": "Memory: 28 GiB published.",
|       "source": {
|         "key": "azure-ncast4v3-2024",
|         "title": "Azure VM sizes: NCasT4_v3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc8as_t4_v3",
|       "provider": "azure",
|       "type": "nc8as_t4_v3",
|       "aliases": [
|         "Standard_NC8as_T4_v3"
|       ],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 8,
|       "memory_gb": 60.13,
|       "note": "Memory: 56 GiB published.",
|       "source": {
|         "key": "azure-ncast4v3-2024",
|         "title": "Azure VM sizes: NCasT4_v3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc16as_t4_v3",
|       "provider": "azure",
|       "type": "nc16as_t4_v3",
|       "aliases": [
|         "Standard_NC16as_T4_v3"
|       ],
|       "accelerator": "t4",
|       "accelerator_count": 1,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 16,
|       "memory_gb": 118.112,
|       "note": "Memory: 110 GiB published.",
|       "source": {
|         "key": "azure-ncast4v3-2024",
|         "title": "Azure VM sizes: NCasT4_v3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:nc64as_t4_v3",
|       "provider": "azure",
|       "type": "nc64as_t4_v3",
|       "aliases": [
|         "Standard_NC64as_T4_v3"
|       ],
|       "accelerator": "t4",
|       "accelerator_count": 4,
|       "cpu": null,
|       "cpu_name": "AMD EPYC 7V12 (Rome)",
|       "cpu_sockets": 0,
|       "vcpus": 64,
|       "memory_gb": 472.446,
|       "note": "Memory: 440 GiB published.",
|       "source": {
|         "key": "azure-ncast4v3-2024",
|         "title": "Azure VM sizes: NCasT4_v3 series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/gpu-accelerated/ncast4v3-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c5.large",
|       "provider": "aws",
|       "type": "c5.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8124m",
|       "cpu_name": "Intel Xeon Platinum 8124M",
|       "cpu_sockets": 0.056,
|       "vcpus": 2,
|       "memory_gb": 4.295,
|       "note": "AWS: \"Smaller C5\" run on Skylake 8124M or Cascade Lake 8223CL; 8124M chosen (named first; CCF/Teads list it for c5.large to c5.18xlarge; the 8223CL has no TDP in any source). Share of a host of 2 x 18-core 8124M (36 vCPUs per socket). Memory: 4 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c5.xlarge",
|       "provider": "aws",
|       "type": "c5.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8124m",
|       "cpu_name": "Intel Xeon Platinum 8124M",
|       "cpu_sockets": 0.111,
|       "vcpus": 4,
|       "memory_gb": 8.59,
|       "note": "AWS: \"Smaller C5\" run on Skylake 8124M or Cascade Lake 8223CL; 8124M chosen (named first; CCF/Teads list it for c5.large to c5.18xlarge; the 8223CL has no TDP in any source). Share of a host of 2 x 18-core 8124M (36 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c5.4xlarge",
|       "provider": "aws",
|       "type": "c5.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8124m",
|       "cpu_name": "Intel Xeon Platinum 8124M",
|       "cpu_sockets": 0.444,
|       "vcpus": 16,
|       "memory_gb": 34.36,
|       "note": "AWS: \"Smaller C5\" run on Skylake 8124M or Cascade Lake 8223CL; 8124M chosen (named first; CCF/Teads list it for c5.large to c5.18xlarge; the 8223CL has no TDP in any source). Share of a host of 2 x 18-core 8124M (36 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c5.18xlarge",
|       "provider": "aws",
|       "type": "c5.18xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8124m",
|       "cpu_name": "Intel Xeon Platinum 8124M",
|       "cpu_sockets": 2,
|       "vcpus": 72,
|       "memory_gb": 154.619,
|       "note": "AWS: \"Smaller C5\" run on Skylake 8124M or Cascade Lake 8223CL; 8124M chosen (named first; CCF/Teads list it for c5.large to c5.18xlarge; the 8223CL has no TDP in any source). Whole host: 2 x 18-core 8124M (72 vCPUs). Memory: 144 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c5.metal",
|       "provider": "aws",
|       "type": "c5.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8275cl",
|       "cpu_name": "Intel Xeon Platinum 8275CL",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 206.158,
|       "note": "AWS: \"Larger C5\" run on Cascade Lake 8275CL (CCF/Teads list 8275CL for c5.12xlarge, c5.24xlarge, c5.metal). Whole host: 2 x 24-core 8275CL (96 vCPUs). Memory: 192 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c6i.large",
|       "provider": "aws",
|       "type": "c6i.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 4.295,
|       "note": "AWS: C6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 4 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c6i.xlarge",
|       "provider": "aws",
|       "type": "c6i.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 8.59,
|       "note": "AWS: C6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c6i.4xlarge",
|       "provider": "aws",
|       "type": "c6i.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 34.36,
|       "note": "AWS: C6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c6i.16xlarge",
|       "provider": "aws",
|       "type": "c6i.16xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 137.439,
|       "note": "AWS: C6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:c6i.metal",
|       "provider": "aws",
|       "type": "c6i.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 2,
|       "vcpus": 128,
|       "memory_gb": 274.878,
|       "note": "AWS: C6I run on Ice Lake 8375C. Whole host: 2 x 32-core 8375C (128 vCPUs). Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-compute-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Compute optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m5.large",
|       "provider": "aws",
|       "type": "m5.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.042,
|       "vcpus": 2,
|       "memory_gb": 8.59,
|       "note": "AWS: M5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m5.xlarge",
|       "provider": "aws",
|       "type": "m5.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.083,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "AWS: M5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m5.4xlarge",
|       "provider": "aws",
|       "type": "m5.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.333,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "AWS: M5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m5.16xlarge",
|       "provider": "aws",
|       "type": "m5.16xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 1.333,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "AWS: M5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m5.metal",
|       "provider": "aws",
|       "type": "m5.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 412.317,
|       "note": "AWS: M5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Whole host: 2 x 24-core 8175M (96 vCPUs). Memory: 384 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m6i.large",
|       "provider": "aws",
|       "type": "m6i.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 8.59,
|       "note": "AWS: M6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m6i.xlarge",
|       "provider": "aws",
|       "type": "m6i.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "AWS: M6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m6i.4xlarge",
|       "provider": "aws",
|       "type": "m6i.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "AWS: M6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 64 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m6i.16xlarge",
|       "provider": "aws",
|       "type": "m6i.16xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "AWS: M6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 256 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:m6i.metal",
|       "provider": "aws",
|       "type": "m6i.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 2,
|       "vcpus": 128,
|       "memory_gb": 549.756,
|       "note": "AWS: M6I run on Ice Lake 8375C. Whole host: 2 x 32-core 8375C (128 vCPUs). Memory: 512 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-general-purpose-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: General purpose instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r5.large",
|       "provider": "aws",
|       "type": "r5.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.042,
|       "vcpus": 2,
|       "memory_gb": 17.18,
|       "note": "AWS: R5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r5.xlarge",
|       "provider": "aws",
|       "type": "r5.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.083,
|       "vcpus": 4,
|       "memory_gb": 34.36,
|       "note": "AWS: R5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r5.4xlarge",
|       "provider": "aws",
|       "type": "r5.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 0.333,
|       "vcpus": 16,
|       "memory_gb": 137.439,
|       "note": "AWS: R5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r5.16xlarge",
|       "provider": "aws",
|       "type": "r5.16xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 1.333,
|       "vcpus": 64,
|       "memory_gb": 549.756,
|       "note": "AWS: R5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Share of a host of 2 x 24-core 8175M (48 vCPUs per socket). Memory: 512 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r5.metal",
|       "provider": "aws",
|       "type": "r5.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8175m",
|       "cpu_name": "Intel Xeon Platinum 8175M",
|       "cpu_sockets": 2,
|       "vcpus": 96,
|       "memory_gb": 824.634,
|       "note": "AWS: R5 run on Skylake 8175M or Cascade Lake 8259CL; 8175M chosen (named first; CCF/Teads list it; both have 24 cores, so the socket share is the same; CodeCarbon gives 8259CL 210 W against 240 W). Whole host: 2 x 24-core 8175M (96 vCPUs). Memory: 768 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r6i.large",
|       "provider": "aws",
|       "type": "r6i.large",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 17.18,
|       "note": "AWS: R6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r6i.xlarge",
|       "provider": "aws",
|       "type": "r6i.xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 34.36,
|       "note": "AWS: R6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r6i.4xlarge",
|       "provider": "aws",
|       "type": "r6i.4xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 137.439,
|       "note": "AWS: R6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 128 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r6i.16xlarge",
|       "provider": "aws",
|       "type": "r6i.16xlarge",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 549.756,
|       "note": "AWS: R6I run on Ice Lake 8375C. Share of a host of 2 x 32-core 8375C (64 vCPUs per socket). Memory: 512 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "aws:r6i.metal",
|       "provider": "aws",
|       "type": "r6i.metal",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8375c",
|       "cpu_name": "Intel Xeon Platinum 8375C",
|       "cpu_sockets": 2,
|       "vcpus": 128,
|       "memory_gb": 1099.512,
|       "note": "AWS: R6I run on Ice Lake 8375C. Whole host: 2 x 32-core 8375C (128 vCPUs). Memory: 1024 GiB published.",
|       "source": {
|         "key": "aws-ec2-ug-memory-optimized-2023",
|         "title": "Amazon EC2 User Guide for Linux Instances: Memory optimized instances (Hardware specifications; processors)",
|         "publisher": "Amazon Web Services",
|         "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html",
|         "year": 2023,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:d2s_v5",
|       "provider": "azure",
|       "type": "d2s_v5",
|       "aliases": [
|         "Standard_D2s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 8.59,
|       "note": "Microsoft lists three processors for Dsv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "azure-dsv5-2026",
|         "title": "Azure VM sizes: Dsv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:d4s_v5",
|       "provider": "azure",
|       "type": "d4s_v5",
|       "aliases": [
|         "Standard_D4s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 17.18,
|       "note": "Microsoft lists three processors for Dsv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "azure-dsv5-2026",
|         "title": "Azure VM sizes: Dsv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:d16s_v5",
|       "provider": "azure",
|       "type": "d16s_v5",
|       "aliases": [
|         "Standard_D16s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 68.719,
|       "note": "Microsoft lists three processors for Dsv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 64 GiB published.",
|       "source": {
|         "key": "azure-dsv5-2026",
|         "title": "Azure VM sizes: Dsv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:d64s_v5",
|       "provider": "azure",
|       "type": "d64s_v5",
|       "aliases": [
|         "Standard_D64s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 274.878,
|       "note": "Microsoft lists three processors for Dsv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 256 GiB published.",
|       "source": {
|         "key": "azure-dsv5-2026",
|         "title": "Azure VM sizes: Dsv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:d96s_v5",
|       "provider": "azure",
|       "type": "d96s_v5",
|       "aliases": [
|         "Standard_D96s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1.5,
|       "vcpus": 96,
|       "memory_gb": 412.317,
|       "note": "Microsoft lists three processors for Dsv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 384 GiB published.",
|       "source": {
|         "key": "azure-dsv5-2026",
|         "title": "Azure VM sizes: Dsv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:e2s_v5",
|       "provider": "azure",
|       "type": "e2s_v5",
|       "aliases": [
|         "Standard_E2s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 17.18,
|       "note": "Microsoft lists three processors for Esv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 16 GiB published.",
|       "source": {
|         "key": "azure-esv5-2026",
|         "title": "Azure VM sizes: Esv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:e4s_v5",
|       "provider": "azure",
|       "type": "e4s_v5",
|       "aliases": [
|         "Standard_E4s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 34.36,
|       "note": "Microsoft lists three processors for Esv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "azure-esv5-2026",
|         "title": "Azure VM sizes: Esv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:e16s_v5",
|       "provider": "azure",
|       "type": "e16s_v5",
|       "aliases": [
|         "Standard_E16s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 137.439,
|       "note": "Microsoft lists three processors for Esv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 128 GiB published.",
|       "source": {
|         "key": "azure-esv5-2026",
|         "title": "Azure VM sizes: Esv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:e64s_v5",
|       "provider": "azure",
|       "type": "e64s_v5",
|       "aliases": [
|         "Standard_E64s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 549.756,
|       "note": "Microsoft lists three processors for Esv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 512 GiB published.",
|       "source": {
|         "key": "azure-esv5-2026",
|         "title": "Azure VM sizes: Esv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:e96s_v5",
|       "provider": "azure",
|       "type": "e96s_v5",
|       "aliases": [
|         "Standard_E96s_v5"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1.5,
|       "vcpus": 96,
|       "memory_gb": 721.555,
|       "note": "Microsoft lists three processors for Esv5 (8573C Emerald Rapids, 8473C Sapphire Rapids, 8370C Ice Lake); a VM may be on any. 8370C chosen: the only one with a TDP figure (CodeCarbon estimate) and a core count from Microsoft (32 per CPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 672 GiB published.",
|       "source": {
|         "key": "azure-esv5-2026",
|         "title": "Azure VM sizes: Esv5 sizes series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series",
|         "year": 2026,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:f2s_v2",
|       "provider": "azure",
|       "type": "f2s_v2",
|       "aliases": [
|         "Standard_F2s_v2"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.031,
|       "vcpus": 2,
|       "memory_gb": 4.295,
|       "note": "Microsoft lists four processors for Fsv2 (8370C Ice Lake, 8272CL Cascade Lake, 8168 Skylake, 8573C Emerald Rapids); \"sizes may run on any\". 8370C chosen: named first, and one of the two with both a power figure and a published core count (the 8168: Intel 205 W TDP, 24 cores, which would give 1.33x the CPU power per vCPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 4 GiB published.",
|       "source": {
|         "key": "azure-fsv2-2024",
|         "title": "Azure VM sizes: Fsv2-series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:f4s_v2",
|       "provider": "azure",
|       "type": "f4s_v2",
|       "aliases": [
|         "Standard_F4s_v2"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.063,
|       "vcpus": 4,
|       "memory_gb": 8.59,
|       "note": "Microsoft lists four processors for Fsv2 (8370C Ice Lake, 8272CL Cascade Lake, 8168 Skylake, 8573C Emerald Rapids); \"sizes may run on any\". 8370C chosen: named first, and one of the two with both a power figure and a published core count (the 8168: Intel 205 W TDP, 24 cores, which would give 1.33x the CPU power per vCPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 8 GiB published.",
|       "source": {
|         "key": "azure-fsv2-2024",
|         "title": "Azure VM sizes: Fsv2-series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:f16s_v2",
|       "provider": "azure",
|       "type": "f16s_v2",
|       "aliases": [
|         "Standard_F16s_v2"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 0.25,
|       "vcpus": 16,
|       "memory_gb": 34.36,
|       "note": "Microsoft lists four processors for Fsv2 (8370C Ice Lake, 8272CL Cascade Lake, 8168 Skylake, 8573C Emerald Rapids); \"sizes may run on any\". 8370C chosen: named first, and one of the two with both a power figure and a published core count (the 8168: Intel 205 W TDP, 24 cores, which would give 1.33x the CPU power per vCPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 32 GiB published.",
|       "source": {
|         "key": "azure-fsv2-2024",
|         "title": "Azure VM sizes: Fsv2-series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:f64s_v2",
|       "provider": "azure",
|       "type": "f64s_v2",
|       "aliases": [
|         "Standard_F64s_v2"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1,
|       "vcpus": 64,
|       "memory_gb": 137.439,
|       "note": "Microsoft lists four processors for Fsv2 (8370C Ice Lake, 8272CL Cascade Lake, 8168 Skylake, 8573C Emerald Rapids); \"sizes may run on any\". 8370C chosen: named first, and one of the two with both a power figure and a published core count (the 8168: Intel 205 W TDP, 24 cores, which would give 1.33x the CPU power per vCPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 128 GiB published.",
|       "source": {
|         "key": "azure-fsv2-2024",
|         "title": "Azure VM sizes: Fsv2-series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "azure:f72s_v2",
|       "provider": "azure",
|       "type": "f72s_v2",
|       "aliases": [
|         "Standard_F72s_v2"
|       ],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8370c",
|       "cpu_name": "Intel Xeon Platinum 8370C",
|       "cpu_sockets": 1.125,
|       "vcpus": 72,
|       "memory_gb": 154.619,
|       "note": "Microsoft lists four processors for Fsv2 (8370C Ice Lake, 8272CL Cascade Lake, 8168 Skylake, 8573C Emerald Rapids); \"sizes may run on any\". 8370C chosen: named first, and one of the two with both a power figure and a published core count (the 8168: Intel 205 W TDP, 24 cores, which would give 1.33x the CPU power per vCPU). Share of a host of 2 x 32-core 8370C (64 vCPUs per socket). Memory: 144 GiB published.",
|       "source": {
|         "key": "azure-fsv2-2024",
|         "title": "Azure VM sizes: Fsv2-series",
|         "publisher": "Microsoft",
|         "url": "https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series",
|         "year": 2024,
|         "license": "none stated; the figure is cited as a fact, with attribution"
|       }
|     },
|     {
|       "id": "gcp:n2-standard-4",
|       "provider": "gcp",
|       "type": "n2-standard-4",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 0.056,
|       "vcpus": 4,
|       "memory_gb": 16,
|       "note": "N2 runs on Cascade Lake (Xeon Gold 6268CL, Google's default up to 80 vCPUs) or Ice Lake (Xeon Platinum 8373C, when set as minimum CPU platform). 8373C chosen: its cores per package are derivable (2 x 36 per host) while the 6268CL's are not (host 48 cores, socket count unpublished). If the VM lands on the default 6268CL (CodeCarbon 205 W) and the host is 2 x 24, CPU power per vCPU is 205/48 = 4.27 W vs 300/72 = 4.17 W here, about 2% more. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 4/72. Memory: 16 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-standard-16",
|       "provider": "gcp",
|       "type": "n2-standard-16",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 0.222,
|       "vcpus": 16,
|       "memory_gb": 64,
|       "note": "N2 runs on Cascade Lake (Xeon Gold 6268CL, Google's default up to 80 vCPUs) or Ice Lake (Xeon Platinum 8373C, when set as minimum CPU platform). 8373C chosen: its cores per package are derivable (2 x 36 per host) while the 6268CL's are not (host 48 cores, socket count unpublished). If the VM lands on the default 6268CL (CodeCarbon 205 W) and the host is 2 x 24, CPU power per vCPU is 205/48 = 4.27 W vs 300/72 = 4.17 W here, about 2% more. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 16/72. Memory: 64 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-standard-64",
|       "provider": "gcp",
|       "type": "n2-standard-64",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 0.889,
|       "vcpus": 64,
|       "memory_gb": 256,
|       "note": "N2 runs on Cascade Lake (Xeon Gold 6268CL, Google's default up to 80 vCPUs) or Ice Lake (Xeon Platinum 8373C, when set as minimum CPU platform). 8373C chosen: its cores per package are derivable (2 x 36 per host) while the 6268CL's are not (host 48 cores, socket count unpublished). If the VM lands on the default 6268CL (CodeCarbon 205 W) and the host is 2 x 24, CPU power per vCPU is 205/48 = 4.27 W vs 300/72 = 4.17 W here, about 2% more. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 64/72. Memory: 256 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-standard-96",
|       "provider": "gcp",
|       "type": "n2-standard-96",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 1.333,
|       "vcpus": 96,
|       "memory_gb": 384,
|       "note": "N2 with 96 or more vCPUs requires Ice Lake (Google's CPU platforms page), whose SKU is the Xeon Platinum 8373C. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 96/72. Memory: 384 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-standard-128",
|       "provider": "gcp",
|       "type": "n2-standard-128",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 1.778,
|       "vcpus": 128,
|       "memory_gb": 512,
|       "note": "N2 with 96 or more vCPUs requires Ice Lake (Google's CPU platforms page), whose SKU is the Xeon Platinum 8373C. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 128/72. Memory: 512 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-highmem-16",
|       "provider": "gcp",
|       "type": "n2-highmem-16",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 0.222,
|       "vcpus": 16,
|       "memory_gb": 128,
|       "note": "N2 runs on Cascade Lake (Xeon Gold 6268CL, Google's default up to 80 vCPUs) or Ice Lake (Xeon Platinum 8373C, when set as minimum CPU platform). 8373C chosen: its cores per package are derivable (2 x 36 per host) while the 6268CL's are not (host 48 cores, socket count unpublished). If the VM lands on the default 6268CL (CodeCarbon 205 W) and the host is 2 x 24, CPU power per vCPU is 205/48 = 4.27 W vs 300/72 = 4.17 W here, about 2% more. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 16/72. Memory: 128 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-highmem-128",
|       "provider": "gcp",
|       "type": "n2-highmem-128",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 1.778,
|       "vcpus": 128,
|       "memory_gb": 864,
|       "note": "N2 with 96 or more vCPUs requires Ice Lake (Google's CPU platforms page), whose SKU is the Xeon Platinum 8373C. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 128/72. Memory: 864 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-highcpu-16",
|       "provider": "gcp",
|       "type": "n2-highcpu-16",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 0.222,
|       "vcpus": 16,
|       "memory_gb": 16,
|       "note": "N2 runs on Cascade Lake (Xeon Gold 6268CL, Google's default up to 80 vCPUs) or Ice Lake (Xeon Platinum 8373C, when set as minimum CPU platform). 8373C chosen: its cores per package are derivable (2 x 36 per host) while the 6268CL's are not (host 48 cores, socket count unpublished). If the VM lands on the default 6268CL (CodeCarbon 205 W) and the host is 2 x 24, CPU power per vCPU is 205/48 = 4.27 W vs 300/72 = 4.17 W here, about 2% more. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 16/72. Memory: 16 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     },
|     {
|       "id": "gcp:n2-highcpu-96",
|       "provider": "gcp",
|       "type": "n2-highcpu-96",
|       "aliases": [],
|       "accelerator": null,
|       "accelerator_count": 0,
|       "cpu": "xeon-platinum-8373c",
|       "cpu_name": "Intel Xeon Platinum 8373C",
|       "cpu_sockets": 1.333,
|       "vcpus": 96,
|       "memory_gb": 96,
|       "note": "N2 with 96 or more vCPUs requires Ice Lake (Google's CPU platforms page), whose SKU is the Xeon Platinum 8373C. Share of a host of 2 x 36-core 8373C (72 vCPUs per package): 96/72. Memory: 96 GB published (Google's GB are GiB; left unconverted like the other gcp rows).",
|       "source": {
|         "key": "gcp-general-purpose-2026",
|         "title": "Compute Engine documentation: General-purpose machine family (N2, N2D, C3 machine types)",
|         "publisher": "Google Cloud",
|         "url": "https://cloud.google.com/compute/docs/general-purpose-machines",
|         "year": 2026,
|         "license": "CC BY 4.0 (page footer: \"the content of this page is licensed under the Creative Commons Attribution 4.0 License\")"
|       }
|     }
|   ]
| }
$ mlcarbon instances list --format csv
| id,provider,type,accelerator,accelerator_count,cpu,cpu_name,cpu_sockets,vcpus,memory_gb,source
| aws:p3.2xlarge,aws,p3.2xlarge,v100-sxm2-16gb,1,xeon-e5-2686-v4,Intel Xeon E5-2686 v4,0.222,8,65.498,aws-ec2-ug-accelerated-2023
| aws:p3.8xlarge,aws,p3.8xlarge,v100-sxm2-16gb,4,xeon-e5-2686-v4,Intel Xeon E5-2686 v4,0.889,32,261.993,aws-ec2-ug-accelerated-2023
| aws:p3.16xlarge,aws,p3.16xlarge,v100-sxm2-16gb,8,xeon-e5-2686-v4,Intel Xeon E5-2686 v4,1.778,64,523.986,aws-ec2-ug-accelerated-2023
| aws:p3dn.24xlarge,aws,p3dn.24xlarge,v100-sxm2-32gb,8,xeon-platinum-8175m,Intel Xeon Platinum 8175M,2,96,824.634,aws-ec2-ug-accelerated-2023
| aws:p4d.24xlarge,aws,p4d.24xlarge,a100-sxm4-40gb,8,xeon-platinum-8275cl,Intel Xeon Platinum 8275CL,2,96,1236.951,aws-ec2-ug-accelerated-2023
| aws:p4de.24xlarge,aws,p4de.24xlarge,a100-sxm4-80gb,8,xeon-platinum-8275cl,Intel Xeon Platinum 8275CL,2,96,1236.951,aws-ec2-ug-accelerated-2023
| aws:p5.4xlarge,aws,p5.4xlarge,h100-sxm,1,,AMD EPYC 7R13,0,16,274.878,aws-ec2-api-via-karpenter-2026
| aws:p5.48xlarge,aws,p5.48xlarge,h100-sxm,8,,AMD EPYC 7R13,0,192,2199.023,aws-ec2-api-via-karpenter-2026
| aws:p5e.48xlarge,aws,p5e.48xlarge,h200-sxm,8,,AMD EPYC 7R13,0,192,2199.023,aws-ec2-api-via-karpenter-2026
| aws:p5en.48xlarge,aws,p5en.48xlarge,h200-sxm,8,,Intel Xeon (Sapphire Rapids); exact SKU not in a stored source,0,192,2199.023,aws-ec2-api-via-karpenter-2026
| aws:p6-b200.48xlarge,aws,p6-b200.48xlarge,b200,8,,Intel Xeon (model not in a stored source),0,192,2199.023,aws-ec2-api-via-karpenter-2026
| aws:g4dn.xlarge,aws,g4dn.xlarge,t4,1,,Intel Xeon Platinum 8259L,0,4,17.18,aws-ec2-ug-accelerated-2023
| aws:g4dn.2xlarge,aws,g4dn.2xlarge,t4,1,,Intel Xeon Platinum 8259L,0,8,34.36,aws-ec2-ug-accelerated-2023
| aws:g4dn.4xlarge,aws,g4dn.4xlarge,t4,1,,Intel Xeon Platinum 8259L,0,16,68.719,aws-ec2-ug-accelerated-2023
| aws:g4dn.8xlarge,aws,g4dn.8xlarge,t4,1,,Intel Xeon Platinum 8259L,0,32,137.439,aws-ec2-ug-accelerated-2023
| aws:g4dn.12xlarge,aws,g4dn.12xlarge,t4,4,,Intel Xeon Platinum 8259L,0,48,206.158,aws-ec2-ug-accelerated-2023
| aws:g4dn.16xlarge,aws,g4dn.16xlarge,t4,1,,Intel Xeon Platinum 8259L,0,64,274.878,aws-ec2-ug-accelerated-2023
| aws:g4dn.metal,aws,g4dn.metal,t4,8,,Intel Xeon Platinum 8259L,0,96,412.317,aws-ec2-ug-accelerated-2023
| aws:g5.xlarge,aws,g5.xlarge,a10g,1,,AMD EPYC 7R32,0,4,17.18,aws-ec2-ug-accelerated-2023
| aws:g5.2xlarge,aws,g5.2xlarge,a10g,1,,AMD EPYC 7R32,0,8,34.36,aws-ec2-ug-accelerated-2023
| aws:g5.4xlarge,aws,g5.4xlarge,a10g,1,,AMD EPYC 7R32,0,16,68.719,aws-ec2-ug-accelerated-2023
| aws:g5.8xlarge,aws,g5.8xlarge,a10g,1,,AMD EPYC 7R32,0,32,137.439,aws-ec2-ug-accelerated-2023
| aws:g5.12xlarge,aws,g5.12xlarge,a10g,4,,AMD EPYC 7R32,0,48,206.158,aws-ec2-ug-accelerated-2023
| aws:g5.16xlarge,aws,g5.16xlarge,a10g,1,,AMD EPYC 7R32,0,64,274.878,aws-ec2-ug-accelerated-2023
| aws:g5.24xlarge,aws,g5.24xlarge,a10g,4,,AMD EPYC 7R32,0,96,412.317,aws-ec2-ug-accelerated-2023
| aws:g5.48xlarge,aws,g5.48xlarge,a10g,8,,AMD EPYC 7R32,0,192,824.634,aws-ec2-ug-accelerated-2023
| aws:g6.xlarge,aws,g6.xlarge,l4,1,,AMD EPYC 7R13,0,4,17.18,aws-ec2-api-via-karpenter-2026
| aws:g6.2xlarge,aws,g6.2xlarge,l4,1,,AMD EPYC 7R13,0,8,34.36,aws-ec2-api-via-karpenter-2026
| aws:g6.4xlarge,aws,g6.4xlarge,l4,1,,AMD EPYC 7R13,0,16,68.719,aws-ec2-api-via-karpenter-2026
| aws:g6.8xlarge,aws,g6.8xlarge,l4,1,,AMD EPYC 7R13,0,32,137.439,aws-ec2-api-via-karpenter-2026
| aws:g6.12xlarge,aws,g6.12xlarge,l4,4,,AMD EPYC 7R13,0,48,206.158,aws-ec2-api-via-karpenter-2026
| aws:g6.16xlarge,aws,g6.16xlarge,l4,1,,AMD EPYC 7R13,0,64,274.878,aws-ec2-api-via-karpenter-2026
| aws:g6.24xlarge,aws,g6.24xlarge,l4,4,,AMD EPYC 7R13,0,96,412.317,aws-ec2-api-via-karpenter-2026
| aws:g6.48xlarge,aws,g6.48xlarge,l4,8,,AMD EPYC 7R13,0,192,824.634,aws-ec2-api-via-karpenter-2026
| aws:g6e.xlarge,aws,g6e.xlarge,l40s,1,,AMD EPYC 7R13,0,4,34.36,aws-ec2-api-via-karpenter-2026
| aws:g6e.2xlarge,aws,g6e.2xlarge,l40s,1,,AMD EPYC 7R13,0,8,68.719,aws-ec2-api-via-karpenter-2026
| aws:g6e.4xlarge,aws,g6e.4xlarge,l40s,1,,AMD EPYC 7R13,0,16,137.439,aws-ec2-api-via-karpenter-2026
| aws:g6e.8xlarge,aws,g6e.8xlarge,l40s,1,,AMD EPYC 7R13,0,32,274.878,aws-ec2-api-via-karpenter-2026
| aws:g6e.12xlarge,aws,g6e.12xlarge,l40s,4,,AMD EPYC 7R13,0,48,412.317,aws-ec2-api-via-karpenter-2026
| aws:g6e.16xlarge,aws,g6e.16xlarge,l40s,1,,AMD EPYC 7R13,0,64,549.756,aws-ec2-api-via-karpenter-2026
| aws:g6e.24xlarge,aws,g6e.24xlarge,l40s,4,,AMD EPYC 7R13,0,96,824.634,aws-ec2-api-via-karpenter-2026
| aws:g6e.48xlarge,aws,g6e.48xlarge,l40s,8,,AMD EPYC 7R13,0,192,1649.267,aws-ec2-api-via-karpenter-2026
| aws:trn2.48xlarge,aws,trn2.48xlarge,trainium2,16,,Intel Xeon (Sapphire Rapids); exact SKU not in a stored source,0,192,2199.023,aws-ec2-api-via-karpenter-2026
| gcp:a2-highgpu-1g,gcp,a2-highgpu-1g,a100-sxm4-40gb,1,,Intel Xeon Platinum 8273CL,0,12,85,gcp-accelerator-optimized-2025
| gcp:a2-highgpu-2g,gcp,a2-highgpu-2g,a100-sxm4-40gb,2,,Intel Xeon Platinum 8273CL,0,24,170,gcp-accelerator-optimized-2025
| gcp:a2-highgpu-4g,gcp,a2-highgpu-4g,a100-sxm4-40gb,4,,Intel Xeon Platinum 8273CL,0,48,340,gcp-accelerator-optimized-2025
| gcp:a2-highgpu-8g,gcp,a2-highgpu-8g,a100-sxm4-40gb,8,,Intel Xeon Platinum 8273CL,0,96,680,gcp-accelerator-optimized-2025
| gcp:a2-megagpu-16g,gcp,a2-megagpu-16g,a100-sxm4-40gb,16,,Intel Xeon Platinum 8273CL,0,96,1360,gcp-accelerator-optimized-2025
| gcp:a2-ultragpu-1g,gcp,a2-ultragpu-1g,a100-sxm4-80gb,1,,Intel Xeon Platinum 8273CL,0,12,170,gcp-accelerator-optimized-2025
| gcp:a2-ultragpu-2g,gcp,a2-ultragpu-2g,a100-sxm4-80gb,2,,Intel Xeon Platinum 8273CL,0,24,340,gcp-accelerator-optimized-2025
| gcp:a2-ultragpu-4g,gcp,a2-ultragpu-4g,a100-sxm4-80gb,4,,Intel Xeon Platinum 8273CL,0,48,680,gcp-accelerator-optimized-2025
| gcp:a2-ultragpu-8g,gcp,a2-ultragpu-8g,a100-sxm4-80gb,8,,Intel Xeon Platinum 8273CL,0,96,1360,gcp-accelerator-optimized-2025
| gcp:a3-highgpu-1g,gcp,a3-highgpu-1g,h100-sxm,1,,Intel Xeon Platinum 8481C,0,26,234,gcp-accelerator-optimized-2025
| gcp:a3-highgpu-2g,gcp,a3-highgpu-2g,h100-sxm,2,,Intel Xeon Platinum 8481C,0,52,468,gcp-accelerator-optimized-2025
| gcp:a3-highgpu-4g,gcp,a3-highgpu-4g,h100-sxm,4,,Intel Xeon Platinum 8481C,0,104,936,gcp-accelerator-optimized-2025
| gcp:a3-highgpu-8g,gcp,a3-highgpu-8g,h100-sxm,8,,Intel Xeon Platinum 8481C,0,208,1872,gcp-accelerator-optimized-2025
| gcp:a3-megagpu-8g,gcp,a3-megagpu-8g,h100-sxm,8,,Intel Xeon Platinum 8481C,0,208,1872,gcp-accelerator-optimized-2025
| gcp:a3-ultragpu-8g,gcp,a3-ultragpu-8g,h200-sxm,8,,Intel Xeon Platinum 8581C,0,224,2952,gcp-accelerator-optimized-2025
| gcp:g2-standard-4,gcp,g2-standard-4,l4,1,,Intel Xeon Platinum 8273CL,0,4,16,gcp-accelerator-optimized-2025
| gcp:g2-standard-8,gcp,g2-standard-8,l4,1,,Intel Xeon Platinum 8273CL,0,8,32,gcp-accelerator-optimized-2025
| gcp:g2-standard-12,gcp,g2-standard-12,l4,1,,Intel Xeon Platinum 8273CL,0,12,48,gcp-accelerator-optimized-2025
| gcp:g2-standard-16,gcp,g2-standard-16,l4,1,,Intel Xeon Platinum 8273CL,0,16,64,gcp-accelerator-optimized-2025
| gcp:g2-standard-24,gcp,g2-standard-24,l4,2,,Intel Xeon Platinum 8273CL,0,24,96,gcp-accelerator-optimized-2025
| gcp:g2-standard-32,gcp,g2-standard-32,l4,1,,Intel Xeon Platinum 8273CL,0,32,128,gcp-accelerator-optimized-2025
| gcp:g2-standard-48,gcp,g2-standard-48,l4,4,,Intel Xeon Platinum 8273CL,0,48,192,gcp-accelerator-optimized-2025
| gcp:g2-standard-96,gcp,g2-standard-96,l4,8,,Intel Xeon Platinum 8273CL,0,96,384,gcp-accelerator-optimized-2025
| gcp:ct4p-hightpu-4t,gcp,ct4p-hightpu-4t,tpu-v4,4,,,0,240,408,gcp-gke-tpu-2025
| gcp:ct5p-hightpu-4t,gcp,ct5p-hightpu-4t,tpu-v5p,4,,,0,208,448,gcp-gke-tpu-2025
| gcp:ct6e-standard-1t,gcp,ct6e-standard-1t,tpu-v6e,1,,,0,44,176,gcp-gke-tpu-2025
| gcp:ct6e-standard-4t,gcp,ct6e-standard-4t,tpu-v6e,4,,,0,180,720,gcp-gke-tpu-2025
| gcp:ct6e-standard-8t,gcp,ct6e-standard-8t,tpu-v6e,8,,,0,180,1440,gcp-gke-tpu-2025
| azure:nc24ads_a100_v4,azure,nc24ads_a100_v4,a100-pcie-80gb,1,,AMD EPYC 7V13 (Milan),0,24,236.223,azure-nca100v4-2024
| azure:nc48ads_a100_v4,azure,nc48ads_a100_v4,a100-pcie-80gb,2,,AMD EPYC 7V13 (Milan),0,48,472.446,azure-nca100v4-2024
| azure:nc96ads_a100_v4,azure,nc96ads_a100_v4,a100-pcie-80gb,4,,AMD EPYC 7V13 (Milan),0,96,944.893,azure-nca100v4-2024
| azure:nd96asr_v4,azure,nd96asr_v4,a100-sxm4-40gb,8,,AMD EPYC 7V12 (Rome),0,96,966.368,azure-ndasra100v4-2024
| azure:nd96amsr_a100_v4,azure,nd96amsr_a100_v4,a100-sxm4-80gb,8,,AMD EPYC 7V12 (Rome),0,96,2040.109,azure-ndma100v4-2024
| azure:nd96isr_h100_v5,azure,nd96isr_h100_v5,h100-sxm,8,,Intel Xeon 4th gen Scalable (Sapphire Rapids); SKU not given by Azure,0,96,2040.109,azure-ndh100v5-2025
| azure:nc6s_v3,azure,nc6s_v3,v100-pcie-16gb,1,,Intel Xeon E5-2690 v4 (Broadwell),0,6,120.259,azure-ncv3-2024
| azure:nc12s_v3,azure,nc12s_v3,v100-pcie-16gb,2,,Intel Xeon E5-2690 v4 (Broadwell),0,12,240.518,azure-ncv3-2024
| azure:nc24s_v3,azure,nc24s_v3,v100-pcie-16gb,4,,Intel Xeon E5-2690 v4 (Broadwell),0,24,481.036,azure-ncv3-2024
| azure:nc24rs_v3,azure,nc24rs_v3,v100-pcie-16gb,4,,Intel Xeon E5-2690 v4 (Broadwell),0,24,481.036,azure-ncv3-2024
| azure:nc4as_t4_v3,azure,nc4as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,4,30.065,azure-ncast4v3-2024
| azure:nc8as_t4_v3,azure,nc8as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,8,60.13,azure-ncast4v3-2024
| azure:nc16as_t4_v3,azure,nc16as_t4_v3,t4,1,,AMD EPYC 7V12 (Rome),0,16,118.112,azure-ncast4v3-2024
| azure:nc64as_t4_v3,azure,nc64as_t4_v3,t4,4,,AMD EPYC 7V12 (Rome),0,64,472.446,azure-ncast4v3-2024
| aws:c5.large,aws,c5.large,,0,xeon-platinum-8124m,Intel Xeon Platinum 8124M,0.056,2,4.295,aws-ec2-ug-compute-optimized-2023
| aws:c5.xlarge,aws,c5.xlarge,,0,xeon-platinum-8124m,Intel Xeon Platinum 8124M,0.111,4,8.59,aws-ec2-ug-compute-optimized-2023
| aws:c5.4xlarge,aws,c5.4xlarge,,0,xeon-platinum-8124m,Intel Xeon Platinum 8124M,0.444,16,34.36,aws-ec2-ug-compute-optimized-2023
| aws:c5.18xlarge,aws,c5.18xlarge,,0,xeon-platinum-8124m,Intel Xeon Platinum 8124M,2,72,154.619,aws-ec2-ug-compute-optimized-2023
| aws:c5.metal,aws,c5.metal,,0,xeon-platinum-8275cl,Intel Xeon Platinum 8275CL,2,96,206.158,aws-ec2-ug-compute-optimized-2023
| aws:c6i.large,aws,c6i.large,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.031,2,4.295,aws-ec2-ug-compute-optimized-2023
| aws:c6i.xlarge,aws,c6i.xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.063,4,8.59,aws-ec2-ug-compute-optimized-2023
| aws:c6i.4xlarge,aws,c6i.4xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.25,16,34.36,aws-ec2-ug-compute-optimized-2023
| aws:c6i.16xlarge,aws,c6i.16xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,1,64,137.439,aws-ec2-ug-compute-optimized-2023
| aws:c6i.metal,aws,c6i.metal,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,2,128,274.878,aws-ec2-ug-compute-optimized-2023
| aws:m5.large,aws,m5.large,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.042,2,8.59,aws-ec2-ug-general-purpose-2023
| aws:m5.xlarge,aws,m5.xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.083,4,17.18,aws-ec2-ug-general-purpose-2023
| aws:m5.4xlarge,aws,m5.4xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.333,16,68.719,aws-ec2-ug-general-purpose-2023
| aws:m5.16xlarge,aws,m5.16xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,1.333,64,274.878,aws-ec2-ug-general-purpose-2023
| aws:m5.metal,aws,m5.metal,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,2,96,412.317,aws-ec2-ug-general-purpose-2023
| aws:m6i.large,aws,m6i.large,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.031,2,8.59,aws-ec2-ug-general-purpose-2023
| aws:m6i.xlarge,aws,m6i.xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.063,4,17.18,aws-ec2-ug-general-purpose-2023
| aws:m6i.4xlarge,aws,m6i.4xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.25,16,68.719,aws-ec2-ug-general-purpose-2023
| aws:m6i.16xlarge,aws,m6i.16xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,1,64,274.878,aws-ec2-ug-general-purpose-2023
| aws:m6i.metal,aws,m6i.metal,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,2,128,549.756,aws-ec2-ug-general-purpose-2023
| aws:r5.large,aws,r5.large,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.042,2,17.18,aws-ec2-ug-memory-optimized-2023
| aws:r5.xlarge,aws,r5.xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.083,4,34.36,aws-ec2-ug-memory-optimized-2023
| aws:r5.4xlarge,aws,r5.4xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,0.333,16,137.439,aws-ec2-ug-memory-optimized-2023
| aws:r5.16xlarge,aws,r5.16xlarge,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,1.333,64,549.756,aws-ec2-ug-memory-optimized-2023
| aws:r5.metal,aws,r5.metal,,0,xeon-platinum-8175m,Intel Xeon Platinum 8175M,2,96,824.634,aws-ec2-ug-memory-optimized-2023
| aws:r6i.large,aws,r6i.large,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.031,2,17.18,aws-ec2-ug-memory-optimized-2023
| aws:r6i.xlarge,aws,r6i.xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.063,4,34.36,aws-ec2-ug-memory-optimized-2023
| aws:r6i.4xlarge,aws,r6i.4xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,0.25,16,137.439,aws-ec2-ug-memory-optimized-2023
| aws:r6i.16xlarge,aws,r6i.16xlarge,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,1,64,549.756,aws-ec2-ug-memory-optimized-2023
| aws:r6i.metal,aws,r6i.metal,,0,xeon-platinum-8375c,Intel Xeon Platinum 8375C,2,128,1099.512,aws-ec2-ug-memory-optimized-2023
| azure:d2s_v5,azure,d2s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,8.59,azure-dsv5-2026
| azure:d4s_v5,azure,d4s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,17.18,azure-dsv5-2026
| azure:d16s_v5,azure,d16s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,68.719,azure-dsv5-2026
| azure:d64s_v5,azure,d64s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,274.878,azure-dsv5-2026
| azure:d96s_v5,azure,d96s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.5,96,412.317,azure-dsv5-2026
| azure:e2s_v5,azure,e2s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,17.18,azure-esv5-2026
| azure:e4s_v5,azure,e4s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,34.36,azure-esv5-2026
| azure:e16s_v5,azure,e16s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,137.439,azure-esv5-2026
| azure:e64s_v5,azure,e64s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,549.756,azure-esv5-2026
| azure:e96s_v5,azure,e96s_v5,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.5,96,721.555,azure-esv5-2026
| azure:f2s_v2,azure,f2s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.031,2,4.295,azure-fsv2-2024
| azure:f4s_v2,azure,f4s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.063,4,8.59,azure-fsv2-2024
| azure:f16s_v2,azure,f16s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,0.25,16,34.36,azure-fsv2-2024
| azure:f64s_v2,azure,f64s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1,64,137.439,azure-fsv2-2024
| azure:f72s_v2,azure,f72s_v2,,0,xeon-platinum-8370c,Intel Xeon Platinum 8370C,1.125,72,154.619,azure-fsv2-2024
| gcp:n2-standard-4,gcp,n2-standard-4,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,0.056,4,16,gcp-general-purpose-2026
| gcp:n2-standard-16,gcp,n2-standard-16,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,0.222,16,64,gcp-general-purpose-2026
| gcp:n2-standard-64,gcp,n2-standard-64,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,0.889,64,256,gcp-general-purpose-2026
| gcp:n2-standard-96,gcp,n2-standard-96,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,1.333,96,384,gcp-general-purpose-2026
| gcp:n2-standard-128,gcp,n2-standard-128,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,1.778,128,512,gcp-general-purpose-2026
| gcp:n2-highmem-16,gcp,n2-highmem-16,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,0.222,16,128,gcp-general-purpose-2026
| gcp:n2-highmem-128,gcp,n2-highmem-128,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,1.778,128,864,gcp-general-purpose-2026
| gcp:n2-highcpu-16,gcp,n2-highcpu-16,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,0.222,16,16,gcp-general-purpose-2026
| gcp:n2-highcpu-96,gcp,n2-highcpu-96,,0,xeon-platinum-8373c,Intel Xeon Platinum 8373C,1.333,96,96,gcp-general-purpose-2026
$ mlcarbon instances list --provider gcp
|   instance              accelerators         vCPUs  memory GB  host CPUs
|   gcp:a2-highgpu-1g     1 x a100-sxm4-40gb      12         85  Intel Xeon Pla...
|   gcp:a2-highgpu-2g     2 x a100-sxm4-40gb      24        170  Intel Xeon Pla...
|   gcp:a2-highgpu-4g     4 x a100-sxm4-40gb      48        340  Intel Xeon Pla...
|   gcp:a2-highgpu-8g     8 x a100-sxm4-40gb      96        680  Intel Xeon Pla...
|   gcp:a2-megagpu-16g    16 x a100-sxm4-40gb     96      1,360  Intel Xeon Pla...
|   gcp:a2-ultragpu-1g    1 x a100-sxm4-80gb      12        170  Intel Xeon Pla...
|   gcp:a2-ultragpu-2g    2 x a100-sxm4-80gb      24        340  Intel Xeon Pla...
|   gcp:a2-ultragpu-4g    4 x a100-sxm4-80gb      48        680  Intel Xeon Pla...
|   gcp:a2-ultragpu-8g    8 x a100-sxm4-80gb      96      1,360  Intel Xeon Pla...
|   gcp:a3-highgpu-1g     1 x h100-sxm            26        234  Intel Xeon Pla...
|   gcp:a3-highgpu-2g     2 x h100-sxm            52        468  Intel Xeon Pla...
|   gcp:a3-highgpu-4g     4 x h100-sxm           104        936  Intel Xeon Pla...
|   gcp:a3-highgpu-8g     8 x h100-sxm           208      1,872  Intel Xeon Pla...
|   gcp:a3-megagpu-8g     8 x h100-sxm           208      1,872  Intel Xeon Pla...
|   gcp:a3-ultragpu-8g    8 x h200-sxm           224      2,952  Intel Xeon Pla...
|   gcp:g2-standard-4     1 x l4                   4         16  Intel Xeon Pla...
|   gcp:g2-standard-8     1 x l4                   8         32  Intel Xeon Pla...
|   gcp:g2-standard-12    1 x l4                  12         48  Intel Xeon Pla...
|   gcp:g2-standard-16    1 x l4                  16         64  Intel Xeon Pla...
|   gcp:g2-standard-24    2 x l4                  24         96  Intel Xeon Pla...
|   gcp:g2-standard-32    1 x l4                  32        128  Intel Xeon Pla...
|   gcp:g2-standard-48    4 x l4                  48        192  Intel Xeon Pla...
|   gcp:g2-standard-96    8 x l4                  96        384  Intel Xeon Pla...
|   gcp:ct4p-hightpu-4t   4 x tpu-v4             240        408  -
|   gcp:ct5p-hightpu-4t   4 x tpu-v5p            208        448  -
|   gcp:ct6e-standard-1t  1 x tpu-v6e             44        176  -
|   gcp:ct6e-standard-4t  4 x tpu-v6e            180        720  -
|   gcp:ct6e-standard-8t  8 x tpu-v6e            180      1,440  -
|   gcp:n2-standard-4     none                     4         16  0.056 x xeon-p...
|   gcp:n2-standard-16    none                    16         64  0.222 x xeon-p...
|   gcp:n2-standard-64    none                    64        256  0.889 x xeon-p...
|   gcp:n2-standard-96    none                    96        384  1.333 x xeon-p...
|   gcp:n2-standard-128   none                   128        512  1.778 x xeon-p...
|   gcp:n2-highmem-16     none                    16        128  0.222 x xeon-p...
|   gcp:n2-highmem-128    none                   128        864  1.778 x xeon-p...
|   gcp:n2-highcpu-16     none                    16         16  0.222 x xeon-p...
|   gcp:n2-highcpu-96     none                    96         96  1.333 x xeon-p...
$ mlcarbon instances list --hardware a100
|   instance            accelerators         vCPUs  memory GB  host CPUs
|   aws:p4d.24xlarge    8 x a100-sxm4-40gb      96      1,237  2 x xeon-platinu...
|   gcp:a2-highgpu-1g   1 x a100-sxm4-40gb      12         85  Intel Xeon Plati...
|   gcp:a2-highgpu-2g   2 x a100-sxm4-40gb      24        170  Intel Xeon Plati...
|   gcp:a2-highgpu-4g   4 x a100-sxm4-40gb      48        340  Intel Xeon Plati...
|   gcp:a2-highgpu-8g   8 x a100-sxm4-40gb      96        680  Intel Xeon Plati...
|   gcp:a2-megagpu-16g  16 x a100-sxm4-40gb     96      1,360  Intel Xeon Plati...
|   azure:nd96asr_v4    8 x a100-sxm4-40gb      96     966.37  AMD EPYC 7V12 (R...
$ mlcarbon instances list --provider nowhere
! mlcarbon: error: --provider: unknown provider 'nowhere'; instance types are known for aws, gcp and azure
[3]
$ mlcarbon instances show aws:p4d.24xlarge
|   instance          accelerators        vCPUs  memory GB  host CPUs                 source
|   aws:p4d.24xlarge  8 x a100-sxm4-40gb     96      1,237  2 x xeon-platinum-8275cl  Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors) (Amazon Web Services, 2023)
|
|   Whole host: 2 x 24-core 8275CL (96 vCPUs). Memory: 1152 GiB published.
$ mlcarbon instances show p4d.24xlarge --format json
| {
|   "schema_version": 1,
|   "instance": {
|     "id": "aws:p4d.24xlarge",
|     "provider": "aws",
|     "type": "p4d.24xlarge",
|     "aliases": [],
|     "accelerator": "a100-sxm4-40gb",
|     "accelerator_count": 8,
|     "cpu": "xeon-platinum-8275cl",
|     "cpu_name": "Intel Xeon Platinum 8275CL",
|     "cpu_sockets": 2,
|     "vcpus": 96,
|     "memory_gb": 1236.951,
|     "note": "Whole host: 2 x 24-core 8275CL (96 vCPUs). Memory: 1152 GiB published.",
|     "source": {
|       "key": "aws-ec2-ug-accelerated-2023",
|       "title": "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (Hardware specifications; processors)",
|       "publisher": "Amazon Web Services",
|       "url": "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html",
|       "year": 2023,
|       "license": "none stated; the figure is cited as a fact, with attribution"
|     }
|   }
| }
$ mlcarbon instances show a3-highgpu-8g --format csv
| id,provider,type,accelerator,accelerator_count,cpu,cpu_name,cpu_sockets,vcpus,memory_gb,source
| gcp:a3-highgpu-8g,gcp,a3-highgpu-8g,h100-sxm,8,,Intel Xeon Platinum 8481C,0,208,1872,gcp-accelerator-optimized-2025
$ mlcarbon instances show azure:nd96asr_v4
|   instance          accelerators        vCPUs  memory GB  host CPUs                              source
|   azure:nd96asr_v4  8 x a100-sxm4-40gb     96     966.37  AMD EPYC 7V12 (Rome) (no sourced TDP)  Azure VM sizes: NDasrA100_v4 series (ND A100 v4) (Microsoft, 2024)
|
|   ND A100 v4. Azure says "Nvidia A100 GPU (40GB)"; the 8 GPUs are NVLink/NVSwitch-connected HGX parts, i.e. SXM4. 7V12 (Azure custom Rome) has no hardware.json entry. Memory: 900 GiB published.
$ mlcarbon instances show p4
! mlcarbon: error: unknown instance 'p4'; did you mean aws:p4d.24xlarge, aws:p4de.24xlarge, aws:p3.2xlarge, aws:p3.8xlarge, aws:p3.16xlarge?
[3]
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
$ mlcarbon data check $SRC/tests/data/mini/hardware.json
| $SRC/tests/data/mini/hardware.json (hardware file): valid
|   hardware:  7 devices (6 TDP, 1 measured averages, 0 estimates), 3 sources
|   regions:   7 providers (4 with a published PUE), 212 countries, 47 sub-national grids (US 27, CA 13, AU 7), the world average, 170 cloud regions (46 with their own intensity), 26 sources
|   basis:     258 of 260 grids have a generation mix, so that their figures convert between the lifecycle and direct bases
|   intensity: years 2020 to 2026; median year of the figures in use 2025
$ mlcarbon data check $SRC/tests/data/mini/regions.json --format json
| {
|   "schema_version": 1,
|   "checks": [
|     {
|       "file": "$SRC/tests/data/mini/regions.json",
|       "kind": "regions file",
|       "valid": true,
|       "hardware": 139,
|       "tdp": 123,
|       "measured_average": 3,
|       "estimate": 13,
|       "hardware_sources": 83,
|       "providers": 2,
|       "providers_with_pue": 2,
|       "countries": 3,
|       "subnational": 1,
|       "world": 0,
|       "subnational_by_country": {
|         "US": 1
|       },
|       "grids_with_mix": 1,
|       "regions": 3,
|       "regions_with_own_intensity": 1,
|       "region_sources": 8,
|       "oldest_intensity_year": 2023,
|       "newest_intensity_year": 2025,
|       "median_intensity_year_used": 2024
|     }
|   ]
| }
$ mlcarbon data check $SRC/tests/data/green-algorithms-cpu.json
| $SRC/tests/data/green-algorithms-cpu.json (overlay file): valid
|   hardware:  140 devices (124 TDP, 3 measured averages, 13 estimates), 84 sources
|   regions:   7 providers (4 with a published PUE), 212 countries, 47 sub-national grids (US 27, CA 13, AU 7), the world average, 170 cloud regions (46 with their own intensity), 27 sources
|   basis:     258 of 260 grids have a generation mix, so that their figures convert between the lifecycle and direct bases
|   intensity: years 2020 to 2026; median year of the figures in use 2025
$ mlcarbon data check --format csv
! mlcarbon: error: --format csv is not available for `data check`; use text or json
[2]
$ mlcarbon data
! mlcarbon: error: data: a verb is required: check or notice (see mlcarbon data --help)
[2]
$ mlcarbon --version
| mlcarbon 0.1.0
| data: hardware.json 2026-11-29, regions.json 2026-11-29 (embedded)
$ mlcarbon --version --data-dir $SRC/tests/data/mini
| mlcarbon 0.1.0
| data: hardware.json test-fixture, regions.json test-fixture ($SRC/tests/data/mini)
$ mlcarbon --help
| mlcarbon: energy (kWh) and emissions (kg CO2e) of ML work, factor by factor.
| Usage: mlcarbon [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   --version                   print the version of mlcarbon and of its data
|   --data-dir DIR              read hardware.json and regions.json from DIR
|                               instead of the built-in data (default:
|                               MLCARBON_DATA_DIR)
|   --data-add FILE ...         add the entries of FILE (same schema) on top of
|                               the data; repeatable
|   -f,--format FORMAT          output format: text (default), json, jsonl, csv,
|                               markdown, latex, model-card (default:
|                               MLCARBON_FORMAT)
|
| Subcommands:
|   estimate                    energy and CO2e of a job, or of every job in a
|                               file, with its breakdown
|   compare                     the same job in other regions, on other devices,
|                               at other PUEs, ranked
|   hardware                    list devices or show one (hardware list | hardware
|                               show NAME)
|   regions                     list regions and countries or show one (regions
|                               list | regions show ID)
|   instances                   list cloud instance types or show one (instances
|                               list | instances show ID)
|   data                        validate data files (data check [FILE...]) or
|                               print their notices (data notice)
|   measure                     measure what this machine's GPUs, CPUs and DRAM
|                               draw (--duration, or until Ctrl-C)
|   run                         run a command, measure its energy (NVML, RAPL) and
|                               estimate its emissions
|   when                        the start in a window at which a job emits least,
|                               by a forecast of the grid's intensity
|
| Exit status: 0 ok, 1 internal error, 2 usage error, 3 unknown name, 4 bad data
| file, 5 file not readable, 6 some jobs failed, 7 budget exceeded.
| `mlcarbon help COMMAND` for a command's options; `man mlcarbon` for the model,
| every option and the data sources.
$ mlcarbon estimate --help
| energy and CO2e of a job, or of every job in a file, with its breakdown
| Usage: mlcarbon estimate [OPTIONS]
|
| Options:
|   -h,--help                   Print this help message and exit
|   -g,--hardware NAME          device id or alias (`mlcarbon hardware list`); its
|                               TDP is the power per device
|   -n,--count N                number of devices (default 1)
|   --hours H                   hours the devices run, e.g. 100 or 2h (or
|                               --duration)
|   --duration D                how long the devices run, e.g. 3d12h30m, 14.8d,
|                               90m (or --hours)
|   --device-hours N            device-hours (GPU-hours) in total, as papers
|                               report them, e.g. 1082990 or 1.08M: hours = N /
|                               --count
|   -r,--region ID              where: aws:us-east-1, gcp:us-central1,
|                               azure:westeurope, a bare region code, or a country
|                               (FR, country:FR)
|   --pue X                     power usage effectiveness (default: the site's or
|                               provider's published PUE, else the industry
|                               average)
|   --power W                   measured average power per device, watts (300,
|                               300W, 0.3kW); replaces the TDP
|   --tdp W                     rated power (TDP) per device, watts, for a device
|                               not in the data; --utilization applies
|   -u,--utilization F          fraction of the TDP drawn, 0-1 or a percentage
|                               (default 1)
|   --intensity G               grid intensity, gCO2e/kWh (430, 430g, 0.43kg/kWh,
|                               0.954lb/kWh, 948 lb/MWh); replaces the region's
|   --basis B                   basis of grid intensities: lifecycle (default,
|                               upstream emissions included) or direct (combustion
|                               only); published figures on the other basis are
|                               converted, a given --intensity is taken to be on
|                               it
|   --offset PCT                percentage of the emissions offset by what you
|                               bought (0-100)
|   --offset-kg KG              kg CO2e of offsets you bought
|   --instance ID               a cloud instance type (aws:p4d.24xlarge,
|                               gcp:a3-highgpu-8g, azure:nd96asr_v4): its
|                               accelerators, host CPUs and memory; --count is
|                               then the number of instances
|   --cpu NAME                  host CPU model (its TDP is counted; `mlcarbon
|                               hardware list --kind cpu`)
|   --cpu-count N               host CPU packages (default 1, or the instance's)
|   --cpu-cores N               host CPU cores used, each at the package's TDP /
|                               cores (Green Algorithms' model)
|   --cpu-utilization F         fraction of the CPUs' TDP drawn (default 1)
|   --memory-gb G               host memory, GB (0.3725 W per GB, Green
|                               Algorithms)
|   --overhead-w W              fixed power per node (per instance with
|                               --instance), watts
|   --flops F                   training compute in FLOP (e.g. 3.14e23): the hours
|                               follow from the devices' peak throughput
|   --params N                  model parameters (e.g. 7B); with --tokens: compute
|                               = 6 x params x tokens
|   --tokens D                  training tokens (e.g. 2T)
|   --mfu U                     model FLOPs utilization, 0-1 (default 0.40)
|   --precision P               fp64, fp32, tf32, fp16, bf16, fp8 or int8 (default
|                               bf16, else fp16, fp32)
|   --energy-kwh E              IT energy the job used, kWh (1200, 1.2MWh), as an
|                               account or meter reports it: replaces power x
|                               time; the PUE still applies (give --pue 1 for a
|                               figure measured at the facility meter)
|   --cpu-tdp W                 rated power (TDP) per host CPU package, watts, for
|                               a CPU not in the data (instead of --cpu);
|                               --cpu-count and --cpu-utilization apply
|   --jobs FILE                 estimate every row of FILE (CSV with a header, or
|                               JSON Lines; - reads stdin)
|   --jobs-format FORMAT        the jobs file's: csv, jsonl, or sacct (SLURM's
|                               sacct --parsable2); default: by its name or first
|                               byte
|   --cluster FILE              with --jobs (sacct output, which it implies): the
|                               cluster's hardware, CPUs, PUE and grid by
|                               partition and node (JSON)
|   --group-by KEY ...          with --jobs-format sacct: totals by user, account,
|                               partition or month (repeat or comma-separate)
|   --strict                    with --jobs: stop at the first bad row
|   --totals-only               with --jobs: print the totals, not each job
|   --budget LIMIT ...          fail (exit 7) above this: 50kg, 2t, 500g of CO2e,
|                               or 200kWh, 1MWh (default: MLCARBON_BUDGET)
|   --value FIELD               print only this number: energy_kwh, co2e_kg,
|                               net_co2e_kg, ...
|   -q,--quiet                  print only net_co2e_kg (like --value net_co2e_kg)
|   --digits N|full             with --value or -q: significant digits (default
|                               5), or full for the exact double
|   --brief                     the result in at most three lines of text
|   -v,--verbose                the full report: every factor's source, the range,
|                               provider statements, assumptions
|   --bib FILE                  write the BibTeX entries of the method papers and
|                               data sources used to FILE
|   --equivalents               compare the emissions with car km, flights, tree
|                               seedlings, phone charges
|   --training-type TEXT        model card: training_type (default pre-training)
|   --intensity-series FILE     grid intensities over time (CSV
|                               timestamp,g_per_kwh, or the Carbon Intensity API's
|                               JSON): the run's energy hour by hour, beside the
|                               annual figure; one run needs --start, jobs start
|                               at their own
|   --start TIME                when the run began, ISO 8601 with its zone
|                               (2024-03-01T12:00Z), for --intensity-series
|   --compat TOOL[:MODE]        also compute as mlco2, codecarbon, carbontracker
|                               or green-algorithms would, line by line beside
|                               mlcarbon; modes: codecarbon:load (default),
|                               :constant, :threads=N, :no-cpu;
|                               carbontracker:detected (default), :simulated,
|                               :no-cpu, :v1
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
$ mlcarbon compare --help
| the same job in other regions, on other devices, at other PUEs, ranked
| Usage: mlcarbon compare [OPTIONS]
|
| Options:
|   -h,--help                   Print this help message and exit
|   -g,--hardware NAME          device id or alias (`mlcarbon hardware list`); its
|                               TDP is the power per device
|   -n,--count N                number of devices (default 1)
|   --hours H                   hours the devices run, e.g. 100 or 2h (or
|                               --duration)
|   --duration D                how long the devices run, e.g. 3d12h30m, 14.8d,
|                               90m (or --hours)
|   --device-hours N            device-hours (GPU-hours) in total, as papers
|                               report them, e.g. 1082990 or 1.08M: hours = N /
|                               --count
|   -r,--region ID              where: aws:us-east-1, gcp:us-central1,
|                               azure:westeurope, a bare region code, or a country
|                               (FR, country:FR)
|   --pue X                     power usage effectiveness (default: the site's or
|                               provider's published PUE, else the industry
|                               average)
|   --power W                   measured average power per device, watts (300,
|                               300W, 0.3kW); replaces the TDP
|   --tdp W                     rated power (TDP) per device, watts, for a device
|                               not in the data; --utilization applies
|   -u,--utilization F          fraction of the TDP drawn, 0-1 or a percentage
|                               (default 1)
|   --intensity G               grid intensity, gCO2e/kWh (430, 430g, 0.43kg/kWh,
|                               0.954lb/kWh, 948 lb/MWh); replaces the region's
|   --basis B                   basis of grid intensities: lifecycle (default,
|                               upstream emissions included) or direct (combustion
|                               only); published figures on the other basis are
|                               converted, a given --intensity is taken to be on
|                               it
|   --offset PCT                percentage of the emissions offset by what you
|                               bought (0-100)
|   --offset-kg KG              kg CO2e of offsets you bought
|   --instance ID               a cloud instance type (aws:p4d.24xlarge,
|                               gcp:a3-highgpu-8g, azure:nd96asr_v4): its
|                               accelerators, host CPUs and memory; --count is
|                               then the number of instances
|   --cpu NAME                  host CPU model (its TDP is counted; `mlcarbon
|                               hardware list --kind cpu`)
|   --cpu-count N               host CPU packages (default 1, or the instance's)
|   --cpu-cores N               host CPU cores used, each at the package's TDP /
|                               cores (Green Algorithms' model)
|   --cpu-utilization F         fraction of the CPUs' TDP drawn (default 1)
|   --memory-gb G               host memory, GB (0.3725 W per GB, Green
|                               Algorithms)
|   --overhead-w W              fixed power per node (per instance with
|                               --instance), watts
|   --flops F                   training compute in FLOP (e.g. 3.14e23): the hours
|                               follow from the devices' peak throughput
|   --params N                  model parameters (e.g. 7B); with --tokens: compute
|                               = 6 x params x tokens
|   --tokens D                  training tokens (e.g. 2T)
|   --mfu U                     model FLOPs utilization, 0-1 (default 0.40)
|   --precision P               fp64, fp32, tf32, fp16, bf16, fp8 or int8 (default
|                               bf16, else fp16, fp32)
|   --energy-kwh E              IT energy the job used, kWh (1200, 1.2MWh), as an
|                               account or meter reports it: replaces power x
|                               time; the PUE still applies (give --pue 1 for a
|                               figure measured at the facility meter)
|   --cpu-tdp W                 rated power (TDP) per host CPU package, watts, for
|                               a CPU not in the data (instead of --cpu);
|                               --cpu-count and --cpu-utilization apply
|   --regions WHICH             compare regions: a provider (aws, gcp, azure,
|                               ...), all, countries, or a list of ids
|   --devices LIST              compare devices: a comma-separated list of ids
|                               (hours scale with throughput when the job is given
|                               by its compute)
|   --pue-values LIST           compare PUEs: a comma-separated list
|   --plot FILE.svg             also draw the comparison as a bar chart in
|                               FILE.svg
|   --top N                     at most N alternatives in the plot (default 25)
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
$ mlcarbon hardware --help
| list devices or show one (hardware list | hardware show NAME)
| Usage: mlcarbon hardware [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   --kind KIND                 only this kind: gpu, tpu, cpu, accelerator
|   --vendor VENDOR             only this vendor, e.g. NVIDIA, AMD
|
| Subcommands:
|   list                        list devices (the default)
|   show                        one device with its source
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
$ mlcarbon regions --help
| list regions and countries or show one (regions list | regions show ID)
| Usage: mlcarbon regions [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   -p,--provider ID            only this provider's regions (aws, gcp, azure,
|                               ...), or 'country'
|   --country CC                only regions and grids in this country (ISO
|                               alpha-2, e.g. US)
|   --kind KIND                 only cloud regions, countries, sub-national grids
|                               or the world average: cloud, country, subnational
|                               (states and subregions), state, subregion, world
|
| Subcommands:
|   list                        list cloud regions, countries and grids (the
|                               default)
|   show                        one region or country with its sources
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
$ mlcarbon instances --help
| list cloud instance types or show one (instances list | instances show ID)
| Usage: mlcarbon instances [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   -p,--provider ID            only this provider's instance types (aws, gcp,
|                               azure)
|   -g,--hardware NAME          only instance types with this accelerator (id or
|                               alias)
|
| Subcommands:
|   list                        list cloud instance types (the default)
|   show                        one instance type with its source
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
$ mlcarbon data --help
| validate data files (data check [FILE...]) or print their notices (data notice)
| Usage: mlcarbon data [OPTIONS] SUBCOMMAND
|
| Options:
|   -h,--help                   Print this help message and exit
|
| Subcommands:
|   check                       validate the data in use, or FILEs (hardware,
|                               regions or overlay files)
|   notice                      print the attributions and licenses of the data
|                               compiled in (the NOTICE file)
|
| Options of mlcarbon itself may be given here too: --format FORMAT,
| --data-dir DIR, --data-add FILE.
