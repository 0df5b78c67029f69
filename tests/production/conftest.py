import socket

import pytest


@pytest.fixture(scope="session")
def s3_server():
    """(endpoint, client) of an S3-compatible server on 127.0.0.1 (moto's server mode) for the
    session; each test module has its own bucket on it (s3_bucket)."""
    boto3 = pytest.importorskip("boto3")
    server_module = pytest.importorskip("moto.server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        region_name="us-east-1",
    )
    yield endpoint, client
    server.stop()


@pytest.fixture(scope="module")
def s3_bucket(s3_server, request):
    """(endpoint, client) of the session's S3 server with the test module's `BUCKET` created."""
    endpoint, client = s3_server
    client.create_bucket(Bucket=request.module.BUCKET)
    return endpoint, client
