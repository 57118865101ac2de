"""``check`` on a Dask cluster: chunks of pairs become tasks on the cluster's workers.

Dask (the optional ``dask`` extra) and not a pool of our own: it already retries the tasks of a
worker lost mid-run elsewhere, and users past one machine already run it. Which pairs, and the
safety of their paths, stay the client's job (discrepancy.pairs): only paths relative to the
project root and pipeline options travel, and each worker reads them under a shared root (the
project root by default, as on a shared file system, or an fsspec URL such as ``s3://bucket/x``).
Reports come back into their pair's slot, so the report is the local run's byte for byte.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import unquote, urlsplit

from discrepancy.errors import InputError
from discrepancy.pairs import PairSpec
from discrepancy.worker import Checked, Job, check_chunk, chunks

INSTALL_HINT = "pip install 'discrepancy[dask]'"
WAIT_FOR_WORKERS = 60  # seconds: a cluster just started may still be adding workers
_ADDRESS = re.compile(r"^(?:(tcp|tls)://)?([A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]):([0-9]{1,5})$")


def connect(scheduler: str, *, from_config: bool = False):
    """A ``distributed.Client`` on ``scheduler``, or an InputError saying why not in one line.

    A client unpickles what the scheduler sends, so a scheduler named by the config (which a
    pull request may edit) must be on this machine or a private network; one given on the
    command line is trusted as the user's own.
    """
    where = "scheduler (config)" if from_config else "--scheduler"
    matched = _ADDRESS.match(scheduler)
    if not matched:
        raise InputError(f"{where}: {scheduler!r} is not an address like tcp://HOST:8786")
    if from_config:
        _private_only(matched.group(2).strip("[]"), where)
    try:
        from distributed import Client
    except ImportError:
        raise InputError(f"{where}: running on Dask needs its extra: {INSTALL_HINT}") from None
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise InputError(f"{where}: cannot reach the scheduler at {scheduler} ({err})") from None
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except TimeoutError:
        client.close()
        raise InputError(f"{where}: no worker joined {scheduler} within {WAIT_FOR_WORKERS} s") from None
    return client


def _private_only(host: str, where: str) -> None:
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as err:
        raise InputError(f"{where}: cannot resolve {host!r} ({err})") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not (ip.is_loopback or ip.is_private):
            raise InputError(
                f"{where}: {host} is not on this machine or a private network; "
                "give a public scheduler with --scheduler instead"
            )


def check_on_cluster(
    pairs: list[PairSpec],
    options: list[dict],
    *,
    client,
    root,
    shared_root: Optional[str] = None,
    encoding: Optional[str] = None,
    on_done: Callable[[PairSpec, int], None] = lambda pair, found: None,
) -> list[Checked]:
    """Each pair's report and facts (the pair with its pipeline ``options``), in pair order,
    computed on the cluster of ``client``; ``on_done`` is told in the client as each pair's
    task finishes, with its count of findings."""
    from distributed import as_completed
    from distributed.client import FutureCancelledError

    from discrepancy.check import collected

    if shared_root and not urlsplit(shared_root).scheme:
        shared_root = os.path.abspath(shared_root)  # a worker has no idea of this process's folder
    base = (shared_root or str(root)).rstrip("/")
    cwd, real_root = Path.cwd().resolve(), Path(root).resolve()
    work = [
        Job(pair, _under(base, pair.a, real_root), _under(base, pair.b, real_root),
            pair.shown(pair.a, cwd), pair.shown(pair.b, cwd), own, encoding)
        for pair, own in zip(pairs, options)
    ]
    parts = chunks(pairs, sum(client.nthreads().values()) or 1)
    futures = {client.submit(check_chunk, [work[i] for i in part], read_shared): part for part in parts}
    try:
        return collected(pairs, futures, _released(as_completed(futures, loop=client.loop)), on_done)
    except InputError:  # a pair's own: a side that cannot be read or compared
        raise
    except (FutureCancelledError, OSError) as err:
        raise InputError(f"the cluster stopped before every pair was checked ({err})") from None
    except Exception as err:  # a task lost with too many workers, or a worker without discrepancy
        raise InputError(f"the cluster could not check every pair: {type(err).__name__}: {err}") from None


def _released(completed):
    """The futures of ``completed``, each released (its result dropped on the cluster) once read."""
    for future in completed:
        yield future
        future.release()


def _under(base: str, path: Path, real_root: Path) -> str:
    """Where a worker finds the project file ``path``: its relative path under ``base``."""
    return f"{base}/{path.relative_to(real_root).as_posix()}"


def read_shared(url: str, shown: str, encoding: Optional[str]) -> str:
    """Runs on a worker: a side's text, read under the shared root (errors name ``shown``)."""
    from discrepancy.load import decode

    return decode(_read(url, shown), shown, encoding)


def _read(url: str, shown: str) -> bytes:
    try:
        scheme = urlsplit(url).scheme
        if scheme in ("", "file"):
            with open(unquote(urlsplit(url).path) if scheme else url, "rb") as handle:
                return handle.read()
        import fsspec

        with fsspec.open(url, "rb") as handle:
            return handle.read()
    except (OSError, ValueError) as err:
        raise InputError(f"{shown}: a worker cannot read it at {url} ({err})") from None
