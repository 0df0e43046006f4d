"""jupyter_server (JupyterLab's back end) on 127.0.0.1: a kernel started through its REST API
and a cell run over the kernel's websocket, as JupyterLab does."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

import kernelspec
from tornado.ioloop import IOLoop
from tornado.websocket import websocket_connect


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


port = free_port()
token = uuid.uuid4().hex
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen(
    [sys.executable, "-m", "jupyter_server", "--ip=127.0.0.1", f"--port={port}",
     f"--IdentityProvider.token={token}", "--ServerApp.open_browser=False",
     f"--ServerApp.root_dir={kernelspec.ROOT}"] + (["--allow-root"] if os.geteuid() == 0 else []),
    stdout=subprocess.DEVNULL, stderr=open(os.path.join(kernelspec.ROOT, "server.log"), "w"))


def request(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    call = urllib.request.Request(base + path, data=data, method=method,
                                  headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(call, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


async def run_cell(kernel_id):
    url = f"ws://127.0.0.1:{port}/api/kernels/{kernel_id}/channels?token={token}"
    connection = await websocket_connect(url)
    message_id = uuid.uuid4().hex
    await connection.write_message(json.dumps({
        "header": {"msg_id": message_id, "msg_type": "execute_request", "username": "lab",
                   "session": uuid.uuid4().hex, "date": "", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": "depth = [5, 10, 20]\nsum(depth)", "silent": False,
                    "store_history": True, "user_expressions": {}, "allow_stdin": False}}))
    result = reply = None
    while reply is None or result is None:
        message = json.loads(await connection.read_message())
        if message["parent_header"].get("msg_id") != message_id:
            continue
        if message["msg_type"] == "execute_result":
            result = message["content"]["data"]["text/plain"]
        if message["msg_type"] == "execute_reply":
            reply = message["content"]["status"]
    connection.close()
    return reply, result


try:
    for _ in range(100):
        try:
            request("GET", "/api/status")
            break
        except OSError:
            if server.poll() is not None:
                sys.exit("jupyter_server ended; see server.log in " + kernelspec.ROOT)
            time.sleep(0.2)
    kernel = request("POST", "/api/kernels", {"name": kernelspec.KERNEL})
    reply, result = IOLoop.current().run_sync(lambda: run_cell(kernel["id"]), timeout=60)
    request("DELETE", f"/api/kernels/{kernel['id']}")
    remaining = request("GET", "/api/kernels")
    print(f"reply {reply}, result {result}, kernels left {len(remaining)}")
    sys.exit(0 if (reply, result, remaining) == ("ok", "35", []) else 1)
finally:
    server.terminate()
    server.wait(timeout=30)
