"""Peer servers run by the benchmark beside Causette, same harness, same run.

* `ws_broadcast`: a bare broadcast server on the `websockets` library, the Python floor.
* `sio_server`: python-socketio on uvicorn, the Python chat-framework peer.
"""
