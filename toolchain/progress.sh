# Progress reporting for long, multi-stage builds (sourced).
#
#   progress_init LABEL TOTAL_STAGES LOG_DIR
#   progress_stage NAME EXPECTED_SECONDS COMMAND...
#
# Each stage runs COMMAND with its output in LOG_DIR/NN-name.log and shows
# "[LABEL n/TOTAL] NAME" with the elapsed time. The percentage is an
# estimate: elapsed time against what the stage took in a reference build
# (0 means "no estimate"), capped at 99%. On a terminal the line updates in place;
# elsewhere (CI) a line is printed every PROGRESS_INTERVAL seconds.
# A failing stage prints its name, the end of its log and the log's path,
# and progress_stage returns the command's exit status.

progress_init() {
    PROGRESS_LABEL=$1
    PROGRESS_TOTAL=$2
    PROGRESS_LOG_DIR=$3
    PROGRESS_STEP=0
    : "${PROGRESS_INTERVAL:=60}"
    mkdir -p "$PROGRESS_LOG_DIR"
}

progress_fmt_time() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

progress_stage() {
    local name=$1 expected=$2
    shift 2
    PROGRESS_STEP=$((PROGRESS_STEP + 1))
    local slug log start now elapsed pct pid status last_print=0
    slug=$(printf '%02d-%s' "$PROGRESS_STEP" "$(echo "$name" | tr -c 'A-Za-z0-9\n' '-')")
    log="$PROGRESS_LOG_DIR/$slug.log"
    local head="[$PROGRESS_LABEL $PROGRESS_STEP/$PROGRESS_TOTAL] $name"
    start=$(date +%s)
    [ -t 1 ] || echo "$head ..."
    "$@" >"$log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        sleep 1
        now=$(date +%s)
        elapsed=$((now - start))
        pct=""
        if [ "$expected" -gt 0 ]; then
            pct=$((elapsed * 100 / expected))
            [ "$pct" -gt 99 ] && pct=99
            pct=" ${pct}%"
        fi
        if [ -t 1 ]; then
            printf '\r%s%s  %s ' "$head" "$pct" "$(progress_fmt_time $elapsed)"
        elif [ $((now - last_print)) -ge "$PROGRESS_INTERVAL" ] && [ "$elapsed" -ge "$PROGRESS_INTERVAL" ]; then
            echo "$head$pct  $(progress_fmt_time $elapsed)"
            last_print=$now
        fi
    done
    status=0
    wait "$pid" || status=$?
    elapsed=$(($(date +%s) - start))
    [ -t 1 ] && printf '\r\033[K'
    if [ "$status" -ne 0 ]; then
        echo "$head FAILED (exit status $status) after $(progress_fmt_time $elapsed)" >&2
        echo "---- last lines of $log ----" >&2
        tail -n 30 "$log" >&2
        echo "---- full log: $log" >&2
        return "$status"
    fi
    echo "$head done in $(progress_fmt_time $elapsed)"
}
