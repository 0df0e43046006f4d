#!/usr/bin/env bash
# start-local-slurm.sh - a real single-node Slurm (Debian 12 packages, Slurm 22.05) on loopback,
# without systemd: munged + slurmctld + slurmd, and by default MariaDB + slurmdbd so that
# `sacct` works like on a production cluster.
#
# Usage:  start-local-slurm.sh [DIR]        (as root; DIR defaults to $LOCAL_SLURM_DIR or /tmp/local-slurm)
#
# Idempotent: installs missing packages, (re)writes the config in DIR/etc, starts only the daemons
# that are not already running, waits until the node is usable (sinfo), prints the PIDs, and
# writes DIR/env.sh (source it, or `export SLURM_CONF=DIR/etc/slurm.conf`) for sbatch/squeue/... .
# Stop with stop-local-slurm.sh DIR (kills only the PIDs recorded in DIR/run/*.pid).
#
# Environment knobs:
#   LOCAL_SLURM_DBD=1          1: MariaDB + slurmdbd (real sacct); 0: no accounting DB
#                              (then only `sacct -c` works, from DIR/log/jobcomp.txt)
#   LOCAL_SLURM_CPUS=N         CPUs the node advertises (default: real count). More than real is
#                              allowed (SlurmdParameters=config_overrides), to run more tasks at once.
#   LOCAL_SLURM_PORT_BASE=6817 slurmctld=BASE, slurmd=BASE+1, slurmdbd=BASE+2, MariaDB=BASE+3
#   LOCAL_SLURM_LINK_ETC=0     1: also symlink /etc/slurm/slurm.conf -> DIR/etc/slurm.conf so that
#                              Slurm commands work without SLURM_CONF (left alone if it is a real file)
#   LOCAL_SLURM_TIMEOUT=60     seconds to wait for each daemon / for the node to become idle
#   LOCAL_SLURM_NO_INSTALL=0   1: never run apt-get (fail if packages are missing)
#   LOCAL_SLURM_CLUSTER=localci  ClusterName
set -euo pipefail

DIR=${1:-${LOCAL_SLURM_DIR:-/tmp/local-slurm}}
WITH_DBD=${LOCAL_SLURM_DBD:-1}
PORT_BASE=${LOCAL_SLURM_PORT_BASE:-6817}
TIMEOUT=${LOCAL_SLURM_TIMEOUT:-60}
LINK_ETC=${LOCAL_SLURM_LINK_ETC:-0}
NO_INSTALL=${LOCAL_SLURM_NO_INSTALL:-0}
CLUSTER=${LOCAL_SLURM_CLUSTER:-localci}
NODE=localhost

CTLD_PORT=$PORT_BASE
SLURMD_PORT=$((PORT_BASE + 1))
DBD_PORT=$((PORT_BASE + 2))
DB_PORT=$((PORT_BASE + 3))

log() { printf '[local-slurm] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
T_START=$(now)
elapsed() { awk -v a="$T_START" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

[ "$(id -u)" = 0 ] || die "must run as root (slurmd must run as root to launch jobs)"
case "$DIR" in /*) ;; *) DIR="$PWD/$DIR" ;; esac
case "$DIR" in *[[:space:]]*) die "DIR must not contain whitespace: '$DIR'" ;; esac
DIR=${DIR%/}

# ---------------------------------------------------------------- 1. packages
mkdir -p "$DIR/log"
APT_LOG=$DIR/log/apt.log
PKGS=(munge slurmctld slurmd slurm-client)
[ "$WITH_DBD" = 1 ] && PKGS+=(slurmdbd mariadb-server)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$NO_INSTALL" = 1 ] && die "missing packages: ${missing[*]} (LOCAL_SLURM_NO_INSTALL=1)"
  log "installing ${missing[*]} ..."
  t0=$(now)
  # Keep maintainer scripts from starting the packaged services (they would use /etc config and
  # default ports). Images built for containers already ship such a policy-rc.d; add one otherwise.
  added_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; added_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  ok=0
  for attempt in 1 2 3; do
    if apt-get update -qq >"$APT_LOG" 2>&1 &&
       apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$APT_LOG" 2>&1; then
      ok=1; break
    fi
    log "apt-get attempt $attempt failed (see $APT_LOG); retrying"; sleep $((attempt * 5))
  done
  [ "$added_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ "$ok" = 1 ] || { tail -20 "$APT_LOG" >&2; die "apt-get install failed"; }
  log "installed in $(awk -v a="$t0" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')s: $(dpkg-query -W -f='${Version}' slurmctld) (slurm), $(dpkg-query -W -f='${Version}' munge) (munge)"
fi

# ---------------------------------------------------------------- 2. layout
mkdir -p "$DIR"/{etc,run,log,spool/ctld,spool/d,munge/run,munge/lib,munge/key,jobs}
chmod 755 "$DIR" "$DIR"/munge "$DIR"/munge/run "$DIR"/munge/lib
chmod 700 "$DIR"/munge/key
# munged refuses a socket whose directory chain is not world-executable:
#   "Socket is inaccessible: execute permissions for all required on <dir>"
d=$DIR
while [ "$d" != / ] && [ -n "$d" ]; do
  perm=$(stat -c %A "$d")
  [ "${perm:9:1}" = x ] || [ "${perm:9:1}" = t ] || die "$d is not world-executable (munged needs o+x on every directory above its socket); choose another DIR or chmod o+x $d"
  d=$(dirname "$d")
done

KEY=$DIR/munge/key/munge.key
MUNGE_SOCK=$DIR/munge/run/munge.socket
if [ ! -s "$KEY" ]; then
  if command -v mungekey >/dev/null; then mungekey --create --keyfile="$KEY" --force
  else dd if=/dev/urandom of="$KEY" bs=1 count=1024 status=none; fi
fi
chmod 600 "$KEY"

# ---------------------------------------------------------------- 3. config
read -r HW_SOCKETS HW_CORES HW_THREADS HW_MEM < <(slurmd -C 2>/dev/null | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
  END { print v["SocketsPerBoard"]+0, v["CoresPerSocket"]+0, v["ThreadsPerCore"]+0, v["RealMemory"]+0 }')
[ "${HW_MEM:-0}" -gt 0 ] || die "slurmd -C did not report the hardware"
REAL_CPUS=$((HW_SOCKETS * HW_CORES * HW_THREADS))
CPUS=${LOCAL_SLURM_CPUS:-$REAL_CPUS}
MEM=$((HW_MEM * 95 / 100))   # a little below what slurmd measures, or the node is drained "Low RealMemory"
if [ "$CPUS" = "$REAL_CPUS" ]; then
  NODE_HW="Sockets=$HW_SOCKETS CoresPerSocket=$HW_CORES ThreadsPerCore=$HW_THREADS"
  OVERRIDES="#SlurmdParameters=config_overrides"
else
  NODE_HW="CPUs=$CPUS"
  OVERRIDES="SlurmdParameters=config_overrides"
fi
if [ "$WITH_DBD" = 1 ]; then
  ACCOUNTING="AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=localhost
AccountingStoragePort=$DBD_PORT
# With auth/munge, AccountingStoragePass names the munge socket used towards slurmdbd.
# Without it slurmctld/sacct use /run/munge/munge.socket.2 and fail with
# 'Munge encode failed: Failed to access \"/run/munge/munge.socket.2\"'.
AccountingStoragePass=$MUNGE_SOCK"
else
  ACCOUNTING="AccountingStorageType=accounting_storage/none"
fi

write_if_changed() { # file mode; content on stdin
  local f=$1 mode=$2 tmp
  tmp=$(mktemp "$f.XXXXXX")
  cat > "$tmp"; chmod "$mode" "$tmp"
  if [ -f "$f" ] && cmp -s "$tmp" "$f"; then rm -f "$tmp"; return 1; fi
  mv -f "$tmp" "$f"; return 0
}

CONF=$DIR/etc/slurm.conf
changed=0
write_if_changed "$CONF" 644 <<EOF && changed=1 || true
# generated by start-local-slurm.sh - single node on loopback
ClusterName=$CLUSTER
SlurmctldHost=localhost
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$MUNGE_SOCK
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$DIR/spool/ctld
SlurmdSpoolDir=$DIR/spool/d
SlurmctldPidFile=$DIR/run/slurmctld.pid
SlurmdPidFile=$DIR/run/slurmd.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
# batch_sched_delay=0: start submitted jobs on the next 1 s tick instead of the default 3 s
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
KillWait=5
MinJobAge=300
JobAcctGatherType=jobacct_gather/linux
# awish: sample every second, so that short test jobs get a MaxRSS in sacct
JobAcctGatherFrequency=task=1
JobCompType=jobcomp/filetxt
JobCompLoc=$DIR/log/jobcomp.txt
$ACCOUNTING
$OVERRIDES
NodeName=$NODE NodeAddr=127.0.0.1 $NODE_HW RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
# cgroup.conf is not needed: proctrack/linuxproc + task/none never load the cgroup plugin.

if [ "$WITH_DBD" = 1 ]; then
  # must be mode 600 and owned by SlurmUser, or slurmdbd refuses to start
  write_if_changed "$DIR/etc/slurmdbd.conf" 600 <<EOF && changed=1 || true
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCK
DbdHost=localhost
DbdPort=$DBD_PORT
SlurmUser=root
LogFile=$DIR/log/slurmdbd.log
PidFile=$DIR/run/slurmdbd.pid
DebugLevel=info
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$DB_PORT
StorageUser=slurm
StoragePass=slurm
StorageLoc=slurm_acct_db
EOF
fi
export SLURM_CONF=$CONF
printf 'export SLURM_CONF=%s\n' "$CONF" > "$DIR/env.sh"

if [ "$LINK_ETC" = 1 ]; then
  mkdir -p /etc/slurm
  if [ -L /etc/slurm/slurm.conf ] || [ ! -e /etc/slurm/slurm.conf ]; then
    ln -sfn "$CONF" /etc/slurm/slurm.conf
  else
    log "warning: /etc/slurm/slurm.conf is a real file; not replacing it (use SLURM_CONF)"
  fi
fi

# ---------------------------------------------------------------- 4. daemons
# alive PIDFILE EXE-BASENAME -> prints pid if the recorded process runs that program
alive() {
  local pid exe
  [ -s "$1" ] || return 1
  pid=$(tr -dc 0-9 < "$1")
  [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
  [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
  exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
  case "${exe##*/}" in "$2"*) echo "$pid"; return 0 ;; esac
  return 1
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { # description, command...
  local what=$1; shift
  local deadline=$(( $(date +%s) + TIMEOUT ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}
fail_with_log() { log "$1"; [ -f "$2" ] && tail -25 "$2" >&2; exit 1; }
started=()

# munged
if pid=$(alive "$DIR/munge/run/munged.pid" munged); then
  log "munged already running (pid $pid)"
else
  rm -f "$MUNGE_SOCK" "$MUNGE_SOCK.lock"
  munged --socket="$MUNGE_SOCK" --key-file="$KEY" --pid-file="$DIR/munge/run/munged.pid" \
         --log-file="$DIR/log/munged.log" --seed-file="$DIR/munge/lib/munged.seed" --num-threads=4 ||
    fail_with_log "munged failed to start" "$DIR/log/munged.log"
  munge_ok() { munge -S "$MUNGE_SOCK" -n | unmunge -S "$MUNGE_SOCK"; }
  wait_for munge munge_ok || fail_with_log "munged not answering" "$DIR/log/munged.log"
  started+=(munged); log "munged up at $(elapsed)s"
fi

if [ "$WITH_DBD" = 1 ]; then
  DB_SOCK=$DIR/mysql/mysqld.sock
  if pid=$(alive "$DIR/run/mariadbd.pid" mariadbd); then
    log "mariadbd already running (pid $pid)"
  else
    port_busy "$DB_PORT" && die "port $DB_PORT (MariaDB) is already in use by another program; set LOCAL_SLURM_PORT_BASE"
    if [ ! -d "$DIR/mysql/data/mysql" ]; then
      mkdir -p "$DIR/mysql"
      mariadb-install-db --no-defaults --datadir="$DIR/mysql/data" --user=root \
        --auth-root-authentication-method=normal --skip-test-db > "$DIR/log/mariadb-install.log" 2>&1 ||
        fail_with_log "mariadb-install-db failed" "$DIR/log/mariadb-install.log"
    fi
    # mariadbd does not daemonize: detach it ourselves, logs to a file, stdio off the caller's pipes
    setsid mariadbd --no-defaults --datadir="$DIR/mysql/data" --socket="$DB_SOCK" \
      --port="$DB_PORT" --bind-address=127.0.0.1 --user=root --pid-file="$DIR/run/mariadbd.pid" \
      --log-error="$DIR/log/mariadbd.log" --innodb-buffer-pool-size=512M \
      --innodb-lock-wait-timeout=900 --innodb-log-file-size=64M \
      </dev/null >>"$DIR/log/mariadbd.log" 2>&1 &
    wait_for mariadb mariadb-admin --no-defaults -S "$DB_SOCK" -uroot ping ||
      fail_with_log "MariaDB did not come up" "$DIR/log/mariadbd.log"
    mariadb --no-defaults -S "$DB_SOCK" -uroot -e "
      CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY 'slurm';
      CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY 'slurm';
      GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';
      GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';" ||
      die "could not create the MariaDB user for slurmdbd"
    started+=(mariadbd); log "mariadbd up at $(elapsed)s"
  fi

  if pid=$(alive "$DIR/run/slurmdbd.pid" slurmdbd); then
    log "slurmdbd already running (pid $pid)"
  else
    port_busy "$DBD_PORT" && die "port $DBD_PORT (slurmdbd) is already in use; set LOCAL_SLURM_PORT_BASE"
    slurmdbd || fail_with_log "slurmdbd failed to start" "$DIR/log/slurmdbd.log"   # finds DIR/etc/slurmdbd.conf via SLURM_CONF
    wait_for slurmdbd port_busy "$DBD_PORT" || fail_with_log "slurmdbd not listening on $DBD_PORT" "$DIR/log/slurmdbd.log"
    started+=(slurmdbd); log "slurmdbd up at $(elapsed)s"
  fi
fi

if pid=$(alive "$DIR/run/slurmctld.pid" slurmctld); then
  log "slurmctld already running (pid $pid)"
  if [ "$changed" = 1 ]; then scontrol reconfigure || log "warning: config changed; scontrol reconfigure failed - restart with stop/start"; fi
else
  port_busy "$CTLD_PORT" && die "port $CTLD_PORT (slurmctld) is already in use; set LOCAL_SLURM_PORT_BASE"
  slurmctld -f "$CONF" || fail_with_log "slurmctld failed to start" "$DIR/log/slurmctld.log"
  ctld_up() { scontrol ping | grep -q 'is UP'; }
  wait_for slurmctld ctld_up || fail_with_log "slurmctld not answering" "$DIR/log/slurmctld.log"
  started+=(slurmctld); log "slurmctld up at $(elapsed)s"
fi

if pid=$(alive "$DIR/run/slurmd.pid" slurmd); then
  log "slurmd already running (pid $pid)"
else
  port_busy "$SLURMD_PORT" && die "port $SLURMD_PORT (slurmd) is already in use; set LOCAL_SLURM_PORT_BASE"
  slurmd_t0=$(date +%s)
  slurmd -f "$CONF" -N "$NODE" || fail_with_log "slurmd failed to start" "$DIR/log/slurmd.log"
  # wait until slurmctld has seen THIS slurmd register (else a node that slurmctld still thinks is
  # idle from an earlier slurmd would pass the sinfo check below before the new slurmd is up)
  slurmd_registered() {
    local st; st=$(scontrol show node -o "$NODE" 2>/dev/null | grep -o 'SlurmdStartTime=[0-9T:-]*' | cut -d= -f2)
    [ -n "$st" ] && [ "$(date -d "$st" +%s 2>/dev/null || echo 0)" -ge "$slurmd_t0" ]
  }
  wait_for slurmd slurmd_registered || fail_with_log "slurmd did not register with slurmctld" "$DIR/log/slurmd.log"
  started+=(slurmd); log "slurmd registered at $(elapsed)s"
fi

# ---------------------------------------------------------------- 5. wait for the node
node_state() { sinfo -h -n "$NODE" -o %T 2>/dev/null | head -1; }
node_ready() { case "$(node_state)" in idle|mixed|allocated|completing) return 0 ;; *) return 1 ;; esac; }
deadline=$(( $(date +%s) + TIMEOUT )); resumed=0
until node_ready; do
  st=$(node_state)
  case "$st" in
    drain*|down*|fail*|inval*)
      if [ "$resumed" = 0 ] && alive "$DIR/run/slurmd.pid" slurmd >/dev/null; then
        sleep 1; scontrol update NodeName="$NODE" State=RESUME 2>/dev/null || true; resumed=1
      fi ;;
  esac
  if [ "$(date +%s)" -ge "$deadline" ]; then
    sinfo -R >&2 || true
    tail -15 "$DIR/log/slurmctld.log" >&2; tail -15 "$DIR/log/slurmd.log" >&2
    die "node $NODE not usable after ${TIMEOUT}s (state: ${st:-unknown})"
  fi
  sleep 0.2
done

pids="munged=$(alive "$DIR/munge/run/munged.pid" munged)"
[ "$WITH_DBD" = 1 ] && pids+=" mariadbd=$(alive "$DIR/run/mariadbd.pid" mariadbd) slurmdbd=$(alive "$DIR/run/slurmdbd.pid" slurmdbd)"
pids+=" slurmctld=$(alive "$DIR/run/slurmctld.pid" slurmctld) slurmd=$(alive "$DIR/run/slurmd.pid" slurmd)"
log "node $NODE is $(node_state) after $(elapsed)s (started: ${started[*]:-nothing, all were running})"
log "logs: $DIR/log   configs: $DIR/etc   state: $DIR/spool"
echo "PIDS $pids"
echo "export SLURM_CONF=$CONF"
