#!/usr/bin/env bash
# Server settings the workload tests need, set idempotently on the local PostgreSQL:
# pg_stat_statements preloaded (the default workload source), and the server's log written as
# stderr, csvlog and jsonlog files with session and transaction ids in the line prefix (the
# workload and N+1 tests read real logs of their own sessions through pg_read_file). Each test
# session asks for log_min_duration_statement itself, so other sessions log nothing more than
# before. Restarts the server only when a setting that needs it changed.
set -euo pipefail
PSQL=(psql -X -q -At -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1)

current=$("${PSQL[@]}" -c "SHOW shared_preload_libraries")
if [[ ",${current// /}," != *",pg_stat_statements,"* ]]; then
  wanted=${current:+$current,}pg_stat_statements
  "${PSQL[@]}" -c "ALTER SYSTEM SET shared_preload_libraries = '${wanted}'"
fi
set_if_different() {
  local name=$1 value=$2
  if [ "$("${PSQL[@]}" -c "SHOW $name")" != "$value" ]; then
    "${PSQL[@]}" -c "ALTER SYSTEM SET $name = '$value'"
  fi
}
set_if_different logging_collector on
set_if_different log_destination 'stderr,csvlog,jsonlog'
set_if_different log_line_prefix '%m [%p] %q%c %v %x %u@%d '
"${PSQL[@]}" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
if [ "$("${PSQL[@]}" -c "SELECT count(*) FROM pg_settings WHERE pending_restart")" != "0" ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main restart
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
