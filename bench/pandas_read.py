#!/usr/bin/env python3
"""What a PMO analyst would script instead of PMO Desk: read every sheet of every workbook of a
folder with pandas + openpyxl (pandas' default engine for .xlsx), one DataFrame per sheet.

It only reads — no validation, no database, no consolidation — so it is a lower bound of what
such a script costs. Prints what it read as JSON: {"files", "sheets", "cells"}.
Usage: python3 bench/pandas_read.py DIR
"""

import json
import sys
from pathlib import Path

import pandas as pd


def main() -> None:
    folder = Path(sys.argv[1])
    files = sorted(p for p in folder.iterdir() if p.suffix == ".xlsx")
    sheets = 0
    cells = 0
    for path in files:
        frames = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        for frame in frames.values():
            sheets += 1
            cells += int(frame.count().sum())
    print(json.dumps({"files": len(files), "sheets": sheets, "cells": cells}))


if __name__ == "__main__":
    main()
