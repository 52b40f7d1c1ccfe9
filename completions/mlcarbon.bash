# bash completion for mlcarbon                                   -*- shell-script -*-
#
# Install: copy to the bash-completion directory (e.g. /usr/share/bash-completion/completions/
# or ~/.local/share/bash-completion/completions/) as "mlcarbon", or source it from ~/.bashrc.
# Works with or without the bash-completion package (uses _init_completion when present).
#
# Device names, region ids and instance types are asked of the mlcarbon being completed (the
# first word of the command line), with the --data-dir and --data-add options already on the line, so files added
# by the user are offered too; when that fails nothing dynamic is offered.

# The awk program that prints column $col of a CSV file (quoted fields with "" escapes allowed),
# skipping the header line.
# shellcheck disable=SC2016
_mlcarbon_csv_column='
NR == 1 { next }
{
    n = 0; f = ""; q = 0; len = length($0)
    for (i = 1; i <= len; i++) {
        c = substr($0, i, 1)
        if (q) {
            if (c == "\"") {
                if (substr($0, i + 1, 1) == "\"") { f = f c; i++ } else q = 0
            } else f = f c
        } else if (c == "\"") q = 1
        else if (c == ",") { if (++n == col) break; f = "" }
        else f = f c
    }
    if (n + 1 >= col && f != "") print f
}'

# _mlcarbon_dequote WORD: WORD as the shell would read it, for plain cases: the quotes around it
# or its backslashes removed, a leading ~/ made $HOME/.
_mlcarbon_dequote()
{
    local w=$1
    case $w in
        \'*\') w=${w:1:${#w}-2} ;;
        \"*\") w=${w:1:${#w}-2} ;;
        *)
            w=$(printf '%s\n' "$w" | sed 's/\\\(.\)/\1/g')
            # shellcheck disable=SC2088
            [[ $w == "~/"* ]] && w=$HOME/${w#"~/"}
            ;;
    esac
    printf '%s\n' "$w"
}

# _mlcarbon_query COLUMN ARGS...: column COLUMN of `mlcarbon [data options] ARGS --format csv`,
# one value a line; nothing when the command fails. Uses the caller's _mlcarbon_prog and
# _mlcarbon_data (bash's dynamic scoping).
_mlcarbon_query()
{
    local col=$1 out
    shift
    out=$("$_mlcarbon_prog" "${_mlcarbon_data[@]}" "$@" --format csv 2>/dev/null) || return 1
    printf '%s\n' "$out" | awk -v col="$col" "$_mlcarbon_csv_column" 2>/dev/null
}

# _mlcarbon_add VALUE...: add the VALUEs that start with $cur to COMPREPLY, escaped for the
# shell when they hold blanks or the like (but not at commas, which separate the items of
# --devices and --regions and need no quoting).
_mlcarbon_add()
{
    local v q c=${cur//\\/}
    for v; do
        if [[ -n $v && $v == "$c"* ]]; then
            q=$(printf '%q' "$v")
            COMPREPLY+=("${q//\\,/,}")
        fi
    done
}

# _mlcarbon_add_lines TEXT: _mlcarbon_add for each line of TEXT.
_mlcarbon_add_lines()
{
    local -a lines
    [[ -n $1 ]] || return 0
    mapfile -t lines <<<"$1"
    _mlcarbon_add "${lines[@]}"
}

# _mlcarbon_add_list TEXT: the same for the last item of a comma-separated list (--devices,
# --regions): each line of TEXT after the items already typed.
_mlcarbon_add_list()
{
    local -a lines
    local prefix=${cur%"${cur##*,}"}
    [[ -n $1 ]] || return 0
    mapfile -t lines <<<"$1"
    _mlcarbon_add "${lines[@]/#/"$prefix"}"
}

# _mlcarbon_ltrim_colon: bash replaces only the text after the last ':' of the word (':' is in
# COMP_WORDBREAKS), so drop what comes before it from the candidates.
_mlcarbon_ltrim_colon()
{
    if declare -F __ltrim_colon_completions >/dev/null; then
        __ltrim_colon_completions "$cur"
    elif [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then
        local prefix=${cur%"${cur##*:}"} i=${#COMPREPLY[@]}
        while ((i-- > 0)); do
            COMPREPLY[i]=${COMPREPLY[i]#"$prefix"}
        done
    fi
}

# _mlcarbon_words: what _init_completion -s -n : gives, for shells without bash-completion.
# Bash splits "aws:us-east-1" and "--format=csv" at ':' and '=' (COMP_WORDBREAKS); glue the
# pieces back when no blank separates them. Sets words, cword, cur, prev and split.
_mlcarbon_words()
{
    local line=$COMP_LINE i j=0 k=-1 w blank start=0
    words=()
    cword=0
    for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
        w=${COMP_WORDS[i]}
        blank=0
        while [[ ${line:j:1} == [[:space:]] ]]; do
            ((j++))
            blank=1
        done
        if [[ ${line:j:${#w}} != "$w" ]]; then
            # The line does not match the words: use them as bash gave them.
            words=("${COMP_WORDS[@]}")
            cword=$COMP_CWORD
            start=-1
            break
        fi
        if ((k >= 0 && !blank)) && [[ $w == [:=]* || ${words[k]} == *[:=] ]]; then
            words[k]+=$w
        else
            words[++k]=$w
            ((i <= COMP_CWORD)) && start=$j
        fi
        ((i == COMP_CWORD)) && cword=$k
        ((j += ${#w}))
    done
    cur=${words[cword]}
    # Only what is left of the cursor counts.
    if ((start >= 0 && COMP_POINT - start < ${#cur})); then
        ((COMP_POINT - start > 0)) && cur=${cur:0:COMP_POINT-start} || cur=
    fi
    prev=
    ((cword > 0)) && prev=${words[cword - 1]}
    split=false
    if [[ $cur == --?*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
        split=true
    fi
    ((cword > 0))
}

_mlcarbon()
{
    local cur prev words cword split
    if declare -F _init_completion >/dev/null; then
        _init_completion -s -n : || return
    else
        _mlcarbon_words || return
    fi

    local _mlcarbon_prog _mlcarbon_data=()
    _mlcarbon_prog=$(_mlcarbon_dequote "${words[0]}")
    # Completing an alias or a function: ask the mlcarbon on PATH.
    type -P -- "$_mlcarbon_prog" >/dev/null 2>&1 || _mlcarbon_prog=mlcarbon

    local global_opts="-f --format --data-dir --data-add --version -h --help"
    # The options that describe the job, shared by estimate and compare.
    local job_opts="-g --hardware -n --count --hours --duration --device-hours -r --region --pue
        --power --tdp -u --utilization --intensity --basis --offset --offset-kg --instance --cpu --cpu-count
        --cpu-cores --cpu-utilization --cpu-tdp --memory-gb --overhead-w --flops --params --tokens --mfu
        --precision --energy-kwh"
    local estimate_opts="$job_opts --jobs --jobs-format --cluster --group-by --strict --totals-only --budget --value
        -q --quiet --digits --brief -v --verbose --bib --equivalents --training-type --compat --intensity-series --start"
    local compare_opts="$job_opts --regions --devices --pue-values --plot --top"
    local hardware_opts="--kind --vendor" regions_opts="-p --provider --country --kind"
    local instances_opts="-p --provider -g --hardware"
    local measure_opts="--duration --interval --all-gpus"
    local run_opts="$job_opts --interval --all-gpus -v --verbose -q --quiet --budget --record"
    local when_opts="$job_opts --intensity-series --from --within --deadline --top --plot"
    # The options that take a value.
    local value_opts="@(-f|--format|--data-dir|--data-add|-g|--hardware|-n|--count|--hours|\
--duration|--device-hours|-r|--region|--pue|--power|--tdp|-u|--utilization|--intensity|--basis|--offset|\
--offset-kg|--instance|--cpu|--cpu-count|--cpu-cores|--cpu-utilization|--cpu-tdp|--memory-gb|--overhead-w|\
--flops|--params|--tokens|--mfu|--precision|--energy-kwh|--jobs|--jobs-format|--cluster|--group-by|--budget|\
--value|--digits|--bib|\
--training-type|--compat|--regions|--devices|--pue-values|--plot|--top|--kind|--vendor|-p|\
--provider|--country|--interval|--record|--intensity-series|--start|--from|--within|--deadline)"

    # The command, its subcommand, how many arguments follow them; the data options.
    local cmd='' sub='' nargs=0 i w v
    for ((i = 1; i < cword; i++)); do
        w=${words[i]}
        case $w in
            --data-dir=* | --data-add=*)
                _mlcarbon_data+=("${w%%=*}" "$(_mlcarbon_dequote "${w#*=}")")
                continue
                ;;
            --data-dir | --data-add)
                if ((i + 1 < cword)); then
                    _mlcarbon_data+=("$w" "$(_mlcarbon_dequote "${words[i + 1]}")")
                fi
                ((i++))
                continue
                ;;
            -*=*) continue ;;
            -*)
                # shellcheck disable=SC2053
                [[ $w == $value_opts ]] && ((i++))
                continue
                ;;
        esac
        # Words that are no command (the second value of --budget, --data-add) are skipped.
        if [[ -z $cmd ]]; then
            case $w in
                estimate | compare | hardware | regions | instances | data) cmd=$w ;;
            esac
        elif [[ -z $sub ]]; then
            case $cmd:$w in
                hardware:list | hardware:show | regions:list | regions:show | instances:list | \
                    instances:show | data:check) sub=$w ;;
            esac
        else
            ((nargs++))
        fi
    done

    # The value of an option.
    # shellcheck disable=SC2053
    if [[ $prev == $value_opts ]]; then
        case $prev in
            -f | --format)
                _mlcarbon_add text json jsonl csv markdown latex model-card
                ;;
            --data-dir)
                if declare -F _filedir >/dev/null; then
                    _filedir -d
                else
                    compopt -o filenames 2>/dev/null
                    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                fi
                ;;
            --data-add | --jobs | --bib | --cluster | --intensity-series)
                if declare -F _filedir >/dev/null; then
                    _filedir
                else
                    compopt -o filenames 2>/dev/null
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                fi
                # --jobs - reads the jobs from stdin.
                [[ $prev == --jobs && -z $cur ]] && COMPREPLY+=(-)
                ;;
            --plot)
                if declare -F _filedir >/dev/null; then
                    _filedir svg
                else
                    compopt -o filenames 2>/dev/null
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                fi
                ;;
            -g | --hardware)
                _mlcarbon_add_lines "$(_mlcarbon_query 1 hardware list)"
                ;;
            --cpu)
                _mlcarbon_add_lines "$(_mlcarbon_query 1 hardware list --kind cpu)"
                ;;
            --devices)
                _mlcarbon_add_list "$(_mlcarbon_query 1 hardware list)"
                ;;
            -r | --region)
                _mlcarbon_add_lines "$(_mlcarbon_query 1 regions list)"
                _mlcarbon_ltrim_colon
                ;;
            --instance)
                _mlcarbon_add_lines "$(_mlcarbon_query 1 instances list)"
                _mlcarbon_ltrim_colon
                ;;
            --regions)
                # A provider, all, countries, or a comma-separated list of region ids.
                v=$(_mlcarbon_query 1 regions list)
                if [[ $cur != *,* ]]; then
                    _mlcarbon_add all countries
                    _mlcarbon_add_lines "$(printf '%s\n' "$v" |
                        sed -n 's/^\([^:]*\):.*/\1/p' | grep -vx country | sort -u)"
                fi
                _mlcarbon_add_list "$v"
                _mlcarbon_ltrim_colon
                ;;
            -p | --provider)
                if [[ $cmd == instances ]]; then
                    v=$(_mlcarbon_query 2 instances list | sort -u)
                    [[ -n $v ]] || v=$(printf '%s\n' aws azure gcp)
                else
                    v=$(_mlcarbon_query 1 regions list | sed -n 's/^\([^:]*\):.*/\1/p' | sort -u)
                    [[ -n $v ]] ||
                        v=$(printf '%s\n' aws azure gcp ovh scaleway coreweave seeweb country)
                fi
                _mlcarbon_add_lines "$v"
                ;;
            --country)
                _mlcarbon_add_lines "$(_mlcarbon_query 1 regions list --kind country |
                    sed -n 's/^country://p')"
                ;;
            --vendor)
                _mlcarbon_add_lines "$(_mlcarbon_query 3 hardware list | sort -u)"
                ;;
            --kind)
                if [[ $cmd == regions ]]; then
                    _mlcarbon_add cloud country subnational
                else
                    _mlcarbon_add gpu tpu cpu accelerator
                fi
                ;;
            --jobs-format)
                _mlcarbon_add csv jsonl sacct
                ;;
            --group-by)
                # Repeatable, or a comma-separated list.
                _mlcarbon_add_list "$(printf '%s\n' user account partition month)"
                ;;
            --value)
                _mlcarbon_add energy_kwh it_energy_kwh co2e_kg offset_kg net_co2e_kg \
                    embodied_kg total_with_embodied_kg market_co2e_kg co2e_kg_low co2e_kg_high \
                    energy_kwh_low energy_kwh_high device_hours jobs failed
                ;;
            --digits)
                _mlcarbon_add 3 5 8 full
                ;;
            --training-type)
                _mlcarbon_add pre-training fine-tuning
                ;;
            --precision)
                _mlcarbon_add fp64 fp32 tf32 fp16 bf16 fp8 int8
                ;;
            --basis)
                _mlcarbon_add lifecycle direct
                ;;
            --compat)
                _mlcarbon_add mlco2 codecarbon codecarbon:load codecarbon:constant codecarbon:threads= codecarbon:no-cpu carbontracker carbontracker:detected carbontracker:simulated carbontracker:no-cpu carbontracker:v1 green-algorithms
                ;;
            *)
                # -n, --hours, --duration, --device-hours, --pue, --power, -u, --intensity,
                # --offset, --offset-kg, --cpu-count, --cpu-cores, --cpu-utilization, --memory-gb,
                # --overhead-w, --flops, --params, --tokens, --mfu, --budget, --pue-values, --top:
                # a number or a quantity; nothing to offer.
                ;;
        esac
        return 0
    fi
    [[ $split == true ]] && return 0

    # The options of the command, and those of mlcarbon itself (valid anywhere).
    local opts=$global_opts
    case $cmd:$sub in
        estimate:*) opts+=" $estimate_opts" ;;
        compare:*) opts+=" $compare_opts" ;;
        hardware: | hardware:list) opts+=" $hardware_opts" ;;
        regions: | regions:list) opts+=" $regions_opts" ;;
        instances: | instances:list) opts+=" $instances_opts" ;;
        measure:*) opts+=" $measure_opts" ;;
        run:*) opts+=" $run_opts" ;;
        when:*) opts+=" $when_opts" ;;
    esac
    if [[ $cur == -* ]]; then
        # shellcheck disable=SC2086
        _mlcarbon_add $opts
        return 0
    fi

    # Commands, subcommands and their arguments.
    case $cmd:$sub in
        :) _mlcarbon_add estimate compare hardware regions instances data measure run when ;;
        hardware: | regions: | instances:) _mlcarbon_add list show ;;
        data:) _mlcarbon_add check ;;
        hardware:show)
            ((nargs == 0)) && _mlcarbon_add_lines "$(_mlcarbon_query 1 hardware list)"
            ;;
        regions:show)
            if ((nargs == 0)); then
                _mlcarbon_add_lines "$(_mlcarbon_query 1 regions list)"
                _mlcarbon_ltrim_colon
            fi
            ;;
        instances:show)
            if ((nargs == 0)); then
                _mlcarbon_add_lines "$(_mlcarbon_query 1 instances list)"
                _mlcarbon_ltrim_colon
            fi
            ;;
        data:check)
            if declare -F _filedir >/dev/null; then
                _filedir
            else
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            fi
            ;;
        *)
            # Nothing positional here (estimate, compare, hardware list, ...): offer the options.
            # shellcheck disable=SC2086
            _mlcarbon_add $opts
            ;;
    esac
    return 0
} &&
    complete -F _mlcarbon mlcarbon

# ex: filetype=sh
