#!/bin/sh
# A real SMB round trip on one machine (design.md §5): a private Samba on 127.0.0.1:445 sharing
# $BASE/share, and the FUSE client smbnetfs mounting it at $BASE/mnt. Nothing listens beyond 127.0.0.1.
# Usage: bench/smb-setup.sh [BASE]   (default /tmp/shomu-smb); stop with bench/smb-setup.sh BASE stop
set -eu
BASE=${1:-/tmp/shomu-smb}
PORT=445
if [ "${2:-}" = stop ]; then
  fusermount -u "$BASE/mnt" 2>/dev/null || true
  [ -f "$BASE/smbd.pid" ] && kill "$(cat "$BASE/smbd.pid")" 2>/dev/null || true
  exit 0
fi
mkdir -p "$BASE/share" "$BASE/mnt" "$BASE/state" "$BASE/home/.smb"
chmod 0777 "$BASE/share"
cat > "$BASE/smb.conf" <<CONF
[global]
  interfaces = 127.0.0.1
  bind interfaces only = yes
  smb ports = $PORT
  disable netbios = yes
  server role = standalone server
  map to guest = Bad User
  guest account = root
  pid directory = $BASE/state
  lock directory = $BASE/state
  state directory = $BASE/state
  cache directory = $BASE/state
  private dir = $BASE/state
  log file = $BASE/state/smbd.log
  server min protocol = SMB2
[ledger]
  path = $BASE/share
  read only = no
  guest ok = yes
  force user = root
  strict locking = yes
  oplocks = no
  level2 oplocks = no
CONF
smbd -D -s "$BASE/smb.conf"
sleep 1
pgrep -f "smbd -D -s $BASE/smb.conf" | head -1 > "$BASE/smbd.pid"
cat > "$BASE/home/.smb/smbnetfs.conf" <<CONF
smb_query_browsers false
auth "guest" ""
CONF
chmod 600 "$BASE/home/.smb/smbnetfs.conf"
cat > "$BASE/home/.smb/smb.conf" <<CONF
[global]
  client min protocol = SMB2
  smb ports = $PORT
CONF
HOME="$BASE/home" smbnetfs "$BASE/mnt" -o config="$BASE/home/.smb/smbnetfs.conf"
sleep 2
echo "share: $BASE/mnt/127.0.0.1/ledger  (Samba log: $BASE/state/smbd.log)"
ls "$BASE/mnt/127.0.0.1/ledger" >/dev/null && echo OK
