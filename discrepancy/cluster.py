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
from typing import Callable, Optional
from urllib.parse import unquote, urlsplit

from discrepancy.errors import InputError
from discrepancy.model import Report
from discrepancy.pairs import PairSpec

INSTALL_HINT = "pip install 'discrepancy[dask]'"
CHUNKS_PER_THREAD = 4  # enough to balance the load, few enough to keep the scheduler idle
MOST_PER_CHUNK = 64  # a progress step and a retried task stay small
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
    on_done: Callable[[PairSpec, Report], None] = lambda pair, report: None,
) -> list[Report]:
    """Reports for ``pairs`` (each with its pipeline ``options``) in their order, computed on the
    cluster of ``client``; ``on_done`` is told in the client as each pair's task finishes."""
    from distributed import as_completed
    from distributed.client import FutureCancelledError

    if shared_root and not urlsplit(shared_root).scheme:
        shared_root = os.path.abspath(shared_root)  # a worker has no idea of this process's folder
    base = (shared_root or str(root)).rstrip("/")
    work = [
        (_under(base, pair.a, root), _under(base, pair.b, root), pair.shown(pair.a), pair.shown(pair.b), own, encoding)
        for pair, own in zip(pairs, options)
    ]
    chunks = _chunks(pairs, sum(client.nthreads().values()) or 1)
    futures = {client.submit(_check_chunk, [work[i] for i in chunk]): chunk for chunk in chunks}
    reports: list = [None] * len(work)
    try:
        for future in as_completed(futures, loop=client.loop):
            for index, outcome in zip(futures[future], future.result()):
                reports[index] = outcome
                if not isinstance(outcome, InputError):
                    on_done(pairs[index], outcome)
            future.release()
    except (FutureCancelledError, OSError) as err:
        raise InputError(f"the cluster stopped before every pair was checked ({err})") from None
    except Exception as err:  # a task lost with too many workers, or a worker without discrepancy
        raise InputError(f"the cluster could not check every pair: {type(err).__name__}: {err}") from None
    errors = [outcome for outcome in reports if isinstance(outcome, InputError)]
    if errors:
        raise errors[0]
    return reports


def _chunks(pairs: list[PairSpec], threads: int) -> list[range]:
    """Runs of neighbouring pairs (which often share a source, and the stages cache per
    sentence) of about equal size in bytes, CHUNKS_PER_THREAD for each thread: a count of pairs
    would put the four gospels in one task and leave the other workers idle."""
    sizes = [pair.a.stat().st_size + pair.b.stat().st_size + 1 for pair in pairs]
    target = sum(sizes) / (threads * CHUNKS_PER_THREAD)
    chunks, start, held = [], 0, 0
    for index, size in enumerate(sizes):
        if index > start and (held + size > target or index - start >= MOST_PER_CHUNK):
            chunks.append(range(start, index))
            start, held = index, 0
        held += size
    return chunks + [range(start, len(sizes))] if sizes else []


def _under(base: str, path, root) -> str:
    """Where a worker finds the project file ``path``: its relative path under ``base``."""
    return f"{base}/{path.relative_to(root.resolve()).as_posix()}"


def _check_chunk(jobs: list[tuple]) -> list:
    """Runs on a worker: each pair's Report, or the InputError met reading it."""
    from discrepancy.load import decode
    from discrepancy.pipeline import compare

    outcomes = []
    for a, b, a_shown, b_shown, options, encoding in jobs:
        try:
            texts = [decode(_read(url, shown), shown, encoding) for url, shown in ((a, a_shown), (b, b_shown))]
            outcomes.append(compare(*texts, a_path=a_shown, b_path=b_shown, **options))
        except InputError as err:
            outcomes.append(err)
    return outcomes


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
