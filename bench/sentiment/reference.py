#!/usr/bin/env python3
"""Labels bench/sentiment/labelled.tsv with the reference VADER implementation (vaderSentiment 3.3.2).

Prints one line per text: label <TAB> compound <TAB> text, with VADER's usual cut-offs
(compound >= 0.05 positive, <= -0.05 negative, neutral between).

vaderSentiment is installed once into a virtual environment (REFERENCE_VENV, default
/tmp/brandium-vader-venv) from the package index; after that the script runs offline.
"""

import os
import subprocess
import sys

VERSION = "3.3.2"
VENV = os.environ.get("REFERENCE_VENV", "/tmp/brandium-vader-venv")


def ensure_vader():
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: F401
        return
    except ImportError:
        pass
    venv_python = os.path.join(VENV, "bin", "python")
    # A virtual environment's python links to the system one, so compare prefixes, not executables.
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        sys.exit("vaderSentiment is missing from the reference environment " + VENV)
    if not os.path.exists(venv_python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    probe = subprocess.run([venv_python, "-c", "import vaderSentiment"], capture_output=True)
    if probe.returncode != 0:
        # The package needs nothing else to score text (its optional translation demo uses requests).
        subprocess.check_call(
            [venv_python, "-m", "pip", "install", "--quiet", "--no-deps", "vaderSentiment==" + VERSION],
            stdout=sys.stderr,
        )
    os.execv(venv_python, [venv_python] + sys.argv)


def label(compound):
    if compound >= 0.05:
        return "positive"
    if compound <= -0.05:
        return "negative"
    return "neutral"


def main():
    ensure_vader()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "labelled.tsv")
    analyzer = SentimentIntensityAnalyzer()
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        text = line.split("\t", 1)[1]
        compound = analyzer.polarity_scores(text)["compound"]
        print(f"{label(compound)}\t{compound:.4f}\t{text}")


if __name__ == "__main__":
    main()
