"""docs/deploy.md's nginx configuration, as an operator copies it: valid for nginx,
and passing what the identification records need (décret 2021-1362): the client's
address and source port."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from causette.web.client_ip import TrustedProxies

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"


def _nginx() -> str:
    (block,) = re.findall(r"```nginx\n(.*?)```", DEPLOY.read_text(), re.S)
    return str(block)


def _forwarded_as_nginx_sends_it(remote_addr: str, remote_port: int) -> str:
    """Evaluate the documented `map` and `Forwarded` header for one client."""
    conf = _nginx()
    (body,) = re.findall(r"map \$remote_addr \$causette_client \{(.*?)\}", conf, re.S)
    rules = dict(re.findall(r"^\s*(\S+)\s+(\".*\");", body, re.M))
    value = rules["~:"] if ":" in remote_addr else rules["default"]
    node = value[1:-1].replace('\\"', '"')
    node = node.replace("$remote_addr", remote_addr).replace("$remote_port", str(remote_port))
    (header,) = set(re.findall(r'proxy_set_header Forwarded "(.*?)";', conf))
    return header.replace("$causette_client", node).replace("$scheme", "https")


def test_every_proxied_location_sends_the_client_port() -> None:
    conf = _nginx()
    locations = re.findall(r"location [^{]+\{(.*?)\n    \}", conf, re.S)
    assert len(locations) == 2
    for location in locations:
        assert "proxy_set_header Forwarded" in location


@pytest.mark.parametrize(("addr", "port"), [("203.0.113.7", 51234), ("2001:db8::1", 40000)])
def test_the_recorded_client_is_its_address_and_source_port(addr: str, port: int) -> None:
    # With X-Forwarded-For alone (the old snippet) the port recorded was 0.
    header = _forwarded_as_nginx_sends_it(addr, port)
    proxies = TrustedProxies(["127.0.0.1/32"])
    xff = f"{addr}"
    assert proxies.client(("127.0.0.1", 50000), xff, header) == (addr, port)


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx not installed")
def test_nginx_accepts_the_configuration(tmp_path: Path) -> None:
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=chat.example.fr",
            "-keyout",
            str(tmp_path / "k.pem"),
            "-out",
            str(tmp_path / "c.pem"),
        ],
        check=True,
        capture_output=True,
    )
    site = _nginx().replace(
        "# ssl_certificate …; ssl_certificate_key …;",
        f"ssl_certificate {tmp_path}/c.pem; ssl_certificate_key {tmp_path}/k.pem;",
    )
    (tmp_path / "logs").mkdir()
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\nevents {{}}\n"
        f"http {{\naccess_log off;\n{site}\n}}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_environment_file_reads_the_same_in_a_shell(tmp_path: Path) -> None:
    # The documented commands run `set -a; . /etc/causette/causette.env`: unquoted, the
    # shell ate the JSON lists' double quotes and every command stopped on config_invalid.
    (block,) = re.findall(
        r"`/etc/causette/causette.env`[^\n]*\n\n```sh\n(.*?)```", DEPLOY.read_text(), re.S
    )
    env_file = tmp_path / "causette.env"
    env_file.write_text(block.replace("CAUSETTE_SECRET_KEY=…", "CAUSETTE_SECRET_KEY=" + "s" * 48))
    script = (
        f"set -a; . {env_file}; exec {sys.executable} -c "
        '"from causette.config import load_settings; s = load_settings();'
        ' print(s.trusted_proxies, s.allowed_origins)"'
    )
    result = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['127.0.0.1/32'] ['https://chat.example.fr']"
