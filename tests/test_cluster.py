"""``check --scheduler`` on a real Dask LocalCluster (2 worker processes, loopback only): the
report equals the local one byte for byte, even when a worker is killed mid-run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from discrepancy.check import check_pairs, pair_options  # noqa: E402
from discrepancy.cluster import check_on_cluster, connect  # noqa: E402
from discrepancy.config import load_config  # noqa: E402
from discrepancy.errors import InputError  # noqa: E402
from discrepancy.pairs import pairs_from_config  # noqa: E402

PROJECT = Path(__file__).resolve().parent / "fixtures" / "checkproject"


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as running:
        yield running


def check(*args, cwd=PROJECT):
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", "-q", *args], capture_output=True, text=True, cwd=cwd
    )


def test_the_cluster_report_is_the_local_report_byte_for_byte(cluster):
    local = check("--format", "json", "--jobs", "1")
    remote = check("--format", "json", "--scheduler", cluster.scheduler_address)
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert remote.stdout == local.stdout
    assert '"pairs"' in remote.stdout


def test_a_worker_killed_mid_run_loses_no_pair_and_counts_none_twice(cluster, monkeypatch):
    monkeypatch.chdir(PROJECT)
    config = load_config()
    pairs = pairs_from_config(config)
    options = [pair_options(pair, config) for pair in pairs]
    local = check_pairs(pairs, options, jobs=1)
    with connect(cluster.scheduler_address) as client:
        pids = client.run(os.getpid)
        done, killed = [], []

        def on_done(pair, report):
            done.append(pair.id)
            if not killed:  # the first pair is back: kill a worker that is busy with another chunk
                busy = [worker for worker, keys in client.processing().items() if keys]
                killed.append(busy[0])
                os.kill(pids[busy[0]], signal.SIGKILL)

        remote = check_on_cluster(pairs, options, client=client, root=config.root, on_done=on_done)
    assert killed, "no worker was busy when the first pair came back"
    assert sorted(done) == sorted(pair.id for pair in pairs)
    assert [(c.report.to_json(), c.facts) for c in remote] == [(c.report.to_json(), c.facts) for c in local]


@pytest.mark.parametrize("url", [Path.as_uri, lambda path: f"local://{path}"], ids=["file", "fsspec"])
def test_workers_read_the_files_under_a_shared_root(cluster, tmp_path, url):
    import shutil

    shutil.copytree(PROJECT, tmp_path / "elsewhere")
    (tmp_path / "elsewhere" / "translations" / "001" / "date.en.txt").write_text("Moved on 3 May 1999.\n")
    local = check("--format", "jsonl", "--jobs", "1")
    moved = check("--format", "jsonl", "--scheduler", cluster.scheduler_address,
                  "--shared-root", url(tmp_path / "elsewhere"))
    assert moved.returncode in (0, 1), moved.stderr
    differing = [a for a, b in zip(local.stdout.splitlines(), moved.stdout.splitlines()) if a != b]
    assert len(differing) == 1 and "translations/001/date.en.txt" in differing[0]


def test_bad_schedulers_are_one_line_errors(tmp_path):
    (tmp_path / "a.txt").write_text("The talks ended on 3 May.\n")
    (tmp_path / "b.txt").write_text("The talks ended on 4 May.\n")
    (tmp_path / "discrepancy.toml").write_text(
        'scheduler = "tcp://8.8.8.8:8786"\n[[pairs]]\na = "a.txt"\nb = "b.txt"\n'
    )
    for args, words in (
        (["--scheduler", "not an address"], "is not an address"),
        (["--shared-root", "s3://bucket/project"], "only with --scheduler"),
        (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the scheduler"),
        (["--config", str(tmp_path / "discrepancy.toml")], "not on this machine or a private network"),
    ):
        result = check("--format", "json", *args)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr


def test_without_the_extra_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(InputError, match=r"pip install 'discrepancy\[dask\]'"):
        connect("tcp://127.0.0.1:8786")


def test_pairs_on_the_cluster_writes_the_local_manifest(cluster, tmp_path):
    import importlib.util

    bench = Path(__file__).resolve().parent.parent / "bench" / "pairs_bible.py"
    spec = importlib.util.spec_from_file_location("pairs_bible", bench)
    pairs_bible = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pairs_bible)
    pairs_bible.write_chapters(tmp_path, ("Matthew", "Mark"))
    command = [sys.executable, "-m", "discrepancy", "pairs", str(tmp_path), "--shingle", "1", "--threshold", "0.35"]
    local = subprocess.run(command, capture_output=True, text=True)
    remote = subprocess.run([*command, "--scheduler", cluster.scheduler_address], capture_output=True, text=True)
    assert remote.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout and local.stdout.count("\n") > 44


def test_no_command_but_a_cluster_run_imports_dask():
    code = (
        "import sys, discrepancy.cli, discrepancy.check, discrepancy.pipeline, discrepancy.neardup.command\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'datasketch'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
