// The guest's /init (busybox sh). It never parses user strings as shell: the command is data, one
// argument per line of /lpg/cmd, gathered with `read -r` into "$@" and executed as such; its cwd
// is the one line of /lpg/cwd. Results go out on the second serial port (ttyS1, a file on the
// host), one file at a time as base64 between LPG-FILE and LPG-END lines; the console (ttyS0)
// keeps the kernel's messages apart. Without /lpg/cmd the guest only sends what the host
// fingerprint reads (src/host/fingerprint.ts), under root/.

/** Guest files the fingerprint reads; globs are expanded by the guest's shell. */
const FINGERPRINT_FILES = [
  '/proc/cpuinfo',
  '/proc/loadavg',
  '/proc/sys/kernel/osrelease',
  '/proc/sys/kernel/hostname',
  '/proc/sys/kernel/numa_balancing',
  '/sys/kernel/mm/transparent_hugepage/enabled',
  '/sys/devices/system/cpu/online',
  '/sys/devices/system/cpu/cpu*/topology/physical_package_id',
  '/sys/devices/system/cpu/cpu*/topology/thread_siblings_list',
  '/sys/devices/system/cpu/cpu*/topology/core_cpus_list',
  '/sys/devices/system/node/node*/cpulist',
  '/sys/devices/system/node/node*/meminfo',
];

export const INIT_SCRIPT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /tmp /lpg/out
D=/dev/ttyS1
stty -F $D raw -echo 2>/dev/null
send() { echo "LPG-FILE $2" >$D; base64 "$1" >$D; echo "LPG-END" >$D; }
echo "LPG-UP $(cut -d' ' -f1 /proc/uptime)" >$D
if [ -f /lpg/cmd ]; then
  set --
  while IFS= read -r a; do set -- "$@" "$a"; done </lpg/cmd
  IFS= read -r cwd </lpg/cwd
  cd "$cwd" && "$@" >/lpg/out/stdout 2>/lpg/out/stderr </dev/null
  echo "LPG-RC $?" >$D
  echo "LPG-RAN $(cut -d' ' -f1 /proc/uptime)" >$D
  send /lpg/out/stdout out/stdout
  send /lpg/out/stderr out/stderr
  for f in "$cwd"/*; do [ -f "$f" ] && send "$f" "cwd/\${f##*/}"; done
else
  for f in ${FINGERPRINT_FILES.join(' ')}; do [ -r "$f" ] && send "$f" "root$f"; done
fi
echo LPG-DONE >$D
sync
poweroff -f
`;
