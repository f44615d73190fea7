#!/usr/bin/env python3
"""Ctrl-C in a terminal, as a person stops ./run.sh: runs it under a pseudo-terminal, types ^C once it says it is up,
and reports the seconds until run.sh exits and how many processes of the run (its HUBS_RUN_ID) are left then and 30 s
later. Ports from HUBS_GATEWAY_PORT, HUBS_RABBITMQ_PORT, HUBS_DASHBOARD_PORT, HUBS_IDENTITY_PORT, HUBS_MAIL_PORT.
Exit code 1 if anything is left.

    deploy/measure-ctrl-c.py
"""
import os, pty, re, select, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pid, fd = pty.fork()
if pid == 0:
    os.chdir(root)
    os.execvp("./run.sh", ["./run.sh"])

output = b""
def read(timeout):
    global output
    ready, _, _ = select.select([fd], [], [], timeout)
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        output += chunk
        return bool(chunk)
    return True

def run_processes(run_id):
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as f:
                if f"HUBS_RUN_ID={run_id}".encode() in f.read().split(b"\0"):
                    with open(f"/proc/{name}/stat") as s:
                        if s.read().split()[2] != "Z":
                            found.append(int(name))
        except OSError:
            pass
    return found

deadline = time.time() + 900
while b"Press Ctrl-C" not in output:
    if time.time() > deadline or not read(1):
        sys.exit("run.sh did not come up:\n" + output.decode(errors="replace")[-2000:])
run_id = None
for name in os.listdir("/proc"):
    if name.isdigit():
        try:
            with open(f"/proc/{name}/environ", "rb") as f:
                for item in f.read().split(b"\0"):
                    if item.startswith(b"HUBS_RUN_ID=") and item.split(b"=", 1)[1].startswith(f"{pid}-".encode()):
                        run_id = item.split(b"=", 1)[1].decode()
        except OSError:
            pass
before = len(run_processes(run_id)) if run_id else 0
print(f"up; {before} processes of the run; typing ^C", flush=True)
sent = time.time()
os.write(fd, b"\x03")
while True:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    read(0.2)
stopped = time.time() - sent
left = run_processes(run_id) if run_id else []
time.sleep(30)
later = run_processes(run_id) if run_id else []
print(f"run.sh exited {stopped:.1f} s after ^C; {len(left)} processes of the run left then, {len(later)} 30 s later")
tail = output.decode(errors="replace").splitlines()[-3:]
print("\n".join(tail))
sys.exit(1 if later or not run_id else 0)
